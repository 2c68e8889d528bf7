//! Story reports for people: the HTML report and the Markdown brief. Both read the
//! story stage's [`Story`] values; the HTML adds range plots, a timeline and links from
//! every figure to its sentence.

use crate::html::{anchor, bdi, en, esc, label, ltr, mixed, page, url_link};
use crate::svg::{range_plot, value_words, Bar};
use riwaya_model::{EventKind, Quantity};
use riwaya_stories::{Figure, Report, Story};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// Arabic label and English name of a quantity kind (`data/labels.tsv`: `quantity.KIND`).
pub fn quantity_label(q: Quantity) -> (&'static str, &'static str) {
    match crate::labels::get(&format!("quantity.{}", q.as_str())) {
        Some((en, ar)) => (ar, en),
        None => (q.as_str(), q.as_str()),
    }
}

/// Arabic name of an event kind (`data/labels.tsv`: `event.KIND`).
fn event_label(t: EventKind) -> &'static str {
    crate::labels::get(&format!("event.{}", t.as_str())).map_or(t.as_str(), |p| p.1)
}

/// The anchor of a report's sentence in the evidence list.
fn claim_anchor(r: &Report) -> String {
    anchor("c", &format!("{}#{}", r.article, r.start))
}

fn event_anchor(article: &str, start: usize) -> String {
    anchor("e", &format!("{article}#{start}"))
}

fn chain(attribution: &[String]) -> String {
    if attribution.is_empty() {
        en("own voice")
    } else {
        attribution.iter().map(|a| bdi(a)).collect::<Vec<_>>().join(" ← ")
    }
}

fn value_tags(r: &Report) -> String {
    let mut s = String::new();
    if r.vague {
        s += "<span class=\"tag\"><bdi dir=\"ltr\">vague</bdi></span>";
    } else if r.approx {
        s += "<span class=\"tag\"><bdi dir=\"ltr\">approx.</bdi></span>";
    }
    if r.party_claim {
        s += "<span class=\"tag party\"><bdi dir=\"ltr\">party claim</bdi></span>";
    }
    s
}

/// Reports of a figure that are part of some contradiction.
fn flagged(story: &Story, fi: usize) -> HashSet<usize> {
    story
        .contradictions
        .iter()
        .filter(|c| c.kind == "figure" && c.index == fi)
        .flat_map(|c| [c.a, c.b])
        .collect()
}

/// What a story shows for an entity id: its English canonical name (or most used Arabic
/// name) from the story's actors and places; an id the lexicon does not know
/// («org:لجنه-التنميه») shows as words, never as an id.
pub struct Names<'a>(HashMap<&'a str, &'a str>);

impl<'a> Names<'a> {
    pub fn of(s: &'a Story) -> Self {
        Names(s.actors.iter().chain(&s.places).map(|n| (n.entity.as_str(), n.name.as_str())).collect())
    }
    pub fn show(&self, id: &str) -> String {
        if let Some(n) = self.0.get(id) {
            return n.to_string();
        }
        match id.split_once(':') {
            Some((kind, rest)) if !kind.is_empty() && kind.chars().all(|c| c.is_ascii_lowercase()) => rest.replace('-', " "),
            _ => id.to_string(),
        }
    }
}

/// An outlet as shown: an unknown outlet stays one per article («(unknown outlet: ID)»).
fn outlet_html(o: Option<&str>) -> String {
    match o {
        Some(x) if x.starts_with("(unknown outlet") => en("unknown outlet"),
        Some(x) => bdi(x),
        None => en("unknown outlet"),
    }
}

/// Article id → original URL (only http and https are linked).
pub type Urls = HashMap<String, String>;

/// A story's outlets for its header: distinct known outlets, and each article of an
/// unknown outlet counted on its own.
fn outlets_line(s: &Story) -> (usize, String) {
    let mut known: Vec<&str> = s.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
    known.sort();
    known.dedup();
    let unknown = s.articles.iter().filter(|a| a.outlet.is_none()).count();
    let mut parts: Vec<String> = known.iter().map(|o| bdi(o)).collect();
    if unknown > 0 {
        parts.push(en(&format!("{unknown} article(s) of unknown outlets")));
    }
    (known.len() + unknown, parts.join(" · "))
}

/// Stories in one page up to this size, and this many; past either, an index page and a
/// page per story (`html_pages`).
pub const ONE_PAGE_BYTES: usize = 2 << 20;
pub const ONE_PAGE_STORIES: usize = 100;

/// The whole HTML report on one page (see [`html_pages`] for a large one).
pub fn html_report(stories: &[Story], articles_total: usize, title: &str) -> String {
    html_report_with(stories, articles_total, title, &Urls::new())
}

fn summary_line(stories: &[Story], articles_total: usize) -> String {
    format!(
        "<p class=\"meta\">{} — <bdi dir=\"rtl\">{}</bdi></p>",
        ltr(&format!("{} stories of {} articles; every figure links to its sentence under Evidence.", stories.len(), articles_total)),
        esc(crate::labels::pair("summary_evidence").1)
    )
}

/// The one-page report, titles linked to the original articles (`urls`).
pub fn html_report_with(stories: &[Story], articles_total: usize, title: &str, urls: &Urls) -> String {
    let mut body = summary_line(stories, articles_total);
    if stories.is_empty() {
        body += &format!("<p>{}</p>", ltr("No story has more than one article."));
    }
    body += &crate::story_parts::html_threads(stories, &|id| format!("#{}", esc(id)));
    if stories.len() > 1 {
        let _ = write!(body, "<nav><h3>{}</h3><ol>", label("stories"));
        for s in stories {
            let _ = write!(body, "<li><a href=\"#{}\">{}</a> <span class=\"meta\">{}</span></li>", esc(&s.id), bdi(&s.title), ltr(&format!("({} articles)", s.articles.len())));
        }
        body += "</ol></nav>";
    }
    for s in stories {
        story_html(&mut body, s, urls);
    }
    page(title, &format!("{} stories, {} articles", stories.len(), articles_total), &body)
}

/// One page or several: `(file name, page)` pairs, the index first. Past [`ONE_PAGE_BYTES`]
/// or [`ONE_PAGE_STORIES`] the report is an index (`index_name`) and one page per story in
/// the folder `folder` beside it, each linking back; else the one page alone.
pub fn html_pages(stories: &[Story], articles_total: usize, title: &str, urls: &Urls, index_name: &str, folder: &str) -> Vec<(String, String)> {
    if stories.len() <= ONE_PAGE_STORIES {
        let one = html_report_with(stories, articles_total, title, urls);
        if one.len() <= ONE_PAGE_BYTES {
            return vec![(index_name.to_string(), one)];
        }
    }
    let file_of = |id: &str| {
        if !id.is_empty() && id.len() <= 40 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            format!("story-{id}.html")
        } else {
            format!("{}.html", anchor("story", id))
        }
    };
    let href = |id: &str| format!("{}/{}", url_path(folder), file_of(id));
    let mut body = summary_line(stories, articles_total);
    body += &crate::story_parts::html_threads(stories, &|id| esc(&href(id)));
    let _ = write!(
        body,
        "<h3>{}</h3><table class=\"index\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        label("stories"),
        label("story"),
        label("days"),
        label("articles"),
        label("outlets"),
        label("contradictions")
    );
    for s in stories {
        let (n_outlets, _) = outlets_line(s);
        let _ = write!(
            body,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&href(&s.id)),
            bdi(&s.title),
            ltr(&format!("{} – {}", s.first.as_deref().unwrap_or("?"), s.last.as_deref().unwrap_or("?"))),
            ltr(&s.articles.len().to_string()),
            ltr(&n_outlets.to_string()),
            ltr(&s.contradictions.len().to_string())
        );
    }
    body += "</table>";
    let mut out = vec![(index_name.to_string(), page(title, &format!("{} stories, {} articles", stories.len(), articles_total), &body))];
    let back = format!("../{}", url_path(index_name));
    for s in stories {
        let mut b = format!("<p class=\"meta\"><a href=\"{}\">{}</a></p>", esc(&back), ltr("← all stories (index)"));
        story_html(&mut b, s, urls);
        out.push((format!("{folder}/{}", file_of(&s.id)), page(&s.title, &format!("{} articles", s.articles.len()), &b)));
    }
    out
}

/// A file name as a relative URL path (percent-encoding what is not plain).
fn url_path(name: &str) -> String {
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-_./".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn story_html(b: &mut String, s: &Story, urls: &Urls) {
    let names = Names::of(s);
    let _ = write!(b, "<section class=\"story\" id=\"{}\"><h2 dir=\"auto\">{}</h2>", esc(&s.id), esc(&s.title));
    let (n_outlets, outlets) = outlets_line(s);
    let _ = write!(
        b,
        "<p class=\"meta\" dir=\"ltr\">{} · {} · {}: {}</p>",
        ltr(&format!("{} – {}", s.first.as_deref().unwrap_or("?"), s.last.as_deref().unwrap_or("?"))),
        ltr(&format!("{} articles", s.articles.len())),
        ltr(&format!("{n_outlets} outlets")),
        outlets
    );
    if !s.actors.is_empty() || !s.places.is_empty() {
        let names: Vec<String> = s.actors.iter().take(8).map(|a| bdi(&a.name)).collect();
        let places: Vec<String> = s.places.iter().take(6).map(|a| bdi(&a.name)).collect();
        let _ = write!(b, "<p class=\"meta\" dir=\"ltr\">{}: {} · {}: {}</p>", label("actors"), names.join(" · "), label("places"), places.join(" · "));
    }

    // Articles.
    let _ = write!(
        b,
        "<h3>{}</h3><table class=\"articles\"><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        label("articles"),
        label("outlet"),
        label("published"),
        label("title")
    );
    for a in &s.articles {
        let dup = a.near_duplicate_of.as_ref().map(|_| format!("<span class=\"tag\">{}</span>", ltr("near-copy"))).unwrap_or_default();
        let title = a.title.as_deref().unwrap_or("");
        let title = match urls.get(&a.id).or(Some(&a.id)).and_then(|u| url_link(u, title)) {
            Some(l) => l,
            None => format!("<bdi>{}</bdi>", esc(title)),
        };
        let _ = write!(b, "<tr><td>{}</td><td>{}</td><td>{title}{dup}</td></tr>", outlet_html(a.outlet.as_deref()), ltr(a.published.as_deref().unwrap_or("?")));
    }
    b.push_str("</table>");

    // Contradictions first: they are what an analyst looks for.
    if !s.contradictions.is_empty() {
        let _ = write!(b, "<h3>{} {}</h3>", label("contradictions_count"), ltr(&s.contradictions.len().to_string()));
        for c in &s.contradictions {
            let heading = match (c.kind.as_str(), s.figures.get(c.index), s.events.get(c.index)) {
                ("figure", Some(f), _) => {
                    let (ar, enw) = quantity_label(f.quantity);
                    format!("{} {}", ltr(&format!("{enw}, {}", f.subject.as_deref().unwrap_or("unspecified"))), bdi(ar))
                }
                ("event", _, Some(e)) => format!("{} {}", ltr(e.kind.as_str()), bdi(event_label(e.kind))),
                _ => mixed(&c.about),
            };
            let _ = write!(b, "<div class=\"contra\"><h4 dir=\"ltr\">{heading} <span class=\"en\">({})</span></h4>", mixed(&c.why));
            b.push_str(&crate::story_parts::html_evolution(s, c));
            if c.kind == "figure" {
                if let Some(f) = s.figures.get(c.index) {
                    let _ = write!(b, "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", label("outlet"), label("value"), label("source"), label("text"));
                    for r in [c.a, c.b].iter().filter_map(|i| f.reports.get(*i)) {
                        let _ = write!(
                            b,
                            "<tr class=\"contradiction\"><td>{}</td><td class=\"val\">{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                            outlet_html(r.outlet.as_deref()),
                            esc(&value_words(r.low, r.high)),
                            chain(&r.attribution),
                            claim_anchor(r),
                            esc(&r.text)
                        );
                    }
                    b.push_str("</table>");
                }
            } else if let Some(e) = s.events.get(c.index) {
                let _ = write!(b, "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", label("outlet"), label("event"), label("source"), label("text"));
                for r in [c.a, c.b].iter().filter_map(|i| e.reports.get(*i)) {
                    let _ = write!(
                        b,
                        "<tr class=\"contradiction\"><td>{}</td><td>{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                        outlet_html(r.outlet.as_deref()),
                        ltr(e.kind.as_str()),
                        chain(&r.attribution),
                        event_anchor(&r.article, r.start),
                        esc(&r.text)
                    );
                }
                b.push_str("</table>");
            }
            b.push_str("</div>");
        }
    }

    b.push_str(&crate::story_parts::html_incidents(s, &names));
    if !s.figures.is_empty() {
        let _ = write!(b, "<h3>{}</h3>", label("figures_source_by_source"));
        for (fi, f) in s.figures.iter().enumerate() {
            figure_html(b, s, fi, f);
        }
    }

    if !s.events.is_empty() {
        let _ = write!(
            b,
            "<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            label("events"),
            label("type"),
            label("doer"),
            label("place"),
            label("date"),
            label("reports")
        );
        for e in &s.events {
            let reports: Vec<String> = e
                .reports
                .iter()
                .map(|r| format!("<a href=\"#{}\">{}</a>: {}", event_anchor(&r.article, r.start), outlet_html(r.outlet.as_deref()), chain(&r.attribution)))
                .collect();
            let _ = write!(
                b,
                "<tr><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                ltr(&e.kind.as_str().replace('_', " ")),
                bdi(event_label(e.kind)),
                e.agent.as_deref().map(|a| bdi(&names.show(a))).unwrap_or_else(|| "—".into()),
                e.place.as_deref().map(|p| bdi(&names.show(p))).unwrap_or_else(|| "—".into()),
                ltr(e.date.as_deref().unwrap_or("?")),
                reports.join("<br>")
            );
        }
        b.push_str("</table>");
    }

    timeline_html(b, s, &names);
    outlets_html(b, s, &names);
    evidence_html(b, s);
    b.push_str("</section>");
}

fn figure_html(b: &mut String, s: &Story, fi: usize, f: &Figure) {
    let (ar, enw) = quantity_label(f.quantity);
    let subject = f.subject.as_deref().unwrap_or("unspecified");
    let flags = flagged(s, fi);
    let _ = write!(
        b,
        "<div class=\"figure\" id=\"{}-f{fi}\"><h4>{} {}{}</h4>",
        esc(&s.id),
        ltr(&format!("{enw}, {subject}")),
        bdi(ar),
        if flags.is_empty() { String::new() } else { format!("<span class=\"tag warn\">{}</span>", ltr("contradictory")) }
    );
    let v = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or("?".into());
    let _ = write!(
        b,
        "<p class=\"estimate\" dir=\"ltr\">{}: <span class=\"val\">{}</span> · {}: <span class=\"val\">{}</span> <span class=\"en\" dir=\"ltr\">— {}</span></p>",
        label("range"),
        esc(&value_words(f.range_low, f.range_high)),
        label("low_best_high"),
        esc(&format!("{} / {} / {}", v(f.low), v(f.best), v(f.high))),
        esc(&f.reason)
    );
    let labels: Vec<String> = f
        .reports
        .iter()
        .map(|r| {
            let src = r.attribution.last().cloned().unwrap_or_else(|| "own voice".into());
            let outlet = r.outlet.as_deref().unwrap_or("?");
            format!("{outlet} · {src}")
        })
        .collect();
    let hrefs: Vec<String> = f.reports.iter().map(|r| format!("#{}", claim_anchor(r))).collect();
    let bars: Vec<Bar> = f
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| Bar { label: &labels[i], low: r.low, high: r.high, soft: r.vague || r.approx, flagged: flags.contains(&i), href: &hrefs[i] })
        .collect();
    b.push_str(&range_plot(&format!("{enw} — {subject}"), &bars));
    let _ = write!(
        b,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        label("outlet"),
        label("published"),
        label("value"),
        label("attribution"),
        label("hedge"),
        label("event_day"),
        label("text")
    );
    for (i, r) in f.reports.iter().enumerate() {
        let _ = write!(
            b,
            "<tr{}><td>{}</td><td>{}</td><td><span class=\"val\">{}</span>{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
            if flags.contains(&i) { " class=\"contradiction\"" } else { "" },
            outlet_html(r.outlet.as_deref()),
            ltr(r.published.as_deref().unwrap_or("?")),
            esc(&value_words(r.low, r.high)),
            value_tags(r),
            chain(&r.attribution),
            bdi(r.hedge.as_deref().unwrap_or("")),
            ltr(r.date.as_deref().unwrap_or("?")),
            claim_anchor(r),
            esc(&r.text)
        );
    }
    b.push_str("</table></div>");
}

fn timeline_html(b: &mut String, s: &Story, names: &Names) {
    // Day → what was reported to have happened that day.
    let mut days: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &s.figures {
        let (_, enw) = quantity_label(f.quantity);
        for r in &f.reports {
            let day = r.date.clone().or_else(|| r.published.clone()).unwrap_or_else(|| "?".into());
            days.entry(day).or_default().push(format!(
                "{}: <span class=\"val\">{}</span> — {} (<a href=\"#{}\">{}</a>)",
                ltr(enw),
                esc(&value_words(r.low, r.high)),
                outlet_html(r.outlet.as_deref()),
                claim_anchor(r),
                chain(&r.attribution)
            ));
        }
    }
    for e in &s.events {
        let day = e.date.clone().unwrap_or_else(|| "?".into());
        let outlets: Vec<String> = e.reports.iter().map(|r| outlet_html(r.outlet.as_deref())).collect();
        days.entry(day).or_default().push(format!(
            "{}{}{} — {}",
            ltr(&e.kind.as_str().replace('_', " ")),
            e.agent.as_deref().map(|a| format!(" · {}", bdi(&names.show(a)))).unwrap_or_default(),
            e.place.as_deref().map(|p| format!(" · {}", bdi(&names.show(p)))).unwrap_or_default(),
            outlets.join(" · ")
        ));
    }
    if days.is_empty() {
        return;
    }
    let _ = write!(b, "<h3>{}</h3><ol class=\"timeline\">", label("timeline"));
    for (day, items) in days {
        let _ = write!(b, "<li><strong class=\"val\">{}</strong><ul>", esc(&day));
        for i in items {
            let _ = write!(b, "<li>{i}</li>");
        }
        b.push_str("</ul></li>");
    }
    b.push_str("</ol>");
}

fn outlets_html(b: &mut String, s: &Story, names: &Names) {
    if s.outlets.is_empty() {
        return;
    }
    let _ = write!(
        b,
        "<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        label("framing_and_sourcing_per_outlet"),
        label("outlet"),
        label("names_used"),
        label("loaded_terms"),
        label("cites"),
        label("only_here")
    );
    for o in &s.outlets {
        let list: Vec<String> = o
            .names
            .iter()
            .map(|n| {
                let forms: Vec<String> = n.forms.iter().map(|(f, c)| format!("{} ×{c}", bdi(f))).collect();
                let who = n.name.clone().unwrap_or_else(|| names.show(&n.entity));
                format!("<span class=\"en\">{}</span>: {}", bdi(&who), forms.join("، "))
            })
            .collect();
        let terms: Vec<String> = o.loaded_terms.iter().map(|t| format!("«{}» <span class=\"tag\">{}</span> ×{}", esc(&t.text), ltr(&t.signal), t.count)).collect();
        let cites: Vec<String> = o.cites.iter().map(|(c, n)| format!("{} ×{n}", bdi(c))).collect();
        let only: Vec<String> = o
            .only_here
            .iter()
            .filter_map(|i| s.figures.get(*i))
            .map(|f| ltr(&format!("{} ({})", quantity_label(f.quantity).1, f.subject.as_deref().unwrap_or("?"))))
            .collect();
        let _ = write!(
            b,
            "<tr><td>{} <span class=\"meta\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            outlet_html(Some(&o.outlet)),
            ltr(&format!("({} articles)", o.articles)),
            list.join("<br>"),
            terms.join("<br>"),
            cites.join("<br>"),
            only.join(" · ")
        );
    }
    b.push_str("</table>");
}

/// Every sentence a figure or event comes from, once, with an anchor the tables link to;
/// the figures it gives are marked in it.
fn evidence_html(b: &mut String, s: &Story) {
    let mut seen = HashSet::new();
    let mut items = Vec::new();
    for f in &s.figures {
        for r in &f.reports {
            let id = claim_anchor(r);
            if seen.insert(id.clone()) {
                items.push(format!(
                    "<p id=\"{id}\" dir=\"rtl\"><strong>{}</strong> — {}</p>",
                    outlet_html(r.outlet.as_deref()),
                    mark(&r.sentence, &r.text)
                ));
            }
        }
    }
    for e in &s.events {
        for r in &e.reports {
            let id = event_anchor(&r.article, r.start);
            if seen.insert(id.clone()) {
                items.push(format!("<p id=\"{id}\" dir=\"rtl\"><strong>{}</strong> — {}</p>", outlet_html(r.outlet.as_deref()), esc(&r.text)));
            }
        }
    }
    if items.is_empty() {
        return;
    }
    let _ = write!(b, "<h3>{}</h3><div class=\"evidence\">", label("evidence"));
    for i in items {
        b.push_str(&i);
    }
    b.push_str("</div>");
}

/// The sentence with the figure's words marked (`<mark>`), all of it escaped.
fn mark(sentence: &str, words: &str) -> String {
    match (!words.is_empty()).then(|| sentence.find(words)).flatten() {
        Some(i) => format!("{}<mark>{}</mark>{}", esc(&sentence[..i]), esc(words), esc(&sentence[i + words.len()..])),
        None => esc(sentence),
    }
}

/// The Markdown brief: per story, the figures side by side and the contradictions.
pub fn markdown_brief(stories: &[Story], articles_total: usize) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# Riwaya brief\n\n{} stories from {} articles.\n", stories.len(), articles_total);
    m += &crate::story_parts::md_threads(stories);
    for s in stories {
        let _ = writeln!(m, "## {}\n", md(&s.title));
        let outlets: Vec<String> = s.articles.iter().filter_map(|a| a.outlet.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let _ = writeln!(
            m,
            "{} – {} · {} articles · outlets: {}\n",
            md(s.first.as_deref().unwrap_or("?")),
            md(s.last.as_deref().unwrap_or("?")),
            s.articles.len(),
            md(&outlets.join(", "))
        );
        if !s.contradictions.is_empty() {
            let _ = writeln!(m, "### Contradictions\n");
            for c in &s.contradictions {
                let detail = if c.kind == "figure" {
                    s.figures.get(c.index).map(|f| {
                        let r = |i: usize| {
                            f.reports
                                .get(i)
                                .map(|r| format!("{} per {} ({})", value_words(r.low, r.high), r.attribution.last().cloned().unwrap_or_else(|| "own voice".into()), r.outlet.as_deref().unwrap_or("?")))
                                .unwrap_or_default()
                        };
                        format!("{} vs {}", r(c.a), r(c.b))
                    })
                } else {
                    None
                };
                let _ = writeln!(m, "- **{}**: {} — {}", md(&c.about), md(&detail.unwrap_or_default()), md(&c.why));
                m += &crate::story_parts::md_evolution(s, c);
            }
            m.push('\n');
        }
        m += &crate::story_parts::md_incidents(s);
        if !s.figures.is_empty() {
            let _ = writeln!(m, "### Figures\n\n| figure | low / best / high | reports |\n| --- | --- | --- |");
            for f in &s.figures {
                let reports: Vec<String> = f
                    .reports
                    .iter()
                    .map(|r| {
                        format!(
                            "{}: {} ({})",
                            r.outlet.as_deref().unwrap_or("?"),
                            value_words(r.low, r.high),
                            if r.attribution.is_empty() { "own voice".to_string() } else { r.attribution.join(" ← ") }
                        )
                    })
                    .collect();
                let _ = writeln!(
                    m,
                    "| {} {} | {} / {} / {} | {} |",
                    quantity_label(f.quantity).1,
                    md(f.subject.as_deref().unwrap_or("")),
                    f.low.map(|v| v.to_string()).unwrap_or("?".into()),
                    f.best.map(|v| v.to_string()).unwrap_or("?".into()),
                    f.high.map(|v| v.to_string()).unwrap_or("?".into()),
                    md(&reports.join("; "))
                );
            }
            m.push('\n');
        }
    }
    m
}

/// Markdown-safe text: one line; HTML and entities written as text; the characters that
/// make links, images, emphasis, code and table cells escaped (`[x](javascript:…)` and
/// `![](https://…)` stay text); control and bidi characters dropped.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '~' | '#' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_payloads_stay_text() {
        let m = md("<script>alert(1)</script> [x](javascript:alert(1)) ![](https://evil.example/t.png) a|b\n# h &lt;");
        for live in ["<script", "[x](", "![](", "a|b", "\n"] {
            assert!(!m.contains(live), "{live} in {m}");
        }
        assert!(m.contains("\\[x\\]\\(javascript:alert\\(1\\)\\)"), "{m}");
        assert_eq!(md("قتلى"), "قتلى");
    }
}
