//! `riwaya serve`: the analyst's desk (crates/desk) over a store, on 127.0.0.1 by default.

use crate::add::DbArgs;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArgs,
    /// The port (0: any free port; the URL printed says which).
    #[arg(long, default_value = "8080")]
    port: u16,
    /// The address to listen on. The desk has no login: keep it on this machine unless
    /// the network is yours.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// A folder of lexicon files read after the shipped data (names and places). Repeatable.
    #[arg(long, value_name = "DIR")]
    lexicon: Vec<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (lexicon, warnings) = riwaya_lexicon::Lexicon::load(&a.lexicon).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in warnings {
        eprintln!("riwaya: warning: {w}");
    }
    let desk = riwaya_desk::Desk::open(&a.db.db, lexicon).map_err(anyhow::Error::msg)?;
    let stories = desk.index().map(|i| i.stories.len()).unwrap_or(0);
    let articles = desk.article_count().unwrap_or(0);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(riwaya_desk::serve(desk, SocketAddr::new(a.host, a.port), |addr| {
        use std::io::Write;
        let host = if addr.ip().is_unspecified() { "127.0.0.1".to_string() } else { addr.ip().to_string() };
        let host = if host.contains(':') { format!("[{host}]") } else { host };
        println!("riwaya desk: http://{host}:{}/  ({articles} articles, {stories} stories in {}; Ctrl-C stops)", addr.port(), a.db.db.display());
        let _ = std::io::stdout().flush();
    }))
    .map_err(|e| anyhow::anyhow!("cannot serve on {}:{}: {e}", a.host, a.port))?;
    Ok(ExitCode::SUCCESS)
}
