// Reader of `data/words.tsv`, shared by the build script (which turns the list into
// `match` tables, as fast as the literals they replace) and the crate's tests.

/// One checked line: kind, value, form (one word, or two for two-word month names).
pub struct WordEntry {
    pub kind: String,
    pub value: String,
    pub form: String,
}

/// Kinds whose value is a number, with its allowed range.
const NUMERIC: &[(&str, u32, u32)] = &[
    ("month", 1, 12),
    ("english_month", 1, 12),
    ("hijri_month", 1, 12),
    ("cardinal", 1, 100),
    ("teen_unit", 1, 2),
    ("ordinal", 1, 10),
];
/// Kinds that only mark a word (value `-`).
pub const FLAGS: &[&str] = &[
    "time_of_day",
    "time_adverb",
    "hijri_marker",
    "greg_marker",
    "future_marker",
    "future_cue",
    "not_today_after",
    "prayer_word",
    "month_epithet",
    "during",
    "span_noun",
    "night",
    "date_intro",
    "same_ref",
    "yesterday",
    "tomorrow",
    "night_past",
    "night_next",
    "this_day_part",
    "teen_ten",
    "few",
    "its_day",
    "entering",
    "year_noun",
    "after_yawm",
    "night_join",
    "day_range_join",
    "from_event",
    "date_range_open",
    "date_range_bayna",
    "date_range_join",
    "that_day_before",
    "next_day_after",
];
pub const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
pub const MODIFIERS: &[&str] = &["past", "next", "current"];
pub const UNITS: &[&str] = &["day", "week", "month", "year"];
pub const MONTH_PARTS: &[&str] = &["early", "middle", "late"];

/// Reads the list; an error names the line and what is wrong with it.
pub fn parse_words(src: &str) -> Result<Vec<WordEntry>, String> {
    let mut out: Vec<WordEntry> = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, value, form] = cols[..] else {
            return Err(at(format!("{} columns, want 3 (kind, value, form)", cols.len())));
        };
        let words = form.split(' ').count();
        if form.is_empty() || form.trim() != form || form.contains("  ") || form.contains('"') || form.contains('\\') {
            return Err(at(format!("bad form {form:?}")));
        }
        if words > 2 || (words == 2 && kind != "month" && kind != "hijri_month") {
            return Err(at(format!("{kind} takes one word, not {form:?}")));
        }
        if out.iter().any(|e| e.kind == kind && e.form == form) {
            return Err(at(format!("{kind} {form:?} is listed twice")));
        }
        let ok = if let Some(&(_, lo, hi)) = NUMERIC.iter().find(|k| k.0 == kind) {
            value.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v))
        } else if FLAGS.contains(&kind) {
            value == "-"
        } else {
            match kind {
                "weekday" => WEEKDAYS.contains(&value),
                "modifier" | "span_modifier" => MODIFIERS.contains(&value),
                "month_part" => MONTH_PARTS.contains(&value),
                "unit" => value
                    .split_once(':')
                    .is_some_and(|(u, c)| UNITS.contains(&u) && matches!(c, "0" | "1" | "2")),
                _ => return Err(at(format!("unknown kind {kind:?}"))),
            }
        };
        if !ok {
            return Err(at(format!("{kind} has no value {value:?}")));
        }
        out.push(WordEntry { kind: kind.into(), value: value.into(), form: form.into() });
    }
    Ok(out)
}
