//! `riwaya watch FEEDS.txt --every 15m` (or `--once`): polls RSS/Atom feeds, adds the
//! articles they link to that the store lacks, and prints (and logs) what changed. A feed
//! that is down, malformed or slow is reported and skipped; the next pass tries it again.

use crate::add::{add_items, cluster_in_background, fetch_page, finish, mark_duplicates, update_stories, DbArgs, Intake, Pipeline, ReadArgs};
use riwaya_ingest::IngestError;
use riwaya_store::{SqliteStore, Store};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// A file of feed URLs, one a line (blank lines and lines starting with # are skipped).
    feeds: PathBuf,
    /// Time between passes: 90s, 15m, 1h.
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = parse_duration)]
    every: Duration,
    /// One pass, then exit (for cron).
    #[arg(long)]
    once: bool,
    /// Least time between two requests to one site.
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_duration)]
    delay: Duration,
    /// Time limit of one request.
    #[arg(long, value_name = "DURATION", default_value = "20s", value_parser = parse_duration)]
    timeout: Duration,
    /// Largest page or feed read, in bytes.
    #[arg(long, value_name = "BYTES", default_value = "8000000")]
    max_bytes: u64,
    /// Print each pass's summary as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// `90`, `90s`, `15m`, `1h`, `500ms`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len()));
    let n: f64 = num.parse().map_err(|_| format!("not a duration: {s:?} (write 90s, 15m, 1h)"))?;
    let secs = match unit {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("unknown unit in {s:?} (ms, s, m, h)")),
    };
    Ok(Duration::from_secs_f64(secs))
}

fn read_feeds(p: &PathBuf) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect())
}

/// One pass over the feeds into the intake.
fn poll(feeds: &[String], args: &Args, http: &mut Option<SqliteStore>, intake: &mut Intake) {
    let limits = riwaya_web::Limits { timeout: args.timeout, max_bytes: args.max_bytes, delay: args.delay };
    let mut f = match riwaya_web::Fetcher::new(limits) {
        Ok(f) => f,
        Err(m) => return intake.push(Err(IngestError::new(Default::default(), m))),
    };
    let quiet = args.read.quiet;
    for feed in feeds {
        let origin = riwaya_model::Origin { path: feed.clone(), entry: None, record: None };
        let state = http.as_ref().and_then(|s| s.http_state(feed).ok()).unwrap_or_default();
        let v = riwaya_web::Validators { etag: state.etag, last_modified: state.last_modified };
        let (bytes, validators) = match f.fetch(feed, &v) {
            Ok(riwaya_web::Fetched::NotModified) => {
                if !quiet {
                    eprintln!("riwaya: {feed}: not modified");
                }
                continue;
            }
            Ok(riwaya_web::Fetched::Body { bytes, validators, .. }) => (bytes, validators),
            Err(m) => {
                if let Some(s) = http.as_mut() {
                    let _ = s.set_http_state(feed, &Default::default(), &format!("error: {m}"));
                }
                intake.push(Err(IngestError::new(origin, m)));
                continue;
            }
        };
        let entries = match riwaya_web::parse_feed(&bytes, feed) {
            Ok(e) => e,
            Err(m) => {
                if let Some(s) = http.as_mut() {
                    let _ = s.set_http_state(feed, &Default::default(), "malformed");
                }
                intake.push(Err(IngestError::new(origin, m)));
                continue;
            }
        };
        // The validators are kept only once the feed was read, so that a feed that failed
        // is asked for in full next time.
        if let Some(s) = http.as_mut() {
            let _ = s.set_http_state(feed, &riwaya_store::HttpState { etag: validators.etag, last_modified: validators.last_modified }, "ok");
        }
        for e in entries {
            // Known URLs are not fetched again, nor those whose article came under another URL.
            if intake.have_url(&e.url) || http.as_ref().and_then(|s| s.http_status(&e.url).ok().flatten()).as_deref() == Some("duplicate") {
                continue;
            }
            fetch_page(&mut f, http.as_mut(), &e.url, e.published.as_deref(), intake, quiet);
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipe = Pipeline::load(&args.read)?;
    let mut store = SqliteStore::open(&args.db.db)?;
    store.for_bulk_writes()?;
    loop {
        let feeds = read_feeds(&args.feeds)?;
        let run = store.begin_run(&format!("watch {}", args.feeds.display()))?;
        let mut http = Some(store.reopen()?);
        let mut background = cluster_in_background(&store)?;
        let added = add_items(&mut store, run, &pipe, &mut background, |intake| poll(&feeds, &args, &mut http, intake))?;
        mark_duplicates(&mut store, &added)?;
        let changes = if added.added > 0 || store.stories_stale()? { Some(update_stories(&mut store, run, &added, background)?) } else { None };
        if !args.json {
            println!("— {} —", now());
        }
        let code = finish(&mut store, run, &added, changes.as_ref(), args.json)?;
        if args.once {
            return Ok(code);
        }
        std::thread::sleep(args.every);
    }
}

/// UTC time of day, for the pass headers.
fn now() -> String {
    let s = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let day = riwaya_stories::digest::day_string((s / 86400) as i32);
    format!("{day} {:02}:{:02}:{:02} UTC", s % 86400 / 3600, s % 3600 / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5y").is_err());
    }
}
