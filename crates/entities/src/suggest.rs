//! `riwaya lexicon suggest`: names found by the patterns (head nouns, roles) that the
//! lexicon lacks, counted over a corpus, with example sentences, and as TOML ready to paste
//! into a `data/lexicon` file.

use crate::prep::{key, Prepared};
use crate::{whole_word, EntId, Recognizer};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::fmt::Write;

/// A name the data lacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The name as first written (quotes dropped).
    pub name: String,
    /// `person`, a lexicon actor kind (`armed_group`, `outlet`, `government_body` …) or a
    /// place kind (`prison`, `neighbourhood` …).
    pub kind_guess: String,
    /// Mentions over the corpus (surnames linked to the full name included).
    pub count: usize,
    /// Up to three sentences that use it, each prefixed with its article id.
    pub examples: Vec<String>,
    /// The derived id the recognizer gives it (`person:ابراهيم-خلف`).
    pub id: String,
    /// Articles it occurs in.
    pub articles: usize,
}

/// A finer kind for organisations from their head noun.
fn org_kind(first: &str) -> &'static str {
    match riwaya_text::normalize_str(first).as_str() {
        "وزاره" | "مديريه" | "مكتب" | "هييه" | "دايره" | "مجلس" | "لجنه" | "مفوضيه" => "government_body",
        "منظمه" | "جمعيه" | "موسسه" | "رابطه" | "بعثه" | "برنامج" => "ngo",
        "حزب" | "تيار" | "اتحاد" | "تحالف" | "ائتلاف" | "ايتلاف" => "party",
        "وكاله" => "agency",
        _ => "group",
    }
}

/// Lists the names found by the beyond-lexicon patterns, most frequent first. A name
/// found once (after a role, a head noun) is then counted wherever it occurs in the corpus.
pub fn suggest(texts: impl Iterator<Item = (String, String)>, rec: &Recognizer) -> Vec<Suggestion> {
    let texts: Vec<(String, String)> = texts.collect();
    // Pass 1: the names, their kinds and first spellings.
    let mut by_id: HashMap<String, Suggestion> = HashMap::new();
    let mut keys: HashMap<String, String> = HashMap::new(); // folded full name → id
    let mut surnames: HashMap<String, usize> = HashMap::new(); // id → single-word mentions
    for (_, text) in &texts {
        let p = Prepared::new(text);
        for f in rec.find(&p, false) {
            let EntId::New(id, kind) = &f.ent else { continue };
            let (a, e) = p.original_span(f.span_s, f.e);
            let surface: String =
                text[a..e].chars().filter(|c| !matches!(c, '"' | '«' | '»' | '“' | '”' | '(' | ')')).collect();
            let words = surface.split_whitespace().count();
            let s = by_id.entry(id.clone()).or_insert_with(|| {
                let first = surface.split_whitespace().next().unwrap_or("");
                let kind_guess = match *kind {
                    "org" => org_kind(first).to_string(),
                    "government_body" | "state_force" | "armed_group" | "outlet" | "agency" | "ngo" | "party" => kind.to_string(),
                    k => k.to_string(),
                };
                Suggestion { name: surface.clone(), kind_guess, count: 0, examples: vec![], id: id.clone(), articles: 0 }
            });
            if words > s.name.split_whitespace().count() {
                s.name = surface.clone();
            }
            if words >= 2 {
                keys.insert(key(&p.m[f.s..f.e]), id.clone());
            } else {
                *surnames.entry(id.clone()).or_default() += 1;
            }
        }
    }
    // Pass 2: every occurrence of the full names.
    let pats: Vec<&String> = keys.keys().collect();
    if let Ok(ac) = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&pats) {
        for (aid, text) in &texts {
            let p = Prepared::new(text);
            let m = p.m.as_str();
            let mut sents: Option<Vec<(usize, usize)>> = None;
            let mut seen_here: Vec<&String> = Vec::new();
            for h in ac.find_iter(m) {
                let (s, e) = (h.start(), h.end());
                if !whole_word(m, s, e) {
                    continue;
                }
                let id = &keys[pats[h.pattern().as_usize()]];
                let Some(sg) = by_id.get_mut(id) else { continue };
                sg.count += 1;
                if !seen_here.contains(&id) {
                    seen_here.push(id);
                    sg.articles += 1;
                    if sg.examples.len() < 3 {
                        let (a, _) = p.original_span(s, e);
                        let ss = sents.get_or_insert_with(|| riwaya_text::sentences(text));
                        if let Some(&(x, y)) = ss.iter().find(|(x, y)| *x <= a && a < *y) {
                            sg.examples.push(format!("{aid}: {}", text[x..y].trim()));
                        }
                    }
                }
            }
        }
    }
    for (id, n) in surnames {
        if let Some(s) = by_id.get_mut(&id) {
            s.count += n;
        }
    }
    let mut v: Vec<Suggestion> = by_id.into_values().filter(|s| s.count > 0).collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    v
}

fn toml_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' | '\r' | '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// The suggestions as `[[actor]]` / `[[place]]` tables ready to paste into a data file
/// (ids and English names are placeholders to fill in).
pub fn render_toml(suggestions: &[Suggestion]) -> String {
    let mut out = String::new();
    for (i, s) in suggestions.iter().enumerate() {
        let place = s.kind_guess.parse::<riwaya_model::PlaceKind>().is_ok();
        let _ = writeln!(out, "# {} mentions in {} articles ({})", s.count, s.articles, s.id);
        for e in &s.examples {
            let e: String = e.chars().take(200).collect();
            let _ = writeln!(out, "#   {}", e.replace('\n', " "));
        }
        let _ = writeln!(out, "[[{}]]", if place { "place" } else { "actor" });
        let _ = writeln!(out, "id = \"new-{}\"  # TODO: kebab-case English id", i + 1);
        let _ = writeln!(out, "name_en = \"TODO\"");
        let _ = writeln!(out, "name_ar = {}", toml_str(&s.name));
        let _ = writeln!(out, "kind = {}", toml_str(&s.kind_guess));
        out.push('\n');
    }
    out
}
