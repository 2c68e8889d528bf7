//! Main-text and metadata extraction on any page.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = riwaya_html::most_attributes(s);
    let _ = riwaya_html::extract(s, Some("https://example.org/a/1"));
});
