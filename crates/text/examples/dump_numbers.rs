//! Print the number expressions found in text files (for eyeballing false positives).
//! `cargo run -p riwaya-text --example dump_numbers -- FILE...`
fn main() {
    for path in std::env::args().skip(1) {
        let s = std::fs::read_to_string(&path).expect("read");
        println!("== {path}");
        for e in riwaya_text::find_numbers(&s) {
            println!(
                "{:>10?} {:>10?} a={} v={} | {} | noun={:?}",
                e.low, e.high, e.approx as u8, e.vague as u8, e.text, e.noun
            );
        }
    }
}
