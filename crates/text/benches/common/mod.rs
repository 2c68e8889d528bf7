//! The benchmark text: a fixed sample of SaudiNewsNet articles (title + body), shared by
//! the criterion bench and the `throughput` example so both measure the same text.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Target size of the sample in bytes (the whole set is ~31k articles; this keeps a
/// bench run short while still covering thousands of articles from every outlet).
pub const SAMPLE_BYTES: usize = 20_000_000;

/// Where the zipped SaudiNewsNet JSON lives, relative to the workspace root.
pub fn data_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.join("../shared/data/saudinewsnet")
}

/// Load the sample: zips in name order, members in name order, articles in file order,
/// until `max_bytes`. Falls back to a small built-in text when the folder is missing.
pub fn load(max_bytes: usize) -> Vec<String> {
    let dir = data_dir();
    let mut zips: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "zip"))
            .collect(),
        Err(_) => Vec::new(),
    };
    zips.sort();
    let mut out = Vec::new();
    let mut total = 0;
    'outer: for z in zips {
        let f = std::fs::File::open(&z).expect("open zip");
        let mut ar = zip::ZipArchive::new(f).expect("read zip");
        let mut names: Vec<String> = ar.file_names().map(String::from).collect();
        names.sort();
        for name in names {
            if !name.ends_with(".json") {
                continue;
            }
            let mut s = String::new();
            ar.by_name(&name).expect("member").read_to_string(&mut s).expect("utf-8 json");
            let v: serde_json::Value = serde_json::from_str(&s).expect("json");
            for a in v.as_array().into_iter().flatten() {
                let title = a.get("title").and_then(|x| x.as_str()).unwrap_or("");
                let content = a.get("content").and_then(|x| x.as_str()).unwrap_or("");
                let text = format!("{title}\n{content}");
                total += text.len();
                out.push(text);
                if total >= max_bytes {
                    break 'outer;
                }
            }
        }
    }
    if out.is_empty() {
        out = fallback();
    }
    out
}

/// Whitespace-separated words: the unit for words/s on both the Rust and Python side.
pub fn word_count(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.split_whitespace().count() as u64).sum()
}

fn fallback() -> Vec<String> {
    let base = "قُتل نحو 40 عنصراً وأصيب ثلاثة آخرون، فيما فرّ ما بين 2000-4000 سجين من السجن.\n\
                وقالت مصادر محلية إن العشرات نزحوا من الأحياء الجنوبية إلى ٣٬٥٠٠ خيمة.\n\
                وأكدت الإدارة الذاتية أن أكثر من مئة وخمسين شخصاً سلموا أنفسهم يوم السبت.";
    (0..2000).map(|i| format!("{base} ({i})")).collect()
}
