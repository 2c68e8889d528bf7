//! `riwaya`: the command line. `analyze` runs the whole pipeline over files and folders;
//! `inspect` runs one stage over a piece of text, for checking what Riwaya sees.

mod add;
mod analyze;
mod export;
mod inspect;
mod lexicon;
mod output;
mod query;
mod serve;
mod watch;

use clap::{Parser, Subcommand, ValueEnum};

/// The pipeline allocates many small strings and vectors per article on two threads;
/// mimalloc does that markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

const EXIT_CODES: &str = "\
Exit status:
  0  every input was read
  1  fatal: the report could not be written, or no input could be read at all
  2  usage error (bad arguments)
  3  partial failure: some inputs could not be read (each named on stderr, and listed
     under \"errors\" in --format json); the report holds all the rest";

#[derive(Parser)]
#[command(name = "riwaya", version, about = "Reads many outlets' accounts of the same events and lays them side by side.", after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Read articles from files and folders and write a report.
    #[command(after_help = EXIT_CODES)]
    Analyze(analyze::Args),
    /// Run one stage over a text and print what it finds, one JSON object per line.
    #[command(subcommand)]
    Inspect(inspect::What),
    /// Work with the language data (actors, places, outlets, loaded terms).
    #[command(subcommand)]
    Lexicon(lexicon::Cmd),
    /// Add files, folders, WARC files and article URLs to the store (riwaya.db) and update
    /// its stories: only what is new is read.
    #[command(after_help = EXIT_CODES)]
    Add(add::Args),
    /// Poll RSS/Atom feeds and add what is new to the store, every so often or --once.
    Watch(watch::Args),
    /// List the store's stories (newest first), filtered by day, outlet, actor, place.
    Stories(query::StoriesArgs),
    /// One story of the store.
    Story(query::StoryArgs),
    /// Full-text search over the store's articles (spelling variants folded).
    Search(query::SearchArgs),
    /// A report (html, md, csv, json…) from the store, without reading the inputs again.
    Report(query::ReportArgs),
    /// The analyst's desk: a local web app and JSON API over the store (prints its URL).
    Serve(serve::Args),
    /// The store's run log: each add or watch pass, its status and what it added.
    Runs(query::RunsArgs),
    /// Events in ACLED's or UCDP GED's columns, or the claims table, from the store.
    Export(export::Args),
}

/// Report formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutFormat {
    /// A short summary for a person.
    Summary,
    /// One JSON document: articles with their text, removed blocks, mentions, claims, dates.
    Json,
    /// One article per line (streams).
    Jsonl,
    /// The claims table, one row per claim; with -o FILE.csv the events tables go beside
    /// it: FILE.events.csv (ACLED's columns) and FILE.ucdp.csv (UCDP GED's).
    Csv,
    /// A Markdown brief per story.
    Md,
    /// One self-contained HTML report (right to left; no scripts, no network).
    Html,
    /// Events in ACLED's columns, one row per event (see `riwaya export`).
    Acled,
    /// Events of organised violence in UCDP GED's columns (see `riwaya export`).
    Ucdp,
}

pub(crate) fn read_text_arg(text: &str) -> std::io::Result<String> {
    if text == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        Ok(text.to_string())
    }
}

/// Transparent huge pages off for this process. mimalloc asks for them on its arenas, and
/// a fault on one clears 2 MB at once: on our 2-core virtual machine an `add` of one more
/// SaudiNewsNet day spent 19 % of its perf samples in `clear_page_erms` under
/// `do_huge_pmd_anonymous_page`, and 1.7–2.0 s of system time against 0.8 s without them.
#[cfg(target_os = "linux")]
fn no_huge_pages() {
    // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments only; a failure (an
    // old kernel) leaves the default, which is only slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    #[cfg(target_os = "linux")]
    no_huge_pages();
    let cli = Cli::parse();
    let result = match cli.cmd {
        Cmd::Analyze(args) => analyze::run(args),
        Cmd::Inspect(what) => inspect::run(what),
        Cmd::Lexicon(cmd) => lexicon::run(cmd),
        Cmd::Add(args) => add::run(args),
        Cmd::Watch(args) => watch::run(args),
        Cmd::Stories(args) => query::stories(args),
        Cmd::Story(args) => query::story(args),
        Cmd::Search(args) => query::search(args),
        Cmd::Report(args) => query::report(args),
        Cmd::Serve(args) => serve::run(args),
        Cmd::Runs(args) => query::runs(args),
        Cmd::Export(args) => export::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("riwaya: error: {}", riwaya_report::terminal_safe(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

