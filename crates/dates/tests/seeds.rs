//! Every gold time expression of the seed articles is found with overlapping text
//! and the right date. Reads ../shared at test time (skips with a note if absent).
use riwaya_dates::*;
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    root.join("gold/seeds.dates.jsonl").exists().then_some(root)
}

/// The scorer's surface form: letters only, no diacritics/tatweel/quotes, لل read as ال.
fn surface(s: &str) -> String {
    let t: String = s
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{064B}'
                    ..='\u{065F}'
                        | '\u{0670}'
                        | '\u{0640}'
                        | '"'
                        | '\''
                        | '“'
                        | '”'
                        | '«'
                        | '»'
                        | '('
                        | ')'
            )
        })
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.strip_prefix("لل") {
        Some(r) => format!("ال{r}"),
        None => t,
    }
}

#[test]
fn seed_gold_dates() {
    let Some(root) = shared() else {
        eprintln!("note: ../shared/gold/seeds.dates.jsonl not found; seed gold check skipped");
        return;
    };
    let meta = std::fs::read_to_string(root.join("corpus/seeds/meta.jsonl")).unwrap();
    let gold = std::fs::read_to_string(root.join("gold/seeds.dates.jsonl")).unwrap();
    let mut published = std::collections::HashMap::new();
    for l in meta.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        published.insert(
            v["id"].as_str().unwrap().to_string(),
            parse_date_loose(v["published"].as_str().unwrap()),
        );
    }
    let (mut n, mut ok, mut misses) = (0, 0, Vec::new());
    for l in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(l).unwrap();
        let id = g["id"].as_str().unwrap();
        let text = std::fs::read_to_string(root.join("corpus/seeds").join(id)).unwrap();
        let found = find_dates(&text, published[id]);
        for item in g["dates"].as_array().unwrap() {
            n += 1;
            let gt = surface(item["text"].as_str().unwrap());
            let want = item["date"].as_str().unwrap();
            let hits: Vec<_> = found
                .iter()
                .filter(|e| {
                    let s = surface(&e.text);
                    gt.contains(&s) || s.contains(&gt)
                })
                .collect();
            if hits
                .iter()
                .any(|e| e.date_string().as_deref() == Some(want))
            {
                ok += 1;
            } else {
                misses.push(format!(
                    "{id}: {gt} {want} → {:?}",
                    hits.iter().map(|e| e.date_string()).collect::<Vec<_>>()
                ));
            }
        }
    }
    eprintln!("seed gold dates: {ok}/{n}");
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
