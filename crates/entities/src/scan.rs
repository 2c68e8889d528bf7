//! Lexicon matching: walks the folded text word by word (also after one or two
//! proclitics) through the anchored automaton, reporting every key that ends a word.

use super::*;

impl Recognizer {
    /// Strips one proclitic pair (و ف then ب ل ك) when the rest is a word of `set`.
    pub(crate) fn bare<'a>(&self, w: &'a str) -> &'a str {
        for p in ["و", "ف"] {
            if let Some(r) = w.strip_prefix(p) {
                if r.len() >= 4 && self.quick.report_verbs.maybe(r) && self.report_verbs.contains(r) {
                    return r;
                }
            }
        }
        w
    }

    /// Calls `f(start, end, proclitic, pattern)` for every key that starts a word of `m`
    /// (after no proclitic, or after one of و ف ب ل ك and their pairs) and ends one.
    pub(crate) fn scan(&self, m: &str, mut f: impl FnMut(usize, usize, &str, usize)) {
        let b = m.as_bytes();
        let n = b.len();
        let dfa = &self.dfa;
        let start = dfa.start_state(Anchored::Yes).expect("anchored start");
        let walk = |from: usize, ws: usize, f: &mut dyn FnMut(usize, usize, &str, usize)| {
            let mut sid = start;
            let mut i = from;
            while i < n {
                sid = dfa.next_state(Anchored::Yes, sid, b[i]);
                i += 1;
                if dfa.is_special(sid) {
                    if dfa.is_dead(sid) {
                        break;
                    }
                    if dfa.is_match(sid) && (i == n || !next_char(m, i).is_some_and(is_word_char)) {
                        for k in 0..dfa.match_len(sid) {
                            let pid = dfa.match_pattern(sid, k);
                            if dfa.pattern_len(pid) == i - from {
                                f(from, i, &m[ws..from], pid.as_usize());
                            }
                        }
                    }
                }
            }
        };
        let bloom = |x: usize, e: usize| {
            let h = word_hash(&b[x..e]);
            self.first_words[h >> 6] & (1u64 << (h & 63)) != 0
        };
        let is = |j: usize, set: &[&str]| j + 2 <= n && set.iter().any(|x| &b[j..j + 2] == x.as_bytes());
        let mut i = 0;
        while i < n {
            // Skip to the next word.
            let (w, len) = word_char_at(b, i);
            if !w {
                i += len;
                continue;
            }
            let ws = i;
            let we = word_end(m, ws);
            if bloom(ws, we) {
                walk(ws, ws, &mut f);
            }
            // After one or two proclitic letters.
            if len == 2 && is(ws, &["و", "ف", "ب", "ل", "ك"]) && ws + 2 < we {
                if bloom(ws + 2, we) {
                    walk(ws + 2, ws, &mut f);
                }
                if is(ws, &["و", "ف"]) && is(ws + 2, &["ب", "ل", "ك"]) && ws + 4 < we && bloom(ws + 4, we) {
                    walk(ws + 4, ws, &mut f);
                }
            }
            i = we;
        }
    }
}
