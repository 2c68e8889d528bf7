//! The seed check: run the extractor over the real seed articles in ../shared and score the
//! report with ../shared/eval/score.py. Skipped (with a note) when ../shared is absent.

mod common;

use riwaya_claims::ClaimExtractor;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The bar the seeds must clear.
const BAR_F1: f64 = 0.9;
const BAR_SUBJECT: f64 = 0.85;
const BAR_ATTRIBUTION: f64 = 0.85;
const BAR_STRICT: f64 = 0.75;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("corpus/seeds").is_dir().then_some(p)
}

#[test]
fn seeds_meet_the_bar() {
    let Some(shared) = shared() else {
        eprintln!("note: ../shared/corpus/seeds not found; seed check skipped");
        return;
    };
    let names = common::names();
    let ex = ClaimExtractor::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus/seeds"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut arts = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let ments = names.mentions(&text);
        let claims = ex.extract(&text, &ments, &|id| names.subject_of(id));
        arts.push(serde_json::json!({
            "id": f.file_name().unwrap().to_string_lossy(),
            "claims": claims,
            "mentions": ments,
        }));
    }
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("claims-seeds-REPORT.json");
    std::fs::write(&out, serde_json::to_string_pretty(&serde_json::json!({ "articles": arts })).unwrap()).unwrap();
    let gold = shared.join("gold/seeds.claims.jsonl");
    let run = |extra: &[&str]| {
        Command::new("python3")
            .arg(shared.join("eval/score.py"))
            .arg("claims")
            .arg(&gold)
            .arg(&out)
            .args(extra)
            .output()
    };
    let Ok(res) = run(&["--per-article", "--json"]) else {
        eprintln!("note: python3 not available; report written to {}", out.display());
        return;
    };
    let stdout = String::from_utf8_lossy(&res.stdout);
    eprintln!("{stdout}");
    let last = stdout.lines().last().expect("scorer output");
    let v: serde_json::Value = serde_json::from_str(last).expect("scorer json");
    let f = |k: &str| v[k].as_f64().unwrap();
    assert!(f("f1") >= BAR_F1, "F1 {} < {BAR_F1}", f("f1"));
    assert!(f("subject_accuracy") >= BAR_SUBJECT, "subject accuracy {} < {BAR_SUBJECT}", f("subject_accuracy"));
    assert!(f("attribution_accuracy") >= BAR_ATTRIBUTION, "attribution accuracy {} < {BAR_ATTRIBUTION}", f("attribution_accuracy"));
    assert!(f("strict_f1") >= BAR_STRICT, "strict F1 {} < {BAR_STRICT}", f("strict_f1"));
}

/// Print the claims of one seed (for debugging): `SEED=001 cargo test --test seeds dump -- --nocapture`.
#[test]
fn dump() {
    let (Some(shared), Ok(which)) = (shared(), std::env::var("SEED")) else { return };
    let names = common::names();
    let ex = ClaimExtractor::new();
    for e in std::fs::read_dir(shared.join("corpus/seeds")).unwrap() {
        let p = e.unwrap().path();
        if !p.file_name().unwrap().to_string_lossy().starts_with(&which) {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let ments = names.mentions(&text);
        for m in &ments {
            eprintln!("M {} {} {}", m.text, m.entity, m.kind);
        }
        for c in ex.extract(&text, &ments, &|id| names.subject_of(id)) {
            eprintln!("{} {:?} {:?}-{:?} {:?} | {} | {:?}", c.quantity, c.subject, c.low, c.high, c.attribution, c.text, c.hedge);
        }
    }
}
