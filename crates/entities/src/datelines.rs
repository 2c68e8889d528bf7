//! Outlets named by the page: a dateline's outlet («بيروت - هلا نيوز»), one in brackets,
//! and agencies' initials («أ ف ب»).

use super::*;

impl Recognizer {
    /// Datelines that name the outlet: a line that starts with one to three name words and
    /// a dash, then a sentence of five words or more («سرايا - أكدت وكالة سانا …»), or a
    /// line that is only a known place, a dash and the name («رام الله – المواطن»). Page
    /// words («عاجل», «خاص») and frequent single words are no outlet.
    pub(crate) fn dateline_outlets(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize)> {
        let dash = |a: usize, b: usize| matches!(m[a..b].trim(), "-" | "–" | "—" | "ـ");
        let known = |s: usize| sel.iter().find(|f| f.span_s == s);
        let mut out = Vec::new();
        let mut prev_end: Option<usize> = None;
        let mut at = 0;
        let mut cur = 0;
        for &w in words {
            if w.s < at {
                continue;
            }
            at = w.e;
            let line_start = prev_end.is_none_or(|pe| p.line_break_seq(pe, w.s, &mut cur));
            prev_end = Some(w.e);
            if !line_start {
                continue;
            }
            // The line's words, up to the dash (at most three).
            let mut line: Vec<W> = vec![w];
            let mut start = w;
            // «رام الله – المواطن»: a known place first.
            if let Some(f) = known(w.s) {
                let place = matches!(&f.ent, EntId::Lex(i) if self.ents[*i as usize].place);
                let Some(x) = next_word(m, f.e).filter(|x| place && dash(f.e, x.s) && !p.line_break(f.e, x.s)) else { continue };
                start = x;
                line = vec![x];
            }
            let mut end_w = start;
            while line.len() <= 3 {
                let Some(x) = next_word(m, end_w.e) else { break };
                if p.line_break(end_w.e, x.s) || !x.tight {
                    break;
                }
                line.push(x);
                end_w = x;
            }
            // The name ends before the dash.
            let Some(k) = (0..line.len().min(3)).find(|&k| next_word(m, line[k].e).is_some_and(|x| dash(line[k].e, x.s) && !p.line_break(line[k].e, x.s)) || (start.s != w.s && next_word(m, line[k].e).is_none_or(|x| p.line_break(line[k].e, x.s)))) else { continue };
            let (s, e) = (start.s, line[k].e);
            let name = &m[s..e];
            let ok_word = |t: &str| self.name_word(t) && !self.page_words.contains(t) && !t.bytes().any(|b| b.is_ascii_digit());
            let first_ok = name.split(' ').next().is_some_and(ok_word);
            let rest_ok = name.split(' ').skip(1).all(|t| !self.stop.contains(t) && !t.bytes().any(|b| b.is_ascii_digit()));
            if !first_ok || !rest_ok || !occ.free(s, e) || sel.iter().any(|f| f.span_s < e && s < f.e) {
                continue;
            }
            // «حاتم العميري- سبق- جدة»: a reporter's byline.
            if self.first_names.contains(name.split(' ').next().unwrap_or("")) {
                continue;
            }
            // «(كونا) – أعلن …»: a word in brackets is a name however frequent it is.
            let bracketed = s > 0 && p.is_quote(s - 1) && p.is_quote(e);
            if k == 0 && (self.common.contains(name) || (!bracketed && self.news_df.get(name.strip_prefix("ال").unwrap_or(name)).is_some_and(|&n| n >= 300))) {
                continue;
            }
            // A sentence after the dash, on the same line (not for the «place – name» line).
            if start.s == w.s {
                let mut n = 0;
                let mut pos = e;
                while let Some(x) = next_word(m, pos) {
                    if p.line_break(pos, x.s) || n >= 5 {
                        break;
                    }
                    n += 1;
                    pos = x.e;
                }
                if n < 5 {
                    continue;
                }
            }
            out.push((s, e));
        }
        out
    }

    /// «أتلانتا، الولايات المتحدة (CNN) – …»: a dateline's places, then the outlet in
    /// brackets and a dash. One to three words, Latin or not frequent in news.
    pub(crate) fn bracketed_dateline_outlets(&self, m: &str, p: &Prepared, sel: &[Found], occ: &Occ) -> Vec<(usize, usize)> {
        let qs = p.quotes();
        let mut out = Vec::new();
        for k in 0..qs.len().saturating_sub(1) {
            let (qo, qc) = (qs[k] as usize, qs[k + 1] as usize);
            if qc <= qo + 1 || qc - qo > 40 || !m.is_char_boundary(qo + 1) {
                continue;
            }
            // A known place right before the bracket, a dash right after it.
            if !sel.iter().any(|f| f.e == qo && matches!(f.ent, EntId::Lex(i) if self.ents[i as usize].place)) {
                continue;
            }
            let after = m[qc..].trim_start();
            if !["-", "–", "—"].iter().any(|d| after.starts_with(d)) {
                continue;
            }
            let (s, e) = (qo + 1, qc);
            let inner = &m[s..e];
            let ws: Vec<&str> = inner.split(' ').collect();
            let ok = ws.len() <= 3
                && ws.iter().all(|w| {
                    if w.is_ascii() {
                        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphanumeric())
                    } else {
                        self.name_word(w) && !self.stop.contains(*w) && !self.common.contains(*w) && !self.page_words.contains(*w)
                    }
                });
            if ok && occ.free(s, e) && !sel.iter().any(|f| f.span_s < e && s < f.e) {
                out.push((s, e));
            }
        }
        out
    }

    /// Agencies named by their initials, Arabic letters spelled one a word: three or more
    /// («د ب أ»), or two between brackets, quotes or line ends («(أ ب)»); «تي في» after
    /// them is the agency's television («أ ف ب تي في»).
    pub(crate) fn initials_outlets(&self, m: &str, p: &Prepared, words: &[W], sel: &[Found], occ: &Occ) -> Vec<(usize, usize, usize)> {
        let letter = |w: &W| {
            let mut c = m[w.s..w.e].chars();
            matches!((c.next(), c.next()), (Some(x), None) if ('\u{0621}'..='\u{064A}').contains(&x))
        };
        let edge = |a: usize, b: usize| a == b || (a..b).any(|i| p.is_quote(i)) || p.line_break(a, b);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if !letter(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && letter(&words[j]) && words[j].tight && !p.is_quote(words[j - 1].e) {
                j += 1;
            }
            let (s, mut e) = (words[i].s, words[j - 1].e);
            let before = if i == 0 { true } else { edge(words[i - 1].e, s) };
            let after = words.get(j).is_none_or(|w| edge(e, w.s)) || m[e..].trim_start().starts_with(['.', '،', ',', ':']);
            let n = j - i;
            // «البند أ و ب»: «و» inside is «and».
            let and = words[i + 1..j].iter().any(|w| &m[w.s..w.e] == "و");
            if !and && (n >= 3 || (n == 2 && before && after)) {
                let letters_end = e;
                if let (Some(a), Some(b)) = (words.get(j), words.get(j + 1)) {
                    if a.tight && b.tight && &m[a.s..a.e] == "تي" && &m[b.s..b.e] == "في" {
                        e = b.e;
                    }
                }
                if occ.free(s, e) && !sel.iter().any(|f| f.s < e && s < f.e) {
                    out.push((s, letters_end, e));
                }
            }
            i = j;
        }
        out
    }
}
