//! Fixture sentences (written for these tests) for every number form the crate reads.

use riwaya_text::{find_numbers, NumberExpr};

const N: Option<u64> = None;

fn one(s: &str) -> NumberExpr {
    let v = find_numbers(s);
    assert_eq!(v.len(), 1, "{s:?}: expected one expression, got {v:#?}");
    let e = v.into_iter().next().unwrap();
    assert_eq!(&s[e.start..e.end], e.text);
    assert!(e.start <= e.value_start && e.value_end <= e.end, "{e:?}");
    e
}

/// (sentence, low, high, approx, vague)
type Case<'a> = (&'a str, Option<u64>, Option<u64>, bool, bool);

fn check(cases: &[Case]) {
    let mut bad = Vec::new();
    for &(s, lo, hi, ap, va) in cases {
        let v = find_numbers(s);
        let ok = v.len() == 1 && {
            let e = &v[0];
            (e.low, e.high, e.approx, e.vague) == (lo, hi, ap, va) && s[e.start..e.end] == e.text
        };
        if !ok {
            bad.push(format!("{s:?}: want {lo:?}/{hi:?} approx={ap} vague={va}, got {v:?}"));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

fn none(cases: &[&str]) {
    let mut bad = Vec::new();
    for s in cases {
        let v = find_numbers(s);
        if !v.is_empty() {
            bad.push(format!("{s:?}: {v:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn digits() {
    check(&[
        ("سلم 130 عنصراً أنفسهم", Some(130), Some(130), false, false),
        ("سلم ١٣٠ عنصراً أنفسهم", Some(130), Some(130), false, false),
        ("يضم السجن 3,500 سجين", Some(3500), Some(3500), false, false),
        ("يضم السجن ٣٬٥٠٠ سجين", Some(3500), Some(3500), false, false),
        ("نزح ۱۲۰ شخصاً", Some(120), Some(120), false, false),
        ("نزح 1.5 مليون شخص", Some(1_500_000), Some(1_500_000), false, false),
        ("نزح ١٫٥ مليون شخص", Some(1_500_000), Some(1_500_000), false, false),
        ("نزح 1,234,567 شخصاً", Some(1_234_567), Some(1_234_567), false, false),
        ("يضم نحو 5 آلاف سجين", Some(5000), Some(5000), true, false),
        ("فر 12 ألف شخص", Some(12000), Some(12000), false, false),
        ("نزح 3 ملايين", Some(3_000_000), Some(3_000_000), false, false),
        ("بلغت الكلفة 2 مليار", Some(2_000_000_000), Some(2_000_000_000), false, false),
        ("وصل 3 آلاف و500 لاجئ", Some(3500), Some(3500), false, false),
        ("سلموا أنفسهم لـ5 عناصر", Some(5), Some(5), false, false),
        ("قتل ٤٠ منهم", Some(40), Some(40), false, false),
    ]);
}

#[test]
fn words() {
    check(&[
        ("قتل ثلاثة أشخاص", Some(3), Some(3), false, false),
        ("احتجز تسعة رهائن", Some(9), Some(9), false, false),
        ("قتلت سبع نساء", Some(7), Some(7), false, false),
        ("أصيب ثمانية مدنيين", Some(8), Some(8), false, false),
        ("قتل عشرة مقاتلين", Some(10), Some(10), false, false),
        ("أسر عشرين عنصراً", Some(20), Some(20), false, false),
        ("هاجم ثلاثون مسلحاً", Some(30), Some(30), false, false),
        ("فر ثلاثمئة عنصر", Some(300), Some(300), false, false),
        ("فر ثلاثمائة عنصر", Some(300), Some(300), false, false),
        ("فر ثلاث مئة عنصر", Some(300), Some(300), false, false),
        ("حرر مئتين من الرهائن", Some(200), Some(200), false, false),
        ("وصل مائتا شخص", Some(200), Some(200), false, false),
        ("يضم خمسة آلاف سجين", Some(5000), Some(5000), false, false),
        ("قتل أحد عشر جندياً", Some(11), Some(11), false, false),
        ("قتلت إحدى عشرة امرأة", Some(11), Some(11), false, false),
        ("أسر اثنا عشر مقاتلاً", Some(12), Some(12), false, false),
        ("أسر اثني عشر مقاتلاً", Some(12), Some(12), false, false),
        ("قتل خمسة وعشرون شخصاً", Some(25), Some(25), false, false),
        ("قتل خمسة وعشرين شخصاً", Some(25), Some(25), false, false),
        ("نزح مئة وخمسون ألفاً", Some(150_000), Some(150_000), false, false),
        ("وصل ألف لاجئ", Some(1000), Some(1000), false, false),
        ("وصل ألفا لاجئ", Some(2000), Some(2000), false, false),
        ("وصل ألفان", Some(2000), Some(2000), false, false),
        ("وصل ألفين من اللاجئين", Some(2000), Some(2000), false, false),
        ("نزح مليون ونصف", Some(1_500_000), Some(1_500_000), false, false),
        ("نزح نصف مليون شخص", Some(500_000), Some(500_000), false, false),
        ("أفرج عن أربعة عشر معتقلاً", Some(14), Some(14), false, false),
        ("وصلت ثماني عشرة شاحنة", Some(18), Some(18), false, false),
        ("دمرت تسعمائة وتسع وتسعون خيمة", Some(999), Some(999), false, false),
        ("سقط ثلاثة آلاف وخمسمئة قتيل", Some(3500), Some(3500), false, false),
    ]);
}

#[test]
fn clitics_and_diacritics() {
    check(&[
        ("وثلاثة جرحى", Some(3), Some(3), false, false),
        ("قدر عددهم بثلاثة آلاف", Some(3000), Some(3000), false, false),
        ("قُتِلَ ثَلَاثَةُ أَشْخَاصٍ", Some(3), Some(3), false, false),
        ("فرّ ثلاثـــمئة عنصر", Some(300), Some(300), false, false),
        ("قتل خمسةٌ وعشرونَ شخصاً", Some(25), Some(25), false, false),
        ("وصل ﺃﻟﻒ لاجئ", Some(1000), Some(1000), false, false),
    ]);
    let s = "قُتِلَ ثَلَاثَةُ أَشْخَاصٍ";
    let e = one(s);
    assert_eq!(&s[e.value_start..e.value_end], "ثَلَاثَةُ");
    assert_eq!(e.noun.as_deref(), Some("أَشْخَاصٍ"));
    let s = "قدر عددهم بثلاثة آلاف";
    let e = one(s);
    assert_eq!(e.text, "ثلاثة آلاف");
}

#[test]
fn duals() {
    check(&[
        ("قتل عنصرين من التنظيم", Some(2), Some(2), false, false),
        ("فجر انتحاريان نفسيهما", Some(2), Some(2), false, false),
        ("أغلق مستوصفين في المدينة", Some(2), Some(2), false, false),
        ("دمرت سيارتين", Some(2), Some(2), false, false),
        ("قتل الجنديين", Some(2), Some(2), false, false),
    ]);
    let e = one("قتل عنصرين من التنظيم");
    assert_eq!(e.noun.as_deref(), Some("عنصرين"));
    none(&["قتل انتحاريين كثر", "نقل المدنيين", "هاجم المسلحين"]);
}

#[test]
fn ranges() {
    check(&[
        ("يضم ما بين 2000-4000 سجين", Some(2000), Some(4000), false, false),
        ("يضم بين 2000 و4000 سجين", Some(2000), Some(4000), false, false),
        ("يضم بين 2000 و 4000 سجين", Some(2000), Some(4000), false, false),
        ("قتل من 10 إلى 15 شخصاً", Some(10), Some(15), false, false),
        ("قتل 10 - 15 شخصاً", Some(10), Some(15), false, false),
        ("قتل ثلاثة أو أربعة أشخاص", Some(3), Some(4), false, false),
        ("فر ما بين ثلاثة وخمسة آلاف", Some(3000), Some(5000), false, false),
        ("فر بين 2 و3 آلاف", Some(2000), Some(3000), false, false),
        ("نزح من 200 حتى 300 شخص", Some(200), Some(300), false, false),
    ]);
    assert_eq!(one("يضم ما بين 2000-4000 سجين").text, "ما بين 2000-4000");
}

#[test]
fn hedges() {
    check(&[
        ("قتل نحو 40 منهم", Some(40), Some(40), true, false),
        ("نزح قرابة 3000 شخص", Some(3000), Some(3000), true, false),
        ("نزح حوالي 300 شخص", Some(300), Some(300), true, false),
        ("نزح حوالى 300 شخص", Some(300), Some(300), true, false),
        ("نزح ما يقارب 300 شخص", Some(300), Some(300), true, false),
        ("نزح زهاء 300 شخص", Some(300), Some(300), true, false),
        ("نزح 300 شخص تقريباً", Some(300), Some(300), true, false),
        ("نزح 300 تقريبا", Some(300), Some(300), true, false),
        ("قدر عددهم بنحو 500 عنصر", Some(500), Some(500), true, false),
        ("إحراق أكثر من 25 آلية", Some(25), N, true, false),
        ("قتل ما يزيد عن 100 شخص", Some(100), N, true, false),
        ("قتل ما يزيد على 100 شخص", Some(100), N, true, false),
        ("قتل أقل من 20 شخصاً", N, Some(20), true, false),
        ("عدد لا يتجاوز 20 شخصاً", N, Some(20), true, false),
        ("عدد لا يزيد عن 20 شخصاً", N, Some(20), true, false),
    ]);
    check(&[
        ("قتل ما لا يقل عن 40 شخصاً", Some(40), N, true, false),
        ("قتل لا يقل عن 40 شخصاً", Some(40), N, true, false),
        ("قتل 40 شخصاً على الأقل", Some(40), N, true, false),
        ("قتل 40 على الأقل", Some(40), N, true, false),
        ("عدد يتجاوز 1000 شخص", Some(1000), N, true, false),
        ("وقد تجاوز 1000 شخص", Some(1000), N, true, false),
        ("قتل أكثر من ثلاثين", Some(30), N, true, false),
        ("قتل نحو ثلاثمئة", Some(300), Some(300), true, false),
        ("قتل 40 أو أكثر", Some(40), N, true, false),
        ("أصيب 40 شخصاً فأكثر", Some(40), N, true, false),
        ("قتل لأكثر من 40 شخصاً", Some(40), N, true, false),
    ]);
    let e = one("إحراق أكثر من 25 آلية");
    assert_eq!(e.text, "أكثر من 25");
    assert_eq!(e.noun.as_deref(), Some("آلية"));
    let e = one("نزح 300 شخص تقريباً");
    assert_eq!(e.text, "300 شخص تقريباً");
    let e = one("قدر عددهم بنحو 500 عنصر");
    assert_eq!(e.text, "نحو 500");
}

#[test]
fn vague() {
    check(&[
        ("قتل العشرات من المدنيين", Some(20), Some(99), false, true),
        ("سقط بالعشرات", Some(20), Some(99), false, true),
        ("اعتقل عشرات العناصر", Some(20), Some(99), false, true),
        ("اعتقل بضع عشرات", Some(20), Some(99), false, true),
        ("نزح المئات", Some(200), Some(999), false, true),
        ("نزح بالمئات", Some(200), Some(999), false, true),
        ("نزح مئات المدنيين", Some(200), Some(999), false, true),
        ("نزح الآلاف", Some(2000), Some(9999), false, true),
        ("نزح آلاف المدنيين", Some(2000), Some(9999), false, true),
        ("نزح عشرات الآلاف", Some(20000), Some(99999), false, true),
        ("نزح مئات الآلاف", Some(200_000), Some(999_999), false, true),
        ("شن عدة غارات", Some(3), Some(10), false, true),
        ("شن عدّة غارات", Some(3), Some(10), false, true),
        ("استهدف بعدة غارات", Some(3), Some(10), false, true),
        ("قتل بضعة عناصر", Some(3), Some(10), false, true),
        ("قتل بضع عناصر", Some(3), Some(10), false, true),
        ("قتل عدد من العناصر", Some(3), Some(10), false, true),
        ("اعتقل عدداً من المطلوبين", Some(3), Some(10), false, true),
        ("نزح أكثر من عشرات الآلاف", Some(20000), N, true, true),
    ]);
    assert_eq!(one("اعتقل عشرات العناصر").noun.as_deref(), Some("العناصر"));
    assert_eq!(one("قتل العشرات من المدنيين").noun.as_deref(), Some("المدنيين"));
    assert_eq!(one("قتل عدد من العناصر").noun.as_deref(), Some("العناصر"));
}

#[test]
fn nouns() {
    assert_eq!(one("سلم 130 عنصراً أنفسهم").noun.as_deref(), Some("عنصراً"));
    assert_eq!(one("فر ثلاثمئة عنصر").noun.as_deref(), Some("عنصر"));
    assert_eq!(one("قتل نحو 40 منهم").noun, None);
    let s = "فر ثلاثمئة عنصر";
    let e = one(s);
    assert_eq!(&s[e.noun_start.unwrap()..e.noun_end.unwrap()], "عنصر");
}

#[test]
fn not_counts() {
    none(&[
        "وقع الهجوم في 21 يناير 2022 صباحاً",
        "في عام 2022 وقعت المعارك",
        "منذ العام 2011",
        "في 1436 هـ",
        "في 20-01-2022 اندلعت",
        "بتاريخ 2022/1/20",
        "في الساعة 10:30 صباحاً",
        "ارتفعت النسبة إلى 50%",
        "ارتفعت النسبة إلى 50 في المئة",
        "ارتفعت النسبة إلى 50 بالمئة",
        "انخفضت البطالة 7 من المائة",
        "بدأ القصف عند الساعة 9 ليلا",
        "وصل الوفد يوم اثنين",
        "في الفترة بين عامي 2014 حتى 2015",
        "ارتفعت النسبة إلى ٥٠٪",
        "يوم الثلاثاء الماضي",
        "يوم الاثنين الماضي",
        "صباح الإثنين",
        "قال أحد المسؤولين",
        "يوم الأحد",
        "الفصل الأول والثاني والسادس",
        "في المئة من الحالات",
        "جاء في عامي 2014 و2015",
        "في 20.01.2022",
        "لست متأكداً",
        "قال إن عدد القتلى كبير",
    ]);
}

#[test]
fn several_in_one_sentence() {
    let s = "قتل 5 أشخاص وأصيب نحو عشرين آخرين، فيما فر العشرات.";
    let v = find_numbers(s);
    let got: Vec<(Option<u64>, Option<u64>, bool, bool)> =
        v.iter().map(|e| (e.low, e.high, e.approx, e.vague)).collect();
    assert_eq!(
        got,
        vec![
            (Some(5), Some(5), false, false),
            (Some(20), Some(20), true, false),
            (Some(20), Some(99), false, true)
        ]
    );
    assert_eq!(v[1].text, "نحو عشرين");
}

#[test]
fn look_alikes() {
    none(&[
        "وبحوزتهم كميات كبيرة من الأسلحة",
        "وصلت كمية من المساعدات",
        "وقال بعده إن الوضع هادئ",
        "ومن بعده جاء القائد",
    ]);
    // A noun is never taken across a line break.
    let v = find_numbers("التعليقات 2\n\nالأكثر قراءة");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].noun, None);
}

/// Forms the claims crate's own parser used to read, now read here (one parser).
#[test]
fn forms_taken_over_from_the_claims_parser() {
    check(&[
        ("لم يتجاوز عددهم 15 شخصاً", N, Some(15), true, false),
        ("قد يصل العدد إلى ما يصل إلى 400 قتيل", N, Some(400), true, false),
        ("ما يفوق 300 نازح", Some(300), N, true, false),
        ("تخطى 5 آلاف", Some(5000), N, true, false),
        ("ناهز 70 قتيلاً", Some(70), Some(70), true, false),
        ("ما بين 100 إلى 300 شخص قتلوا", Some(100), Some(300), false, false),
        ("لا يتجاوز عددهم 20", N, Some(20), true, false),
        ("دمرت سيارتين اثنتين", Some(2), Some(2), false, false),
        ("11 ألفا و300 شخص", Some(11300), Some(11300), false, false),
    ]);
    // "وأكثر من" opens the next figure, it does not close this one
    let v = find_numbers("113 قتيلاً وأكثر من 4 آلاف جريح");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].low, v[0].high), (Some(113), Some(113)));
    assert_eq!((v[1].low, v[1].high), (Some(4000), None));
    // "100 قتيل وأكثر" is open above
    let e = one("سقط 100 قتيل وأكثر");
    assert_eq!((e.low, e.high, e.approx), (Some(100), None, true));
}
