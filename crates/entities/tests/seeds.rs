//! Seed check: mentions over the five real seed articles, scored by the project's scorer
//! (`score.py aliases`). Reads `../shared` at test time; skipped with a note when absent.

use riwaya_entities::{Recognizer, RunNames};
use riwaya_lexicon::Lexicon;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

fn shared() -> Option<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [here.join("../../../shared"), here.join("../../shared"), PathBuf::from("/work/shared")]
        .into_iter()
        .find(|p| p.join("gold/seeds.aliases.json").exists())
}

#[test]
fn seed_aliases_score() {
    let Some(sh) = shared() else {
        eprintln!("NOTE: ../shared not found; seed alias check skipped");
        return;
    };
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let mut files: Vec<PathBuf> = std::fs::read_dir(sh.join("corpus/seeds"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut run = RunNames::new();
    let mut arts = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let mut ms = if std::env::var("SEED_FLAT").is_ok() { rec.mentions(&text) } else { rec.mentions_nested(&text) };
        run.link(&mut ms);
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        if std::env::var("SEED_DEBUG").is_ok() {
            eprintln!("== {}", f.display());
            for m in &ms {
                eprintln!("  {:<40} {:<28} {}", m.text, m.entity, m.kind);
            }
        }
        let id = f.file_name().unwrap().to_string_lossy().to_string();
        arts.push(serde_json::json!({"id": id, "mentions": ms}));
    }
    let report = serde_json::json!({ "articles": arts });
    let out = std::env::temp_dir().join(format!("riwaya-entities-seeds-{}.json", std::process::id()));
    std::fs::write(&out, serde_json::to_string(&report).unwrap()).unwrap();
    let res = Command::new("python3")
        .arg(sh.join("eval/score.py"))
        .arg("aliases")
        .arg(sh.join("gold/seeds.aliases.json"))
        .arg(&out)
        .arg("--json")
        .output();
    let Ok(res) = res else {
        eprintln!("NOTE: python3 not available; seed alias check skipped");
        return;
    };
    let stdout = String::from_utf8_lossy(&res.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&res.stderr));
    let v: serde_json::Value = stdout
        .lines()
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok().filter(|v| v.get("coverage").is_some()))
        .or_else(|| serde_json::from_str(&stdout).ok())
        .expect("scorer output");
    let v = v.get("result").cloned().unwrap_or(v);
    let cov = v["coverage"].as_f64().unwrap();
    let f1 = v["pair_f1"].as_f64().unwrap();
    if std::env::var("SEED_DEBUG").is_err() {
        let _ = std::fs::remove_file(&out);
    } else {
        eprintln!("report kept at {}", out.display());
    }
    assert!(cov >= 0.95, "coverage {cov}");
    assert!(f1 >= 0.95, "pair F1 {f1}");
}
