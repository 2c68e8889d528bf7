//! The story list follows the store: a `riwaya add` beside the running desk shows up
//! (the index is rebuilt, beside the requests, when the store's articles or stories change).

mod common;
use common::*;
use riwaya_store::{NewArticle, SqliteStore, Store, StoryRecord};
use serde_json::Value;

#[test]
fn the_index_follows_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = build_store(dir.path());
    let addr = serve(&db);
    let total = || serde_json::from_str::<Value>(&get(addr, "/api/stories").body).unwrap()["total"].as_u64().unwrap();
    assert_eq!(total(), 2);
    let mut store = SqliteStore::open(&db).unwrap();
    let run = store.begin_run("test").unwrap();
    let mut a = riwaya_model::Article::new("later.txt", "خبر لاحق");
    a.published = Some("2022-02-01".into());
    store.add_articles(run, &[NewArticle { key: "later.txt".into(), raw_outlet: "x".into(), content_hash: 99, article: &a, digest: vec![], linking: vec![] }]).unwrap();
    let mut stories: Vec<StoryRecord> = store
        .stories(&Default::default())
        .unwrap()
        .into_iter()
        .map(|s| StoryRecord { id: s.id, articles: vec![], first: s.first, last: s.last, title: s.title, terms: vec![], json: s.story.to_string(), split_from: None })
        .collect();
    let j = serde_json::json!({"id": "3", "title": "خبر لاحق", "first": "2022-02-01", "last": "2022-02-01", "articles": [{"id": "later.txt", "outlet": null, "published": "2022-02-01", "title": null}]});
    stories.push(StoryRecord { id: 3, articles: vec!["later.txt".into()], first: Some("2022-02-01".into()), last: Some("2022-02-01".into()), title: "خبر لاحق".into(), terms: vec![], json: j.to_string(), split_from: None });
    store.save_stories(run, &stories, &Default::default()).unwrap();
    // Checked every 2 s, rebuilt in a thread of its own: the old list answers meanwhile.
    let t0 = std::time::Instant::now();
    while total() != 3 {
        assert!(t0.elapsed().as_secs() < 20, "the new story never showed up");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let first: Value = serde_json::from_str(&get(addr, "/api/stories?limit=1").body).unwrap();
    assert_eq!(first["stories"][0]["id"], 3, "newest first");
}
