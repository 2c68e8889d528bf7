//! Prints the mentions of the text given as argument (nested with `--nested`).
use riwaya_entities::Recognizer;
use riwaya_lexicon::Lexicon;
use std::sync::Arc;
fn main() {
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let nested = std::env::args().any(|a| a == "--nested");
    for t in std::env::args().skip(1).filter(|a| a != "--nested") {
        let v = if nested { rec.mentions_nested(&t) } else { rec.mentions(&t) };
        println!("{t}");
        for m in v {
            println!("  {:<30} {:<30} {}", m.text, m.entity, m.kind);
        }
    }
}
