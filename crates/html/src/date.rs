//! Publication dates in the many shapes news pages write them, normalised to `YYYY-MM-DD`.
//!
//! Handled: ISO 8601 (`2022-01-22`, `2022-01-22T10:30:00+03:00`, `2022-01-22 10:30`,
//! `20220122`), RFC 2822 (`Sat, 22 Jan 2022 10:30:00 +0300`), `22/01/2022` and
//! `22-01-2022` (day first, as Arabic and European sites write it; month first only when
//! the day-first reading is impossible), `2022/01/22`, month names in English and Arabic
//! (Egyptian/Gulf `يناير` … and Levantine/Iraqi `كانون الثاني` …), `January 22, 2022`,
//! Arabic-Indic and Persian digits. The date is the one written (local to the publisher);
//! no time-zone conversion is made.

/// Parses a date-ish string into `YYYY-MM-DD`, or `None` when no plausible date is found.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = ascii_digits(raw);
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    iso_like(s)
        .or_else(|| numeric_dmy(s))
        .or_else(|| with_month_name(s))
        .or_else(|| compact(s))
        .and_then(|(y, m, d)| valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}")))
}

fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => ' ',
            '،' => ',',
            _ => c,
        })
        .collect()
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    #[allow(clippy::manual_is_multiple_of)] // keeps the code building on Rust < 1.87
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let max = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= max
}

/// Runs of ASCII digits with their byte offsets.
fn numbers(s: &str) -> Vec<(usize, &str)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((st, &s[st..i]));
        } else {
            i += 1;
        }
    }
    out
}

/// `YYYY-MM-DD…` / `YYYY/MM/DD` / `YYYY.MM.DD` at the start (after optional spaces).
fn iso_like(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() < 8 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sep = b[4];
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let rest = &s[5..];
    let (m, rest) = take_num(rest, 2)?;
    let rest = rest.strip_prefix(sep as char)?;
    let (d, rest) = take_num(rest, 2)?;
    // What follows the day must not be another digit (take_num already ensures that).
    let _ = rest;
    Some((s[..4].parse().ok()?, m, d))
}

fn take_num(s: &str, max_len: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max_len {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (or `MM/DD/YYYY` when the day-first reading is
/// impossible).
fn numeric_dmy(s: &str) -> Option<(u32, u32, u32)> {
    let nums = numbers(s);
    for w in nums.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        if a.1.len() > 2 || b.1.len() > 2 || c.1.len() != 4 {
            continue;
        }
        // Separators must be one of / - . and the same both times.
        let s1 = &s[a.0 + a.1.len()..b.0];
        let s2 = &s[b.0 + b.1.len()..c.0];
        if s1 != s2 || !matches!(s1, "/" | "-" | ".") {
            continue;
        }
        let (x, y, year): (u32, u32, u32) = (a.1.parse().ok()?, b.1.parse().ok()?, c.1.parse().ok()?);
        if valid(year, y, x) {
            return Some((year, y, x));
        }
        if valid(year, x, y) {
            return Some((year, x, y));
        }
    }
    None
}

/// Month names, compiled in from `data/months.tsv` (month number, name as written).
pub const MONTHS_TSV: &str = include_str!("../data/months.tsv");

/// `months.tsv` read once, in file order.
fn months() -> &'static [(&'static str, u32)] {
    static M: std::sync::OnceLock<Vec<(&'static str, u32)>> = std::sync::OnceLock::new();
    M.get_or_init(|| parse_months(MONTHS_TSV).unwrap_or_else(|e| panic!("html/data/months.tsv: {e}")))
}

fn parse_months(src: &'static str) -> Result<Vec<(&'static str, u32)>, String> {
    let mut v: Vec<(&'static str, u32)> = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |e: &str| format!("line {}: {e}: {line:?}", n + 1);
        let (m, name) = line.split_once('\t').ok_or_else(|| err("want month <TAB> name"))?;
        let m: u32 = m.parse().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| err("month is not 1..12"))?;
        if name.is_empty() || name.trim() != name || name.to_lowercase() != name {
            return Err(err("name is empty, padded or not lower case"));
        }
        if v.iter().any(|&(x, _)| x == name) {
            return Err(err("listed twice"));
        }
        v.push((name, m));
    }
    Ok(v)
}

/// Finds a month name and takes the nearest day and a four-digit year around it:
/// `22 Jan 2022`, `Sat, 22 Jan 2022 10:30:00 +0300`, `January 22, 2022`, `22 يناير 2022`,
/// `السبت 22 كانون الثاني 2022`.
fn with_month_name(s: &str) -> Option<(u32, u32, u32)> {
    let lower = s.to_lowercase();
    let (mut best, mut month) = (None::<(usize, usize)>, 0);
    for &(name, m) in months() {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(name) {
            let st = from + pos;
            let en = st + name.len();
            from = en;
            // Whole word only.
            let before_ok = lower[..st].chars().next_back().is_none_or(|c| !c.is_alphabetic());
            let after_ok = lower[en..].chars().next().is_none_or(|c| !c.is_alphabetic() || c == '.');
            if before_ok && after_ok {
                if best.is_none_or(|(bs, _)| st < bs) {
                    best = Some((st, en));
                    month = m;
                }
                break;
            }
        }
    }
    let (st, en) = best?;
    let nums = numbers(&lower);
    let year = nums.iter().find(|(p, n)| n.len() == 4 && (*p >= en || *p + 4 <= st))?;
    let year: u32 = year.1.parse().ok()?;
    // Day: the last 1–2 digit number right before the month, else the first right after it.
    let before = nums.iter().rev().find(|(p, n)| *p + n.len() <= st && n.len() <= 2 && lower[*p + n.len()..st].trim().len() <= 2);
    let after = nums.iter().find(|(p, n)| *p >= en && n.len() <= 2 && lower[en..*p].trim().len() <= 2);
    let day: u32 = before.or(after)?.1.parse().ok()?;
    Some((year, month, day))
}

/// `20220122` or `20220122T103000` at the start.
fn compact(s: &str) -> Option<(u32, u32, u32)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[n..];
    if !((n == 8 && (rest.is_empty() || rest.starts_with('T'))) || n == 14) {
        return None;
    }
    Some((s[..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::normalize_date as n;

    #[test]
    fn iso_forms() {
        assert_eq!(n("2022-01-22").as_deref(), Some("2022-01-22"));
        assert_eq!(n("2022-01-22T10:30:00+03:00").as_deref(), Some("2022-01-22"));
        assert_eq!(n("2022-01-22T23:30:00Z").as_deref(), Some("2022-01-22"));
        assert_eq!(n("2022-01-22 10:30").as_deref(), Some("2022-01-22"));
        assert_eq!(n(" 2022/1/5 ").as_deref(), Some("2022-01-05"));
        assert_eq!(n("2022-01-22T10:30:00.000+0300").as_deref(), Some("2022-01-22"));
        assert_eq!(n("20220122").as_deref(), Some("2022-01-22"));
        assert_eq!(n("20220122T103000").as_deref(), Some("2022-01-22"));
    }

    #[test]
    fn rfc2822_and_names() {
        assert_eq!(n("Sat, 22 Jan 2022 10:30:00 +0300").as_deref(), Some("2022-01-22"));
        assert_eq!(n("January 22, 2022").as_deref(), Some("2022-01-22"));
        assert_eq!(n("22 September 2021 08:00 GMT").as_deref(), Some("2021-09-22"));
        assert_eq!(n("السبت 22 يناير 2022").as_deref(), Some("2022-01-22"));
        assert_eq!(n("٢٢ كانون الثاني ٢٠٢٢").as_deref(), Some("2022-01-22"));
        assert_eq!(n("3 آب 2023 - 10:15").as_deref(), Some("2023-08-03"));
        assert_eq!(n("15 أيلول/سبتمبر 2020").as_deref(), Some("2020-09-15"));
    }

    #[test]
    fn numeric_day_first() {
        assert_eq!(n("22/01/2022").as_deref(), Some("2022-01-22"));
        assert_eq!(n("05-03-2022 14:00").as_deref(), Some("2022-03-05"));
        assert_eq!(n("12/31/2021").as_deref(), Some("2021-12-31"));
        assert_eq!(n("نشر في 22.01.2022").as_deref(), Some("2022-01-22"));
    }

    #[test]
    fn rejects_junk() {
        assert_eq!(n(""), None);
        assert_eq!(n("yesterday"), None);
        assert_eq!(n("2022-13-45"), None);
        assert_eq!(n("2021-02-29"), None);
        assert_eq!(n("1234"), None);
        assert_eq!(n("٠"), None);
    }

    #[test]
    fn months_tsv_loads_and_is_checked() {
        let m = super::parse_months(super::MONTHS_TSV).expect("months.tsv parses");
        assert!(m.len() > 60);
        for k in 1..=12 {
            assert!(m.iter().any(|&(_, x)| x == k), "month {k} has no name");
        }
        // A two-word name comes before any name it contains.
        for (i, (a, _)) in m.iter().enumerate() {
            for (b, _) in &m[..i] {
                assert!(!(b.len() < a.len() && a.contains(b) && b.contains(' ')), "{a} after {b}");
            }
            if a.contains(' ') {
                let last = a.rsplit(' ').next().unwrap_or("");
                assert!(m[..i].iter().all(|(b, _)| *b != last), "{a} comes after its word {last}");
            }
        }
        assert!(super::parse_months("13\tfoo\n").is_err());
        assert!(super::parse_months("1\tJanuary\n").is_err());
        assert!(super::parse_months("1\tjan\n1\tjan\n").is_err());
    }
}
