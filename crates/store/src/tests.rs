use super::*;
use riwaya_model::Article;
use std::collections::HashMap;

fn article(id: &str, url: &str, text: &str) -> Article {
    Article { url: Some(url.into()), outlet: Some("Outlet".into()), title: Some("عنوان".into()), ..Article::new(id, text) }
}

fn new<'a>(a: &'a Article, hash: u64) -> NewArticle<'a> {
    let d = riwaya_stories::digest(a);
    NewArticle { key: a.url.clone().unwrap(), raw_outlet: "Outlet".into(), content_hash: hash, article: a, digest: encode_digest(&d) }
}

#[test]
fn creates_adds_versions_and_searches() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    let mut s = SqliteStore::open(&path).unwrap();
    let run = s.begin_run("add").unwrap();
    let a1 = article("a1", "http://x/1", "قتل عشرة من إرهابيي داعش في غارة على الموصل");
    let a2 = article("a2", "http://x/2", "أعلنت وزارة الصحة عن إصابة خمسين شخصا");
    s.add_articles(run, &[new(&a1, 1), new(&a2, 2)]).unwrap();
    s.finish_run(run, "done", "{}").unwrap();
    assert!(s.stories_stale().unwrap());
    let k = s.known().unwrap();
    assert_eq!(k.seen("http://x/1", "Outlet", 1), Seen::Known);
    assert_eq!(k.seen("http://x/9", "Outlet", 1), Seen::Known, "same outlet and content under another URL");
    assert_eq!(k.seen("http://x/1", "Outlet", 7), Seen::Changed { version: 2 });
    assert_eq!(k.seen("http://x/9", "Other", 1), Seen::New);
    // Search folds alef forms and hamza: «ارهابيي» finds «إرهابيي», and the reverse.
    let hits = s.search("ارهابيي داعش", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article.id, "a1");
    assert_eq!(s.search("إرهابيي", 10).unwrap().len(), 1);
    assert!(s.search("الكوليرا", 10).unwrap().is_empty());
    assert!(s.search("\" OR NEAR(", 10).unwrap().is_empty(), "query syntax is quoted away");
    // A changed article at the same URL: a new version; the old one is kept, not current.
    let a1b = article("a1", "http://x/1", "قتل عشرون من إرهابيي داعش في غارة على الموصل");
    let run = s.begin_run("add").unwrap();
    s.add_articles(run, &[new(&a1b, 3)]).unwrap();
    assert_eq!(s.article_count().unwrap(), 2);
    let mut ids = Vec::new();
    s.digests(0, None, &mut |id, b| {
        decode_digest(b)?;
        ids.push(id);
        Ok(())
    })
    .unwrap();
    assert_eq!(ids, ["a2", "a1"]);
    let versions: i64 = s.conn_for_tests().query_row("SELECT count(*) FROM articles WHERE key = 'http://x/1'", [], |r| r.get(0)).unwrap();
    assert_eq!(versions, 2);
    let mut texts = Vec::new();
    s.articles(None, &mut |a| {
        texts.push(a.text);
        Ok(())
    })
    .unwrap();
    assert!(texts[1].contains("عشرون"));
}

#[test]
fn digest_round_trip() {
    let mut a = article("a", "u", "قال الجيش إن ثلاثة جنود قتلوا أمس في هجوم على قاعدة عسكرية قرب الحدود مع العراق.");
    a.published = Some("2020-01-02".into());
    let d = riwaya_stories::digest(&a);
    let back = decode_digest(&encode_digest(&d)).unwrap();
    assert_eq!(format!("{d:?}"), format!("{back:?}"));
}

#[test]
fn refuses_foreign_and_corrupt_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "just some notes\n").unwrap();
    let e = SqliteStore::open(&text).err().unwrap().to_string();
    assert!(e.contains("not a Riwaya store"), "{e}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "just some notes\n");

    let other = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES(1);").unwrap();
    }
    let e = SqliteStore::open(&other).err().unwrap().to_string();
    assert!(e.contains("another program"), "{e}");

    let good = dir.path().join("good.db");
    drop(SqliteStore::open(&good).unwrap());
    let mut bytes = std::fs::read(&good).unwrap();
    for b in bytes.iter_mut().skip(100).take(400) {
        *b = 0xAB;
    }
    std::fs::write(&good, &bytes).unwrap();
    assert!(SqliteStore::open(&good).is_err());
    assert_eq!(std::fs::read(&good).unwrap(), bytes, "never overwritten");
}

#[test]
fn story_ids_are_stable() {
    let prev: HashMap<String, i64> = [("a", 1), ("b", 1), ("c", 2), ("d", 3)].into_iter().map(|(a, s)| (a.to_string(), s)).collect();
    let g = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // Story 1 grows, stories 2 and 3 merge (the older id keeps), a new story appears.
    let out = assign_ids(&prev, &[g(&["a", "b", "e"]), g(&["c", "d", "f"]), g(&["x", "y"])], 4);
    assert_eq!(out.ids, [1, 2, 4]);
    assert_eq!(out.merged_into, [(3, 2)].into_iter().collect());
    assert_eq!(out.next_id, 5);
}

#[test]
fn saves_filters_and_follows_merges() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("r.db")).unwrap();
    let rec = |id: i64, arts: &[&str], place: &str, last: &str| StoryRecord {
        id,
        articles: arts.iter().map(|s| s.to_string()).collect(),
        first: Some(last.into()),
        last: Some(last.into()),
        title: format!("story {id}"),
        terms: vec![("place", place.to_string()), ("outlet", "Al Riyadh".into())],
        json: format!("{{\"id\":\"{id}\",\"articles\":{arts:?}}}"),
    };
    let run = s.begin_run("add").unwrap();
    s.save_stories(run, &[rec(1, &["a", "b"], "Mosul", "2020-01-01"), rec(2, &["c", "d"], "أبها", "2020-01-05")], &HashMap::new()).unwrap();
    assert_eq!(s.stories(&StoryFilter::default()).unwrap().len(), 2);
    let f = StoryFilter { place: Some("ابها".into()), ..Default::default() };
    assert_eq!(s.stories(&f).unwrap()[0].id, 2);
    let f = StoryFilter { since: Some("2020-01-03".into()), outlet: Some("riyadh".into()), ..Default::default() };
    assert_eq!(s.stories(&f).unwrap().len(), 1);
    let run = s.begin_run("add").unwrap();
    s.save_stories(run, &[rec(1, &["a", "b", "c", "d"], "Mosul", "2020-01-05")], &[(2, 1)].into_iter().collect()).unwrap();
    assert_eq!(s.story(2).unwrap().unwrap().id, 1);
    assert_eq!(s.story_members().unwrap().len(), 4);
    assert!(s.story(99).unwrap().is_none());
}
