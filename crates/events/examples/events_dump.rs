//! Every event of SaudiNewsNet articles, one line each (type, agent, place, text): for
//! reading what trigger changes do on unseen text.
//! `cargo run -p riwaya-events --example events_dump -- FILES.zip… > events.tsv`
use std::io::Read;
fn main() {
    let ex = riwaya_events::EventExtractor::new();
    for f in std::env::args().skip(1) {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&f).unwrap()).unwrap();
        for i in 0..z.len() {
            let mut s = String::new();
            if z.by_index(i).unwrap().read_to_string(&mut s).is_err() {
                continue;
            }
            let Ok(serde_json::Value::Array(v)) = serde_json::from_str::<serde_json::Value>(&s) else { continue };
            for (j, a) in v.iter().enumerate() {
                let Some(x) = a["content"].as_str() else { continue };
                for e in ex.extract(x, &[], &[], None) {
                    let ag = e.agent.map(|p| p.text).unwrap_or_default();
                    let pl = e.place.map(|p| p.text).unwrap_or_default();
                    println!("{f}:{i}:{j}\t{}\t{ag}\t{pl}\t{}", e.kind, e.text.replace(['\n', '\t'], " "));
                }
            }
        }
    }
}
