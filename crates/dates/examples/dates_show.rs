//! Print the time expressions of a text: `cargo run --example dates_show -- 2022-01-22 < article.txt`
use std::io::Read;

fn main() {
    let published = std::env::args()
        .nth(1)
        .and_then(|s| riwaya_dates::parse_date_loose(&s));
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("read stdin");
    for e in riwaya_dates::find_dates(&text, published) {
        println!(
            "{}\t{}\t{}\t{}",
            e.text,
            e.date_string().unwrap_or_else(|| "-".into()),
            e.kind,
            e.anchor
        );
    }
}
