//! Spreadsheet tables: one row per claim, and the events in ACLED-like columns.

use riwaya_model::{Claim, Event};
use std::collections::HashMap;
use std::io::{self, Write};

/// What the tables need of one article; kept for the whole run (no article text).
#[derive(Debug, Clone)]
pub struct Digest {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
}

pub const CLAIM_COLUMNS: &[&str] = &[
    "story", "article", "outlet", "published", "quantity", "subject", "low", "high", "approx", "vague",
    "attribution", "hedged", "event_date", "text",
];

pub const EVENT_COLUMNS: &[&str] = &[
    "event_date", "event_type", "actor1", "actor2", "location", "latitude", "longitude", "fatalities", "source",
    "notes", "story", "article", "outlet", "attribution",
];

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(T::to_string).unwrap_or_default()
}

/// A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is a formula to Excel and LibreOffice (`=HYPERLINK(…)`), so it gets a
/// leading `'` (OWASP's advice for CSV injection). Use it for every cell of every table.
pub fn cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Writes one row with every cell neutralised (see [`cell`]).
fn row<W: Write, const N: usize>(w: &mut csv::Writer<W>, cells: [String; N]) -> csv::Result<()> {
    w.write_record(cells.iter().map(|c| cell(c).into_owned()))
}

/// One row per claim. `story_of` maps article ids to story ids.
pub fn write_claims<W: Write>(out: W, digests: &[Digest], story_of: &HashMap<String, String>) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CLAIM_COLUMNS)?;
    for d in digests {
        for c in &d.claims {
            row(&mut w, [
                story_of.get(&d.id).cloned().unwrap_or_default(),
                d.id.clone(),
                opt(&d.outlet),
                opt(&d.published),
                c.quantity.clone(),
                opt(&c.subject),
                opt(&c.low),
                opt(&c.high),
                c.approx.to_string(),
                c.vague.to_string(),
                c.attribution.join(" ← "),
                opt(&c.hedge),
                opt(&c.date),
                c.text.clone(),
            ])?;
        }
    }
    w.flush()
}

/// The dead counted by the figures linked to an event (see `Claim::event`).
fn fatalities(index: usize, claims: &[Claim]) -> Option<u64> {
    let dead: Vec<u64> = claims
        .iter()
        .filter(|c| c.quantity == "killed" && c.event == Some(index))
        .filter_map(|c| c.low.or(c.high))
        .collect();
    (!dead.is_empty()).then(|| dead.iter().fold(0u64, |a, b| a.saturating_add(*b)))
}

/// Events in ACLED-like columns. `coords` gives a place entity's latitude and longitude.
pub fn write_events<W: Write>(
    out: W,
    digests: &[Digest],
    story_of: &HashMap<String, String>,
    coords: &dyn Fn(&str) -> Option<(f64, f64)>,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(EVENT_COLUMNS)?;
    for d in digests {
        for (ei, e) in d.events.iter().enumerate() {
            if e.kind == "other" {
                continue;
            }
            let place = e.place.as_ref();
            let (lat, lon) = place
                .and_then(|p| p.entity.as_deref())
                .and_then(coords)
                .map(|(a, b)| (format!("{a:.4}"), format!("{b:.4}")))
                .unwrap_or_default();
            // actor2: whose people the linked figures count, when they say.
            let actor2 = d.claims.iter().filter(|c| c.event == Some(ei)).find_map(|c| c.subject.clone()).unwrap_or_default();
            row(&mut w, [
                e.date.clone().or_else(|| d.published.clone()).unwrap_or_default(),
                e.kind.clone(),
                e.agent.as_ref().map(|a| a.entity.clone().unwrap_or_else(|| a.text.clone())).unwrap_or_default(),
                actor2,
                place.map(|p| p.text.clone()).unwrap_or_default(),
                lat,
                lon,
                opt(&fatalities(ei, &d.claims)),
                d.outlet.clone().unwrap_or_else(|| d.id.clone()),
                e.text.clone(),
                story_of.get(&d.id).cloned().unwrap_or_default(),
                d.id.clone(),
                opt(&d.outlet),
                e.attribution.join(" ← "),
            ])?;
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use riwaya_model::Claim;

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(bad), format!("'{bad}"));
        }
        assert_eq!(cell("قتلى"), "قتلى");
        let claim = |v: u64| -> Claim {
            serde_json::from_value(serde_json::json!({"quantity": "killed", "subject": "-civilians", "low": v, "high": v,
                "approx": false, "vague": false, "text": "=HYPERLINK(\"http://x\")", "attribution": ["+src"],
                "start": 0, "end": 1, "sentence": "s", "event": 0}))
            .unwrap()
        };
        let d = Digest { id: "=cmd|' /C calc'!A0".into(), outlet: Some("@evil".into()), published: None, title: None, url: None,
            claims: vec![claim(7)], events: vec![] };
        let mut out = Vec::new();
        write_claims(&mut out, &[d], &HashMap::new()).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.lines().skip(1).any(|l| l.split(',').any(|c| c.starts_with(['=', '+', '-', '@']))), "{s}");
        assert!(s.contains("'=HYPERLINK") && s.contains("'@evil") && s.contains("'-civilians") && s.contains("'+src"), "{s}");
        // Figures add up without overflow.
        assert_eq!(fatalities(0, &[claim(u64::MAX - 1), claim(5)]), Some(u64::MAX));
    }
}
