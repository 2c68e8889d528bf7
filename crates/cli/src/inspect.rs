//! `riwaya inspect WHAT "TEXT"`: one stage over one text, as JSON lines.

use crate::read_text_arg;
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum What {
    /// Number expressions: text, span, low/high, approx, vague, counted noun.
    Numbers {
        /// The text to read ("-" for standard input).
        text: String,
    },
    /// Names of actors, places, outlets and persons, with entity ids and spans.
    Entities {
        /// The text to read ("-" for standard input).
        text: String,
        /// Extra lexicon folders, as for `analyze`.
        #[arg(long, value_name = "DIR")]
        lexicon: Vec<PathBuf>,
    },
    /// Figures: quantity, subject, low/high, attribution chain, hedging, span.
    Claims {
        /// The text to read ("-" for standard input).
        text: String,
        /// The publication date (YYYY-MM-DD) claims' dates resolve against.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Extra lexicon folders, as for `analyze`.
        #[arg(long, value_name = "DIR")]
        lexicon: Vec<PathBuf>,
    },
    /// Events: type, agent, place, date, attribution, span.
    Events {
        /// The text to read ("-" for standard input).
        text: String,
        /// The publication date (YYYY-MM-DD) events' dates resolve against.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Extra lexicon folders, as for `analyze`.
        #[arg(long, value_name = "DIR")]
        lexicon: Vec<PathBuf>,
    },
    /// Time expressions resolved against a publication date.
    Dates {
        /// The text to read ("-" for standard input).
        text: String,
        /// The publication date (YYYY-MM-DD) relative expressions resolve against.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
    },
}

/// A `--published` date: `YYYY-MM-DD`, a day that exists, in 1900–2200 (the range every
/// date reader of Riwaya accepts; relative dates resolved from it stay four-digit years).
fn published_date(p: &str) -> Result<riwaya_dates::NaiveDate, String> {
    let d = riwaya_dates::NaiveDate::parse_from_str(p.trim(), "%Y-%m-%d")
        .map_err(|e| format!("--published {}: {e} (expected YYYY-MM-DD)", riwaya_report::terminal_safe(&format!("{p:?}"))))?;
    if riwaya_ingest::iso_day(p).is_none() {
        return Err(format!("--published {p}: years 1900 to 2200 only"));
    }
    Ok(d)
}

pub fn run(what: What) -> anyhow::Result<ExitCode> {
    // Usage errors (exit 2) before anything is read or written.
    let published = match &what {
        What::Claims { published, .. } | What::Events { published, .. } | What::Dates { published, .. } => published.as_deref(),
        _ => None,
    };
    let published = match published.map(published_date).transpose() {
        Ok(p) => p,
        Err(m) => {
            eprintln!("riwaya: error: {m}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = std::io::BufWriter::new(crate::output::stdout()?);
    match what {
        What::Numbers { text } => {
            let text = read_text_arg(&text)?;
            for n in riwaya_text::number::find_numbers(&text) {
                serde_json::to_writer(&mut out, &n)?;
                out.write_all(b"\n")?;
            }
        }
        What::Entities { text, lexicon } => {
            let text = read_text_arg(&text)?;
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            for m in ex.recognizer().mentions_nested(&text) {
                serde_json::to_writer(&mut out, &m)?;
                out.write_all(b"\n")?;
            }
        }
        What::Claims { text, published: _, lexicon } => {
            let text = read_text_arg(&text)?;
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            let published = published.map(|d| d.format("%Y-%m-%d").to_string());
            for c in ex.claims_of(&text, published.as_deref()) {
                serde_json::to_writer(&mut out, &c)?;
                out.write_all(b"\n")?;
            }
        }
        What::Events { text, published: _, lexicon } => {
            let text = read_text_arg(&text)?;
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            let published = published.map(|d| d.format("%Y-%m-%d").to_string());
            for e in ex.events_of(&text, published.as_deref()) {
                serde_json::to_writer(&mut out, &e)?;
                out.write_all(b"\n")?;
            }
        }
        What::Dates { text, published: _ } => {
            let text = read_text_arg(&text)?;
            for d in riwaya_extract::dates(&text, published) {
                serde_json::to_writer(&mut out, &d)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
