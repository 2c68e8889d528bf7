//! `riwaya inspect WHAT "TEXT"`: one stage over one text, as JSON lines.

use crate::read_text_arg;
use clap::Subcommand;
use std::io::Write;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum What {
    /// Number expressions: text, span, low/high, approx, vague, counted noun.
    Numbers {
        /// The text to read ("-" for standard input).
        text: String,
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
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
