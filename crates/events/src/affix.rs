//! Which letters may stand around a form inside its word, on folded text.

use crate::data::{Pos, Stem};
use serde::Deserialize;
use std::sync::OnceLock;

const AFFIXES: &str = include_str!("../../../data/events/affixes.toml");

/// The affix tables of `data/events/affixes.toml` (already folded; order matters).
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct Affixes {
    conj: Vec<String>,
    verb_mood: Vec<String>,
    person: Vec<String>,
    verb_subj: Vec<String>,
    verb_obj: Vec<String>,
    noun_prep: Vec<String>,
    noun_end: Vec<String>,
    pronoun: Vec<String>,
    article: String,
    lam_article: String,
    future: String,
    feminine: String,
    construct: String,
    bare_conj: Vec<String>,
    bare_preps: Vec<String>,
}

impl Affixes {
    pub(crate) fn parse(src: &str) -> Result<Affixes, String> {
        toml::from_str(src).map_err(|e| format!("affixes.toml: {e}"))
    }
}

/// Read once.
fn ax() -> &'static Affixes {
    static A: OnceLock<Affixes> = OnceLock::new();
    A.get_or_init(|| Affixes::parse(AFFIXES).expect("data/events/affixes.toml is valid"))
}

fn has(v: &[String], x: &str) -> bool {
    v.iter().any(|y| y == x)
}

/// Whether `prefix` may stand before a verb form (`imperfect`: a person prefix is required).
pub(crate) fn verb_prefix_ok(prefix: &str, imperfect: bool) -> bool {
    let a = ax();
    for c in &a.conj {
        let Some(r) = prefix.strip_prefix(c.as_str()) else { continue };
        for m in &a.verb_mood {
            let Some(r) = r.strip_prefix(m.as_str()) else { continue };
            if r.is_empty() && !imperfect && m.is_empty() {
                return true;
            }
            if has(&a.person, r) {
                return true;
            }
        }
    }
    false
}

pub(crate) fn verb_suffix_ok(suffix: &str) -> bool {
    let a = ax();
    a.verb_subj.iter().any(|s| suffix.strip_prefix(s.as_str()).is_some_and(|o| has(&a.verb_obj, o)))
}

/// Noun prefix: conjunction, preposition, article ("وبال"، "لل"). Returns whether the
/// article is there.
pub(crate) fn noun_prefix(prefix: &str) -> Option<bool> {
    let a = ax();
    for c in &a.conj {
        let Some(r) = prefix.strip_prefix(c.as_str()) else { continue };
        if r == a.lam_article {
            return Some(true);
        }
        for p in &a.noun_prep {
            let Some(r) = r.strip_prefix(p.as_str()) else { continue };
            if r.is_empty() {
                return Some(false);
            }
            if r == a.article {
                return Some(true);
            }
        }
    }
    None
}

/// Noun suffix: an ending and a pronoun. Returns whether a pronoun is there.
pub(crate) fn noun_suffix(suffix: &str) -> Option<bool> {
    let a = ax();
    for e in &a.noun_end {
        let Some(r) = suffix.strip_prefix(e.as_str()) else { continue };
        if r.is_empty() {
            return Some(*e == a.feminine);
        }
        if has(&a.pronoun, r) {
            return Some(true);
        }
        // construct ة → ت before a pronoun
        if e.is_empty() {
            if let Some(r2) = r.strip_prefix(a.construct.as_str()) {
                if has(&a.pronoun, r2) {
                    return Some(true);
                }
            }
        }
    }
    None
}

/// The affixes of a hit: `Some((article, pronoun))` when they fit `pos`.
pub(crate) fn check(pos: Pos, imperfect: bool, prefix: &str, suffix: &str) -> Option<(bool, bool)> {
    match pos {
        Pos::Verb => (verb_prefix_ok(prefix, imperfect) && verb_suffix_ok(suffix)).then_some((false, false)),
        Pos::Noun => Some((noun_prefix(prefix)?, noun_suffix(suffix)?)),
    }
}

/// A verb's tense as its prefix tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mood {
    Perfect,
    Imperfect,
    /// "سيهاجم"، "ستشن": not (yet) done.
    Future,
}

/// The tense of a verb from the letters before its stem (conjunction, future س, person).
pub(crate) fn mood(prefix: &str) -> Mood {
    let a = ax();
    let r = a.conj.iter().filter(|c| !c.is_empty()).find_map(|c| prefix.strip_prefix(c.as_str())).unwrap_or(prefix);
    match r.strip_prefix(a.future.as_str()) {
        Some(x) if has(&a.person, x) => Mood::Future,
        _ if r.is_empty() => Mood::Perfect,
        _ => Mood::Imperfect,
    }
}

/// The mood of a verb form `core` after `prefix`: a short imperfect kept whole with its ي
/// ("يشن"، "يفر": too short to search without it) is imperfect, or future after س.
pub(crate) fn mood_of(prefix: &str, core: &str) -> Mood {
    if !core.starts_with('ي') {
        return mood(prefix);
    }
    let a = ax();
    let r = a.conj.iter().filter(|c| !c.is_empty()).find_map(|c| prefix.strip_prefix(c.as_str())).unwrap_or(prefix);
    if r == a.future.as_str() {
        Mood::Future
    } else {
        Mood::Imperfect
    }
}

/// Verb stems searched inside one word at a time ("شنت"، "يعلن"، "أعلنوا").
pub(crate) struct StemSet {
    stems: Vec<Stem>,
    ac: aho_corasick::AhoCorasick,
}

impl StemSet {
    pub fn new(stems: Vec<Stem>) -> StemSet {
        let ac = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(stems.iter().map(|s| s.core.as_str()))
            .expect("stem automaton");
        StemSet { stems, ac }
    }

    /// Whether folded word `w` is a form of one of the stems (or one of them exactly).
    pub fn matches(&self, w: &str) -> bool {
        self.ac.find_overlapping_iter(w).any(|m| {
            let s = &self.stems[m.pattern().as_usize()];
            (m.start() == 0 && m.end() == w.len()) || verb_prefix_ok(&w[..m.start()], s.imperfect) && verb_suffix_ok(&w[m.end()..])
        })
    }

    /// The tense of folded word `w` when it is a form of one of the stems.
    pub fn mood(&self, w: &str) -> Option<Mood> {
        self.ac
            .find_overlapping_iter(w)
            .find(|m| {
                let s = &self.stems[m.pattern().as_usize()];
                (m.start() == 0 && m.end() == w.len()) || verb_prefix_ok(&w[..m.start()], s.imperfect) && verb_suffix_ok(&w[m.end()..])
            })
            .map(|m| mood_of(&w[..m.start()], &self.stems[m.pattern().as_usize()].core))
    }
}

/// `w` without the proclitics و ف ب ل ك and the article (words of at least two letters remain).
pub(crate) fn bare(w: &str) -> &str {
    let a = ax();
    let mut r = w;
    for c in &a.bare_conj {
        if let Some(x) = r.strip_prefix(c.as_str()) {
            if x.chars().count() >= 3 {
                r = x;
            }
            break;
        }
    }
    if let Some(x) = r.strip_prefix(a.lam_article.as_str()) {
        if x.chars().count() >= 2 {
            return x;
        }
    }
    for c in &a.bare_preps {
        if let Some(x) = r.strip_prefix(c.as_str()) {
            if x.starts_with(a.article.as_str()) && x.chars().count() >= 4 {
                r = x;
            }
            break;
        }
    }
    if let Some(x) = r.strip_prefix(a.article.as_str()) {
        if x.chars().count() >= 2 {
            return x;
        }
    }
    r
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_affixes() {
        assert!(verb_prefix_ok("", false));
        assert!(verb_prefix_ok("و", false));
        assert!(verb_prefix_ok("ي", false));
        assert!(verb_prefix_ok("وت", true));
        assert!(verb_prefix_ok("وسي", true));
        assert!(!verb_prefix_ok("", true));
        assert!(!verb_prefix_ok("ال", false));
        assert!(verb_suffix_ok("وهم"));
        assert!(verb_suffix_ok("ت"));
        assert!(verb_suffix_ok("ون"));
        assert!(!verb_suffix_ok("ات"));
    }

    #[test]
    fn noun_affixes() {
        assert_eq!(noun_prefix("وال"), Some(true));
        assert_eq!(noun_prefix("لل"), Some(true));
        assert_eq!(noun_prefix("ب"), Some(false));
        assert_eq!(noun_prefix("ي"), None);
        assert_eq!(noun_suffix(""), Some(false));
        assert_eq!(noun_suffix("ها"), Some(true));
        assert_eq!(noun_suffix("ات"), Some(false));
        assert_eq!(noun_suffix("اتها"), Some(true));
        assert_eq!(noun_suffix("ي"), Some(true));
        assert_eq!(noun_suffix("يه"), None);
    }

    #[test]
    fn affix_tables_load() {
        let a = Affixes::parse(AFFIXES).unwrap();
        assert_eq!(a.conj, ["", "و", "ف"]);
        assert!(a.verb_subj.len() > 10 && has(&a.pronoun, "ها"));
        // A table left out is an error.
        assert!(Affixes::parse("conj = [\"\"]").is_err());
    }

    #[test]
    fn tense_from_the_prefix() {
        assert_eq!(mood(""), Mood::Perfect);
        assert_eq!(mood("و"), Mood::Perfect);
        assert_eq!(mood("ت"), Mood::Imperfect);
        assert_eq!(mood("وي"), Mood::Imperfect);
        assert_eq!(mood("سي"), Mood::Future);
        assert_eq!(mood("وست"), Mood::Future);
        // ("يشنون": a short imperfect kept whole)
        assert_eq!(mood_of("", "يشن"), Mood::Imperfect);
        assert_eq!(mood_of("س", "يشن"), Mood::Future);
        assert_eq!(mood_of("", "شن"), Mood::Perfect);
        assert_eq!(mood_of("ت", "شن"), Mood::Imperfect);
    }

    #[test]
    fn bare_words() {
        assert_eq!(bare("والسجن"), "سجن");
        assert_eq!(bare("للسجن"), "سجن");
        assert_eq!(bare("بالحسكه"), "حسكه");
        assert_eq!(bare("في"), "في");
        assert_eq!(bare("وقع"), "وقع");
    }
}
