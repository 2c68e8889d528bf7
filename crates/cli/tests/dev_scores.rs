//! The development set (`../shared/corpus/dev`: 69 real excerpts of many outlets on six
//! events) through the whole pipeline, scored by `../shared/eval/score.py` against its
//! gold claims, dates, aliases and events: fails below the bars measured when this test
//! was written (a little under them). Skips (with a note) when `../shared` or python3 is absent.

use assert_cmd::Command;
mod common;
use common::{root, score};

// Measured on the whole dev set (69 excerpts, session 11): claims F1 0.962, attribution 0.935,
// strict 0.866, subject 0.961; dates 0.990; aliases coverage 0.879, pair F1 0.869; events F1
// 0.838, place 0.892. The bars sit a little under, so a change that loses ground fails, and
// none is under the issue's own (claims 0.85 / 0.8 / 0.6, dates 0.9, aliases 0.85 / 0.85,
// events 0.75 / 0.75).
const BARS: &[(&str, &str, &[(&str, f64)])] = &[
    ("claims", "dev.claims.jsonl", &[("f1", 0.94), ("attribution_accuracy", 0.91), ("strict_f1", 0.84), ("subject_accuracy", 0.94)]),
    ("dates", "dev.dates.jsonl", &[("accuracy", 0.96)]),
    ("aliases", "dev.aliases.json", &[("coverage", 0.86), ("pair_f1", 0.85)]),
    ("events", "dev.events.jsonl", &[("f1", 0.81), ("place_accuracy", 0.86)]),
];

#[test]
fn dev_scores_meet_the_bars() {
    let shared = root().join("../shared");
    let corpus = shared.join("corpus/dev");
    let gold = |f: &str| shared.join("gold").join(f);
    if !corpus.is_dir() || !gold("dev.claims.jsonl").is_file() {
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
    let mut failed = Vec::new();
    for (kind, file, bars) in BARS {
        let Some(scores) = score(kind, &gold(file), &report) else {
            eprintln!("note: python3 is absent; dev scores skipped");
            return;
        };
        eprintln!("dev {kind}: {scores}");
        for (measure, bar) in *bars {
            let got = scores[*measure].as_f64().unwrap_or(0.0);
            if got < *bar {
                failed.push(format!("{kind} {measure} {got:.3} < {bar}"));
            }
        }
    }
    assert!(failed.is_empty(), "below the bars: {failed:?}");
}
