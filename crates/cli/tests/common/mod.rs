//! Helpers shared by the tests that score the pipeline with `../shared/eval/score.py`.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// The repository root (`../shared` lies beside it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `score.py WHAT GOLD REPORT --json`, its last line parsed; `None` when python3 is absent.
pub fn score(what: &str, gold: &Path, report: &Path) -> Option<Value> {
    let out = std::process::Command::new("python3")
        .arg(root().join("../shared/eval/score.py"))
        .args([what, gold.to_str().unwrap(), report.to_str().unwrap(), "--json"])
        .output()
        .ok()?;
    assert!(out.status.success(), "score.py {what} failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    Some(serde_json::from_str(text.lines().last().unwrap()).unwrap())
}
