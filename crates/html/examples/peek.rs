use std::io::Read;
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let mut gz = flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap());
    let mut s = String::new();
    gz.read_to_string(&mut s).unwrap();
    let opts = trafilatura::Options::default().with_focus(trafilatura::ExtractionFocus::FavorPrecision).with_fallback(true);
    let r = trafilatura::extract(&s, &opts).unwrap();
    println!("{}", r.content_html);
}
