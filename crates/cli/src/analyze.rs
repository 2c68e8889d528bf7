//! `riwaya analyze PATH…`: ingest → clean → (extract) → report, streaming.
//!
//! One thread reads inputs (decompression and JSON parsing) and hands batches of raw
//! articles over a bounded channel; the main thread runs the per-article stages of each
//! batch in parallel (rayon) and writes the results in input order. Memory holds a few
//! batches at a time, whatever the corpus size.

use crate::OutFormat;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use riwaya_clean::Cleaner;
use riwaya_ingest::{discover, escape_path, read_file, IngestError, Item};
use riwaya_model::Article;
use riwaya_report::{terminal_safe, Duplicate, Format, RunError, Writer};
use std::collections::HashMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;

#[derive(clap::Args)]
pub struct Args {
    /// Files and folders to read (folders recursively): .txt, .html, .json, .jsonl,
    /// and .zip/.gz of these. A folder's meta.jsonl gives per-file outlet, url, published.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, short = 'f', value_enum, default_value = "summary")]
    format: OutFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// No progress bar and no per-input error lines on stderr (errors stay in the report).
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Cleaning rules to use instead of the shipped data/clean/rules.toml.
    #[arg(long, value_name = "FILE")]
    clean_rules: Option<PathBuf>,
    /// A folder of lexicon files (*.toml: actors, places, loaded terms) read after the
    /// shipped data; an id defined again overrides the shipped entry. Repeatable.
    #[arg(long, value_name = "DIR")]
    lexicon: Vec<PathBuf>,
}

/// Articles per batch: large enough that the pool rarely waits on one long article at the
/// end of a batch, small enough that a few batches in flight stay a few megabytes.
const BATCH: usize = 1024;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let cleaner = match &args.clean_rules {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            Cleaner::from_toml(&text, &p.display().to_string()).map_err(anyhow::Error::msg)?
        }
        None => Cleaner::new(),
    };
    let extractor = load_extractor(&args.lexicon, args.quiet)?;
    let format = match args.format {
        OutFormat::Summary => Format::Summary,
        OutFormat::Json => Format::Json,
        OutFormat::Jsonl => Format::Jsonl,
        OutFormat::Csv => Format::Csv,
        OutFormat::Md => Format::Md,
        OutFormat::Html => Format::Html,
        OutFormat::Acled => Format::Acled,
        OutFormat::Ucdp => Format::Ucdp,
    };

    // Inputs first: the output is not touched until they are known.
    let (files, found_errors) = discover(&args.paths);
    let (events_path, ucdp_path) = match (&args.output, format) {
        (Some(p), Format::Csv) => (Some(table_path(p, "events")), Some(table_path(p, "ucdp"))),
        _ => (None, None),
    };
    for target in args.output.iter().chain(&events_path).chain(&ucdp_path) {
        if let Some(input) = crate::output::is_input(target, &files) {
            eprintln!(
                "riwaya: error: the output {} is also an input ({}); refused, it would be overwritten",
                terminal_safe(&escape_path(target)),
                terminal_safe(&escape_path(input))
            );
            return Ok(ExitCode::from(2));
        }
    }
    // The report goes to a temporary file beside its target, renamed over it only once
    // whole: a failed or killed run leaves the previous report as it was.
    let mut outputs: Vec<crate::output::Atomic> = Vec::new();
    let out: Box<dyn Write> = match &args.output {
        Some(p) => {
            let a = crate::output::Atomic::create(p)?;
            let f = a.file()?;
            outputs.push(a);
            Box::new(BufWriter::with_capacity(1 << 20, f))
        }
        None => Box::new(BufWriter::with_capacity(1 << 20, crate::output::stdout()?)),
    };
    let total_bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(&f.path).ok()).map(|m| m.len()).sum();
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let b = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    };

    let mut errors: Vec<RunError> = Vec::new();
    let mut warnings: Vec<RunError> = Vec::new();
    let report_error = |e: &IngestError, errors: &mut Vec<RunError>, warnings: &mut Vec<RunError>| {
        if !args.quiet {
            let level = if e.warning { "warning: " } else { "" };
            bar.suspend(|| eprintln!("riwaya: {level}{}", terminal_safe(&e.to_string())));
        }
        let r = RunError { input: e.origin.to_string(), message: e.message.clone() };
        if e.warning { warnings.push(r) } else { errors.push(r) }
    };
    for e in &found_errors {
        report_error(e, &mut errors, &mut warnings);
    }

    let mut writer = Writer::new(out, format);
    if let Some(ev) = &events_path {
        let a = crate::output::Atomic::create(ev)?;
        let f = a.file()?;
        outputs.push(a);
        writer = writer.with_events_table(Box::new(BufWriter::new(f)));
    } else if format == Format::Csv && !args.quiet {
        eprintln!("riwaya: note: the events tables are written only with -o FILE.csv (to FILE.events.csv, FILE.ucdp.csv)");
    }
    if let (Some(p), Format::Html) = (&args.output, format) {
        let (folder, index) = pages_of(p);
        writer = writer.with_pages(folder, index);
    }
    if let Some(p) = &ucdp_path {
        let a = crate::output::Atomic::create(p)?;
        let f = a.file()?;
        outputs.push(a);
        writer = writer.with_ucdp_table(Box::new(BufWriter::new(f)));
    }
    writer.begin()?;
    let n_files = files.len();
    let (tx, rx) = sync_channel::<(Vec<Item>, u64)>(4);
    let reader = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        for f in &files {
            let size = std::fs::metadata(&f.path).map(|m| m.len()).unwrap_or(0);
            let mut sent_ok = true;
            read_file(f, &mut |item| {
                batch.push(item);
                if batch.len() >= BATCH && sent_ok {
                    sent_ok = tx.send((std::mem::take(&mut batch), 0)).is_ok();
                }
            });
            if !sent_ok || tx.send((std::mem::take(&mut batch), size)).is_err() {
                return;
            }
        }
    });

    let mut run_names = riwaya_entities::RunNames::new();
    // The story stage runs beside the per-article stages, fed digests in input order.
    let (story_tx, story_rx) = sync_channel::<Vec<riwaya_stories::ArticleDigest>>(4);
    let story_thread = std::thread::spawn(move || {
        let mut stories = riwaya_stories::Stories::new(riwaya_stories::StoryConfig::default());
        for batch in story_rx {
            stories.add_batch(batch);
        }
        stories
    });
    // Article id → the origin of its first reading; text hash → the same.
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut seen_texts: HashMap<u64, String> = HashMap::new();
    let mut duplicates = 0usize;
    let mut articles = 0usize;
    // Three stages overlap: the reader thread decodes, a compute thread runs the
    // per-article stages of one batch on the rayon pool, and this thread writes the batch
    // before (in input order), so the pool never waits for the writer.
    type Done = (Vec<Result<(Article, riwaya_stories::ArticleDigest), IngestError>>, u64);
    let (done_tx, done_rx) = sync_channel::<Done>(2);
    let (cleaner, extractor_ref) = (&cleaner, &extractor);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        scope.spawn(move || {
            for (batch, bytes_done) in rx {
                let results = batch
                    .into_par_iter()
                    .map(|item| {
                        item.map(|raw| {
                            let mut a = cleaner.clean(raw);
                            // The story stage keeps a digest of each article (no text),
                            // made from the extract stage's folded text.
                            let d = extractor_ref
                                .extract_with(&mut a, |a, doc| riwaya_stories::digest::digest_folded(a, &doc.norm.text));
                            (a, d)
                        })
                    })
                    .collect();
                if done_tx.send((results, bytes_done)).is_err() {
                    return;
                }
            }
        });
        for (results, bytes_done) in done_rx {
            let mut digests = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok((mut a, mut d)) => {
                        // A surname alone («كيربي») names the person named in full earlier
                        // in the run; this pass is sequential so that it sees the run in order.
                        run_names.link(&mut a.mentions);
                        // The same article twice: the same id, or the same outlet, title and
                        // text (a re-scrape under another URL). Copies by other outlets stay:
                        // they are evidence of wire copying, for the story stage.
                        // Each part's hash seeds the next (one-shot hashing: the streaming
                        // hasher copied the whole text through its buffer).
                        let h = [a.outlet.as_deref().unwrap_or(""), a.title.as_deref().unwrap_or(""), &a.text]
                            .iter()
                            .fold(0u64, |seed, part| xxhash_rust::xxh3::xxh3_64_with_seed(part.as_bytes(), seed));
                        // The same article twice (the same id from a record, or the same
                        // outlet, title and text): kept once, both origins named.
                        let first = seen_texts.get(&h).cloned().or_else(|| {
                            // A record's own id names the article in its source.
                            (a.format == riwaya_model::SourceFormat::Json).then(|| seen_ids.get(&a.id).cloned()).flatten()
                        });
                        if let Some(first) = first {
                            duplicates += 1;
                            let input = a.origin.to_string();
                            if !args.quiet {
                                bar.suspend(|| eprintln!("riwaya: note: {}: the same article as {}; reported once", terminal_safe(&input), terminal_safe(&first)));
                            }
                            writer.duplicate(Duplicate { id: a.id.clone(), input, same_as: first });
                            continue;
                        }
                        // Another article under an id already used (two files or members of
                        // one name): it keeps its own origin as its id.
                        if seen_ids.contains_key(&a.id) {
                            let mut id = a.origin.to_string();
                            let mut n = 2;
                            while seen_ids.contains_key(&id) {
                                id = format!("{}#{n}", a.origin);
                                n += 1;
                            }
                            a.id = id.clone();
                            d.id = id;
                        }
                        seen_ids.insert(a.id.clone(), a.origin.to_string());
                        seen_texts.insert(h, a.origin.to_string());
                        articles += 1;
                        writer.article(&a)?;
                        digests.push(d);
                    }
                    Err(e) => report_error(&e, &mut errors, &mut warnings),
                }
            }
            if story_tx.send(digests).is_err() {
                anyhow::bail!("the story stage stopped");
            }
            bar.inc(bytes_done);
            bar.set_message(format!("{articles} articles"));
        }
        Ok(())
    })?;
    reader.join().map_err(|_| anyhow::anyhow!("the reader thread failed"))?;
    bar.finish_and_clear();
    let n_errors = errors.len();
    drop(story_tx);
    let stories = story_thread.join().map_err(|_| anyhow::anyhow!("the story stage failed"))?;
    let stories = stories.stories(false);
    // Article → story, from the stories just made (grouping them again costs a second pass).
    let story_of: std::collections::HashMap<String, String> =
        stories.iter().flat_map(|s| s.articles.iter().map(move |a| (a.id.clone(), s.id.clone()))).collect();
    let lexicon = extractor.lexicon();
    for w in warnings {
        writer.warning(w);
    }
    writer.finish(n_files, duplicates, &errors, &riwaya_report::StoryOutput { stories: &stories, story_of: &story_of, lexicon: Some(lexicon) })?;
    for o in outputs {
        o.commit()?;
    }
    if articles == 0 {
        let what = if n_files == 0 && n_errors == 0 { "no article files found in the paths given" } else { "no article could be read" };
        eprintln!("riwaya: error: {what} (files read: .txt, .html, .json, .jsonl, .zip, .gz)");
        return Ok(ExitCode::from(1));
    }
    Ok(if n_errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(3) })
}

/// Loads the language data once per run; its warnings go to stderr.
pub fn load_extractor(dirs: &[PathBuf], quiet: bool) -> anyhow::Result<riwaya_extract::Extractor> {
    let (extractor, warnings) = riwaya_extract::Extractor::new(dirs).map_err(anyhow::Error::msg)?;
    if !quiet {
        for w in warnings {
            eprintln!("riwaya: warning: {w}");
        }
    }
    Ok(extractor)
}

/// `r.html` → the folder `r_stories` beside it (one page per story of a large report) and
/// the index's file name.
pub fn pages_of(p: &std::path::Path) -> (PathBuf, String) {
    let stem = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "riwaya".into());
    let name = p.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "riwaya.html".into());
    (p.with_file_name(format!("{stem}_stories")), name)
}

/// `report.csv` → `report.events.csv`, `report.ucdp.csv`.
pub fn table_path(p: &std::path::Path, what: &str) -> PathBuf {
    let stem = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "riwaya".into());
    p.with_file_name(format!("{stem}.{what}.csv"))
}
