//! Inline SVG range plots: one horizontal bar per source for one figure, on a log scale
//! (figures in one story run from "a few" to "thousands"). No scripts, no external assets.

use crate::html::esc;
pub use riwaya_stories::value_words;

/// One source's value for a figure.
pub struct Bar<'a> {
    pub label: &'a str,
    pub low: Option<u64>,
    pub high: Option<u64>,
    /// Vague or approximate values are drawn hatched.
    pub soft: bool,
    /// Part of a contradiction: drawn in the warning colour.
    pub flagged: bool,
    /// Where the bar links (the claim's sentence).
    pub href: &'a str,
}

/// A figure above this counts more people or things than there are (more than the
/// world's population): it is shown as a number but never plotted, and the plot says so.
pub const ABSURD: u64 = 10_000_000_000;

const W: f64 = 560.0;
const LABEL: f64 = 190.0;
const ROW: f64 = 22.0;

fn scale(max: f64) -> impl Fn(f64) -> f64 {
    let top = (max.max(1.0) * 1.3).log10();
    move |v: f64| LABEL + 10.0 + (W - LABEL - 30.0) * ((v.max(1.0)).log10() / top.max(0.5))
}

/// At most `n` characters, an ellipsis marking the cut (labels sit in a fixed column).
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(std::iter::once('…')).collect()
    }
}

/// The plot for one figure. Open-ended values ("أكثر من 250") run to the right edge with
/// an arrow; "لا يتجاوز 20" starts at 1.
pub fn range_plot(title: &str, bars: &[Bar]) -> String {
    let absurd = |b: &Bar| b.low.is_some_and(|v| v > ABSURD) || b.high.is_some_and(|v| v > ABSURD);
    let max = bars.iter().filter(|b| !absurd(b)).flat_map(|b| [b.low, b.high]).flatten().max().unwrap_or(1) as f64;
    let x = scale(max);
    let h = ROW * bars.len() as f64 + 34.0;
    let mut s = format!(
        r#"<svg class="range" role="img" viewBox="0 0 {W} {h}" width="{W}" height="{h}" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"#,
        esc(title)
    );
    // Axis ticks at powers of ten (at most up to ABSURD, so the loop always ends).
    let mut t = 1u64;
    while (t as f64) <= max * 1.3 && t <= ABSURD {
        let tx = x(t as f64);
        s += &format!(
            r##"<line x1="{tx:.1}" x2="{tx:.1}" y1="4" y2="{:.1}" stroke="#ccc"/><text x="{tx:.1}" y="{:.1}" font-size="10" text-anchor="middle" fill="#666">{t}</text>"##,
            h - 18.0,
            h - 6.0
        );
        t = t.saturating_mul(10);
    }
    for (i, b) in bars.iter().enumerate() {
        let y = 8.0 + ROW * i as f64;
        if absurd(b) {
            s += &format!(
                r##"<a href="{}"><text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end">{}</text><text x="{:.1}" y="{:.1}" font-size="12" fill="#c0392b">{} — implausible figure, not plotted</text></a>"##,
                esc(b.href),
                LABEL,
                y + 11.0,
                esc(&short(b.label, 30)),
                LABEL + 10.0,
                y + 11.0,
                esc(&value_words(b.low, b.high))
            );
            continue;
        }
        let (lo, hi) = (b.low.unwrap_or(1) as f64, b.high.map(|v| v as f64));
        let x0 = x(lo);
        let x1 = hi.map(&x).unwrap_or(W - 14.0).max(x0 + 3.0);
        let colour = if b.flagged { "#c0392b" } else { "#2c6fbb" };
        let fill = if b.soft { format!("url(#soft-{})", if b.flagged { "red" } else { "blue" }) } else { colour.to_string() };
        s += &format!(
            r#"<a href="{}"><text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="{x0:.1}" y="{y:.1}" width="{:.1}" height="14" fill="{fill}" stroke="{colour}"><title>{}</title></rect>"#,
            esc(b.href),
            LABEL,
            y + 11.0,
            esc(&short(b.label, 30)),
            x1 - x0,
            esc(&value_words(b.low, b.high))
        );
        if hi.is_none() {
            s += &format!(r#"<path d="M{:.1},{:.1} l8,7 l-8,7 z" fill="{colour}"/>"#, x1, y);
        }
        s += "</a>";
    }
    s += r##"<defs><pattern id="soft-blue" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#2c6fbb"/></pattern><pattern id="soft-red" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#c0392b"/></pattern></defs></svg>"##;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plot_escapes_and_draws_each_bar() {
        let bars = [
            Bar { label: "<b>X</b>", low: Some(20), high: Some(99), soft: true, flagged: false, href: "#c1" },
            Bar { label: "Y", low: Some(900), high: None, soft: false, flagged: true, href: "#c2" },
        ];
        let s = range_plot("escaped", &bars);
        assert!(s.contains("&lt;b&gt;X&lt;/b&gt;"));
        assert!(!s.contains("<b>"));
        assert_eq!(s.matches("<rect x=").count(), 2);
        assert!(s.contains("#c0392b"));
        assert_eq!(value_words(Some(900), None), "≥ 900");
    }

    #[test]
    fn absurd_figures_are_flagged_not_plotted_and_the_axis_ends() {
        let bars = [
            Bar { label: "A", low: Some(18_000_000_000_000_000_000), high: Some(u64::MAX), soft: false, flagged: false, href: "#a" },
            Bar { label: "B", low: Some(u64::MAX), high: None, soft: false, flagged: false, href: "#b" },
            Bar { label: "C", low: Some(12), high: Some(12), soft: false, flagged: false, href: "#c" },
        ];
        let s = range_plot("t", &bars);
        assert_eq!(s.matches("<rect x=").count(), 1);
        assert_eq!(s.matches("not plotted").count(), 2);
        // Only plausible figures alone: the ticks stop at the largest power of ten needed.
        let s = range_plot("t", &bars[..2]);
        assert!(s.matches("<line ").count() <= 11, "{s}");
    }
}
