//! Server-rendered pages over the same views as the API. Interface labels in English;
//! Arabic text in `<bdi>`/`dir="auto"` runs; entity ids never shown (display names).

use crate::api::blocking;
use crate::charts::{self, Point, Spot};
use crate::data::{self, StoryView};
use crate::index::{Filter, UNKNOWN_OUTLET};
use crate::text::{esc, mixed, safe_url, short, url_enc, value};
use crate::{Desk, DeskError};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

type St = State<Arc<Desk>>;

/// How much of a very large story a page shows (the API has all of it).
const MAX_FIGURES: usize = 40;
const MAX_ROWS: usize = 60;

pub fn routes() -> Router<Arc<Desk>> {
    Router::new()
        .route("/", get(list))
        .route("/stories/{id}", get(story))
        .route("/articles/{*id}", get(article))
        .route("/outlets/{*name}", get(outlet))
        .route("/search", get(search))
        .route("/assets/desk.css", get(css))
        .fallback(|| async { error(DeskError::NotFound("no such page".into())) })
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], include_str!("../assets/desk.css")).into_response()
}

fn page(title: &str, body: &str) -> Response {
    let mut s = String::with_capacity(body.len() + 1024);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} — Riwaya desk</title><link rel=\"stylesheet\" href=\"/assets/desk.css\"></head><body>\
         <header class=\"top\"><a href=\"/\">Riwaya desk</a><a href=\"/\">Stories</a>\
         <form action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" dir=\"auto\" placeholder=\"Search articles (Arabic)\" aria-label=\"Search\"> <button>Search</button></form></header>\
         <main>{body}</main></body></html>\n",
        esc(title)
    );
    Html(s).into_response()
}

fn error(e: DeskError) -> Response {
    let (status, msg) = match e {
        DeskError::NotFound(m) => (StatusCode::NOT_FOUND, m),
        DeskError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
        DeskError::Internal(m) => (StatusCode::INTERNAL_SERVER_ERROR, m),
    };
    (status, page("Error", &format!("<h1>{}</h1><p>{}</p><p><a href=\"/\">Back to the stories</a></p>", status, esc(&msg)))).into_response()
}

/// Arabic (or any) text inline, isolated from its surroundings.
fn bdi(s: &str) -> String {
    format!("<bdi dir=\"auto\">{}</bdi>", esc(s))
}

/// A count from the story JSON (never its raw JSON text).
fn num(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

fn outlet_name(v: &Value) -> &str {
    v.as_str().unwrap_or(UNKNOWN_OUTLET)
}

fn article_href(id: &str) -> String {
    format!("/articles/{}", url_enc(id))
}

fn days(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) | (None, Some(a)) => a.to_string(),
        _ => "undated".into(),
    }
}

// ---- the story list ----------------------------------------------------------------

fn query_of(f: &Filter, page: usize) -> String {
    let mut q = Vec::new();
    for (k, v) in [("since", &f.since), ("until", &f.until), ("outlet", &f.outlet), ("actor", &f.actor), ("place", &f.place), ("country", &f.country), ("event", &f.event), ("q", &f.q), ("thread", &f.thread)] {
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            q.push(format!("{k}={}", url_enc(v)));
        }
    }
    if page > 1 {
        q.push(format!("page={page}"));
    }
    if q.is_empty() {
        "/".into()
    } else {
        format!("/?{}", q.join("&"))
    }
}

/// Download links for the exports, when the server offers them (`query`: `story=ID` or the
/// list's filters).
fn export_links(d: &Desk, query: &str) -> String {
    if d.exporter.is_none() {
        return String::new();
    }
    let q = query.trim_start_matches(['/', '?']);
    let sep = if q.is_empty() { "" } else { "?" };
    format!(
        "<p class=\"meta exports\">Export (CSV): <a href=\"/api/export/acled{sep}{q}\">ACLED events</a> · <a href=\"/api/export/ucdp{sep}{q}\">UCDP GED events</a> · <a href=\"/api/export/claims{sep}{q}\">claims</a></p>",
        q = esc(q)
    )
}

async fn list(State(d): St, f: Result<Query<Filter>, axum::extract::rejection::QueryRejection>) -> Response {
    let Query(f) = match f {
        Ok(f) => f,
        Err(e) => return error(DeskError::BadRequest(e.body_text())),
    };
    let f2 = f.clone();
    let links = export_links(&d, &query_of(&f, 1));
    let listed = match blocking(move || data::stories(&d, &f2)).await {
        Ok(l) => l,
        Err(e) => return error(e),
    };
    let v = listed.view();
    let mut b = String::from("<h1>Stories</h1>");
    let input = |name: &str, label: &str, val: &Option<String>, kind: &str| {
        format!("<label>{label}<input name=\"{name}\" type=\"{kind}\" dir=\"auto\" value=\"{}\"></label>", esc(val.as_deref().unwrap_or("")))
    };
    let mut types: BTreeSet<&str> = BTreeSet::new();
    for s in &listed.index.stories {
        types.extend(s.event_types.iter().map(String::as_str));
    }
    let mut opts = String::from("<option value=\"\">any</option>");
    for t in types {
        let sel = if f.event.as_deref() == Some(t) { " selected" } else { "" };
        let _ = write!(opts, "<option{sel}>{}</option>", esc(t));
    }
    let _ = write!(
        b,
        "<form class=\"filters\" method=\"get\" action=\"/\">{}{}{}{}{}{}<label>Event type<select name=\"event\">{opts}</select></label>{}{}<button>Filter</button> <a href=\"/\">clear</a></form>",
        input("since", "Since", &f.since, "date"),
        input("until", "Until", &f.until, "date"),
        input("outlet", "Outlet", &f.outlet, "text"),
        input("actor", "Actor", &f.actor, "text"),
        input("place", "Place", &f.place, "text"),
        input("country", "Country", &f.country, "text"),
        input("q", "Words in the articles", &f.q, "search"),
        f.thread.as_deref().map(|t| format!("<input type=\"hidden\" name=\"thread\" value=\"{}\">", esc(t))).unwrap_or_default(),
    );
    if let Some(t) = &f.thread {
        let _ = write!(b, "<p class=\"meta\">One thread (stories on one ongoing subject). <a href=\"{}\">all stories</a></p>", esc(&query_of(&Filter { thread: None, ..f.clone() }, 1)));
        let _ = t;
    }
    let from = (v.page - 1) * v.limit;
    let _ = write!(b, "<p class=\"meta\" id=\"count\">{} stories{}</p>", v.total, if v.total > 0 { format!(", {}–{} shown, newest first", from + 1, from + v.stories.len()) } else { String::new() });
    b.push_str("<table class=\"stories\"><tr><th>Story</th><th>Days</th><th>Articles</th><th>Outlets</th><th>Top figures (best, low–high)</th><th>Contradictions</th></tr>");
    for s in &v.stories {
        let outlets: Vec<String> = s.outlets.iter().take(4).map(|(o, n)| format!("<a class=\"outlet\" href=\"{}\">{}</a> {n}", esc(&query_of(&Filter { outlet: Some(o.clone()), ..Default::default() }, 1)), bdi(o))).collect();
        let more = if s.outlets.len() > 4 { format!(" +{}", s.outlets.len() - 4) } else { String::new() };
        let figs: Vec<String> = s
            .top_figures
            .iter()
            .map(|g| format!("{} {}: <span class=\"val\">{}</span> ({})", esc(&g.quantity), bdi(g.subject.as_deref().unwrap_or("")), g.best.map(|x| x.to_string()).unwrap_or("?".into()), esc(&value(g.low, g.high))))
            .collect();
        let thread = match &s.thread {
            Some(t) if s.thread_stories > 1 && f.thread.is_none() => {
                format!(" · <a class=\"thread\" href=\"{}\">thread of {} stories</a>", esc(&query_of(&Filter { thread: Some(t.clone()), ..Default::default() }, 1)), s.thread_stories)
            }
            _ => String::new(),
        };
        let _ = write!(
            b,
            "<tr><td><a class=\"story\" href=\"/stories/{}\"><bdi dir=\"auto\" class=\"ar\">{}</bdi></a><div class=\"meta\">{}{thread}</div></td><td>{}</td><td>{}</td><td>{}{more}</td><td>{}</td><td>{}</td></tr>",
            s.id,
            esc(&short(&s.title, 140)),
            s.actors.iter().chain(s.places.iter()).take(5).map(|n| bdi(n)).collect::<Vec<_>>().join(" · "),
            esc(&days(s.first.as_deref(), s.last.as_deref())),
            s.articles,
            outlets.join("<br>"),
            figs.join("<br>"),
            if s.contradictions > 0 { format!("<span class=\"tag warn\">{}</span>", s.contradictions) } else { "0".into() }
        );
    }
    b.push_str("</table><nav class=\"paging\">");
    if v.page > 1 {
        let _ = write!(b, "<a rel=\"prev\" href=\"{}\">← newer</a>", esc(&query_of(&f, v.page - 1)));
    }
    if from + v.stories.len() < v.total {
        let _ = write!(b, "<a rel=\"next\" href=\"{}\">older →</a>", esc(&query_of(&f, v.page + 1)));
    }
    b.push_str("</nav>");
    b.push_str(&links);
    page("Stories", &b)
}

// ---- one story ----------------------------------------------------------------------

struct Ctx<'a> {
    names: &'a BTreeMap<String, String>,
}

impl Ctx<'_> {
    fn name(&self, id: &str) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
    /// "control at ghwayran-prison on …": entity ids in a sentence replaced by names.
    fn humanize(&self, s: &str) -> String {
        s.split(' ').map(|w| self.names.get(w).cloned().unwrap_or_else(|| w.to_string())).collect::<Vec<_>>().join(" ")
    }
}

fn source_of(r: &Value) -> String {
    r["attribution"].as_array().and_then(|a| a.last()).and_then(|v| v.as_str()).map(str::to_string).unwrap_or_else(|| outlet_name(&r["outlet"]).to_string())
}

fn report_href(r: &Value) -> String {
    format!("{}#s{}-{}", article_href(r["article"].as_str().unwrap_or("")), r["start"].as_u64().unwrap_or(0), r["end"].as_u64().unwrap_or(0))
}

fn report_row(c: &Ctx, r: &Value, flagged: bool) -> String {
    let chain: Vec<String> = r["attribution"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).map(bdi).collect();
    let mut tags = String::new();
    for (k, label) in [("approx", "approx."), ("vague", "vague"), ("denied", "denied"), ("adds", "adds"), ("cumulative", "running total"), ("party_claim", "party claim")] {
        if r[k].as_bool() == Some(true) {
            let _ = write!(tags, "<span class=\"tag\">{label}</span>");
        }
    }
    format!(
        "<tr{}><td>{}</td><td>{}</td><td><span class=\"val\">{}</span>{tags}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"{}\">evidence</a> <bdi dir=\"auto\" class=\"ar meta\">{}</bdi></td></tr>",
        if flagged { " class=\"flagged\"" } else { "" },
        bdi(outlet_name(&r["outlet"])),
        if chain.is_empty() { "<span class=\"meta\">own voice</span>".into() } else { chain.join(" ← ") },
        esc(&value(r["low"].as_u64(), r["high"].as_u64())),
        r["hedge"].as_str().map(bdi).unwrap_or_default(),
        esc(r["date"].as_str().unwrap_or("")),
        esc(r["published"].as_str().unwrap_or("")),
        r["place"].as_str().map(|p| bdi(&c.name(p))).unwrap_or_default(),
        esc(&report_href(r)),
        esc(&short(r["text"].as_str().unwrap_or(""), 60)),
    )
}

const REPORT_HEAD: &str = "<tr><th>Outlet</th><th>Source (outermost ← innermost)</th><th>Value</th><th>Hedge</th><th>Event day</th><th>Published</th><th>Place</th><th>Evidence</th></tr>";

fn figure_label(c: &Ctx, f: &Value) -> String {
    let _ = c;
    format!("{} {}", f["quantity"].as_str().unwrap_or(""), f["subject"].as_str().unwrap_or("")).trim().to_string()
}

fn story_body(d: &Desk, v: &StoryView) -> String {
    let c = Ctx { names: &v.names };
    let j = &v.story;
    let arr = |k: &str| j[k].as_array().cloned().unwrap_or_default();
    let (figures, events, contras, incidents, articles, outlets) = (arr("figures"), arr("events"), arr("contradictions"), arr("incidents"), arr("articles"), arr("outlets"));
    let mut b = String::new();
    if let Some(m) = v.merged_from {
        let _ = write!(b, "<p class=\"meta\">Story {m} was merged into this one.</p>");
    }
    let _ = write!(
        b,
        "<h1 dir=\"auto\" class=\"ar\">{}</h1><p class=\"meta\">{} · {} articles · {} outlets · {} figures · <span id=\"contradiction-count\">{}</span> contradictions · <a href=\"/api/stories/{}\">JSON</a></p>",
        esc(&v.title),
        esc(&days(v.first.as_deref(), v.last.as_deref())),
        v.articles,
        outlets.len(),
        figures.len(),
        contras.len(),
        v.id
    );
    b.push_str(&export_links(d, &format!("story={}", v.id)));
    let people: Vec<String> = arr("actors").iter().take(10).map(|a| bdi(&c.name(a["entity"].as_str().unwrap_or("")))).collect();
    let places: Vec<String> = arr("places").iter().take(10).map(|a| bdi(&c.name(a["entity"].as_str().unwrap_or("")))).collect();
    let _ = write!(b, "<p><b>Actors:</b> {}<br><b>Places:</b> {}</p>", people.join(" · "), places.join(" · "));

    // Map of the places the lexicon locates.
    let spots: Vec<Spot> = arr("places")
        .iter()
        .filter_map(|p| {
            let id = p["entity"].as_str()?;
            let g = d.lexicon.geo(id)?;
            Some(Spot { name: c.name(id), lat: g.lat, lon: g.lon, count: p["count"].as_u64().unwrap_or(1) as usize })
        })
        .collect();
    let (near, far): (Vec<Spot>, Vec<Spot>) = spots.into_iter().partition(charts::on_map);
    if let Some(m) = charts::map(&near.into_iter().take(30).collect::<Vec<_>>()) {
        let _ = write!(b, "<h2>Map</h2><div class=\"charts\">{m}</div>");
        if !far.is_empty() {
            let _ = write!(b, "<p class=\"meta\">Beyond the map: {}</p>", far.iter().map(|s| bdi(&s.name)).collect::<Vec<_>>().join(" · "));
        }
    }

    // Contradictions.
    let _ = write!(b, "<h2 id=\"contradictions\">Contradictions ({})</h2>", contras.len());
    for x in contras.iter().take(MAX_ROWS) {
        let (kind, idx) = (x["kind"].as_str().unwrap_or(""), x["index"].as_u64().unwrap_or(0) as usize);
        let list = if kind == "figure" { &figures } else { &events };
        let reps = list.get(idx).and_then(|f| f["reports"].as_array()).cloned().unwrap_or_default();
        let link = |k: &str| {
            reps.get(x[k].as_u64().unwrap_or(0) as usize)
                .map(|r| {
                    let (src, outlet) = (source_of(r), outlet_name(&r["outlet"]));
                    let by = if src == outlet { String::new() } else { format!(" ({})", bdi(outlet)) };
                    format!("<a href=\"{}\">{}{by}</a>", esc(&report_href(r)), bdi(&src))
                })
                .unwrap_or_default()
        };
        let _ = write!(
            b,
            "<div class=\"contra\"><b>{}</b> <span class=\"tag\">rule: {}</span><br><span class=\"why\">{}</span><br><span class=\"meta\">reports: {} vs {}</span></div>",
            bdi(&c.humanize(x["about"].as_str().unwrap_or(""))),
            esc(x["reason"].as_str().unwrap_or("")),
            mixed(&c.humanize(x["why"].as_str().unwrap_or(""))),
            link("a"),
            link("b")
        );
    }

    // Incidents: estimates and the figures' reports for each.
    // The best attested incidents first: a named place, then the most reports and events.
    let weight = |i: &Value| (i["place"].is_string(), i["reports"].as_array().map_or(0, |r| r.len()) + i["events"].as_array().map_or(0, |e| e.len()));
    let mut shown: Vec<&Value> = incidents.iter().filter(|i| weight(i).1 > 0).collect();
    shown.sort_by_key(|i| std::cmp::Reverse(weight(i)));
    shown.truncate(20);
    if !shown.is_empty() {
        let _ = write!(b, "<h2>Incidents ({}{})</h2>", incidents.len(), if incidents.len() > shown.len() { format!(", the {} best attested", shown.len()) } else { String::new() });
    }
    for i in shown {
        let kinds: Vec<String> = i["kinds"].as_array().into_iter().flatten().filter_map(|k| k.as_str()).map(esc).collect();
        let agents: Vec<String> = i["agents"].as_array().into_iter().flatten().filter_map(|k| k.as_str()).map(|a| bdi(&c.name(a))).collect();
        let _ = write!(
            b,
            "<div class=\"figure\"><h3>{} · {} {}</h3><p class=\"meta\">by {}</p>",
            i["place"].as_str().map(|p| bdi(&c.name(p))).unwrap_or("place not named".into()),
            esc(i["date"].as_str().unwrap_or("undated")),
            kinds.join(", "),
            if agents.is_empty() { "—".into() } else { agents.join(", ") }
        );
        let ests = i["estimates"].as_array().cloned().unwrap_or_default();
        if !ests.is_empty() {
            b.push_str("<table><tr><th>Figure</th><th>Low</th><th>Best</th><th>High</th><th>Why</th></tr>");
            for e in &ests {
                let n = |k: &str| e[k].as_u64().map(|x| x.to_string()).unwrap_or("?".into());
                let _ = write!(
                    b,
                    "<tr><td>{} {}</td><td>{}</td><td class=\"val\">{}</td><td>{}</td><td class=\"meta\">{}</td></tr>",
                    esc(e["quantity"].as_str().unwrap_or("")),
                    bdi(e["subject"].as_str().unwrap_or("")),
                    n("low"),
                    n("best"),
                    n("high"),
                    esc(e["reason"].as_str().unwrap_or(""))
                );
            }
            b.push_str("</table>");
        }
        let pairs: Vec<(usize, usize)> = i["reports"].as_array().into_iter().flatten().filter_map(|p| Some((p[0].as_u64()? as usize, p[1].as_u64()? as usize))).collect();
        if !pairs.is_empty() {
            let _ = write!(b, "<table><tr><th>Figure</th>{}", &REPORT_HEAD[4..]);
            for (fi, ri) in pairs.iter().take(MAX_ROWS) {
                if let Some((f, r)) = figures.get(*fi).and_then(|f| Some((f, f["reports"].get(*ri)?))) {
                    let row = report_row(&c, r, false);
                    let _ = write!(b, "<tr><td>{}</td>{}", bdi(&figure_label(&c, f)), &row[row.find('>').map(|x| x + 1).unwrap_or(0)..]);
                }
            }
            b.push_str("</table>");
        }
        b.push_str("</div>");
    }

    // Figures: estimate, evolution chart, range plot, every report.
    let _ = write!(b, "<h2 id=\"figures\">Figures ({})</h2>", figures.len());
    let flagged: BTreeSet<(usize, usize)> = contras
        .iter()
        .filter(|x| x["kind"] == "figure")
        .flat_map(|x| {
            let i = x["index"].as_u64().unwrap_or(0) as usize;
            [(i, x["a"].as_u64().unwrap_or(0) as usize), (i, x["b"].as_u64().unwrap_or(0) as usize)]
        })
        .collect();
    for (fi, f) in figures.iter().enumerate().take(MAX_FIGURES) {
        let reps = f["reports"].as_array().cloned().unwrap_or_default();
        let label = figure_label(&c, f);
        let n = |k: &str| f[k].as_u64().map(|x| x.to_string()).unwrap_or("?".into());
        let _ = write!(
            b,
            "<div class=\"figure\" id=\"figure-{fi}\"><h3>{}</h3><p>low / best / high: <span class=\"val\">{} / {} / {}</span> <span class=\"meta\">— {}</span></p>",
            bdi(&label),
            n("low"),
            n("best"),
            n("high"),
            esc(f["reason"].as_str().unwrap_or(""))
        );
        let points: Vec<Point> = reps
            .iter()
            .filter_map(|r| {
                Some(Point {
                    date: r["date"].as_str().or(r["published"].as_str())?,
                    series: source_of(r),
                    low: r["low"].as_u64().or(r["high"].as_u64())?,
                    high: r["high"].as_u64(),
                    href: report_href(r),
                })
            })
            .collect();
        let evo = charts::evolution(&format!("{label}: values over time per source"), &points);
        let hrefs: Vec<String> = reps.iter().map(report_href).collect();
        // The report crate's plot escapes markup; bidi controls are dropped here.
        let clean = |s: String| s.chars().filter(|&c| !crate::text::is_bidi_control(c)).collect::<String>();
        let labels: Vec<String> = reps.iter().map(|r| clean(format!("{} ({})", source_of(r), outlet_name(&r["outlet"])))).collect();
        let bars: Vec<riwaya_report::svg::Bar> = reps
            .iter()
            .enumerate()
            .take(MAX_ROWS)
            .map(|(ri, r)| riwaya_report::svg::Bar {
                label: &labels[ri],
                low: r["low"].as_u64(),
                high: r["high"].as_u64(),
                soft: r["approx"].as_bool() == Some(true) || r["vague"].as_bool() == Some(true),
                flagged: flagged.contains(&(fi, ri)),
                href: &hrefs[ri],
            })
            .collect();
        let _ = write!(b, "<div class=\"charts\">{}{}</div>", evo.unwrap_or_default(), riwaya_report::svg::range_plot(&clean(label.clone()), &bars));
        let _ = write!(b, "<details{}><summary>{} reports</summary><table>{REPORT_HEAD}", if reps.len() <= 6 { " open" } else { "" }, reps.len());
        for (ri, r) in reps.iter().enumerate().take(MAX_ROWS) {
            b.push_str(&report_row(&c, r, flagged.contains(&(fi, ri))));
        }
        b.push_str("</table></details></div>");
    }
    if figures.len() > MAX_FIGURES {
        let _ = write!(b, "<p class=\"meta\">{} more figures in the JSON.</p>", figures.len() - MAX_FIGURES);
    }

    // Events.
    let _ = write!(b, "<h2 id=\"events\">Events ({})</h2><table><tr><th>Type</th><th>Agent</th><th>Place</th><th>Day</th><th>Reports</th></tr>", events.len());
    for e in events.iter().take(MAX_ROWS) {
        let reps: Vec<String> = e["reports"]
            .as_array()
            .into_iter()
            .flatten()
            .take(8)
            .map(|r| format!("<a href=\"{}\">{}</a>{}{}", esc(&report_href(r)), bdi(outlet_name(&r["outlet"])), if r["denied"].as_bool() == Some(true) { " <span class=\"tag warn\">denied</span>" } else { "" }, r["text"].as_str().map(|t| format!(" <bdi dir=\"auto\" class=\"ar meta\">{}</bdi>", esc(&short(t, 50)))).unwrap_or_default()))
            .collect();
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(e["type"].as_str().unwrap_or("")),
            e["agent"].as_str().map(|a| bdi(&c.name(a))).unwrap_or_default(),
            e["place"].as_str().map(|a| bdi(&c.name(a))).unwrap_or_default(),
            esc(e["date"].as_str().unwrap_or("")),
            reps.join("<br>")
        );
    }
    b.push_str("</table>");

    // Timeline: articles and events by day.
    let mut tl: Vec<(String, String)> = Vec::new();
    for a in &articles {
        let id = a["id"].as_str().unwrap_or("");
        tl.push((
            a["published"].as_str().unwrap_or("undated").to_string(),
            format!("<a href=\"{}\">{}</a> — <bdi dir=\"auto\" class=\"ar\">{}</bdi>{}", esc(&article_href(id)), bdi(outlet_name(&a["outlet"])), esc(a["title"].as_str().unwrap_or("(no title)")), if a["near_duplicate_of"].is_string() { " <span class=\"tag\">near-copy</span>" } else { "" }),
        ));
    }
    for e in &events {
        if let Some(day) = e["date"].as_str() {
            tl.push((day.to_string(), format!("<span class=\"tag\">{}</span> {}", esc(e["type"].as_str().unwrap_or("")), e["agent"].as_str().map(|a| bdi(&c.name(a))).unwrap_or_default())));
        }
    }
    tl.sort_by(|a, b| a.0.cmp(&b.0));
    b.push_str("<h2 id=\"timeline\">Timeline</h2><ol class=\"timeline\">");
    for (day, what) in tl.iter().take(MAX_ROWS * 3) {
        let _ = write!(b, "<li><span class=\"meta\">{}</span> {what}</li>", esc(day));
    }
    b.push_str("</ol>");

    // Framing and sourcing per outlet.
    b.push_str("<h2 id=\"outlets\">Outlets: names, loaded terms, sources</h2><table><tr><th>Outlet</th><th>Names for actors</th><th>Loaded terms</th><th>Cites</th></tr>");
    for o in outlets.iter().take(MAX_ROWS) {
        let name = outlet_name(&o["outlet"]);
        let names: Vec<String> = o["names"]
            .as_array()
            .into_iter()
            .flatten()
            .take(8)
            .map(|n| {
                let forms: Vec<String> = n["forms"].as_array().into_iter().flatten().take(4).map(|f| format!("{} ({})", bdi(f[0].as_str().unwrap_or("")), num(&f[1]))).collect();
                format!("{}: {}", bdi(&c.name(n["entity"].as_str().unwrap_or(""))), forms.join(", "))
            })
            .collect();
        let terms: Vec<String> = o["loaded_terms"]
            .as_array()
            .into_iter()
            .flatten()
            .take(8)
            .map(|t| format!("{} → {} <span class=\"tag\">{}</span> ({})", bdi(t["text"].as_str().unwrap_or("")), bdi(&c.name(t["entity"].as_str().unwrap_or(""))), esc(t["signal"].as_str().unwrap_or("")), num(&t["count"])))
            .collect();
        let cites: Vec<String> = o["cites"].as_array().into_iter().flatten().take(8).map(|x| format!("{} ({})", bdi(x[0].as_str().unwrap_or("")), num(&x[1]))).collect();
        let _ = write!(
            b,
            "<tr><td><a href=\"/outlets/{}\">{}</a> <span class=\"meta\">{} articles</span></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            url_enc(name),
            bdi(name),
            num(&o["articles"]),
            names.join("<br>"),
            terms.join("<br>"),
            cites.join("<br>")
        );
    }
    b.push_str("</table>");
    b
}

async fn story(State(d): St, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else { return error(DeskError::BadRequest(format!("not a story id: {id}"))) };
    let d2 = d.clone();
    match blocking(move || data::story(&d2, id).map(|v| (story_body(&d2, &v), v.title))).await {
        Ok((body, title)) => page(&short(&title, 80), &body),
        Err(e) => error(e),
    }
}

// ---- one article --------------------------------------------------------------------

struct Span {
    start: usize,
    end: usize,
    kind: &'static str,
    target: String,
    tip: String,
}

/// The text with every span as a `<mark>` linked to its detail row; where spans overlap the
/// shortest wins the segment; each span's start carries an anchor `s{start}-{end}`.
fn highlight(text: &str, spans: &[Span]) -> String {
    let ok = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let spans: Vec<&Span> = spans.iter().filter(|s| s.start < s.end && ok(s.start) && ok(s.end)).collect();
    let mut cuts: BTreeSet<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    cuts.insert(0);
    cuts.insert(text.len());
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut anchored = BTreeSet::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        for s in spans.iter().filter(|s| s.start == a) {
            if anchored.insert((s.start, s.end)) {
                let _ = write!(out, "<span id=\"s{}-{}\"></span>", s.start, s.end);
            }
        }
        let seg = esc(&text[a..b]);
        match spans.iter().filter(|s| s.start <= a && s.end >= b).min_by_key(|s| s.end - s.start) {
            Some(s) => {
                let _ = write!(out, "<mark class=\"{}\" title=\"{}\"><a href=\"#{}\">{seg}</a></mark>", s.kind, esc(&s.tip), s.target);
            }
            None => out.push_str(&seg),
        }
    }
    out
}

fn article_body(v: &data::ArticleView) -> String {
    let a = &v.article;
    let name = |id: &str| v.names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut spans = Vec::new();
    let mut ents: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for m in &a.mentions {
        let k = match ents.iter().position(|e| e.0 == m.entity) {
            Some(k) => k,
            None => {
                ents.push((m.entity.as_str(), m.kind.as_str(), Vec::new()));
                ents.len() - 1
            }
        };
        if !ents[k].2.contains(&m.text.as_str()) {
            ents[k].2.push(m.text.as_str());
        }
        spans.push(Span { start: m.start, end: m.end, kind: "mention", target: format!("n{k}"), tip: format!("{} ({})", name(&m.entity), m.kind) });
    }
    for (i, c) in a.claims.iter().enumerate() {
        spans.push(Span { start: c.start, end: c.end, kind: "claim", target: format!("c{i}"), tip: format!("{} {}: {}", c.quantity, c.subject.as_deref().unwrap_or(""), value(c.low, c.high)) });
    }
    for (i, x) in a.dates.iter().enumerate() {
        spans.push(Span { start: x.start, end: x.end, kind: "date", target: format!("d{i}"), tip: x.date.clone() });
    }
    for (i, e) in a.events.iter().enumerate() {
        spans.push(Span { start: e.start, end: e.end, kind: "event", target: format!("e{i}"), tip: e.kind.to_string() });
    }
    let mut b = String::new();
    let _ = write!(b, "<h1 dir=\"auto\" class=\"ar\">{}</h1><p class=\"meta\">{} · {}", esc(a.title.as_deref().unwrap_or("(no title)")), bdi(a.outlet.as_deref().unwrap_or(UNKNOWN_OUTLET)), esc(a.published.as_deref().unwrap_or("undated")));
    if let Some(s) = v.story {
        let _ = write!(b, " · <a href=\"/stories/{s}\">story {s}</a>");
    }
    if let Some(u) = a.url.as_deref() {
        let _ = match safe_url(u) {
            Some(u) => write!(b, " · <a class=\"original\" href=\"{}\" rel=\"noopener noreferrer nofollow\">original</a>", esc(u)),
            None => write!(b, " · original (not a web link): <bdi>{}</bdi>", esc(u)),
        };
    }
    let _ = write!(b, " · <a href=\"/api/articles/{}\">JSON</a></p>", url_enc(&a.id));
    b.push_str("<p class=\"legend meta\"><mark class=\"claim\">figure</mark><mark class=\"date\">date</mark><mark class=\"event\">event</mark><mark class=\"mention\">name</mark></p>");
    let _ = write!(b, "<div class=\"articletext ar\" dir=\"rtl\" lang=\"ar\">{}</div>", highlight(&a.text, &spans));

    let _ = write!(b, "<h2>Figures ({})</h2><table><tr><th>Words</th><th>Value</th><th>Counts</th><th>Source (outermost ← innermost)</th><th>Hedge</th><th>Event day</th></tr>", a.claims.len());
    for (i, c) in a.claims.iter().enumerate() {
        let chain: Vec<String> = c.attribution.iter().map(|s| bdi(s)).collect();
        let _ = write!(
            b,
            "<tr id=\"c{i}\"><td><a href=\"#s{}-{}\">{}</a></td><td class=\"val\">{}{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.start,
            c.end,
            bdi(&c.text),
            esc(&value(c.low, c.high)),
            if c.denied { " <span class=\"tag warn\">denied</span>" } else { "" },
            esc(c.quantity.as_str()),
            bdi(c.subject.as_deref().unwrap_or("")),
            if chain.is_empty() { "<span class=\"meta\">own voice</span>".into() } else { chain.join(" ← ") },
            c.hedge.as_deref().map(bdi).unwrap_or_default(),
            esc(c.date.as_deref().unwrap_or(""))
        );
    }
    b.push_str("</table>");
    let _ = write!(b, "<h2>Dates ({})</h2><table><tr><th>Words</th><th>Day</th><th>Resolved against</th></tr>", a.dates.len());
    for (i, x) in a.dates.iter().enumerate() {
        let _ = write!(b, "<tr id=\"d{i}\"><td><a href=\"#s{}-{}\">{}</a></td><td>{}</td><td>{}</td></tr>", x.start, x.end, bdi(&x.text), esc(&x.date), esc(&x.anchor));
    }
    b.push_str("</table>");
    let _ = write!(b, "<h2>Events ({})</h2><table><tr><th>Words</th><th>Type</th><th>Agent</th><th>Target</th><th>Place</th><th>Day</th><th>Source</th></tr>", a.events.len());
    for (i, e) in a.events.iter().enumerate() {
        let r = |x: &Option<riwaya_model::EntityRef>| x.as_ref().map(|x| bdi(&x.entity.as_deref().map(name).unwrap_or_else(|| x.text.clone()))).unwrap_or_default();
        let _ = write!(
            b,
            "<tr id=\"e{i}\"><td><a href=\"#s{}-{}\">{}</a></td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e.start,
            e.end,
            bdi(&e.text),
            esc(e.kind.as_str()),
            if e.denied { " <span class=\"tag warn\">denied</span>" } else { "" },
            r(&e.agent),
            r(&e.target),
            r(&e.place),
            esc(e.date.as_deref().unwrap_or("")),
            e.attribution.iter().map(|s| bdi(s)).collect::<Vec<_>>().join(" ← ")
        );
    }
    b.push_str("</table>");
    let _ = write!(b, "<h2>Names ({})</h2><table><tr><th>Who or what</th><th>Kind</th><th>Written as</th></tr>", ents.len());
    for (k, (id, kind, forms)) in ents.iter().enumerate() {
        let _ = write!(b, "<tr id=\"n{k}\"><td>{}</td><td>{}</td><td>{}</td></tr>", bdi(&name(id)), esc(kind), forms.iter().map(|f| bdi(f)).collect::<Vec<_>>().join(" · "));
    }
    b.push_str("</table>");
    let _ = write!(b, "<h2>What cleaning removed ({})</h2>", a.removed.len());
    for r in &a.removed {
        let _ = write!(b, "<details><summary>{}</summary><div class=\"ar\" dir=\"rtl\">{}</div></details>", esc(&r.reason), esc(&short(&r.text, 2000)));
    }
    b
}

async fn article(State(d): St, Path(id): Path<String>) -> Response {
    match blocking(move || data::article(&d, &id)).await {
        Ok(v) => page(&short(v.article.title.as_deref().unwrap_or(&v.article.id), 80), &article_body(&v)),
        Err(e) => error(e),
    }
}

// ---- outlets and search -------------------------------------------------------------

async fn outlet(State(d): St, Path(name): Path<String>) -> Response {
    let d2 = d.clone();
    let (o, titles) = match blocking(move || {
        let o = data::outlet(&d2, &name)?;
        let idx = d2.index()?;
        let titles: BTreeMap<i64, String> = idx.stories.iter().filter(|s| o.story_ids.contains(&s.id)).map(|s| (s.id, s.title.clone())).collect();
        Ok((o, titles))
    })
    .await
    {
        Ok(x) => x,
        Err(e) => return error(e),
    };
    let mut b = format!("<h1>{}</h1><p class=\"meta\">{} articles in {} stories · <a href=\"/?outlet={}\">its stories</a> · <a href=\"/api/outlets/{}\">JSON</a></p>", bdi(&o.outlet), o.articles, o.stories, url_enc(&o.outlet), url_enc(&o.outlet));
    b.push_str("<h2>Names it uses for each actor</h2><table><tr><th>Actor</th><th>Written as</th></tr>");
    for (actor, forms) in o.names.iter().take(MAX_ROWS * 2) {
        let _ = write!(b, "<tr><td>{}</td><td>{}</td></tr>", bdi(actor), forms.iter().take(10).map(|(f, n)| format!("{} ({n})", bdi(f))).collect::<Vec<_>>().join(" · "));
    }
    b.push_str("</table><h2>Loaded terms</h2><table><tr><th>Term</th><th>About</th><th>Signal</th><th>Uses</th></tr>");
    for t in o.loaded_terms.iter().take(MAX_ROWS * 2) {
        let _ = write!(b, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", bdi(&t.text), bdi(&t.actor), esc(&t.signal), t.count);
    }
    b.push_str("</table><h2>Whom it cites</h2><table><tr><th>Source</th><th>Times</th></tr>");
    for (s, n) in o.cites.iter().take(MAX_ROWS * 2) {
        let _ = write!(b, "<tr><td>{}</td><td>{n}</td></tr>", bdi(s));
    }
    b.push_str("</table><h2>Stories</h2><ul>");
    for id in &o.story_ids {
        let _ = write!(b, "<li><a href=\"/stories/{id}\"><bdi dir=\"auto\" class=\"ar\">{}</bdi></a></li>", esc(titles.get(id).map(String::as_str).unwrap_or("")));
    }
    b.push_str("</ul>");
    page(&o.outlet, &b)
}

async fn search(State(d): St, q: Result<Query<crate::api::SearchQ>, axum::extract::rejection::QueryRejection>) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return error(DeskError::BadRequest(e.body_text())),
    };
    let view = match blocking(move || data::search(&d, &q.q, q.limit)).await {
        Ok(v) => v,
        Err(e) => return error(e),
    };
    let mut b = format!(
        "<h1>Search</h1><form method=\"get\" action=\"/search\"><input name=\"q\" type=\"search\" dir=\"auto\" value=\"{}\"> <button>Search</button></form><p class=\"meta\" id=\"count\">{} articles</p><table class=\"hits\"><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Story</th></tr>",
        esc(&view.q),
        view.hits.len()
    );
    for h in &view.hits {
        let x = &h.article;
        let _ = write!(
            b,
            "<tr><td><a class=\"hit\" href=\"{}\"><bdi dir=\"auto\" class=\"ar\">{}</bdi></a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&article_href(&x.id)),
            esc(x.title.as_deref().unwrap_or("(no title)")),
            bdi(x.outlet.as_deref().unwrap_or(UNKNOWN_OUTLET)),
            esc(x.published.as_deref().unwrap_or("")),
            x.story.map(|s| format!("<a href=\"/stories/{s}\">story {s}</a>")).unwrap_or_default()
        );
    }
    b.push_str("</table>");
    page("Search", &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_marks_the_shortest_span_and_escapes() {
        let text = "قتل 5 <script> في حلب";
        let spans = [
            Span { start: 0, end: text.len(), kind: "event", target: "e0".into(), tip: "t".into() },
            Span { start: 7, end: 8, kind: "claim", target: "c0".into(), tip: "\"><x>".into() },
            Span { start: 3, end: 999, kind: "claim", target: "c1".into(), tip: String::new() },
        ];
        let h = highlight(text, &spans);
        assert!(h.contains("<mark class=\"claim\" title=\"&quot;&gt;&lt;x&gt;\"><a href=\"#c0\">5</a></mark>"), "{h}");
        assert!(h.contains("&lt;script&gt;") && !h.contains("<script"));
        assert!(h.contains("id=\"s7-8\"") && h.contains("id=\"s0-"));
    }
}
