//! Clean: a [`RawArticle`] in, an [`Article`] with the cleaned text and the list of what
//! was removed (and why) out.
//!
//! The rules are data (`data/clean/rules.toml`, embedded; a user file can replace it):
//! each line of the body is normalised and tried against the rules in order. A few checks
//! need code (another script, a repeated line, a truncated teaser); they are still named
//! and ordered in the rules file, so they can be reordered or switched off there.

use regex::Regex;
use riwaya_model::{Article, Provenance, RawArticle, Removed};
use riwaya_text::chars::is_alphanumeric;
use riwaya_text::normalize::normalize_str;
use serde::Deserialize;
use std::collections::HashSet;

/// The rules shipped with Riwaya.
pub const DEFAULT_RULES: &str = include_str!("../../../data/clean/rules.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    DropLine,
    DropToEnd,
    Byline,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    action: Action,
    #[serde(rename = "match")]
    how: String,
    #[serde(default)]
    patterns: Vec<String>,
    check: Option<String>,
    max_words: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    rule: Vec<RuleSpec>,
}

#[derive(Debug)]
enum Matcher {
    Prefix(Vec<String>),
    /// The patterns, and the longest one's length: longer lines need no lookup.
    Exact(HashSet<String>, usize),
    Regex(Vec<Regex>),
    Builtin(Builtin),
}

#[derive(Debug, Clone, Copy)]
enum Builtin {
    ForeignScript,
    EmojiLabel,
    HeadlineRepeat,
    DuplicateLine,
    TruncatedDuplicate,
    NoWords,
}

#[derive(Debug)]
struct Rule {
    id: String,
    action: Action,
    matcher: Matcher,
    max_words: Option<usize>,
}

/// A loaded, validated rule set.
#[derive(Debug)]
pub struct Cleaner {
    rules: Vec<Rule>,
}

impl Cleaner {
    /// The rules shipped with Riwaya.
    pub fn new() -> Self {
        Self::from_toml(DEFAULT_RULES, "data/clean/rules.toml").expect("the shipped cleaning rules are valid")
    }

    /// Loads rules from TOML text; `name` is used in error messages.
    pub fn from_toml(text: &str, name: &str) -> Result<Self, String> {
        let file: RulesFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        let mut rules = Vec::new();
        for r in file.rule {
            let bad = |m: String| format!("{name}: rule {:?}: {m}", r.id);
            let matcher = match r.how.as_str() {
                "prefix" => Matcher::Prefix(r.patterns.iter().map(|p| key(p)).collect()),
                "exact" => {
                    let set: HashSet<String> = r.patterns.iter().map(|p| key(p)).collect();
                    let max = set.iter().map(String::len).max().unwrap_or(0);
                    Matcher::Exact(set, max)
                }
                "regex" => Matcher::Regex(
                    r.patterns.iter().map(|p| Regex::new(p).map_err(|e| bad(e.to_string()))).collect::<Result<_, _>>()?,
                ),
                "builtin" => Matcher::Builtin(match r.check.as_deref() {
                    Some("foreign_script") => Builtin::ForeignScript,
                    Some("emoji_label") => Builtin::EmojiLabel,
                    Some("headline_repeat") => Builtin::HeadlineRepeat,
                    Some("duplicate_line") => Builtin::DuplicateLine,
                    Some("truncated_duplicate") => Builtin::TruncatedDuplicate,
                    Some("no_words") => Builtin::NoWords,
                    other => return Err(bad(format!("unknown builtin check {other:?}"))),
                }),
                other => return Err(bad(format!("unknown match kind {other:?} (prefix, exact, regex, builtin)"))),
            };
            if !matches!(matcher, Matcher::Builtin(_)) && r.patterns.is_empty() {
                return Err(bad("has no patterns".into()));
            }
            rules.push(Rule { id: r.id, action: r.action, matcher, max_words: r.max_words });
        }
        Ok(Cleaner { rules })
    }

    /// Cleans one article. Later stages fill `mentions`, `claims`, `dates`, `events`.
    pub fn clean(&self, raw: RawArticle) -> Article {
        let (text, removed) = self.clean_text(raw.title.as_deref(), &raw.body);
        Article {
            id: raw.id,
            outlet: raw.outlet.as_ref().map(|o| o.value.clone()),
            url: raw.url,
            published: raw.published.as_ref().map(|p| p.value.clone()),
            title: raw.title,
            text,
            removed,
            mentions: vec![],
            claims: vec![],
            dates: vec![],
            events: vec![],
            framing: vec![],
            provenance: Provenance {
                outlet: raw.outlet.map(|o| o.source),
                published: raw.published.map(|p| p.source),
            },
            origin: raw.origin,
            format: raw.format,
        }
    }

    /// Cleans a body: returns the kept text and the removed blocks.
    pub fn clean_text(&self, title: Option<&str>, body: &str) -> (String, Vec<Removed>) {
        let lines: Vec<&str> = body.lines().map(str::trim).collect();
        let keys: Vec<String> = lines.iter().map(|l| key(l)).collect();
        let arabic_article = {
            let (ar, la) = script_counts(body);
            ar > la
        };
        let title_key = title.map(key).unwrap_or_default();
        let total: usize = lines.iter().map(|l| l.len() + 1).sum();
        let mut removed = Vec::new();
        let mut kept: Vec<&str> = Vec::new();
        // Hashes of the kept lines' keys, for the duplicate-line check.
        let mut seen: HashSet<u64> = HashSet::new();
        let sorted = std::cell::OnceCell::new();
        let mut offset = 0usize;
        let mut i = 0;
        while i < lines.len() {
            let (line, k) = (lines[i], keys[i].as_str());
            let here = offset;
            offset += line.len() + 1;
            if line.is_empty() {
                if kept.last().is_some_and(|l| !l.is_empty()) {
                    kept.push("");
                }
                i += 1;
                continue;
            }
            let words = k.split(' ').count();
            let ctx = Ctx { line, key: k, keys: &keys, title_key: &title_key, words, arabic_article, seen: &seen, sorted: &sorted };
            match self.rules.iter().find(|r| r.applies(&ctx)) {
                None => {
                    if k.len() >= 20 {
                        seen.insert(xxhash_rust::xxh3::xxh3_64(k.as_bytes()));
                    }
                    kept.push(line);
                }
                Some(r) if r.action == Action::DropToEnd && here * 3 >= total => {
                    let rest: Vec<&str> = lines[i..].iter().copied().filter(|l| !l.is_empty()).collect();
                    removed.push(Removed { text: rest.join("\n"), reason: r.id.clone() });
                    break;
                }
                Some(r) => removed.push(Removed { text: line.to_string(), reason: r.id.clone() }),
            }
            i += 1;
        }
        while kept.last().is_some_and(|l| l.is_empty()) {
            kept.pop();
        }
        (kept.join("\n"), removed)
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Self::new()
    }
}

struct Ctx<'a> {
    line: &'a str,
    key: &'a str,
    keys: &'a [String],
    title_key: &'a str,
    /// Words in the line's key.
    words: usize,
    arabic_article: bool,
    seen: &'a HashSet<u64>,
    /// Indices of `keys` in the keys' order, made when a check first needs them.
    sorted: &'a std::cell::OnceCell<Vec<usize>>,
}

impl Rule {
    fn applies(&self, c: &Ctx) -> bool {
        if let Some(max) = self.max_words {
            if c.words > max {
                return false;
            }
        }
        match &self.matcher {
            Matcher::Prefix(ps) => ps.iter().any(|p| {
                c.key.starts_with(p.as_str())
                    && c.key[p.len()..].chars().next().is_none_or(|ch| !is_alphanumeric(ch))
            }),
            Matcher::Exact(ps, max) => {
                let k = strip_count(c.key);
                k.len() <= *max && ps.contains(k)
            }
            Matcher::Regex(rs) => rs.iter().any(|r| r.is_match(c.key)),
            Matcher::Builtin(b) => b.applies(c),
        }
    }
}

impl Builtin {
    fn applies(self, c: &Ctx) -> bool {
        match self {
            Builtin::ForeignScript => {
                let (ar, la) = script_counts(c.line);
                c.arabic_article && la >= 4 && la > 4 * ar
            }
            Builtin::EmojiLabel => c.line.chars().next().is_some_and(is_emoji),
            Builtin::HeadlineRepeat => !c.title_key.is_empty() && c.key == c.title_key,
            // A lede or paragraph printed twice; short lines ("طريقة التحضير:", a refrain)
            // repeat legitimately.
            Builtin::DuplicateLine => {
                c.words >= 8 && c.seen.contains(&xxhash_rust::xxh3::xxh3_64(c.key.as_bytes()))
            }
            // A teaser cut mid-sentence: a finished sentence that another line extends
            // ("ملعقة من الكمون." / "ملعقة من الكمون المطحون.") is not a teaser.
            Builtin::TruncatedDuplicate => {
                c.words >= 6
                    && !c.line.trim_end().ends_with(['.', '!', '?', '؟', ':', '»', ')'])
                    && {
                        // The keys sorted: those starting with this one follow it (after
                        // its equals), so one binary search instead of a pass over all.
                        let sorted = c.sorted.get_or_init(|| {
                            let mut v: Vec<usize> = (0..c.keys.len()).collect();
                            v.sort_unstable_by(|&a, &b| c.keys[a].cmp(&c.keys[b]));
                            v
                        });
                        let p = sorted.partition_point(|&k| c.keys[k].as_str() <= c.key);
                        sorted.get(p).is_some_and(|&other| c.keys[other].starts_with(c.key))
                    }
            }
            Builtin::NoWords => !c.line.chars().any(riwaya_text::chars::is_alphabetic),
        }
    }
}

/// The comparison form of a line: normalised letters, no leading bullets/emoji/punctuation,
/// single spaces.
fn key(line: &str) -> String {
    if line.is_empty() {
        return String::new();
    }
    let mut n = normalize_str(line);
    let t = n.trim_start_matches(|c: char| !is_alphanumeric(c)).trim_end_matches([' ', ':', '.', '-', '|', '_']);
    if single_spaced(t) {
        // Already one space between words (most lines): cut `n` down to `t` in place.
        let (a, e) = (t.as_ptr() as usize - n.as_ptr() as usize, t.len());
        n.truncate(a + e);
        n.drain(..a);
        return n;
    }
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether `t.split_whitespace()` joined by one space gives `t` back: no whitespace but
/// single ASCII spaces between words (the bytes that can start a non-ASCII space, 0xC2 and
/// 0xE1–0xE3, send the line to the slow path).
fn single_spaced(t: &str) -> bool {
    let b = t.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Branch-free over each byte pair, a chunk at a time (vector code).
    let bad = |c: u8| (c.wrapping_sub(b'\t') < 5) | (c == 0xC2) | (c.wrapping_sub(0xE1) < 3);
    if b.first().is_some_and(|&c| bad(c)) {
        return false;
    }
    let mut i = 0;
    while i + 1 < b.len() {
        let end = (i + 256).min(b.len() - 1);
        let pairs = b[i..end].iter().zip(&b[i + 1..end + 1]);
        if pairs.fold(false, |acc, (&p, &c)| acc | ((p == b' ') & (c == b' ')) | bad(c)) {
            return false;
        }
        i = end;
    }
    true
}

/// "التعليقات (2)" → "التعليقات": an exact marker may carry a count.
fn strip_count(k: &str) -> &str {
    let t = k.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ' ' | '[' | ']'));
    if t.is_empty() {
        k
    } else {
        t
    }
}

/// Letters of the Arabic script and of other scripts, counted on UTF-8 lead bytes: Arabic
/// letters are two-byte sequences led by 0xD8–0xDB; ASCII letters and the two-byte
/// sequences of Latin, Greek, Cyrillic… (leads 0xC3–0xD7) count as other scripts. Exact
/// enough to tell a spam line from an Arabic one, and one pass over bytes.
fn script_counts(s: &str) -> (usize, usize) {
    script_counts_bytes(s.as_bytes())
}

fn script_counts_bytes(s: &[u8]) -> (usize, usize) {
    // Branch-free byte sums in chunks small enough for byte counters: vector code.
    let (mut ar, mut la) = (0usize, 0usize);
    for chunk in s.chunks(255) {
        let (mut a, mut l) = (0u8, 0u8);
        for &b in chunk {
            a += (b & 0xFC == 0xD8) as u8;
            l += ((b | 0x20).wrapping_sub(b'a') < 26) as u8 | (b.wrapping_sub(0xC3) < 0x15) as u8;
        }
        ar += a as usize;
        la += l as usize;
    }
    (ar, la)
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF | 0x3030 | 0x303D)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod byte_scan_tests {
    /// The branch-free counts are the byte classes' counts, for every byte.
    #[test]
    fn script_counts_by_byte_class() {
        for b in 0u8..=255 {
            let want = match b {
                0xD8..=0xDB => (1, 0),
                b'a'..=b'z' | b'A'..=b'Z' | 0xC3..=0xD7 => (0, 1),
                _ => (0, 0),
            };
            assert_eq!(super::script_counts_bytes(&[b]), want, "{b:#x}");
        }
        assert_eq!(super::script_counts("قال abc é"), (3, 4));
        // Past one chunk of byte counters.
        assert_eq!(super::script_counts(&"قal".repeat(300)), (300, 600));
    }

    /// The pairwise scan answers as the byte-by-byte one did.
    #[test]
    fn single_spaced_as_before() {
        fn old(t: &str) -> bool {
            let b = t.as_bytes();
            if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
                return false;
            }
            let mut prev_space = false;
            for &c in b {
                match c {
                    b' ' if prev_space => return false,
                    b' ' => prev_space = true,
                    b'\t'..=b'\r' | 0xC2 | 0xE1..=0xE3 => return false,
                    _ => prev_space = false,
                }
            }
            true
        }
        let parts = ["قال", " ", "  ", "a", "\t", "\n", "\u{a0}", "«", "\u{2003}", "\u{1680}", "\u{3000}", "x y", ".", "ـ"];
        let mut cases: Vec<String> = vec![String::new()];
        for a in parts {
            for b in parts {
                for c in parts {
                    cases.push(format!("{a}{b}{c}"));
                    cases.push(format!("{}{a}{b}{c}", "كلمة ".repeat(60)));
                    cases.push(format!("{a}{}{b}{c}", " كلمة".repeat(90)));
                }
            }
        }
        for t in &cases {
            assert_eq!(super::single_spaced(t), old(t), "{t:?}");
        }
        assert_eq!(super::script_counts(&"قal".repeat(300)), (300, 600));
    }
}
