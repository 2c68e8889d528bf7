//! The seed check: events of the five real seed articles in ../shared, scored by
//! ../shared/eval/score.py. Skipped (with a note) when ../shared is absent.
//!
//! Mentions come from riwaya-entities, time expressions from riwaya-dates resolved against
//! the publication dates in `corpus/seeds/meta.jsonl`.

use riwaya_entities::Recognizer;
use riwaya_events::EventExtractor;
use riwaya_lexicon::Lexicon;
use riwaya_model::DateMention;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// The bar the seeds must clear.
const BAR_F1: f64 = 0.85;
const BAR_PLACE: f64 = 0.8;
const BAR_DATE: f64 = 0.8;
const BAR_ATTRIBUTION: f64 = 0.8;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("corpus/seeds").is_dir().then_some(p)
}

fn published(shared: &Path) -> std::collections::HashMap<String, String> {
    let meta = std::fs::read_to_string(shared.join("corpus/seeds/meta.jsonl")).unwrap_or_default();
    meta.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some((v["id"].as_str()?.to_string(), v["published"].as_str()?.to_string())))
        .collect()
}

fn dates(text: &str, published: Option<&str>) -> Vec<DateMention> {
    let day = published.and_then(|d| riwaya_dates::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    riwaya_dates::find_dates(text, day)
        .into_iter()
        .filter_map(|t| {
            let date = t.date_string()?;
            Some(DateMention { text: t.text, date, start: t.start, end: t.end, anchor: t.anchor.to_string() })
        })
        .collect()
}

/// The report over the seeds, written under the target's temporary folder.
fn report(shared: &Path) -> PathBuf {
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let ex = EventExtractor::new();
    let pubs = published(shared);
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus/seeds"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut arts = Vec::new();
    for f in &files {
        let id = f.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(f).unwrap();
        let published = pubs.get(&id).map(String::as_str);
        let ments = rec.mentions_nested(&text);
        let ds = dates(&text, published);
        let events = ex.extract(&text, &ments, &ds, published);
        arts.push(serde_json::json!({ "id": id, "events": events }));
    }
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("events-seeds-REPORT.json");
    std::fs::write(&out, serde_json::to_string_pretty(&serde_json::json!({ "articles": arts })).unwrap()).unwrap();
    out
}

#[test]
fn seeds_meet_the_bar() {
    let Some(shared) = shared() else {
        eprintln!("note: ../shared/corpus/seeds not found; seed check skipped");
        return;
    };
    let out = report(&shared);
    let res = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg("events")
        .arg(shared.join("gold/seeds.events.jsonl"))
        .arg(&out)
        .args(["--per-article", "--json"])
        .output();
    let Ok(res) = res else {
        eprintln!("note: python3 not available; report written to {}", out.display());
        return;
    };
    let stdout = String::from_utf8_lossy(&res.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&res.stderr));
    let last = stdout.lines().last().expect("scorer output");
    let v: serde_json::Value = serde_json::from_str(last).expect("scorer json");
    let f = |k: &str| v[k].as_f64().unwrap();
    assert!(f("f1") >= BAR_F1, "F1 {} < {BAR_F1}", f("f1"));
    assert!(f("place_accuracy") >= BAR_PLACE, "place accuracy {} < {BAR_PLACE}", f("place_accuracy"));
    assert!(f("date_accuracy") >= BAR_DATE, "date accuracy {} < {BAR_DATE}", f("date_accuracy"));
    assert!(f("attribution_accuracy") >= BAR_ATTRIBUTION, "attribution accuracy {} < {BAR_ATTRIBUTION}", f("attribution_accuracy"));
}
