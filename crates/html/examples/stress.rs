//! Times `extract` on hostile inputs: `stress [CASE]` (env DEPTH sets the nesting of the
//! deep cases; PARSE_ONLY=1 times the HTML parse alone).
use std::time::Instant;
fn main() {
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("garbage", (0..200_000u32).map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('x')).collect()),
        ("deep100k", "<div>".repeat(n_deep()) + "نص" + &"</div>".repeat(n_deep())),
        ("deep-unclosed", "<b><i>".repeat(200_000)),
        ("50MB-line", "<p>".to_string() + &"كلمة word ".repeat(50 * 1024 * 1024 / 15) + "</p>"),
        ("wide-8MB", "<div><p>كلمة في فقرة قصيرة</p><a href='/x'>رابط</a></div>".repeat(8 * 1024 * 1024 / 80)),
        ("depth-1400", "<div>".repeat(1400) + "<p>نص</p>" + &"</div>".repeat(1400)),
        ("table-nest", "<table><tr><td>".repeat(20_000)),
    ];
    let only = std::env::args().nth(1);
    for (name, html) in cases {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let t = Instant::now();
        if std::env::var("PARSE_ONLY").is_ok() {
            let d = trafilatura::dom::Document::parse(&html);
            println!("{name}: parse {:?}", t.elapsed());
            drop(d);
            continue;
        }
        let a = riwaya_html::extract(&html, Some("https://example.org/a"));
        println!("{name}: len={} text={} in {:?}", html.len(), a.text.len(), t.elapsed());
    }
}

fn n_deep() -> usize {
    std::env::var("DEPTH").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000)
}
