//! Every integer written out in Arabic words must read back as itself.

use proptest::prelude::*;
use riwaya_text::find_numbers;

/// Spelling variant for the renderer.
#[derive(Clone, Copy, Debug)]
struct Style {
    /// مائة / مائتان / ثلاثمائة instead of مئة / مئتان / ثلاثمئة.
    maa: bool,
    /// ألفاً (with tanween) instead of ألفا.
    tanween: bool,
}

const UNITS: [&str; 11] =
    ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const TENS: [&str; 10] =
    ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDRED_STEMS: [&str; 10] =
    ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];

/// 1..=99
#[allow(clippy::manual_is_multiple_of)] // is_multiple_of is newer than rust-version
fn below_100(n: u32) -> String {
    match n {
        1..=10 => UNITS[n as usize].to_string(),
        11 => "أحد عشر".into(),
        12 => "اثنا عشر".into(),
        13..=19 => format!("{} عشر", UNITS[(n - 10) as usize]),
        _ if n % 10 == 0 => TENS[(n / 10) as usize].into(),
        _ => format!("{} و{}", UNITS[(n % 10) as usize], TENS[(n / 10) as usize]),
    }
}

/// 1..=999; `construct` for a hundred that a scale word follows (مئتا ألف).
fn below_1000(n: u32, st: Style, construct: bool) -> String {
    let h = n / 100;
    let r = n % 100;
    let mia = if st.maa { "مائة" } else { "مئة" };
    let hw = match h {
        0 => String::new(),
        1 => mia.to_string(),
        2 => {
            let base = if st.maa { "مائت" } else { "مئت" };
            if construct && r == 0 {
                format!("{base}ا")
            } else {
                format!("{base}ان")
            }
        }
        _ => format!("{}{mia}", HUNDRED_STEMS[h as usize]),
    };
    match (h, r) {
        (0, _) => below_100(r),
        (_, 0) => hw,
        _ => format!("{hw} و{}", below_100(r)),
    }
}

fn render(n: u32, st: Style) -> String {
    let t = n / 1000;
    let r = n % 1000;
    let alfan = if st.tanween { "ألفاً" } else { "ألفا" };
    let th = match t {
        0 => String::new(),
        1 => "ألف".into(),
        2 => "ألفان".into(),
        _ => {
            let last = t % 100;
            let noun = match last {
                3..=10 => "آلاف",
                11..=99 => alfan,
                _ => "ألف",
            };
            format!("{} {noun}", below_1000(t, st, true))
        }
    };
    match (t, r) {
        (0, _) => below_1000(r, st, false),
        (_, 0) => th,
        _ => format!("{th} و{}", below_1000(r, st, false)),
    }
}

fn reads_back(n: u32, st: Style) -> Result<(), String> {
    let s = render(n, st);
    let v = find_numbers(&s);
    let ok = v.len() == 1 && {
        let e = &v[0];
        e.start == 0
            && e.end == s.len()
            && e.low == Some(n as u64)
            && e.high == Some(n as u64)
            && !e.approx
            && !e.vague
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{n} {s:?} -> {v:?}"))
    }
}

const STYLES: [Style; 2] = [Style { maa: false, tanween: true }, Style { maa: true, tanween: false }];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn words_read_back(n in 1u32..=999_999, k in 0usize..2) {
        let r = reads_back(n, STYLES[k]);
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}

#[test]
fn renderer_samples() {
    let st = STYLES[0];
    assert_eq!(render(21, st), "واحد وعشرون");
    assert_eq!(render(300, st), "ثلاثمئة");
    assert_eq!(render(11_000, st), "أحد عشر ألفاً");
    assert_eq!(render(200_000, st), "مئتا ألف");
    assert_eq!(render(3_500, STYLES[1]), "ثلاثة آلاف وخمسمائة");
}

/// All of 1..=999,999 in both spellings (the crate is optimised even in test builds, see
/// the workspace's Cargo.toml, so this takes seconds).
#[test]
fn every_integer_reads_back() {
    let mut bad = Vec::new();
    for st in STYLES {
        for n in 1..=999_999 {
            if let Err(e) = reads_back(n, st) {
                bad.push(e);
            }
        }
    }
    assert!(bad.is_empty(), "{} failures, first: {:?}", bad.len(), &bad[..bad.len().min(20)]);
}

/// Every value below 2000 and a stride through the rest, in both spellings: quick enough
/// for every test run.
#[test]
fn dense_sample_reads_back() {
    let mut bad = Vec::new();
    for st in STYLES {
        for n in (1..2000).chain((2000..=999_999).step_by(997)) {
            if let Err(e) = reads_back(n, st) {
                bad.push(e);
            }
        }
    }
    assert!(bad.is_empty(), "{} failures, first: {:?}", bad.len(), &bad[..bad.len().min(20)]);
}
