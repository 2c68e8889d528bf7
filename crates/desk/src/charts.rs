//! Offline SVG: a figure's evolution over time per source, and a map of a story's places on
//! country outlines compiled into the binary (`assets/countries.tsv`, built by
//! `scripts/map/build.py`). Labels are escaped; nothing is fetched.

use crate::text::{day_number, esc, short, value};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// One report of a figure: when, by whom, how many.
pub struct Point<'a> {
    pub date: &'a str,
    pub series: String,
    pub low: u64,
    pub high: Option<u64>,
    pub href: String,
}

const COLOURS: [&str; 8] = ["#2c6fbb", "#c0392b", "#1e7d4f", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"];
/// Values above this are not plotted (no count of people or things is that large).
const ABSURD: u64 = 10_000_000_000;

/// Step lines per source: x the day, y the value (log scale), a vertical bar for a range.
/// Returns `None` when fewer than one dated, plottable report.
pub fn evolution(title: &str, points: &[Point]) -> Option<String> {
    let pts: Vec<(&Point, i64)> = points.iter().filter(|p| p.low <= ABSURD && p.high.is_none_or(|h| h <= ABSURD)).filter_map(|p| day_number(p.date).map(|d| (p, d))).collect();
    if pts.is_empty() {
        return None;
    }
    let (w, h, left, right, top, bottom) = (640.0, 220.0, 56.0, 170.0, 14.0, 30.0);
    let d0 = pts.iter().map(|p| p.1).min()?;
    let d1 = pts.iter().map(|p| p.1).max()?.max(d0 + 1);
    let vmax = pts.iter().map(|(p, _)| p.high.unwrap_or(p.low).max(p.low)).max().unwrap_or(1).max(1) as f64;
    let ltop = (vmax * 1.5).log10().max(1.0);
    let x = |d: i64| left + (w - left - right) * (d - d0) as f64 / (d1 - d0) as f64;
    let y = |v: u64| h - bottom - (h - top - bottom) * ((v.max(1) as f64).log10() / ltop);
    let mut s = format!(
        r#"<svg class="evolution" role="img" viewBox="0 0 {w} {h}" width="{w}" height="{h}" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"#,
        esc(title)
    );
    let mut t = 1u64;
    while (t as f64) <= vmax * 1.5 && t <= ABSURD {
        let _ = write!(s, r##"<line x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#e3e7ee"/><text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#666">{t}</text>"##, w - right, y(t), y(t), left - 4.0, y(t) + 3.0);
        t = t.saturating_mul(10);
    }
    for (d, anchor) in [(d0, "start"), (d1, "end")] {
        let label = pts.iter().find(|p| p.1 == d).map(|p| p.0.date.get(..10).unwrap_or("")).unwrap_or("");
        let _ = write!(s, r##"<text x="{:.1}" y="{:.1}" font-size="10" text-anchor="{anchor}" fill="#666">{}</text>"##, x(d), h - 10.0, esc(label));
    }
    let mut series: Vec<String> = Vec::new();
    for (p, _) in &pts {
        if !series.contains(&p.series) {
            series.push(p.series.clone());
        }
    }
    for (si, name) in series.iter().enumerate() {
        let c = COLOURS[si % COLOURS.len()];
        let mut mine: Vec<&(&Point, i64)> = pts.iter().filter(|p| &p.0.series == name).collect();
        mine.sort_by_key(|p| p.1);
        if mine.len() > 1 {
            let mut path = String::new();
            for (i, (p, d)) in mine.iter().enumerate() {
                let (px, py) = (x(*d), y(mid(p)));
                if i == 0 {
                    let _ = write!(path, "M{px:.1},{py:.1}");
                } else {
                    let _ = write!(path, " H{px:.1} V{py:.1}");
                }
            }
            let _ = write!(s, r#"<path d="{path}" fill="none" stroke="{c}" stroke-width="1.5"/>"#);
        }
        for (p, d) in &mine {
            let px = x(*d);
            if let Some(hi) = p.high.filter(|&hi| hi > p.low) {
                let _ = write!(s, r#"<line x1="{px:.1}" x2="{px:.1}" y1="{:.1}" y2="{:.1}" stroke="{c}" stroke-width="3" opacity=".5"/>"#, y(p.low), y(hi));
            }
            let _ = write!(
                s,
                r#"<a href="{}"><circle class="pt" cx="{px:.1}" cy="{:.1}" r="4" fill="{c}" data-value="{}"><title>{} — {} ({})</title></circle></a>"#,
                esc(&p.href),
                y(mid(p)),
                mid(p),
                esc(&value(Some(p.low), p.high)),
                esc(name),
                esc(p.date)
            );
        }
        let ly = top + 14.0 * si as f64 + 6.0;
        let _ = write!(
            s,
            r#"<rect x="{:.1}" y="{:.1}" width="10" height="10" fill="{c}"/><text x="{:.1}" y="{:.1}" font-size="11">{}</text>"#,
            w - right + 10.0,
            ly - 8.0,
            w - right + 24.0,
            ly + 1.0,
            esc(&short(name, 24))
        );
    }
    s.push_str("</svg>");
    Some(s)
}

fn mid(p: &Point) -> u64 {
    match p.high {
        Some(h) if h > p.low => ((p.low as f64 * h as f64).sqrt()) as u64,
        _ => p.low,
    }
}

/// A place on the map.
pub struct Spot {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub count: usize,
}

/// Whether a place lies within the outlines the map carries (the Middle East and North
/// Africa, as `scripts/map/build.py` cuts them).
pub fn on_map(s: &Spot) -> bool {
    (-25.0..=70.0).contains(&s.lon) && (0.0..=48.0).contains(&s.lat)
}

struct Country {
    rings: Vec<Vec<(f32, f32)>>,
    bbox: (f32, f32, f32, f32),
}

fn countries() -> &'static [Country] {
    static C: OnceLock<Vec<Country>> = OnceLock::new();
    C.get_or_init(|| {
        include_str!("../assets/countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(_, rings)| {
                let rings: Vec<Vec<(f32, f32)>> = rings
                    .split(';')
                    .map(|r| r.split(' ').filter_map(|p| p.split_once(',')).filter_map(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))).collect())
                    .collect();
                let mut bbox = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
                for &(x, y) in rings.iter().flatten() {
                    bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
                }
                Country { rings, bbox }
            })
            .collect()
    })
}

/// The places on country outlines (equirectangular, the view fitted to the places with a
/// margin). `None` without places.
pub fn map(spots: &[Spot]) -> Option<String> {
    if spots.is_empty() {
        return None;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in spots {
        (x0, y0, x1, y1) = (x0.min(p.lon), y0.min(p.lat), x1.max(p.lon), y1.max(p.lat));
    }
    let pad = ((x1 - x0).max(y1 - y0) * 0.25).max(2.5);
    let (x0, x1, y0, y1) = (x0 - pad, x1 + pad, y0 - pad, y1 + pad);
    let (w, h) = (560.0, 560.0 * (y1 - y0) / (x1 - x0));
    let h = h.clamp(200.0, 560.0);
    let sx = w / (x1 - x0);
    let sy = h / (y1 - y0);
    let px = |lon: f64| (lon - x0) * sx;
    let py = |lat: f64| (y1 - lat) * sy;
    let mut s = format!(r##"<svg class="map" role="img" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title>Places</title><rect width="100%" height="100%" fill="#dfeaf5"/>"##);
    for c in countries() {
        let (a, b, cx, d) = c.bbox;
        if (cx as f64) < x0 || (a as f64) > x1 || (d as f64) < y0 || (b as f64) > y1 {
            continue;
        }
        s.push_str(r##"<path fill="#f4f1ea" stroke="#9aa3ad" stroke-width=".7" d=""##);
        for r in &c.rings {
            for (i, &(lon, lat)) in r.iter().enumerate() {
                let _ = write!(s, "{}{:.1},{:.1}", if i == 0 { "M" } else { "L" }, px(lon as f64), py(lat as f64));
            }
            s.push('Z');
        }
        s.push_str("\"/>");
    }
    let mut by_count: Vec<usize> = spots.iter().map(|p| p.count).collect();
    by_count.sort_unstable_by(|a, b| b.cmp(a));
    // Labels for the most named places only (the rest keep their tooltip).
    let label_min = by_count.get(7).copied().unwrap_or(0);
    let mut placed: Vec<(f64, f64)> = Vec::new();
    let most = spots.iter().map(|p| p.count).max().unwrap_or(1).max(1) as f64;
    for p in spots {
        let r = 3.0 + 6.0 * (p.count as f64 / most).sqrt();
        let _ = write!(
            s,
            r##"<circle class="place" cx="{:.1}" cy="{:.1}" r="{r:.1}" fill="#c0392b" fill-opacity=".75" stroke="#fff"><title>{} ({})</title></circle>"##,
            px(p.lon),
            py(p.lat),
            esc(&p.name),
            p.count,
        );
        let (lx, ly) = (px(p.lon) + r + 2.0, py(p.lat) + 4.0);
        if p.count >= label_min && !placed.iter().any(|&(x, y): &(f64, f64)| (x - lx).abs() < 80.0 && (y - ly).abs() < 13.0) {
            placed.push((lx, ly));
            let _ = write!(s, r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#1d2430">{}</text>"##, lx, ly, esc(&short(&p.name, 28)));
        }
    }
    s.push_str("</svg>");
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evolution_draws_a_point_per_dated_report_and_escapes() {
        let pts = [
            Point { date: "2022-01-20", series: "<b>".into(), low: 800, high: None, href: "/a?x=1&y=2".into() },
            Point { date: "2022-01-22", series: "<b>".into(), low: 20, high: Some(99), href: "#".into() },
            Point { date: "undated", series: "c".into(), low: 5, high: None, href: "#".into() },
            Point { date: "2022-01-23", series: "c".into(), low: u64::MAX, high: None, href: "#".into() },
        ];
        let s = evolution("t", &pts).unwrap();
        assert_eq!(s.matches("<circle class=\"pt\"").count(), 2);
        assert!(s.contains("&lt;b&gt;") && !s.contains("<b>") && s.contains("&amp;y=2"));
        assert!(evolution("t", &pts[2..]).is_none());
    }

    #[test]
    fn map_has_outlines_and_spots() {
        assert!(countries().len() > 20);
        let s = map(&[Spot { name: "Al-Hasakah".into(), lat: 36.5, lon: 40.75, count: 3 }]).unwrap();
        assert!(s.matches("<path").count() >= 3, "Syria and its neighbours");
        assert_eq!(s.matches("<circle class=\"place\"").count(), 1);
        assert!(map(&[]).is_none());
    }
}
