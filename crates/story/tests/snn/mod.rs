//! Reads SaudiNewsNet day archives (`../shared/data/saudinewsnet/*.zip`: one JSON array per
//! day, records with `source`, `url`, `date_extracted`, `title`, `content`) into Articles.
//! Shared by the B-cubed test and the bench example.
#![allow(dead_code)]

use riwaya_model::{Article, Origin, SourceFormat};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The data folder, when present: `$RIWAYA_SHARED/data/saudinewsnet` or `../shared/…` from
/// the repository root.
pub fn data_dir() -> Option<PathBuf> {
    let mut cands = Vec::new();
    if let Ok(s) = std::env::var("RIWAYA_SHARED") {
        cands.push(PathBuf::from(s).join("data/saudinewsnet"));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    cands.push(root.join("../shared/data/saudinewsnet"));
    cands.push(root.join("shared/data/saudinewsnet"));
    cands.into_iter().find(|p| p.is_dir())
}

/// Articles of the given days (`2015-08-06`), or of every day when `days` is empty, in
/// file order. Ids are URLs (a repeated URL gets `#2`, `#3`…).
pub fn load(dir: &Path, days: &[&str]) -> Vec<Article> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read data dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "zip"))
        .filter(|p| days.is_empty() || days.iter().any(|d| p.file_stem().is_some_and(|s| s == *d)))
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for f in files {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&f).expect("open zip")).expect("zip");
        for i in 0..z.len() {
            let mut e = z.by_index(i).expect("zip entry");
            let mut s = String::new();
            e.read_to_string(&mut s).expect("utf-8 json");
            let v: Vec<serde_json::Value> = serde_json::from_str(&s).expect("json array");
            for (k, r) in v.into_iter().enumerate() {
                let g = |n: &str| r.get(n).and_then(|x| x.as_str()).map(str::to_string);
                let url = g("url").unwrap_or_else(|| format!("{}#{k}", f.display()));
                let mut id = url.clone();
                let mut n = 1;
                while !seen.insert(id.clone()) {
                    n += 1;
                    id = format!("{url}#{n}");
                }
                out.push(Article {
                    id,
                    outlet: g("source"),
                    url: Some(url),
                    published: g("date_extracted").map(|d| d.chars().take(10).collect()),
                    title: g("title"),
                    text: g("content").unwrap_or_default(),
                    removed: Vec::new(),
                    mentions: Vec::new(),
                    claims: Vec::new(),
                    dates: Vec::new(),
                    events: Vec::new(),
                    framing: Vec::new(),
                    provenance: Default::default(),
                    origin: Origin { path: f.display().to_string(), entry: None, record: Some(k as u64) },
                    format: SourceFormat::Json,
                });
            }
        }
    }
    out
}
