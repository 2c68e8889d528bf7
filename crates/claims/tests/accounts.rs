//! Session 6 constructions, in sentences written for these tests: competing accounts in one
//! sentence (each figure takes the speaker of its own clause), people named by nationality,
//! «المئة» as a hundred beside the percent, and sources in more wordings.

mod common;

use riwaya_claims::ClaimExtractor;
use riwaya_model::Claim;

fn run(text: &str) -> Vec<Claim> {
    let n = common::names();
    let m = n.mentions(text);
    ClaimExtractor::new().extract(text, &m, &|id| n.subject_of(id))
}

fn one(text: &str, kind: &str, low: u64) -> Claim {
    let c = run(text);
    c.iter()
        .find(|c| c.quantity == kind && c.low == Some(low))
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} {low} in {text}: {:?}", c.iter().map(|c| (&c.quantity, c.low, c.high, &c.text)).collect::<Vec<_>>()))
}

fn src(text: &str, kind: &str, low: u64) -> Vec<String> {
    one(text, kind, low).attribution
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| s.to_string()).collect()
}

#[test]
fn each_account_takes_its_own_speaker() {
    let t = "قالت وزارة الصحة إن 45 شخصا قتلوا في القصف، بينما قال الجيش إن 12 مسلحا قتلوا في العملية.";
    assert_eq!(src(t, "killed", 45), v(&["وزارة الصحة"]));
    assert_eq!(src(t, "killed", 12), v(&["الجيش"]));
    let t = "قالت الشرطة إن 8 أشخاص قتلوا، في حين قالت مصادر طبية إن 14 شخصا لقوا حتفهم.";
    assert_eq!(src(t, "killed", 8), v(&["الشرطة"]));
    assert_eq!(src(t, "killed", 14), v(&["مصادر طبية"]));
    let t = "أكد الجيش مقتل 35 من عناصر الجماعة، فيما قالت مصادر محلية إن 17 مدنيا قتلوا في القصف.";
    assert_eq!(src(t, "killed", 35), v(&["الجيش"]));
    assert_eq!(src(t, "killed", 17), v(&["مصادر محلية"]));
    let t = "قال المسؤول إن 20 شخصا أصيبوا، إلا أن مصادر طبية قالت إن 40 شخصا أصيبوا.";
    assert_eq!(src(t, "wounded", 40), v(&["مصادر طبية"]));
    // a sentence-wide source before the second account covers only its own clause
    let t = "قتل 3 أشخاص، بحسب وزارة الصحة، فيما أفادت مصادر محلية بأن الحصيلة بلغت 9 قتلى.";
    assert_eq!(src(t, "killed", 3), v(&["وزارة الصحة"]));
    assert_eq!(src(t, "killed", 9), v(&["مصادر محلية"]));
    // a second speaker named after "و" at a clause's start reports beside the first
    let t = "قالت الشرطة إن 6 أشخاص قتلوا، وقال مسؤول طبي إن 11 شخصا أصيبوا.";
    assert_eq!(src(t, "wounded", 11), v(&["مسؤول طبي"]));
}

#[test]
fn a_relay_without_a_second_account_still_nests() {
    // no contrast between: the minister is the agency's source
    let t = "ذكرت الوكالة أن وزير الصحة قال إن 30 شخصا قتلوا.";
    assert_eq!(src(t, "killed", 30), v(&["الوكالة", "وزير الصحة"]));
    // more figures of the same speaker after "فيما" keep that speaker
    let t = "قالت وزارة الصحة إن 25 شخصا قتلوا، فيما أصيب 60 آخرون.";
    assert_eq!(src(t, "wounded", 60), v(&["وزارة الصحة"]));
    // a denial after "فيما" with no figure of its own changes nothing before it
    let t = "قال المرصد إن 20 مدنيا قتلوا، فيما نفت الوزارة ذلك.";
    assert_eq!(src(t, "killed", 20), v(&["المرصد"]));
}

fn subject(text: &str, kind: &str, low: u64) -> Option<String> {
    one(text, kind, low).subject
}

#[test]
fn nationalities_name_forces_or_civilians() {
    assert_eq!(subject("قتل ثلاثة جنود إسرائيليين في اشتباك على الحدود.", "killed", 3).as_deref(), Some("Israeli forces"));
    assert_eq!(subject("قتل 5 جنود أتراك في هجوم شمالي العراق.", "killed", 5).as_deref(), Some("Turkish forces"));
    assert_eq!(subject("قتل 4 عسكريين روس في هجوم على قاعدة.", "killed", 4).as_deref(), Some("Russian forces"));
    assert_eq!(subject("قتل جنديان أمريكيان في هجوم بطائرة مسيرة.", "killed", 2).as_deref(), Some("US forces"));
    // people of a nationality, alone or on a civilian noun, are civilians
    assert_eq!(subject("قتل ستة سوريين في الانفجار.", "killed", 6).as_deref(), Some("civilians"));
    assert_eq!(subject("لقي خمسة عمال مصريين حتفهم في انهيار مبنى.", "killed", 5).as_deref(), Some("civilians"));
    assert_eq!(subject("غرق 12 مهاجرا تونسيا قبالة السواحل.", "killed", 12).as_deref(), Some("civilians"));
    assert_eq!(subject("أصيب ثلاثة تونسيين في الحادث.", "wounded", 3).as_deref(), Some("civilians"));
    // a nationality without forces in the lexicon names none
    assert_eq!(subject("قتل 7 جنود باكستانيين في كمين.", "killed", 7), None);
    // the country's name after soldiers is a place, not their nationality
    assert_ne!(subject("قتل 8 جنود في تركيا.", "killed", 8).as_deref(), Some("Turkish forces"));
}

/// Every forces id of the nationality table is an actor of the lexicon.
#[test]
fn nationality_forces_are_lexicon_actors() {
    let lex = riwaya_lexicon::Lexicon::embedded().expect("lexicon loads");
    let ids: std::collections::HashSet<&str> = lex.actors().map(|a| a.id.as_str()).collect();
    let rows = riwaya_lexicon::nationalities();
    assert!(rows.iter().filter(|r| r.forces.is_some()).count() >= 10);
    for id in rows.iter().filter_map(|r| r.forces.as_deref()) {
        assert!(ids.contains(id), "nationalities.tsv: no lexicon actor {id:?}");
    }
}

#[test]
fn more_death_wordings() {
    assert_eq!(one("وقع انفجار في السوق راح ضحيته 27 شخصا.", "killed", 27).high, Some(27));
    assert_eq!(one("غرق 14 مهاجرا قبالة السواحل بعد انقلاب قاربهم.", "killed", 14).high, Some(14));
    // what floods is no death
    assert!(run("غرقت 300 خيمة في المخيم بعد الأمطار.").iter().all(|c| c.quantity != "killed"));
}

#[test]
fn a_definite_hundred_after_exceeding_or_about() {
    let c = one("وقالت مصادر طبية إن عدد القتلى تجاوز المئة.", "killed", 100);
    assert_eq!((c.high, c.approx), (None, true));
    let c = one("وتخطى عدد الجرحى الألف في المدينة.", "wounded", 1000);
    assert_eq!((c.high, c.approx), (None, true));
    let c = one("وقتل قرابة المائة شخص في القصف.", "killed", 100);
    assert_eq!((c.high, c.approx), (Some(100), true));
    // the percent, and a hundred no verb or hedge governs, count nothing
    for t in [
        "قتل أكثر من 60 في المئة من الضحايا داخل منازلهم.",
        "ارتفعت نسبة الوفيات بنسبة مئة بالمئة.",
        "ويشكل الأطفال 40 بالمائة من القتلى.",
        "وتجاوزت نسبة النازحين 30 في المئة من السكان.",
        "وتجاوزت نسبة القتلى بالمئة من المجموع.",
        "وقتل في الذكرى المئة لتأسيس المدينة رجل.",
    ] {
        let c: Vec<_> = run(t).into_iter().filter(|c| c.quantity != "other").collect();
        assert!(c.iter().all(|c| c.low != Some(100) && c.low != Some(30) && c.low != Some(40) && c.low != Some(60)), "{t}: {c:?}");
    }
}

#[test]
fn a_number_given_by_its_count_word() {
    let c = one("وأفادت مصادر محلية بأن الغارات بلغ عددها 12 منذ الصباح.", "strikes", 12);
    assert_eq!(c.attribution, v(&["مصادر محلية"]));
    one("وأكدت الوزارة أن القتلى الذين وصل عددهم إلى 60 سقطوا في القصف.", "killed", 60);
    // "عددهم" of people of no toll word says nothing of a kind
    assert!(run("وأكد أن الزوار الذين بلغ عددهم 300 غادروا المدينة.").iter().all(|c| c.quantity == "other"));
}

#[test]
fn relays_after_the_report() {
    // "نقلا عن Y" after what X reports: Y is X's source for all of it
    assert_eq!(src("ذكر التلفزيون الرسمي أن 19 شخصا قتلوا، نقلا عن مصادر أمنية.", "killed", 19), v(&["التلفزيون الرسمي", "مصادر أمنية"]));
    assert_eq!(src("وأفادت وكالة الأنباء، نقلا عن مصدر في الشرطة، بمقتل 4 أشخاص.", "killed", 4).last().map(String::as_str), Some("مصدر في الشرطة"));
    // an outlet named by a noun and an adjective keeps both
    assert_eq!(src("نقلت صحيفة محلية عن شهود قولهم إن 9 أشخاص قتلوا.", "killed", 9), v(&["صحيفة محلية", "شهود"]));
    // other sources in more wordings
    assert_eq!(src("وقتل 25 شخصا على الأقل، وفق ما أعلنت السلطات المحلية.", "killed", 25), v(&["السلطات المحلية"]));
    assert_eq!(src("وبحسب مصادر محلية، فإن 14 مدنيا قتلوا في الغارة.", "killed", 14), v(&["مصادر محلية"]));
    assert_eq!(src("وقال ناشطون محليون على مواقع التواصل إن 8 مدنيين قتلوا.", "killed", 8), v(&["ناشطون محليون"]));
    assert_eq!(src("وأعلنت وزارة الداخلية في بيان صدر مساء أمس ارتفاع عدد القتلى إلى 47.", "killed", 47), v(&["وزارة الداخلية"]));
    let t = "قال المتحدث باسم وزارة الصحة إن 40 شخصا قتلوا في الغارات. وأضاف أن 120 آخرين أصيبوا بجروح. وتابع أن فرق الإنقاذ انتشلت 22 جثة.";
    assert_eq!(src(t, "wounded", 120), v(&["المتحدث باسم وزارة الصحة"]));
    assert_eq!(src(t, "killed", 22), v(&["المتحدث باسم وزارة الصحة"]));
    // the outlet's own voice
    assert!(src("قتل 30 شخصا في الهجوم. وقال شهود إن المسلحين أطلقوا النار.", "killed", 30).is_empty());
}

#[test]
fn anonymity_and_negation_are_no_reports() {
    assert_eq!(src("وقال مسؤول محلي لوكالة رويترز طالبا عدم كشف اسمه إن 17 شخصا قتلوا.", "killed", 17).last().map(String::as_str), Some("مسؤول محلي"));
    assert_eq!(src("وقال مصدر أمني، طلب عدم الكشف عن هويته، إن 11 جنديا قتلوا.", "killed", 11), v(&["مصدر أمني"]));
    assert_eq!(src("وقال ضابط رفض الكشف عن اسمه إن 14 شخصا اعتقلوا.", "arrested", 14), v(&["ضابط"]));
    // a negated reporting verb reports nothing
    assert!(src("ولم تذكر الوزارة أن 5 أشخاص قتلوا في الهجوم.", "killed", 5).is_empty());
}

#[test]
fn the_others_after_a_part_are_more_of_the_toll() {
    let t = "قال المسؤول إن 15 شخصا قتلوا بينهم 4 أطفال، وأصيب 37 آخرون في القصف.";
    assert_eq!(subject(t, "wounded", 37), None);
    // after a toll of civilians the others are civilians
    let t = "قتل 12 مدنيا وأصيب 30 آخرون.";
    assert_eq!(subject(t, "wounded", 30).as_deref(), Some("civilians"));
}

#[test]
fn a_work_made_by_a_body_is_that_bodys_word() {
    assert_eq!(src("وكشف تحقيق أجرته صحيفة الغارديان أن أكثر من 1000 مدني قتلوا في الهجوم.", "killed", 1000), v(&["صحيفة الغارديان"]));
    assert_eq!(src("وأظهر تقرير أعدته منظمة العفو الدولية أن 200 شخص قتلوا.", "killed", 200), v(&["منظمة العفو الدولية"]));
    // a work without its maker stays the source
    assert_eq!(src("وأظهر تقرير أممي أن 90 شخصا قتلوا.", "killed", 90), v(&["تقرير أممي"]));
}

#[test]
fn an_unknown_speaker_of_the_second_account() {
    let t = "وذكرت الوكالة أن 4 جنود قتلوا، في حين أعلنت الحركة في بيان مقتل 30 جنديا.";
    assert_eq!(src(t, "killed", 4), v(&["الوكالة"]));
    assert_eq!(src(t, "killed", 30), v(&["الحركة"]));
    let t = "وذكرت الوكالة أن 4 جنود قتلوا، في حين أعلن المتمردون مقتل 30 جنديا.";
    assert_eq!(src(t, "killed", 30), v(&["المتمردون"]));
}

#[test]
fn a_breakdown_of_a_toll_by_place() {
    let t = "أما حصيلة المصابين، فقالت الوزارة إن العدد الأكبر سجل في المدينة بـ 420 حالة، تليها البلدة بـ 130 حالة.";
    assert_eq!(one(t, "wounded", 420).attribution, v(&["الوزارة"]));
    one(t, "wounded", 130);
    // cases of something else, or not given as a breakdown, are no part of the toll
    for t in [
        "وبلغت حصيلة القتلى 50، وسجلت المستشفيات 300 حالة.",
        "وبلغت حصيلة القتلى 50، وسجلت الوزارة في المخيم بـ 300 حالة إسهال.",
    ] {
        assert!(run(t).iter().all(|c| c.low != Some(300) || c.quantity == "other"), "{t}");
    }
}

#[test]
fn civil_protection_are_civilians() {
    assert_eq!(subject("قتل 4 من عناصر الحماية المدنية أثناء عملهم.", "killed", 4).as_deref(), Some("civilians"));
    // «من أبناء X» says where people come from, not who they are: fighters stay fighters
    assert_ne!(subject("قتل 40 مسلحا من أبناء المنطقة في المعارك.", "killed", 40).as_deref(), Some("civilians"));
    assert_ne!(subject("قتل 4 جنود أتراك من أبناء المنطقة.", "killed", 4).as_deref(), Some("civilians"));
}

#[test]
fn a_speaker_then_how_it_spoke() {
    assert_eq!(src("وأعلنت الحركة عبر حسابها على منصة إكس مقتل 9 من عناصرها.", "killed", 9), v(&["الحركة"]));
    // a pronoun object is no speaker
    assert!(src("ونفى ذلك، لكنه أقر بعد أيام بمقتل 4 أشخاص.", "killed", 4).iter().all(|s| s != "ذلك"));
}

#[test]
fn victims_under_the_rubble_may_be_alive() {
    one("وقالت الوزارة إنه ما يزال هناك مئات الضحايا تحت الأنقاض.", "casualties", 200);
    // pulled out from under it, or a toll, they are dead
    one("وانتشلت الفرق 50 ضحية من تحت الأنقاض.", "killed", 50);
    one("وارتفع عدد الضحايا إلى 200 قتيل.", "killed", 200);
}

#[test]
fn the_attackers_are_the_side_that_attacked() {
    let t = "وأعلن الجيش صد هجوم شنته قوات الدعم السريع على المدينة، وقتل 50 من المهاجمين.";
    assert_eq!(src(t, "killed", 50), v(&["الجيش"]));
    assert_eq!(subject(t, "killed", 50).as_deref(), Some("RSF"));
    // the side that speaks is never its own attackers
    assert_eq!(subject("قال الجيش السوداني إنه قتل 40 من المهاجمين.", "killed", 40), None);
}

#[test]
fn people_who_speak_by_their_role() {
    assert_eq!(src("وأكد عضو في لجنة المقاومة مقتل 13 مدنيا.", "killed", 13).last().map(|s| s.starts_with("عضو")), Some(true));
    assert_eq!(src("وقال ناجون إن 30 شخصا قتلوا داخل المسجد.", "killed", 30), v(&["ناجون"]));
    assert_eq!(src("وقال أحد السكان إن 20 شخصا قتلوا في القصف.", "killed", 20), v(&["أحد السكان"]));
}

#[test]
fn a_source_after_a_glued_preposition_and_article() {
    assert_eq!(src("نزح أكثر من 150 ألف شخص، وفقا للمصادر المحلية.", "displaced", 150_000), v(&["المصادر المحلية"]));
}

#[test]
fn a_source_whose_noun_begins_with_lam() {
    // «للجنة» is ل + اللجنة (the segmenter's second reading of «لل»), not ل + الجنة.
    assert_eq!(src("نزح أكثر من 150 ألف شخص، وفقا للجنة المحلية.", "displaced", 150_000), v(&["اللجنة المحلية"]));
    // The first reading stays for every other noun.
    assert_eq!(src("نزح أكثر من 150 ألف شخص، وفقا للسلطات المحلية.", "displaced", 150_000), v(&["السلطات المحلية"]));
}

#[test]
fn a_named_committee_after_lam() {
    // The name recogniser names the body from its second lam; the article comes back.
    // Before the segmenter's second reading of «لل» the source was «إحصائيات للجنة …».
    assert_eq!(src("وتوفي 40 شخصا بحسب إحصائيات للجنة الطبية العليا في المدينة.", "killed", 40), v(&["اللجنة الطبية العليا"]));
}
