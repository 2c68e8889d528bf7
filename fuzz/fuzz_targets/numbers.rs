//! The number parser on any text: never panics; every span lies inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    for n in riwaya_text::number::find_numbers(s) {
        assert!(n.start <= n.end && n.end <= s.len(), "span {}..{} outside {}", n.start, n.end, s.len());
        assert!(s.is_char_boundary(n.start) && s.is_char_boundary(n.end));
    }
});
