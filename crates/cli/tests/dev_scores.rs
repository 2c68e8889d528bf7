//! The development set (`../shared/corpus/dev`: 69 real excerpts of many outlets on six
//! events) through the whole pipeline, scored by `../shared/eval/score.py` against its
//! gold claims: fails below the bars measured when this test was written (a little under
//! them). Skips (with a note) when `../shared` or python3 is absent.

use assert_cmd::Command;
mod common;
use common::{root, score};

#[test]
fn dev_claims_meet_the_bars() {
    let shared = root().join("../shared");
    let corpus = shared.join("corpus/dev");
    let gold = shared.join("gold/dev.claims.jsonl");
    if !corpus.is_dir() || !gold.is_file() {
        eprintln!("note: ../shared/corpus/dev or its gold is absent; dev scores skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    Command::cargo_bin("riwaya")
        .unwrap()
        .args(["analyze", corpus.to_str().unwrap(), "--format", "json", "-q", "-o", report.to_str().unwrap()])
        .assert()
        .success();
    let Some(claims) = score("claims", &gold, &report) else {
        eprintln!("note: python3 is absent; dev scores skipped");
        return;
    };
    eprintln!("dev claims: {claims}");
    let at = |k: &str| claims[k].as_f64().unwrap();
    assert!(at("f1") >= DEV_F1, "claims F1: {claims}");
    assert!(at("attribution_accuracy") >= DEV_ATTRIBUTION, "attribution: {claims}");
    assert!(at("strict_f1") >= DEV_STRICT, "strict F1: {claims}");
    assert!(at("subject_accuracy") >= DEV_SUBJECT, "subject: {claims}");
}

// Measured on the whole dev set (69 excerpts): F1 0.898, attribution 0.87, strict F1 0.733,
// subject 0.93. The bars sit a little under.
const DEV_F1: f64 = 0.88;
const DEV_ATTRIBUTION: f64 = 0.85;
const DEV_STRICT: f64 = 0.70;
const DEV_SUBJECT: f64 = 0.90;
