//! The invented articles of `tests/invented/` (written for these tests, none taken from
//! an article: camps and villages raided, sieges, abductions, rival accounts, passives,
//! headlines): every event `expected.tsv` lists is found, and the article of denials,
//! fears, conditions and past years gives no scored event.

use riwaya_entities::Recognizer;
use riwaya_events::EventExtractor;
use riwaya_lexicon::Lexicon;
use riwaya_model::{DateMention, Event};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/invented")
}

fn words(s: &str) -> String {
    riwaya_text::normalize_str(s)
}

fn has(got: &Option<riwaya_model::EntityRef>, want: &str) -> bool {
    match want {
        "*" => true,
        "" => got.is_none(),
        w => got.as_ref().is_some_and(|r| words(&r.text).contains(&words(w))),
    }
}

#[test]
fn invented_articles_give_their_events() {
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let ex = EventExtractor::new();
    let mut published: HashMap<String, String> = HashMap::new();
    for line in std::fs::read_to_string(dir().join("meta.jsonl")).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        published.insert(v["id"].as_str().unwrap().to_string(), v["published"].as_str().unwrap().to_string());
    }
    let mut cache: HashMap<String, Vec<Event>> = HashMap::new();
    let mut events = |file: &str| -> Vec<Event> {
        cache
            .entry(file.to_string())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(dir().join(file)).unwrap();
                let pubd = published.get(file).cloned();
                let day = pubd.as_deref().and_then(|p| riwaya_dates::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
                let dates: Vec<DateMention> = riwaya_dates::find_dates(&text, day)
                    .into_iter()
                    .filter_map(|t| Some(DateMention { date: t.date_string()?, text: t.text, start: t.start, end: t.end, anchor: t.anchor.to_string() }))
                    .collect();
                ex.extract(&text, &rec.mentions_nested(&text), &dates, pubd.as_deref())
            })
            .clone()
    };
    let describe = |ev: &[Event]| {
        ev.iter()
            .map(|e| format!("[{} / {} / {}]", e.kind, e.agent.as_ref().map_or("-", |a| a.text.as_str()), e.place.as_ref().map_or("-", |a| a.text.as_str())))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut bad = Vec::new();
    let mut n = 0;
    for line in std::fs::read_to_string(dir().join("expected.tsv")).unwrap().lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (file, kind, agent, place) = (f[0], f[1], f.get(2).copied().unwrap_or(""), f.get(3).copied().unwrap_or("*"));
        n += 1;
        let ev = events(file);
        let ok = if kind == "-" {
            ev.iter().all(|e| e.kind == "statement")
        } else {
            ev.iter().any(|e| e.kind == kind && has(&e.agent, agent) && has(&e.place, place))
        };
        if !ok {
            bad.push(format!("{file}: want {kind} / {agent} / {place}\n   got {}", describe(&ev)));
        }
    }
    assert!(bad.is_empty(), "{} of {n} expected events missing:\n{}", bad.len(), bad.join("\n"));
}
