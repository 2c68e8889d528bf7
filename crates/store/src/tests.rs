use super::*;
use riwaya_model::Article;
use std::collections::HashMap;

fn article(id: &str, url: &str, text: &str) -> Article {
    Article { url: Some(url.into()), outlet: Some("Outlet".into()), title: Some("عنوان".into()), ..Article::new(id, text) }
}

fn new<'a>(a: &'a Article, hash: u64) -> NewArticle<'a> {
    let d = riwaya_stories::digest(a);
    NewArticle {
        key: a.url.clone().unwrap(),
        raw_outlet: "Outlet".into(),
        content_hash: hash,
        article: a,
        digest: encode_digest(&d),
        linking: linking_mentions(&a.mentions),
    }
}

/// The index splits words at punctuation however it is written (Arabic comma, guillemets,
/// brackets, attached dashes), ignores harakat and tatweel inside a word and Latin case, and
/// a store whose index was made with `unicode61` (every store before session 7) finds the same.
#[test]
fn search_splits_at_punctuation_and_ignores_marks_and_case() {
    let dir = tempfile::tempdir().unwrap();
    for tokenizer in ["ascii", "unicode61"] {
        let path = dir.path().join(format!("{tokenizer}.db"));
        let mut s = SqliteStore::open(&path).unwrap();
        if tokenizer != "ascii" {
            s.conn_for_tests()
                .execute_batch("DROP TABLE search; CREATE VIRTUAL TABLE search USING fts5(body, content='', tokenize='unicode61');")
                .unwrap();
        }
        let run = s.begin_run("add").unwrap();
        let a1 = article("a1", "http://x/1", "قالت «الأُمَمُ المتحدة»،(أوتشا)-إنّ المـــساعدات وصلت إلى حلب؛ نقلته Reuters.");
        let a2 = article("a2", "http://x/2", "الأمم تبحث المساعدات في جنيف");
        s.add_articles(run, &[new(&a1, 1), new(&a2, 2)]).unwrap();
        s.finish_run(run, "done", "{}").unwrap();
        let ids = |q: &str| s.search(q, 10).unwrap().into_iter().map(|h| h.article.id).collect::<Vec<_>>();
        assert_eq!(ids("المتحدة اوتشا"), ["a1"], "{tokenizer}: words inside guillemets and brackets");
        assert_eq!(ids("حلب"), ["a1"], "{tokenizer}: a word before «؛»");
        assert_eq!(ids("المساعدات").len(), 2, "{tokenizer}: tatweel inside a word");
        assert_eq!(ids("الامم المتحده"), ["a1"], "{tokenizer}: harakat and ta marbuta folded");
        assert_eq!(ids("reuters"), ["a1"], "{tokenizer}: Latin case");
        assert_eq!(ids("REUTERS."), ["a1"]);
        assert!(ids("وصلتإلى").is_empty(), "{tokenizer}: words are not glued together");
    }
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
    assert!(out.split_from.is_empty());
    assert_eq!(out.next_id, 5);
}

#[test]
fn story_ids_follow_most_articles_and_record_splits() {
    let prev: HashMap<String, i64> = [
        ("a", 1),
        ("b", 1),
        ("c", 1),
        ("d", 2),
        ("e", 2),
        ("f", 2),
        ("g", 2),
        ("h", 2),
    ]
    .into_iter()
    .map(|(a, s)| (a.to_string(), s))
    .collect();
    let g = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // Story 2 splits: three of its five articles go with story 1, two with a new article.
    // Its id follows the three (merged into 1, where most of its articles are), and the
    // two are a new story split from 2, not the heir of its id.
    let out = assign_ids(
        &prev,
        &[g(&["x", "g", "h"]), g(&["a", "b", "c", "d", "e", "f"])],
        3,
    );
    assert_eq!(out.ids, [3, 1]);
    assert_eq!(out.merged_into, [(2, 1)].into_iter().collect());
    assert_eq!(out.split_from, [(3, 2)].into_iter().collect());
    // A group holding most of two earlier stories keeps the larger share's id; ties go to
    // the older id.
    let out = assign_ids(
        &prev,
        &[g(&["a", "b", "d", "e", "f"]), g(&["c"]), g(&["g", "h"])],
        3,
    );
    assert_eq!(out.ids, [2, 3, 4]);
    assert_eq!(out.merged_into, [(1, 2)].into_iter().collect());
    assert_eq!(out.split_from, [(3, 1), (4, 2)].into_iter().collect());
    let out = assign_ids(
        &prev,
        &[g(&["a", "b", "c", "d", "e", "f"]), g(&["g", "h"])],
        3,
    );
    assert_eq!(out.ids, [1, 3]);
    assert_eq!(out.merged_into, [(2, 1)].into_iter().collect());
    // Nothing earlier: fresh ids in order, nothing merged or split.
    let out = assign_ids(&HashMap::new(), &[g(&["p"]), g(&["q"])], 7);
    assert_eq!((out.ids, out.next_id), (vec![7, 8], 9));
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
        split_from: None,
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

    // An update that names story 1 live without rewriting it keeps its row; story 3 is new.
    let run = s.begin_run("add").unwrap();
    let placed = vec![(0, vec![1u8, 2], "[]".to_string()), (1, vec![3u8], "[[\"e\",\"f\"]]".to_string())];
    s.save_story_update(&StoryUpdate {
        run,
        changed: &[rec(3, &["e", "f"], "Aden", "2020-01-06")],
        live: &[1, 3],
        merged_into: &HashMap::new(),
        placed: &placed,
        state: &[("threads", 6, b"{}".to_vec())],
    })
    .unwrap();
    let live: Vec<i64> = s.stories(&StoryFilter::default()).unwrap().iter().map(|x| x.id).collect();
    assert_eq!(live, [3, 1]);
    assert_eq!(s.story(1).unwrap().unwrap().updated_run, run - 1, "not rewritten");
    assert_eq!(s.story_members().unwrap().len(), 6);
    let mut rows = Vec::new();
    s.placed(&mut |i, r, e| {
        rows.push((i, r.to_vec(), e.to_string()));
        Ok(())
    })
    .unwrap();
    assert_eq!(rows, placed);
    assert_eq!(s.state("threads").unwrap(), Some((6, b"{}".to_vec())));
    // A live id left out of both lists goes (here: dissolved).
    let run = s.begin_run("add").unwrap();
    s.save_story_update(&StoryUpdate { run, changed: &[], live: &[1], merged_into: &HashMap::new(), placed: &[], state: &[] }).unwrap();
    assert!(s.story(3).unwrap().is_none());
    assert_eq!(s.story_members().unwrap().len(), 4);
}

#[test]
fn an_update_saved_in_parts_equals_one_saved_at_once_and_a_cut_short_one_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let rec = |id: i64, arts: &[&str], place: &str| StoryRecord {
        id,
        articles: arts.iter().map(|s| s.to_string()).collect(),
        first: Some("2020-01-01".into()),
        last: Some("2020-01-02".into()),
        title: format!("story {id}"),
        terms: vec![("place", place.to_string()), ("outlet", "Al Riyadh".into())],
        json: format!("{{\"id\":\"{id}\",\"articles\":{arts:?}}}"),
        split_from: None,
    };
    let dump = |s: &SqliteStore| -> Vec<String> {
        let c = s.conn_for_tests();
        let mut out = Vec::new();
        for q in [
            "SELECT id || status || size || title || hash FROM stories ORDER BY id",
            "SELECT rowid || ' ' || story || article FROM story_articles ORDER BY rowid",
            "SELECT story || ' ' || outlets || '|' || actors || '|' || places FROM story_filter ORDER BY story",
            "SELECT 'placed ' || idx FROM placed ORDER BY idx",
        ] {
            let mut st = c.prepare(q).unwrap();
            out.extend(st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(|x| x.unwrap()));
        }
        out
    };
    let first = [rec(1, &["a", "b"], "Mosul"), rec(2, &["c", "d"], "أبها")];
    let second = [rec(1, &["a", "b", "e"], "Mosul"), rec(3, &["f", "g"], "Aden"), rec(4, &["h", "i"], "Aden")];
    let placed = vec![(0, vec![1u8], String::new())];
    let mut stores = Vec::new();
    for (k, parts) in [vec![&second[..]], vec![&second[..1], &second[1..2], &second[2..]], vec![&[][..], &second[..2], &[][..], &second[2..]]].into_iter().enumerate() {
        let mut s = SqliteStore::open(&dir.path().join(format!("p{k}.db"))).unwrap();
        let run = s.begin_run("add").unwrap();
        s.save_stories(run, &first, &HashMap::new()).unwrap();
        let run = s.begin_run("add").unwrap();
        let u = StoryUpdate { run, changed: &[], live: &[1, 3, 4], merged_into: &HashMap::new(), placed: &placed, state: &[] };
        let owned: Vec<Option<Vec<StoryRecord>>> =
            parts.iter().map(|p| Some(p.iter().map(|r| rec(r.id, &r.articles.iter().map(|a| a.as_str()).collect::<Vec<_>>(), &r.terms[0].1)).collect())).chain([None]).collect();
        s.save_story_update_parts(&u, owned).unwrap();
        stores.push(dump(&s));
        // Parts that stop without their end: nothing of them is saved.
        let run = s.begin_run("add").unwrap();
        let u = StoryUpdate { run, changed: &[], live: &[1], merged_into: &HashMap::new(), placed: &[(1, vec![2u8], String::new())], state: &[] };
        assert!(s.save_story_update_parts(&u, vec![Some(vec![rec(1, &["a"], "Mosul")])]).is_err());
        assert_eq!(dump(&s), stores[k]);
    }
    let mut one = SqliteStore::open(&dir.path().join("one.db")).unwrap();
    let run = one.begin_run("add").unwrap();
    one.save_stories(run, &first, &HashMap::new()).unwrap();
    let run = one.begin_run("add").unwrap();
    one.save_story_update(&StoryUpdate { run, changed: &second, live: &[1, 3, 4], merged_into: &HashMap::new(), placed: &placed, state: &[] }).unwrap();
    let one = dump(&one);
    assert!(one.iter().any(|r| r.contains("dissolved")), "story 2 dissolved: {one:?}");
    for s in &stores {
        assert_eq!(s, &one);
    }
}

fn mention(kind: &str, entity: &str, text: &str) -> riwaya_model::Mention {
    serde_json::from_value(serde_json::json!({"kind": kind, "entity": entity, "text": text, "start": 0, "end": text.len()})).unwrap()
}

#[test]
fn linking_names_are_kept_as_extracted_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("r.db")).unwrap();
    let mut a1 = article("a1", "http://x/1", "نص");
    a1.mentions = vec![
        mention("person", "person:جون-كيربي", "جون كيربي"),
        mention("person", "person:كيربي", "كيربي"),
        mention("hospital", "place:مستشفى-الأمل", "مستشفى الأمل"),
        mention("city", "aden", "عدن"),
    ];
    let a2 = article("a2", "http://x/2", "نص آخر");
    let mut a3 = article("a3", "http://x/3", "نص ثالث");
    a3.mentions = vec![mention("person", "person:سالم-خلف", "سالم خلف")];
    let run = s.begin_run("add").unwrap();
    s.add_articles(run, &[new(&a1, 1), new(&a2, 2), new(&a3, 3)])
        .unwrap();
    let mut got = Vec::new();
    s.linking_mentions(0, &mut |v| got.push(v.into_iter().map(|m| m.entity).collect::<Vec<_>>()))
        .unwrap();
    // Full names, sites and places only (not a lone surname); no row for an article without them.
    assert_eq!(
        got,
        [
            vec!["person:جون-كيربي", "place:مستشفى-الأمل", "aden"],
            vec!["person:سالم-خلف"]
        ]
    );
}

#[test]
fn run_log_and_saved_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("r.db")).unwrap();
    let r1 = s.begin_run("add day1.zip").unwrap();
    s.finish_run(r1, "done", "{\"added\":3}").unwrap();
    let r2 = s.begin_run("watch feeds.txt").unwrap();
    let runs = s.runs(None).unwrap();
    assert_eq!(
        runs.iter()
            .map(|r| (r.id, r.status.as_str()))
            .collect::<Vec<_>>(),
        [(r2, "running"), (r1, "done")]
    );
    assert_eq!(runs[1].summary.as_ref().unwrap()["added"], 3);
    assert_eq!(runs[1].command, "add day1.zip");
    assert_eq!(s.runs(Some(1)).unwrap().len(), 1);
    assert!(s.state("stories").unwrap().is_none());
    s.set_state("stories", 7, b"abc").unwrap();
    s.set_state("stories", 9, b"abcd").unwrap();
    assert_eq!(s.state("stories").unwrap(), Some((9, b"abcd".to_vec())));
    // A new version of a stored article drops saved state (it placed the old version).
    let a = article("a", "http://x/1", "نص");
    s.add_articles(r2, &[new(&a, 1)]).unwrap();
    assert!(s.state("stories").unwrap().is_some());
    let b = article("a", "http://x/1", "نص جديد");
    s.save_story_update(&StoryUpdate { run: r2, changed: &[], live: &[], merged_into: &HashMap::new(), placed: &[(0, vec![0], String::new())], state: &[] }).unwrap();
    assert_eq!(s.current_up_to(i64::MAX).unwrap(), 1);
    let mut d = 0;
    s.digests_of(&["a".to_string(), "zz".to_string()], &mut |_, _| {
        d += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(d, 1, "only the one stored");
    s.add_articles(r2, &[new(&b, 2)]).unwrap();
    assert!(s.state("stories").unwrap().is_none());
    let mut n = 0;
    s.placed(&mut |_, _, _| {
        n += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(n, 0, "placements of a retired version are dropped");
}

/// Schema 1 as the first stores were written (digest and names inside `articles`).
const SCHEMA_1_ARTICLES: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, started TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')), finished TEXT, command TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'running', summary TEXT);
CREATE TABLE articles(seq INTEGER PRIMARY KEY, key TEXT NOT NULL, version INTEGER NOT NULL, current INTEGER NOT NULL, id TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT, title TEXT, raw_outlet TEXT NOT NULL, content_hash INTEGER NOT NULL, origin TEXT NOT NULL, run INTEGER NOT NULL REFERENCES runs(id), added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')), article TEXT NOT NULL, persons TEXT NOT NULL, digest BLOB NOT NULL, UNIQUE(key, version));
CREATE INDEX articles_content ON articles(raw_outlet, content_hash);
CREATE INDEX articles_current ON articles(current, seq);
CREATE INDEX articles_id ON articles(id);
CREATE VIRTUAL TABLE search USING fts5(body, content='', tokenize='unicode61');
CREATE TABLE stories(id INTEGER PRIMARY KEY, status TEXT NOT NULL, merged_into INTEGER, created_run INTEGER NOT NULL, updated_run INTEGER NOT NULL, size INTEGER NOT NULL, first TEXT, last TEXT, title TEXT NOT NULL, hash INTEGER NOT NULL, story TEXT NOT NULL);
CREATE INDEX stories_live ON stories(status, last);
CREATE TABLE story_articles(story INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY(story, article));
CREATE INDEX story_articles_article ON story_articles(article);
CREATE TABLE story_terms(story INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX story_terms_story ON story_terms(story);
CREATE TABLE http(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked TEXT NOT NULL, status TEXT NOT NULL);
INSERT INTO meta VALUES('stories_stale', '0');
PRAGMA application_id = 1383561521;
PRAGMA user_version = 1;
";

#[test]
fn a_schema_1_store_is_brought_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let a = article("a1", "http://x/1", "نص");
    let d = encode_digest(&riwaya_stories::digest(&a));
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(SCHEMA_1_ARTICLES).unwrap();
        c.execute(
            "INSERT INTO runs(command, status) VALUES('add', 'done')",
            [],
        )
        .unwrap();
        c.execute(
            "INSERT INTO articles(key, version, current, id, raw_outlet, content_hash, origin, run, article, persons, digest) VALUES('http://x/1', 1, 1, 'a1', 'Outlet', 1, 'f', 1, ?1, '[{\"kind\":\"person\",\"entity\":\"person:x-y\",\"text\":\"x y\",\"start\":0,\"end\":3}]', ?2)",
            rusqlite::params![serde_json::to_string(&a).unwrap(), d],
        )
        .unwrap();
    }
    let s = SqliteStore::open(&path).unwrap();
    let mut ids = Vec::new();
    s.digests(0, None, &mut |id, b| {
        decode_digest(b)?;
        ids.push(id);
        Ok(())
    })
    .unwrap();
    assert_eq!(ids, ["a1"]);
    let mut n = 0;
    s.linking_mentions(0, &mut |v| n += v.len()).unwrap();
    assert_eq!(n, 1);
    assert_eq!(s.runs(None).unwrap().len(), 1);
    let v: i32 = s
        .conn_for_tests()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 3);
    drop(s);
    assert!(SqliteStore::open(&path).is_ok(), "opens again");
}

/// A schema-2 store (a row per filter term) is brought to schema 3: its live stories'
/// terms become their filter rows, and the filters find what they found before.
#[test]
fn a_schema_2_store_keeps_its_filters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.db");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        let run = s.begin_run("add").unwrap();
        let rec = |id: i64, place: &str| StoryRecord {
            id,
            articles: vec![format!("a{id}"), format!("b{id}")],
            first: Some("2020-01-01".into()),
            last: Some("2020-01-02".into()),
            title: format!("story {id}"),
            terms: vec![],
            json: format!("{{\"id\":\"{id}\",\"place\":\"{place}\"}}"),
            split_from: None,
        };
        s.save_stories(run, &[rec(1, "Mosul"), rec(2, "Aden")], &HashMap::new()).unwrap();
        // Back to schema 2 by hand: the term rows, no filter table.
        s.conn_for_tests()
            .execute_batch(
                "CREATE TABLE story_terms(story INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL);
                 INSERT INTO story_terms VALUES(1, 'place', 'mosul'), (1, 'place', 'الموصل'), (1, 'outlet', 'al riyadh'), (1, 'place', 'mosul'),
                                               (2, 'place', 'aden'), (2, 'actor', 'houthis');
                 DROP TABLE story_filter;
                 PRAGMA user_version = 2;",
            )
            .unwrap();
    }
    let s = SqliteStore::open(&path).unwrap();
    let ids = |f: StoryFilter| -> Vec<i64> {
        let mut v: Vec<i64> = s.stories(&f).unwrap().into_iter().map(|x| x.id).collect();
        v.sort();
        v
    };
    assert_eq!(ids(StoryFilter { place: Some("موصل".into()), ..Default::default() }), [1]);
    assert_eq!(ids(StoryFilter { place: Some("Mosul".into()), ..Default::default() }), [1]);
    assert_eq!(ids(StoryFilter { outlet: Some("riyadh".into()), ..Default::default() }), [1]);
    assert_eq!(ids(StoryFilter { actor: Some("houthi".into()), ..Default::default() }), [2]);
    assert_eq!(ids(StoryFilter { actor: Some("mosul".into()), ..Default::default() }), Vec::<i64>::new());
    let places: String = s.conn_for_tests().query_row("SELECT places FROM story_filter WHERE story = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(places, "mosul\nالموصل", "each value once, in order");
    let v: i32 = s.conn_for_tests().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, 3);
    let gone: i64 = s.conn_for_tests().query_row("SELECT count(*) FROM sqlite_master WHERE name = 'story_terms'", [], |r| r.get(0)).unwrap();
    assert_eq!(gone, 0);
}

/// A filter value matches within one term, never across two (the joined row's line
/// break is no letter a filter can hold).
#[test]
fn a_filter_matches_within_one_term() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("f.db")).unwrap();
    let run = s.begin_run("add").unwrap();
    let rec = StoryRecord {
        id: 1,
        articles: vec!["a".into(), "b".into()],
        first: None,
        last: None,
        title: "story".into(),
        terms: vec![("place", "Abha".into()), ("place", "Aden".into())],
        json: "{}".into(),
        split_from: None,
    };
    s.save_stories(run, &[rec], &HashMap::new()).unwrap();
    let n = |q: &str| s.stories(&StoryFilter { place: Some(q.into()), ..Default::default() }).unwrap().len();
    assert_eq!((n("abha"), n("ADEN"), n("ha aden"), n("ha\naden"), n("bh")), (1, 1, 0, 0, 1));
    // LIKE's wildcards are letters like any other.
    assert_eq!((n("a_ha"), n("ab%"), n("%")), (0, 0, 0));
}

#[test]
fn the_story_stage_state_round_trips_and_continues_as_one_run() {
    use riwaya_stories::{Stories, StoryConfig};
    let texts = [
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق شعبي وسط المدينة صباح اليوم",
        "ارتفعت حصيلة انفجار السيارة المفخخة في السوق الشعبي وسط المدينة إلى سبعة قتلى",
        "أعلنت وزارة الصحة تسجيل ثلاثين إصابة جديدة بالكوليرا في المحافظات الجنوبية",
        "قالت وزارة الصحة إن إصابات الكوليرا في المحافظات الجنوبية بلغت أربعين إصابة",
    ];
    let digests: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut a = article(&format!("a{i}"), &format!("http://x/{i}"), t);
            a.published = Some("2024-05-01".into());
            riwaya_stories::digest(&a)
        })
        .collect();
    let mut one = Stories::new(StoryConfig::default());
    one.add_batch(digests.clone());
    let mut first = Stories::new(StoryConfig::default());
    first.add_batch(digests[..2].to_vec());
    let mut resumed = decode_stories(&encode_stories(&first)).unwrap();
    resumed.add_batch(digests[2..].to_vec());
    let json = |s: &Stories| serde_json::to_string(&s.stories(true)).unwrap();
    assert_eq!(json(&resumed), json(&one));
    assert!(decode_stories(b"not a state").is_err());
}

/// A rewritten story keeps exactly its new articles and filter terms (each folded term
/// once), whether its rows were written fresh or changed in place.
#[test]
fn a_rewritten_story_has_exactly_its_new_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("r.db")).unwrap();
    let rec = |arts: &[&str], terms: &[(&'static str, &str)]| StoryRecord {
        id: 1,
        articles: arts.iter().map(|s| s.to_string()).collect(),
        first: None,
        last: None,
        title: "story".into(),
        terms: terms.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        json: format!("{arts:?} {terms:?}"),
        split_from: None,
    };
    let rows = |s: &SqliteStore| -> (Vec<String>, Vec<(String, String)>) {
        let c = s.conn_for_tests();
        let a = c.prepare("SELECT article FROM story_articles WHERE story = 1 ORDER BY article").unwrap().query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        let f: (String, String, String) = c.query_row("SELECT outlets, actors, places FROM story_filter WHERE story = 1", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        let mut t = Vec::new();
        for (kind, joined) in [("actor", &f.1), ("outlet", &f.0), ("place", &f.2)] {
            t.extend(joined.split('\n').filter(|v| !v.is_empty()).map(|v| (kind.to_string(), v.to_string())));
        }
        (a, t)
    };
    let run = s.begin_run("add").unwrap();
    // «أبها» and «ابها» fold to one term.
    s.save_stories(run, &[rec(&["a", "b"], &[("place", "أبها"), ("place", "ابها"), ("actor", "Houthis")])], &HashMap::new()).unwrap();
    let (a, t) = rows(&s);
    assert_eq!(a, ["a", "b"]);
    assert_eq!(t, [("actor".to_string(), "houthis".to_string()), ("place".into(), "ابها".into())]);
    let run = s.begin_run("add").unwrap();
    s.save_stories(run, &[rec(&["b", "c"], &[("place", "Aden"), ("actor", "Houthis")])], &HashMap::new()).unwrap();
    let (a, t) = rows(&s);
    assert_eq!(a, ["b", "c"]);
    assert_eq!(t, [("actor".to_string(), "houthis".to_string()), ("place".into(), "aden".into())]);
    // No terms at all.
    let run = s.begin_run("add").unwrap();
    s.save_stories(run, &[rec(&["c"], &[])], &HashMap::new()).unwrap();
    assert_eq!(rows(&s), (vec!["c".to_string()], vec![]));
}

#[test]
fn snapshots_read_back_only_with_their_fingerprint() {
    let v: std::collections::HashMap<(String, String), Vec<u32>> = [(("a".to_string(), "b".to_string()), vec![1, 2])].into_iter().collect();
    let b = crate::encode_snapshot("build 1", &v);
    assert_eq!(crate::decode_snapshot::<std::collections::HashMap<(String, String), Vec<u32>>>("build 1", &b), Some(v));
    assert_eq!(crate::decode_snapshot::<std::collections::HashMap<(String, String), Vec<u32>>>("build 2", &b), None);
    assert_eq!(crate::decode_snapshot::<std::collections::HashMap<(String, String), Vec<u32>>>("build 1", &b[..b.len() - 1]), None);
    assert_eq!(crate::decode_snapshot::<Vec<u32>>("build 1", &[]), None);
}

/// Filter keys lowercase ASCII-and-Arabic text without Unicode's tables: the same as
/// `to_lowercase` for every character of the Arabic block, ASCII, and text that has others.
#[test]
fn filter_keys_lowercase_as_to_lowercase_does() {
    let mut samples: Vec<String> = vec![
        String::new(),
        "Al Jazeera".into(),
        "AL-ARABIYA 24 وكالة سبأ".into(),
        "وزارة الصحة".into(),
        "ÉCOLE Über".into(),
        "ΟΔΟΣ".into(),
        "İSTANBUL".into(),
        "ＡＢＣ".into(),
        "ﻻ ﷲ".into(),
    ];
    samples.push(('\u{0600}'..='\u{06FF}').collect());
    samples.push((' '..='\u{7f}').collect());
    samples.push(('\u{0590}'..='\u{0700}').collect());
    for s in samples {
        assert_eq!(crate::lowercase(s.clone()), s.to_lowercase(), "{s}");
    }
}
