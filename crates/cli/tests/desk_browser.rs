//! The desk in a real browser (Debian's Chromium through chromedriver, which `.ci/run`
//! installs): a store of the seed articles, `riwaya serve` on a free port, then the list →
//! filter by outlet → story (contradictions, evolution chart) → article (a highlighted
//! figure) → back; search; and the exports behind its download links. Screenshots go to
//! target/tmp/desk-screenshots/. Skips with a note when chromedriver, Chromium or ../shared
//! is missing.

use fantoccini::{ClientBuilder, Locator};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Kill(Child);
impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find(cands: &[&str]) -> Option<PathBuf> {
    cands.iter().map(PathBuf::from).find(|p| p.exists())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desk_in_chromium() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    if !seeds.exists() {
        eprintln!("desk_in_chromium: skipped: {} is missing", seeds.display());
        return;
    }
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("desk-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.db");
    let bin = env!("CARGO_BIN_EXE_riwaya");
    let st = Command::new(bin).args(["add", "-q", "--db"]).arg(&db).arg(&seeds).status().unwrap();
    assert!(st.success(), "riwaya add");

    let mut serve = Kill(Command::new(bin).args(["serve", "--port", "0", "--db"]).arg(&db).stdout(Stdio::piped()).spawn().unwrap());
    let mut line = String::new();
    BufReader::new(serve.0.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.split_whitespace().find(|w| w.starts_with("http://127.0.0.1:")).expect("serve prints its URL").trim_end_matches('/').to_string();

    // The exports behind the download links, over plain HTTP.
    let addr: std::net::SocketAddr = url.trim_start_matches("http://").parse().unwrap();
    let acled = riwaya_desk::client::get(addr, "/api/export/acled?story=1").unwrap();
    assert_eq!(acled.status, 200);
    assert!(acled.body.starts_with("event_id_cnty,event_date,"), "{}", &acled.body[..80.min(acled.body.len())]);
    assert!(acled.body.lines().count() > 1, "the seeds story has events");
    let claims = riwaya_desk::client::get(addr, "/api/export/claims?outlet=Mayadeen").unwrap();
    assert!(claims.body.starts_with('\u{feff}'), "claims CSV carries a byte-order mark for Excel");

    let (Some(driver), Some(chromium)) = (find(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]), find(&["/usr/bin/chromium", "/usr/lib/chromium/chromium"])) else {
        eprintln!("desk_in_chromium: browser part skipped: chromedriver or chromium missing (apt-get install chromium chromium-driver; .ci/run does)");
        return;
    };

    let port = free_port();
    let _driver = Kill(Command::new(&driver).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    let t0 = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t0.elapsed() < Duration::from_secs(20), "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({"binary": chromium, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1300,1600"]}),
    );
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new()).capabilities(caps).connect(&format!("http://127.0.0.1:{port}")).await.expect("a chromedriver session");
    // The steps run in a task of their own, so that the browser is closed (not left
    // running) when one of them fails.
    let steps = {
        let c = c.clone();
        let (url, shots) = (url.clone(), shots.clone());
        tokio::spawn(async move {
            let shot = |name: &'static str| {
                let c = c.clone();
                let shots = shots.clone();
                async move {
                    let png = c.screenshot().await.unwrap();
                    std::fs::write(shots.join(name), png).unwrap();
                }
            };

            // The list.
            c.goto(&format!("{url}/")).await.unwrap();
            assert!(!c.find_all(Locator::Css("table.stories a.story")).await.unwrap().is_empty(), "the list shows the seeds story");
            let fcp = c.execute("const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : null;", vec![]).await.unwrap();
            eprintln!("desk_in_chromium: list first contentful paint {fcp} ms");
            shot("01-list.png").await;

            // Filter by outlet through the form.
            c.find(Locator::Css("form.filters input[name=outlet]")).await.unwrap().send_keys("Mayadeen").await.unwrap();
            c.find(Locator::Css("form.filters button")).await.unwrap().click().await.unwrap();
            let t0 = Instant::now();
            while !c.current_url().await.unwrap().query().is_some_and(|q| q.contains("outlet=Mayadeen")) {
                assert!(t0.elapsed() < Duration::from_secs(10), "the filter form did not submit");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let count = c.find(Locator::Id("count")).await.unwrap().text().await.unwrap();
            assert!(count.starts_with("1 stories"), "{count}");
            shot("02-filtered.png").await;

            // The story: contradictions and the evolution chart with its points.
            c.find(Locator::Css("table.stories a.story")).await.unwrap().click().await.unwrap();
            c.wait().for_element(Locator::Id("contradiction-count")).await.unwrap();
            let story_url = c.current_url().await.unwrap();
            assert!(story_url.path().starts_with("/stories/"), "{story_url}");
            let n: usize = c.find(Locator::Id("contradiction-count")).await.unwrap().text().await.unwrap().parse().unwrap();
            assert!(n > 0 && c.find_all(Locator::Css(".contra")).await.unwrap().len() == n, "contradictions shown");
            let points = c.find_all(Locator::Css("svg.evolution circle.pt")).await.unwrap();
            assert!(points.len() >= 2, "evolution chart has data points ({})", points.len());
            shot("03-story.png").await;

            // An article through a figure's evidence link: the figure is highlighted and targeted.
            let link = c.find(Locator::Css("div.figure td a[href^='/articles/']")).await.unwrap();
            let href = link.attr("href").await.unwrap().unwrap();
            c.goto(&format!("{url}{href}")).await.unwrap();
            let frag = href.split('#').nth(1).unwrap().to_string();
            c.find(Locator::Id(&frag)).await.expect("the figure's anchor");
            assert!(!c.find_all(Locator::Css(".articletext mark.claim")).await.unwrap().is_empty(), "figures highlighted");
            assert!(!c.find_all(Locator::Css(".articletext mark.mention")).await.unwrap().is_empty(), "names highlighted");
            shot("04-article.png").await;
            c.back().await.unwrap();
            assert_eq!(c.current_url().await.unwrap().path(), story_url.path(), "back to the story");

            // Search from the header.
            c.find(Locator::Css("header.top input[name=q]")).await.unwrap().send_keys("داعش").await.unwrap();
            c.find(Locator::Css("header.top button")).await.unwrap().click().await.unwrap();
            c.wait().for_element(Locator::Css("table.hits")).await.unwrap();
            assert!(!c.find_all(Locator::Css("table.hits a.hit")).await.unwrap().is_empty(), "search finds the seeds");
            shot("05-search.png").await;
        })
    };
    let result = steps.await;
    let _ = c.clone().close().await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
    eprintln!("desk_in_chromium: screenshots in {}", shots.display());
    drop(serve);
}
