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

pub fn run(what: What) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
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
        What::Claims { text, published, lexicon } => {
            let text = read_text_arg(&text)?;
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            for c in ex.claims_of(&text, published.as_deref()) {
                serde_json::to_writer(&mut out, &c)?;
                out.write_all(b"\n")?;
            }
        }
        What::Events { text, published, lexicon } => {
            let text = read_text_arg(&text)?;
            let ex = crate::analyze::load_extractor(&lexicon, false)?;
            for e in ex.events_of(&text, published.as_deref()) {
                serde_json::to_writer(&mut out, &e)?;
                out.write_all(b"\n")?;
            }
        }
        What::Dates { text, published } => {
            let text = read_text_arg(&text)?;
            let published = match published.as_deref() {
                Some(p) => Some(
                    riwaya_dates::NaiveDate::parse_from_str(p, "%Y-%m-%d")
                        .map_err(|e| anyhow::anyhow!("--published {p:?}: {e} (expected YYYY-MM-DD)"))?,
                ),
                None => None,
            };
            for d in riwaya_extract::dates(&text, published) {
                serde_json::to_writer(&mut out, &d)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
