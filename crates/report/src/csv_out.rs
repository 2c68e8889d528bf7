//! The claims table: one row per claim (the event tables are in [`crate::export`]).

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
    /// Per event: the entities named within a few hundred bytes of it, nearest first
    /// (where an event whose own place is unknown to the gazetteer took place).
    pub near: Vec<Vec<String>>,
    /// The entities the article names, most named first (its setting).
    pub setting: Vec<String>,
}

/// How far from an event a named place is still its neighbourhood, in bytes (≈ a sentence).
const NEAR: usize = 300;

impl Digest {
    /// What the tables and exports keep of an article (its text dropped).
    pub fn of(a: &riwaya_model::Article) -> Digest {
        Digest {
            id: a.id.clone(),
            outlet: a.outlet.clone(),
            published: a.published.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
            claims: a.claims.clone(),
            events: a.events.clone(),
            near: a
                .events
                .iter()
                .map(|e| {
                    let mut v: Vec<(usize, &str)> = a
                        .mentions
                        .iter()
                        .filter_map(|m| {
                            let d = if m.end <= e.start { e.start - m.end } else { m.start.saturating_sub(e.end) };
                            (d <= NEAR).then_some((d, m.entity.as_str()))
                        })
                        .collect();
                    v.sort();
                    let mut out: Vec<String> = Vec::new();
                    for (_, id) in v {
                        if !out.iter().any(|x| x == id) && out.len() < 8 {
                            out.push(id.to_string());
                        }
                    }
                    out
                })
                .collect(),
            setting: {
                let mut n: Vec<(&str, usize, usize)> = Vec::new();
                for (i, m) in a.mentions.iter().enumerate() {
                    match n.iter_mut().find(|x| x.0 == m.entity) {
                        Some(x) => x.1 += 1,
                        None => n.push((&m.entity, 1, i)),
                    }
                }
                n.sort_by(|x, y| y.1.cmp(&x.1).then(x.2.cmp(&y.2)));
                n.into_iter().take(16).map(|x| x.0.to_string()).collect()
            },
        }
    }
}

pub const CLAIM_COLUMNS: &[&str] = &[
    "story", "article", "outlet", "published", "quantity", "subject", "low", "high", "approx", "vague",
    "attribution", "hedged", "event_date", "text", "url",
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

/// One claim's row of the claims table (cells not yet neutralised).
pub fn claim_row(d: &Digest, c: &Claim, story_of: &HashMap<String, String>) -> Vec<String> {
    vec![
        story_of.get(&d.id).cloned().unwrap_or_default(),
        d.id.clone(),
        opt(&d.outlet),
        opt(&d.published),
        c.quantity.to_string(),
        opt(&c.subject),
        opt(&c.low),
        opt(&c.high),
        c.approx.to_string(),
        c.vague.to_string(),
        c.attribution.join(" ← "),
        opt(&c.hedge),
        opt(&c.date),
        c.text.clone(),
        opt(&d.url),
    ]
}

/// One row per claim, after a UTF-8 byte-order mark (Excel reads UTF-8 only with it).
/// `story_of` maps article ids to story ids.
pub fn write_claims<W: Write>(mut out: W, digests: &[Digest], story_of: &HashMap<String, String>) -> io::Result<()> {
    out.write_all(b"\xEF\xBB\xBF")?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CLAIM_COLUMNS)?;
    for d in digests {
        for c in &d.claims {
            w.write_record(claim_row(d, c, story_of).iter().map(|c| cell(c).into_owned()))?;
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
            claims: vec![claim(7)], events: vec![], near: vec![], setting: vec![] };
        let mut out = Vec::new();
        write_claims(&mut out, &[d], &HashMap::new()).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.lines().skip(1).any(|l| l.split(',').any(|c| c.starts_with(['=', '+', '-', '@']))), "{s}");
        assert!(s.contains("'=HYPERLINK") && s.contains("'@evil") && s.contains("'-civilians") && s.contains("'+src"), "{s}");
    }
}
