//! Inputs the fuzzers found (fuzz/, issue 14): each once panicked; none may again.

use riwaya_text::number::find_numbers;

#[test]
fn a_comma_after_a_decimal_point_is_no_number_and_no_panic() {
    // fuzz/numbers crash-35cead80: "06.04,201" subtracted b'0' from a comma.
    let crash: &[u8] = b"\xd9\x8a 06.04,201\0\0\0\0\0\0\0\0\0\0\0\0M \xd9\x81\xd9\x8a \xd9\x88\xd9\x86\xd8\xad\xd9\x8803.04.2417 0,:0 23:'9";
    let s = String::from_utf8_lossy(crash);
    for n in find_numbers(&s) {
        assert!(n.end <= s.len());
    }
    let _ = find_numbers("06.04,201");
    let _ = find_numbers("1,5.3");
}
