//! Time words (weekdays, months of every calendar and spelling, modifiers, units, number
//! words, era and future markers), read once from `data/words.tsv` (embedded at build
//! time) into one table keyed by the folded word. Forms are folded: no hamza on alef,
//! ى→ي, ة→ه.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The word list compiled into the binary.
pub const WORDS_TSV: &str = include_str!("../data/words.tsv");

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Modifier {
    Past,
    Next,
    Current,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

const TIME_OF_DAY: u16 = 1;
const TIME_ADVERB: u16 = 1 << 1;
const HIJRI_MARKER: u16 = 1 << 2;
const GREG_MARKER: u16 = 1 << 3;
const FUTURE_MARKER: u16 = 1 << 4;
const FUTURE_CUE: u16 = 1 << 5;

/// Everything the list says about one word.
#[derive(Clone, Copy, Default, Debug)]
struct Word {
    weekday: Option<u8>,
    modifier: Option<Modifier>,
    span_modifier: Option<Modifier>,
    month: Option<u8>,
    english_month: Option<u8>,
    hijri_month: Option<u8>,
    cardinal: Option<u8>,
    teen_unit: Option<u8>,
    ordinal: Option<u8>,
    unit: Option<(Unit, u8)>,
    month_part: Option<u8>,
    flags: u16,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Two {
    Month,
    Hijri,
}

/// A small multiplicative hasher: the keys are short words looked up per token.
#[derive(Default)]
struct Fx(u64);
impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = 0u64;
            for (k, &b) in chunk.iter().enumerate() {
                v |= (b as u64) << (8 * k);
            }
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}
type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

#[derive(Default)]
pub struct Lex {
    one: FxMap<&'static str, Word>,
    /// First word of a two-word month → (second word, calendar, month).
    two: FxMap<&'static str, Vec<(&'static str, Two, u8)>>,
    /// Every (kind, form) read, in file order, for the checks.
    pub entries: Vec<(&'static str, &'static str, &'static str)>,
}

fn lex() -> &'static Lex {
    static L: OnceLock<Lex> = OnceLock::new();
    L.get_or_init(|| parse(WORDS_TSV).unwrap_or_else(|e| panic!("dates/data/words.tsv: {e}")))
}

fn num(v: &str, lo: u8, hi: u8) -> Result<u8, String> {
    v.parse::<u8>()
        .ok()
        .filter(|n| (lo..=hi).contains(n))
        .ok_or_else(|| format!("value {v:?} is not a number in {lo}..={hi}"))
}

fn modifier_value(v: &str) -> Result<Modifier, String> {
    match v {
        "past" => Ok(Modifier::Past),
        "next" => Ok(Modifier::Next),
        "current" => Ok(Modifier::Current),
        _ => Err(format!("modifier value {v:?} is not past, next or current")),
    }
}

/// Reads the word list; an error names the line and what is wrong with it.
pub fn parse(src: &'static str) -> Result<Lex, String> {
    let mut lx = Lex::default();
    let mut seen = std::collections::HashSet::new();
    for (n, line) in src.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [kind, value, form] = cols[..] else {
            return Err(at(format!("{} columns, want 3 (kind, value, form)", cols.len())));
        };
        if form.is_empty() || form.trim() != form || form.contains("  ") {
            return Err(at(format!("bad form {form:?}")));
        }
        if !seen.insert((kind, form)) {
            return Err(at(format!("{kind} {form:?} is listed twice")));
        }
        lx.entries.push((kind, value, form));
        let words: Vec<&'static str> = form.split(' ').collect();
        if words.len() == 2 {
            let two = match kind {
                "month" => (Two::Month, num(value, 1, 12).map_err(at)?),
                "hijri_month" => (Two::Hijri, num(value, 1, 12).map_err(at)?),
                _ => return Err(at(format!("{kind} takes one word, not {form:?}"))),
            };
            lx.two.entry(words[0]).or_default().push((words[1], two.0, two.1));
            continue;
        }
        if words.len() != 1 {
            return Err(at(format!("{form:?}: one or two words")));
        }
        let w = lx.one.entry(form).or_default();
        let flag = |w: &mut Word, f: u16| -> Result<(), String> {
            if value != "-" {
                return Err(format!("{kind} takes the value -, not {value:?}"));
            }
            w.flags |= f;
            Ok(())
        };
        match kind {
            "weekday" => {
                let d = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .iter()
                    .position(|&d| d == value)
                    .ok_or_else(|| at(format!("weekday {value:?} is not mon..sun")))?;
                w.weekday = Some(d as u8);
            }
            "modifier" => w.modifier = Some(modifier_value(value).map_err(at)?),
            "span_modifier" => w.span_modifier = Some(modifier_value(value).map_err(at)?),
            "month" => w.month = Some(num(value, 1, 12).map_err(at)?),
            "english_month" => w.english_month = Some(num(value, 1, 12).map_err(at)?),
            "hijri_month" => w.hijri_month = Some(num(value, 1, 12).map_err(at)?),
            "cardinal" => w.cardinal = Some(num(value, 1, 100).map_err(at)?),
            "teen_unit" => w.teen_unit = Some(num(value, 1, 2).map_err(at)?),
            "ordinal" => w.ordinal = Some(num(value, 1, 10).map_err(at)?),
            "unit" => {
                let (u, c) = value.split_once(':').ok_or_else(|| at(format!("unit {value:?} is not unit:count")))?;
                let u = match u {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(at(format!("unit {u:?} is not day, week, month or year"))),
                };
                w.unit = Some((u, num(c, 0, 2).map_err(at)?));
            }
            "month_part" => {
                w.month_part = Some(match value {
                    "early" => 1,
                    "middle" => 2,
                    "late" => 3,
                    _ => return Err(at(format!("month_part {value:?} is not early, middle or late"))),
                })
            }
            "time_of_day" => flag(w, TIME_OF_DAY).map_err(at)?,
            "time_adverb" => flag(w, TIME_ADVERB).map_err(at)?,
            "hijri_marker" => flag(w, HIJRI_MARKER).map_err(at)?,
            "greg_marker" => flag(w, GREG_MARKER).map_err(at)?,
            "future_marker" => flag(w, FUTURE_MARKER).map_err(at)?,
            "future_cue" => flag(w, FUTURE_CUE).map_err(at)?,
            _ => return Err(at(format!("unknown kind {kind:?}"))),
        }
    }
    Ok(lx)
}

#[inline]
fn word(w: &str) -> Option<&'static Word> {
    lex().one.get(w)
}

#[inline]
fn has(w: &str, f: u16) -> bool {
    word(w).is_some_and(|x| x.flags & f != 0)
}

/// chrono weekday number from Monday = 0.
pub fn weekday(w: &str) -> Option<u32> {
    word(w)?.weekday.map(u32::from)
}

/// Time-of-day words that may stand before a day expression ("مساء أمس").
pub fn time_of_day(w: &str) -> bool {
    has(w, TIME_OF_DAY)
}

/// Time-of-day adverbs that may follow a day expression ("الخميس صباحا").
pub fn time_of_day_adverb(w: &str) -> bool {
    has(w, TIME_ADVERB)
}

pub fn modifier(w: &str) -> Option<Modifier> {
    word(w)?.modifier
}

/// Dual/plural past or future modifiers of spans ("اليومين الماضيين").
pub fn span_modifier(w: &str) -> Option<Modifier> {
    let x = word(w)?;
    x.span_modifier.or(x.modifier)
}

/// Single-word Gregorian month names (Egyptian/Gulf, Levantine, Maghrebi).
pub fn month_one(w: &str) -> Option<u32> {
    word(w)?.month.map(u32::from)
}

/// English month names and abbreviations, lower case.
pub fn english_month(w: &str) -> Option<u32> {
    word(w)?.english_month.map(u32::from)
}

fn two(w1: &str, w2: &str, cal: Two) -> Option<u32> {
    lex().two.get(w1)?.iter().find(|&&(s, c, _)| c == cal && s == w2).map(|&(_, _, m)| m as u32)
}

/// Two-word Levantine month: كانون/تشرين + الأول/الثاني.
pub fn month_two(w1: &str, w2: &str) -> Option<u32> {
    two(w1, w2, Two::Month)
}

/// Hijri month names; `w2` is the next word for two-word names.
/// Returns (month, words used).
pub fn hijri_month(w1: &str, w2: &str) -> Option<(u32, usize)> {
    if let Some(m) = word(w1).and_then(|x| x.hijri_month) {
        return Some((m as u32, 1));
    }
    two(w1, w2, Two::Hijri).map(|m| (m, 2))
}

/// Cardinal number words (masculine and feminine forms, 1–10 and tens).
pub fn cardinal(w: &str) -> Option<u32> {
    word(w)?.cardinal.map(u32::from)
}

/// Teen prefixes before عشر/عشره ("احد عشر", "اثني عشر", "خمسه عشر").
pub fn teen_unit(w: &str) -> Option<u32> {
    let x = word(w)?;
    x.teen_unit.map(u32::from).or_else(|| x.cardinal.map(u32::from).filter(|&n| (3..=9).contains(&n)))
}

/// Ordinal words with ال (masculine and feminine), 1–10.
pub fn ordinal(w: &str) -> Option<u32> {
    word(w)?.ordinal.map(u32::from)
}

/// Indefinite unit words: (unit, implied count: 1 singular, 2 dual, 0 plural).
pub fn unit(w: &str) -> Option<(Unit, u32)> {
    word(w)?.unit.map(|(u, c)| (u, c as u32))
}

/// Definite unit words ("اليومين", "الايام", "الاسبوع", ...).
pub fn def_unit(w: &str) -> Option<(Unit, u32)> {
    let rest = w.strip_prefix("ال")?;
    if rest == "يوم" {
        return None; // اليوم is today, handled elsewhere
    }
    unit(rest)
}

/// Parts of a month: 1 = early (days 1–10), 2 = middle (11–20), 3 = late (21–end).
pub fn month_part(w: &str) -> Option<u32> {
    word(w)?.month_part.map(u32::from)
}

/// Words marking a Hijri year ("1436 هـ", "1436 هجرية", "للهجرة").
pub fn hijri_marker(w: &str) -> bool {
    has(w, HIJRI_MARKER)
}

/// Words marking a Gregorian year ("2015م", "ميلادي").
pub fn greg_marker(w: &str) -> bool {
    has(w, GREG_MARKER)
}

/// Words before a date that make a later date plausible ("المقرر", "سوف").
pub fn future_marker(w: &str) -> bool {
    has(w, FUTURE_MARKER)
}

/// Deadline words before a day and month ("بحلول", "حتى"), besides the future markers.
pub fn future_cue(w: &str) -> bool {
    has(w, FUTURE_CUE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_loads_and_folds_to_itself() {
        let lx = parse(WORDS_TSV).expect("words.tsv parses");
        assert!(lx.entries.len() > 250);
        for &(kind, _, form) in &lx.entries {
            assert_eq!(riwaya_text::normalize_str(form), form, "{kind} {form:?} is not folded");
        }
    }

    #[test]
    fn bad_lines_are_refused() {
        assert!(parse("weekday\tmon\tالاثنين\nweekday\tmon\tالاثنين\n").is_err());
        assert!(parse("weekday\tfoo\tالاثنين\n").is_err());
        assert!(parse("colour\t-\tاحمر\n").is_err());
        assert!(parse("month\t13\tشهر\n").is_err());
        assert!(parse("weekday\tmon\n").is_err());
        assert!(parse("cardinal\t3\tثلاث ثلاث\n").is_err());
        assert!(parse("# only a comment\n\n").is_ok());
    }

    #[test]
    fn lookups() {
        assert_eq!(weekday("الجمعه"), Some(4));
        assert_eq!(month_two("كانون", "الثاني"), Some(1));
        assert_eq!(month_two("تشرين", "الاول"), Some(10));
        assert_eq!(month_two("ربيع", "الاول"), None);
        assert_eq!(hijri_month("ربيع", "الاخر"), Some((4, 2)));
        assert_eq!(hijri_month("رمضان", "x"), Some((9, 1)));
        assert_eq!(hijri_month("كانون", "الاول"), None);
        assert_eq!(teen_unit("خمسه"), Some(5));
        assert_eq!(teen_unit("عشره"), None);
        assert_eq!(span_modifier("الماضي"), Some(Modifier::Past));
        assert_eq!(def_unit("الاسبوعين"), Some((Unit::Week, 2)));
        assert_eq!(def_unit("اليوم"), None);
        assert!(time_of_day("ضحي") && time_of_day_adverb("ضحي"));
        assert!(future_cue("حتي") && !future_marker("حتي"));
        assert_eq!(weekday("الاسبوع"), None);
    }
}

