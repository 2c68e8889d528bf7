//! The HTML report of the seed articles, opened in a real browser (headless Chromium, as
//! `.ci/run` installs it): the rendered page must show the five articles and their
//! outlets, the escapees' contradiction, and lay out right to left. A screenshot is saved
//! to `target/riwaya-seeds-report.png` for a person to look at.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|b| {
        std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(b)).find(|p| p.is_file()))
    })
}

fn browser(bin: &Path, profile: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium runs")
}

#[test]
fn seed_report_renders_in_chromium() {
    let seeds = root().join("../shared/corpus/seeds");
    if !seeds.is_dir() {
        eprintln!("note: ../shared/corpus/seeds is absent; browser test skipped");
        return;
    }
    let Some(bin) = chromium() else {
        if std::env::var_os("RIWAYA_SKIP_BROWSER").is_some() {
            eprintln!("note: no chromium and RIWAYA_SKIP_BROWSER is set; skipped");
            return;
        }
        panic!("chromium is not installed (.ci/run installs Debian's chromium; set RIWAYA_SKIP_BROWSER=1 to skip)");
    };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.html");
    Command::cargo_bin("riwaya")
        .unwrap()
        .args(["analyze", seeds.to_str().unwrap(), "--format", "html", "-q", "-o", report.to_str().unwrap()])
        .assert()
        .success();
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(!html.contains("<script"), "the report must carry no script");

    // A page that loads the report in a frame and writes what the browser rendered.
    let probe = dir.path().join("probe.html");
    std::fs::write(
        &probe,
        r#"<!DOCTYPE html><html><body><iframe id="f" src="report.html" style="width:1280px;height:900px"></iframe><pre id="out">pending</pre>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument;
  var rows = d.querySelectorAll('table.articles tr').length - 1;
  var out = { direction: getComputedStyle(d.body).direction,
              html_dir: d.documentElement.getAttribute('dir'),
              text: d.body.innerText,
              contradictions: Array.prototype.map.call(d.querySelectorAll('.contra h4'), function (h) { return h.innerText; }),
              articles: rows,
              svg: d.querySelectorAll('svg.range').length };
  document.getElementById('out').textContent = JSON.stringify(out);
});
</script></body></html>"#,
    )
    .unwrap();
    let profile = dir.path().join("profile");
    let out = browser(&bin, &profile, &["--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", &format!("file://{}", probe.display())]);
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"out\">").unwrap_or_else(|| panic!("no probe output: {dom}\n{}", String::from_utf8_lossy(&out.stderr))) + 14;
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    let seen: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));

    assert_eq!(seen["direction"], "rtl", "the page lays out right to left");
    assert_eq!(seen["html_dir"], "rtl");
    assert_eq!(seen["articles"], 5, "the story lists the five seed articles");
    let text = seen["text"].as_str().unwrap();
    for outlet in ["Al Mayadeen", "Snack Syrian", "Orient News"] {
        assert!(text.contains(outlet), "{outlet} is not on the rendered page");
    }
    let contradictions: Vec<&str> = seen["contradictions"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(contradictions.iter().any(|c| c.contains("escaped")), "no escapees contradiction in {contradictions:?}");
    assert!(seen["svg"].as_u64().unwrap() >= 3, "range plots are drawn");

    // A screenshot for people.
    let shot = root().join("target/riwaya-seeds-report.png");
    let _ = std::fs::create_dir_all(shot.parent().unwrap());
    let out = browser(&bin, &profile, &["--window-size=1280,2400", "--hide-scrollbars", &format!("--screenshot={}", shot.display()), &format!("file://{}", report.display())]);
    assert!(shot.is_file() && std::fs::metadata(&shot).unwrap().len() > 10_000, "no screenshot: {}", String::from_utf8_lossy(&out.stderr));
}
