//! What the event rules drop: `cargo run -p riwaya-events --example drops -- DIR… [--show RULE|all]`
//! Reads the `.txt` articles of each folder (the publication day from its `meta.jsonl`),
//! finds names and dates as the pipeline does (without run-level linking), and counts, per
//! rule, the triggers read that gave no event and the candidates the merging steps folded
//! into another. `--show RULE` (or `all`) prints each such drop with its words around it,
//! to check that each is right. `--events` prints each event kept (type, agent, place, its words).
use riwaya_entities::Recognizer;
use riwaya_lexicon::Lexicon;
use riwaya_model::DateMention;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

fn main() {
    let mut dirs = Vec::new();
    let mut show: Option<String> = None;
    let mut list = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--events" {
            list = true;
        } else if a == "--show" {
            show = args.next();
        } else {
            dirs.push(a);
        }
    }
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().expect("lexicon")));
    let ex = riwaya_events::EventExtractor::new();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut events = 0;
    for dir in &dirs {
        let mut published: HashMap<String, String> = HashMap::new();
        if let Ok(meta) = std::fs::read_to_string(format!("{dir}/meta.jsonl")) {
            for line in meta.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let (Some(id), Some(p)) = (v["id"].as_str(), v["published"].as_str()) {
                        published.insert(id.to_string(), p.to_string());
                    }
                }
            }
        }
        let Ok(rd) = std::fs::read_dir(dir) else { continue };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else { continue };
            let id = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let pubd = published.get(&id).cloned();
            let day = pubd.as_deref().and_then(|p| riwaya_dates::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
            let dates: Vec<DateMention> = riwaya_dates::find_dates(&text, day)
                .into_iter()
                .filter_map(|t| {
                    let date = t.date_string()?;
                    Some(DateMention { text: t.text, date, start: t.start, end: t.end, anchor: t.anchor.to_string() })
                })
                .collect();
            let ments = rec.mentions_nested(&text);
            let (evs, drops) = ex.extract_traced(&text, &ments, &dates, pubd.as_deref());
            events += evs.len();
            if list {
                for e in &evs {
                    let name = |r: &Option<riwaya_model::EntityRef>| r.as_ref().map_or("-".to_string(), |r| r.text.clone());
                    println!("{id}\t{} / {} / {} / {}\t{}", e.kind, name(&e.agent), name(&e.place), e.date.as_deref().unwrap_or("-"), e.text.replace('\n', " "));
                }
            }
            for d in drops {
                *counts.entry(d.rule).or_default() += 1;
                if show.as_deref().is_some_and(|s| s == "all" || s == d.rule) {
                    let lo = text[..d.start].char_indices().rev().nth(50).map(|(i, _)| i).unwrap_or(0);
                    let hi = text[d.end..].char_indices().nth(50).map(|(i, _)| d.end + i).unwrap_or(text.len());
                    let ctx = format!("{}[{}]{}", &text[lo..d.start], &text[d.start..d.end], &text[d.end..hi]).replace('\n', " ");
                    println!("{:<22} {id}\t{ctx}", d.rule);
                }
            }
        }
    }
    println!("events kept: {events}");
    for (rule, n) in &counts {
        println!("{rule:<24} {n}");
    }
}
