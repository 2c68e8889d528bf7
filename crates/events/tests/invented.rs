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
        // ("مركز للشرطة|خامندي": any of the words the article gives the place.)
        // ("أراوكا|*": a listed place, or any: a * among the words accepts any, as alone.)
        w if w.split('|').any(|x| x == "*") => true,
        w => got.as_ref().is_some_and(|r| w.split('|').any(|x| words(&r.text).contains(&words(x)))),
    }
}

/// The events of one invented article, as `analyze` would give them.
fn article_events(file: &str, published: &HashMap<String, String>, rec: &Recognizer, ex: &EventExtractor) -> Vec<Event> {
    let text = std::fs::read_to_string(dir().join(file)).unwrap();
    let pubd = published.get(file).cloned();
    let day = pubd.as_deref().and_then(|p| riwaya_dates::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    let dates: Vec<DateMention> = riwaya_dates::find_dates(&text, day)
        .into_iter()
        .filter_map(|t| Some(DateMention { date: t.date_string()?, text: t.text, start: t.start, end: t.end, anchor: t.anchor.to_string() }))
        .collect();
    ex.extract(&text, &rec.mentions_nested(&text), &dates, pubd.as_deref())
}

/// One line of `expected.tsv`: a kind (several joined by `|`; `-` none; a leading `?` marks
/// an event we know we still miss: counted in the scores, not asserted), agent and place.
struct Want {
    file: String,
    kinds: Vec<String>,
    agent: String,
    place: String,
    known_miss: bool,
}

fn wants() -> Vec<Want> {
    let mut out = Vec::new();
    for line in std::fs::read_to_string(dir().join("expected.tsv")).unwrap().lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, known_miss) = match f[1].strip_prefix('?') {
            Some(k) => (k, true),
            None => (f[1], false),
        };
        out.push(Want {
            file: f[0].to_string(),
            kinds: kind.split('|').map(str::to_string).collect(),
            agent: f.get(2).copied().unwrap_or("").to_string(),
            place: f.get(3).copied().unwrap_or("*").to_string(),
            known_miss,
        });
    }
    out
}

fn scored(e: &Event) -> bool {
    e.kind != "statement" && e.kind != "other"
}

fn fits(w: &Want, e: &Event) -> bool {
    w.kinds.iter().any(|k| k.as_str() == e.kind.as_str()) && has(&e.agent, &w.agent) && has(&e.place, &w.place)
}

fn all_events() -> HashMap<String, Vec<Event>> {
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let ex = EventExtractor::new();
    let mut published: HashMap<String, String> = HashMap::new();
    for line in std::fs::read_to_string(dir().join("meta.jsonl")).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        published.insert(v["id"].as_str().unwrap().to_string(), v["published"].as_str().unwrap().to_string());
    }
    let mut files: Vec<String> = published.keys().cloned().collect();
    files.sort();
    files.into_iter().map(|f| (f.clone(), article_events(&f, &published, &rec, &ex))).collect()
}

fn describe(ev: &[Event]) -> String {
    ev.iter()
        .map(|e| format!("[{} / {} / {}]", e.kind, e.agent.as_ref().map_or("-", |a| a.text.as_str()), e.place.as_ref().map_or("-", |a| a.text.as_str())))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn invented_articles_give_their_events() {
    let events = all_events();
    let mut bad = Vec::new();
    let mut n = 0;
    for w in wants().iter().filter(|w| !w.known_miss) {
        n += 1;
        let ev = &events[&w.file];
        let ok = if w.kinds[0] == "-" { ev.iter().all(|e| !scored(e)) } else { ev.iter().any(|e| fits(w, e)) };
        if !ok {
            bad.push(format!("{}: want {} / {} / {}\n   got {}", w.file, w.kinds.join("|"), w.agent, w.place, describe(ev)));
        }
    }
    assert!(bad.is_empty(), "{} of {n} expected events missing:\n{}", bad.len(), bad.join("\n"));
}

/// Recall and precision over the invented articles (one scored event per expected line, a
/// maximal matching, so a happening told twice costs precision). Prints; asserts only that
/// the known misses are still misses worth listing (none found by now unnoticed).
/// `cargo test -p riwaya-events --test invented -- --nocapture invented_scores`
#[test]
fn invented_scores() {
    let events = all_events();
    let wants = wants();
    let mut files: Vec<&String> = events.keys().collect();
    files.sort();
    let (mut tp, mut n_want, mut n_got) = (0usize, 0usize, 0usize);
    // Sets written apart: 01-23 (before events7), 24-48 (events7, before its fixes), 49-
    // (events7, after them: a fresh check), 57-66 (events7b, before its fixes), 67- (events8,
    // before its fixes), 79-82 (events8, after them: a fresh check), 83-94 (events9, before its
    // fixes), 95-98 (events9, after them: a fresh check), 99- (events10, before its fixes).
    let mut sets = [(0usize, 0usize, 0usize); 10];
    let mut found_known = Vec::new();
    for f in files {
        let got: Vec<&Event> = events[f].iter().filter(|e| scored(e)).collect();
        let ws: Vec<&Want> = wants.iter().filter(|w| &w.file == f && w.kinds[0] != "-").collect();
        // Kuhn's matching of expected lines to events.
        let mut owner: Vec<Option<usize>> = vec![None; got.len()];
        fn augment(i: usize, ws: &[&Want], got: &[&Event], owner: &mut Vec<Option<usize>>, seen: &mut Vec<bool>) -> bool {
            for j in 0..got.len() {
                if !seen[j] && fits(ws[i], got[j]) {
                    seen[j] = true;
                    if owner[j].is_none() || augment(owner[j].unwrap(), ws, got, owner, seen) {
                        owner[j] = Some(i);
                        return true;
                    }
                }
            }
            false
        }
        let mut m = 0;
        for i in 0..ws.len() {
            let mut seen = vec![false; got.len()];
            if augment(i, &ws, &got, &mut owner, &mut seen) {
                m += 1;
            }
        }
        for (j, o) in owner.iter().enumerate() {
            match o {
                Some(i) if ws[*i].known_miss => found_known.push(format!("{f}: {}", ws[*i].kinds.join("|"))),
                None => println!("extra   {f}: [{} / {} / {}]", got[j].kind, got[j].agent.as_ref().map_or("-", |a| a.text.as_str()), got[j].place.as_ref().map_or("-", |a| a.text.as_str())),
                _ => {}
            }
        }
        for (i, w) in ws.iter().enumerate() {
            if !owner.contains(&Some(i)) {
                println!("missed  {f}: {} / {} / {}", w.kinds.join("|"), w.agent, w.place);
            }
        }
        tp += m;
        n_want += ws.len();
        n_got += got.len();
        let n: u32 = f.split('_').next().and_then(|x| x.parse().ok()).unwrap_or(0);
        let set = [115, 99, 95, 83, 79, 67, 57, 49, 24].iter().position(|&b| n >= b).map_or(0, |i| 9 - i);
        sets[set].0 += m;
        sets[set].1 += ws.len();
        sets[set].2 += got.len();
    }
    let r = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!("all invented: recall {:.3} ({tp}/{n_want}) precision {:.3} ({tp}/{n_got})", r(tp, n_want), r(tp, n_got));
    for (name, (tp, w, g)) in ["01-23 (lists not complete: precision low)", "24-48", "49-56", "57-66", "67-78", "79-82", "83-94", "95-98", "99-114 (events10)", "115- (events11)"].iter().zip(sets) {
        println!("set {name}: recall {:.3} ({tp}/{w}) precision {:.3} ({tp}/{g})", r(tp, w), r(tp, g));
    }
    assert!(found_known.is_empty(), "known misses now found (drop their ?): {found_known:?}");
}
