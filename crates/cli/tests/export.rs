//! `riwaya export acled|ucdp|claims` from a store of the seed articles, and the same tables
//! from `analyze`: exact headers, one field per column in every row, valid dates, a
//! byte-order mark on the claims table only, filters, files written whole.

use assert_cmd::Command;
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

fn table(path: &Path) -> (Vec<u8>, Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(body);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect();
    (bytes, header, rows)
}

fn day(d: &str) -> bool {
    d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-' && d.replace('-', "").chars().all(|c| c.is_ascii_digit())
}

/// Empty, a day, or (the claims table's event day) a span of two days.
fn day_or_empty(d: &str) -> bool {
    d.is_empty() || day(d) || d.split_once('/').is_some_and(|(a, b)| day(a) && day(b) && a <= b)
}

#[test]
fn export_from_the_store_and_from_analyze() {
    let seeds = root().join("../shared/corpus/seeds");
    if !seeds.is_dir() {
        eprintln!("note: ../shared/corpus/seeds is absent; export test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    riwaya().args(["add", seeds.to_str().unwrap(), "-q", "--db", db.to_str().unwrap()]).assert().success();
    let db = db.to_str().unwrap();

    for (kind, first) in [("acled", "event_id_cnty"), ("ucdp", "id"), ("claims", "story")] {
        let out = dir.path().join(format!("{kind}.csv"));
        riwaya().args(["export", kind, "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().success();
        let (bytes, header, rows) = table(&out);
        assert_eq!(bytes.starts_with(b"\xEF\xBB\xBF"), kind == "claims", "{kind}: a byte-order mark on the claims table only");
        assert_eq!(header[0], first);
        assert!(!rows.is_empty(), "{kind}: no rows");
        for r in &rows {
            assert_eq!(r.len(), header.len(), "{kind}: {r:?}");
        }
        let dates: Vec<usize> = header.iter().enumerate().filter(|(_, h)| ["event_date", "date_start", "date_end", "published"].contains(&h.as_str())).map(|(i, _)| i).collect();
        for r in &rows {
            for &i in &dates {
                assert!(day_or_empty(&r[i]), "{kind}: bad date {:?}", r[i]);
            }
        }
        if kind == "acled" {
            let at = |c: &str| header.iter().position(|h| h == c).unwrap();
            let named: Vec<&Vec<String>> = rows.iter().filter(|r| !r[at("location")].is_empty()).collect();
            let located = named.iter().filter(|r| !r[at("latitude")].is_empty()).count();
            assert!(located * 10 >= named.len() * 8, "coordinates on {located} of {} rows naming a place", named.len());
            assert!(rows.iter().all(|r| r[at("fatalities")].parse::<u64>().is_ok_and(|f| f <= 5000)));
        }
        // Nothing left behind but the file.
        let stray: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().to_string()).filter(|n| n.contains(".tmp")).collect();
        assert!(stray.is_empty(), "{stray:?}");
    }
    // A stored story reads back as the story stage's type (what the desk and export read).
    let o = riwaya().args(["story", "1", "--format", "json", "--db", db]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let s: riwaya_stories::Story = serde_json::from_value(v["story"].clone()).unwrap();
    assert_eq!(s.articles.len(), 5);
    // --excel on an events table, --no-bom on claims.
    let out = dir.path().join("x.csv");
    riwaya().args(["export", "acled", "--excel", "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().success();
    assert!(std::fs::read(&out).unwrap().starts_with(b"\xEF\xBB\xBFevent_id_cnty"));
    riwaya().args(["export", "claims", "--no-bom", "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().success();
    assert!(std::fs::read(&out).unwrap().starts_with(b"story,"));
    // A filter that matches no story gives the header alone; one story gives its rows.
    riwaya().args(["export", "acled", "--outlet", "no-such-outlet-anywhere", "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().success();
    assert_eq!(table(&out).2.len(), 0);
    riwaya().args(["export", "acled", "--story", "1", "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().success();
    assert!(!table(&out).2.is_empty());
    riwaya().args(["export", "acled", "--story", "999", "--db", db, "-q", "-o", out.to_str().unwrap()]).assert().failure();

    // analyze: the CSV run writes the claims, ACLED and UCDP tables in one go.
    let csv = dir.path().join("r.csv");
    riwaya().args(["analyze", seeds.to_str().unwrap(), "-q", "-f", "csv", "-o", csv.to_str().unwrap()]).assert().success();
    let (_, h, _) = table(&dir.path().join("r.events.csv"));
    assert_eq!(h[0], "event_id_cnty");
    let (_, h, _) = table(&dir.path().join("r.ucdp.csv"));
    assert_eq!(h[0], "id");
    let a = dir.path().join("a.csv");
    riwaya().args(["analyze", seeds.to_str().unwrap(), "-q", "-f", "acled", "-o", a.to_str().unwrap()]).assert().success();
    assert_eq!(table(&a).1, table(&dir.path().join("r.events.csv")).1);
}
