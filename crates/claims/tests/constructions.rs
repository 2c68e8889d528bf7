//! The constructions of issue 10 items 2–5, in sentences written for these tests: figures
//! that count nothing (each must give no counted figure), toll structure (totals and their
//! parts), deaths and injuries in many wordings, stated zeros, denials, and sources.

mod common;

use riwaya_claims::ClaimExtractor;
use riwaya_model::Claim;

fn run(text: &str) -> Vec<Claim> {
    let n = common::names();
    let m = n.mentions(text);
    ClaimExtractor::new().extract(text, &m, &|id| n.subject_of(id))
}

fn scored(text: &str) -> Vec<Claim> {
    run(text).into_iter().filter(|c| c.quantity != "other").collect()
}

fn has(text: &str, kind: &str, low: Option<u64>, high: Option<u64>) -> Claim {
    let c = run(text);
    c.iter()
        .find(|c| c.quantity == kind && c.low == low && c.high == high)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} {low:?}-{high:?} in {text}: {:?}", c.iter().map(|c| (&c.quantity, c.low, c.high, &c.text)).collect::<Vec<_>>()))
}

/// Each false-fact class: no counted figure at all.
#[test]
fn figures_that_count_nothing() {
    let cases = [
        // illness is no injury
        "وأصيب 40 طفلا بالتسمم بعد تناول وجبة فاسدة.",
        "وأصيب أكثر من مليون شخص بالجوع الحاد في الإقليم.",
        "وأصيب 300 شخص بالكوليرا في المخيم.",
        // percentages
        "وارتفع عدد الإصابات 4 في المائة خلال الأسبوع.",
        "وتراجعت نسبة الوفيات إلى 12% بين المصابين.",
        // money
        "وقدرت الخسائر بنحو 300 مليون دولار، وقتل فيها الاقتصاد المحلي.",
        // calibres and weapon models
        "وعثر الجيش على حظيرة هاون 120 في موقع القتلى السابق.",
        "واستخدمت في القصف طائرات سوخوي 24 قرب مخيم النازحين.",
        // unit and brigade numbers
        "وتمركزت الفرقة 30 قرب المدينة بعد مقتل قائدها.",
        "واعتقلت عناصر اللواء 93 المشتبه بهم.",
        // article, resolution, law numbers
        "واستند الحكم إلى المادة 5 من قانون الإرهاب بحق المعتقلين.",
        "وطالب المجلس بتنفيذ القرار 2254 الخاص بالأسرى.",
        // match scores, rounds, bans
        "وفاز الفريق 3-1 في الجولة 12 من الدوري.",
        "وأوقف الاتحاد اللاعب ست مباريات بعد الشجار.",
        // ages, durations, years and plans
        "وقتل الرجل البالغ من العمر 45 عاما قبل ثلاثة أيام.",
        "وأطلقت الحكومة رؤية 2030 لإعادة إعمار مناطق النازحين.",
        "وأصيب في عام 2014 بجروح بالغة.",
        // phone numbers
        "وللإبلاغ عن المفقودين والجرحى يرجى الاتصال على الرقم 0912345678.",
        // magnitudes and measures
        "وضرب زلزال بقوة 6 درجات المنطقة المنكوبة وخلف دمارا.",
        // names and models with digits glued on
        "وسجلت إصابة جديدة بفيروس اتش5 في المزرعة.",
        // a verb never takes ل: "للأسر" is "for families"
        "وخصص المخيم 16 جناحا للأسر النازحة.",
        // trade is no exchange of people
        "ووقع البلدان اتفاق تبادل تجاري بعدة ملايين.",
        // a weapon's name is no escape
        "وتسلمت البحرية 20 صاروخا طراز هاربون.",
        // a vague quantifier after its noun
        "وقضى الوفد أياما عدة في المدينة.",
        // a definite toll word after "بدون" describes, it states no zero
        "وخاض الفريق المباراة بدون نجومه المصابين.",
        // fractions: "three quarters" of an area
        "واستعادت القوات أكثر من ثلاثة أرباع مساحة الإقليم.",
        // a price in a transfer is no exchange of people
        "وانتقل المهاجم إلى النادي مقابل 40 مليونا.",
        // "رؤساء تحرير": editors, not a liberation
        "والتقى الوزير رؤساء تحرير الصحف وعددا من الكتاب.",
        // "الأسر" as families
        "وشارك في المعرض أجنحة الأسر المنتجة بحضور أكثر من خمسين عارضة.",
        // "واحدة من أكثر": "one of", no count
        "وأحيا السكان ذكرى ضحايا واحدة من أكثر الكوارث دموية في البلاد.",
        // "تصب في": flows into
        "ونفذت الجمعية عدة برامج أخرى تصب في مصلحة الطفل.",
        // charges in a court case
        "وأدين المتهم بـ12 تهمة قتل وعشرات التهم الأخرى.",
        // "رؤساء تحرير بعض الصحف": editors
        "والتقى الوزير رؤساء تحرير بعض الصحف وعددا من الكتاب.",
        // liberated administrative units are territory
        "وأعلن المحافظ تحرير 12 وحدة إدارية من التنظيم.",
        // "أكبر عدد من الضحايا": a superlative, no count
        "ويختار المهاجم المساجد بحثا عن أكبر عدد من الضحايا.",
        // households of the injured are no injured
        "واستقبلت الجمعية الخيرية 20 أسرة من المصابين في مساكنها.",
    ];
    for t in cases {
        let s = scored(t);
        assert!(s.is_empty(), "{t}: {:?}", s.iter().map(|c| (&c.quantity, c.low, &c.text)).collect::<Vec<_>>());
    }
}

#[test]
fn one_family_is_no_second_figure() {
    let s = scored("وقتل خمسة أشخاص من عائلة واحدة في القصف.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!((s[0].quantity.as_str(), s[0].low), ("killed", Some(5)));
}

#[test]
fn deaths_in_many_wordings() {
    has("ولقي 14 شخصا حتفهم في الفيضان.", "killed", Some(14), Some(14));
    has("وفارق 3 مصابين الحياة في المستشفى.", "killed", Some(3), Some(3));
    has("وسجلت المستشفيات 57 حالة وفاة.", "killed", Some(57), Some(57));
    has("وبلغت الحصيلة 210 وفيات في المدينة.", "killed", Some(210), Some(210));
    has("وانتشلت فرق الإنقاذ 88 جثة من تحت الأنقاض.", "killed", Some(88), Some(88));
    has("وفقد 640 شخصا حياتهم في الزلزال.", "killed", Some(640), Some(640));
    has("وأدى الانهيار إلى فقدان 31 عاملا حياتهم.", "killed", Some(31), Some(31));
    has("ودفن الأهالي 19 جثمانا في مقبرة جماعية.", "killed", Some(19), Some(19));
}

#[test]
fn injuries_and_their_wordings() {
    has("ونقل إلى المستشفيات 430 مصابا.", "wounded", Some(430), Some(430));
    has("وسجلت 26 حالة اختناق بين السكان.", "wounded", Some(26), Some(26));
    // the noun right after the figure names it, whatever was named before
    let c = scored("وارتفعت الحصيلة إلى 75 قتيلا و310 إصابات.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(75)), "{c:?}");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(310)), "{c:?}");
    // a masdar after و governs the next figure
    let c = scored("وأعلنت الوزارة مقتل 61 وإصابة 140 في القصف.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(61)), "{c:?}");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(140)), "{c:?}");
}

#[test]
fn killed_and_wounded_together() {
    has("وسقط 80 على الأقل بين قتيل وجريح في الانفجار.", "casualties", Some(80), None);
    has("وقتل وأصيب 45 شخصا في الهجوم.", "casualties", Some(45), Some(45));
    has("وأسفر القصف عن مقتل وجرح أكثر من 20 مدنيا.", "casualties", Some(20), None);
    // two verbs with a figure each are two figures
    let c = scored("وقتل 12 شخصا وأصيب 30 آخرون في القصف.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(12)), "{c:?}");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(30)), "{c:?}");
}

#[test]
fn homeless_are_displaced() {
    has("وفقد نحو 12 ألف شخص منازلهم في العاصفة.", "displaced", Some(12000), Some(12000));
    has("وقال المحافظ إن بين 40 و50 ألف شخص باتوا من دون منازل.", "displaced", Some(40000), Some(50000));
    has("وأحصت البلدية قرابة 900 مشرد في المدينة.", "displaced", Some(900), Some(900));
}

#[test]
fn toll_phrases_name_a_later_figure() {
    has("وارتفع عدد قتلى العاصفة في البلاد إلى 412.", "killed", Some(412), Some(412));
    has("وقالت الوزارة إن حصيلة الوفيات في الإقليم تجاوزت 3 آلاف.", "killed", Some(3000), None);
    has("وقال المسؤول إن عدد النازحين في المخيمات وصل إلى نحو 60 ألفا.", "displaced", Some(60000), Some(60000));
}

#[test]
fn tolls_and_their_parts() {
    let c = scored("وارتفعت حصيلة القتلى إلى 102، بينهم 7 مدنيين.");
    let total = c.iter().position(|c| c.low == Some(102)).expect("total");
    let part = c.iter().find(|c| c.low == Some(7)).expect("part");
    assert_eq!(part.quantity, "killed");
    assert_eq!(part.subject.as_deref(), Some("civilians"));
    assert_eq!(part.part_of, Some(total));
    assert_eq!(c[total].part_of, None);
    // a list of parts: each its own claim and subject
    let c = scored("وقتل 40 شخصا بينهم 25 من داعش و15 مدنيا.");
    let p1 = c.iter().find(|c| c.low == Some(25)).expect("first part");
    let p2 = c.iter().find(|c| c.low == Some(15)).expect("second part");
    assert_eq!((p1.quantity.as_str(), p1.subject.as_deref()), ("killed", Some("ISIS")));
    assert_eq!((p2.quantity.as_str(), p2.subject.as_deref()), ("killed", Some("civilians")));
    assert!(p1.part_of.is_some() && p2.part_of.is_some(), "{c:?}");
    // "منهم"
    let c = scored("وأصيب 300 شخص، 40 منهم في حالة خطرة.");
    let p = c.iter().find(|c| c.low == Some(40)).expect("part");
    assert_eq!((p.quantity.as_str(), p.part_of.is_some()), ("wounded", true));
    // a total, a colon and its parts, each with its side
    let c = scored("وبلغت حصيلة القتلى 102: 61 من داعش و34 من قسد و7 مدنيين.");
    let total = c.iter().position(|c| c.low == Some(102)).expect("total");
    for (v, subj) in [(61, "ISIS"), (34, "SDF"), (7, "civilians")] {
        let p = c.iter().find(|c| c.low == Some(v)).unwrap_or_else(|| panic!("part {v}: {c:?}"));
        assert_eq!((p.quantity.as_str(), p.subject.as_deref(), p.part_of), ("killed", Some(subj), Some(total)), "{c:?}");
    }
    // the side named before the figure in a toll phrase
    let c = scored("وبلغت حصيلة القتلى في صفوف داعش 45 شخصا.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(45) && c.subject.as_deref() == Some("ISIS")), "{c:?}");
    // a list of figures by place goes on with the same kind
    has("ونزح 800 شخص في القرية الأولى و1200 شخص في الثانية.", "displaced", Some(1200), Some(1200));
}

#[test]
fn a_list_noun_of_no_scored_kind_is_other() {
    let c = run("وسجلت السلطات 230 قتيلا و410 مفقودين.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(230)), "{c:?}");
    assert!(!c.iter().any(|c| c.quantity != "other" && c.low == Some(410)), "{c:?}");
}

#[test]
fn victims_kinds_are_civilians() {
    for t in ["وقتل 12 مصليا في المسجد.", "وقتل 6 طلاب في الحافلة.", "وقتل 5 صحفيين في الغارة.", "وقتل 8 مسعفين خلال عملهم.", "وقتل 30 فلسطينيا في القصف."] {
        let s = scored(t);
        assert!(s.iter().any(|c| c.quantity == "killed" && c.subject.as_deref() == Some("civilians")), "{t}: {s:?}");
    }
}

#[test]
fn more_of_the_same_are_additional() {
    let c = scored("وحررت القوات 7 رهائن، ثم حررت تسعة رهائن آخرين.");
    let x = c.iter().find(|c| c.low == Some(9)).expect("nine");
    assert!(x.additional, "{x:?}");
    assert!(!c.iter().find(|c| c.low == Some(7)).unwrap().additional);
}

#[test]
fn stated_zeros() {
    let c = scored("وقالت مديرية الصحة إنه لم تسجل وفيات جراء الهزة.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(0) && c.high == Some(0)), "{c:?}");
    let c = scored("ولم ترد أنباء عن سقوط ضحايا أو مصابين.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(0)), "{c:?}");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(0)), "{c:?}");
    let c = scored("وانهارت شرفتان دون إصابات.");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(0)), "{c:?}");
    // nobody, of any kind
    let c = scored("وقالت الإدارة إنه لم يتمكن أي سجين من الفرار.");
    assert!(c.iter().any(|c| c.quantity == "escaped" && c.low == Some(0) && c.high == Some(0)), "{c:?}");
    let c = scored("ولم يصب أحد في الحادث.");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(0)), "{c:?}");
    let c = scored("ولم يسجل أي قتيل في صفوف المدنيين.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(0)), "{c:?}");
    // an unknown toll is no zero
    for t in ["كي لا يصبح المدنيون ضحايا للحرب.", "ولا يستثنى من ذلك حالة وفاة واحدة.", "ولا أحد يعرف عدد القتلى حتى الآن.", "ولم تعرف حصيلة الضحايا حتى الآن.", "ولا تزال فرق الإنقاذ تبحث عن ضحايا تحت الأنقاض.", "ولا توجد معلومات عن ضحايا."] {
        assert!(scored(t).is_empty(), "{t}: {:?}", scored(t));
    }
}

#[test]
fn denied_figures_are_kept_as_denied() {
    let c = scored("ونفى الهلال الأحمر أن يكون عدد القتلى قد بلغ 900 شخص.");
    let x = c.iter().find(|c| c.low == Some(900)).expect("figure");
    assert!(x.denied, "{x:?}");
    assert!(!x.denied_by.is_empty(), "{x:?}");
    let c = scored("ونفى مصدر أمني فرار المئات من السجن.");
    let x = c.iter().find(|c| c.quantity == "escaped").expect("escaped");
    assert!(x.denied && (x.low, x.high) == (Some(200), Some(999)), "{x:?}");
    let c = scored("وقال مصدر أمني إنه لا صحة لمقتل 40 عنصرا من الجيش.");
    assert!(c.iter().find(|c| c.low == Some(40)).is_some_and(|c| c.denied), "{c:?}");
    // not denied: a plain report
    let c = scored("وقال مصدر أمني إن 40 عنصرا قتلوا.");
    assert!(c.iter().all(|c| !c.denied), "{c:?}");
}

/// (text, kind, low, innermost source words or "" for the outlet's voice)
const SOURCES: &[(&str, &str, u64, &str)] = &[
    // a relay inside a prepositional frame: the inner source
    ("وقتل 16 شخصا في الغارة، بحسب ما نقلت وكالة الأنباء عن مسؤول في البلدية.", "killed", 16, "مسؤول في البلدية"),
    ("وأصيب 23 شخصا، وفق ما نقلته الصحيفة عن مصادر طبية.", "wounded", 23, "مصادر طبية"),
    ("ونزح 900 شخص، وفق ما أفادت به منظمة الهجرة.", "displaced", 900, "منظمة الهجرة"),
    // "حسبما"/"بحسبما" written as one word, as the frame and its "ما"
    ("وقتل 14 شخصا في القصف، حسبما أفاد مرصد محلي.", "killed", 14, "مرصد محلي"),
    ("وأصيب 9 آخرون بحسبما ذكرت مصادر طبية.", "wounded", 9, "مصادر طبية"),
    // "في بيان" is how, not who
    ("وقال المكتب الإعلامي للشرطة في بيان إن 7 أشخاص قتلوا.", "killed", 7, "المكتب الإعلامي للشرطة"),
    ("وأوضحت اللجنة في تقرير لها أن 31 شخصا أصيبوا.", "wounded", 31, "اللجنة"),
    // the outlet spoken to is outer, not part of the source
    ("وأكد مصدر أمني لـ\"الجزيرة\" مقتل 13 شخصا.", "killed", 13, "مصدر أمني"),
    // a statistic of a body is that body's
    ("وبحسب إحصائية لوزارة الداخلية، قتل 19 شخصا.", "killed", 19, "وزارة الداخلية"),
    // a statistic "issued by" a body, after "لآخر"
    ("وقتل 35 شخصا، وفقا لآخر إحصائية صادرة عن وزارة الصحة.", "killed", 35, "وزارة الصحة"),
    // a report without a complement ends where the outlet's background begins
    ("وأعلنت الحكومة حالة الطوارئ في الإقليم، وسط مخاوف من تكرار كارثة العام الماضي التي خلفت 70 قتيلا.", "killed", 70, ""),
    ("وحذرت الهيئة من أمطار غزيرة، في حين أودت سيول مماثلة بحياة 12 شخصا الشهر الماضي.", "killed", 12, ""),
    // two sources, each its own value of the toll
    ("وقتل 41 شخصا بحسب الأمم المتحدة، و48 بحسب المرصد المحلي.", "killed", 41, "الأمم المتحدة"),
    ("وقتل 41 شخصا بحسب الأمم المتحدة، و48 بحسب المرصد المحلي.", "killed", 48, "المرصد المحلي"),
    // one frame after the figures covers them all
    ("وقتل 5 أشخاص وأصيب 12 آخرون، بحسب الدفاع المدني.", "killed", 5, "الدفاع المدني"),
    // a statement, a prepositional frame over a later toll noun
    ("ووفق حصيلة جديدة لوزارة الصحة، ارتفع عدد القتلى إلى 230.", "killed", 230, "وزارة الصحة"),
    ("وبحسب البيان الصادر عن الدفاع المدني، بلغت الحصيلة 140 حالة وفاة.", "killed", 140, "البيان الصادر عن الدفاع المدني"),
    // nested: a speaker inside an agency's report
    ("وذكرت وكالة الأنباء أن وزير الصحة قال إن 75 شخصا قتلوا.", "killed", 75, "وزير الصحة"),
    ("وأشار تقرير الأمم المتحدة، نقلا عن منظمة الهجرة، إلى أن 9 آلاف شخص نزحوا.", "displaced", 9000, "منظمة الهجرة"),
    // a spokeswoman, a named place after the source
    ("وأفادت متحدثة باسم الوزارة بأن 66 شخصا لقوا حتفهم.", "killed", 66, "متحدثة باسم الوزارة"),
    ("وقال مسؤول في الأمم المتحدة إن 18 شخصا أصيبوا.", "wounded", 18, "مسؤول في الأمم المتحدة"),
    // a heading subject before a comma
    ("مديرية الصحة، قالت إن 12 شخصا أصيبوا.", "wounded", 12, "مديرية الصحة"),
    // the chain goes on across sentences
    ("وقال المتحدث باسم الدفاع المدني إن فرقه تعمل بلا توقف. وأضاف أن 37 جثة انتشلت.", "killed", 37, "المتحدث باسم الدفاع المدني"),
    // estimates inside a speaker's report stay the speaker's
    ("وقال مدير المستشفى إن التقديرات الأولية تشير إلى 120 قتيلا.", "killed", 120, "مدير المستشفى"),
    // the outlet's own aside
    ("يذكر أن القصف أسفر عن مقتل 17 مدنيا.", "killed", 17, ""),
    // an estimate verb with a named subject
    ("وقدرت الاستخبارات أن 300 شخص قتلوا.", "killed", 300, "الاستخبارات"),
    // the toll of a named body is its word
    ("وبلغت حصيلة الأمم المتحدة 500 قتيل في المنطقة.", "killed", 500, "الأمم المتحدة"),
    // a body named by a source noun after "في"
    ("وقال وزير الصحة في حكومة الإقليم إن 44 شخصا أصيبوا.", "wounded", 44, "وزير الصحة في حكومة الإقليم"),
    // a long subject before its verb, inside an agency's report
    ("وذكرت الوكالة أن رئيس الحكومة المكلفة من مجلس النواب في الشرق قال إن 60 شخصا قتلوا.", "killed", 60, "رئيس الحكومة المكلفة من مجلس النواب"),
    // a report without a complement ends with its clause
    ("وأعلنت الحكومة ارتفاع عدد القتلى إلى 50، حيث غصت المستشفيات بمئات الجرحى.", "wounded", 200, ""),
    // "جاء في بيان X": X speaks; "جاء البيان بعد …" only says it came
    ("وجاء في بيان الهيئة أن 25 شخصا قتلوا.", "killed", 25, "بيان الهيئة"),
    ("وجاء البيان بعد ساعات من مقتل 9 أشخاص في القصف.", "killed", 9, ""),
    // a document named again is the last source
    ("أعلنت وزارة الصحة أن 30 شخصا قتلوا. وجاء في الوثيقة المرسلة إلى البرلمان أن 40 آخرين أصيبوا.", "wounded", 40, "وزارة الصحة"),
    // a later outlet relays the earlier source
    ("وأودى الانفجار بحياة 150 شخصا، وفق ما أكدت وزارة الصحة، بحسب وكالة الأنباء الرسمية.", "killed", 150, "وزارة الصحة"),
    // a conclusion is a report
    ("وخلص المحققون إلى أن 40 شخصا قتلوا في القصف.", "killed", 40, "المحققون"),
    // a complement after another reporting word is that word's
    ("وأعلن الجيش مقتل 12 مسلحا، لكن الجماعة نفت ذلك، مؤكدة أن عناصرها انسحبوا.", "killed", 12, "الجيش"),
    // a hashtag goes on with its source phrase
    ("وقُتل 40 مدنيا وفق روايات #شهود في المدينة.", "killed", 40, "روايات #شهود"),
    // a speaker's own information is no new source
    ("وقال المتحدث باسم الجيش: \"حسب معلومات استخبارية لدينا، قتل 14 مسلحا في الغارة\".", "killed", 14, "المتحدث باسم الجيش"),
    // quotes that pair up within a sentence carry nothing on to the next
    ("وطالب المجلس في بيان له \"بتحقيق فوري، متهما الجيش بالقصف\". وقُتل 14 مدنيا في القرية.", "killed", 14, ""),
];

#[test]
fn sources() {
    let mut bad = Vec::new();
    for (t, kind, low, src) in SOURCES {
        let c = run(t);
        let Some(x) = c.iter().find(|c| c.quantity == *kind && c.low == Some(*low)) else {
            bad.push(format!("MISSED {kind} {low} in {t}: {:?}", c.iter().map(|c| (&c.quantity, c.low)).collect::<Vec<_>>()));
            continue;
        };
        // a source after a frame may keep its preposition ("لوزارة الصحة")
        let inner = x.attribution.last().map(|s| riwaya_text::normalize_str(s).trim_start_matches('ل').to_string()).unwrap_or_default();
        let want = riwaya_text::normalize_str(src);
        let ok = if src.is_empty() { inner.is_empty() } else { inner == want };
        if !ok {
            bad.push(format!("SOURCE {:?} != {src:?} in {t}", x.attribution));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The same words where they do count: captured fighters, an exchange of prisoners, one soldier.
#[test]
fn near_misses_still_count() {
    has("وأسر المقاتلون 6 جنود في الهجوم.", "arrested", Some(6), Some(6));
    has("وأفرجت السلطات عن 20 معتقلا مقابل 5 أسرى.", "released", Some(5), Some(5));
    has("وقتل جندي واحد من الجيش في الاشتباك.", "killed", Some(1), Some(1));
    has("وقالت الشرطة إنه لم يصب أحد في الحادث.", "wounded", Some(0), Some(0));
    // the killed have their own figure a few words before: the wounded are apart
    has("وكان 5 من المسلحين وعناصر الحراسة قتلوا وأصيب اثنان آخران في الهجوم.", "wounded", Some(2), Some(2));
    // a part of a count of attacks is no part of the toll
    let s = scored("ونفذ المتشددون 11 عملية أوقعت عشرات القتلى، منها ثماني عمليات هذا العام.");
    assert!(s.len() == 1 && s[0].low == Some(20), "{s:?}");
    // a firefight is no exchange of prisoners; the soldiers fell
    let s = scored("ووقع تبادل لإطلاق النار أدى إلى سقوط 11 عسكريا.");
    assert!(s.iter().all(|c| c.quantity != "released"), "{s:?}");
    has("وأصيب أفراد 3 عائلات بجروح في القصف.", "wounded", Some(3), Some(3));
    // wounded and then ill: the wound counts
    has("وأصيب 14 شخصا بجروح خطيرة في القصف.", "wounded", Some(14), Some(14));
}

fn subject_of(text: &str, kind: &str, low: u64) -> Option<String> {
    let c = run(text);
    c.iter()
        .find(|c| c.quantity == kind && c.low == Some(low))
        .unwrap_or_else(|| panic!("no {kind} {low} in {text}: {:?}", c.iter().map(|c| (&c.quantity, c.low, &c.text)).collect::<Vec<_>>()))
        .subject
        .clone()
}

/// Whose people: the victims' own words (subjects.tsv), their construct forms, the staff of
/// a humanitarian body, a toll phrase naming them; the doer after «برصاص» is not them.
#[test]
fn subjects_in_general_form() {
    let civ = Some("civilians".to_string());
    for t in [
        "وقتل 14 نازحا في قصف استهدف المخيم.",
        "وأصيب 9 لاجئين في الحريق.",
        "وقتل 7 من موظفي الإغاثة خلال الهجوم على القافلة.",
        "وقتل 11 من العاملين في المجال الإنساني منذ بداية الحرب.",
        "وأصيب 6 من الكوادر الطبية أثناء نقل الجرحى.",
        "وقتل 4 من متطوعي الهلال الأحمر في القصف.",
        "وأصيب خمسة من عناصر الدفاع المدني خلال إخماد الحريق.",
        "وقتل 20 طالبا في المدرسة.",
        "وقتل 3 من السكان في القرية.",
        "وقتل 8 مدنيين برصاص قوات الأمن.",
    ] {
        let s = scored(t);
        assert!(s.iter().any(|c| c.subject == civ), "{t}: {s:?}");
    }
    assert_eq!(subject_of("وقال مسؤول إن 13 من موظفي منظمة الأمم المتحدة قتلوا.", "killed", 13), civ);
    // «كوادر»: a humanitarian body's staff are civilians; an armed group's are that group.
    assert_eq!(subject_of("وقتل ثلاثة من كوادر منظمة أطباء بلا حدود في قصف على المستشفى.", "killed", 3), civ);
    assert_eq!(subject_of("وأصيب أربعة من كوادر الهلال الأحمر خلال القصف.", "wounded", 4), civ);
    assert_eq!(subject_of("وقتل خمسة من كوادر تنظيم داعش في غارة على مخبئهم.", "killed", 5), Some("ISIS".to_string()));
    assert_eq!(subject_of("وارتفعت حصيلة القتلى المدنيين إلى 45.", "killed", 45), civ);
    assert_eq!(subject_of("وبلغ عدد الضحايا من الأطفال 12.", "killed", 12), civ);
    assert_eq!(subject_of("وكان المخيم يؤوي نحو 80 ألف نازح قبل الهجوم.", "displaced", 80000), civ);
    // negatives: a toll with no victims' word keeps no subject; the doer is not counted
    assert_eq!(subject_of("وارتفعت حصيلة القتلى في المدينة إلى 45.", "killed", 45), None);
    assert_eq!(subject_of("وقتل 8 أشخاص برصاص قوات الأمن.", "killed", 8), None);
    assert_eq!(subject_of("ونزح أكثر من 2000 شخص من القرى.", "displaced", 2000), None);
}

/// Forced flight is displacement; flight from a prison stays an escape.
#[test]
fn forced_flight_is_displacement() {
    has("وأجبر القصف الآلاف على الفرار من منازلهم.", "displaced", Some(2000), Some(9999));
    has("واضطر 5 آلاف شخص إلى النزوح نحو الجنوب.", "displaced", Some(5000), Some(5000));
    has("وقد فر نحو 3000 شخص من البلدة بعد المعارك.", "displaced", Some(3000), Some(3000));
    has("وقد فر 40 سجينا من السجن المركزي.", "escaped", Some(40), Some(40));
    has("وهاجم المسلحون السجن ليلا، وقد فر 25 منهم.", "escaped", Some(25), Some(25));
    // negatives: forced to do something else, paid money
    let s = scored("وأجبرت الشركة 300 عامل على العمل ليلا.");
    assert!(s.is_empty(), "{s:?}");
    let s = scored("ودفعت الحكومة 500 مليون على مشاريع الإعمار.");
    assert!(s.is_empty(), "{s:?}");
}

/// A part list ending in a dual with «و» glued on, and a toll phrase whose kind comes from
/// the noun after the figure.
#[test]
fn parts_and_toll_phrases_carry_their_victims() {
    let c = scored("وأسفر القصف عن مقتل 9 أشخاص، بينهم 4 أطفال وامرأتان.");
    let two = c.iter().find(|c| c.low == Some(2)).unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!((two.quantity.as_str(), two.subject.as_deref()), ("killed", Some("civilians")));
    assert!(two.part_of.is_some(), "{two:?}");
    assert_eq!(subject_of("وبلغ عدد القتلى المدنيين منذ بدء المعارك 640 قتيلا.", "killed", 640), Some("civilians".into()));
    // a plural in -ين is no dual: "مواطنين" alone counts nothing
    let s = scored("والتقى المحافظ مواطنين في السوق.");
    assert!(s.is_empty(), "{s:?}");
}

/// A heading "X لـ\"Y\": …" names its speaker (the outlet spoken to outer); one outlet's
/// relay told twice, once with its source, is one claim; «المصادر نفسها» goes back.
#[test]
fn headings_relays_and_sources_named_again() {
    let c = scored("وزير الصحة لـ\"الوكالة\": 70 قتيلا في القصف");
    assert_eq!(c.first().map(|c| c.attribution.clone()), Some(vec!["الوكالة".to_string(), "وزير الصحة".to_string()]), "{c:?}");
    let c = scored("وقتل 52 شخصا، وفق ما نقلته وكالة الأنباء عن مصادر طبية. وقال مسعف للأنباء إن الحصيلة بلغت 52 قتيلا.");
    assert_eq!(c.iter().filter(|c| c.low == Some(52)).count(), 1, "{c:?}");
    let c = scored("وأفادت مصادر محلية بمقتل 14 شخصا. وبحسب المصادر نفسها، أصيب 20 آخرون.");
    let w = c.iter().find(|c| c.quantity == "wounded").unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!(w.attribution, vec!["مصادر محلية".to_string()]);
    // a body named again by its own short name stays as written
    let c = scored("وقال المرصد إن 6 أشخاص قتلوا.");
    assert_eq!(c[0].attribution, vec!["المرصد".to_string()]);
}

/// More of the same after a figure («و153 أخرى»), a toll phrase with an adjective and «لل»
/// («العدد المؤكد للقتلى»), a part counted among a toll («من بين الضحايا»).
#[test]
fn more_toll_wordings() {
    has("وانتشلت الفرق 240 جثة يوم السبت، و95 أخرى يوم الأحد.", "killed", Some(95), Some(95));
    has("وقالت البلدية إن العدد النهائي للقتلى بلغ 61 شخصا.", "killed", Some(61), Some(61));
    has("وأكد أن 12 طفلا من بين الضحايا.", "killed", Some(12), Some(12));
    has("وأشار إلى أن 5 نساء بين الجرحى.", "wounded", Some(5), Some(5));
    // negatives: among the guests, the final number of seats; more of a thing
    let s = scored("وأكد أن 12 طفلا من بين المدعوين إلى الحفل.");
    assert!(s.is_empty(), "{s:?}");
    let s = scored("وقال إن العدد النهائي للمقاعد بلغ 61 مقعدا.");
    assert!(s.is_empty(), "{s:?}");
    let s = scored("ووزعت الجمعية 300 سلة غذائية، و200 أخرى أمس.");
    assert!(s.is_empty(), "{s:?}");
}

/// The people a camp or shelter hosts are displaced civilians; hosting elsewhere is nothing.
#[test]
fn a_camps_people_are_displaced() {
    let c = has("وكان المخيم يؤوي قرابة 90 ألف شخص قبل القصف.", "displaced", Some(90000), Some(90000));
    assert_eq!(c.subject.as_deref(), Some("civilians"));
    has("وتستضيف مراكز الإيواء في المدينة نحو 3 آلاف عائلة.", "displaced", Some(3000), Some(3000));
    // negatives: a delegation, a stadium, fighters in a camp
    has("ويضم معسكر النازحين نحو 60 ألف شخص.", "displaced", Some(60000), Some(60000));
    for t in [
        "ويضم الوفد 12 شخصا من الوزارة.",
        "ويتسع الملعب ويضم 40 ألف متفرج.",
        "ويضم المعسكر 800 مقاتل.",
        "وبدأ الفريق معسكره التدريبي بعثة ضمت 30 شخصا.",
        // fighters who had to leave are not displaced
        "وأشارت المصادر إلى أن عشرات المسلحين اضطروا لمغادرة المبنى.",
    ] {
        let s = scored(t);
        assert!(s.iter().all(|c| c.quantity != "displaced"), "{t}: {s:?}");
    }
}

/// "من جنوده"، "من عناصرها": the speaker's own people, or those of the body the sentence is about.
#[test]
fn own_people_belong_to_the_speaker() {
    assert_eq!(subject_of("وأعلنت قوات سوريا الديمقراطية مقتل 8 من مقاتليها في الهجوم.", "killed", 8).as_deref(), Some("SDF"));
    assert_eq!(subject_of("وقال تنظيم داعش إن 11 من عناصره قتلوا.", "killed", 11).as_deref(), Some("ISIS"));
    // a noun that merely ends in ة is no possessive
    assert_eq!(subject_of("وقالت قسد إن 4 من طلبة المدرسة قتلوا.", "killed", 4).as_deref(), Some("civilians"));
}

/// «في صفوف X»، «من سكان X»; a force's members are no armed group's fighters.
#[test]
fn ranks_residents_and_forces() {
    assert_eq!(subject_of("وأسفرت المواجهات عن سقوط 17 قتيلا في صفوف المدنيين.", "killed", 17).as_deref(), Some("civilians"));
    assert_eq!(subject_of("وقتل 26 شخصا من سكان القرية.", "killed", 26).as_deref(), Some("civilians"));
    // the police are not the armed group named in the sentence before
    assert_eq!(subject_of("وهاجم تنظيم داعش البلدة. وقتل 5 من عناصر الشرطة.", "killed", 5).as_deref(), None);
}

/// A count of places the wounded were taken to is no second count of wounded.
#[test]
fn hospitals_the_wounded_went_to_are_not_wounded() {
    let c = scored("وأكد المدير العام أن فرق الإسعاف نقلت 50 مصابا على 8 مستشفيات في المنطقة.");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(50)), "{c:?}");
    assert!(c.iter().all(|c| !(c.quantity == "wounded" && c.low == Some(8))), "{c:?}");
    let c = scored("ووزع الجرحى الـ30 على أربع مشاف ميدانية.");
    assert!(c.iter().all(|c| c.low != Some(4) || c.quantity == "other"), "{c:?}");
}

/// Displaced people killed or hurt are victims of the verb, not a count of displacement.
#[test]
fn displaced_people_killed_are_victims() {
    let c = has("وقتل 27 نازحا في قصف استهدف مدرسة.", "killed", Some(27), Some(27));
    assert_eq!(c.subject.as_deref(), Some("civilians"));
    has("واستشهد 13 من النازحين في غارة على خيامهم.", "killed", Some(13), Some(13));
    has("وأصيب 9 نازحين بجروح في القصف.", "wounded", Some(9), Some(9));
    // negatives: the displaced counted as such stay displaced
    has("ونزح 4 آلاف شخص من القرى.", "displaced", Some(4000), Some(4000));
    has("ووصل 300 نازح إلى المخيم.", "displaced", Some(300), Some(300));
    let s = scored("وقتل 27 نازحا في القصف.");
    assert!(s.iter().all(|c| c.quantity != "displaced"), "{s:?}");
}

/// «تجاوز عدد X N»: the verb of exceeding before the toll head makes N a lower bound;
/// «ناهز عدد X N» makes it approximate; «بلغ عدد X N» stays exact.
#[test]
fn exceeding_before_the_toll_head() {
    let c = has("وتجاوز عدد النازحين 10 آلاف شخص.", "displaced", Some(10000), None);
    assert!(c.approx);
    let c = has("وفاقت حصيلة القتلى 300 قتيل بحسب مصادر طبية.", "killed", Some(300), None);
    assert!(c.approx);
    let c = has("وناهز عدد الجرحى 50 جريحا.", "wounded", Some(50), Some(50));
    assert!(c.approx);
    // negatives: reaching is exact; an exceeding verb elsewhere changes nothing
    let c = has("وبلغ عدد القتلى 45 قتيلا.", "killed", Some(45), Some(45));
    assert!(!c.approx);
    let c = has("وتجاوزت القوات النهر، وقتل 12 شخصا.", "killed", Some(12), Some(12));
    assert!(!c.approx);
}

/// People in a critical state are wounded, with or without a toll before them.
#[test]
fn critical_state_is_wounded() {
    has("وأكد المصدر أن 6 منهم في حالة خطرة.", "wounded", Some(6), Some(6));
    has("وقال الطبيب إن 11 شخصا في حالة حرجة.", "wounded", Some(11), Some(11));
    // negative: a case count of something else
    let s = scored("وسجلت 11 حالة في المدينة.");
    assert!(s.is_empty(), "{s:?}");
}

/// «قال X لـY»: the outlet spoken to is the outer source, glued «ل» or not.
#[test]
fn the_outlet_spoken_to_is_outer() {
    let c = has("وقال مسؤول في وزارة الصحة لرويترز إن 40 شخصا أصيبوا.", "wounded", Some(40), Some(40));
    assert_eq!(c.attribution, vec!["رويترز".to_string(), "مسؤول في وزارة الصحة".to_string()], "{c:?}");
    let c = has("وقال المتحدث باسم الدفاع المدني لوكالة الأناضول إن 25 شخصا لقوا حتفهم.", "killed", Some(25), Some(25));
    assert_eq!(c.attribution.len(), 2, "{c:?}");
    assert_eq!(c.attribution[1], "المتحدث باسم الدفاع المدني");
}

/// A report whose object is a verbal noun ends with its clause: «، ونفذت …» is the
/// outlet's own telling again, and the object is no part of the source.
#[test]
fn a_report_without_complement_ends_with_its_clause() {
    let c = has("وأعلن الجيش انتهاء الهدنة، ونفذت طائراته 12 غارة على المدينة.", "strikes", Some(12), Some(12));
    assert!(c.attribution.is_empty(), "{c:?}");
    // negative: the same report going on with a second figure keeps its source
    let c = has("وأعلنت الوزارة مقتل 5 أشخاص، وإصابة 10 آخرين.", "wounded", Some(10), Some(10));
    assert_eq!(c.attribution, vec!["الوزارة".to_string()], "{c:?}");
}

/// «منهم» at the head of the next sentence points back to the figure before it.
#[test]
fn of_them_in_the_next_sentence() {
    let c = scored("وقالت المنظمة إن فرقها عالجت 85 جريحا. وأضافت أن 14 منهم أطفال.");
    let p = c.iter().find(|c| c.low == Some(14)).unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!((p.quantity.as_str(), p.subject.as_deref(), p.part_of.is_some()), ("wounded", Some("civilians"), true), "{c:?}");
    // negatives: no figure in the sentence before; a thing counted
    let s = scored("وزار الوفد المدينة. وأضاف أن 14 منهم أطفال.");
    assert!(s.is_empty(), "{s:?}");
    let s = scored("وقتل 20 شخصا. ودمرت 5 منها منازل.");
    assert!(s.iter().all(|c| c.low != Some(5)), "{s:?}");
}

/// Protesters, migrants, passengers, tourists, mourners, a family's members: no party's fighters.
#[test]
fn more_kinds_of_civilians() {
    for (t, k, v) in [
        ("وأصيب 15 من المتظاهرين برصاص قوات الأمن.", "wounded", 15),
        ("وقتل 30 مهاجرا قبالة السواحل.", "killed", 30),
        ("وقتل 12 راكبا في استهداف الحافلة.", "killed", 12),
        ("وقتل 10 من أفراد عائلة واحدة في القصف.", "killed", 10),
        ("وأصيب 7 من المشيعين في التفجير.", "wounded", 7),
    ] {
        assert_eq!(subject_of(t, k, v).as_deref(), Some("civilians"), "{t}");
    }
    // negative: a force's members stay no civilians
    assert_ne!(subject_of("وقتل 6 من أفراد الشرطة في الهجوم.", "killed", 6).as_deref(), Some("civilians"));
}

/// «وأضافت المنظمة» after «قالت منظمة أطباء بلا حدود»: the same body named by its head.
#[test]
fn a_source_named_again_by_its_head() {
    let c = has("قالت منظمة أطباء بلا حدود إن فرقها عالجت 85 جريحا. وأضافت المنظمة أن 9 جثث وصلت.", "killed", Some(9), Some(9));
    assert_eq!(c.attribution, vec!["منظمة أطباء بلا حدود".to_string()]);
    // negative: another head is another speaker
    let c = has("قالت منظمة أطباء بلا حدود إن 85 أصيبوا. وقالت الوزارة إن 9 جثث وصلت.", "killed", Some(9), Some(9));
    assert_eq!(c.attribution, vec!["الوزارة".to_string()]);
}

/// «اتهم X Y بقتل N»: the verbal noun after ب counts; the accuser is the source, the
/// accused (a body right after a one-word definite head) is no part of it.
#[test]
fn accusations_of_killing() {
    let c = has("واتهمت الحكومة تنظيم داعش بقتل 200 مدني في القرية.", "killed", Some(200), Some(200));
    assert_eq!(c.attribution, vec!["الحكومة".to_string()], "{c:?}");
    assert_eq!(c.subject.as_deref(), Some("civilians"));
    has("وأدين المتهمون بقتل 3 أشخاص.", "killed", Some(3), Some(3));
    // negatives: the bare verb is still the verb; a definite head with its own nisba keeps it
    has("وقتل 7 أشخاص في القصف.", "killed", Some(7), Some(7));
    let c = has("وقالت الحكومة السورية إن 12 شخصا قتلوا.", "killed", Some(12), Some(12));
    assert_eq!(c.attribution, vec!["الحكومة السورية".to_string()]);
}

/// A report's verbal-noun object («استقبال»، «انتشال») is no part of its source.
#[test]
fn the_reports_object_is_no_source() {
    let c = has("وأكدت مصادر طبية في المدينة استقبال 70 جريحا.", "wounded", Some(70), Some(70));
    assert_eq!(c.attribution, vec!["مصادر طبية".to_string()], "{c:?}");
}

/// A count of the displaced by the word «نازحين» names the quantity, not whose people they
/// are; a camp's people and «مدني» still say it.
#[test]
fn the_displaced_word_is_no_subject() {
    assert_eq!(subject_of("وتدفق آلاف النازحين إلى المدينة.", "displaced", 2000), None);
    assert_eq!(subject_of("ووصل 300 نازح إلى البلدة.", "displaced", 300), None);
    // negatives: civilians named, a camp hosting them, the displaced killed
    assert_eq!(subject_of("ونزح 300 ألف مدني من المدينة.", "displaced", 300000).as_deref(), Some("civilians"));
    assert_eq!(subject_of("وتؤوي المخيمات نحو 500 ألف نازح.", "displaced", 500000).as_deref(), Some("civilians"));
    assert_eq!(subject_of("وقتل 27 نازحا في القصف.", "killed", 27).as_deref(), Some("civilians"));
}

/// Raids are strikes; the munitions they fire (shells, missiles, rockets, barrels) are not.
#[test]
fn munitions_are_no_strikes() {
    has("وشنت الطائرات الحربية 12 غارة على المدينة.", "strikes", Some(12), Some(12));
    has("ونفذ الطيران عدة ضربات جوية.", "strikes", Some(3), Some(10));
    for t in [
        "وسقطت 3 قذائف هاون قرب المستشفى.",
        "وأطلقت الفصائل 40 صاروخا على المدينة.",
        "وأصاب صاروخان مبنى الاستقبال.",
        "وألقت المروحيات 6 براميل متفجرة.",
    ] {
        let s = scored(t);
        assert!(s.iter().all(|c| c.quantity != "strikes"), "{t}: {s:?}");
    }
}

/// Beds, doses, parcels, mosques, shops and facilities counted are things, even beside
/// the wounded or the displaced.
#[test]
fn things_beside_victims_count_nothing() {
    for t in [
        "وأعلنت الوزارة تخصيص 300 سرير لاستقبال الجرحى.",
        "ووزعت الفرق 2000 جرعة لقاح على النازحين.",
        "ودمر القصف 12 مسجدا و40 محلا تجاريا وقتل فيه مدنيون.",
        "وتضررت 35 منشأة صحية خلال الاشتباكات.",
    ] {
        let s = scored(t);
        assert!(s.iter().all(|c| c.low.unwrap_or(0) < 12 || c.quantity == "other"), "{t}: {s:?}");
        assert!(s.iter().all(|c| !matches!(c.low, Some(300 | 2000 | 12 | 40 | 35))), "{t}: {s:?}");
    }
    // negative: the wounded taken to the beds still count
    has("ونقل 45 جريحا إلى المستشفى الذي خصص 300 سرير.", "wounded", Some(45), Some(45));
}

/// A speaker's own words in the first person: «قتلنا»، «اعتقلنا».
#[test]
fn first_person_reports() {
    let c = has("وقال الناطق باسم الجيش: \"قتلنا 40 مسلحا خلال العملية\".", "killed", Some(40), Some(40));
    assert_eq!(c.attribution, vec!["الناطق باسم الجيش".to_string()], "{c:?}");
    has("وقال القائد إننا اعتقلنا 12 مشتبها.", "arrested", Some(12), Some(12));
    // negative: a first-person verb of no toll
    let s = scored("وقال: \"زرنا 40 قرية خلال الجولة\".");
    assert!(s.is_empty(), "{s:?}");
}

/// «عدد الوفيات ارتفع إلى 210 حالات»: cases of the toll named before them.
#[test]
fn cases_of_a_named_toll() {
    has("وأوضحت الوزارة أن عدد الوفيات ارتفع إلى 210 حالات.", "killed", Some(210), Some(210));
    has("وبلغ عدد الإصابات 35 حالة.", "wounded", Some(35), Some(35));
    // negative: cases of an illness with no toll word
    let s = scored("وسجلت المدينة 210 حالات جديدة.");
    assert!(s.is_empty(), "{s:?}");
}

/// «4 من رجالها»: the men of the body speaking are its force; «مسؤول طلب عدم الكشف عن
/// اسمه» ends the source before its relative clause.
#[test]
fn a_bodys_men_and_an_anonymous_source() {
    let c = has("وقالت الشرطة إن 4 من رجالها أصيبوا في الهجوم.", "wounded", Some(4), Some(4));
    assert_ne!(c.subject.as_deref(), Some("civilians"), "{c:?}");
    let c = has("وقال مسؤول طبي طلب عدم الكشف عن اسمه إن 17 شخصا قتلوا.", "killed", Some(17), Some(17));
    assert_eq!(c.attribution, vec!["مسؤول طبي".to_string()], "{c:?}");
    // negative: men without a possessive stay civilians
    assert_eq!(subject_of("وقتل 5 رجال في القصف.", "killed", 5).as_deref(), Some("civilians"));
}

/// A later outlet that relays the sentence's source is named without its outlet noun
/// and quotes («وفقا لموقع "X"» → X), outermost.
#[test]
fn a_relaying_outlet_by_its_name() {
    let c = has("وبحسب مصادر طبية، قتل 5 أشخاص، وفقا لموقع \"ميدل إيست آي\".", "killed", Some(5), Some(5));
    assert_eq!(c.attribution, vec!["ميدل إيست آي".to_string(), "مصادر طبية".to_string()], "{c:?}");
    // negative: a body named alone keeps its words
    let c = has("وقتل 5 أشخاص، بحسب مصادر طبية.", "killed", Some(5), Some(5));
    assert_eq!(c.attribution, vec!["مصادر طبية".to_string()], "{c:?}");
}

/// «وفقا لما ذكره X، والذي صرح بأن …»: the relative's antecedent speaks again; no body
/// named in between becomes a new source.
#[test]
fn a_relative_speaker_is_its_antecedent() {
    let c = has("وفقا لما ذكره رئيس اللجنة، المكلفة من الأمم المتحدة، والذي صرح بأن 100 شخص قتلوا.", "killed", Some(100), Some(100));
    assert_eq!(c.attribution, vec!["رئيس اللجنة".to_string()], "{c:?}");
    let c = has("وقال رئيس البعثة، الذي تحدث لصحيفة الغارديان، إن 60 شخصا قتلوا.", "killed", Some(60), Some(60));
    assert_eq!(c.attribution.last().map(String::as_str), Some("رئيس البعثة"), "{c:?}");
    // negative: a body that speaks in its own clause is the source
    let c = has("وقالت الأمم المتحدة إن 30 شخصا قتلوا.", "killed", Some(30), Some(30));
    assert_eq!(c.attribution, vec!["الأمم المتحدة".to_string()]);
}

/// «وفق حصيلة رسمية جديدة»: a toll of no named body is the source itself, as «بحسب تقدير
/// رسمي» is; a body named after it («حصيلة أولية لوزارة الصحة») or a speaker's own toll wins.
#[test]
fn an_unnamed_official_toll_is_the_source() {
    let c = has("وقتل 31 شخصا وفق حصيلة رسمية جديدة.", "killed", Some(31), Some(31));
    assert_eq!(c.attribution, vec!["حصيلة رسمية جديدة".to_string()], "{c:?}");
    let c = has("وارتفع عدد القتلى إلى 40 بحسب حصيلة غير نهائية.", "killed", Some(40), Some(40));
    assert_eq!(c.attribution, vec!["حصيلة غير نهائية".to_string()], "{c:?}");
    // negatives: a speaker's own toll, a bare toll word
    let c = has("وقال الوزير إن 12 شخصا قتلوا وفق حصيلة أولية.", "killed", Some(12), Some(12));
    assert_eq!(c.attribution, vec!["الوزير".to_string()], "{c:?}");
    let c = has("وقتل 5 أشخاص وفق الحصيلة.", "killed", Some(5), Some(5));
    assert!(c.attribution.is_empty(), "{c:?}");
}

/// A name after a glued preposition («لوزارة الصحة») is written without it.
#[test]
fn a_source_without_its_glued_preposition() {
    let c = has("وقتل 10 أشخاص، وفق حصيلة أولية لمنظمة الصحة العالمية.", "killed", Some(10), Some(10));
    assert_eq!(c.attribution, vec!["منظمة الصحة العالمية".to_string()], "{c:?}");
}

#[test]
fn bare_figures_point_back_to_the_last_named_source() {
    let src = |c: &Claim| c.attribution.last().cloned().unwrap_or_default();
    // The body read from «لل» (ل + اللجنة) in the sentence before.
    let c = has("ووفقا للجنة الوطنية للإغاثة، انهار 12 منزلا. وتشير الإحصائيات إلى نزوح 900 شخص.", "displaced", Some(900), Some(900));
    assert_eq!(src(&c), "اللجنة الوطنية للإغاثة");
    for t in [
        "وقالت منظمة الهجرة الدولية إن الفيضانات ضربت القرى. وتظهر الأرقام أن 3 آلاف شخص نزحوا.",
        "وقالت منظمة الهجرة الدولية إن الأمطار لم تتوقف. وتفيد البيانات بنزوح 3 آلاف شخص.",
        "وقالت منظمة الهجرة الدولية إن السيول جرفت الجسور. وتشير الإحصاءات إلى نزوح 3 آلاف شخص.",
    ] {
        let c = has(t, "displaced", Some(3000), Some(3000));
        assert_eq!(src(&c), "منظمة الهجرة الدولية", "{t}");
    }
    // No body named before: the figures are their own source.
    let c = has("وتشير الإحصائيات إلى نزوح 900 شخص.", "displaced", Some(900), Some(900));
    assert_eq!(src(&c), "الإحصائيات");
}


#[test]
fn a_quote_before_its_speaker() {
    let src = |c: &Claim| c.attribution.last().cloned().unwrap_or_default();
    for t in ["\"قتلنا 14 مسلحا\"، قال المتحدث باسم الجيش.", "«صد جنودنا الهجوم وقتلوا 14 مسلحا»، قال المتحدث باسم الجيش في بيان."] {
        assert_eq!(src(&has(t, "killed", Some(14), Some(14))), "المتحدث باسم الجيش", "{t}");
    }
    // a quoted phrase of the outlet's own telling, then «وقال» with its own report
    let c = has("وأصيب 5 أشخاص في \"الهجوم الغادر\"، وقال المتحدث إن 3 قتلوا.", "wounded", Some(5), Some(5));
    assert!(c.attribution.is_empty(), "{c:?}");
}

#[test]
fn a_participle_with_no_report_before_it_is_the_sentence_body() {
    let c = has("وتبنى تنظيم داعش الهجوم في بيان، قائلا إن مقاتليه قتلوا 25 جنديا.", "killed", Some(25), Some(25));
    assert_eq!(c.attribution.last().map(String::as_str), Some("تنظيم داعش"), "{c:?}");
    // a report before it in the sentence still speaks
    let c = has("وقال مصدر طبي إن تنظيم داعش هاجم القرية، مضيفا أن 25 شخصا قتلوا.", "killed", Some(25), Some(25));
    assert_eq!(c.attribution.last().map(String::as_str), Some("مصدر طبي"), "{c:?}");
}

#[test]
fn a_toll_announced_by_a_body_is_its_word() {
    let c = has("وارتفع عدد القتلى إلى 290، حسب آخر حصيلة أعلنتها وزارة الداخلية مساء الثلاثاء.", "killed", Some(290), Some(290));
    assert_eq!(c.attribution.last().map(String::as_str), Some("وزارة الداخلية"), "{c:?}");
}

#[test]
fn dual_verbs_after_the_figure() {
    has("وقال مصدر إن 2 من عناصر الشرطة أصيبا بانفجار عبوة.", "wounded", Some(2), Some(2));
    has("وقال مصدر إن 2 من المسعفين استشهدا في القصف.", "killed", Some(2), Some(2));
    has("وقال مصدر إن 2 من المطلوبين اعتقلا في المداهمة.", "arrested", Some(2), Some(2));
}

#[test]
fn a_headline_figure_told_again_in_the_body_is_one_claim() {
    // the headline leaves out the hedge, or whose people they are
    let t = "مقتل 15 شخصا في تفجير بالعاصمة\nقتل 15 شخصا على الأقل في تفجير استهدف مطعما مساء الجمعة.";
    let c: Vec<Claim> = scored(t).into_iter().filter(|c| c.quantity == "killed").collect();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].low, c[0].high), (Some(15), None));
    let t = "اعتقال 9 إرهابيين في كركوك\nأعلنت القوات الأمنية اعتقال 9 إرهابيين من تنظيم داعش في عمليات بكركوك.";
    let c: Vec<Claim> = scored(t).into_iter().filter(|c| c.quantity == "arrested").collect();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].subject.as_deref(), Some("ISIS"));
    // a lede paragraph is no headline: «100» and «more than 100» stand apart
    let t = "ارتفع عدد ضحايا القصف على البلدة إلى 100 قتيل وأكثر من 300 مصاب، معظمهم من الأطفال، في حصيلة هي الأعلى منذ بداية الشهر.\nوقالت مديرية الصحة إن عدد القتلى تجاوز 100.";
    assert_eq!(scored(t).into_iter().filter(|c| c.quantity == "killed").count(), 2);
    // two figures of the body are not merged this way
    let t = "قتل 5 أشخاص في قصف على السوق.\nوقتل 5 من عناصر تنظيم داعش في غارة.";
    assert_eq!(scored(t).into_iter().filter(|c| c.quantity == "killed").count(), 2);
}

#[test]
fn the_held_in_a_prison_are_detainees() {
    has("وزار مندوبو المنظمة 340 محتجزا في سجون الطرفين.", "detainees", Some(340), Some(340));
    has("ويقبع 75 محتجزا في السجن المركزي منذ سنوات.", "detainees", Some(75), Some(75));
    // held by a side: hostages; abducted in prisons: still hostages
    has("وما زال 40 محتجزا لدى الجماعة المسلحة.", "hostages", Some(40), Some(40));
    has("وتحتجز الجماعة 60 مختطفا في سجونها.", "hostages", Some(60), Some(60));
}

#[test]
fn the_speaker_killing_another_bodys_men() {
    // the verb says its doer: the speaker killed the other body's soldiers
    let t = "وأعلنت قوات سوريا الديمقراطية أنها هاجمت تنظيم داعش، وقتلت 12 من عناصره وأسرت 4 آخرين.";
    let c = has(t, "killed", Some(12), Some(12));
    assert_eq!(c.subject.as_deref(), Some("ISIS"), "{c:?}");
    let c = has(t, "arrested", Some(4), Some(4));
    assert_eq!(c.subject.as_deref(), Some("ISIS"), "{c:?}");
    // no doer said: the speaker's own men
    let c = has("وأعلنت قوات سوريا الديمقراطية مقتل 3 من عناصرها في هجوم لتنظيم داعش.", "killed", Some(3), Some(3));
    assert_eq!(c.subject.as_deref(), Some("SDF"), "{c:?}");
    let c = has("وقالت قوات سوريا الديمقراطية إن 3 من عناصرها قتلوا في هجوم لتنظيم داعش.", "killed", Some(3), Some(3));
    assert_eq!(c.subject.as_deref(), Some("SDF"), "{c:?}");
}

#[test]
fn one_as_an_adjective_after_a_construct() {
    // «من منزل عائلة واحدة»: one family's house, no figure of its own
    let c = scored("وانتشلت الطواقم 11 جثة من منزل عائلة واحدة في حي الشاطئ.");
    assert_eq!(c.iter().map(|c| c.low).collect::<Vec<_>>(), vec![Some(11)], "{c:?}");
    assert!(scored("ونزحت العائلات إلى مدرسة حي واحد في المدينة.").is_empty());
    // a count of one still counts
    has("وفي المدينة قتل رجل واحد.", "killed", Some(1), Some(1));
}

#[test]
fn motorbikes_and_boats_are_vehicles() {
    has("وقتل الجنود 14 مسلحا واستولوا على 5 دراجات نارية.", "vehicles", Some(5), Some(5));
    has("ودمرت البحرية 3 زوارق حربية قرب الساحل.", "vehicles", Some(3), Some(3));
    // boats that carry people are no figure lost
    assert!(scored("ووصلت 3 قوارب إلى الشاطئ.").is_empty());
}

#[test]
fn captives_after_an_the_release_further_back() {
    has("أفرجت الحكومة والجماعة المسلحة، الجمعة، عن 887 أسيرا في صفقة تبادل.", "released", Some(887), Some(887));
    has("وأفرجت السلطات عن 50 معتقلا.", "released", Some(50), Some(50));
    // a new clause between: not that release
    has("وقالت الجماعة إنها أفرجت عن مقاتلين، ولم تعلن عن 40 أسيرا آخرين.", "arrested", Some(40), Some(40));
}

#[test]
fn people_saved_are_no_victims() {
    let c = scored("وقال المتحدث إن 41 مهاجرا غرقوا، فيما تم إنقاذ 4 آخرين.");
    assert_eq!(c.iter().map(|c| c.low).collect::<Vec<_>>(), vec![Some(41)], "{c:?}");
    let c = scored("وقتل 12 شخصا ونجا 3 آخرون.");
    assert_eq!(c.iter().map(|c| c.low).collect::<Vec<_>>(), vec![Some(12)], "{c:?}");
    // the wounded saved are still wounded
    has("وتم إنقاذ 5 جرحى من تحت الأنقاض.", "wounded", Some(5), Some(5));
    // the drowned: «بين الغرقى 3 أطفال»
    let c = has("وقال المتحدث إن 41 مهاجرا غرقوا، مضيفا أن بين الغرقى 3 أطفال.", "killed", Some(3), Some(3));
    assert_eq!(c.subject.as_deref(), Some("civilians"));
}

#[test]
fn more_speakers_and_seizures() {
    let c = has("قتل 11 شخصا، حسبما أعلن حاكم المنطقة.", "killed", Some(11), Some(11));
    assert_eq!(c.attribution.last().map(String::as_str), Some("حاكم المنطقة"), "{c:?}");
    has("وأشار المصدر إلى ضبط 3 سيارات دفع رباعي كانت بحوزة المسلحين.", "vehicles", Some(3), Some(3));
    has("وقال المسؤول إن المهاجمين قتلوا رجلا واحدا.", "killed", Some(1), Some(1));
    // «ضبط» of people is no vehicle
    assert!(scored("وضبط 20 شخصا في المداهمة.").iter().all(|c| c.quantity != "vehicles"));
}

#[test]
fn the_outlet_spoken_to_after_the_source() {
    let c = has("قتل مسلحون 20 قرويا، وفق ما أفاد به مصدر محلي وكالة الأنباء.", "killed", Some(20), Some(20));
    assert_eq!(c.attribution.last().map(String::as_str), Some("مصدر محلي"), "{c:?}");
    assert_eq!(c.subject.as_deref(), Some("civilians"));
    // right after the head, the outlet's own sources
    let c = has("قتل 20 شخصا، وفق مصادر وكالة الأنباء.", "killed", Some(20), Some(20));
    assert_eq!(c.attribution.last().map(String::as_str), Some("مصادر وكالة الأنباء"), "{c:?}");
    // a relative clause before the outlet: the document the agency saw
    let c = has("قتل 20 شخصا، بحسب وثيقة اطلعت عليها وكالة الأنباء.", "killed", Some(20), Some(20));
    assert_eq!(c.attribution.last().map(String::as_str), Some("وثيقة اطلعت عليها وكالة الأنباء"), "{c:?}");
}

#[test]
fn a_headline_told_again_with_a_longer_name_or_an_exact_figure() {
    // «مفوضية حقوق الإنسان» and «المفوضية العليا لحقوق الإنسان»: one source
    let t = "مفوضية حقوق الإنسان: 12 قتيلا في الاحتجاجات\nقالت المفوضية العليا لحقوق الإنسان إن 12 متظاهرا قتلوا خلال المواجهات.";
    let c: Vec<Claim> = scored(t).into_iter().filter(|c| c.quantity == "killed").collect();
    assert_eq!(c.len(), 1, "{c:?}");
    // «أكثر من ألفي قتيل» in the headline, 2053 in the body
    let t = "الحصيلة ترتفع إلى أكثر من ألفي قتيل\nأعلنت الوزارة ارتفاع حصيلة ضحايا الزلزال إلى 2053 قتيلا.";
    let c: Vec<Claim> = scored(t).into_iter().filter(|c| c.quantity == "killed").collect();
    assert_eq!(c.iter().map(|c| (c.low, c.high)).collect::<Vec<_>>(), vec![(Some(2053), Some(2053))], "{c:?}");
}

#[test]
fn the_evacuated_are_displaced() {
    has("وأجلت فرق الدفاع المدني 300 عائلة من القرى القريبة من خطوط التماس.", "displaced", Some(300), Some(300));
    has("وأجلت السلطات 2000 شخص من المناطق المهددة بالفيضان.", "displaced", Some(2000), Some(2000));
    // the wounded evacuated stay wounded; ships are no people
    has("وتم إجلاء 20 جريحا إلى المستشفى.", "wounded", Some(20), Some(20));
    assert!(scored("وأجلت البحرية 5 سفن من الميناء.").is_empty());
}

#[test]
fn left_in_the_open_are_displaced() {
    has("وأشار إلى أن أكثر من 2500 أسرة باتت في العراء.", "displaced", Some(2500), None);
    has("وباتت 300 أسرة في العراء.", "displaced", Some(300), Some(300));
    assert!(scored("وبات 40 شخصا في المستشفى.").is_empty());
}

/// The innermost source of the first claim of `kind` in `t` (normalised), or "" for none.
fn source_of(t: &str, kind: &str) -> String {
    let c = run(t);
    let c = c.iter().find(|c| c.quantity == kind).unwrap_or_else(|| panic!("no {kind} in {t}: {c:?}"));
    c.attribution.last().map(|s| riwaya_text::normalize_str(s)).unwrap_or_default()
}

#[test]
fn a_report_pointing_back_gives_its_source_to_the_sentence_before() {
    // «جاء ذلك في بيان لـX», «وأعلن ذلك X»: the figures before are X's
    let t = "قتل 40 شخصا في هجوم على سوق البلدة. جاء ذلك في بيان لمنظمة أطباء بلا حدود صدر مساء الأحد.";
    assert!(source_of(t, "killed").contains("اطباء بلا حدود"), "{:?}", run(t));
    let t = "قتل 5 أشخاص وأصيب 12 آخرون في قصف على المدينة. وأعلن ذلك محافظ المدينة في منشور على فيسبوك.";
    assert!(source_of(t, "wounded").contains("محافظ المدينه"), "{:?}", run(t));
    // a figure with its own source keeps it; a «ذلك» further into the sentence points nowhere
    let t = "قالت وزارة الصحة إن 9 أشخاص قتلوا. جاء ذلك في بيان لمنظمة العفو الدولية.";
    assert!(source_of(t, "killed").contains("وزاره الصحه"), "{:?}", run(t));
    let t = "قتل 7 أشخاص في الغارة. وبعد ذلك أعلن الجيش بدء عملية برية.";
    assert_eq!(source_of(t, "killed"), "", "{:?}", run(t));
    // a denial pointing back disowns the figure: not its source
    let t = "قتل 5 مدنيين في غارة على السوق. ونفى ذلك الجيش في بيان.";
    assert_eq!(source_of(t, "killed"), "", "{:?}", run(t));
}

#[test]
fn a_relative_after_a_comma_speaks_for_the_body_before_it() {
    // «الجيش، الذي أعلن الشهر الماضي تحرير 27 رهينة»: the army, not «الشهر الماضي»
    let t = "ولم يعلق الجيش، الذي أعلن الشهر الماضي تحرير 27 رهينة في عملية بالمنطقة.";
    let s = source_of(t, "released");
    assert!(!s.contains("الشهر"), "{s}");
}

#[test]
fn the_searched_for_are_missing_not_dead() {
    // «البحث جار عن 3 آخرين»: missing persons are `other`, not more of the toll
    let t = "غرق 9 صيادين، ولا يزال البحث جاريا عن 3 آخرين.";
    assert_eq!(scored(t).iter().map(|c| (c.quantity.as_str(), c.low)).collect::<Vec<_>>(), vec![("killed", Some(9))]);
    let t = "قتل 4 أشخاص، ولا يزال مصير 2 آخرين مجهولا.";
    assert_eq!(scored(t).len(), 1, "{:?}", scored(t));
    // «أسفر عن 3 قتلى» is a toll
    has("وأسفر الانفجار عن 3 قتلى.", "killed", Some(3), Some(3));
}

#[test]
fn what_a_denier_affirms_after_a_participle_is_not_denied() {
    let t = "ونفى المتحدث باسم الجيش تنفيذ أي غارة على القرية، مؤكدا أن قواته دمرت 4 آليات للمسلحين.";
    assert!(!has(t, "vehicles", Some(4), Some(4)).denied);
    // the denied figure itself stays denied
    let t = "ونفى المتحدث باسم الجيش مقتل 30 مدنيا في القرية، مؤكدا أن القصف استهدف مواقع المسلحين.";
    assert!(has(t, "killed", Some(30), Some(30)).denied);
}

#[test]
fn kidnappers_in_the_imperfect_and_media_as_sources() {
    has("مسلحون يخطفون 20 طالبا من مدرسة في الشمال", "hostages", Some(20), Some(20));
    let t = "قتل نحو 50 شخصا في القصف، بحسب ما أفادت به وسائل إعلام محلية.";
    assert!(source_of(t, "killed").contains("اعلام محليه"), "{:?}", run(t));
    let t = "وقال أحد الشهود لوكالة رويترز إنه رأى 12 جثة في الشارع.";
    assert!(source_of(t, "killed").contains("احد الشهود"), "{:?}", run(t));
}

#[test]
fn a_dual_of_victims_after_among_is_a_part() {
    let c = has("وأصيب 9 أشخاص، بينهم طفلان، في القصف.", "wounded", Some(2), Some(2));
    assert_eq!(c.subject.as_deref(), Some("civilians"));
    assert!(c.part_of.is_some(), "{c:?}");
    has("قتل 7 أشخاص بينهم امرأتان.", "killed", Some(2), Some(2));
    // a dual of attackers describes the toll: no part
    let s: Vec<Claim> = scored("قتل 5 مسلحين بينهم انتحاريان.").into_iter().filter(|c| c.low == Some(2)).collect();
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn an_agency_of_the_state_is_no_outlet_spoken_to() {
    // «المدير العام لوكالة إدارة الطوارئ»: the bureau's director; «لوكالة الأنباء» is spoken to
    let t = "وقال المدير العام لوكالة إدارة الطوارئ في الولاية إن 42 شخصا أصيبوا.";
    assert!(source_of(t, "wounded").contains("لوكاله اداره"), "{:?}", run(t));
    let t = "وقال مصدر محلي لوكالة الأنباء الألمانية إن 42 شخصا أصيبوا.";
    assert_eq!(source_of(t, "wounded"), "مصدر محلي", "{:?}", run(t));
}

#[test]
fn counted_among_the_dead_past_a_short_of_phrase() {
    let c = has("وأضاف المتحدث أن 3 من قوات حفظ السلام التابعة للأمم المتحدة بين القتلى.", "killed", Some(3), Some(3));
    assert!(!c.denied);
    has("وكان 4 من عناصر الشرطة بين الجرحى.", "wounded", Some(4), Some(4));
    // no toll word after «بين»: nothing counted
    assert!(scored("ووصل 3 من قوات حفظ السلام بين المدينتين.").is_empty());
}

/// Session 10 (claims10): a verb of evacuation glued to «و» leaves the wounded wounded; a
/// dual verb of dying; remains exhumed are the dead; the missing are no victims; a denial's
/// scope ends where «، وقال» opens what the denier affirms; a presidency, a mission and a
/// hospital speak.
#[test]
fn session10_constructions() {
    // «وأجلوا 12 جريحا» reads as «أجلوا 12 جريحا»: the noun names the kind
    has("وقالت البعثة إن جنودها تدخلوا وأجلوا 12 جريحا إلى المستشفى.", "wounded", Some(12), Some(12));
    // negative: people evacuated stay displaced, with or without «و»
    has("وقالت البعثة إن جنودها تدخلوا وأجلوا 120 شخصا من القرية.", "displaced", Some(120), Some(120));
    // the dual of «لقي حتفه»
    has("وقالت المفوضية إن شخصين لقيا حتفهما في الحريق.", "killed", Some(2), Some(2));
    // remains taken from a grave count the dead
    has("وقال المسؤول إن فرق البحث انتشلت رفات 104 أشخاص من مقابر جماعية.", "killed", Some(104), Some(104));
    // the missing are no more of the dead (negative: «فقدوا حياتهم» are dead)
    let c = scored("وقال مسؤولون إن 68 شخصا لقوا حتفهم وفقد 24 آخرون جراء الفيضانات.");
    assert!(c.iter().all(|c| c.low != Some(24)), "{c:?}");
    has("وقال مسؤولون إن 31 عاملا فقدوا حياتهم في الانهيار.", "killed", Some(31), Some(31));
    // a denial, then «، وقال إن»: what follows is the denier's own figure
    let c = scored("ونفى المتحدث العسكري استهداف المدنيين، وقال إن قواته ردت على مصادر النيران وقتلت 12 من المسلحين.");
    assert!(c.iter().find(|c| c.low == Some(12)).is_some_and(|c| !c.denied), "{c:?}");
    // negative: the figure inside the denial stays denied, a later «وقال» notwithstanding
    let c = scored("ونفى الجيش ما تداولته حسابات عن مقتل 50 من جنوده، وقال إن الصور مفبركة.");
    assert!(c.iter().find(|c| c.low == Some(50)).is_some_and(|c| c.denied), "{c:?}");
    // people joined by «و», their verb after both: each is of its kind
    has("وأضاف أن 6 نساء و3 أطفال كانوا بين القتلى.", "killed", Some(6), Some(6));
    has("وأضاف أن 5 رجال و6 نساء و3 أطفال قتلوا في القصف.", "killed", Some(5), Some(5));
    // negative: the second figure's own noun names its kind, not the first's
    let c = scored("واستقبل المستشفى 4 أطفال و12 مصابا بجروح.");
    assert!(c.iter().all(|c| c.low != Some(4)), "{c:?}");
    let c = scored("ونقلت الشرطة 4 أطفال و12 حالة وفاة إلى المستشفى.");
    assert!(c.iter().all(|c| c.low != Some(4)), "{c:?}");
    let c = scored("ونفت الحركة مقتل 30 من عناصرها، ونفت أيضا أسر 8 آخرين.");
    assert!(c.iter().find(|c| c.low == Some(8)).is_some_and(|c| c.denied), "{c:?}");
}

/// Session 10, round 2: another party's word on the account just told; «منهم» after a toll
/// word; a people named by its name; refuge.
#[test]
fn session10_round2() {
    // «وهو ما نفته الحركة، مؤكدة أن …»: the group's own figure, not nested in the army's
    let c = scored("وقال الجيش إنه قتل 23 من عناصر الحركة، وهو ما نفته الحركة، مؤكدة أن مقاتليها قتلوا 15 جنديا.");
    let x = c.iter().find(|c| c.low == Some(15)).expect("15");
    assert_eq!(x.attribution, vec!["الحركة".to_string()], "{x:?}");
    assert!(!x.denied, "{x:?}");
    let x = c.iter().find(|c| c.low == Some(23)).expect("23");
    assert_eq!(x.attribution, vec!["الجيش".to_string()], "{x:?}");
    // «منهم» after «القتلى» in the same sentence: killed, whatever the sentence before told
    let c = scored("وأصيب 5 جنود في العملية. وقال ناشطون إن معظم القتلى من المدنيين، وإن 27 منهم كانوا رعاة.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(27)), "{c:?}");
    // negative: «منهم» with no toll word before it still points to the sentence before
    let c = scored("وقتل 30 شخصا في القصف. وأضاف أن 14 منهم أطفال.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(14)), "{c:?}");
    // a people counted by its name are civilians
    let c = scored("وقتل المسلحون 40 إيزيديا في القرية.");
    assert!(c.iter().any(|c| c.low == Some(40) && c.subject.as_deref() == Some("civilians")), "{c:?}");
    // people who took refuge are displaced; a government resorting to loans is not
    has("وأضافت المنظمة أن نحو 2400 أسرة لجأت إلى موقع حماية المدنيين.", "displaced", Some(2400), Some(2400));
    assert!(scored("ولجأت الحكومة إلى الاقتراض 3 مرات هذا العام.").is_empty());
}

/// Session 10, round 3: the accused of «اتهم … بـ» is no source; a span of time between a
/// toll and its parts.
#[test]
fn session10_round3() {
    let c = scored("ونفى جيش المتمردين أي مسؤولية عن القصف، واتهم المجلس العسكري الحاكم بقتل أكثر من 200 من المدنيين.");
    let x = c.iter().find(|c| c.low == Some(200)).expect("200");
    // («أي» stays in the phrase: it is also the «آي» of a name, «ميدل إيست آي»)
    assert!(x.attribution.len() == 1 && x.attribution[0].starts_with("جيش المتمردين"), "{x:?}");
    assert!(!x.denied, "{x:?}");
    // negative: an accuser named after the verb speaks
    let c = scored("واتهمت منظمة العفو الدولية الجيش بقتل 40 مدنيا.");
    assert_eq!(c[0].attribution, vec!["منظمة العفو الدولية".to_string()], "{c:?}");
    // the parts after «خلال ثلاثة أيام» are the wounded's
    let c = scored("وقالت المنظمة إن فرقها عالجت 61 جريحا خلال ثلاثة أيام في مستشفى المدينة، بينهم 22 طفلا.");
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(22)), "{c:?}");
    // the displaced who died are civilians; negative: the dead of an untold people stay untold
    let c = scored("وقال مسؤول محلي إن نحو 200 ألف نازح يعيشون في مدارس المدينة، وإن 11 منهم توفوا.");
    assert!(c.iter().any(|c| c.quantity == "killed" && c.low == Some(11) && c.subject.as_deref() == Some("civilians")), "{c:?}");
    let c = scored("وأصيب 30 شخصا في القصف، وتوفي 4 منهم في المستشفى.");
    assert!(c.iter().filter(|c| c.low == Some(4)).all(|c| c.subject.is_none()), "{c:?}");
    // a dual counted among the dead, glued to «و» or alone
    has("وأضاف أن 6 نساء وطفلين كانوا بين القتلى.", "killed", Some(2), Some(2));
    has("وأضاف أن طفلين كانوا بين القتلى.", "killed", Some(2), Some(2));
    // negative: things among the places hit count nothing
    assert!(scored("وقال إن مستشفيين كانا بين المواقع المستهدفة.").is_empty());
    // a camp counted on its own is still a camp
    has("ويعيش أكثر من مليون لاجئ في 33 مخيما بالمنطقة.", "displaced", Some(1000000), None);
}

/// Session 10: bodies that speak though no lexicon names them.
const SOURCES_10: &[(&str, &str, u64, &str)] = &[
    ("وقتل 40 جنديا في هجوم على قاعدة عسكرية، بحسب ما أعلنت الرئاسة.", "killed", 40, "الرئاسة"),
    ("وأودى نقص الأدوية بحياة 29 طفلا، وفق مستشفى المدينة.", "killed", 29, "مستشفى المدينة"),
    ("وأعلنت بعثة المراقبة أن 22 شخصا قتلوا في الاشتباكات.", "killed", 22, "بعثة المراقبة"),
    // a place the lexicon does not know, named by its head after «في»
    ("وأعلنت بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى أن 22 شخصا قتلوا.", "killed", 22, "بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى"),
    // a movement or alliance the lexicon does not know speaks
    ("وقال تحالف الوطنيين من أجل التغيير المتمرد إن مقاتليه قتلوا 9 من المرتزقة.", "killed", 9, "تحالف الوطنيين من أجل التغيير المتمرد"),
    ("وقالت جبهة تحرير أزواد في بيان إن 12 جنديا قتلوا.", "killed", 12, "جبهة تحرير أزواد"),
    // negative: «في بيان» is how, not where
    ("وقالت البعثة في بيان إن 7 أشخاص قتلوا.", "killed", 7, "البعثة"),
    // negative: a hospital where the wounded were taken is no source
    ("ونقل 14 جريحا إلى مستشفى المدينة.", "wounded", 14, ""),
];

#[test]
fn session10_sources() {
    let mut bad = Vec::new();
    for (t, kind, low, src) in SOURCES_10 {
        let c = run(t);
        let Some(x) = c.iter().find(|c| c.quantity == *kind && c.low == Some(*low)) else {
            bad.push(format!("MISSED {kind} {low} in {t}"));
            continue;
        };
        let inner = x.attribution.last().map(|s| riwaya_text::normalize_str(s)).unwrap_or_default();
        let want = riwaya_text::normalize_str(src);
        if inner != want {
            bad.push(format!("SOURCE {:?} != {src:?} in {t}", x.attribution));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Claims of `text` with `places` given as place mentions (the name recogniser's job).
fn with_places(text: &str, places: &[&str]) -> Vec<Claim> {
    let mut m: Vec<riwaya_model::Mention> = Vec::new();
    for p in places {
        for (at, _) in text.match_indices(p) {
            m.push(riwaya_model::Mention {
                text: p.to_string(),
                entity: format!("place:{p}"),
                kind: "town".parse().expect("a place kind"),
                start: at,
                end: at + p.len(),
                name: None,
            });
        }
    }
    m.sort_by_key(|x| x.start);
    ClaimExtractor::new().extract(text, &m, &|_| None)
}

/// A toll broken down by place goes on with bare figures beside each place: «و40 في X»,
/// «وفي بلدة X 25»، «وX 12 حالة». A bare figure beside a place that ends no item of the list
/// (a year, a distance, a count of things) does not.
#[test]
fn a_toll_broken_down_by_place() {
    let t = "وأحصت فرق الإنقاذ 96 حالة وفاة في مدينة الرستاق، تليها بلدة المزرعة بـ51 وفاة، و40 في القرنة وفي بلدة الحمرية 25، والظاهرة 12 حالة.";
    let c = with_places(t, &["الرستاق", "المزرعة", "القرنة", "الحمرية", "الظاهرة"]);
    let killed: Vec<u64> = c.iter().filter(|c| c.quantity == "killed").filter_map(|c| c.low).collect();
    assert_eq!(killed, vec![96, 51, 40, 25, 12], "{:?}", c.iter().map(|c| (&c.quantity, c.low, &c.text)).collect::<Vec<_>>());
    let t = "وأصيب 300 شخص في الرستاق، و80 في المزرعة.";
    let c = with_places(t, &["الرستاق", "المزرعة"]);
    assert!(c.iter().any(|c| c.quantity == "wounded" && c.low == Some(80)), "{c:?}");
    // negatives: a distance, a year, a count of things beside a place
    for t in [
        "وقتل 30 شخصا في الرستاق، والمزرعة 15 كيلومترا عنها.",
        "وقتل 30 شخصا في الرستاق، وفي المزرعة 2019 قتل آخرون.",
        "وقتل 30 شخصا في الرستاق، و40 منزلا في المزرعة.",
    ] {
        let c = with_places(t, &["الرستاق", "المزرعة"]);
        let typed: Vec<_> = c.iter().filter(|c| c.quantity != "other").map(|c| (c.low, c.text.clone())).collect();
        assert_eq!(typed.len(), 1, "{t}: {typed:?}");
    }
}

/// «إضافة إلى», «بجانب», «فضلا عن» before a figure of people add them to the toll just
/// told; before a count of things or money they add nothing.
#[test]
fn people_added_besides_the_toll() {
    has("وأسفر القصف عن مقتل 40 من سكان الحي، إضافة إلى خمسة من موظفي الإغاثة.", "killed", Some(5), Some(5));
    has("وأصيب 12 تلميذا، فضلا عن ثلاثة من المعلمين.", "wounded", Some(3), Some(3));
    has("وقتل 7 جنود، بجانب عدد من العاملين في المجال الإنساني.", "killed", Some(3), Some(10));
    for t in ["وقتل 15 شخصا، إضافة إلى تدمير 20 منزلا.", "وقتل 15 شخصا، بالإضافة إلى خسائر بقيمة 3 ملايين دولار.", "وأصيب 9 أشخاص، إضافة إلى 30 سيارة محترقة."] {
        assert_eq!(scored(t).len(), 1, "{t}: {:?}", scored(t));
    }
}

/// Bodies of coordination, unions and gatherings head a source phrase as committees do, the
/// name in quotation marks or not, with a time aside before «أن».
#[test]
fn coordinations_unions_and_gatherings_are_sources() {
    for (t, src) in [
        ("وأعلنت \"منسقية نازحي الوادي\"، مساء أمس، أن حصيلة الضحايا تجاوزت 40 قتيلا.", "منسقية نازحي الوادي"),
        ("وقالت نقابة المعلمين إن 12 معلما قتلوا في القصف.", "نقابة المعلمين"),
        ("وذكر تجمع أطباء المدينة أن 9 أشخاص قتلوا.", "تجمع أطباء المدينة"),
    ] {
        let c = run(t).into_iter().find(|c| c.quantity != "other").unwrap_or_else(|| panic!("{t}"));
        assert_eq!(c.attribution, vec![src.to_string()], "{t}: {c:?}");
    }
}

/// «في صفوف القوات المهاجمة», «من المهاجمين» told after the figure: the armed side named
/// before in the sentence that is not the speaker. With no side named, no subject.
#[test]
fn the_attackers_named_after_the_figure() {
    let c = has("وقال الجيش إنه صد هجوما واسعا لتنظيم داعش على البلدة، ما أدى إلى سقوط 35 قتيلا في صفوف القوات المهاجمة.", "killed", Some(35), Some(35));
    assert_eq!(c.subject.as_deref(), Some("ISIS"), "{c:?}");
    let c = has("وقتل 12 مسلحا في صفوف القوات المهاجمة قرب السوق.", "killed", Some(12), Some(12));
    assert_eq!(c.subject, None, "{c:?}");
}
