//! Story-clustering check on analysed articles (for tuning, not shipped):
//! `riwaya analyze DIR --format jsonl -o arts.jsonl`, then
//! `cargo run --release -p riwaya-stories --example tune -- arts.jsonl tests/fixtures/saudinewsnet_events.json [dev.jsonl dev.stories.jsonl]`
//! prints the largest stories, and per labelled event the share of its reports in its best
//! story and the share of that story about it; with a dev report and gold, B-cubed.
use riwaya_model::Article;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;

fn load(path: &str) -> Vec<Article> {
    let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    f.lines().map_while(Result::ok).filter(|l| l.starts_with('{')).filter_map(|l| serde_json::from_str(&l).ok()).collect()
}

fn cluster(arts: &[Article]) -> (riwaya_stories::Stories, Vec<riwaya_stories::Story>) {
    let mut s = riwaya_stories::Stories::new(Default::default());
    for chunk in arts.chunks(1024) {
        s.add_batch(chunk.iter().map(riwaya_stories::digest).collect());
    }
    let st = s.stories(false);
    (s, st)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arts = load(&args[1]);
    let t = std::time::Instant::now();
    let (state, stories) = cluster(&arts);
    eprintln!("{} articles, {} stories of 2+, {:.2?}", arts.len(), stories.len(), t.elapsed());
    // SAVE=1: the size and time of saving the stage's state (JSON) and restoring it.
    if std::env::var("SAVE").is_ok() {
        let t = std::time::Instant::now();
        let bytes = serde_json::to_vec(&state).unwrap();
        let saved = t.elapsed();
        let t = std::time::Instant::now();
        let back: riwaya_stories::Stories = serde_json::from_slice(&bytes).unwrap();
        eprintln!("  state: {} MB as JSON, saved in {saved:.2?}, restored in {:.2?} ({} articles)", bytes.len() / 1_000_000, t.elapsed(), back.len());
    }
    for s in stories.iter().take(12) {
        eprintln!("  {:5} {} {:?}..{:?} {}", s.articles.len(), s.id, s.first, s.last, s.title.chars().take(70).collect::<String>());
    }
    // SPANS=N: the N stories of 5+ reports that span the most days (topics that are not
    // happenings show as long stories).
    if let Some(n) = std::env::var("SPANS").ok().and_then(|v| v.parse::<usize>().ok()) {
        let day = |d: &Option<String>| d.as_deref().and_then(riwaya_stories::digest::day_number).map(i64::from);
        let mut v: Vec<(i64, &riwaya_stories::Story)> = stories
            .iter()
            .filter(|s| s.articles.len() >= 5)
            .filter_map(|s| Some((day(&s.last)? - day(&s.first)?, s)))
            .collect();
        v.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.articles.len().cmp(&a.1.articles.len())));
        for (d, s) in v.iter().take(n) {
            eprintln!("  span {d:2} days {:4} {} {}", s.articles.len(), s.id, s.title.chars().take(70).collect::<String>());
        }
    }
    eprintln!("  over 300: {}", stories.iter().filter(|s| s.articles.len() > 300).count());
    // CONTRA=FILE: every contradiction, one JSON line each, with both reports, for reading.
    if let Ok(path) = std::env::var("CONTRA") {
        let mut out = String::new();
        for s in &stories {
            for c in &s.contradictions {
                let reps: Vec<serde_json::Value> = if c.kind == "figure" {
                    let f = &s.figures[c.index];
                    [c.a, c.b]
                        .iter()
                        .map(|&i| {
                            let mut v = serde_json::to_value(&f.reports[i]).unwrap();
                            v["linked"] = serde_json::json!(f.reports[i].linked);
                            v
                        })
                        .collect()
                } else {
                    let e = &s.events[c.index];
                    [c.a, c.b].iter().filter_map(|&i| e.reports.get(i)).map(|r| serde_json::to_value(r).unwrap()).collect()
                };
                let line = serde_json::json!({"story": s.id, "title": s.title, "size": s.articles.len(), "kind": c.kind, "about": c.about, "why": c.why, "reason": c.reason, "reports": reps});
                out.push_str(&line.to_string());
                out.push('\n');
            }
        }
        std::fs::write(&path, out).unwrap();
        eprintln!("  contradictions: {}", stories.iter().map(|s| s.contradictions.len()).sum::<usize>());
    }
    // THREADC=FILE: contradictions between two stories of one thread (each thread laid out
    // as one story; pairs within one story left out), one JSON line each, for reading.
    if let Ok(path) = std::env::var("THREADC") {
        let idx: HashMap<&str, u32> = (0..state.len()).filter_map(|i| state.article_id(i).map(|a| (a, i as u32))).collect();
        let mut by: BTreeMap<&str, Vec<&riwaya_stories::Story>> = BTreeMap::new();
        for st in &stories {
            if let Some(t) = &st.thread {
                by.entry(t.as_str()).or_default().push(st);
            }
        }
        let mut out = String::new();
        for (t, ss) in by {
            let story_of: HashMap<&str, &str> = ss.iter().flat_map(|s| s.articles.iter().map(move |a| (a.id.as_str(), s.id.as_str()))).collect();
            let mut m: Vec<u32> = story_of.keys().filter_map(|a| idx.get(a).copied()).collect();
            m.sort_unstable();
            let all = state.story_of_group(m[0], &m);
            for c in all.contradictions.iter().filter(|c| c.kind == "figure") {
                let f = &all.figures[c.index];
                let (a, b) = (&f.reports[c.a], &f.reports[c.b]);
                let (sa, sb) = (story_of.get(a.article.as_str()), story_of.get(b.article.as_str()));
                if sa == sb {
                    continue;
                }
                let r = |s: Option<&&str>, x: &riwaya_stories::Report| serde_json::json!([s, x.outlet, x.text, x.sentence]);
                out.push_str(&serde_json::json!({"thread": t, "why": c.why, "a": r(sa, a), "b": r(sb, b)}).to_string());
                out.push('\n');
            }
        }
        eprintln!("  contradictions between stories of one thread: {}", out.lines().count());
        std::fs::write(&path, out).unwrap();
    }
    // STORYDUMP=FILE:ID: that story as JSON (figures, reports, contradictions), for tracing.
    if let Ok(spec) = std::env::var("STORYDUMP") {
        if let Some((path, id)) = spec.split_once(':') {
            if let Some(s) = stories.iter().find(|s| s.id == id) {
                std::fs::write(path, serde_json::to_string_pretty(s).unwrap()).unwrap();
            }
        }
    }
    let threads = riwaya_stories::threads(&stories);
    eprintln!("{} threads; largest:", threads.len());
    for t in threads.iter().take(10) {
        eprintln!("  {:5} articles {:3} stories {:?}..{:?} {}", t.articles, t.stories.len(), t.first, t.last, t.title.chars().take(60).collect::<String>());
    }
    let url_id: HashMap<&str, &str> = arts.iter().filter_map(|a| a.url.as_deref().map(|u| (u, a.id.as_str()))).collect();
    let mut story_of: HashMap<&str, &str> = HashMap::new();
    let mut size: HashMap<&str, usize> = HashMap::new();
    for s in &stories {
        size.insert(&s.id, s.articles.len());
        for a in &s.articles {
            story_of.insert(&a.id, &s.id);
        }
    }
    // WHERE=URL,URL…: each article's story and thread, for tracing where reports went.
    if let Ok(urls) = std::env::var("WHERE") {
        for u in urls.split(',') {
            let id = url_id.get(u).copied().unwrap_or("?");
            let s = story_of.get(id).and_then(|s| stories.iter().find(|x| x.id == *s));
            eprintln!("  where {u}: {} {} {}", s.map_or("-", |s| s.id.as_str()), s.and_then(|s| s.thread.as_deref()).unwrap_or("-"), s.map_or(0, |s| s.articles.len()));
        }
    }
    let fx: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&args[2]).unwrap()).unwrap();
    let (mut rs, mut ps, mut n) = (0.0, 0.0, 0.0);
    for (name, ev) in fx["events"].as_object().unwrap() {
        let ids = |k: &str| -> Vec<&str> { ev[k].as_array().unwrap().iter().filter_map(|u| url_id.get(u.as_str().unwrap()).copied()).collect() };
        let reports = ids("reports");
        let about: HashSet<&str> = reports.iter().copied().chain(ids("related")).collect();
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for id in &reports {
            if let Some(s) = story_of.get(id) {
                *count.entry(s).or_default() += 1;
            }
        }
        if std::env::var("DETAIL").is_ok_and(|x| x == *name) {
            for (s, c) in &count {
                let st = stories.iter().find(|x| x.id == *s).unwrap();
                eprintln!("      {c:3} of {:3} {} {:?}..{:?} {}", st.articles.len(), s, st.first, st.last, st.title.chars().take(60).collect::<String>());
            }
        }
        let best = count.iter().max_by_key(|(_, c)| **c);
        let (recall, purity, sz) = match best {
            Some((s, c)) => {
                let members: Vec<&str> = stories.iter().find(|x| x.id == *s).unwrap().articles.iter().map(|a| a.id.as_str()).collect();
                let ab = members.iter().filter(|m| about.contains(*m)).count();
                if std::env::var("SHOW").is_ok_and(|x| x == *name) {
                    let title: HashMap<&str, (&str, &str, &str)> = arts.iter().map(|a| (a.id.as_str(), (a.title.as_deref().unwrap_or(""), a.url.as_deref().unwrap_or(""), a.published.as_deref().unwrap_or("")))).collect();
                    for m in &members {
                        eprintln!("      {} {} {} {}", if about.contains(m) { "+" } else { "-" }, title[m].2, title[m].0, title[m].1);
                    }
                }
                (*c as f64 / reports.len() as f64, ab as f64 / members.len() as f64, size[s])
            }
            None => (1.0 / reports.len().max(1) as f64, 1.0, 1),
        };
        eprintln!("  {name:28} reports {:4}  in best story {recall:.2}  story about it {purity:.2}  (story of {sz})", reports.len());
        rs += recall;
        ps += purity;
        n += 1.0;
    }
    eprintln!("events: mean share in best story {:.4}, mean share of story about it {:.4}", rs / n, ps / n);
    if args.len() > 4 {
        let dev = load(&args[3]);
        let (_, st) = cluster(&dev);
        let mut pred: HashMap<String, String> = HashMap::new();
        for s in &st {
            for a in &s.articles {
                pred.insert(a.id.clone(), s.id.clone());
            }
        }
        let gold: Vec<(String, String)> = std::fs::read_to_string(&args[4])
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (v["id"].as_str().unwrap().to_string(), v["story"].as_str().unwrap().to_string())
            })
            .collect();
        // DEVDUMP=1: the dev set's stories, one line each (article ids).
        if std::env::var("DEVDUMP").is_ok() {
            for s in &st {
                eprintln!("  dev {}: {}", s.id, s.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(" "));
            }
        }
        let p_of = |i: &str| pred.get(i).cloned().unwrap_or_else(|| format!("single:{i}"));
        let (mut p, mut r) = (0.0, 0.0);
        for (i, g) in &gold {
            let sp: Vec<&(String, String)> = gold.iter().filter(|(j, _)| p_of(j) == p_of(i)).collect();
            let both = sp.iter().filter(|(_, h)| h == g).count() as f64;
            p += both / sp.len() as f64;
            r += both / gold.iter().filter(|(_, h)| h == g).count() as f64;
        }
        let (p, r) = (p / gold.len() as f64, r / gold.len() as f64);
        eprintln!("dev B-cubed: P {p:.3} R {r:.3} F1 {:.3}", 2.0 * p * r / (p + r));
    }
}
