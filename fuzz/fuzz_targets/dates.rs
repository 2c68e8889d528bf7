//! Time expressions on any text, with and without a publication date (the first two bytes
//! pick a day in 1900–2200).
#![no_main]
use libfuzzer_sys::fuzz_target;
use riwaya_dates::NaiveDate;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let Ok(s) = std::str::from_utf8(&data[2..]) else { return };
    let days = u64::from(u16::from_le_bytes([data[0], data[1]])) % (300 * 365);
    let published = NaiveDate::from_ymd_opt(1900, 1, 1).and_then(|d| d.checked_add_days(chrono::Days::new(days)));
    let _ = riwaya_dates::find_dates(s, published);
    let _ = riwaya_dates::find_dates(s, None);
});
