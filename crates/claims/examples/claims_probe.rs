//! Prints the scored figures of one article read from stdin, through the whole extraction
//! (the real name recogniser): `echo 'TEXT' | cargo run -p riwaya-claims --example claims_probe`.
use std::io::Read;
fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let (ex, _) = riwaya_extract::Extractor::new(&[]).expect("the embedded data loads");
    for c in ex.claims_of(&text, None).iter().filter(|c| c.quantity != "other" || std::env::var("ALL").is_ok()) {
        let mark = format!("{}{}", if c.denied { " DENIED" } else { "" }, c.part_of.map(|p| format!(" PART_OF {p}")).unwrap_or_default());
        println!("{} {:?}-{:?} {}{mark} / {:?} «{}»", c.quantity, c.low, c.high, c.subject.as_deref().unwrap_or("-"), c.attribution, c.text);
    }
}
