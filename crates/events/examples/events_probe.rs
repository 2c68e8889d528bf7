//! Events of each line of stdin, with what each rule dropped: `echo "…" | cargo run -p riwaya-events --example events_probe`
//! (names found per line, no dates; for trying a sentence quickly).
use riwaya_entities::Recognizer;
use riwaya_lexicon::Lexicon;
use std::io::Read;
use std::sync::Arc;
fn main() {
    let rec = Recognizer::new(Arc::new(Lexicon::embedded().unwrap()));
    let ex = riwaya_events::EventExtractor::new();
    let mut t = String::new();
    std::io::stdin().read_to_string(&mut t).unwrap();
    for line in t.lines().filter(|l| !l.trim().is_empty()) {
        let (ev, dr) = ex.extract_traced(line, &rec.mentions_nested(line), &[], Some("2025-06-10"));
        println!("{line}");
        for e in ev { println!("   {} / {:?} / {:?}", e.kind, e.agent.map(|a| a.text), e.place.map(|a| a.text)); }
        for d in dr { println!("   drop {:?}", d); }
    }
}
