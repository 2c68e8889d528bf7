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

/// The desk's exports: `riwaya_report::export` over the stories asked for (their stored
/// JSON) and their articles.
fn exporter(db: PathBuf, lexicon: riwaya_lexicon::Lexicon) -> riwaya_desk::Exporter {
    use riwaya_report::export::{self, ExportInput, ExportKind, Options};
    use riwaya_store::{SqliteStore, Store};
    Box::new(move |kind: &str, ids: Option<&[i64]>| {
        let run = || -> anyhow::Result<Vec<u8>> {
            let kind = match kind {
                "acled" => ExportKind::Acled,
                "ucdp" => ExportKind::Ucdp,
                _ => ExportKind::Claims,
            };
            let store = SqliteStore::open(&db)?;
            // The stored stories' JSON read back (fast), else rebuilt from the digests.
            let stored = match ids {
                Some(ids) => ids.iter().filter_map(|&id| store.story(id).transpose()).collect::<riwaya_store::Result<Vec<_>>>()?,
                None => store.stories(&riwaya_store::StoryFilter::default())?,
            };
            let read: Result<Vec<riwaya_stories::Story>, _> = stored.into_iter().map(|s| serde_json::from_value(s.story)).collect();
            let mut stories = match read {
                Ok(v) => v,
                Err(_) => {
                    let all = crate::add::stable_stories(&store, None)?.stories;
                    let keep: Option<std::collections::HashSet<String>> = ids.map(|ids| ids.iter().map(|i| i.to_string()).collect());
                    all.into_iter().map(|(_, s)| s).filter(|s| keep.as_ref().is_none_or(|k| k.contains(&s.id))).collect()
                }
            };
            stories.sort_by(|x, y| y.articles.len().cmp(&x.articles.len()).then(x.id.cmp(&y.id)));
            let articles = crate::export::export_articles(&store, &stories, ids.is_some())?;
            let mut out = Vec::new();
            export::write(kind, &ExportInput::new(&articles, &stories, &lexicon), &Options::for_kind(kind), &mut out)?;
            Ok(out)
        };
        run().map_err(|e| format!("{e:#}"))
    })
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (lexicon, warnings) = riwaya_lexicon::Lexicon::load(&a.lexicon).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in warnings {
        eprintln!("riwaya: warning: {w}");
    }
    let desk = riwaya_desk::Desk::open_with_exports(&a.db.db, lexicon.clone(), Some(exporter(a.db.db.clone(), lexicon))).map_err(anyhow::Error::msg)?;
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
