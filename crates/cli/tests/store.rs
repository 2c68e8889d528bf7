//! The store commands end to end: `add` (files, URLs, WARC), `watch` against a local
//! server on 127.0.0.1 (no other network), the queries and reports, idempotence, stable
//! story ids over daily adds, and kill -9 at random points.

use assert_cmd::Command;
use riwaya_web::test_server::{small_warc, Route, Server};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn riwaya() -> Command {
    let mut c = Command::cargo_bin("riwaya").unwrap();
    c.timeout(Duration::from_secs(600));
    c
}

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    let o = riwaya().args(args).arg("--db").arg(db).output().unwrap();
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into(), String::from_utf8_lossy(&o.stderr).into())
}

fn stories_json(db: &Path) -> Vec<Value> {
    let (code, out, err) = run(db, &["stories", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str::<Vec<Value>>(&out).unwrap()
}

#[test]
fn demo_add_query_report_and_idempotence() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let demo = root().join("demo/corpus");
    let lex = root().join("demo/lexicon");
    let (code, out, err) = run(&db, &["add", demo.to_str().unwrap(), "--lexicon", lex.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added 6 articles"), "{out}");
    assert!(out.contains("1 new"), "{out}");
    // The same inputs again: nothing added, the story unchanged.
    let before = stories_json(&db);
    let (code, out, _) = run(&db, &["add", demo.to_str().unwrap(), "--lexicon", lex.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0);
    assert!(out.contains("added 0 articles; 6 already in the store"), "{out}");
    assert_eq!(before, stories_json(&db));
    let id = before[0]["id"].as_i64().unwrap();
    // The run log: both adds, newest first, with what each did.
    let (code, out, _) = run(&db, &["runs"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("2 runs"), "{out}");
    assert!(out.contains("added 6; 0 already stored; stories: 1 new, 0 grown") && out.contains("added 0; 6 already stored"), "{out}");
    let (_, out, _) = run(&db, &["runs", "--format", "json", "-n", "1"]);
    let runs: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!((runs.len(), runs[0]["status"].as_str(), runs[0]["summary"]["added"].as_i64()), (1, Some("done"), Some(0)));
    assert!(runs[0]["command"].as_str().unwrap().starts_with("add "));
    let (_, out, _) = run(&db, &["story", &id.to_string(), "--format", "json"]);
    let s: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(s["story"]["articles"].as_array().unwrap().len() as i64, s["size"].as_i64().unwrap());
    // Search folds spellings: the query without hamza finds the text's «الطواحين».
    let (_, out, _) = run(&db, &["search", "الطواحين", "--format", "json"]);
    let hits: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["story"].as_i64(), Some(id));
    let (_, out, _) = run(&db, &["search", "no-such-word-anywhere"]);
    assert!(out.contains("0 articles"));
    // Reports from the store, several formats at once.
    let stem = dir.path().join("rep");
    let (code, _, err) = run(&db, &["report", "--format", "html,md,csv,json", "-o", stem.to_str().unwrap(), "--lexicon", lex.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let json: Value = serde_json::from_str(&std::fs::read_to_string(stem.with_extension("json")).unwrap()).unwrap();
    assert_eq!(json["articles"].as_array().unwrap().len(), 6);
    assert_eq!(json["stories"][0]["id"].as_str(), Some(id.to_string().as_str()));
    assert!(std::fs::read_to_string(stem.with_extension("html")).unwrap().contains("<html"));
    assert!(stem.with_extension("md").exists() && stem.with_extension("csv").exists());
    let (code, out, _) = run(&db, &["report", "--format", "md", "--story", &id.to_string()]);
    assert_eq!(code, 0);
    assert!(!out.is_empty());
    let (code, _, err) = run(&db, &["story", "999"]);
    assert_eq!(code, 1);
    assert!(err.contains("no story 999"));
    // Filters.
    assert_eq!(run(&db, &["stories", "--since", "2031-03-15", "--format", "csv"]).1.lines().count(), 2);
    assert_eq!(run(&db, &["stories", "--since", "2031-04-01", "--format", "csv"]).1.lines().count(), 1);
    assert_eq!(run(&db, &["stories", "--outlet", "no such outlet", "--format", "csv"]).1.lines().count(), 1);
}

#[test]
fn foreign_or_corrupt_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "my notes\n").unwrap();
    let demo = root().join("demo/corpus/03_al_madar.txt");
    let (code, _, err) = run(&db, &["add", demo.to_str().unwrap(), "-q"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a Riwaya store"), "{err}");
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "my notes\n");
    let (code, _, err) = run(&dir.path().join("missing.db"), &["stories"]);
    assert_eq!(code, 1);
    assert!(err.contains("no store here"), "{err}");
}

const PAGE_A: &str = "<html><head><title>انفجار في مصنع للكيماويات</title><meta property=\"og:site_name\" content=\"Test Wire\"></head><body><article><h1>انفجار في مصنع للكيماويات</h1><p>أعلن الدفاع المدني أن انفجارا وقع في مصنع للكيماويات في المنطقة الصناعية فجر اليوم، ما أسفر عن مقتل أربعة عمال وإصابة خمسة عشر آخرين بجروح.</p><p>وقال متحدث باسم الدفاع المدني إن فرق الإطفاء سيطرت على الحريق بعد ثلاث ساعات، وإن التحقيقات جارية لمعرفة أسباب الانفجار.</p></article></body></html>";
const PAGE_B: &str = "<html><head><title>ارتفاع حصيلة انفجار المصنع</title><meta property=\"og:site_name\" content=\"Other Daily\"></head><body><article><h1>ارتفاع حصيلة انفجار المصنع</h1><p>ارتفعت حصيلة ضحايا الانفجار الذي وقع في مصنع للكيماويات في المنطقة الصناعية إلى ستة قتلى، بحسب ما أعلن الدفاع المدني مساء اليوم.</p><p>وأضاف الدفاع المدني أن عشرين عاملا أصيبوا بجروح، وأن فرق الإطفاء سيطرت على الحريق بعد ساعات من اندلاعه في المصنع.</p></article></body></html>";

fn rss(items: &[(&str, &str)]) -> String {
    let mut s = String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title>");
    for (t, l) in items {
        s.push_str(&format!("<item><title>{t}</title><link>{l}</link><pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate></item>"));
    }
    s + "</channel></rss>"
}

#[test]
fn watch_feeds_pages_and_warc_from_a_local_server() {
    let srv = Server::start(HashMap::new());
    let gone = {
        // A port with nothing listening: a feed that is down.
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/feed.xml", l.local_addr().unwrap())
    };
    {
        let mut r = srv.routes.lock().unwrap();
        let good = rss(&[("a", &srv.url("/a")), ("missing", &srv.url("/missing")), ("broken", &srv.url("/broken")), ("huge", &srv.url("/huge")), ("a again", &srv.url("/a-copy"))]);
        r.insert("/feed.xml".into(), Route { etag: Some("\"f1\"".into()), ..Route::ok("application/rss+xml", good) });
        // A feed with Last-Modified and no ETag, linking to a page the other feed has too.
        let lm = rss(&[("a", &srv.url("/a"))]);
        r.insert("/lm.xml".into(), Route { last_modified: Some("Thu, 04 Mar 2021 11:00:00 GMT".into()), ..Route::ok("application/rss+xml", lm) });
        // The same page under a second URL: stored once, and that URL not fetched again.
        r.insert("/a-copy".into(), Route::ok("text/html; charset=utf-8", PAGE_A));
        r.insert("/bad.xml".into(), Route::ok("application/rss+xml", "<rss><channel><item><title>cut off"));
        r.insert("/slow.xml".into(), Route { delay: Duration::from_millis(3000), ..Route::ok("application/rss+xml", rss(&[])) });
        r.insert("/err.xml".into(), Route::status(500));
        r.insert("/a".into(), Route::ok("text/html; charset=utf-8", PAGE_A));
        r.insert("/broken".into(), Route::status(500));
        r.insert("/huge".into(), Route::ok("text/html", vec![b'a'; 3_000_000]));
        r.insert("/b".into(), Route::ok("text/html; charset=utf-8", PAGE_B));
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let feeds = dir.path().join("feeds.txt");
    std::fs::write(&feeds, format!("# test feeds\n{}\n\n{}\n{}\n{}\n{}\n{}\n", srv.url("/feed.xml"), srv.url("/bad.xml"), srv.url("/slow.xml"), gone, srv.url("/err.xml"), srv.url("/lm.xml"))).unwrap();
    let watch = ["watch", feeds.to_str().unwrap(), "--once", "--delay", "0s", "--timeout", "1s", "--max-bytes", "1000000"];
    let t = std::time::Instant::now();
    let (code, out, err) = run(&db, &watch);
    assert_eq!(code, 3, "partial: some feeds and pages failed\n{out}\n{err}");
    assert!(out.contains("added 1 articles"), "{out}\n{err}");
    for what in ["/bad.xml: not a feed", "/slow.xml: timed out", "cannot connect", "/err.xml: HTTP 500", "/missing: HTTP 404", "/broken: HTTP 500", "/huge:"] {
        assert!(err.contains(what), "{what} missing in\n{err}");
    }
    assert!(t.elapsed() < Duration::from_secs(60));
    // A second pass: the feed is unchanged (the server answers 304 to its ETag); nothing added.
    let (_, out, err) = run(&db, &watch);
    assert!(out.contains("added 0 articles"), "{out}\n{err}");
    assert!(srv.log.lock().unwrap().iter().any(|(p, inm)| p == "/feed.xml" && inm.as_deref() == Some("\"f1\"")));
    assert!(srv.modified_since.lock().unwrap().iter().any(|(p, ims)| p == "/lm.xml" && ims.as_deref() == Some("Thu, 04 Mar 2021 11:00:00 GMT")));
    assert!(err.contains("/lm.xml: not modified"), "{err}");
    assert_eq!(srv.hits("/a"), 1, "a known entry is not fetched again");
    // The feed gains an entry: only the new page is fetched; it joins the first in a story.
    {
        let mut r = srv.routes.lock().unwrap();
        let good = rss(&[("b", &srv.url("/b")), ("a", &srv.url("/a")), ("a again", &srv.url("/a-copy"))]);
        r.insert("/feed.xml".into(), Route { etag: Some("\"f2\"".into()), ..Route::ok("application/rss+xml", good) });
    }
    let (_, out, err) = run(&db, &watch);
    assert!(out.contains("added 1 articles"), "{out}\n{err}");
    assert_eq!((srv.hits("/a"), srv.hits("/a-copy"), srv.hits("/b")), (1, 1, 1), "only the new entry's page is fetched");
    let (_, out, _) = run(&db, &["search", "الدفاع المدني", "--format", "json"]);
    let hits: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(hits.len(), 2, "{out}");
    assert_eq!(hits[0]["published"].as_str(), Some("2021-03-04"), "the feed's date when the page has none");
    // An article URL and a WARC file through `add`; the URL again is not modified or known.
    let (code, out, err) = run(&db, &["add", &srv.url("/b"), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added 0 articles; 1 already"), "{out}");
    let warc = dir.path().join("crawl.warc.gz");
    std::fs::write(&warc, small_warc(PAGE_B.replace("ستة", "سبعة").as_str(), true)).unwrap();
    let (code, out, err) = run(&db, &["add", warc.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added 1 articles"), "{out}");
    let (_, out, _) = run(&db, &["search", "سبعة قتلى", "--format", "json"]);
    assert_eq!(serde_json::from_str::<Vec<Value>>(&out).unwrap()[0]["url"].as_str(), Some("http://example.org/news/1"));
}

#[test]
fn names_link_across_adds_as_within_one_run() {
    // A site and a person named in full on day one, by short forms on day two: the store
    // filled day by day links them as one add of both days does.
    let dir = tempfile::tempdir().unwrap();
    let d1 = dir.path().join("day1.txt");
    let d2 = dir.path().join("day2.txt");
    std::fs::write(&d1, "قصف مستشفى في عدن\n\nقصفت الطائرات مستشفى الأمل الأهلي في مدينة عدن صباح اليوم، ما أدى إلى مقتل ثلاثة مرضى. وقال المتحدث جون كيربي إن التحقيق بدأ.\n").unwrap();
    std::fs::write(&d2, "مدير المستشفى يتحدث\n\nوقال مدير مستشفى الأمل إن القصف دمر قسم الطوارئ، وأكد كيربي أن التحقيق جار.\n").unwrap();
    let (d1, d2) = (d1.to_str().unwrap(), d2.to_str().unwrap());
    let all = dir.path().join("all.db");
    assert_eq!(run(&all, &["add", "-q", d1, d2]).0, 0);
    let daily = dir.path().join("daily.db");
    assert_eq!(run(&daily, &["add", "-q", d1]).0, 0);
    assert_eq!(run(&daily, &["add", "-q", d2]).0, 0);
    let articles = |db: &Path| run(db, &["report", "--format", "jsonl", "-q"]).1;
    let (a, b) = (articles(&all), articles(&daily));
    assert_eq!(a, b, "day by day and all at once differ");
    let second: Value = serde_json::from_str(b.lines().nth(1).unwrap()).unwrap();
    let entities: Vec<&str> = second["mentions"].as_array().unwrap().iter().filter_map(|m| m["entity"].as_str()).collect();
    assert!(entities.contains(&"place:مستشفي-الامل-الاهلي"), "{entities:?}");
}

// ---- SaudiNewsNet: day by day, all at once, killed ----

fn snn() -> Option<PathBuf> {
    let p = root().join("../shared/data/saudinewsnet");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared/data/saudinewsnet is absent; skipped");
        None
    }
}

/// Every `stride`-th record of each day, as one JSON Lines file a day (in a temp folder;
/// nothing of the corpus enters the repo). `stride` 1 is the whole day.
fn sample_days(dir: &Path, days: usize, stride: usize) -> Vec<PathBuf> {
    let src = snn().unwrap();
    let mut zips: Vec<PathBuf> = std::fs::read_dir(&src).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "zip")).collect();
    zips.sort();
    zips.truncate(days);
    if stride == 1 {
        return zips;
    }
    zips.iter()
        .map(|z| {
            let mut a = zip::ZipArchive::new(std::fs::File::open(z).unwrap()).unwrap();
            let mut out = String::new();
            for i in 0..a.len() {
                let f = a.by_index(i).unwrap();
                let v: Value = serde_json::from_reader(f).unwrap();
                for r in v.as_array().unwrap().iter().step_by(stride) {
                    out.push_str(&r.to_string());
                    out.push('\n');
                }
            }
            let p = dir.join(format!("{}.jsonl", z.file_stem().unwrap().to_string_lossy()));
            std::fs::write(&p, out).unwrap();
            p
        })
        .collect()
}

/// What two stores must agree on: every article as stored (JSON lines of the report) and
/// every story without its id.
fn snapshot(db: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let (code, out, err) = run(db, &["report", "--format", "jsonl", "-q"]);
    assert_eq!(code, 0, "{err}");
    let articles = out.lines().map(str::to_string).collect();
    let stories = stories_json(db)
        .into_iter()
        .map(|mut s| {
            s["story"].as_object_mut().unwrap().remove("id");
            canonical(&mut s["story"]);
            s["story"].to_string()
        })
        .collect();
    (articles, stories)
}

/// Sorts every array: the story stage lists some ties (an outlet's loaded terms of equal
/// count) in hash-map order, which is no difference in content.
fn canonical(v: &mut Value) {
    match v {
        Value::Array(a) => {
            a.iter_mut().for_each(canonical);
            a.sort_by_cached_key(|x| x.to_string());
        }
        Value::Object(o) => o.values_mut().for_each(canonical),
        _ => {}
    }
}

fn members(db: &Path) -> HashMap<i64, BTreeSet<String>> {
    use riwaya_store::Store;
    let store = riwaya_store::SqliteStore::open(db).unwrap();
    let mut m: HashMap<i64, BTreeSet<String>> = HashMap::new();
    for (a, s) in store.story_members().unwrap() {
        m.entry(s).or_default().insert(a);
    }
    m
}

/// How the stories of earlier days fared in a store: each earlier (id, articles) is
/// looked up as `riwaya story ID` does (following merges).
#[derive(Default, Debug)]
struct Fate {
    stories: usize,
    /// The id names a live story that holds more of its articles than any other.
    id_follows: usize,
    /// None of its articles is in a story now (all alone again): the id is dissolved.
    dissolved: usize,
    /// … and that story holds all of them.
    whole: usize,
    articles: usize,
    /// Articles found in the story their earlier id names now.
    articles_kept: usize,
}

fn fate(db: &Path, earlier: &[HashMap<i64, BTreeSet<String>>]) -> Fate {
    use riwaya_store::Store;
    let store = riwaya_store::SqliteStore::open(db).unwrap();
    let now = store.story_members().unwrap();
    let mut f = Fate::default();
    for before in earlier {
        for (id, arts) in before {
            f.stories += 1;
            f.articles += arts.len();
            let mut count: HashMap<i64, usize> = HashMap::new();
            for a in arts {
                if let Some(x) = now.get(a) {
                    *count.entry(*x).or_default() += 1;
                }
            }
            let Some(s) = store.story(*id).unwrap() else {
                f.dissolved += usize::from(count.is_empty());
                continue;
            };
            let here = count.get(&s.id).copied().unwrap_or(0);
            f.articles_kept += here;
            if count.values().all(|&n| n <= here) {
                f.id_follows += 1;
                f.whole += usize::from(here == arts.len());
            }
        }
    }
    f
}

/// Adds `days` one by one into one store and all at once into another: every earlier
/// story id still names the story holding most of its articles, most articles stay under
/// their id, the two stores agree, and adding everything again changes nothing.
fn day_by_day(days: &[PathBuf], dir: &Path) -> PathBuf {
    let all = dir.join("all.db");
    let mut args = vec!["add", "-q"];
    args.extend(days.iter().map(|p| p.to_str().unwrap()));
    let (code, _, err) = run(&all, &args);
    assert!(code == 0 || code == 3, "{err}");
    let daily = dir.join("daily.db");
    let mut earlier: Vec<HashMap<i64, BTreeSet<String>>> = Vec::new();
    let mut total = Fate::default();
    for d in days {
        let (code, _, err) = run(&daily, &["add", "-q", d.to_str().unwrap()]);
        assert!(code == 0 || code == 3, "{err}");
        let f = fate(&daily, &earlier);
        eprintln!(
            "after {}: of {} earlier stories (every earlier day's list), {} ids name the story holding most of their articles ({} dissolved), {} hold all of them; {} of {} articles kept their story id",
            d.display(),
            f.stories,
            f.id_follows,
            f.dissolved,
            f.whole,
            f.articles_kept,
            f.articles
        );
        // An earlier id names the story that holds most of its articles, unless none of
        // them is in a story any more. Not all: an id merged into another story follows
        // that story, and when it later splits, the merged id can end with the part that
        // lacks its articles (full corpus: 14 of 1,137 on day three, 78 of 3,042 on day
        // five; none in the sample). Keeping merged stories' members to match them again
        // is the fix owed.
        assert!((f.id_follows + f.dissolved) * 100 >= f.stories * 95, "{f:?}");
        total.stories += f.stories;
        total.whole += f.whole;
        total.articles += f.articles;
        total.articles_kept += f.articles_kept;
        earlier.push(members(&daily));
    }
    // Membership is the story stage's: its last pass merges stories by average linkage
    // afresh each time, so a new day can split an earlier merge (the largest part keeps
    // the id, the rest is recorded as split from it). Measured on the three-day sample:
    // 72 of 83 earlier stories whole, 94 % of articles kept; the floors leave some room.
    assert!(
        total.whole * 4 >= total.stories * 3,
        "only {} of {} earlier stories whole",
        total.whole,
        total.stories
    );
    assert!(
        total.articles_kept * 10 >= total.articles * 9,
        "only {} of {} articles kept their story id",
        total.articles_kept,
        total.articles
    );
    assert_eq!(
        snapshot(&daily),
        snapshot(&all),
        "day by day and all at once differ"
    );
    let snap = snapshot(&daily);
    let (_, out, _) = run(&daily, &args);
    assert!(out.starts_with("added 0 articles"), "{out}");
    assert_eq!(snapshot(&daily), snap);
    all
}

/// A small xorshift generator: the kill points come from a seed (`RIWAYA_KILL_SEED`, else
/// a fixed one), printed, so that a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Kills `add` (SIGKILL) at seeded random moments of its run, each time resuming where the
/// killed run stopped, then lets it finish: after each kill the store opens, every
/// article reported as stored is there, whole (with its digest), and the killed run is
/// left in the log as unfinished (or, killed on its way out, finished with everything
/// stored); at the end the store equals an uninterrupted run's.
/// Articles go in transactions of 16 here, so that kills fall between commits.
fn killed_runs(days: &[PathBuf], dir: &Path, kills: usize) {
    use riwaya_store::Store;
    let seed: u64 = std::env::var("RIWAYA_KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_2026);
    eprintln!("kill seed {seed} (RIWAYA_KILL_SEED to replay)");
    let mut rng = Rng(seed | 1);
    let bin = assert_cmd::cargo::cargo_bin("riwaya");
    let add = |db: &Path| {
        let mut c = std::process::Command::new(&bin);
        c.args(["add", "--db", db.to_str().unwrap()]).args(days).env("RIWAYA_ADD_BATCH", "16").stdout(std::process::Stdio::null());
        c
    };
    let reference = dir.join("reference.db");
    let st = add(&reference).stderr(std::process::Stdio::null()).status().unwrap();
    assert!(matches!(st.code(), Some(0 | 3)), "{st:?}");
    let total = riwaya_store::SqliteStore::open(&reference).unwrap().article_count().unwrap();
    let stored = |log: &Path| -> i64 {
        std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.strip_prefix("riwaya: ")?.strip_suffix(" articles stored")?.parse().ok())
            .max()
            .unwrap_or(0)
    };
    let db = dir.join("killed.db");
    let (mut killed, mut stored_before) = (0, 0i64);
    for k in 0..kills {
        // Where to kill: the first time while starting up, then each time once the run
        // has reported some random share of what is left stored (or the last of it: then
        // the kill falls in the story update), a few milliseconds on.
        let log = dir.join(format!("kill{k}.err"));
        let mut child = add(&db).stderr(std::fs::File::create(&log).unwrap()).spawn().unwrap();
        let t = std::time::Instant::now();
        let after = Duration::from_millis((rng.next() * 40.0) as u64);
        let what = if k == 0 {
            // (Start-up: the store opened, the language data loading; an add of this
            // sample takes ~0.3 s in all on a quiet machine, so later is often too late.)
            std::thread::sleep(Duration::from_millis(20) + after * 2);
            "starting".to_string()
        } else {
            let left = total - stored_before;
            let target = ((rng.next() * left as f64).ceil() as i64).clamp(1, left.max(1));
            while stored(&log) < target && child.try_wait().unwrap().is_none() && t.elapsed() < Duration::from_secs(300) {
                std::thread::sleep(Duration::from_millis(2));
            }
            std::thread::sleep(after);
            format!("{target} of {left} stored")
        };
        let wait = t.elapsed();
        let running = child.try_wait().unwrap().is_none();
        let _ = child.kill();
        let _ = child.wait();
        eprintln!("kill {k} after {wait:?} ({what}), running: {running}");
        killed += usize::from(running);
        // What the killed run said it stored is there, and whole.
        let said = stored(&log);
        if !db.exists() {
            assert_eq!(said, 0);
            eprintln!("  before the store was made");
            continue;
        }
        let store = riwaya_store::SqliteStore::open(&db).expect("a killed run leaves a store that opens");
        let n = store.article_count().unwrap();
        assert!(n >= stored_before + said, "killed after {wait:?}: {n} articles, but {stored_before} before and {said} reported stored");
        let mut digests = 0;
        store
            .digests(0, None, &mut |_, b| {
                riwaya_store::decode_digest(b)?;
                digests += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(digests, n, "every stored article has its digest");
        // A run killed mid-way is left unfinished in the log; one killed on its way out
        // (after its log entry was closed: freeing memory, closing the store) has stored
        // everything.
        let runs = store.runs(Some(1)).unwrap();
        if let (true, Some(last)) = (running, runs.first()) {
            if last.finished.is_some() {
                assert_eq!(n, total, "a run the log calls finished ({}) stored everything", last.status);
            } else {
                assert_eq!(last.status, "running", "the killed run is left unfinished in the log");
            }
        }
        eprintln!("  {n} of {total} articles in the store ({said} reported by the killed run)");
        stored_before = n;
    }
    assert!(killed * 2 >= kills, "only {killed} of {kills} runs were still running when killed");
    let (code, out, err) = run(&db, &["add", "-q"].into_iter().chain(days.iter().map(|p| p.to_str().unwrap())).collect::<Vec<_>>());
    assert!(code == 0 || code == 3, "{err}");
    assert!(out.starts_with("added "), "{out}");
    assert_eq!(snapshot(&db), snapshot(&reference), "a killed and resumed store differs from an uninterrupted one");
    // The resumed run found the stories behind (or added the rest) and brought them up to date.
    let (code, out, _) = run(&db, &["runs", "--format", "json"]);
    assert_eq!(code, 0);
    let runs: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(runs[0]["status"].as_str().map(|s| s != "running"), Some(true), "{out}");
}

#[test]
fn saudinewsnet_sample_three_days_daily_all_at_once_and_killed() {
    if snn().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let days = sample_days(dir.path(), 3, 20);
    day_by_day(&days, dir.path());
    killed_runs(&days, dir.path(), 4);
}

/// The whole corpus, 18 days (minutes in a debug build): `cargo test --release -p riwaya
/// --test store -- --ignored`.
#[test]
#[ignore]
fn saudinewsnet_eighteen_days_daily_all_at_once_and_killed() {
    if snn().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let days = sample_days(dir.path(), 18, 1);
    day_by_day(&days, dir.path());
    killed_runs(&days[..3], dir.path(), 4);
}
