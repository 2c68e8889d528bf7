//! The article-extraction benchmark (181 real pages in ../shared), scored like
//! `shared/eval/score.py extraction`. Skipped, with a note, when the data is absent.
use std::io::Read;
use std::path::PathBuf;

#[test]
fn benchmark_f1_at_least_0_95() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/article-extraction-benchmark"));
    let Ok(truth) = std::fs::read(dir.join("ground-truth.json")) else {
        eprintln!("note: {} is absent; benchmark test skipped", dir.display());
        return;
    };
    let truth: serde_json::Value = serde_json::from_slice(&truth).unwrap();
    let truth = truth.as_object().unwrap();
    let mut pairs = Vec::new();
    for (key, page) in truth {
        let path = dir.join("html").join(format!("{key}.html.gz"));
        let mut html = Vec::new();
        if let Ok(f) = std::fs::File::open(&path) {
            flate2::read::GzDecoder::new(f).read_to_end(&mut html).unwrap();
        }
        let url = page.get("url").and_then(|u| u.as_str());
        let text = riwaya_html::extract(&String::from_utf8_lossy(&html), url).text;
        let gold = page.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_string();
        pairs.push((gold, text));
    }
    let (p, r, f1) = riwaya_html::score::corpus_scores(pairs.iter().map(|(g, t)| (g.as_str(), t.as_str())));
    eprintln!("benchmark: {} pages, precision {p:.3}, recall {r:.3}, F1 {f1:.3}", pairs.len());
    assert_eq!(pairs.len(), 181);
    assert!(f1 >= 0.95, "F1 {f1:.3} < 0.95 (precision {p:.3}, recall {r:.3})");
}
