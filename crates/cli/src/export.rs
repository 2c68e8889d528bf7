//! `riwaya export acled|ucdp|claims`: tables for other tools from the store (no input read
//! again, nothing extracted): events in ACLED's or UCDP GED's columns, or the claims table;
//! of everything, one story, or the stories a filter selects. The tables themselves are
//! `riwaya_report::export`.

use crate::add::{DbArgs, ReadArgs};
use riwaya_report::export::{self, ExportInput, ExportKind, Options};
use riwaya_store::Store;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Kind {
    /// Events in ACLED's columns, one row per event (aggregated across its reports).
    Acled,
    /// Events of organised violence with a death, in UCDP GED's columns.
    Ucdp,
    /// One row per figure (claim), with a UTF-8 byte-order mark for Excel.
    Claims,
}

#[derive(clap::Args)]
pub struct Args {
    /// Which table.
    #[arg(value_enum)]
    kind: Kind,
    /// The file to write (written whole or not at all); standard output when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only this story (its id as `riwaya stories` lists it).
    #[arg(long, value_name = "ID")]
    story: Option<i64>,
    #[command(flatten)]
    filter: crate::query::StoryFilterArgs,
    /// Start with a UTF-8 byte-order mark (the default for claims; Excel needs it).
    #[arg(long, conflicts_with = "no_bom")]
    excel: bool,
    /// No byte-order mark, even for claims.
    #[arg(long)]
    no_bom: bool,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// What an export reads of the articles (no text): every article, those in no story too,
/// or only the chosen stories' articles.
pub(crate) fn export_articles(store: &impl Store, stories: &[riwaya_stories::Story], chosen: bool) -> anyhow::Result<Vec<export::ExportArticle>> {
    let only: Option<Vec<String>> = chosen.then(|| stories.iter().flat_map(|x| x.articles.iter().map(|a| a.id.clone())).collect());
    let mut articles = Vec::new();
    store.articles(only.as_deref(), &mut |art| {
        articles.push(export::ExportArticle::of(&art));
        Ok(())
    })?;
    Ok(articles)
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut store = crate::query::open_existing(&a.db.db)?;
    if store.stories_stale()? {
        let run = store.begin_run("export (stories were behind the articles)")?;
        crate::add::refresh_stories(&mut store, run, None)?;
        store.finish_run(run, "done", "{}")?;
    }
    let extractor = crate::analyze::load_extractor(&a.read.lexicon, a.read.quiet)?;
    // The stories as stored (their JSON read back): nothing clustered again.
    let filtered = a.filter.is_set();
    let f = a.filter.to_filter(None);
    let mut stored = store.stories(&f)?;
    if let Some(id) = a.story {
        let Some(s) = store.story(id)? else { anyhow::bail!("no story {id} in {}", a.db.db.display()) };
        stored.retain(|x| x.id == s.id);
        if !filtered {
            stored = vec![s];
        }
    }
    let mut stories = Vec::with_capacity(stored.len());
    for s in stored {
        let story: riwaya_stories::Story =
            serde_json::from_value(s.story).map_err(|e| anyhow::anyhow!("story {} in {}: {e}", s.id, a.db.db.display()))?;
        stories.push(story);
    }
    let articles = export_articles(&store, &stories, a.story.is_some() || filtered)?;
    let kind = match a.kind {
        Kind::Acled => ExportKind::Acled,
        Kind::Ucdp => ExportKind::Ucdp,
        Kind::Claims => ExportKind::Claims,
    };
    let opts = Options { bom: a.excel || (kind == ExportKind::Claims && !a.no_bom) };
    let input = ExportInput::new(&articles, &stories, extractor.lexicon());
    let table = export::table(kind, &input);
    match &a.output {
        Some(p) => {
            let at = crate::output::Atomic::create(p)?;
            let mut w = BufWriter::new(at.file()?);
            export::write_table(&table, &opts, &mut w)?;
            w.flush()?;
            drop(w);
            at.commit()?;
        }
        None => {
            let mut w = BufWriter::new(crate::output::stdout()?);
            export::write_table(&table, &opts, &mut w)?;
            w.flush()?;
        }
    }
    if !a.read.quiet {
        eprintln!("riwaya: {} rows ({}) from {} articles, {} stories", table.rows.len(), kind.name(), articles.len(), stories.len());
    }
    Ok(ExitCode::SUCCESS)
}
