//! Find time expressions in Arabic news text and resolve them against the
//! publication date.
//!
//! ```
//! use riwaya_dates::{find_dates, NaiveDate};
//! let published = NaiveDate::from_ymd_opt(2022, 1, 22); // a Saturday
//! let found = find_dates("قال المرصد اليوم السبت إن الاشتباكات اندلعت مساء أمس الجمعة", published);
//! assert_eq!(found[0].date_string().as_deref(), Some("2022-01-22"));
//! assert_eq!(found[1].text, "مساء أمس الجمعة");
//! assert_eq!(found[1].date_string().as_deref(), Some("2022-01-21"));
//! ```
//!
//! # Conventions (news-style, past-biased)
//! * A bare weekday ("يوم الخميس", "الخميس") is the most recent such day on or
//!   before publication ("اليوم السبت" is the publication day). With "الماضي" it is
//!   the most recent strictly before; with "المقبل"/"القادم" the next strictly after.
//!   A bare weekday after a future marker ("من المقرر", "سوف", "المتوقع" …, within
//!   three words before) is the next one on or after publication.
//! * Weeks run Saturday to Friday (as in most Arab countries): "الأسبوع الماضي" is
//!   the Saturday–Friday week before the one holding the publication date.
//! * "منذ/قبل N أيام" is published − N days (weeks: 7N days; months and years by
//!   the calendar). "خلال N الأيام الماضية" is the N days ending the day before
//!   publication; "المقبلة" the N days starting the day after.
//! * Month parts: early (مطلع، بداية، أوائل، مستهل) = days 1–10, middle (منتصف،
//!   أواسط) = 11–20, late (أواخر، نهاية، آخر) = 21–end of month. Year parts:
//!   early = January–April, middle = May–August, late = September–December.
//! * A day and month without a year ("20 كانون الثاني") get the year that makes it
//!   the latest such date not after publication + [`FUTURE_TOLERANCE_DAYS`] (60 days;
//!   [`FUTURE_CUE_TOLERANCE_DAYS`] after "بحلول", "حتى", "إلى", "من المقرر" …);
//!   a weekday given with the date picks among candidate years.
//! * Two full dates bounding a period («من 10 أبريل وحتى 22 أبريل», «بين 3 و9 مايو»)
//!   are one span from the first to the second.
//! * «ذلك اليوم», «اليوم نفسه», «نفس اليوم» are the day the text told just before (when
//!   that was one day); «اليوم التالي» the day after it.
//! * Hijri dates use the Umm al-Qura calendar (via `icu_calendar`).
//! * A leading و/ف/ب/ل on the first word belongs to the expression ("وأمس").

mod hijri;
mod lex;
mod norm;

pub use chrono::NaiveDate;
use chrono::{Datelike, Duration, Months};
use lex::{Modifier, Unit};
use norm::{Kind, Tokens};
use serde::Serialize;

pub use hijri::{gregorian_to_hijri, hijri_month_span, hijri_to_gregorian, hijri_year_span};

/// How far after the publication date a day-and-month without a year may fall
/// before it is taken to be from the previous year.
pub const FUTURE_TOLERANCE_DAYS: i64 = 60;

/// The same when a future cue stands just before the date ("بحلول", "حتى", "إلى",
/// "من المقرر", "سوف", "موعد" …): deadlines and scheduled events.
pub const FUTURE_CUE_TOLERANCE_DAYS: i64 = 183;

/// What a time expression resolves to.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Day(NaiveDate),
    /// First and last day, both included.
    Span(NaiveDate, NaiveDate),
    Unresolved,
}

/// A time expression found in a text.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// The expression as written, including a leading و/ف/ب/ل.
    pub text: String,
    /// UTF-8 byte offsets into the input.
    pub start: usize,
    pub end: usize,
    pub resolved: Resolved,
    /// "published" (relative to the publication date), "absolute" (a full date
    /// in the text), "story" (counted from a story start), or "none".
    pub anchor: &'static str,
    /// "relative_day", "weekday", "ago", "span", "week", "month", "year",
    /// "absolute", "hijri", "month_part", "year_part", "ordinal_day".
    pub kind: &'static str,
}

impl TimeExpr {
    /// "2022-01-21" for a day, "2022-01-20/2022-01-21" for a span, None otherwise.
    pub fn date_string(&self) -> Option<String> {
        match self.resolved {
            Resolved::Day(d) => Some(d.format("%Y-%m-%d").to_string()),
            Resolved::Span(a, b) => {
                Some(format!("{}/{}", a.format("%Y-%m-%d"), b.format("%Y-%m-%d")))
            }
            Resolved::Unresolved => None,
        }
    }
}

/// Find and resolve the time expressions of `text`; relative ones are resolved
/// against `published` (and left `Unresolved` without it).
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<TimeExpr> {
    find_dates_with_start(text, published, None)
}

/// As [`find_dates`], with the first day of the story, so that ordinal days of an
/// event ("في يومها السادس") resolve to `story_start` + (N − 1).
pub fn find_dates_with_start(
    text: &str,
    published: Option<NaiveDate>,
    story_start: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    find_in_tokens(text, &norm::tokenize(text), published, story_start)
}

/// As [`find_dates`] over a text already folded by `riwaya_text::normalize` (an
/// article's shared `riwaya_text::Document` has it): the text is not folded again.
pub fn find_dates_folded(
    text: &str,
    folded: &riwaya_text::Normalized,
    published: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    find_in_tokens(text, &norm::tokenize_folded(text, folded), published, None)
}

fn find_in_tokens(
    text: &str,
    t: &Tokens,
    published: Option<NaiveDate>,
    story_start: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let p = P {
        t,
        src: text,
        pubd: published,
        story: story_start,
    };
    let mut out = Vec::new();
    // The tokens each expression covers, for `join_ranges`.
    let mut toks_of: Vec<(usize, usize)> = Vec::new();
    let n = t.toks.len();
    let mut i = 0;
    while i < n {
        let k = t.toks[i].kind;
        if k == Kind::Word || k == Kind::Num || k == Kind::Other {
            if let Some(m) = if k == Kind::Other { p.english(i) } else { p.at(i) } {
                let start = t.toks[i].os;
                let end = t.toks[m.end - 1].oe;
                out.push(TimeExpr {
                    text: text[start..end].to_string(),
                    start,
                    end,
                    resolved: m.res,
                    anchor: if m.res == Resolved::Unresolved {
                        "none"
                    } else {
                        m.anchor
                    },
                    kind: m.kind,
                });
                toks_of.push((i, m.end));
                i = m.end;
                continue;
            }
            if let Some((s, e, ahead)) = p.that_day(i) {
                if let Some(&TimeExpr { resolved: Resolved::Day(d), anchor, .. }) = out.last() {
                    let (start, end) = (t.toks[s].os, t.toks[e - 1].oe);
                    out.push(TimeExpr {
                        text: text[start..end].to_string(),
                        start,
                        end,
                        resolved: Resolved::Day(d + days(ahead)),
                        anchor,
                        kind: "that_day",
                    });
                    toks_of.push((s, e));
                    i = e;
                    continue;
                }
            }
        }
        i += 1;
    }
    same_year_as_written(&mut out);
    join_ranges(&p, &mut out, &toks_of);
    out
}

/// Two dates written as the ends of one period («من 10 أبريل وحتى 22 أبريل», «بين 3 مايو
/// و9 مايو», «منذ 1 يونيو إلى 5 يونيو») are one span: an opener (`date_range_open`) before
/// the first, a joiner (`date_range_join`) alone between them, the second after the first
/// and within a year of it. «و» joins only after «بين» (elsewhere it lists two days).
fn join_ranges(p: &P, out: &mut Vec<TimeExpr>, toks_of: &[(usize, usize)]) {
    if out.len() < 2 {
        return;
    }
    // The word at token j, or it without a leading و/ف, is one of `f`'s.
    let word_is = |j: usize, f: fn(&str) -> bool| {
        p.t.toks.get(j).filter(|t| t.kind == Kind::Word).is_some_and(|t| {
            let b = &p.t.buf;
            f(&b[t.ns as usize..t.ne as usize]) || f(&b[t.v1.0 as usize..t.v1.1 as usize])
        })
    };
    // (first, last day, end) of each pair of expressions that are one period, by the first's index
    let mut spans: Vec<(usize, Resolved, usize)> = Vec::new();
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let span = match (a.resolved, b.resolved) {
            (Resolved::Day(da), Resolved::Day(db)) if a.kind == "absolute" && b.kind == "absolute" && db > da && (db - da).num_days() <= 366 => {
                let ((sa, ea), (sb, _)) = (toks_of[k], toks_of[k + 1]);
                // The opener: the word before the first date, or its own first word («منذ 10 أبريل»).
                let before = sa.checked_sub(1);
                let opened = before.is_some_and(|j| word_is(j, lex::date_range_open)) || word_is(sa, lex::date_range_open);
                let bayna = before.is_some_and(|j| word_is(j, lex::date_range_bayna));
                // The joiner: one word between, or «و» (after «بين» only) alone or glued to the
                // second date's first word.
                let joined = match sb.saturating_sub(ea) {
                    1 => word_is(ea, lex::date_range_join) || bayna && p.w(ea) == "و",
                    0 => bayna && b.text.starts_with('و'),
                    _ => false,
                };
                (opened && joined).then_some(Resolved::Span(da, db))
            }
            _ => None,
        };
        match span {
            Some(r) => {
                spans.push((k, r, b.end));
                k += 2;
            }
            None => k += 1,
        }
    }
    // Each first expression takes its period; the second goes.
    for &(k, resolved, end) in spans.iter().rev() {
        let a = &mut out[k];
        a.text = p.src[a.start..end].to_string();
        a.end = end;
        a.resolved = resolved;
        a.kind = "span";
        out.remove(k + 1);
    }
}

/// A day and month without a year ("يوم 7 أكتوبر") that the article wrote earlier with its
/// year ("7 أكتوبر 2023") is that day, not the one inferred from publication.
fn same_year_as_written(out: &mut [TimeExpr]) {
    let has_year = |t: &str| {
        let mut run = 0;
        for c in t.chars() {
            if c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) {
                run += 1;
                if run == 4 {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        false
    };
    let mut written: Vec<NaiveDate> = Vec::new();
    for t in out.iter_mut() {
        let Resolved::Day(d) = t.resolved else { continue };
        if t.kind != "absolute" {
            continue;
        }
        if has_year(&t.text) {
            written.push(d);
        } else if let Some(w) = written.iter().find(|w| w.month() == d.month() && w.day() == d.day() && w.year() != d.year()) {
            t.resolved = Resolved::Day(*w);
        }
    }
}

/// "يومها السادس" of a story that started on `story_start`: start + (nth − 1).
pub fn ordinal_day_of_event(story_start: NaiveDate, nth: u32) -> NaiveDate {
    story_start + Duration::days(nth.max(1) as i64 - 1)
}

/// Parse a metadata date: ISO 8601 / RFC 3339 ("2022-01-22", "2022-01-22T10:30:00+03:00",
/// "2015-07-21 10:00:00"), RFC 2822 ("Sat, 22 Jan 2022 10:00:00 GMT"), "22/01/2022",
/// "2022/01/22", English month names, Arabic ("22 يناير 2022", "السبت 22 كانون الثاني 2022")
/// and Hijri ("5 رمضان 1436هـ").
pub fn parse_date_loose(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(d) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(d.date_naive());
    }
    if let Ok(d) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive());
    }
    if s.len() >= 10 && s.is_char_boundary(10) {
        for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"] {
            if let Ok(d) = NaiveDate::parse_from_str(&s[..10], f) {
                if s.len() == 10 || !s.as_bytes()[10].is_ascii_digit() {
                    return Some(d);
                }
            }
        }
    }
    let first = s
        .split(|c: char| c.is_whitespace() || c == 'T' || c == ',')
        .next()
        .unwrap_or(s);
    for f in ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(first, f) {
            return Some(d);
        }
    }
    let cleaned: String = s.replace(',', " ");
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for f in [
        "%B %d %Y",
        "%b %d %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%A %d %B %Y",
        "%a %d %b %Y",
        "%A %B %d %Y",
        "%a %b %d %Y",
    ] {
        if let Ok((d, _)) = NaiveDate::parse_and_remainder(&cleaned, f) {
            return Some(d);
        }
    }
    find_dates(s, None)
        .into_iter()
        .find_map(|e| match (e.anchor, e.resolved) {
            ("absolute", Resolved::Day(d)) => Some(d),
            _ => None,
        })
}

// ---------------------------------------------------------------------------

struct M {
    end: usize,
    res: Resolved,
    anchor: &'static str,
    kind: &'static str,
}

impl M {
    fn with_end(mut self, end: usize) -> M {
        self.end = end;
        self
    }
}

struct P<'a> {
    t: &'a Tokens,
    /// The input text (Latin words are not folded into `t.buf`).
    src: &'a str,
    pubd: Option<NaiveDate>,
    story: Option<NaiveDate>,
}

const UNRES: Resolved = Resolved::Unresolved;

fn days(n: i64) -> Duration {
    Duration::days(n)
}

fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

fn part_span(first: NaiveDate, last: NaiveDate, part: u32) -> Resolved {
    // Works for Gregorian and (converted) Hijri months alike: days 1–10, 11–20, 21–end.
    match part {
        1 => Resolved::Span(first, first + days(9)),
        2 => Resolved::Span(first + days(10), first + days(19)),
        _ => Resolved::Span(first + days(20), last),
    }
}

fn year_part(y: i32, part: u32) -> Option<Resolved> {
    let (a, b) = match part {
        1 => ((1, 1), (4, 30)),
        2 => ((5, 1), (8, 31)),
        _ => ((9, 1), (12, 31)),
    };
    Some(Resolved::Span(
        NaiveDate::from_ymd_opt(y, a.0, a.1)?,
        NaiveDate::from_ymd_opt(y, b.0, b.1)?,
    ))
}

fn year_span(y: i32) -> Option<Resolved> {
    Some(Resolved::Span(
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

fn week_start(p: NaiveDate) -> NaiveDate {
    // Saturday-based weeks: days since Saturday.
    let since_sat = (p.weekday().num_days_from_monday() + 2) % 7;
    p - days(since_sat as i64)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WdMode {
    OnOrBefore,
    Before,
    After,
    OnOrAfter,
}

fn weekday_rel(p: NaiveDate, wd: u32, mode: WdMode) -> NaiveDate {
    let pw = p.weekday().num_days_from_monday();
    let back = ((pw + 7 - wd) % 7) as i64;
    let fwd = ((wd + 7 - pw) % 7) as i64;
    match mode {
        WdMode::OnOrBefore => p - days(back),
        WdMode::Before => p - days(if back == 0 { 7 } else { back }),
        WdMode::After => p + days(if fwd == 0 { 7 } else { fwd }),
        WdMode::OnOrAfter => p + days(fwd),
    }
}

fn sub_units(p: NaiveDate, unit: Unit, n: u32) -> Option<NaiveDate> {
    match unit {
        Unit::Day => p.checked_sub_signed(days(n as i64)),
        Unit::Week => p.checked_sub_signed(days(7 * n as i64)),
        Unit::Month => p.checked_sub_months(Months::new(n)),
        Unit::Year => p.checked_sub_months(Months::new(12 * n)),
    }
}

fn add_units(p: NaiveDate, unit: Unit, n: u32) -> Option<NaiveDate> {
    match unit {
        Unit::Day => p.checked_add_signed(days(n as i64)),
        Unit::Week => p.checked_add_signed(days(7 * n as i64)),
        Unit::Month => p.checked_add_months(Months::new(n)),
        Unit::Year => p.checked_add_months(Months::new(12 * n)),
    }
}

/// The year for a day and month given without one (see the crate docs).
fn infer_year(
    p: NaiveDate,
    m: u32,
    d: u32,
    wd: Option<u32>,
    modi: Option<Modifier>,
    tol: i64,
) -> Option<NaiveDate> {
    let limit = p + days(tol);
    let cands: Vec<NaiveDate> = (p.year() - 8..=p.year() + 1)
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
    let ok = |c: &NaiveDate| match modi {
        Some(Modifier::Past) => *c < p,
        Some(Modifier::Next) => *c > p,
        _ => *c <= limit,
    };
    if let Some(wd) = wd {
        // Prefer a candidate within a year of publication whose weekday agrees.
        if let Some(c) = cands
            .iter()
            .filter(|c| {
                c.weekday().num_days_from_monday() == wd && (**c - p).num_days().abs() <= 400
            })
            .copied()
            .find(|c| ok(c))
        {
            return Some(c);
        }
    }
    match modi {
        Some(Modifier::Next) => cands.iter().rev().copied().find(|c| ok(c)),
        _ => cands.iter().copied().find(|c| ok(c)),
    }
}

fn infer_hijri(p: NaiveDate, m: u32, d: u32, wd: Option<u32>, tol: i64) -> Option<NaiveDate> {
    let (hy, _, _) = gregorian_to_hijri(p)?;
    let limit = p + days(tol);
    let cands: Vec<NaiveDate> = (hy - 2..=hy + 1)
        .rev()
        .filter_map(|y| hijri_to_gregorian(y, m, d))
        .collect();
    if let Some(wd) = wd {
        if let Some(c) = cands
            .iter()
            .copied()
            .find(|c| c.weekday().num_days_from_monday() == wd && *c <= limit)
        {
            return Some(c);
        }
    }
    cands.into_iter().find(|c| *c <= limit)
}

/// Year of a month mentioned without a year.
fn infer_month_year(p: NaiveDate, m: u32, modi: Option<Modifier>) -> Option<i32> {
    let cur = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
    let limit = p + days(FUTURE_TOLERANCE_DAYS);
    let years = [p.year() + 1, p.year(), p.year() - 1, p.year() - 2];
    match modi {
        Some(Modifier::Past) => years
            .iter()
            .copied()
            .find(|&y| NaiveDate::from_ymd_opt(y, m, 1).is_some_and(|f| f < cur)),
        Some(Modifier::Next) => years
            .iter()
            .rev()
            .copied()
            .find(|&y| NaiveDate::from_ymd_opt(y, m, 1).is_some_and(|f| f > p)),
        _ => years
            .iter()
            .copied()
            .find(|&y| NaiveDate::from_ymd_opt(y, m, 1).is_some_and(|f| f <= limit)),
    }
}

fn infer_hijri_month_year(p: NaiveDate, m: u32, modi: Option<Modifier>) -> Option<i32> {
    let (hy, hm, _) = gregorian_to_hijri(p)?;
    let limit = p + days(FUTURE_TOLERANCE_DAYS);
    let cur = hijri_to_gregorian(hy, hm, 1)?;
    match modi {
        Some(Modifier::Past) => (hy - 2..=hy + 1)
            .rev()
            .find(|&y| hijri_to_gregorian(y, m, 1).is_some_and(|f| f < cur)),
        Some(Modifier::Next) => {
            (hy - 1..=hy + 2).find(|&y| hijri_to_gregorian(y, m, 1).is_some_and(|f| f > p))
        }
        _ => (hy - 2..=hy + 1)
            .rev()
            .find(|&y| hijri_to_gregorian(y, m, 1).is_some_and(|f| f <= limit)),
    }
}

impl<'a> P<'a> {
    // ---- token access --------------------------------------------------
    #[inline]
    fn w(&self, j: usize) -> &'a str {
        match self.t.toks.get(j) {
            Some(t) if t.kind == Kind::Word => &self.t.buf[t.ns as usize..t.ne as usize],
            _ => "",
        }
    }
    /// Word at j with proclitics stripped (v2 form).
    #[inline]
    fn w2(&self, j: usize) -> &'a str {
        match self.t.toks.get(j) {
            Some(t) if t.kind == Kind::Word => &self.t.buf[t.v2.0 as usize..t.v2.1 as usize],
            _ => "",
        }
    }
    #[inline]
    fn punct(&self, j: usize, cs: &[char]) -> bool {
        matches!(self.t.toks.get(j), Some(t) if t.kind == Kind::Punct && cs.contains(&t.ch))
    }
    #[inline]
    fn num(&self, j: usize) -> Option<(u32, u8)> {
        match self.t.toks.get(j) {
            Some(t) if t.kind == Kind::Num => Some((t.num, t.ndig)),
            _ => None,
        }
    }
    /// Tokens j and j+1 touch (at most one space between).
    #[inline]
    fn tight(&self, j: usize) -> bool {
        match (self.t.toks.get(j), self.t.toks.get(j + 1)) {
            (Some(a), Some(b)) => b.os <= a.oe + 1,
            _ => false,
        }
    }

    fn rel(
        &self,
        end: usize,
        kind: &'static str,
        f: impl FnOnce(NaiveDate) -> Option<Resolved>,
    ) -> M {
        match self.pubd {
            Some(p) => M {
                end,
                res: f(p).unwrap_or(UNRES),
                anchor: "published",
                kind,
            },
            None => M {
                end,
                res: UNRES,
                anchor: "none",
                kind,
            },
        }
    }
    fn abs(&self, end: usize, kind: &'static str, r: Option<Resolved>) -> M {
        M {
            end,
            res: r.unwrap_or(UNRES),
            anchor: "absolute",
            kind,
        }
    }

    // ---- entry -----------------------------------------------------------
    fn at(&self, i: usize) -> Option<M> {
        let tk = &self.t.toks[i];
        if tk.kind == Kind::Num {
            return self.absolute(i, None).or_else(|| self.english(i)).or_else(|| self.year_marked(i));
        }
        let b = &self.t.buf;
        let f0 = &b[tk.ns as usize..tk.ne as usize];
        if let Some(m) = self.core(i, f0) {
            return Some(m);
        }
        if tk.v1 != (tk.ns, tk.ne) {
            if let Some(m) = self.core(i, &b[tk.v1.0 as usize..tk.v1.1 as usize]) {
                return Some(m);
            }
        }
        if tk.v2 != tk.v1 {
            if let Some(m) = self.core(i, &b[tk.v2.0 as usize..tk.v2.1 as usize]) {
                return Some(m);
            }
        }
        None
    }

    fn core(&self, i: usize, w0: &str) -> Option<M> {
        if w0.len() < 4 {
            return None; // every trigger word has at least two letters
        }
        if let Some(m) = self.time_of_day(i, w0) {
            return Some(m);
        }
        match w0 {
            "منذ" => {
                let j = i + 1;
                let wj = self.w(j);
                return self
                    .time_of_day(j, wj)
                    .or_else(|| self.year_kw(j, wj))
                    .or_else(|| self.year_bare(j))
                    .or_else(|| self.day_core(j, wj, false))
                    .or_else(|| self.span(j, wj))
                    .or_else(|| self.month_part(j, wj))
                    .or_else(|| self.absolute(j, None))
                    .or_else(|| self.month_named(j, wj))
                    .or_else(|| self.ago(j, false));
            }
            "قبل" => return self.ago(i + 1, true),
            w if lex::during(w) => {
                let j = i + 1;
                let wj = self.w(j);
                return self
                    .span(j, wj)
                    .or_else(|| self.month_named(j, wj))
                    .or_else(|| self.year_kw(j, wj))
                    .or_else(|| self.month_part(j, wj));
            }
            "علي" if lex::span_noun(self.w(i + 1)) => {
                let j = i + 2;
                return self.span(j, self.w(j));
            }
            _ => {}
        }
        self.day_core(i, w0, false)
            .or_else(|| self.span(i, w0))
            .or_else(|| self.month_part(i, w0))
            .or_else(|| self.ordinal_day(i, w0))
            .or_else(|| self.year_kw(i, w0))
            .or_else(|| self.month_named(i, w0))
            .or_else(|| self.absolute(i, None))
    }

    /// Time of day before a day: "مساء أمس الجمعة", "فجر يوم الخميس", "منتصف ليل الخميس".
    fn time_of_day(&self, i: usize, w0: &str) -> Option<M> {
        let tod_len = if lex::time_of_day(w0) {
            1
        } else if w0 == "منتصف" && lex::night(self.w(i + 1)) {
            2
        } else {
            return None;
        };
        let j = i + tod_len;
        if lex::night(self.w(j - 1)) {
            if let Some(m) = self.night_of_two(j) {
                return Some(m);
            }
        }
        self.day_core(j, self.w(j), true)
            .or_else(|| self.absolute(j, None))
    }

    /// "ليل الأحد الإثنين", "ليلة الأربعاء/ الخميس", "ليلة الخميس إلى الجمعة": the night
    /// spans two days. A date after the second weekday fixes it ("…، 11 سبتمبر");
    /// else the first day is the last such weekday on or before publication.
    fn night_of_two(&self, j: usize) -> Option<M> {
        let w1 = lex::weekday(self.w(j))?;
        let mut k = j + 1;
        if self.punct(k, &['/', '-', '–', '\\']) || lex::night_join(self.w(k)) {
            k += 1;
        }
        let w2 = lex::weekday(self.w(k)).or_else(|| lex::weekday(self.w2(k)))?;
        if w2 != (w1 + 1) % 7 {
            return None;
        }
        let k = k + 1;
        // The date after it is its own expression; it only tells which night.
        if let Some(m) = self.opt_date_after(k, Some(w2)) {
            if let Resolved::Day(d) = m.res {
                return Some(M { res: Resolved::Span(d - days(1), d), end: k, ..m });
            }
        }
        Some(self.rel(k, "span", |p| {
            let a = weekday_rel(p, w1, WdMode::OnOrBefore);
            Some(Resolved::Span(a, a + days(1)))
        }))
    }

    /// An English month name or its abbreviation at `j` (bylines, embedded tweets).
    fn en_month(&self, j: usize) -> Option<u32> {
        let t = self.t.toks.get(j).filter(|t| t.kind == Kind::Other)?;
        let w = self.src[t.os..t.oe].to_ascii_lowercase();
        lex::english_month(&w)
    }

    /// "September 10, 2020", "Sep 10 2020", "17th, September 2023", "5 August 2020".
    fn english(&self, i: usize) -> Option<M> {
        let year = |k: usize| -> Option<(i32, usize)> {
            let k = if self.punct(k, &[',']) { k + 1 } else { k };
            match self.num(k) {
                Some((y, 4)) if (1900..=2200).contains(&y) => Some((y as i32, k + 1)),
                _ => None,
            }
        };
        let day = |k: usize| -> Option<(u32, usize)> {
            let (d, nd) = self.num(k)?;
            if nd > 2 || !(1..=31).contains(&d) {
                return None;
            }
            let suffix = self.t.toks.get(k + 1).filter(|t| t.kind == Kind::Other && t.os == self.t.toks[k].oe);
            match suffix {
                Some(t) if matches!(&self.src[t.os..t.oe], "st" | "nd" | "rd" | "th") => Some((d, k + 2)),
                Some(_) => None,
                None => Some((d, k + 1)),
            }
        };
        let (m, d, y, end) = if let Some(m) = self.en_month(i) {
            let (d, k) = day(i + 1)?;
            let (y, k) = year(k)?;
            (m, d, y, k)
        } else {
            let (d, k) = day(i)?;
            let k = if self.punct(k, &[',']) { k + 1 } else { k };
            let m = self.en_month(k)?;
            let (y, k) = year(k + 1)?;
            (m, d, y, k)
        };
        NaiveDate::from_ymd_opt(y, m, d).map(|x| self.abs(end, "absolute", Some(Resolved::Day(x))))
    }

    // ---- days relative to publication ---------------------------------------
    /// Optional weekday after a relative day ("أمس الجمعة", "اليوم (الاثنين)").
    /// Returns (weekday, next index).
    fn opt_weekday(&self, j: usize) -> (Option<u32>, usize) {
        if let Some(wd) = lex::weekday(self.w(j)) {
            return (Some(wd), j + 1);
        }
        if self.punct(j, &['(', '،', ',', '-', '[']) {
            if let Some(wd) = lex::weekday(self.w(j + 1)) {
                let k = j + 2;
                if self.punct(k, &[')', ']']) {
                    return (Some(wd), k + 1);
                }
                return (Some(wd), k);
            }
        }
        (None, j)
    }

    fn opt_adverb(&self, j: usize) -> usize {
        if lex::time_of_day_adverb(self.w(j)) {
            j + 1
        } else {
            j
        }
    }

    /// After a relative day and its weekday, a full date may follow: "اليوم السبت 22 يناير 2022".
    fn opt_date_after(&self, j: usize, wd: Option<u32>) -> Option<M> {
        let mut k = j;
        if self.punct(k, &['،', ',', '(', '-']) {
            k += 1;
        }
        if lex::date_intro(self.w(k)) {
            k += 1;
        }
        let m = self.absolute(k, wd)?;
        let mut end = m.end;
        if self.punct(end, &[')']) && self.punct(j, &['(']) {
            end += 1;
        }
        Some(m.with_end(end))
    }

    /// The day the text named last, named again: «ذلك اليوم», «اليوم نفسه», «في نفس اليوم»
    /// (ahead 0), and the day after it, «اليوم التالي» (ahead 1). Tokens and days ahead; the
    /// caller resolves it against the expression before, if that is a day.
    fn that_day(&self, i: usize) -> Option<(usize, usize, i64)> {
        let tk = self.t.toks.get(i).filter(|t| t.kind == Kind::Word)?;
        let b = &self.t.buf;
        let v1 = &b[tk.v1.0 as usize..tk.v1.1 as usize];
        if self.w(i) != "اليوم" && v1 != "اليوم" {
            return None;
        }
        let before = i.checked_sub(1).filter(|&j| lex::that_day_before(self.w(j)) || lex::that_day_before(self.w2(j)));
        let next = self.w(i + 1);
        let (end, ahead) = if lex::same_ref(next) {
            (i + 2, 0)
        } else if lex::next_day_after(next) {
            (i + 2, 1)
        } else if before.is_some() && !next.starts_with("ال") {
            // not «ذلك اليوم العالمي»
            (i + 1, 0)
        } else {
            return None;
        };
        let start = before.unwrap_or(i);
        // «صباح اليوم التالي»: the time of day belongs to it.
        let start = match start.checked_sub(1) {
            Some(j) if lex::time_of_day(self.w(j)) || lex::time_of_day(self.w2(j)) => j,
            _ => start,
        };
        Some((start, end, ahead))
    }

    /// "اليوم", "أمس", "أول أمس", "غداً", "بعد غد", "يوم الخميس", "الخميس الماضي", ...
    /// `ctx`: after يوم or a time-of-day word (which licenses bare "غد"/"الغد").
    fn day_core(&self, i: usize, w0: &str, ctx: bool) -> Option<M> {
        match w0 {
            "يوم" => {
                let j = i + 1;
                let wj = self.w(j);
                if lex::after_yawm(wj) || lex::weekday(wj).is_some()
                {
                    return self.day_core(j, wj, true);
                }
                return self.absolute(j, None);
            }
            "اليوم" => {
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                // "ذلك اليوم" (that day), newspaper and channel names ("روسيا اليوم", "عين اليوم", «اليوم»).
                if lex::not_today_after(prev)
                    || i > 0
                    && self.punct(i - 1, &['«', '"', '“', '”'])
                    && self.punct(i + 1, &['»', '"', '”', '“'])
                {
                    return None;
                }
                let next = self.w(i + 1);
                if lex::ordinal(next).is_some() || next == "ال" && self.num(i + 2).is_some() {
                    return self.ordinal_day(i, w0);
                }
                let (wd, j) = self.opt_weekday(i + 1);
                if wd.is_none()
                    && (next.starts_with("ال")
                        || lex::same_ref(next)
                        || next == "من" && self.w(i + 2).starts_with("ال"))
                {
                    return None; // a noun phrase: "اليوم التالي", "اليوم العالمي", "اليوم نفسه"
                }
                if let Some(m) = self.opt_date_after(j, wd) {
                    if self.pubd.is_none() {
                        return Some(m);
                    }
                    return Some(self.rel(m.end, "relative_day", |p| Some(Resolved::Day(p))));
                }
                let j = self.opt_adverb(j);
                return Some(self.rel(j, "relative_day", |p| Some(Resolved::Day(p))));
            }
            w if lex::yesterday(w) => {
                if self.w(i + 1) == "الاول" {
                    let (_, j) = self.opt_weekday(i + 2);
                    return Some(self.rel(self.opt_adverb(j), "relative_day", |p| {
                        Some(Resolved::Day(p - days(2)))
                    }));
                }
                let (wd, j) = self.opt_weekday(i + 1);
                let j = match self.opt_date_after(j, wd) {
                    Some(m) => m.end,
                    None => self.opt_adverb(j),
                };
                return Some(self.rel(j, "relative_day", |p| Some(Resolved::Day(p - days(1)))));
            }
            "اول" => {
                let j = if self.w(i + 1) == "امس" {
                    i + 2
                } else if self.w(i + 1) == "من" && self.w(i + 2) == "امس" {
                    i + 3
                } else {
                    return None;
                };
                let (_, j) = self.opt_weekday(j);
                return Some(self.rel(self.opt_adverb(j), "relative_day", |p| {
                    Some(Resolved::Day(p - days(2)))
                }));
            }
            w if lex::tomorrow(w) => {
                if w0 != "غدا" && !ctx {
                    return None;
                }
                let (_, j) = self.opt_weekday(i + 1);
                return Some(self.rel(self.opt_adverb(j), "relative_day", |p| {
                    Some(Resolved::Day(p + days(1)))
                }));
            }
            "بعد" => {
                if matches!(self.w(i + 1), "غد" | "غدا") {
                    let (_, j) = self.opt_weekday(i + 2);
                    return Some(self.rel(j, "relative_day", |p| Some(Resolved::Day(p + days(2)))));
                }
                return self.after_units(i);
            }
            "الليله" => {
                return match self.w(i + 1) {
                    w if lex::night_past(w) => {
                        Some(self.rel(i + 2, "relative_day", |p| Some(Resolved::Day(p - days(1)))))
                    }
                    w if lex::night_next(w) => {
                        Some(self.rel(i + 2, "relative_day", |p| Some(Resolved::Day(p + days(1)))))
                    }
                    _ => None,
                };
            }
            "هذا" | "هذه" => {
                let j = i + 1;
                return match self.w(j) {
                    w if lex::this_day_part(w) => {
                        Some(self.rel(j + 1, "relative_day", |p| Some(Resolved::Day(p))))
                    }
                    "الاسبوع" => Some(self.rel(j + 1, "week", |p| {
                        let s = week_start(p);
                        Some(Resolved::Span(s, s + days(6)))
                    })),
                    "الشهر" => Some(self.rel(j + 1, "month", |p| {
                        month_span(p.year(), p.month()).map(|(a, b)| Resolved::Span(a, b))
                    })),
                    w if lex::year_noun(w) && w.starts_with("ال") => {
                        Some(self.rel(j + 1, "year", |p| year_span(p.year())))
                    }
                    _ => None,
                };
            }
            _ => {}
        }
        let wd = lex::weekday(w0)?;
        // "الأحد عشر" (eleven), "الاثنين عشر".
        if lex::teen_ten(self.w(i + 1)) {
            return None;
        }
        // "صلاة الجمعة", "خطبة الجمعة": the Friday prayer, no day, unless a word dates it
        // ("صلاة الجمعة الماضية").
        if i > 0
            && (lex::prayer_word(self.w(i - 1)) || lex::prayer_word(self.w2(i - 1)))
            && lex::modifier(self.w(i + 1)).is_none()
        {
            return None;
        }
        let mut j = i + 1;
        let mut mode = WdMode::OnOrBefore;
        let mut paren = false;
        if self.punct(j, &['(']) && lex::modifier(self.w(j + 1)).is_some() {
            paren = true;
            j += 1;
        }
        match lex::modifier(self.w(j)) {
            Some(Modifier::Past) => {
                mode = WdMode::Before;
                j += 1;
            }
            Some(Modifier::Next) => {
                mode = WdMode::After;
                j += 1;
            }
            Some(Modifier::Current) => {
                mode = WdMode::OnOrAfter;
                j += 1;
            }
            None => {
                let lo = i.saturating_sub(6);
                if (lo..i).any(|k| lex::future_marker(self.w2(k))) {
                    mode = WdMode::OnOrAfter;
                }
            }
        }
        if paren && self.punct(j, &[')']) {
            j += 1;
        }
        if let Some(m) = self.opt_date_after(j, Some(wd)) {
            return Some(m);
        }
        let j = self.opt_adverb(j);
        Some(self.rel(j, "weekday", |p| {
            Some(Resolved::Day(weekday_rel(p, wd, mode)))
        }))
    }

    // ---- "منذ/قبل N أيام" -----------------------------------------------------------
    /// A count: digits or number words ("ثلاثة", "خمسة عشر", "خمسة وعشرين").
    fn count(&self, j: usize) -> Option<(u32, usize)> {
        if let Some((n, nd)) = self.num(j) {
            return if nd <= 4 { Some((n, j + 1)) } else { None };
        }
        let w = self.w(j);
        if let Some(u) = lex::teen_unit(w) {
            if lex::teen_ten(self.w(j + 1)) {
                return Some((10 + u, j + 2));
            }
        }
        let n = lex::cardinal(w)?;
        if n < 10 {
            let nx = self.w(j + 1);
            if let Some(t) = nx.strip_prefix('و').and_then(lex::cardinal) {
                if (20..100).contains(&t) {
                    return Some((n + t, j + 2));
                }
            }
        }
        Some((n, j + 1))
    }

    /// A count of time units at `j`: "يومين" (the unit word counts itself), "ستة أيام",
    /// "15 يوما" (a dual after a number is no count); (count, unit, end).
    fn counted_units(&self, j: usize) -> Option<(u32, lex::Unit, usize)> {
        if let Some((u, c)) = lex::unit(self.w(j)) {
            return Some((c, u, j + 1));
        }
        let (n, k) = self.count(j)?;
        let (u, c) = lex::unit(self.w(k))?;
        if c == 2 {
            return None;
        }
        Some((n, u, k + 1))
    }

    /// After منذ/قبل: "ستة أيام", "يومين", "أسبوع", "15 يوما", "أيام" (unresolved).
    fn ago(&self, j: usize, qabl: bool) -> Option<M> {
        let (n, unit, end) = if lex::few(self.w(j)) {
            let (u, _) = lex::unit(self.w(j + 1))?;
            (0, u, j + 2)
        } else {
            self.counted_units(j)?
        };
        // "قبل يومين من الهجوم": counted from another event; "بضعة أيام": no count.
        if n == 0 || (qabl && lex::from_event(self.w(end))) {
            return Some(M {
                end,
                res: UNRES,
                anchor: "none",
                kind: "ago",
            });
        }
        Some(self.rel(end, "ago", |p| sub_units(p, unit, n).map(Resolved::Day)))
    }

    /// "بعد ثلاثة أيام", "بعد أسبوعين": counted forward from publication, only where the
    /// sentence speaks of the future ("من المقرر أن … بعد ثلاثة أيام"); in a narrative it
    /// counts from a day told before, and "بعد يومين من الهجوم" from another event.
    fn after_units(&self, i: usize) -> Option<M> {
        let j = i + 1;
        let (n, unit, end) = self.counted_units(j)?;
        let lo = i.saturating_sub(8);
        let future = (lo..i).any(|k| lex::future_marker(self.w2(k)) || lex::future_marker(self.w(k)));
        if !future || n == 0 || lex::from_event(self.w(end)) {
            return Some(M { end, res: UNRES, anchor: "none", kind: "ago" });
        }
        Some(self.rel(end, "after", |p| add_units(p, unit, n).map(Resolved::Day)))
    }

    // ---- spans ---------------------------------------------------------------
    /// "اليومين الماضيين", "الأيام الستة الماضية", "الأسبوع الماضي", "الشهر الجاري", "العام المقبل".
    fn span(&self, i: usize, w0: &str) -> Option<M> {
        let (unit, c) = lex::def_unit(w0)?;
        let mut j = i + 1;
        let mut n = c;
        if c == 0 {
            // definite number: "الستة", "الـ6", "الثلاثة عشر"
            let w = self.w(j);
            if w == "ال" {
                if let Some((v, _)) = self.num(j + 1) {
                    n = v;
                    j += 2;
                }
            } else if let Some(r) = w.strip_prefix("ال") {
                if let Some(u) = lex::teen_unit(r) {
                    if lex::teen_ten(self.w(j + 1)) {
                        n = 10 + u;
                        j += 2;
                    }
                }
                if n == 0 {
                    if let Some(v) = lex::cardinal(r) {
                        n = v;
                        j += 1;
                    }
                }
            } else if let Some((v, _)) = self.num(j) {
                n = v;
                j += 1;
            }
        }
        let modi = lex::span_modifier(self.w(j));
        if c == 1 {
            // calendar week / month / year
            let modi = match modi {
                Some(m) => m,
                None => {
                    if unit == Unit::Year {
                        if let Some((y, nd)) = self.num(j) {
                            if nd == 4 {
                                return self.year_number(i, j, y);
                            }
                        }
                    }
                    return None;
                }
            };
            let end = j + 1;
            return Some(match unit {
                Unit::Week => self.rel(end, "week", |p| {
                    let s = week_start(p);
                    let s = match modi {
                        Modifier::Past => s - days(7),
                        Modifier::Next => s + days(7),
                        Modifier::Current => s,
                    };
                    Some(Resolved::Span(s, s + days(6)))
                }),
                Unit::Month => self.rel(end, "month", |p| {
                    let f = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
                    let f = match modi {
                        Modifier::Past => f.checked_sub_months(Months::new(1))?,
                        Modifier::Next => f.checked_add_months(Months::new(1))?,
                        Modifier::Current => f,
                    };
                    month_span(f.year(), f.month()).map(|(a, b)| Resolved::Span(a, b))
                }),
                Unit::Year => self.rel(end, "year", |p| {
                    year_span(match modi {
                        Modifier::Past => p.year() - 1,
                        Modifier::Next => p.year() + 1,
                        Modifier::Current => p.year(),
                    })
                }),
                Unit::Day => return None,
            });
        }
        let modi = modi?;
        let end = j + 1;
        if n == 0 {
            return Some(M {
                end,
                res: UNRES,
                anchor: "none",
                kind: "span",
            });
        }
        Some(self.rel(end, "span", |p| match modi {
            Modifier::Past | Modifier::Current => {
                let last = p - days(1);
                let first = sub_units(p, unit, n)?;
                Some(Resolved::Span(first, last))
            }
            Modifier::Next => Some(Resolved::Span(p + days(1), add_units(p, unit, n)?)),
        }))
    }

    // ---- month and year parts ----------------------------------------------------
    fn month_part(&self, i: usize, w0: &str) -> Option<M> {
        let part = lex::month_part(w0)?;
        let mut j = i + 1;
        if self.w(j) == "من" {
            j += 1;
        }
        if self.w(j) == "شهر" {
            j += 1;
        }
        let wj = self.w(j);
        if wj == "الشهر" || wj == "هذا" && self.w(j + 1) == "الشهر" {
            let k = if wj == "هذا" { j + 2 } else { j + 1 };
            if lex::ordinal(self.w(k)).is_some() {
                return None; // "من الشهر الثامن": a month count, not this month
            }
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "month_part", |p| {
                let f = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
                let f = match modi {
                    Some(Modifier::Past) => f.checked_sub_months(Months::new(1))?,
                    Some(Modifier::Next) => f.checked_add_months(Months::new(1))?,
                    _ => f,
                };
                let (a, b) = month_span(f.year(), f.month())?;
                Some(part_span(a, b, part))
            }));
        }
        if matches!(wj, "العام" | "السنه" | "عام")
            || wj == "هذا" && self.w(j + 1) == "العام"
            || wj == "هذه" && self.w(j + 1) == "السنه"
        {
            let k = if matches!(wj, "هذا" | "هذه") {
                j + 2
            } else {
                j + 1
            };
            if let Some((y, 4)) = self.num(k) {
                return Some(self.abs(k + 1, "year_part", year_part(y as i32, part)));
            }
            if wj == "عام" {
                return None;
            }
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "year_part", |p| {
                let y = match modi {
                    Some(Modifier::Past) => p.year() - 1,
                    Some(Modifier::Next) => p.year() + 1,
                    _ => p.year(),
                };
                year_part(y, part)
            }));
        }
        if let Some((m, k)) = self.month_any(j) {
            if let Some((y, k2)) = self.year_after(k) {
                let r = month_span(y, m).map(|(a, b)| part_span(a, b, part));
                return Some(self.abs(k2, "month_part", r));
            }
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "month_part", |p| {
                let y = infer_month_year(p, m, modi)?;
                let (a, b) = month_span(y, m)?;
                Some(part_span(a, b, part))
            }));
        }
        if let Some((m, n)) = lex::hijri_month(wj, self.w(j + 1)) {
            let k = j + n;
            if let Some((y, k2)) = self.hijri_year_after(k) {
                let r = hijri_month_span(y, m).map(|(a, b)| part_span(a, b, part));
                return Some(self.abs(k2, "month_part", r));
            }
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "month_part", |p| {
                let y = infer_hijri_month_year(p, m, modi)?;
                let (a, b) = hijri_month_span(y, m)?;
                Some(part_span(a, b, part))
            }));
        }
        None
    }

    // ---- ordinal day of an event -----------------------------------------------
    fn ordinal_day(&self, i: usize, w0: &str) -> Option<M> {
        if !lex::its_day(w0) {
            return None;
        }
        let j = i + 1;
        let wj = self.w(j);
        let (n, end) = if wj == "ال" {
            let (v, _) = self.num(j + 1)?;
            (v, j + 2)
        } else {
            let base = lex::ordinal(wj).or_else(|| {
                wj.strip_prefix("ال")
                    .and_then(lex::cardinal)
                    .filter(|&v| v >= 20)
            })?;
            let nx = self.w(j + 1);
            if base < 10 && lex::teen_ten(nx) {
                (10 + base, j + 2)
            } else if base < 10
                && nx
                    .strip_prefix("وال")
                    .and_then(lex::cardinal)
                    .is_some_and(|t| t >= 20)
            {
                (base + lex::cardinal(&nx["وال".len()..]).unwrap_or(0), j + 2)
            } else {
                (base, j + 1)
            }
        };
        if n == 0 {
            return None;
        }
        let mut end = end;
        let consecutive = self.w(end) == "علي" && self.w(end + 1) == "التوالي";
        if consecutive {
            end += 2;
        }
        if let Some(s) = self.story {
            return Some(M {
                end,
                res: Resolved::Day(ordinal_day_of_event(s, n)),
                anchor: "story",
                kind: "ordinal_day",
            });
        }
        // "مع دخول أحداث … يومَها السادس": today is the Nth day. Look back within the sentence.
        let mut entering = false;
        let mut k = i;
        while k > 0 && i - k < 12 {
            k -= 1;
            if self.punct(k, &['.', '!', '?', '؟', '؛', ';', ':']) {
                break;
            }
            if lex::entering(self.w2(k)) {
                entering = true;
                break;
            }
        }
        if entering || consecutive {
            return Some(self.rel(end, "ordinal_day", |p| Some(Resolved::Day(p))));
        }
        Some(M {
            end,
            res: UNRES,
            anchor: "none",
            kind: "ordinal_day",
        })
    }

    // ---- years ---------------------------------------------------------------------
    /// "عام 2015", "العام 2015", "سنة 2015", "عام 1436 هـ".
    fn year_kw(&self, i: usize, w0: &str) -> Option<M> {
        if !lex::year_noun(w0) {
            return None;
        }
        let (y, nd) = self.num(i + 1)?;
        if nd != 4 {
            return None;
        }
        self.year_number(i, i + 1, y)
    }

    /// A year number at j (already known to be 4 digits), with optional م/هـ marker.
    fn year_number(&self, _i: usize, j: usize, y: u32) -> Option<M> {
        let k = j + 1;
        if lex::hijri_marker(self.w(k)) {
            let r = hijri_year_span(y as i32).map(|(a, b)| Resolved::Span(a, b));
            return Some(self.abs(k + 1, "hijri", r));
        }
        if !(1000..=2200).contains(&y) {
            return None;
        }
        let end = if lex::greg_marker(self.w(k)) {
            k + 1
        } else {
            k
        };
        Some(self.abs(end, "year", year_span(y as i32)))
    }

    /// "منذ 2011".
    fn year_bare(&self, j: usize) -> Option<M> {
        let (y, nd) = self.num(j)?;
        if nd != 4 || !(1900..=2200).contains(&y) && !(1300..=1600).contains(&y) {
            return None;
        }
        if (1300..=1600).contains(&y) && !lex::hijri_marker(self.w(j + 1)) {
            return None;
        }
        self.year_number(j, j, y)
    }

    /// "2015م", "1436 هـ" (a year with an explicit calendar marker).
    fn year_marked(&self, j: usize) -> Option<M> {
        let (y, nd) = self.num(j)?;
        if nd != 4 {
            return None;
        }
        let wk = self.w(j + 1);
        if lex::hijri_marker(wk) || lex::greg_marker(wk) && self.tight(j) {
            return self.year_number(j, j, y);
        }
        None
    }

    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        let mut k = k;
        if self.punct(k, &['،', ',', '-', '–']) {
            k += 1;
        }
        if matches!(self.w(k), "عام" | "سنه") {
            k += 1;
        }
        let (y, nd) = self.num(k)?;
        if nd != 4 || !(1000..=2200).contains(&y) {
            return None;
        }
        let end = if lex::greg_marker(self.w(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        Some((y as i32, end))
    }

    fn hijri_year_after(&self, k: usize) -> Option<(i32, usize)> {
        let mut k = k;
        if self.punct(k, &['،', ',']) {
            k += 1;
        }
        let (y, nd) = self.num(k)?;
        let marked = lex::hijri_marker(self.w(k + 1));
        // Without هـ only a plausible modern Hijri year ("رمضان 1436", not "رمضان 260 فعالية").
        if !(marked && (1..=1700).contains(&y) || nd == 4 && (1300..=1600).contains(&y)) {
            return None;
        }
        let end = if marked { k + 2 } else { k + 1 };
        Some((y as i32, end))
    }

    // ---- months -----------------------------------------------------------------
    /// A Gregorian month name at j, with an optional second name of the other
    /// system: "كانون الثاني/يناير", "كانون الثاني (يناير)", "يناير - كانون الثاني".
    fn month_any(&self, j: usize) -> Option<(u32, usize)> {
        self.month_any_w(j, self.w(j))
    }

    /// As `month_any`, with the first word given (a proclitic-stripped form).
    fn month_any_w(&self, j: usize, w: &str) -> Option<(u32, usize)> {
        let (m, mut k) = self.month_at_w(j, w)?;
        // both names side by side without a separator: "فبراير شباط 2010"
        if let Some((m2, k2)) = self.month_at(k) {
            if m2 == m {
                return Some((m, k2));
            }
        }
        if self.punct(k, &['/', '(', '-', '،', '\\']) {
            if let Some((m2, k2)) = self.month_at(k + 1) {
                if m2 == m {
                    k = k2;
                    if self.punct(k, &[')']) {
                        k += 1;
                    }
                }
            }
        }
        Some((m, k))
    }

    fn month_at(&self, j: usize) -> Option<(u32, usize)> {
        self.month_at_w(j, self.w(j))
    }

    fn month_at_w(&self, j: usize, w: &str) -> Option<(u32, usize)> {
        if let Some(m) = lex::month_one(w) {
            return Some((m, j + 1));
        }
        lex::month_two(w, self.w(j + 1)).map(|m| (m, j + 2))
    }

    /// "شهر يناير", "يناير 2022", "يناير الماضي", "رمضان 1436", "شهر رمضان".
    fn month_named(&self, i: usize, w0: &str) -> Option<M> {
        let (j, shahr) = if w0 == "شهر" {
            (i + 1, true)
        } else {
            (i, false)
        };
        let wj = if shahr { self.w(j) } else { w0 };
        // Gregorian
        let greg = self.month_any_w(j, wj);
        if let Some((m, k)) = greg {
            // Month first, as page bylines write it: "أبريل 13, 2025", "أبريل 13 2025".
            if let Some((d, 1..=2)) = self.num(k) {
                if let Some((y, k2)) = self.year_after(k + 1) {
                    if (1..=31).contains(&d) {
                        let r = NaiveDate::from_ymd_opt(y, m, d).map(Resolved::Day);
                        return Some(self.abs(k2, "absolute", r));
                    }
                }
            }
            if let Some((y, k2)) = self.year_after(k) {
                return Some(self.abs(
                    k2,
                    "month",
                    month_span(y, m).map(|(a, b)| Resolved::Span(a, b)),
                ));
            }
            let modi = lex::modifier(self.w(k));
            if modi.is_none() && !shahr {
                return None; // a bare month name ("مارس" is also a verb)
            }
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "month", |p| {
                let y = infer_month_year(p, m, modi)?;
                month_span(y, m).map(|(a, b)| Resolved::Span(a, b))
            }));
        }
        let (m, n) = lex::hijri_month(wj, self.w(j + 1))?;
        let k = j + n;
        if let Some((y, k2)) = self.hijri_year_after(k) {
            return Some(self.abs(
                k2,
                "hijri",
                hijri_month_span(y, m).map(|(a, b)| Resolved::Span(a, b)),
            ));
        }
        if !shahr {
            return None;
        }
        // "شهر رمضان" (optionally "المبارك", "الماضي", "المقبل")
        let mut end = if lex::month_epithet(self.w(k)) {
            k + 1
        } else {
            k
        };
        let modi = lex::modifier(self.w(end));
        if modi.is_some() {
            end += 1;
        }
        Some(self.rel(end, "hijri", |p| {
            let y = infer_hijri_month_year(p, m, modi)?;
            hijri_month_span(y, m).map(|(a, b)| Resolved::Span(a, b))
        }))
    }

    // ---- absolute dates ------------------------------------------------------------
    /// Dates that start with a number or an ordinal word: "21 يناير 2022",
    /// "20 كانون الثاني", "2022/1/20", "20-01-2022", "5 رمضان 1436هـ", "العاشر من رمضان".
    /// `wd`: a weekday said just before, used to choose the year when none is given.
    fn absolute(&self, i: usize, wd: Option<u32>) -> Option<M> {
        if let Some((a, nd)) = self.num(i) {
            if let Some(m) = self.numeric(i, a, nd) {
                return Some(m);
            }
            if nd > 2 || a == 0 || a > 31 {
                return None;
            }
            return self.day_month(i + 1, a, None, wd);
        }
        // ordinal day: "الأول من يناير", "العاشر من رمضان"; not the ordinal of a week, month
        // or year ("الأسبوع الأول من أيار", "الشهر الثالث من العام")
        if i > 0 && lex::def_unit(self.w(i - 1)).is_some_and(|(u, _)| u != lex::Unit::Day) {
            return None;
        }
        let w = self.w(i);
        let mut d = lex::ordinal(w).or_else(|| {
            w.strip_prefix("ال")
                .and_then(lex::cardinal)
                .filter(|&v| v == 20 || v == 30)
        })?;
        let mut j = i + 1;
        if d < 10 && lex::teen_ten(self.w(j)) {
            d += 10;
            j += 1;
        } else if d < 10 && self.w(j).strip_prefix("وال").and_then(lex::cardinal) == Some(20) {
            d += 20;
            j += 1;
        } else if d == 1 && self.w(j).strip_prefix("وال").and_then(lex::cardinal) == Some(30) {
            d = 31; // "الحادي والثلاثين"
            j += 1;
        }
        if self.w(j) != "من" {
            return None;
        }
        self.day_month(j + 1, d, None, wd)
    }

    /// After the day number: optional range end, optional "من", then the month.
    fn day_month(&self, j: usize, d: u32, _unused: Option<()>, wd: Option<u32>) -> Option<M> {
        let tol = self.date_tolerance(j);
        let mut j = j;
        // range "20 - 22 يناير", "20 و21 يناير", "20 إلى 22 يناير"
        let mut d2 = None;
        if self.punct(j, &['-', '–']) || lex::day_range_join(self.w(j)) {
            if let Some((b, nd)) = self.num(j + 1) {
                if nd <= 2 && b > d && b <= 31 {
                    d2 = Some(b);
                    j += 2;
                }
            }
        }
        if self.w(j) == "من" {
            j += 1;
        } else if d2.is_none() && self.punct(j, &['-', '–']) && self.month_any(j + 1).is_some() {
            // A byline "13- أبريل – 2025".
            j += 1;
        }
        // "11 من شهر أبريل", "5 من شهر رمضان"
        if self.w(j) == "شهر"
            && (self.month_any(j + 1).is_some() || lex::hijri_month(self.w(j + 1), self.w(j + 2)).is_some())
        {
            j += 1;
        }
        // "20 من الشهر الجاري"; "20 الجاري", "20 من الجاري": the current month understood
        let current = lex::modifier(self.w(j)) == Some(Modifier::Current);
        if self.w(j) == "الشهر" || current {
            let modi = if current { Some(Modifier::Current) } else { lex::modifier(self.w(j + 1)) };
            let end = if current { j + 1 } else if modi.is_some() { j + 2 } else { j + 1 };
            return Some(self.rel(end, "absolute", |p| {
                let f = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
                let f = match modi {
                    Some(Modifier::Past) => f.checked_sub_months(Months::new(1))?,
                    Some(Modifier::Next) => f.checked_add_months(Months::new(1))?,
                    _ => f,
                };
                let a = NaiveDate::from_ymd_opt(f.year(), f.month(), d)?;
                Some(match d2 {
                    Some(b) => Resolved::Span(a, NaiveDate::from_ymd_opt(f.year(), f.month(), b)?),
                    None => Resolved::Day(a),
                })
            }));
        }
        if let Some((m, k)) = self.month_any(j) {
            let mk = |y: i32| -> Option<Resolved> {
                let a = NaiveDate::from_ymd_opt(y, m, d)?;
                Some(match d2 {
                    Some(b) => Resolved::Span(a, NaiveDate::from_ymd_opt(y, m, b)?),
                    None => Resolved::Day(a),
                })
            };
            if let Some((y, k2)) = self.year_after(k) {
                return Some(self.abs(k2, "absolute", mk(y)));
            }
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "absolute", |p| {
                let a = infer_year(p, m, d, wd, modi, tol)?;
                mk(a.year())
            }));
        }
        if let Some((m, n)) = lex::hijri_month(self.w(j), self.w(j + 1)) {
            let k = j + n;
            let mk = |y: i32| -> Option<Resolved> {
                let a = hijri_to_gregorian(y, m, d)?;
                Some(match d2 {
                    Some(b) => Resolved::Span(a, hijri_to_gregorian(y, m, b)?),
                    None => Resolved::Day(a),
                })
            };
            if let Some((y, k2)) = self.hijri_year_after(k) {
                return Some(self.abs(k2, "hijri", mk(y)));
            }
            if lex::hijri_marker(self.w(k)) {
                // "5 رمضان هـ" — odd but seen
                return None;
            }
            // "5 رمضان الماضي", "21 من شهر شوال الجاري": the modifier picks the Hijri year.
            let modi = lex::modifier(self.w(k));
            let end = if modi.is_some() { k + 1 } else { k };
            return Some(self.rel(end, "hijri", |p| {
                let (hy, _, _) = gregorian_to_hijri(p)?;
                let a = match modi {
                    Some(Modifier::Current) => hijri_to_gregorian(hy, m, d)?,
                    Some(Modifier::Past) => [hy, hy - 1]
                        .into_iter()
                        .filter_map(|y| hijri_to_gregorian(y, m, d))
                        .find(|&a| a < p)?,
                    Some(Modifier::Next) => [hy, hy + 1]
                        .into_iter()
                        .filter_map(|y| hijri_to_gregorian(y, m, d))
                        .find(|&a| a > p)?,
                    None => infer_hijri(p, m, d, wd, tol)?,
                };
                let (hy, _, _) = gregorian_to_hijri(a)?;
                mk(hy)
            }));
        }
        None
    }

    /// Future tolerance for a date whose month word is at `j`: larger after a cue.
    fn date_tolerance(&self, j: usize) -> i64 {
        let lo = j.saturating_sub(6);
        if (lo..j).any(|k| {
            [self.w2(k), self.w(k)].iter().any(|&w| lex::future_marker(w) || lex::future_cue(w))
        }) {
            FUTURE_CUE_TOLERANCE_DAYS
        } else {
            FUTURE_TOLERANCE_DAYS
        }
    }

    /// "2022/1/20", "2022-01-20", "20/1/2022", "20-01-2022", "20.01.2022", "1436/10/21هـ".
    fn numeric(&self, i: usize, a: u32, nda: u8) -> Option<M> {
        let sep = match self.t.toks.get(i + 1) {
            Some(t) if t.kind == Kind::Punct && matches!(t.ch, '/' | '-' | '.' | '\\') => t.ch,
            _ => return None,
        };
        if !(self.tight(i)
            && self.tight(i + 1)
            && self.punct(i + 3, &[sep])
            && self.tight(i + 2)
            && self.tight(i + 3))
        {
            return None;
        }
        let (b, ndb) = self.num(i + 2)?;
        let (c, ndc) = self.num(i + 4)?;
        if ndb > 2 {
            return None;
        }
        let (y, m, d) = if nda == 4 && ndc <= 2 {
            (a, b, c)
        } else if ndc == 4 && nda <= 2 {
            if b > 12 && a <= 12 {
                (c, a, b)
            } else {
                (c, b, a)
            }
        } else {
            return None;
        };
        let mut end = i + 5;
        let hijri_mark = lex::hijri_marker(self.w(end));
        if (1300..=1600).contains(&y) || hijri_mark {
            if hijri_mark {
                end += 1;
            }
            return Some(self.abs(
                end,
                "hijri",
                hijri_to_gregorian(y as i32, m, d).map(Resolved::Day),
            ));
        }
        if !(1000..=2200).contains(&y) {
            return None;
        }
        if lex::greg_marker(self.w(end)) {
            end += 1;
        }
        let r = NaiveDate::from_ymd_opt(y as i32, m, d).map(Resolved::Day);
        r?;
        Some(self.abs(end, "absolute", r))
    }
}

/// The day a page's address carries: "/2023/09/12/", "/2023/9/12/", "-2023-09-11-",
/// "/20230912/" (year first, between separators, a real calendar day). None when it has none.
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let b = url.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let n = digits(i);
        let bounded = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        // Eight digits alone between separators: YYYYMMDD.
        if n == 8 && bounded && b.get(i + 8).is_none_or(|c| !c.is_ascii_alphanumeric()) {
            let num = |s: usize, l: usize| url[s..s + l].parse::<u32>().ok();
            if let (Some(y), Some(m), Some(d)) = (num(i, 4), num(i + 4, 2), num(i + 6, 2)) {
                if (1990..=2100).contains(&y) {
                    if let Some(day) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                        return Some(day);
                    }
                }
            }
        }
        if n == 4 && bounded && i + 4 < b.len() && matches!(b[i + 4], b'/' | b'-' | b'_') {
            let sep = b[i + 4];
            let m0 = i + 5;
            let nm = if m0 < b.len() { digits(m0) } else { 0 };
            let d0 = m0 + nm + 1;
            if (1..=2).contains(&nm) && d0 <= b.len() && b.get(m0 + nm) == Some(&sep) {
                let nd = if d0 < b.len() { digits(d0) } else { 0 };
                let after = b.get(d0 + nd);
                if (1..=2).contains(&nd) && after.is_none_or(|c| !c.is_ascii_digit()) {
                    let num = |s: usize, l: usize| url[s..s + l].parse::<u32>().ok();
                    if let (Some(y), Some(m), Some(d)) = (num(i, 4), num(m0, nm), num(d0, nd)) {
                        if (1990..=2100).contains(&y) {
                            if let Some(day) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                                return Some(day);
                            }
                        }
                    }
                }
            }
        }
        i += n;
    }
    None
}
