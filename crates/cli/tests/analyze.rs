//! End-to-end: the `riwaya` binary over the seed articles (from ../shared, read at test
//! time), the demo corpus in the repo, and bad input.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> Option<PathBuf> {
    let p = root().join("../shared/corpus/seeds");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared/corpus/seeds is absent; seed test skipped");
        None
    }
}

fn analyze_json(args: &[&str]) -> (Value, i32) {
    let out = Command::cargo_bin("riwaya").unwrap().arg("analyze").args(args).args(["--format", "json", "-q"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (v, out.status.code().unwrap_or(-1))
}

#[test]
fn seeds_cleaned_with_metadata_and_removed_blocks() {
    let Some(dir) = seeds() else { return };
    let (v, code) = analyze_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 5);
    let meta: Vec<Value> = std::fs::read_to_string(dir.join("meta.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for a in arts {
        let m = meta.iter().find(|m| m["id"] == a["id"]).expect("every seed is in meta.jsonl");
        assert_eq!(a["published"], m["published"], "{}", a["id"]);
        if !m["outlet"].is_null() {
            assert_eq!(a["outlet"], m["outlet"]);
        }
        let text = a["text"].as_str().unwrap();
        for junk in ["اقرأ أيضاً", "اخترنا لك", "قد يعجبك", "escort", "التعليقات (", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات", "سناك سوري _ متابعات", "منذ سنتين"] {
            assert!(!text.contains(junk), "{} still holds {junk:?}", a["id"]);
        }
        // Every line of the file that no rule removed is in the cleaned text, unchanged.
        let raw = std::fs::read_to_string(dir.join(a["id"].as_str().unwrap())).unwrap();
        let removed: Vec<&str> = a["removed"].as_array().unwrap().iter().flat_map(|r| r["text"].as_str().unwrap().lines()).collect();
        let title = a["title"].as_str().unwrap_or("");
        for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line == title || removed.contains(&line) {
                continue;
            }
            assert!(text.contains(line), "{}: body line lost: {line}", a["id"]);
        }
        // What was removed is boilerplate, never a body sentence.
        for r in a["removed"].as_array().unwrap() {
            let reason = r["reason"].as_str().unwrap();
            assert!(
                ["related_link", "most_read", "comments", "foreign_script", "byline", "headline_repeat", "truncated_duplicate", "emoji_label", "no_words"].contains(&reason),
                "{reason}"
            );
        }
    }
    let reasons: Vec<&str> = arts.iter().flat_map(|a| a["removed"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap())).collect();
    for must in ["related_link", "comments", "byline", "headline_repeat", "truncated_duplicate"] {
        assert!(reasons.contains(&must), "no {must} removal in {reasons:?}");
    }
}

#[test]
fn demo_corpus_reads_every_format() {
    let (v, code) = analyze_json(&[root().join("demo/corpus").to_str().unwrap()]);
    assert_eq!(code, 0);
    let arts = v["articles"].as_array().unwrap();
    let formats: std::collections::BTreeSet<&str> = arts.iter().map(|a| a["format"].as_str().unwrap()).collect();
    assert_eq!(formats.into_iter().collect::<Vec<_>>(), ["html", "json", "text"]);
    assert!(arts.len() >= 6);
    // The windows-1256 file decodes to Arabic.
    let shahid = arts.iter().find(|a| a["id"].as_str().unwrap().starts_with("04_")).unwrap();
    assert!(shahid["text"].as_str().unwrap().contains("تل نرجس"));
    assert!(arts.iter().all(|a| a["published"].as_str().is_some_and(|d| d.starts_with("2031-03"))));
}

#[test]
fn the_same_article_twice_is_reported_once() {
    let d = tempfile::tempdir().unwrap();
    let body = "قالت مصادر محلية إن الاشتباكات تواصلت في محيط السجن حتى ساعة متأخرة من الليل.";
    std::fs::write(d.path().join("a.json"), format!(r#"{{"url":"u1","title":"ع","content":"{body}"}}"#)).unwrap();
    std::fs::write(d.path().join("b.jsonl"), format!("{{\"url\":\"u1\",\"title\":\"ع\",\"content\":\"{body}\"}}\n")).unwrap();
    let (v, code) = analyze_json(&[d.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
    assert_eq!(v["totals"]["duplicates"], 1);
}

#[test]
fn bad_input_partial_failure_exit_code_and_messages() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("good.txt"), "عنوان\nقالت مصادر محلية إن الاشتباكات تواصلت.").unwrap();
    std::fs::write(d.path().join("empty.txt"), "").unwrap();
    std::fs::write(d.path().join("bad.jsonl"), "{\"content\": \"نص\", \"url\": \"x\"}\n{oops\n").unwrap();
    let out = Command::cargo_bin("riwaya").unwrap().args(["analyze", d.path().to_str().unwrap(), "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("bad.jsonl:2: malformed JSON"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 2);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);
    // Nothing readable at all: exit 1.
    let out = Command::cargo_bin("riwaya").unwrap().args(["analyze", d.path().join("empty.txt").to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // Usage error: exit 2, and --help documents the codes.
    let out = Command::cargo_bin("riwaya").unwrap().args(["analyze"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let help = Command::cargo_bin("riwaya").unwrap().args(["analyze", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("partial failure"));
}

#[test]
fn jsonl_streams_one_article_per_line_to_a_file() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("r.jsonl");
    Command::cargo_bin("riwaya")
        .unwrap()
        .args(["analyze", root().join("demo/corpus").to_str().unwrap(), "--format", "jsonl", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    let text = std::fs::read_to_string(out).unwrap();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 6);
    assert!(lines.iter().all(|a| a["id"].is_string() && a["text"].is_string()));
}

#[test]
fn user_lexicon_extends_overrides_and_bad_data_is_named() {
    // The demo lexicon adds the fictional actors: names become entities.
    let (v, code) = analyze_json(&[root().join("demo/corpus").to_str().unwrap(), "--lexicon", root().join("demo/lexicon").to_str().unwrap()]);
    assert_eq!(code, 0);
    let entities: Vec<&str> = v["articles"].as_array().unwrap().iter().flat_map(|a| a["mentions"].as_array().unwrap().iter().map(|m| m["entity"].as_str().unwrap())).collect();
    assert!(entities.contains(&"desert-banners") && entities.contains(&"wadi-prison"), "{entities:?}");

    // Overriding a shipped id warns, naming both files.
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("mine.toml"), "[[actor]]\nid = \"sdf\"\nname_en = \"SDF\"\nname_ar = \"قسد\"\nkind = \"armed_group\"\n").unwrap();
    let out = Command::cargo_bin("riwaya").unwrap().args(["lexicon", "check", "--lexicon", d.path().to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mine.toml") && err.contains("sdf") && err.contains("overrides"), "{err}");

    // A malformed file is refused with file, line and reason.
    std::fs::write(d.path().join("mine.toml"), "[[actor]]\nid = \"x-y\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"wizard\"\n").unwrap();
    let out = Command::cargo_bin("riwaya").unwrap().args(["analyze", root().join("demo/corpus").to_str().unwrap(), "--lexicon", d.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mine.toml:") && err.contains("wizard"), "{err}");
}

#[test]
fn inspect_prints_json_lines() {
    let out = Command::cargo_bin("riwaya").unwrap().args(["inspect", "numbers", "قتل نحو 40 منهم واستسلم ثلاثمئة عنصر"]).output().unwrap();
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["low"].as_u64(), lines[0]["approx"].as_bool()), (Some(40), Some(true)));
    assert_eq!(lines[1]["low"], 300);
    let out = Command::cargo_bin("riwaya").unwrap().args(["inspect", "dates", "--published", "2022-01-22", "وأمس الجمعة قالت المصادر"]).output().unwrap();
    let d: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(d["date"], "2022-01-21");
    let out = Command::cargo_bin("riwaya").unwrap().args(["inspect", "entities", "أعلنت قوات سوريا الديمقراطية السيطرة على سجن غويران بالحسكة"]).output().unwrap();
    let ents: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["entity"].as_str().unwrap().to_string()).collect();
    assert!(ents.contains(&"sdf".to_string()), "{ents:?}");
    let out = Command::cargo_bin("riwaya").unwrap().args(["inspect", "claims", "وأعلنت قسد مقتل 12 عنصراً من تنظيم داعش"]).output().unwrap();
    let c: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!((c["quantity"].as_str(), c["low"].as_u64(), c["subject"].as_str()), (Some("killed"), Some(12), Some("ISIS")));
}
