//! Word lists (folded forms: no hamza on alef, ى→ي, ة→ه).

/// chrono weekday number from Monday = 0.
pub fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "الاثنين" | "الاتنين" => 0,
        "الثلاثاء" | "الثلاثا" | "الثلثاء" => 1,
        "الاربعاء" | "الاربعا" => 2,
        "الخميس" => 3,
        "الجمعه" => 4,
        "السبت" => 5,
        "الاحد" => 6,
        _ => return None,
    })
}

/// Time-of-day words that may stand before a day expression ("مساء أمس").
pub fn time_of_day(w: &str) -> bool {
    matches!(
        w,
        "مساء"
            | "صباح"
            | "فجر"
            | "ظهر"
            | "ليله"
            | "ليل"
            | "عصر"
            | "ظهيره"
            | "صبيحه"
            | "ضحي"
            | "نهار"
            | "مغرب"
            | "عشيه"
            | "سحر"
    )
}

/// Time-of-day adverbs that may follow a day expression ("الخميس صباحا").
pub fn time_of_day_adverb(w: &str) -> bool {
    matches!(
        w,
        "صباحا" | "مساء" | "ظهرا" | "عصرا" | "ليلا" | "فجرا" | "ضحي" | "مساءا"
    )
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Modifier {
    Past,
    Next,
    Current,
}

pub fn modifier(w: &str) -> Option<Modifier> {
    Some(match w {
        "الماضي" | "الماضيه" | "الفائت" | "الفائته" | "المنصرم" | "المنصرمه" | "المنقضي"
        | "المنقضيه" | "الاخير" | "الاخيره" => Modifier::Past,
        "المقبل" | "المقبله" | "القادم" | "القادمه" => Modifier::Next,
        "الجاري" | "الجاريه" | "الحالي" | "الحاليه" => Modifier::Current,
        _ => return None,
    })
}

/// Dual/plural past or future modifiers of spans ("اليومين الماضيين").
pub fn span_modifier(w: &str) -> Option<Modifier> {
    match w {
        "الماضيين" | "الماضيتين" | "الاخيرين" | "الاخيرتين" | "المنصرمين" | "الفائتين"
        | "السابقين" => Some(Modifier::Past),
        "المقبلين" | "القادمين" | "المقبلتين" | "القادمتين" => {
            Some(Modifier::Next)
        }
        _ => modifier(w),
    }
}

/// Single-word Gregorian month names (Egyptian/Gulf, Levantine, Maghrebi).
pub fn month_one(w: &str) -> Option<u32> {
    Some(match w {
        "يناير" | "جانفي" | "جانفييه" => 1,
        "فبراير" | "فيفري" | "فبرير" | "شباط" => 2,
        "مارس" | "اذار" => 3,
        "ابريل" | "افريل" | "نيسان" | "ابرايل" => 4,
        "مايو" | "ماي" | "ايار" => 5,
        "يونيو" | "يونيه" | "جوان" | "حزيران" => 6,
        "يوليو" | "يوليه" | "جويليه" | "تموز" | "جويلييه" => 7,
        "اغسطس" | "اوت" | "اب" | "اغشت" => 8,
        "سبتمبر" | "ايلول" | "شتنبر" => 9,
        "اكتوبر" | "اكتوير" => 10,
        "نوفمبر" | "نونبر" => 11,
        "ديسمبر" | "دجنبر" => 12,
        _ => return None,
    })
}

/// English month names and abbreviations, lower case.
pub fn english_month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// First word of a two-word Levantine month: كانون/تشرين + الأول/الثاني.
pub fn month_two(w1: &str, w2: &str) -> Option<u32> {
    let second = match w2 {
        "الاول" => 1,
        "الثاني" | "الاخر" => 2,
        _ => return None,
    };
    match (w1, second) {
        ("كانون", 1) => Some(12),
        ("كانون", 2) => Some(1),
        ("تشرين", 1) => Some(10),
        ("تشرين", 2) => Some(11),
        _ => None,
    }
}

/// Hijri month names; `w2` is the next word for two-word names.
/// Returns (month, words used).
pub fn hijri_month(w1: &str, w2: &str) -> Option<(u32, usize)> {
    Some(match w1 {
        "محرم" => (1, 1),
        "صفر" => (2, 1),
        "ربيع" => match w2 {
            "الاول" | "الاولي" => (3, 2),
            "الثاني" | "الاخر" | "الاخير" => (4, 2),
            _ => return None,
        },
        "جمادي" | "جماد" => match w2 {
            "الاولي" | "الاول" => (5, 2),
            "الاخره" | "الثانيه" | "الاخر" | "الثاني" => (6, 2),
            _ => return None,
        },
        "رجب" => (7, 1),
        "شعبان" => (8, 1),
        "رمضان" => (9, 1),
        "شوال" => (10, 1),
        "ذو" | "ذي" => match w2 {
            "القعده" => (11, 2),
            "الحجه" => (12, 2),
            _ => return None,
        },
        _ => return None,
    })
}

/// Cardinal number words (masculine and feminine forms, 1–10 and tens).
pub fn cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "واحد" | "واحده" => 1,
        "اثنين" | "اثنان" | "اثنتين" | "اثنتان" => 2,
        "ثلاثه" | "ثلاث" => 3,
        "اربعه" | "اربع" => 4,
        "خمسه" | "خمس" => 5,
        "سته" | "ست" => 6,
        "سبعه" | "سبع" => 7,
        "ثمانيه" | "ثماني" | "ثمان" => 8,
        "تسعه" | "تسع" => 9,
        "عشره" | "عشر" => 10,
        "عشرين" | "عشرون" => 20,
        "ثلاثين" | "ثلاثون" => 30,
        "اربعين" | "اربعون" => 40,
        "خمسين" | "خمسون" => 50,
        "ستين" | "ستون" => 60,
        "سبعين" | "سبعون" => 70,
        "ثمانين" | "ثمانون" => 80,
        "تسعين" | "تسعون" => 90,
        "مئه" | "مائه" => 100,
        _ => return None,
    })
}

/// Teen prefixes before عشر/عشره ("احد عشر", "اثني عشر", "خمسه عشر").
pub fn teen_unit(w: &str) -> Option<u32> {
    match w {
        "احد" | "احدي" => Some(1),
        "اثني" | "اثنا" | "اثنتي" | "اثنتا" => Some(2),
        _ => cardinal(w).filter(|&n| (3..=9).contains(&n)),
    }
}

/// Ordinal words with ال (masculine and feminine), 1–10.
pub fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "الاول" | "الاولي" => 1,
        "الثاني" | "الثانيه" => 2,
        "الثالث" | "الثالثه" => 3,
        "الرابع" | "الرابعه" => 4,
        "الخامس" | "الخامسه" => 5,
        "السادس" | "السادسه" => 6,
        "السابع" | "السابعه" => 7,
        "الثامن" | "الثامنه" => 8,
        "التاسع" | "التاسعه" => 9,
        "العاشر" | "العاشره" => 10,
        "الحادي" | "الحاديه" => 1,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Indefinite unit words: (unit, implied count: 1 singular, 2 dual, 0 plural).
pub fn unit(w: &str) -> Option<(Unit, u32)> {
    Some(match w {
        "يوم" | "يوما" => (Unit::Day, 1),
        "يومين" | "يومان" => (Unit::Day, 2),
        "ايام" => (Unit::Day, 0),
        "اسبوع" | "اسبوعا" => (Unit::Week, 1),
        "اسبوعين" | "اسبوعان" => (Unit::Week, 2),
        "اسابيع" => (Unit::Week, 0),
        "شهر" | "شهرا" => (Unit::Month, 1),
        "شهرين" | "شهران" => (Unit::Month, 2),
        "اشهر" | "شهور" => (Unit::Month, 0),
        "عام" | "عاما" | "سنه" => (Unit::Year, 1),
        "عامين" | "عامان" | "سنتين" | "سنتان" => (Unit::Year, 2),
        "اعوام" | "سنوات" | "سنين" => (Unit::Year, 0),
        _ => return None,
    })
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
    Some(match w {
        "مطلع" | "بدايه" | "اوائل" | "مستهل" | "اول" | "غره" => 1,
        "منتصف" | "اواسط" | "وسط" | "اوسط" => 2,
        "اواخر" | "نهايه" | "اخر" | "ختام" | "خواتيم" => 3,
        _ => return None,
    })
}

/// Words marking a Hijri year ("1436 هـ", "1436 هجرية", "للهجرة").
pub fn hijri_marker(w: &str) -> bool {
    matches!(w, "ه" | "هجري" | "هجريه" | "للهجره" | "هجريا")
}

/// Words marking a Gregorian year ("2015م", "ميلادي").
pub fn greg_marker(w: &str) -> bool {
    matches!(w, "م" | "ميلادي" | "ميلاديه" | "للميلاد" | "ميلاديا")
}
