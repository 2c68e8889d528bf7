//! Questions to the store: `stories`, `story ID`, `search TEXT`, and `report` (the report
//! writers of `analyze`, fed from the store: no input is read again, nothing extracted).

use crate::add::{one_line, DbArgs, ReadArgs};
use crate::OutFormat;
use riwaya_report::{Format, Writer};
use riwaya_store::{SqliteStore, Store, StoryFilter};
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The story filters shared by `stories` and `export`.
#[derive(clap::Args, Clone, Default)]
pub struct StoryFilterArgs {
    /// Stories with an article published on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Stories an outlet reported (part of its name).
    #[arg(long)]
    outlet: Option<String>,
    /// Stories naming an actor (entity id, English or Arabic name, or part of one).
    #[arg(long)]
    actor: Option<String>,
    /// Stories naming a place (entity id, English or Arabic name, or part of one).
    #[arg(long)]
    place: Option<String>,
}

impl StoryFilterArgs {
    pub(crate) fn is_set(&self) -> bool {
        self.since.is_some() || self.outlet.is_some() || self.actor.is_some() || self.place.is_some()
    }

    pub(crate) fn to_filter(&self, limit: Option<usize>) -> StoryFilter {
        StoryFilter { since: self.since.clone(), outlet: self.outlet.clone(), actor: self.actor.clone(), place: self.place.clone(), limit }
    }
}

#[derive(clap::Args)]
pub struct StoriesArgs {
    #[command(flatten)]
    filter: StoryFilterArgs,
    /// At most this many stories (newest first).
    #[arg(long, short = 'n')]
    limit: Option<usize>,
    /// summary, json, jsonl, csv or md.
    #[arg(long, short = 'f', value_enum, default_value = "summary")]
    format: OutFormat,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(clap::Args)]
pub struct StoryArgs {
    /// The story's id (as `riwaya stories` lists it; an id merged into another story
    /// shows that story).
    id: i64,
    /// summary or json here; md, html and csv go through `riwaya report --story ID`.
    #[arg(long, short = 'f', value_enum, default_value = "summary")]
    format: OutFormat,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to find (all of them), in any spelling the text core's normaliser folds
    /// together (alef forms, hamza seats, harakat, tatweel, taa marbuta…).
    text: String,
    #[arg(long, short = 'n', default_value = "20")]
    limit: usize,
    /// summary, json, jsonl or csv.
    #[arg(long, short = 'f', value_enum, default_value = "summary")]
    format: OutFormat,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(clap::Args)]
pub struct RunsArgs {
    /// At most this many runs (newest first).
    #[arg(long, short = 'n')]
    limit: Option<usize>,
    /// summary, json, jsonl or csv.
    #[arg(long, short = 'f', value_enum, default_value = "summary")]
    format: OutFormat,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(clap::Args)]
pub struct ReportArgs {
    /// Formats (several: comma-separated or repeated; then -o is the file stem).
    #[arg(long, short = 'f', value_enum, value_delimiter = ',', default_value = "summary")]
    format: Vec<OutFormat>,
    /// The file to write (with several formats: FILE.html, FILE.md… beside it).
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only this story and its articles.
    #[arg(long, value_name = "ID")]
    story: Option<i64>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// The store at `p`, which must exist (queries never create one).
pub(crate) fn open_existing(p: &Path) -> anyhow::Result<SqliteStore> {
    if !p.exists() {
        anyhow::bail!("{}: no store here; create one with `riwaya add PATH…` (or give --db PATH)", p.display());
    }
    Ok(SqliteStore::open(p)?)
}

/// `--format json` (one indented document, then a newline) or `jsonl` (an item a line).
fn write_json<T: serde::Serialize>(o: &mut impl Write, items: &[T], lines: bool) -> anyhow::Result<()> {
    if lines {
        for x in items {
            serde_json::to_writer(&mut *o, x)?;
            writeln!(o)?;
        }
    } else {
        serde_json::to_writer_pretty(&mut *o, items)?;
        writeln!(o)?;
    }
    Ok(())
}

fn out() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::new(std::io::stdout().lock())
}

/// A CSV cell: neutralised as every table of the report is (no spreadsheet formulas from
/// article text), then quoted when it needs it.
fn csv_field(s: &str) -> String {
    let s = riwaya_report::csv_out::cell(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn outlets_of(story: &serde_json::Value) -> Vec<String> {
    let mut v: Vec<String> = story["outlets"].as_array().into_iter().flatten().filter_map(|o| o["outlet"].as_str().map(str::to_string)).collect();
    v.dedup();
    v
}

pub fn stories(a: StoriesArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db.db)?;
    let f = a.filter.to_filter(a.limit);
    let list = store.stories(&f)?;
    let mut o = out();
    match a.format {
        OutFormat::Json => serde_json::to_writer_pretty(&mut o, &list)?,
        OutFormat::Jsonl => write_json(&mut o, &list, true)?,
        OutFormat::Csv => {
            writeln!(o, "id,first,last,articles,title,outlets")?;
            for s in &list {
                writeln!(
                    o,
                    "{},{},{},{},{},{}",
                    s.id,
                    s.first.as_deref().unwrap_or(""),
                    s.last.as_deref().unwrap_or(""),
                    s.size,
                    csv_field(&s.title),
                    csv_field(&outlets_of(&s.story).join("; "))
                )?;
            }
        }
        OutFormat::Md => {
            writeln!(o, "| id | days | articles | title |\n| --- | --- | --- | --- |")?;
            for s in &list {
                writeln!(o, "| {} | {} | {} | {} |", s.id, days(s), s.size, one_line(&s.title).replace('|', "\\|"))?;
            }
        }
        OutFormat::Summary => {
            for s in &list {
                writeln!(o, "#{:<6} {:<23} {:>4} articles  {}", s.id, days(s), s.size, one_line(&s.title))?;
            }
            writeln!(o, "{} stories", list.len())?;
        }
        OutFormat::Html | OutFormat::Acled | OutFormat::Ucdp => anyhow::bail!("stories: use `riwaya report --format html` or `riwaya export acled|ucdp`"),
    }
    o.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn days(s: &riwaya_store::StoredStory) -> String {
    match (&s.first, &s.last) {
        (Some(a), Some(b)) if a == b => a.clone(),
        (Some(a), Some(b)) => format!("{a}…{b}"),
        _ => "undated".into(),
    }
}

pub fn story(a: StoryArgs) -> anyhow::Result<ExitCode> {
    match a.format {
        OutFormat::Md | OutFormat::Html | OutFormat::Csv | OutFormat::Jsonl | OutFormat::Acled | OutFormat::Ucdp => {
            return report(ReportArgs { format: vec![a.format], output: None, story: Some(a.id), db: a.db, read: a.read });
        }
        _ => {}
    }
    let store = open_existing(&a.db.db)?;
    let Some(s) = store.story(a.id)? else {
        anyhow::bail!("no story {} in {}", a.id, a.db.db.display());
    };
    let mut o = out();
    if matches!(a.format, OutFormat::Json) {
        serde_json::to_writer_pretty(&mut o, &s)?;
        writeln!(o)?;
        o.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if s.id != a.id {
        writeln!(o, "(story {} was merged into story {})", a.id, s.id)?;
    }
    writeln!(
        o,
        "#{} {}\n{} · {} articles · first stored in run {}, last changed in run {}",
        s.id,
        one_line(&s.title),
        days(&s),
        s.size,
        s.created_run,
        s.updated_run
    )?;
    if let Some(from) = s.split_from {
        writeln!(
            o,
            "(made from part of story {from}, whose most articles went elsewhere)"
        )?;
    }
    let j = &s.story;
    let names = |k: &str| {
        j[k].as_array()
            .into_iter()
            .flatten()
            .take(8)
            .filter_map(|n| n["name"].as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        o,
        "actors: {}\nplaces: {}",
        names("actors"),
        names("places")
    )?;
    writeln!(o, "\narticles:")?;
    for x in j["articles"].as_array().into_iter().flatten() {
        let st = |k: &str| x[k].as_str().unwrap_or("").to_string();
        writeln!(o, "  {:<10} {:<22} {}  [{}]", st("published"), one_line(&st("outlet")), one_line(&st("title")), st("id"))?;
    }
    let figs = j["figures"].as_array().cloned().unwrap_or_default();
    if !figs.is_empty() {
        writeln!(o, "\nfigures:")?;
    }
    for f in figs.iter().take(20) {
        let reports: Vec<String> = f["reports"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                let v = riwaya_stories::value_words(r["low"].as_u64(), r["high"].as_u64());
                format!("{v} ({})", r["outlet"].as_str().unwrap_or("?"))
            })
            .collect();
        let label = f["subject"].as_str().unwrap_or("");
        writeln!(o, "  {} {}: {}", f["quantity"].as_str().unwrap_or(""), label, reports.join(" · "))?;
    }
    let cons = j["contradictions"].as_array().cloned().unwrap_or_default();
    if !cons.is_empty() {
        writeln!(o, "\ncontradictions:")?;
    }
    for c in &cons {
        writeln!(
            o,
            "  {}: {}",
            c["about"].as_str().unwrap_or(""),
            c["why"].as_str().unwrap_or("")
        )?;
    }
    o.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One line of what a run did, from its summary.
fn run_line(r: &riwaya_store::RunRow) -> String {
    let Some(j) = &r.summary else {
        return String::new();
    };
    let n = |v: &serde_json::Value| v.as_u64().unwrap_or(0);
    let mut parts = vec![format!("added {}", n(&j["added"]))];
    if n(&j["new_versions"]) > 0 {
        parts.push(format!("{} new versions", n(&j["new_versions"])));
    }
    parts.push(format!("{} already stored", n(&j["already_stored"])));
    let errors = j["errors"].as_array().map_or(0, Vec::len);
    if errors > 0 {
        parts.push(format!("{errors} inputs unreadable"));
    }
    if let Some(st) = j.get("stories").filter(|s| s.is_object()) {
        let len = |k: &str| st[k].as_array().map_or(0, Vec::len);
        parts.push(format!(
            "stories: {} new, {} grown, {} new contradictions",
            len("new"),
            len("grown"),
            len("new_contradictions")
        ));
    }
    parts.join("; ")
}

/// `riwaya runs`: the run log, newest first. A run still `running` that is not the one in
/// progress was stopped (killed) before it finished; what it stored is kept.
pub fn runs(a: RunsArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db.db)?;
    let runs = store.runs(a.limit)?;
    let mut o = out();
    match a.format {
        OutFormat::Json => write_json(&mut o, &runs, false)?,
        OutFormat::Jsonl => write_json(&mut o, &runs, true)?,
        OutFormat::Csv => {
            writeln!(o, "id,started,finished,status,command,summary")?;
            for r in &runs {
                let f = [
                    r.id.to_string(),
                    r.started.clone(),
                    r.finished.clone().unwrap_or_default(),
                    r.status.clone(),
                    r.command.clone(),
                    run_line(r),
                ];
                writeln!(
                    o,
                    "{}",
                    f.iter().map(|x| csv_field(x)).collect::<Vec<_>>().join(",")
                )?;
            }
        }
        _ => {
            writeln!(o, "{} runs", runs.len())?;
            for r in &runs {
                let status = if r.status == "running" && r.finished.is_none() {
                    "running or stopped".to_string()
                } else {
                    r.status.clone()
                };
                writeln!(
                    o,
                    "#{:<5} {} {:<18} {}",
                    r.id,
                    r.started,
                    status,
                    one_line(&r.command)
                )?;
                let line = run_line(r);
                if !line.is_empty() {
                    writeln!(o, "       {line}")?;
                }
            }
        }
    }
    o.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn search(a: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db.db)?;
    let hits = store.search(&a.text, a.limit)?;
    let mut o = out();
    match a.format {
        OutFormat::Json => write_json(&mut o, &hits, false)?,
        OutFormat::Jsonl => write_json(&mut o, &hits, true)?,
        OutFormat::Csv => {
            writeln!(o, "id,outlet,published,title,story,url")?;
            for h in &hits {
                let x = &h.article;
                writeln!(
                    o,
                    "{},{},{},{},{},{}",
                    csv_field(&x.id),
                    csv_field(x.outlet.as_deref().unwrap_or("")),
                    x.published.as_deref().unwrap_or(""),
                    csv_field(x.title.as_deref().unwrap_or("")),
                    x.story.map(|s| s.to_string()).unwrap_or_default(),
                    csv_field(x.url.as_deref().unwrap_or(""))
                )?;
            }
        }
        OutFormat::Summary | OutFormat::Md => {
            for h in &hits {
                let x = &h.article;
                let story = x.story.map(|s| format!("#{s}")).unwrap_or_else(|| "-".into());
                writeln!(
                    o,
                    "{:<10} {:<20} {:<7} {}  [{}]",
                    x.published.as_deref().unwrap_or(""),
                    one_line(x.outlet.as_deref().unwrap_or("")),
                    story,
                    one_line(x.title.as_deref().unwrap_or("")),
                    x.id
                )?;
            }
            writeln!(o, "{} articles", hits.len())?;
        }
        OutFormat::Html | OutFormat::Acled | OutFormat::Ucdp => anyhow::bail!("search: use json, csv or summary"),
    }
    o.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn format_of(f: OutFormat) -> (Format, &'static str) {
    match f {
        OutFormat::Summary => (Format::Summary, "txt"),
        OutFormat::Json => (Format::Json, "json"),
        OutFormat::Jsonl => (Format::Jsonl, "jsonl"),
        OutFormat::Csv => (Format::Csv, "csv"),
        OutFormat::Md => (Format::Md, "md"),
        OutFormat::Html => (Format::Html, "html"),
        OutFormat::Acled => (Format::Acled, "acled.csv"),
        OutFormat::Ucdp => (Format::Ucdp, "ucdp.csv"),
    }
}

pub fn report(a: ReportArgs) -> anyhow::Result<ExitCode> {
    let mut store = open_existing(&a.db.db)?;
    if store.stories_stale()? {
        // A run stopped before it updated the stories: bring them up to date first.
        let run = store.begin_run("report (stories were behind the articles)")?;
        crate::add::refresh_stories(&mut store, run, None)?;
        store.finish_run(run, "done", "{}")?;
    }
    let extractor = crate::analyze::load_extractor(&a.read.lexicon, a.read.quiet)?;
    let stories = crate::add::stable_stories(&store, None)?.stories;
    let mut stories: Vec<riwaya_stories::Story> = stories.into_iter().map(|(_, s)| s).collect();
    stories.sort_by(|x, y| {
        y.articles
            .len()
            .cmp(&x.articles.len())
            .then(x.id.cmp(&y.id))
    });
    let only: Option<Vec<String>> = match a.story {
        Some(id) => {
            let Some(s) = store.story(id)? else { anyhow::bail!("no story {id} in {}", a.db.db.display()) };
            stories.retain(|x| x.id == s.id.to_string());
            Some(stories.iter().flat_map(|x| x.articles.iter().map(|a| a.id.clone())).collect())
        }
        None => None,
    };
    let story_of: HashMap<String, String> = stories.iter().flat_map(|s| s.articles.iter().map(move |x| (x.id.clone(), s.id.clone()))).collect();
    let mut formats = a.format.clone();
    formats.dedup_by_key(|f| format_of(*f).1);
    if formats.len() > 1 && a.output.is_none() {
        anyhow::bail!("several formats need -o FILE (the reports go to FILE.html, FILE.md…)");
    }
    let mut writers: Vec<Writer<Box<dyn Write>>> = Vec::new();
    // Every file is written to a temporary beside it and renamed once whole.
    let mut outputs: Vec<crate::output::Atomic> = Vec::new();
    let mut open = |p: &Path| -> anyhow::Result<Box<dyn Write>> {
        let at = crate::output::Atomic::create(p)?;
        let f = at.file()?;
        outputs.push(at);
        Ok(Box::new(BufWriter::with_capacity(1 << 20, f)))
    };
    for f in &formats {
        let (fmt, ext) = format_of(*f);
        let path = a.output.as_ref().map(|p| {
            if formats.len() > 1 {
                p.with_extension(ext)
            } else {
                p.clone()
            }
        });
        let w: Box<dyn Write> = match &path {
            Some(p) => open(p)?,
            None => Box::new(BufWriter::with_capacity(1 << 20, crate::output::stdout()?)),
        };
        let mut w = Writer::new(w, fmt);
        if let (Format::Html, Some(p)) = (fmt, &path) {
            let (folder, index) = crate::analyze::pages_of(p);
            w = w.with_pages(folder, index);
        }
        if fmt == Format::Csv {
            if let Some(p) = &path {
                w = w.with_events_table(open(&crate::analyze::table_path(p, "events"))?);
                w = w.with_ucdp_table(open(&crate::analyze::table_path(p, "ucdp"))?);
            }
        }
        w.begin()?;
        writers.push(w);
    }
    store.articles(only.as_deref(), &mut |art| {
        for w in &mut writers {
            w.article(&art).map_err(|e| riwaya_store::StoreError(format!("writing the report: {e}")))?;
        }
        Ok(())
    })?;
    let lexicon = extractor.lexicon();
    for w in writers {
        w.finish(0, 0, &[], &riwaya_report::StoryOutput { stories: &stories, story_of: &story_of, lexicon: Some(lexicon) })?;
    }
    for o in outputs {
        o.commit()?;
    }
    Ok(ExitCode::SUCCESS)
}
