//! The file readers (decoding, JSON, JSON Lines, zip, gzip, text, HTML) on any bytes: the
//! first byte picks the file type. Never panics; every error names its origin.
#![no_main]
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &["a.json", "a.jsonl", "a.zip", "a.txt.gz", "a.txt", "a.html", "a.json.gz", "meta.jsonl"];

fuzz_target!(|data: &[u8]| {
    let Some((&k, rest)) = data.split_first() else { return };
    let name = NAMES[k as usize % NAMES.len()];
    riwaya_ingest::read_named(name, rest.to_vec(), &mut |item| {
        if let Err(e) = item {
            assert!(!e.origin.path.is_empty());
        }
    });
    let _ = riwaya_ingest::iso_day(&String::from_utf8_lossy(rest));
});
