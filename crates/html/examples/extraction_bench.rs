//! Runs an extraction engine over the article-extraction benchmark and writes a report
//! for `score.py extraction`.
//!
//! ```text
//! cargo run --release -p riwaya-html --example extraction_bench -- \
//!     [--engine riwaya|trafilatura[:precision|:recall][:fallback|:nofallback]] \
//!     [--data DIR] [--out REPORT.json] [--per-page]
//! ```
//! `riwaya` is this crate's [`riwaya_html::extract`]; `trafilatura…` the bare engine with
//! the given settings. (The other candidates, rs-trafilatura, dom_smoothie and
//! readabilityrs, were measured with this example before they were dropped; see
//! bench/html_extraction.md.)
//! `--per-page` prints each page's precision/recall/F1 (computed like score.py), worst first.
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn run_engine(engine: &str, html: &str, url: Option<&str>) -> String {
    match engine {
        "riwaya" => riwaya_html::extract(html, url).text,
        e if e.starts_with("trafilatura") => {
            let mut opts = trafilatura::Options::default();
            for v in e.split(':').skip(1) {
                match v {
                    "precision" => opts.focus = trafilatura::ExtractionFocus::FavorPrecision,
                    "recall" => opts.focus = trafilatura::ExtractionFocus::FavorRecall,
                    "fallback" => opts.enable_fallback = true,
                    "nofallback" => opts.enable_fallback = false,
                    _ => panic!("unknown variant {v}"),
                }
            }
            trafilatura::extract(html, &opts).map(|r| r.content_text).unwrap_or_default()
        }
        other => panic!("unknown engine {other:?}"),
    }
}

fn main() {
    let mut engine = "riwaya".to_string();
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/article-extraction-benchmark"));
    let mut out = PathBuf::from("bench/out/html_report_rust.json");
    let mut per_page = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--engine" => engine = args.next().expect("--engine NAME"),
            "--data" => data = PathBuf::from(args.next().expect("--data DIR")),
            "--out" => out = PathBuf::from(args.next().expect("--out FILE")),
            "--per-page" => per_page = true,
            _ => panic!("unknown argument {a}"),
        }
    }
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(data.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("ground truth JSON");
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("html"))
        .expect("html dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    files.sort();
    // Decompress up front so that only extraction is timed.
    let pages: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let mut gz = flate2::read::GzDecoder::new(std::fs::File::open(p).expect("open"));
            let mut bytes = Vec::new();
            gz.read_to_end(&mut bytes).expect("gunzip");
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    let mut total = Duration::ZERO;
    let mut articles = Vec::new();
    let mut rows = Vec::new();
    for (name, html) in &pages {
        let key = name.trim_end_matches(".gz").trim_end_matches(".html");
        let url = truth.get(key).and_then(|t| t.get("url")).and_then(|u| u.as_str());
        let t0 = Instant::now();
        let text = run_engine(&engine, html, url);
        total += t0.elapsed();
        if per_page {
            let gold = truth.get(key).and_then(|t| t.get("articleBody")).and_then(|b| b.as_str()).unwrap_or("");
            let (p, r) = riwaya_html::score::page_precision_recall(gold, &text);
            rows.push((key.to_string(), p, r, text.len(), gold.len()));
        }
        articles.push(serde_json::json!({"id": name, "text": text}));
    }
    if let Some(dir) = out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(&out, serde_json::to_string(&serde_json::json!({"articles": articles})).unwrap()).expect("write report");
    let secs = total.as_secs_f64();
    if per_page {
        let f = |p: Option<f64>, r: Option<f64>| {
            let (p, r) = (p.unwrap_or(1.0), r.unwrap_or(0.0));
            if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
        };
        rows.sort_by(|a, b| f(a.1, a.2).partial_cmp(&f(b.1, b.2)).unwrap());
        for (k, p, r, tl, gl) in &rows {
            println!("{:.3} p={:?} r={:?} len={} gold={} {}", f(*p, *r), p.map(|x| (x * 1000.0).round() / 1000.0), r.map(|x| (x * 1000.0).round() / 1000.0), tl, gl, &k[..12]);
        }
    }
    println!(
        "engine={engine} pages={} time={:.3}s pages/s={:.1} report={}",
        pages.len(),
        secs,
        pages.len() as f64 / secs,
        out.display()
    );
}
