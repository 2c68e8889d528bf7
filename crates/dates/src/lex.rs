//! Time words (weekdays, months of every calendar and spelling, modifiers, units, number
//! words, era and future markers). The list is `data/words.tsv`; the build script turns
//! it into the `match` tables below (`g_*`), checked line by line when it does. Forms
//! are folded: no hamza on alef, ئ→ي, ى→ي, ة→ه.

include!(concat!(env!("OUT_DIR"), "/lex_gen.rs"));

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

fn modifier_of(v: u32) -> Modifier {
    match v {
        0 => Modifier::Past,
        1 => Modifier::Next,
        _ => Modifier::Current,
    }
}

/// chrono weekday number from Monday = 0.
pub fn weekday(w: &str) -> Option<u32> {
    g_weekday(w)
}

/// Time-of-day words that may stand before a day expression ("مساء أمس").
pub fn time_of_day(w: &str) -> bool {
    g_time_of_day(w)
}

/// Time-of-day adverbs that may follow a day expression ("الخميس صباحا").
pub fn time_of_day_adverb(w: &str) -> bool {
    g_time_adverb(w)
}

pub fn modifier(w: &str) -> Option<Modifier> {
    g_modifier(w).map(modifier_of)
}

/// Dual/plural past or future modifiers of spans ("اليومين الماضيين").
pub fn span_modifier(w: &str) -> Option<Modifier> {
    g_span_modifier(w).map(modifier_of).or_else(|| modifier(w))
}

/// Single-word Gregorian month names (Egyptian/Gulf, Levantine, Maghrebi).
pub fn month_one(w: &str) -> Option<u32> {
    g_month(w)
}

/// English month names and abbreviations, lower case.
pub fn english_month(w: &str) -> Option<u32> {
    g_english_month(w)
}

/// Two-word Levantine month: كانون/تشرين + الأول/الثاني.
pub fn month_two(w1: &str, w2: &str) -> Option<u32> {
    g_month2(w1, w2)
}

/// Hijri month names; `w2` is the next word for two-word names.
/// Returns (month, words used).
pub fn hijri_month(w1: &str, w2: &str) -> Option<(u32, usize)> {
    match g_hijri_month(w1) {
        Some(m) => Some((m, 1)),
        None => g_hijri_month2(w1, w2).map(|m| (m, 2)),
    }
}

/// Cardinal number words (masculine and feminine forms, 1–10 and tens).
pub fn cardinal(w: &str) -> Option<u32> {
    g_cardinal(w)
}

/// Teen prefixes before عشر/عشره ("احد عشر", "اثني عشر", "خمسه عشر").
pub fn teen_unit(w: &str) -> Option<u32> {
    g_teen_unit(w).or_else(|| cardinal(w).filter(|&n| (3..=9).contains(&n)))
}

/// Ordinal words with ال (masculine and feminine), 1–10.
pub fn ordinal(w: &str) -> Option<u32> {
    g_ordinal(w)
}

/// Indefinite unit words: (unit, implied count: 1 singular, 2 dual, 0 plural).
pub fn unit(w: &str) -> Option<(Unit, u32)> {
    let v = g_unit(w)?;
    let u = match v / 4 {
        0 => Unit::Day,
        1 => Unit::Week,
        2 => Unit::Month,
        _ => Unit::Year,
    };
    Some((u, v % 4))
}

/// Definite unit words ("اليومين", "الايام", "الاسبوع", ...).
pub fn def_unit(w: &str) -> Option<(Unit, u32)> {
    let rest = w.strip_prefix("ال")?;
    if rest == "يوم" {
        return None; // اليوم is today, handled elsewhere
    }
    unit(rest)
}

/// «خلال», «طوال»: a span follows («خلال الأيام الثلاثة الماضية»).
pub fn during(w: &str) -> bool {
    g_during(w)
}

/// The noun of «على مدى/مدار» before a span.
pub fn span_noun(w: &str) -> bool {
    g_span_noun(w)
}

/// «ليل», «ليلة»: a night that may span two days («ليل الأحد الإثنين»).
pub fn night(w: &str) -> bool {
    g_night(w)
}

/// Words that introduce a full date after a relative day («اليوم السبت الموافق 22 …»).
pub fn date_intro(w: &str) -> bool {
    g_date_intro(w)
}

/// «نفسه», «ذاته» after «اليوم»: the same day as told, not today.
pub fn same_ref(w: &str) -> bool {
    g_same_ref(w)
}

/// «أمس», «البارحة».
pub fn yesterday(w: &str) -> bool {
    g_yesterday(w)
}

/// «غداً», «الغد» (bare «غد»/«الغد» only after يوم or a time of day).
pub fn tomorrow(w: &str) -> bool {
    g_tomorrow(w)
}

/// After «الليلة»: last night («الماضية») or the coming one («المقبلة»).
pub fn night_past(w: &str) -> bool {
    g_night_past(w)
}

pub fn night_next(w: &str) -> bool {
    g_night_next(w)
}

/// After «هذا/هذه»: today («هذا الصباح», «هذه الليلة»).
pub fn this_day_part(w: &str) -> bool {
    g_this_day_part(w)
}

/// «عشر», «عشرة» closing a teen («خمسة عشر»).
pub fn teen_ten(w: &str) -> bool {
    g_teen_ten(w)
}

/// «بضعة», «عدة» before a unit: a span with no count («منذ بضعة أيام»).
pub fn few(w: &str) -> bool {
    g_few(w)
}

/// «يومها», «اليوم» before an ordinal: the Nth day of an event («يومها السادس»).
pub fn its_day(w: &str) -> bool {
    g_its_day(w)
}

/// Verbs and nouns of entering («مع دخول الحرب يومها العاشر»): the Nth day is today.
pub fn entering(w: &str) -> bool {
    g_entering(w)
}

/// «عام», «سنة» before a year number («عام 2015», «لعام 2015»).
pub fn year_noun(w: &str) -> bool {
    g_year_noun(w)
}

/// Words after «يوم» that make a relative day («يوم أمس», «يوم الغد», «يوم أول أمس»).
pub fn after_yawm(w: &str) -> bool {
    g_after_yawm(w)
}

/// Between the two weekdays of a night («ليلة الخميس إلى الجمعة»).
pub fn night_join(w: &str) -> bool {
    g_night_join(w)
}

/// Between the two days of a range before a month («20 و21 يناير», «20 حتى 22 يناير»).
pub fn day_range_join(w: &str) -> bool {
    g_day_range_join(w)
}

/// Before «اليوم» naming the day the text named last («ذلك اليوم», «نفس اليوم»).
pub fn that_day_before(w: &str) -> bool {
    g_that_day_before(w)
}

/// After «اليوم»: the day after the one the text named last («اليوم التالي»).
pub fn next_day_after(w: &str) -> bool {
    g_next_day_after(w)
}

/// Before the first of two dates that bound a period («من», «منذ», «بين»).
pub fn date_range_open(w: &str) -> bool {
    g_date_range_open(w) || g_date_range_bayna(w)
}

/// «بين»: the opener after which «و» joins the two ends of a period.
pub fn date_range_bayna(w: &str) -> bool {
    g_date_range_bayna(w)
}

/// Alone between two dates that bound a period («إلى», «حتى», «لغاية»).
pub fn date_range_join(w: &str) -> bool {
    g_date_range_join(w)
}

/// After a count of units: counted from another event («قبل يومين من الهجوم»), no date.
pub fn from_event(w: &str) -> bool {
    g_from_event(w)
}

/// Parts of a month: 1 = early (days 1–10), 2 = middle (11–20), 3 = late (21–end).
pub fn month_part(w: &str) -> Option<u32> {
    g_month_part(w)
}

/// Words marking a Hijri year ("1436 هـ", "1436 هجرية", "للهجرة").
pub fn hijri_marker(w: &str) -> bool {
    g_hijri_marker(w)
}

/// Words marking a Gregorian year ("2015م", "ميلادي").
pub fn greg_marker(w: &str) -> bool {
    g_greg_marker(w)
}

/// Words before a date that make a later date plausible ("المقرر", "سوف").
pub fn future_marker(w: &str) -> bool {
    g_future_marker(w)
}

/// Deadline words before a day and month ("بحلول", "حتى"), besides the future markers.
pub fn future_cue(w: &str) -> bool {
    g_future_cue(w)
}

/// Words before اليوم that make it no day ("ذلك اليوم", "روسيا اليوم").
pub fn not_today_after(w: &str) -> bool {
    g_not_today_after(w)
}

/// Words before الجمعة that make it the Friday prayer ("صلاة الجمعة").
pub fn prayer_word(w: &str) -> bool {
    g_prayer_word(w)
}

/// Epithets after a Hijri month name ("رمضان المبارك").
pub fn month_epithet(w: &str) -> bool {
    g_month_epithet(w)
}

#[cfg(test)]
mod tests {
    include!("words_parse.rs");
    use super::*;

    const WORDS_TSV: &str = include_str!("../data/words.tsv");

    #[test]
    fn word_list_loads_and_folds_to_itself() {
        let es = parse_words(WORDS_TSV).expect("words.tsv parses");
        assert!(es.len() > 250);
        for e in &es {
            assert_eq!(riwaya_text::normalize_str(&e.form), e.form, "{} {:?} is not folded", e.kind, e.form);
        }
    }

    #[test]
    fn every_entry_is_read_as_listed() {
        for e in parse_words(WORDS_TSV).unwrap() {
            let (w, v) = (e.form.as_str(), e.value.as_str());
            let num = || v.parse::<u32>().ok();
            let ok = match e.kind.as_str() {
                "weekday" => weekday(w) == WEEKDAYS.iter().position(|d| *d == v).map(|d| d as u32),
                "modifier" => modifier(w).map(|m| m as usize) == MODIFIERS.iter().position(|d| *d == v),
                "span_modifier" => span_modifier(w).map(|m| m as usize) == MODIFIERS.iter().position(|d| *d == v),
                "month" => match w.split_once(' ') {
                    Some((a, b)) => month_two(a, b) == num(),
                    None => month_one(w) == num(),
                },
                "hijri_month" => match w.split_once(' ') {
                    Some((a, b)) => hijri_month(a, b) == num().map(|m| (m, 2)),
                    None => hijri_month(w, "") == num().map(|m| (m, 1)),
                },
                "english_month" => english_month(w) == num(),
                "cardinal" => cardinal(w) == num(),
                "teen_unit" => teen_unit(w) == num(),
                "ordinal" => ordinal(w) == num(),
                "unit" => unit(w).map(|(u, c)| format!("{}:{c}", UNITS[u as usize])).as_deref() == Some(v),
                "month_part" => month_part(w).map(|p| MONTH_PARTS[p as usize - 1]) == Some(v),
                "time_of_day" => time_of_day(w),
                "time_adverb" => time_of_day_adverb(w),
                "hijri_marker" => hijri_marker(w),
                "greg_marker" => greg_marker(w),
                "future_marker" => future_marker(w),
                "future_cue" => future_cue(w),
                "not_today_after" => not_today_after(w),
                "prayer_word" => prayer_word(w),
                "month_epithet" => month_epithet(w),
                "during" => during(w),
                "span_noun" => span_noun(w),
                "night" => night(w),
                "date_intro" => date_intro(w),
                "same_ref" => same_ref(w),
                "yesterday" => yesterday(w),
                "tomorrow" => tomorrow(w),
                "night_past" => night_past(w),
                "night_next" => night_next(w),
                "this_day_part" => this_day_part(w),
                "teen_ten" => teen_ten(w),
                "few" => few(w),
                "its_day" => its_day(w),
                "entering" => entering(w),
                "year_noun" => year_noun(w),
                "after_yawm" => after_yawm(w),
                "night_join" => night_join(w),
                "day_range_join" => day_range_join(w),
                "from_event" => from_event(w),
                "date_range_open" => date_range_open(w),
                "that_day_before" => that_day_before(w),
                "next_day_after" => next_day_after(w),
                "date_range_bayna" => date_range_bayna(w),
                "date_range_join" => date_range_join(w),
                k => panic!("kind {k} untested"),
            };
            assert!(ok, "{} {v} {w:?} is not read as listed", e.kind);
        }
    }

    #[test]
    fn bad_lines_are_refused() {
        assert!(parse_words("weekday\tmon\tالاثنين\nweekday\tmon\tالاثنين\n").is_err());
        assert!(parse_words("weekday\tfoo\tالاثنين\n").is_err());
        assert!(parse_words("colour\t-\tاحمر\n").is_err());
        assert!(parse_words("month\t13\tشهر\n").is_err());
        assert!(parse_words("weekday\tmon\n").is_err());
        assert!(parse_words("cardinal\t3\tثلاث ثلاث\n").is_err());
        assert!(parse_words("unit\tday:3\tيوم\n").is_err());
        assert!(parse_words("# only a comment\n\n").is_ok());
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

