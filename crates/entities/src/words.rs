//! Closed word lists the patterns rely on: head nouns of organisations and places, roles
//! and titles that introduce a person's name, and the words that end a name.
//! Written as Arabic is written; they are folded like every other key when loaded.

/// What a head noun names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    /// An organisation; `outlet` for media heads, `armed` for forces.
    Org { outlet: bool, armed: bool },
    /// A place of this kind (lexicon place-kind words, or "place").
    Place { kind: &'static str, settlement: bool },
}

pub(crate) const ORG_HEADS: &[(&str, bool, bool)] = &[
    // (word, outlet, armed)
    ("وزارة", false, false),
    ("وكالة", true, false),
    ("صحيفة", true, false),
    ("جريدة", true, false),
    ("موقع", true, false),
    ("قناة", true, false),
    ("شبكة", true, false),
    ("إذاعة", true, false),
    ("تلفزيون", true, false),
    ("مرصد", true, false),
    ("مركز", false, false),
    ("قوات", false, true),
    ("قوى", false, true),
    ("جيش", false, true),
    ("ميليشيا", false, true),
    ("مليشيا", false, true),
    ("ميليشيات", false, true),
    ("مليشيات", false, true),
    ("تنظيم", false, true),
    ("حركة", false, true),
    ("جماعة", false, true),
    ("لواء", false, true),
    ("كتيبة", false, true),
    ("كتائب", false, true),
    ("فرقة", false, true),
    ("فصيل", false, true),
    ("فيلق", false, true),
    ("جبهة", false, true),
    ("سرايا", false, true),
    ("وحدات", false, true),
    ("تجمع", false, true),
    ("هيئة", false, false),
    ("منظمة", false, false),
    ("جمعية", false, false),
    ("مؤسسة", false, false),
    ("شركة", false, false),
    ("مجلس", false, false),
    ("حزب", false, false),
    ("اتحاد", false, false),
    ("تحالف", false, false),
    ("ائتلاف", false, false),
    ("مديرية", false, false),
    ("بلدية", false, false),
    ("دائرة", false, false),
    ("مكتب", false, false),
    ("لجنة", false, false),
    ("تيار", false, false),
    ("رابطة", false, false),
    ("مفوضية", false, false),
    ("بعثة", false, false),
    ("برنامج", false, false),
];

pub(crate) const PLACE_HEADS: &[(&str, &str, bool)] = &[
    // (word, kind, settlement: "مدينة X" is X itself)
    ("حي", "neighbourhood", true),
    ("مدينة", "city", true),
    ("بلدة", "town", true),
    ("قرية", "village", true),
    ("ناحية", "district", false),
    ("منطقة", "region", true),
    ("محافظة", "governorate", true),
    ("ولاية", "governorate", true),
    ("شعبية", "governorate", true),
    ("مرفأ", "building", false),
    ("ميناء", "building", false),
    ("حسينية", "mosque", false),
    ("ريف", "region", false),
    ("بادية", "region", false),
    ("سجن", "prison", false),
    ("مخيم", "camp", false),
    ("كلية", "college", false),
    ("معهد", "institute", false),
    ("جامعة", "university", false),
    ("مدرسة", "school", false),
    ("ثانوية", "school", false),
    ("دوار", "roundabout", false),
    ("ساحة", "building", false),
    ("شارع", "building", false),
    ("جسر", "building", false),
    ("مقبرة", "cemetery", false),
    ("مخبز", "bakery", false),
    ("فرن", "bakery", false),
    ("مبنى", "building", false),
    ("مستشفى", "hospital", false),
    ("المستشفى", "hospital", false),
    ("المشفى", "hospital", false),
    ("مشفى", "hospital", false),
    ("مستوصف", "hospital", false),
    ("مسجد", "mosque", false),
    ("جامع", "mosque", false),
    ("كنيسة", "building", false),
    ("مطار", "airport", false),
    ("قاعدة", "base", false),
    ("معبر", "border_crossing", false),
    ("سد", "dam", false),
    ("نهر", "river", false),
    ("حقل", "field", false),
    ("جبل", "region", false),
    ("وادي", "region", false),
    ("سوق", "building", false),
    ("ملعب", "building", false),
    ("فندق", "building", false),
];

/// Head nouns for the same kind of site: (variant, the word derived ids use).
pub(crate) const HEAD_SYNONYMS: &[(&str, &str)] = &[("ميناء", "مرفأ"), ("مشفى", "مستشفى"), ("جامع", "مسجد")];

/// Nouns of a statement: a quoted name after «لـ» that follows one is the outlet it was
/// given to («في تصريح لـ"سانا"»).
pub(crate) const STATEMENT_NOUNS: &[&str] = &[
    "تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها", "مقابلة", "مقابلته",
    "مقابلتها", "حوار", "حواره", "لقاء", "بيان", "تقرير", "رسالة",
];

/// Heads that name a place only before a known place: «ولاية» is also a term of office
/// («ولاية خامسة») and a doctrine («ولاية الفقيه»).
pub(crate) const KNOWN_ONLY_HEADS: &[&str] = &["ولاية", "شعبية"];

/// The story stage's stop words (very common words of news, without «ال»).
pub(crate) const COMMON_WORDS_TXT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../stories/data/stopwords.txt"));

/// Document frequencies of words in SaudiNewsNet (the story stage's background table).
pub(crate) const NEWS_DF_TSV: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../stories/data/background_df.tsv"));

/// Settlement heads after which the bare name, met alone later, is the same town.
pub(crate) const BARE_TOWN_HEADS: &[&str] = &["مدينة", "بلدة", "قرية"];

/// Words that introduce a person's name, after their complement («المتحدث باسم X»,
/// «مدير الشؤون الاجتماعية»), or directly («العميد»).
pub(crate) const ROLES: &[&str] = &[
    "المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "الرئيس", "رئيس",
    "الرئيسة", "رئيسة", "نائب", "نائبة", "وزير", "وزيرة", "الوزير", "الوزيرة", "قائد", "القائد",
    "مدير", "مديرة", "المدير", "المديرة", "مسؤول", "المسؤول", "مسؤولة", "المسؤولة", "عضو",
    "عضوة", "السفير", "سفير", "السفيرة", "أمين", "الأمين", "محافظ", "المحافظ", "القيادي",
    "قيادي", "القيادية", "مستشار", "المستشار", "مستشارة", "المبعوث", "مبعوث", "ممثل", "الممثل",
    "المنسق", "منسق", "مراسل", "مراسلة", "الصحفي", "الصحافي", "الصحفية", "الناشط", "الناشطة",
    "الباحث", "المحلل", "الكاتب", "الشيخ", "الدكتور", "الدكتورة", "السيد", "السيدة", "العميد",
    "العقيد", "المقدم", "الرائد", "النقيب", "الجنرال", "الملك", "الأمير", "الأميرة", "الرئيس التنفيذي",
    "المشرف", "مشرف", "الزعيم", "زعيم", "المفوض", "مفوض", "القاضي", "النائب", "المرشد",
    "الأسير", "المعتقل", "الشهيد", "الطبيب", "المهندس", "الإعلامي", "المصور", "المراسل",
];

/// Verbs of saying and reporting: a name right after one is a subject («وقال خلف»).
pub(crate) const REPORT_VERBS: &[&str] = &[
    "قال", "أكد", "أوضح", "أشار", "أعلن", "صرح", "ذكر", "أضاف", "لفت", "شدد", "نفى", "كشف",
    "بين", "اعتبر", "رأى", "دعا", "طالب", "حذر", "أفاد", "تابع", "زعم", "ادعى", "أردف", "أشاد",
    "أعرب", "نقل", "أجاب", "رد", "علق", "اتهم", "وصف", "أبلغ", "أخبر", "يقول", "يضيف", "يؤكد",
    "ويقول", "ختم", "استطرد", "أقر", "اعترف", "هدد", "ناشد", "أعربت", "قالت", "أكدت", "أوضحت",
    "أشارت", "أعلنت", "صرحت", "ذكرت", "أضافت", "لفتت", "شددت", "نفت", "كشفت", "بينت", "اعتبرت",
    "رأت", "دعت", "طالبت", "حذرت", "أفادت", "تابعت", "زعمت", "أشادت", "نقلت", "ردت", "بحسب",
    "وفق", "حسب", "وبحسب", "ووفق",
];

/// Words that end a name or complement, or cannot begin one.
pub(crate) const STOP: &[&str] = &[
    // prepositions and particles
    "في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حول", "منذ", "خلال", "عند", "لدى", "نحو",
    "ضد", "عبر", "دون", "بعد", "قبل", "أمام", "وراء", "خلف", "تحت", "فوق", "حتى", "ثم", "أو", "أم",
    "لكن", "بل", "إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "كما", "حيث", "إذ", "إذا",
    "لا", "لم", "لن", "قد", "ما", "ماذا", "هل", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "هناك",
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "كل", "بعض", "أي", "غير", "سوى", "عدة",
    "عدد", "أحد", "إحدى", "نفس", "ضمن", "لدي", "إثر", "جراء", "بسبب", "رغم", "وسط", "قرب", "محيط",
    "داخل", "خارج", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "شمالا",
    "جنوبا", "شرقا", "غربا", "باسم", "بشأن", "لصالح", "تجاه", "إزاء", "عقب", "أثناء", "طوال",
    "يوم", "ليلة", "صباح", "مساء", "أمس", "اليوم", "غدا", "الآن", "حاليا", "مؤخرا", "أيضا", "فقط",
    "جدا", "كذلك", "لذلك", "التابع", "التابعة", "التابعين", "تابع", "تابعة", "المدعوم", "المدعومة",
    "مدعومة", "مدعوم", "الموالية", "الموالي", "موالية", "المقرب", "المقربة", "مقرب", "مقربة",
    "الرسمي", "الرسمية", "المحلي", "المحلية", "نفسه", "نفسها", "أنفسهم", "ذاته", "ذاتها", "عام",
    "سنة", "شهر", "أسبوع", "ساعة", "ساعات", "أيام", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري",
    "الحالي", "الحالية", "الأخير", "الأخيرة", "السابق", "السابقة", "الأول", "الأولى", "الجديد",
    "الجديدة", "الكامل", "بالكامل", "كامل", "كاملة", "كافة", "جميع", "معظم", "غالبية", "أغلب",
    "مثل", "مقابل", "بدوره", "بدورها", "وفق", "بحسب", "حسب", "وفقا", "يذكر", "يشار", "علما",
    "الأمر", "الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "أخرى", "آخر", "آخرين", "أخريات",
    "جديد", "جديدة", "كبير", "كبيرة", "صغير", "صغيرة", "واحد", "واحدة", "هذا", "إدارة", "حكومة",
    "دولة", "منطقة", "مجموعة", "عدد", "جانب", "طرف", "عملية", "عمليات", "حقوق", "قطاع", "صندوق",
];

/// Nouns too generic to name one thing after a head noun («مركز المدينة», «سجن الحي»).
pub(crate) const GENERIC: &[&str] = &[
    "المدينة", "البلدة", "القرية", "المنطقة", "المناطق", "الحي", "الأحياء", "السجن", "المخيم",
    "البلاد", "الدولة", "المحافظة", "العاصمة", "الناحية", "الريف", "المبنى", "المكان", "الموقع",
    "المركز", "الشارع", "الطريق", "الحدود", "الداخل", "الخارج", "الوطن", "العالم", "الشرق",
    "الغرب", "الشمال", "الجنوب", "البلد", "الأرض", "المنزل", "المنازل", "البيت", "الجهة",
    "الجهات", "الطرف", "الأطراف", "القوات", "العناصر", "الأمن", "الحكومة", "الشعب", "الناس",
    "الأهالي", "السكان", "المدنيين", "الجيش", "الوزارة", "الوكالة", "الصحيفة", "القناة",
    "التنظيم", "الحركة", "الجماعة", "المجلس", "الحزب", "اللجنة", "الهيئة", "المنظمة", "الشركة",
    "الأخرى", "الآخر", "الآخرين", "نفسه", "ذاته", "عينه", "التي", "الذي", "الحادث", "الحادثة",
    "الانترنت", "الإنترنت", "العمل", "الأسهم", "الرياح", "الإدارة", "البحث", "الأعمال", "التواصل",
    "الاستقبال", "الاتصال", "الأطفال", "المرور", "التدريب", "التحكم", "الشرطة", "الأخبار",
    // descriptions, not names, after a definite head («المستشفى الميداني»)
    "الميداني", "الرئيسي", "الحكومي", "الوحيد", "التخصصي", "المتنقل", "الأقرب", "القريب",
    "المذكور", "المجاور", "المستهدف", "المحلي",
];

/// Words inside place and person names that call for the word after them («أبو بكر»,
/// «تل أبيض», «عين عيسى», «عبد الرحمن»).
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "أبو", "أبي", "أبا", "أم", "بن", "ابن", "بنت", "عبد", "بني", "آل", "تل", "عين", "دير", "رأس",
    "كفر", "بئر", "جسر", "خربة", "ذي", "ذو", "بيت", "مرج", "سيدي", "جبل", "وادي", "سيد", "أبناء",
    "سان", "سانت", "لوس", "لاس", "نيو", "دي", "دو", "فان", "بيت",
];

/// Words that refer back to an actor named earlier.
pub(crate) const ANAPHORS: &[(&str, Anaphor)] = &[
    ("التنظيم", Anaphor::Organisation),
    ("التنظيم الإرهابي", Anaphor::Organisation),
    ("التنظيم المتطرف", Anaphor::Organisation),
    ("الميليشيا", Anaphor::Militia),
    ("المليشيا", Anaphor::Militia),
    ("الميليشيات", Anaphor::Militia),
    ("المليشيات", Anaphor::Militia),
    ("التحالف", Anaphor::Alliance),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anaphor {
    /// «التنظيم»: the organisation (armed group) last named, preferring one called «تنظيم …».
    Organisation,
    /// «الميليشيا»: the actor last called a militia.
    Militia,
    /// «التحالف»: an alliance named earlier, else the lexicon's default.
    Alliance,
}

/// Bare words that are never a name by themselves, whatever the data says («الدولة» is the
/// state, not the Islamic State).
pub(crate) const NEVER_ALONE: &[&str] = &["الدولة", "دولة"];

/// Militia words: an actor named right after one of them is «called a militia».
pub(crate) const MILITIA_WORDS: &[&str] =
    &["ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "ميلشيا", "ميلشيات"];

/// Titles that stand right before a name («العميد أحمد …», «الشيخ …»).
pub(crate) const TITLES: &[&str] = &[
    "السيد", "السيدة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "د", "العميد", "اللواء", "العقيد",
    "المقدم", "الرائد", "النقيب", "الملازم", "الجنرال", "المشير", "الفريق", "الأمير", "الأميرة",
    "الملك", "الملكة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "القاضي", "الحاج", "المطران",
    "الأب", "الإمام", "السلطان",
];

/// Common given names (Arabic, Kurdish and foreign as written in Arabic): the first word
/// of a name found after a role that is not a title.
/// Common given names, one a line (`data/lexicon/first_names.txt`): the first word of a
/// name found after a role that is not a title.
pub(crate) const FIRST_NAMES_TXT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/first_names.txt"));

// ---------------------------------------------------------------------------------------
// Word lists read from `crates/entities/data/words.toml`
// ---------------------------------------------------------------------------------------

use riwaya_lexicon::LexiconError;
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;
use toml::Spanned;

/// The file's name in errors.
pub(crate) const WORDS_FILE: &str = "crates/entities/data/words.toml";
const WORDS_TOML: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/words.toml"));

type List = Vec<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRaw {
    voice: VoiceRaw,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoiceRaw {
    complementisers: List,
    describe_verbs: List,
    sources: List,
    markers: List,
}

/// The word lists, folded.
pub(crate) struct Words {
    /// Voice: complementisers of reported speech («إن», «بأن»).
    pub complementisers: HashSet<String>,
    /// Voice: verbs of describing or naming («وصف», «سمى»).
    pub describe_verbs: HashSet<String>,
    /// Voice: words that introduce a source («بحسب»).
    pub sources: HashSet<String>,
    /// Voice: attribution markers, as folded words; the last matches as a prefix.
    pub markers: Vec<Vec<String>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Parses and checks a words file: every entry one non-empty word (markers: words), listed
/// once as written; entries are folded (so «أن» and «إن» may both be listed).
pub(crate) fn parse(file: &str, text: &str) -> Result<Words, LexiconError> {
    let bad = |off: usize, reason: String| LexiconError { file: file.to_string(), line: line_of(text, off), reason };
    let raw: FileRaw = toml::from_str(text).map_err(|e| LexiconError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(0),
        reason: e.message().trim().to_string(),
    })?;
    let words = |name: &str, l: &List, phrase: bool| -> Result<Vec<(String, usize)>, LexiconError> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for w in l {
            let s = w.get_ref();
            let at = w.span().start;
            if s.trim().is_empty() || s.trim() != s {
                return Err(bad(at, format!("{name}: {s:?} is empty or has white space around it")));
            }
            if !phrase && s.contains(char::is_whitespace) {
                return Err(bad(at, format!("{name}: {s:?} must be one word")));
            }
            let k = crate::prep::key(s);
            if k.is_empty() {
                return Err(bad(at, format!("{name}: {s:?} folds to nothing")));
            }
            if !seen.insert(s.clone()) {
                return Err(bad(at, format!("{name}: {s:?} is listed twice")));
            }
            out.push((k, at));
        }
        Ok(out)
    };
    let set = |name: &str, l: &List| -> Result<HashSet<String>, LexiconError> {
        Ok(words(name, l, false)?.into_iter().map(|(k, _)| k).collect())
    };
    let v = &raw.voice;
    Ok(Words {
        complementisers: set("voice.complementisers", &v.complementisers)?,
        describe_verbs: set("voice.describe_verbs", &v.describe_verbs)?,
        sources: set("voice.sources", &v.sources)?,
        markers: words("voice.markers", &v.markers, true)?
            .into_iter()
            .map(|(k, _)| k.split(' ').map(str::to_string).collect())
            .collect(),
    })
}

/// The embedded word lists, read once. The file is checked by this crate's tests.
pub(crate) fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| parse(WORDS_FILE, WORDS_TOML).unwrap_or_else(|e| panic!("{e}")))
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn embedded_words_load() {
        let w = parse(WORDS_FILE, WORDS_TOML).unwrap_or_else(|e| panic!("{e}"));
        assert!(w.complementisers.contains(&crate::prep::key("بأن")));
        assert!(w.markers.iter().any(|m| m.len() == 3));
    }

    #[test]
    fn bad_words_name_file_and_line() {
        let t = "[voice]\ncomplementisers = [\"إن\"]\ndescribe_verbs = [\"وصف\",\n \"وصف\"]\nsources = []\nmarkers = []\n";
        let e = parse("w.toml", t).err().unwrap();
        assert_eq!((e.file.as_str(), e.line), ("w.toml", 4), "{e}");
        let e = parse("w.toml", "[voice]\ncomplementisers = [\"إن أن\"]\n").err().unwrap();
        assert!(e.to_string().starts_with("w.toml:"), "{e}");
    }
}
