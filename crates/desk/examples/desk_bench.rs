//! Latency of the desk over a loopback HTTP client: the story list (plain, paged, filtered)
//! and story pages (the largest stories and a spread of others), bounded in count and time.
//!
//! cargo run --release -p riwaya-desk --example desk_bench -- STORE.db [REQUESTS] [SECONDS]

use riwaya_desk::client::get;
use std::time::{Duration, Instant};

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = std::path::PathBuf::from(args.get(1).expect("usage: desk_bench STORE.db [REQUESTS] [SECONDS]"));
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(200);
    let secs: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(30);
    let t = Instant::now();
    let desk = riwaya_desk::Desk::open(&db, riwaya_lexicon::Lexicon::embedded().unwrap()).unwrap();
    let index = desk.index().unwrap();
    println!("index: {} stories, {} outlets, built in {:.2} s (with the lexicon)", index.stories.len(), index.outlets.len(), t.elapsed().as_secs_f64());
    let top_outlet = index.outlets.values().max_by_key(|o| o.articles).map(|o| o.outlet.clone()).unwrap_or_default();
    let mut by_size: Vec<(i64, i64)> = index.stories.iter().map(|s| (s.articles, s.id)).collect();
    by_size.sort_by(|a, b| b.cmp(a));
    let mut story_ids: Vec<i64> = by_size.iter().take(20).map(|x| x.1).collect();
    let stride = (by_size.len() / 30).max(1);
    story_ids.extend(by_size.iter().step_by(stride).take(30).map(|x| x.1));
    let (tx, rx) = std::sync::mpsc::channel();
    let d = desk.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        rt.block_on(riwaya_desk::serve(d, "127.0.0.1:0".parse().unwrap(), move |a| tx.send(a).unwrap())).unwrap();
    });
    let addr = rx.recv().unwrap();
    let enc = |s: &str| s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect::<String>();
    let groups: Vec<(&str, Vec<String>)> = vec![
        ("story list", vec!["/".into(), "/?page=2".into(), "/?page=50".into(), format!("/?outlet={}", enc(&top_outlet)), "/?since=2015-07-25&country=SA".into(), "/?event=attack".into()]),
        ("story list, full-text q", vec![format!("/?q={}", enc("داعش")), format!("/?q={}", enc("الرياض"))]),
        ("story page", story_ids.iter().map(|id| format!("/stories/{id}")).collect()),
        ("api story", story_ids.iter().map(|id| format!("/api/stories/{id}")).collect()),
        ("api stories", vec!["/api/stories".into(), "/api/stories?page=3&limit=50".into()]),
    ];
    println!("{:<26} {:>6} {:>9} {:>9} {:>9} {:>10}", "what", "count", "p50 ms", "p95 ms", "max ms", "max bytes");
    for (name, urls) in groups {
        let start = Instant::now();
        let mut lat = Vec::new();
        let mut bytes = 0;
        while lat.len() < n && start.elapsed() < Duration::from_secs(secs) {
            let u = &urls[lat.len() % urls.len()];
            let t = Instant::now();
            let r = get(addr, u).unwrap();
            lat.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(r.status, 200, "{u}");
            bytes = bytes.max(r.body.len());
        }
        let (p50, p95, max) = (pct(&mut lat, 0.5), pct(&mut lat, 0.95), pct(&mut lat, 1.0));
        println!("{name:<26} {:>6} {p50:>9.1} {p95:>9.1} {max:>9.1} {bytes:>10}", lat.len());
    }
}
