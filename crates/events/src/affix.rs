//! Which letters may stand around a form inside its word, on folded text.

use crate::data::{Pos, Stem};

const CONJ: [&str; 3] = ["", "و", "ف"];
const VERB_MOOD: [&str; 3] = ["", "س", "ل"];
const PERSON: [&str; 4] = ["ي", "ت", "ن", "ا"];
const VERB_SUBJ: [&str; 16] = ["", "ت", "وا", "و", "ون", "ن", "ا", "تا", "ان", "ين", "نا", "تم", "تما", "تن", "ي", "وه"];
const VERB_OBJ: [&str; 10] = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا"];
const NOUN_PREP: [&str; 4] = ["", "ب", "ك", "ل"];
const NOUN_END: [&str; 8] = ["", "ه", "ات", "ان", "ين", "ون", "ا", "و"];
const PRONOUN: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي"];

/// Whether `prefix` may stand before a verb form (`imperfect`: a person prefix is required).
pub(crate) fn verb_prefix_ok(prefix: &str, imperfect: bool) -> bool {
    for c in CONJ {
        let Some(r) = prefix.strip_prefix(c) else { continue };
        for m in VERB_MOOD {
            let Some(r) = r.strip_prefix(m) else { continue };
            if r.is_empty() && !imperfect && m.is_empty() {
                return true;
            }
            if PERSON.contains(&r) {
                return true;
            }
        }
    }
    false
}

pub(crate) fn verb_suffix_ok(suffix: &str) -> bool {
    VERB_SUBJ.iter().any(|s| suffix.strip_prefix(s).is_some_and(|o| VERB_OBJ.contains(&o)))
}

/// Noun prefix: conjunction, preposition, article ("وبال"، "لل"). Returns whether the
/// article is there.
pub(crate) fn noun_prefix(prefix: &str) -> Option<bool> {
    for c in CONJ {
        let Some(r) = prefix.strip_prefix(c) else { continue };
        if r == "لل" {
            return Some(true);
        }
        for p in NOUN_PREP {
            let Some(r) = r.strip_prefix(p) else { continue };
            if r.is_empty() {
                return Some(false);
            }
            if r == "ال" {
                return Some(true);
            }
        }
    }
    None
}

/// Noun suffix: an ending and a pronoun. Returns whether a pronoun is there.
pub(crate) fn noun_suffix(suffix: &str) -> Option<bool> {
    for e in NOUN_END {
        let Some(r) = suffix.strip_prefix(e) else { continue };
        if r.is_empty() {
            return Some(e == "ه");
        }
        if PRONOUN.contains(&r) {
            return Some(true);
        }
        // construct ة → ت before a pronoun
        if e.is_empty() {
            if let Some(r2) = r.strip_prefix('ت') {
                if PRONOUN.contains(&r2) {
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
    let r = prefix.strip_prefix('و').or_else(|| prefix.strip_prefix('ف')).unwrap_or(prefix);
    match r.strip_prefix('س') {
        Some(x) if PERSON.contains(&x) => Mood::Future,
        _ if r.is_empty() => Mood::Perfect,
        _ => Mood::Imperfect,
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
            .map(|m| mood(&w[..m.start()]))
    }
}

/// `w` without the proclitics و ف ب ل ك and the article (words of at least two letters remain).
pub(crate) fn bare(w: &str) -> &str {
    let mut r = w;
    for c in ["و", "ف"] {
        if let Some(x) = r.strip_prefix(c) {
            if x.chars().count() >= 3 {
                r = x;
            }
            break;
        }
    }
    if let Some(x) = r.strip_prefix("لل") {
        if x.chars().count() >= 2 {
            return x;
        }
    }
    for c in ["ب", "ل", "ك"] {
        if let Some(x) = r.strip_prefix(c) {
            if x.starts_with("ال") && x.chars().count() >= 4 {
                r = x;
            }
            break;
        }
    }
    if let Some(x) = r.strip_prefix("ال") {
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
    fn tense_from_the_prefix() {
        assert_eq!(mood(""), Mood::Perfect);
        assert_eq!(mood("و"), Mood::Perfect);
        assert_eq!(mood("ت"), Mood::Imperfect);
        assert_eq!(mood("وي"), Mood::Imperfect);
        assert_eq!(mood("سي"), Mood::Future);
        assert_eq!(mood("وست"), Mood::Future);
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
