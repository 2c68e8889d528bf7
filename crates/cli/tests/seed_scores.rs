//! The seed articles through the whole pipeline, scored by `../shared/eval/score.py`
//! against the gold annotations: fails below each issue's bar. Skips (with a note) when
//! `../shared` or python3 is absent.

use assert_cmd::Command;
use serde_json::Value;
mod common;
use common::{root, score};

#[test]
fn seed_scores_meet_the_bars() {
    let shared = root().join("../shared");
    if !shared.join("gold").is_dir() {
        eprintln!("note: ../shared/gold is absent; seed scores skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    Command::cargo_bin("riwaya")
        .unwrap()
        .args(["analyze", shared.join("corpus/seeds").to_str().unwrap(), "--format", "json", "-q", "-o", report.to_str().unwrap()])
        .assert()
        .success();
    let gold = shared.join("gold");
    let Some(claims) = score("claims", &gold.join("seeds.claims.jsonl"), &report) else {
        eprintln!("note: python3 is absent; seed scores skipped");
        return;
    };
    eprintln!("claims: {claims}");
    let at = |v: &Value, k: &str| v[k].as_f64().unwrap();
    assert!(at(&claims, "f1") >= 0.9, "claims F1 {claims}");
    assert!(at(&claims, "subject_accuracy") >= 0.85, "{claims}");
    assert!(at(&claims, "attribution_accuracy") >= 0.85, "{claims}");
    assert!(at(&claims, "strict_f1") >= 0.75, "{claims}");

    let aliases = score("aliases", &gold.join("seeds.aliases.json"), &report).unwrap();
    eprintln!("aliases: {aliases}");
    assert!(at(&aliases, "coverage") >= 0.95 && at(&aliases, "pair_f1") >= 0.95, "{aliases}");

    let dates = score("dates", &gold.join("seeds.dates.jsonl"), &report).unwrap();
    eprintln!("dates: {dates}");
    assert!(at(&dates, "accuracy") >= 0.95, "{dates}");

    let events = score("events", &gold.join("seeds.events.jsonl"), &report).unwrap();
    eprintln!("events: {events}");
    assert!(at(&events, "f1") >= 0.85, "{events}");
    for k in ["place_accuracy", "date_accuracy", "attribution_accuracy"] {
        assert!(at(&events, k) >= 0.8, "{k}: {events}");
    }
}
