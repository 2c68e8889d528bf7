//! The invented articles of `tests/invented/` (written for these tests, none taken from an
//! article: conflicts and disasters outside the dev set, each naming bodies, people and
//! places several ways, as outlets do), run through the whole pipeline as `riwaya analyze`
//! runs it (ingest, clean, extract, run-level linking in file order), scored with the
//! aliases rules of `shared/eval/score.py`: a form's entity is the majority id of the
//! mentions written so (with or without one proclitic); coverage is the share of forms
//! found, pairs are counted over all forms. `cargo test -p riwaya-entities --test invented
//! -- --nocapture` prints the scores and the forms missed or split.

use riwaya_entities::RunNames;
use riwaya_extract::Extractor;
use std::collections::HashMap;
use std::path::PathBuf;

fn dir(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(set)
}

/// The scorer's `surface`: letters only, no diacritics, tatweel or quotes; «لل» read «ال».
fn surface(t: &str) -> String {
    let t: String = t
        .chars()
        .filter(|c| !matches!(*c as u32, 0x610..=0x61a | 0x64b..=0x65f | 0x670 | 0x6d6..=0x6ed | 0x640))
        .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»' | '\'' | '(' | ')'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            c => c,
        })
        .collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => t,
    }
}

/// The scorer's `strip_proclitic`.
fn strip_proclitic(t: &str) -> String {
    let n = t.chars().count();
    for pre in ["وال", "فال", "بال", "كال"] {
        if t.starts_with(pre) && n > 4 {
            return t.chars().skip(1).collect();
        }
    }
    if t.starts_with(['و', 'ف', 'ب', 'ل']) && n > 3 {
        return t.chars().skip(1).collect();
    }
    t.to_string()
}

struct Scores {
    forms: usize,
    found: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    report: Vec<String>,
}

fn run(set: &str) -> Scores {
    let (ex, _) = Extractor::new(&[]).expect("the embedded data loads");
    let cleaner = riwaya_clean::Cleaner::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir(set)).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let mut run = RunNames::new();
    // Per form, (entity, votes) in the order first met, as the scorer's dicts keep them.
    let mut votes: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for p in &files {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let mut raws = Vec::new();
        riwaya_ingest::read_named(&name, std::fs::read(p).unwrap(), &mut |item| raws.push(item.expect("reads")));
        for raw in raws {
            let mut a = cleaner.clean(raw);
            ex.extract(&mut a);
            run.link(&mut a.mentions);
            for m in &a.mentions {
                let s = surface(&m.text);
                for k in [s.clone(), strip_proclitic(&s)].into_iter().collect::<std::collections::BTreeSet<_>>() {
                    let v = votes.entry(k).or_default();
                    match v.iter_mut().find(|(e, _)| *e == m.entity) {
                        Some((_, n)) => *n += 1,
                        None => v.push((m.entity.clone(), 1)),
                    }
                }
            }
        }
    }
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir(set).join("expected.aliases.json")).unwrap()).unwrap();
    let groups: Vec<Vec<String>> = serde_json::from_value(gold["groups"].clone()).unwrap();
    let forms: Vec<(usize, &str)> = groups.iter().enumerate().flat_map(|(gi, g)| g.iter().map(move |f| (gi, f.as_str()))).collect();
    // Majority id; a tie goes to the id met first (Python's max over the dict).
    let ent: Vec<Option<String>> = forms
        .iter()
        .map(|(_, f)| {
            let v = votes.get(&surface(f))?;
            let best = v.iter().map(|x| x.1).max()?;
            v.iter().find(|x| x.1 == best).map(|x| x.0.clone())
        })
        .collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for i in 0..forms.len() {
        for j in i + 1..forms.len() {
            let same_gold = forms[i].0 == forms[j].0;
            let same_pred = ent[i].is_some() && ent[i] == ent[j];
            match (same_gold, same_pred) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
        }
    }
    let mut report = Vec::new();
    for gi in 0..groups.len() {
        let ids: Vec<String> = forms.iter().zip(&ent).filter(|((i, _), _)| *i == gi).map(|((_, f), e)| format!("{f}→{}", e.as_deref().unwrap_or("MISSED"))).collect();
        let distinct: std::collections::HashSet<_> = forms.iter().zip(&ent).filter(|((i, _), _)| *i == gi).map(|(_, e)| e.clone()).collect();
        if distinct.len() > 1 || distinct.contains(&None) {
            report.push(ids.join(" / "));
        }
    }
    Scores { forms: forms.len(), found: ent.iter().filter(|e| e.is_some()).count(), tp, fp, fn_, report }
}

/// Scores one set and prints them with the groups missed or split: (coverage, P, R).
fn scored(set: &str) -> (f64, f64, f64) {
    let s = run(set);
    let cov = s.found as f64 / s.forms as f64;
    let p = if s.tp + s.fp > 0 { s.tp as f64 / (s.tp + s.fp) as f64 } else { 0.0 };
    let r = if s.tp + s.fn_ > 0 { s.tp as f64 / (s.tp + s.fn_) as f64 } else { 0.0 };
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("{set} aliases: forms {} found {} coverage {cov:.3}; pairs P {p:.3} R {r:.3} F1 {f1:.3}", s.forms, s.found);
    for l in &s.report {
        println!("  {l}");
    }
    (cov, p, r)
}

#[test]
fn invented_aliases_scores() {
    let (cov, p, r) = scored("invented");
    // Floors just under what the recogniser reaches. Files 01-20 before any fix: coverage
    // 0.782, P 0.968, R 0.656, F1 0.782 (score.py over `riwaya analyze`, the honest number);
    // after the first fixes 0.829, 0.971, 0.731, 0.834. With 21-25 (second reports of five
    // events, written then: names linked across articles) before fixing them: 0.825, 0.987,
    // 0.655, 0.788; after fixing: 0.837, 0.988, 0.707, 0.824.
    // Session 10 (Sahel capitals and countries in the data): coverage 0.853.
    assert!(cov >= 0.85, "coverage {cov:.3}");
    assert!(p >= 0.95, "pair precision {p:.3}");
    assert!(r >= 0.70, "pair recall {r:.3}");
}

/// The second set, `tests/invented2/`: ten happenings outside the dev set and the first set
/// (Yemen's west coast, Sinjar, Puntland, Tillaberi, the Bekaa, Tulkarm, Sirte, North Sinai,
/// Lake Chad, Amhara), two reports each by outlets of different camps that name the same
/// bodies, people and places differently (head or none, title, full or family name,
/// transliteration, acronym, nisba), with many names no data file knows.
#[test]
fn invented2_aliases_scores() {
    let (cov, p, r) = scored("invented2");
    // Before any fix (score.py over `riwaya analyze`): coverage 0.657, P 0.923, R 0.444,
    // F1 0.600; after session 10's fixes 0.693, 0.907, 0.504, 0.648 (the precision lost is
    // the lexicon's: «الجيش النيجري» is the junta's actor, so its armed forces join it).
    assert!(cov >= 0.69, "coverage {cov:.3}");
    assert!(p >= 0.90, "pair precision {p:.3}");
    assert!(r >= 0.50, "pair recall {r:.3}");
}

/// The third set, `tests/invented3/`: eight happenings outside the dev set and the first two
/// (Marib, Kirkuk, Benghazi, Gao, Beledweyne, Deir ez-Zor, Kassala, Cabo Delgado), two
/// reports each by outlets of different camps, naming unknown local bodies the ways outlets
/// link them across articles: a place qualifier as «بـX», «في X» or an idafa, an inner word
/// or none, a synonym head («تنسيقية» / «منسقية»), a bare definite head in the article,
/// foreign names spelled two ways, «مخيم X» / «معسكر X», a known body with its country's
/// nisba, bare «الجيش» in an article about one country.
#[test]
fn invented3_aliases_scores() {
    let (cov, p, r) = scored("invented3");
    // Before any fix (score.py over `riwaya analyze`): coverage 0.622, P 0.966, R 0.337,
    // F1 0.500. After the place-qualifier key, the synonym head and the bare heads: 0.642,
    // 0.972, 0.422, 0.588 (most forms still missed are the recogniser's).
    assert!(cov >= 0.64, "coverage {cov:.3}");
    assert!(p >= 0.96, "pair precision {p:.3}");
    assert!(r >= 0.42, "pair recall {r:.3}");
}

/// The fourth set, `tests/invented4/` (session 11, recognition): six happenings outside the
/// dev set and the sets above (Kassala floods, Kirkuk, Hajjah, Tigray, Borno, Cabo Delgado),
/// two reports each, written for the name forms a reader marks and the recogniser missed:
/// camps with their qualifier («مخيم X للنازحين»), «منطقة/ولاية X» of a known place,
/// villages listed after «قرى»/«مناطق», outlets named by ordinary words where they stand as
/// an outlet, platforms, foreign-named companies and NGOs, a family name alone, glued forms.
#[test]
fn invented4_aliases_scores() {
    let (cov, p, r) = scored("invented4");
    // Before any fix (session 11): coverage 0.551, P 1.000, R 0.467, F1 0.636; after the
    // session's fixes 0.850, 1.000, 0.822, 0.902.
    assert!(cov >= 0.82, "coverage {cov:.3}");
    assert!(p >= 0.95, "pair precision {p:.3}");
    assert!(r >= 0.78, "pair recall {r:.3}");
}
