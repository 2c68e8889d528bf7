//! A store built by hand with hostile text in every field the desk shows, and the desk
//! served on a free 127.0.0.1 port.
#![allow(dead_code)]

use riwaya_model::{Article, Claim, DateMention, Event, EntityRef, Framing, Mention, Removed};
use riwaya_store::{NewArticle, SqliteStore, Store, StoryRecord};
use serde_json::json;
use std::net::SocketAddr;

/// Markup, script URLs, event handlers, a style break and a bidi override.
pub const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=alert(2)></style><a href=\"javascript:alert(3)\">x</a>\u{202E}evil";
pub const HOSTILE_ID: &str = "x\"><script>alert(4)</script>.txt";
pub const HOSTILE_OUTLET: &str = "Evil <b>Outlet</b>\u{202E}";

/// What no page or response may contain raw.
pub fn assert_inert(what: &str, body: &str) {
    let lower = body.to_lowercase();
    for bad in ["<script", "<img", "href=\"javascript:", "</style>", "\u{202e}", "<b>outlet"] {
        assert!(!lower.contains(bad), "{what}: contains {bad:?}");
    }
}

fn hostile_article() -> Article {
    let text = format!("قتل 5 مدنيين في حلب أمس. {HOSTILE} قالت وزارة الصحة.");
    let five = text.find('5').unwrap();
    let aleppo = text.find("حلب").unwrap();
    let h = text.find("<script>").unwrap();
    let mut a = Article::new(HOSTILE_ID, text.clone());
    a.outlet = Some(HOSTILE_OUTLET.into());
    a.url = Some("javascript:alert(5)".into());
    a.published = Some("2022-01-22".into());
    a.title = Some(format!("عنوان {HOSTILE}"));
    a.removed = vec![Removed { text: HOSTILE.into(), reason: HOSTILE.into() }];
    a.mentions = vec![
        Mention { text: "حلب".into(), entity: "aleppo".into(), kind: "city".parse().unwrap(), start: aleppo, end: aleppo + "حلب".len(), name: None },
        Mention { text: HOSTILE.into(), entity: format!("org:{HOSTILE}"), kind: "org".parse().unwrap(), start: h, end: h + HOSTILE.len(), name: Some(HOSTILE.into()) },
    ];
    a.claims = vec![Claim {
        quantity: "killed".parse().unwrap(),
        subject: Some(HOSTILE.into()),
        low: Some(5),
        high: Some(5),
        approx: false,
        vague: false,
        text: "5 مدنيين".into(),
        attribution: vec![HOSTILE.into()],
        sources: vec![],
        hedge: Some(HOSTILE.into()),
        date: Some("2022-01-21".into()),
        date_source: None,
        event: None,
        denied: false,
        denied_by: vec![],
        part_of: None,
        additional: false,
        start: five,
        end: five + "5 مدنيين".len(),
        sentence: HOSTILE.into(),
    }];
    a.dates = vec![DateMention { text: "أمس".into(), date: "2022-01-21".into(), start: text.find("أمس").unwrap(), end: text.find("أمس").unwrap() + "أمس".len(), anchor: HOSTILE.into() }];
    a.events = vec![Event {
        kind: "attack".parse().unwrap(),
        agent: Some(EntityRef { text: HOSTILE.into(), entity: None }),
        target: None,
        place: Some(EntityRef { text: "حلب".into(), entity: Some("aleppo".into()) }),
        geo: None,
        date: Some("2022-01-21".into()),
        text: "قتل".into(),
        attribution: vec![HOSTILE.into()],
        denied: false,
        start: 0,
        end: "قتل".len(),
    }];
    a.framing = vec![Framing { term: HOSTILE.into(), entity: "isis".into(), signal: "pejorative".into(), text: HOSTILE.into(), start: 0, end: 1, voice: None }];
    a
}

fn plain_article(i: usize) -> Article {
    let text = format!("أعلنت وزارة الصحة مقتل {} أشخاص في قصف على حمص.", 10 + i);
    let mut a = Article::new(format!("day/{i}.txt"), text);
    a.outlet = Some(if i.is_multiple_of(2) { "Al Mayadeen" } else { "Orient News" }.into());
    a.url = Some(format!("https://news.example/{i}"));
    a.published = Some(format!("2022-01-2{}", 3 + i % 3));
    a.title = Some(format!("قصف على حمص {i}"));
    a
}

fn report(article: &str, outlet: &str, low: u64, date: &str, text: &str) -> serde_json::Value {
    json!({"article": article, "outlet": outlet, "published": date, "low": low, "high": low, "approx": false, "vague": false,
           "attribution": [text], "hedge": text, "date": date, "text": text, "sentence": text, "start": 0, "end": 3,
           "party_claim": false, "group": 0, "place": "aleppo", "denied": false, "adds": false, "cumulative": false, "incident": 0})
}

/// Builds the store: one hostile story (story 1) and one plain one (story 2).
pub fn build_store(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("desk.db");
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run("test").unwrap();
    let mut arts = vec![hostile_article()];
    arts.extend((0..4).map(plain_article));
    let batch: Vec<NewArticle> = arts
        .iter()
        .enumerate()
        .map(|(i, a)| NewArticle { key: a.id.clone(), raw_outlet: a.outlet.clone().unwrap_or_default(), content_hash: i as u64, article: a, digest: vec![], linking: vec![] })
        .collect();
    store.add_articles(run, &batch).unwrap();
    let hostile = json!({
        "id": "1", "title": format!("عنوان {HOSTILE}"), "first": "2022-01-21", "last": "2022-01-22",
        "articles": [{"id": HOSTILE_ID, "outlet": HOSTILE_OUTLET, "published": "2022-01-22", "title": HOSTILE}],
        "actors": [{"entity": format!("org:{HOSTILE}"), "name": HOSTILE, "count": 2}],
        "places": [{"entity": "aleppo", "name": "Aleppo", "count": 1}, {"entity": HOSTILE, "name": HOSTILE, "count": 1}],
        "figures": [{"quantity": "killed", "subject": HOSTILE, "reports": [report(HOSTILE_ID, HOSTILE_OUTLET, 5, "2022-01-21", HOSTILE), report(HOSTILE_ID, "Al Mayadeen", 50, "2022-01-22", HOSTILE)],
                     "range_low": 5, "range_high": 50, "low": 5, "best": 20, "high": 50, "reason": HOSTILE}],
        "events": [{"type": "attack", "agent": HOSTILE, "place": "aleppo", "date": "2022-01-21",
                    "reports": [{"article": HOSTILE_ID, "outlet": HOSTILE_OUTLET, "text": HOSTILE, "attribution": [HOSTILE], "date": "2022-01-21", "start": 0, "end": 3, "denied": true}]}],
        "contradictions": [{"kind": "figure", "about": HOSTILE, "index": 0, "a": 0, "b": 1, "why": HOSTILE, "reason": HOSTILE, "incident": 0, "evolution": [0, 1]}],
        "incidents": [{"id": "i0", "place": HOSTILE, "date": "2022-01-21", "kinds": [HOSTILE], "agents": [HOSTILE], "events": [0], "reports": [[0, 0], [0, 1]],
                       "estimates": [{"quantity": "killed", "subject": HOSTILE, "low": 5, "best": 20, "high": 50, "reason": HOSTILE, "party_claims": 1}]}],
        "outlets": [{"outlet": HOSTILE_OUTLET, "articles": 1, "names": [{"entity": "isis", "name": HOSTILE, "forms": [[HOSTILE, 2]]}],
                     "loaded_terms": [{"term": HOSTILE, "entity": HOSTILE, "signal": HOSTILE, "text": HOSTILE, "count": 1}], "cites": [[HOSTILE, 1]], "only_here": []}]
    });
    let plain_ids: Vec<String> = arts[1..].iter().map(|a| a.id.clone()).collect();
    let plain = json!({
        "id": "2", "title": "قصف على حمص", "first": "2022-01-23", "last": "2022-01-25",
        "articles": arts[1..].iter().map(|a| json!({"id": a.id, "outlet": a.outlet, "published": a.published, "title": a.title})).collect::<Vec<_>>(),
        "actors": [{"entity": "isis", "name": "Islamic State (ISIS)", "count": 3}], "places": [{"entity": "homs", "name": "Homs", "count": 4}],
        "figures": [{"quantity": "killed", "subject": "civilians", "reports": [report("day/0.txt", "Al Mayadeen", 10, "2022-01-23", "مقتل 10"), report("day/1.txt", "Orient News", 11, "2022-01-24", "مقتل 11")],
                     "range_low": 10, "range_high": 11, "low": 10, "best": 10, "high": 11, "reason": "median"}],
        "events": [{"type": "air_strike", "agent": null, "place": "homs", "date": "2022-01-23", "reports": []}],
        "contradictions": [], "incidents": [],
        "outlets": [{"outlet": "Al Mayadeen", "articles": 2, "names": [{"entity": "isis", "name": "Islamic State (ISIS)", "forms": [["داعش", 3]]}], "loaded_terms": [], "cites": [["وزارة الصحة", 2]], "only_here": []},
                    {"outlet": "Orient News", "articles": 2, "names": [], "loaded_terms": [], "cites": [], "only_here": []}]
    });
    let rec = |id: i64, arts: Vec<String>, j: &serde_json::Value, terms: Vec<(&'static str, String)>| StoryRecord {
        id,
        articles: arts,
        first: j["first"].as_str().map(str::to_string),
        last: j["last"].as_str().map(str::to_string),
        title: j["title"].as_str().unwrap().to_string(),
        terms,
        split_from: None,
        json: j.to_string(),
    };
    let stories = [
        rec(1, vec![HOSTILE_ID.to_string()], &hostile, vec![("outlet", HOSTILE_OUTLET.to_string())]),
        rec(2, plain_ids, &plain, vec![("outlet", "Al Mayadeen".into()), ("outlet", "Orient News".into())]),
    ];
    store.save_stories(run, &stories, &Default::default()).unwrap();
    store.finish_run(run, "done", "{}").unwrap();
    db
}

/// Serves the store on a free port; the server lives as long as the test process.
pub fn serve(db: &std::path::Path) -> SocketAddr {
    serve_with(db, None)
}

pub fn serve_with(db: &std::path::Path, exporter: Option<riwaya_desk::Exporter>) -> SocketAddr {
    let lexicon = riwaya_lexicon::Lexicon::embedded().unwrap();
    let desk = riwaya_desk::Desk::open_with_exports(db, lexicon, exporter).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        rt.block_on(riwaya_desk::serve(desk, "127.0.0.1:0".parse().unwrap(), move |a| tx.send(a).unwrap())).unwrap();
    });
    rx.recv().unwrap()
}

pub fn get(addr: SocketAddr, path: &str) -> riwaya_desk::client::Reply {
    riwaya_desk::client::get(addr, path).unwrap()
}
