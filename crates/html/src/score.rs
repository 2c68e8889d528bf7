//! The benchmark's metric, computed the way `shared/eval/score.py extraction` does:
//! multisets of word 4-gram shingles, per-page precision and recall, means over pages,
//! F1 of the means.
use std::collections::HashMap;

/// Word tokens as Python's `re.findall(r"\w+", text)` gives them (near enough: letters,
/// digits and `_`).
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    const N: usize = 4;
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    let n = toks.len().saturating_sub(N - 1).max(1);
    for i in 0..n {
        let end = (i + N).min(toks.len());
        *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// One page's precision and recall. Precision is `None` when nothing was extracted and
/// nothing was expected to be missing... exactly as score.py leaves it out of the mean;
/// recall is `None` when the gold text has no shingles.
pub fn page_precision_recall(gold: &str, predicted: &str) -> (Option<f64>, Option<f64>) {
    let t = shingles(gold);
    let p = shingles(predicted);
    let mut tp = 0usize;
    let mut fn_ = 0usize;
    for (k, &c) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += c.min(pc);
        fn_ += c.saturating_sub(pc);
    }
    let fp: usize = p.iter().map(|(k, &c)| c.saturating_sub(t.get(k).copied().unwrap_or(0))).sum();
    let prec = if tp + fp > 0 {
        Some(tp as f64 / (tp + fp) as f64)
    } else if fn_ == 0 {
        Some(1.0)
    } else {
        None
    };
    let rec = if tp + fn_ > 0 { Some(tp as f64 / (tp + fn_) as f64) } else { None };
    (prec, rec)
}

/// Mean precision, mean recall and F1 of the means over `(gold, predicted)` pairs.
pub fn corpus_scores<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (f64, f64, f64) {
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (g, p) in pairs {
        let (pp, rr) = page_precision_recall(g, p);
        ps.extend(pp);
        rs.extend(rr);
    }
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_text_scores_one() {
        let (p, r) = page_precision_recall("a b c d e f", "a b c d e f");
        assert_eq!((p, r), (Some(1.0), Some(1.0)));
    }

    #[test]
    fn empty_prediction_has_no_precision() {
        let (p, r) = page_precision_recall("one two three four five", "");
        assert_eq!((p, r), (None, Some(0.0)));
    }

    #[test]
    fn short_texts_make_one_short_shingle() {
        let (p, r) = page_precision_recall("قتل ثلاثة", "قتل ثلاثة");
        assert_eq!((p, r), (Some(1.0), Some(1.0)));
    }

    #[test]
    fn half_overlap() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
        let (p, r) = page_precision_recall("a b c d e", "a b c d x");
        assert_eq!((p, r), (Some(0.5), Some(0.5)));
    }
}
