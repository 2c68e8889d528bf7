//! `riwaya lexicon …`: check the language data, and find names it lacks.

use clap::Subcommand;
use riwaya_clean::Cleaner;
use riwaya_ingest::{discover, read_file};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Cmd {
    /// Load and validate the shipped data and the given folders; print counts and warnings.
    Check {
        /// Extra lexicon folders, as for `analyze`.
        #[arg(long, value_name = "DIR")]
        lexicon: Vec<PathBuf>,
    },
    /// List names found in the articles that the data lacks (people by title, organisations
    /// and places by head noun), with counts and example sentences, as TOML ready to paste
    /// into a data file.
    Suggest {
        /// Files and folders to read, as for `analyze`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Extra lexicon folders, as for `analyze`.
        #[arg(long, value_name = "DIR")]
        lexicon: Vec<PathBuf>,
        /// Only names seen at least this many times.
        #[arg(long, default_value_t = 2)]
        min_count: usize,
        /// At most this many names.
        #[arg(long, default_value_t = 200)]
        limit: usize,
    },
}

pub fn run(cmd: Cmd) -> anyhow::Result<ExitCode> {
    match cmd {
        Cmd::Check { lexicon } => {
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            let (actors, places, terms) = ex.lexicon().counts();
            println!("lexicon ok: {actors} actors, {places} places, {terms} loaded terms");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Suggest { paths, lexicon, min_count, limit } => {
            let ex = crate::analyze::load_extractor(&lexicon, true)?;
            let cleaner = Cleaner::new();
            let (files, errors) = discover(&paths);
            for e in &errors {
                eprintln!("riwaya: {}{}", if e.warning { "warning: " } else { "" }, riwaya_report::terminal_safe(&e.to_string()));
            }
            let mut texts = Vec::new();
            for f in &files {
                read_file(f, &mut |item| match item {
                    Ok(raw) => {
                        let a = cleaner.clean(raw);
                        texts.push((a.id, a.text));
                    }
                    Err(e) => eprintln!("riwaya: {}{}", if e.warning { "warning: " } else { "" }, riwaya_report::terminal_safe(&e.to_string())),
                });
            }
            let mut found = riwaya_entities::suggest::suggest(texts.into_iter(), ex.recognizer());
            found.retain(|s| s.count >= min_count);
            found.truncate(limit);
            let mut out = std::io::BufWriter::new(crate::output::stdout()?);
            writeln!(out, "# {} names found that the lexicon lacks (riwaya lexicon suggest)", found.len())?;
            out.write_all(riwaya_entities::suggest::render_toml(&found).as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
