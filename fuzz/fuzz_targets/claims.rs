//! Claims on one sentence: never panics; spans lie inside the text, low ≤ high.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static EX: OnceLock<riwaya_claims::ClaimExtractor> = OnceLock::new();

fuzz_target!(|s: &str| {
    let ex = EX.get_or_init(riwaya_claims::ClaimExtractor::new);
    for c in ex.extract(s, &[], &|_| None) {
        assert!(c.start <= c.end && c.end <= s.len());
        assert_eq!(&s[c.start..c.end], c.text);
        if let (Some(l), Some(h)) = (c.low, c.high) {
            assert!(l <= h, "low {l} > high {h}");
        }
    }
});
