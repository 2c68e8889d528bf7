//! Names found by their shape beyond the lexicon, in small pieces kept out of lib.rs: a
//! name's core without the judgement after it, outlets named «X نيوز» or in Latin
//! capitals, people named right after a verb of saying.

use std::collections::HashSet;

/// The end of a name's core: `e` moved back over the judging adjectives that close it
/// («تنظيم الجهاد الإسلامي الإرهابي» is «الجهاد الإسلامي»), never past its first word.
pub(crate) fn judged_end<S: std::hash::BuildHasher>(m: &str, s: usize, mut e: usize, descriptors: &HashSet<String, S>) -> usize {
    while let Some(sp) = m[s..e].rfind(' ') {
        let last = &m[s + sp + 1..e];
        if !descriptors.contains(last) {
            break;
        }
        e = s + sp;
    }
    e
}

/// The words of `text` not in `drop`, joined by spaces.
pub(crate) fn without_words<S: std::hash::BuildHasher>(text: &str, drop: &HashSet<String, S>) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split(' ').filter(|w| !w.is_empty() && !drop.contains(*w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The shorter forms of a definite body's name that still name it: the name less its last
/// nisbas or judging words, two words or more left («المجلس الرئاسي الليبي» →
/// «المجلس الرئاسي»; «الحكومة اللبنانية» has none: «الحكومة» alone is any government).
pub(crate) fn shorter_forms<'a, S: std::hash::BuildHasher>(name: &'a str, descriptors: &HashSet<String, S>) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut e = name.len();
    while let Some(sp) = name[..e].rfind(' ') {
        let last = &name[sp + 1..e];
        if !(crate::is_adjective(last) || descriptors.contains(last)) {
            break;
        }
        e = sp;
        if !name[..e].contains(' ') {
            break;
        }
        out.push(&name[..e]);
    }
    out
}
