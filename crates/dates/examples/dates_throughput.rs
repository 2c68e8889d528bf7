//! Words per second of `find_dates` over SaudiNewsNet (or the built-in sample):
//! `cargo run --release -p riwaya-dates --example dates_throughput [-- MAX_WORDS] [--dump FILE]`
//! With `--dump FILE`, writes every expression as JSON lines for inspection.
use std::io::Write;
use std::time::Instant;

#[path = "../benches/snn.rs"]
mod snn;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let max = args.iter().find_map(|a| a.parse::<usize>().ok());
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let (arts, src) = snn::load(max);
    let words: usize = arts
        .iter()
        .map(|a| a.content.split_whitespace().count())
        .sum();
    let bytes: usize = arts.iter().map(|a| a.content.len()).sum();
    // warm-up
    for a in arts.iter().take(200) {
        std::hint::black_box(riwaya_dates::find_dates(&a.content, a.published));
    }
    let t = Instant::now();
    let mut found = 0usize;
    let mut resolved = 0usize;
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for a in &arts {
        let v = riwaya_dates::find_dates(&a.content, a.published);
        found += v.len();
        for e in &v {
            resolved += e.date_string().is_some() as usize;
            *kinds.entry(e.kind).or_default() += 1;
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!("corpus: {src}");
    println!("articles: {}  words: {words}  bytes: {bytes}", arts.len());
    println!(
        "time: {s:.3} s  words/s: {:.0}  MB/s: {:.1}",
        words as f64 / s,
        bytes as f64 / s / 1e6
    );
    println!("expressions: {found}  resolved: {resolved}");
    println!("by kind: {kinds:?}");
    if let Some(path) = dump {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create dump"));
        for (i, a) in arts.iter().enumerate() {
            for e in riwaya_dates::find_dates(&a.content, a.published) {
                let ctx_s = a.content.floor_char_boundary(e.start.saturating_sub(60));
                let ctx_e = a
                    .content
                    .ceil_char_boundary((e.end + 40).min(a.content.len()));
                writeln!(
                    f,
                    "{}",
                    serde_json::json!({"article": i, "published": a.published.map(|d| d.to_string()), "text": e.text,
                        "date": e.date_string(), "kind": e.kind, "context": &a.content[ctx_s..ctx_e]})
                )
                .unwrap();
            }
        }
    }
}
