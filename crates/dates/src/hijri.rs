//! Hijri (Umm al-Qura) <-> Gregorian conversion, on top of `icu_calendar`.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

/// Convert an Umm al-Qura Hijri date to the Gregorian calendar.
///
/// Returns `None` for an impossible date (month outside 1..=12, day 0 or past
/// the month's length, which is 29 or 30 days depending on the month and year).
pub fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1..=9999).contains(&y) {
        return None;
    }
    let h =
        Date::try_new_hijri_with_calendar(y, m as u8, d as u8, Hijri::new_umm_al_qura()).ok()?;
    // icu clamps nothing here, but check the round trip to reject day 30 of a
    // 29-day month, should a version ever constrain instead of failing.
    if h.day_of_month().0 as u32 != d || h.month().ordinal as u32 != m {
        return None;
    }
    let iso = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        iso.month().ordinal as u32,
        iso.day_of_month().0 as u32,
    )
}

/// The Umm al-Qura Hijri date (year, month, day) of a Gregorian date.
pub fn gregorian_to_hijri(g: NaiveDate) -> Option<(i32, u32, u32)> {
    let iso = Date::try_new_iso(g.year(), g.month() as u8, g.day() as u8).ok()?;
    let h: Date<Hijri<_>> = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        h.month().ordinal as u32,
        h.day_of_month().0 as u32,
    ))
}

/// First and last Gregorian day of a Hijri month.
pub fn hijri_month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = hijri_to_gregorian(y, m, 1)?;
    let next = if m == 12 {
        hijri_to_gregorian(y + 1, 1, 1)?
    } else {
        hijri_to_gregorian(y, m + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

/// First and last Gregorian day of a Hijri year.
pub fn hijri_year_span(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let first = hijri_to_gregorian(y, 1, 1)?;
    let next = hijri_to_gregorian(y + 1, 1, 1)?;
    Some((first, next.pred_opt()?))
}
