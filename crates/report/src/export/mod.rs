//! Exports for other tools: events in ACLED's and UCDP GED's shapes, and the claims table.
//!
//! # API (used by `riwaya export`, `riwaya analyze --format acled|ucdp`, and the desk)
//!
//! ```ignore
//! use riwaya_report::export::{self, ExportInput, ExportKind, Options};
//! let articles: Vec<export::ExportArticle> = stored.iter().map(export::ExportArticle::of).collect();
//! let input = ExportInput::new(&articles, &stories, extractor.lexicon());
//! export::write(ExportKind::Acled, &input, &Options::for_kind(ExportKind::Acled), file)?;
//! let t = export::table(ExportKind::Ucdp, &input);                      // header + rows, for JSON
//! ```
//!
//! - [`ExportInput`]: the articles without their text ([`ExportArticle`], what the store or
//!   a run provides), the stories made of them (story ids, and which figures are a party's
//!   claim or a running total), and the lexicon (English names, actor kinds, gazetteer).
//!   Select a story or a filter by passing only those stories and their articles.
//! - [`ExportKind::Acled`]: one row per event (an event aggregated across its reports),
//!   columns [`ACLED_COLUMNS`]; [`ExportKind::Ucdp`]: one row per event of organised
//!   violence with a death, columns [`UCDP_COLUMNS`]; [`ExportKind::Claims`]: one row per
//!   figure, columns [`crate::csv_out::CLAIM_COLUMNS`].
//! - [`Options::bom`]: a UTF-8 byte-order mark first, so Excel reads the Arabic
//!   ([`Options::for_kind`]: on for claims, off for the event tables).
//! - Every cell is neutralised against formula injection ([`crate::csv_out::cell`]).
//! - [`events`] gives the aggregated events themselves ([`ExportEvent`]).
//!
//! The mapping from our event and actor kinds to ACLED's is data: `data/exports/acled.toml`.

pub mod events;
pub mod mapping;

pub use events::{aggregate as events, ExportActor, ExportEvent, Fatalities};
pub use mapping::Mapping;

use crate::csv_out::{cell, Digest, CLAIM_COLUMNS};
use riwaya_lexicon::Lexicon;
use riwaya_stories::Story;
use std::collections::HashMap;
use std::io::{self, Write};

/// What an export reads of one article: no text. Build it with [`Digest::of`].
pub type ExportArticle = Digest;

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Acled,
    Ucdp,
    Claims,
}

impl ExportKind {
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ExportKind::Acled => ACLED_COLUMNS,
            ExportKind::Ucdp => UCDP_COLUMNS,
            ExportKind::Claims => CLAIM_COLUMNS,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            ExportKind::Acled => "acled",
            ExportKind::Ucdp => "ucdp",
            ExportKind::Claims => "claims",
        }
    }
}

/// What an export reads.
pub struct ExportInput<'a> {
    pub articles: &'a [ExportArticle],
    pub stories: &'a [Story],
    pub lexicon: &'a Lexicon,
    pub mapping: &'a Mapping,
}

impl<'a> ExportInput<'a> {
    /// With the shipped mapping (`data/exports/acled.toml`).
    pub fn new(articles: &'a [ExportArticle], stories: &'a [Story], lexicon: &'a Lexicon) -> Self {
        ExportInput { articles, stories, lexicon, mapping: Mapping::shipped() }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start the file with a UTF-8 byte-order mark (Excel needs it to read UTF-8; data tools
    /// such as pandas and R keep it in the first column's name unless told).
    pub bom: bool,
}

impl Options {
    /// The default of each table: a byte-order mark for the claims table (read in Excel),
    /// none for the event tables (read by data tools).
    pub fn for_kind(kind: ExportKind) -> Options {
        Options { bom: kind == ExportKind::Claims }
    }
}

/// ACLED's columns, in its order, then our low/best/high beside `fatalities`.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "iso", "region",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
];

/// UCDP GED's columns that we can fill, then our event id and story.
pub const UCDP_COLUMNS: &[&str] = &[
    "id", "type_of_violence", "date_start", "date_end", "date_prec", "where_prec", "where_coordinates", "country",
    "adm_1", "latitude", "longitude", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "low", "high", "source_article", "source_office", "event_id", "story",
];

/// A table: the header and the rows (cells not yet neutralised; [`write`] does that).
pub struct Table {
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

/// The rows of one export.
pub fn table(kind: ExportKind, input: &ExportInput) -> Table {
    let rows = match kind {
        ExportKind::Acled => acled_rows(input, &events(input)),
        ExportKind::Ucdp => ucdp_rows(input, &events(input)),
        ExportKind::Claims => claim_rows(input),
    };
    Table { columns: kind.columns(), rows }
}

/// Writes one export as CSV: header, then one row per event (or claim); every cell
/// neutralised against formula injection.
pub fn write(kind: ExportKind, input: &ExportInput, opts: &Options, out: impl Write) -> io::Result<()> {
    write_table(&table(kind, input), opts, out)
}

/// Writes a table as CSV.
pub fn write_table(t: &Table, opts: &Options, mut out: impl Write) -> io::Result<()> {
    if opts.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(t.columns)?;
    for r in &t.rows {
        w.write_record(r.iter().map(|c| cell(c).into_owned()))?;
    }
    w.flush()
}

fn story_map(input: &ExportInput) -> HashMap<String, String> {
    input.stories.iter().flat_map(|s| s.articles.iter().map(move |a| (a.id.clone(), s.id.clone()))).collect()
}

fn claim_rows(input: &ExportInput) -> Vec<Vec<String>> {
    let story_of = story_map(input);
    let mut rows = Vec::new();
    for d in input.articles {
        for c in &d.claims {
            rows.push(crate::csv_out::claim_row(d, c, &story_of));
        }
    }
    rows
}

fn opt_num(v: Option<u64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// "Civilians (Syria)": ACLED's name for civilians as an actor.
fn civilians(country: &str) -> String {
    if country.is_empty() { "Civilians".into() } else { format!("Civilians ({country})") }
}

const CIVILIAN_SUBJECTS: &[&str] = &["civilians", "children", "women", "journalists", "medics", "medical staff", "rescuers", "paramedics", "students", "worshippers"];

pub(crate) fn is_civilian(subject: &str) -> bool {
    CIVILIAN_SUBJECTS.contains(&subject.to_lowercase().as_str())
}

/// What both event exports derive from an event: ACLED coding and the two sides.
struct Coded {
    event_type: String,
    sub_event_type: String,
    disorder: String,
    actor1: String,
    assoc1: String,
    inter1: Option<u8>,
    actor2: String,
    assoc2: String,
    inter2: Option<u8>,
    country: String,
    iso3: String,
    iso: String,
    region: String,
    day: String,
    span_days: i32,
}

fn code(input: &ExportInput, e: &ExportEvent) -> Coded {
    let m = input.mapping;
    let km = &m.kind[&e.kind];
    let cc = e.geo.as_ref().map(|g| g.country.as_str()).unwrap_or("");
    let country = m.countries.get(cc);
    let cname = country.map(|c| c.0.clone()).unwrap_or_else(|| cc.to_string());
    let violent = m.disorder_of(&km.event_type) == "Political violence";
    let (actor1, inter1) = match e.agents.first() {
        Some(a) => (a.name.clone(), a.inter),
        None if violent => (if cname.is_empty() { "Unidentified Armed Group".into() } else { format!("Unidentified Armed Group ({cname})") }, Some(3)),
        None => (String::new(), None),
    };
    let assoc1 = e.agents.iter().skip(1).map(|a| a.name.as_str()).collect::<Vec<_>>().join("; ");
    let civ_dead = e.fatalities.by_subject.iter().any(|(s, n)| *n > 0 && is_civilian(s));
    // Actor 2: a known target; else the side whose dead the figures count; else civilians.
    let (mut actor2, mut inter2) = match e.targets.iter().find(|t| t.name != actor1).or_else(|| e.dead_of.iter().find(|t| t.name != actor1)) {
        Some(t) => (t.name.clone(), t.inter),
        None if civ_dead => (civilians(&cname), Some(7)),
        None => (String::new(), None),
    };
    let armed_target = matches!(inter2, Some(1..=4) | Some(8));
    let (mut event_type, mut sub) = (km.event_type.clone(), km.sub_event_type.clone());
    if armed_target {
        if let Some([t, s]) = &km.armed_target {
            event_type = t.clone();
            sub = s.clone();
        }
    }
    if inter1 == Some(1) {
        if let Some(s) = &km.state_agent_sub {
            sub = s.clone();
        }
    }
    if e.suicide {
        if let Some(s) = &km.suicide_sub {
            sub = s.clone();
        }
    }
    if event_type == "Violence against civilians" && actor2.is_empty() {
        actor2 = civilians(&cname);
        inter2 = Some(7);
    }
    let assoc2 = e.targets.iter().filter(|t| t.name != actor2 && t.name != actor1).map(|t| t.name.as_str()).collect::<Vec<_>>().join("; ");
    let (day, span_days) = match e.date.as_deref() {
        Some(d) => match d.split_once('/') {
            Some((a, b)) => {
                let n = match (riwaya_stories::digest::day_number(a), riwaya_stories::digest::day_number(b)) {
                    (Some(x), Some(y)) => y - x,
                    _ => 0,
                };
                (a.to_string(), n)
            }
            None => (d.to_string(), 0),
        },
        None => (String::new(), 0),
    };
    Coded {
        disorder: m.disorder_of(&event_type).to_string(),
        event_type,
        sub_event_type: sub,
        actor1,
        assoc1,
        inter1,
        actor2,
        assoc2,
        inter2,
        iso3: country.map(|c| c.1.clone()).unwrap_or_default(),
        iso: country.map(|c| c.2.to_string()).unwrap_or_default(),
        region: country.map(|c| c.3.clone()).unwrap_or_default(),
        country: cname,
        day,
        span_days,
    }
}

/// ACLED's two-digit interaction: the two actor types, lower first; one actor alone: its
/// type and 0.
fn interaction(a: Option<u8>, b: Option<u8>) -> String {
    match (a, b) {
        (Some(x), Some(y)) => format!("{}{}", x.min(y), x.max(y)),
        (Some(x), None) | (None, Some(x)) => format!("{x}0"),
        (None, None) => String::new(),
    }
}

/// "5 per the health ministry (Al Arabiya); 7 per SANA — disputed".
fn fatality_notes(f: &Fatalities) -> String {
    let mut parts: Vec<String> = f
        .reports
        .iter()
        .map(|r| {
            let v = if r.low == r.high { r.low.to_string() } else { format!("{}–{}", r.low, r.high) };
            let who = if r.source == r.outlet { r.outlet.clone() } else { format!("{} ({})", r.source, r.outlet) };
            format!("{v} per {who}{}", if r.party_claim { " [party claim about another side]" } else { "" })
        })
        .collect();
    parts.dedup();
    let mut s = String::new();
    if !parts.is_empty() {
        let disputed = f.reports.iter().map(|r| (r.low, r.high)).collect::<std::collections::BTreeSet<_>>().len() > 1;
        s = format!("Fatalities reported: {}{}.", parts.join("; "), if disputed { " (disputed)" } else { "" });
    }
    if !f.set_aside.is_empty() {
        s += &format!(" Set aside: {}.", f.set_aside.join("; "));
    }
    s
}

fn acled_rows(input: &ExportInput, evs: &[ExportEvent]) -> Vec<Vec<String>> {
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::with_capacity(evs.len());
    for e in evs {
        let c = code(input, e);
        let num = u64::from_str_radix(&e.id[3..], 16).unwrap_or(0) % 100_000_000;
        let mut id = format!("{}{num}", if c.iso3.is_empty() { "XXX" } else { &c.iso3 });
        let n = used.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id = format!("{id}-{n}");
        }
        let time_precision = if c.day.is_empty() {
            ""
        } else if c.span_days > 7 {
            "3"
        } else if c.span_days > 0 || e.date_is_published {
            "2"
        } else {
            "1"
        };
        let (lat, lon) = e.geo.as_ref().map(|g| (format!("{:.4}", g.latitude), format!("{:.4}", g.longitude))).unwrap_or_default();
        let location = e.location.clone().or_else(|| e.place.clone()).unwrap_or_default();
        let kind_words = e.kind.as_str().replace('_', " ");
        let mut notes = format!(
            "On {}, {}{}{}.",
            if c.day.is_empty() { "an unknown day" } else { &c.day },
            kind_words,
            if location.is_empty() { String::new() } else { format!(" in {location}") },
            if c.actor1.is_empty() { String::new() } else { format!(" by {}", c.actor1) }
        );
        if let Some(g) = &e.geo_from {
            notes += &format!(" Coordinates of {g}, named near it (the place itself is not in the gazetteer).");
        }
        if !e.agent_words.is_empty() {
            notes += &format!(" Doer as the reports name it: {}.", e.agent_words.iter().map(|w| format!("«{w}»")).collect::<Vec<_>>().join(", "));
        }
        if e.denied {
            notes += " Reported only as denied.";
        }
        let fnotes = fatality_notes(&e.fatalities);
        if !fnotes.is_empty() {
            notes += " ";
            notes += &fnotes;
        }
        notes += &format!(" [{} report(s); riwaya {}{}]", e.reports.len(), e.id, e.story.as_deref().map(|s| format!(", story {s}")).unwrap_or_default());
        let f = &e.fatalities;
        rows.push(vec![
            id,
            c.day.clone(),
            c.day.get(..4).unwrap_or("").to_string(),
            time_precision.to_string(),
            c.disorder,
            c.event_type,
            c.sub_event_type,
            c.actor1,
            c.assoc1,
            c.inter1.map(|x| x.to_string()).unwrap_or_default(),
            c.actor2,
            c.assoc2,
            c.inter2.map(|x| x.to_string()).unwrap_or_default(),
            interaction(c.inter1, c.inter2),
            c.iso,
            c.region,
            c.country,
            e.geo.as_ref().and_then(|g| g.admin1.clone()).unwrap_or_default(),
            e.admin2.clone().unwrap_or_default(),
            location,
            lat,
            lon,
            e.geo.as_ref().map(|g| g.precision.to_string()).unwrap_or_default(),
            e.outlets.join("; "),
            String::new(),
            notes,
            f.acled.to_string(),
            opt_num(f.low),
            opt_num(f.best),
            opt_num(f.high),
        ]);
    }
    rows
}

fn ucdp_rows(input: &ExportInput, evs: &[ExportEvent]) -> Vec<Vec<String>> {
    let m = input.mapping;
    let mut rows = Vec::new();
    for e in evs {
        let f = &e.fatalities;
        if !m.kind[&e.kind].ucdp || e.denied || f.high.unwrap_or(0) == 0 {
            continue;
        }
        let c = code(input, e);
        // Side A is the state when one side is; one-sided violence has civilians as side B.
        let one_sided = c.inter2 == Some(7) || c.event_type == "Violence against civilians";
        let (side_a, side_b, a_sub, b_sub) = {
            let a_sub = e.agents.first().and_then(|a| a.subject.clone());
            let b_sub = e.targets.iter().chain(&e.dead_of).find(|t| t.name == c.actor2).and_then(|t| t.subject.clone());
            if c.inter2 == Some(1) && c.inter1 != Some(1) {
                (c.actor2.clone(), c.actor1.clone(), b_sub, a_sub)
            } else {
                (c.actor1.clone(), if one_sided { "Civilians".into() } else { c.actor2.clone() }, a_sub, b_sub)
            }
        };
        let type_of_violence = if one_sided {
            "3"
        } else if c.inter1 == Some(1) || c.inter2 == Some(1) {
            "1"
        } else if c.inter1.is_some() && c.inter2.is_some() {
            "2"
        } else {
            ""
        };
        let (mut da, mut db, mut dc, mut du) = (0u64, 0u64, 0u64, 0u64);
        for (s, n) in &f.by_subject {
            let s = s.as_str();
            if is_civilian(s) {
                dc += n;
            } else if !s.is_empty() && a_sub.as_deref() == Some(s) {
                da += n;
            } else if !s.is_empty() && b_sub.as_deref() == Some(s) {
                db += n;
            } else {
                du += n;
            }
        }
        let best = da + db + dc + du;
        let low = f.low.unwrap_or(best).min(best);
        let high = f.high.unwrap_or(best).max(best);
        let (start, end, prec) = if c.day.is_empty() {
            (String::new(), String::new(), "")
        } else if c.span_days > 0 {
            let end = e.date.as_deref().and_then(|d| d.split_once('/')).map(|x| x.1.to_string()).unwrap_or_else(|| c.day.clone());
            (c.day.clone(), end, match c.span_days { 1..=6 => "2", 7 => "3", 8..=31 => "4", _ => "5" })
        } else if e.date_is_published {
            // Reported on that day: it happened then or the day before.
            let before = riwaya_stories::digest::day_number(&c.day).map(|n| riwaya_stories::digest::day_string(n - 1)).unwrap_or_else(|| c.day.clone());
            (before, c.day.clone(), "2")
        } else {
            (c.day.clone(), c.day.clone(), "1")
        };
        let where_prec = match e.geo.as_ref().map(|g| g.precision) {
            None => "",
            Some(_) if e.place_is_country => "6",
            Some(1) => "1",
            Some(2) => "2",
            Some(_) => "4",
        };
        let (lat, lon) = e.geo.as_ref().map(|g| (format!("{:.4}", g.latitude), format!("{:.4}", g.longitude))).unwrap_or_default();
        let articles: Vec<String> = {
            let mut v: Vec<String> = e
                .reports
                .iter()
                .map(|&(a, _)| {
                    let d = &input.articles[a];
                    let mut s = format!("{} {}", d.outlet.as_deref().unwrap_or("(unknown outlet)"), d.published.as_deref().unwrap_or(""));
                    if let Some(t) = &d.title {
                        s += &format!(" \"{}\"", t.trim());
                    }
                    if let Some(u) = &d.url {
                        s += &format!(" {u}");
                    }
                    s
                })
                .collect();
            v.dedup();
            v
        };
        let num = u64::from_str_radix(&e.id[3..], 16).unwrap_or(0) % 1_000_000_000;
        rows.push(vec![
            num.to_string(),
            type_of_violence.to_string(),
            start,
            end,
            prec.to_string(),
            where_prec.to_string(),
            e.location.clone().or_else(|| e.place.clone()).unwrap_or_default(),
            c.country,
            e.geo.as_ref().and_then(|g| g.admin1.clone()).unwrap_or_default(),
            lat,
            lon,
            side_a,
            side_b,
            da.to_string(),
            db.to_string(),
            dc.to_string(),
            du.to_string(),
            best.to_string(),
            low.to_string(),
            high.to_string(),
            articles.join(" ; "),
            e.outlets.join("; "),
            e.id.clone(),
            e.story.clone().unwrap_or_default(),
        ]);
    }
    rows
}
