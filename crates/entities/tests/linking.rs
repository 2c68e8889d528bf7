//! Linking the shorter forms of a body within one article, on sentences written for these
//! tests.

use riwaya_model::Mention;
mod common;
use common::rec;

fn ent(v: &[Mention], text: &str) -> Option<String> {
    v.iter().find(|m| m.text == text).map(|m| m.entity.clone())
}

#[test]
fn a_shorter_form_is_the_body_named_in_full() {
    let v = rec().mentions("حذرت الهيئة العامة للأرصاد الجوية المصرية من العاصفة، وقالت هيئة الأرصاد الجوية إن الرياح قوية.");
    assert_eq!(ent(&v, "هيئة الأرصاد الجوية").as_deref(), Some("egyptian-meteorological-authority"), "{v:?}");
    // Named after its shorter form, too.
    let v = rec().mentions("قالت هيئة الأرصاد الجوية إن الرياح قوية، وفق بيان الهيئة العامة للأرصاد الجوية المصرية.");
    assert_eq!(ent(&v, "هيئة الأرصاد الجوية").as_deref(), Some("egyptian-meteorological-authority"), "{v:?}");
    // Two bodies unknown to the lexicon: the shorter is the longer.
    let v = rec().mentions("أعلنت لجنة الإغاثة العليا بولاية النيل الأزرق وصول قافلة، وقالت لجنة الإغاثة إن القافلة تحمل أدوية.");
    let long = v.iter().find(|m| m.text.starts_with("لجنة الإغاثة العليا")).expect("long form");
    assert_eq!(ent(&v, "لجنة الإغاثة").as_deref(), Some(long.entity.as_str()), "{v:?}");
}

#[test]
fn no_link_when_two_bodies_fit_or_the_head_differs() {
    // Two committees with «الإغاثة» in their names: «لجنة الإغاثة» stays its own.
    let v = rec().mentions("قالت لجنة الإغاثة العليا إن لجنة الإغاثة الشعبية ولجنة الإغاثة تعمل معا.");
    let e = ent(&v, "لجنة الإغاثة").expect("short form");
    assert!(e.starts_with("org:"), "{v:?}");
    // A different head is another body: «مكتب الإغاثة» is not «لجنة الإغاثة العليا».
    let v = rec().mentions("قالت لجنة الإغاثة العليا إن مكتب الإغاثة أغلق أبوابه.");
    let long = v.iter().find(|m| m.text.starts_with("لجنة الإغاثة")).map(|m| m.entity.clone());
    let other = ent(&v, "مكتب الإغاثة");
    assert!(other.is_none() || other != long, "{v:?}");
}

#[test]
fn a_preposition_after_a_body_is_no_nisba() {
    // «إلى» folds to «الي», which looks like a definite nisba: it is not part of the name.
    let v = rec().mentions("دعت حركة حماس إلى التهدئة، ودعا برنامج الأغذية العالمي إلى فتح المعابر.");
    assert_eq!(ent(&v, "حركة حماس").as_deref(), Some("hamas"), "{v:?}");
    assert_eq!(ent(&v, "برنامج الأغذية العالمي").as_deref(), Some("wfp"), "{v:?}");
    assert!(v.iter().all(|m| !m.text.contains("إلى")), "{v:?}");
    // A real nisba still makes another country's body.
    let v = rec().mentions("قالت وزارة العدل الأمريكية إن التحقيق مستمر.");
    assert!(v.iter().any(|m| m.text == "وزارة العدل الأمريكية" && m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn a_civil_body_of_a_place() {
    let v = rec().mentions("وقالت وزارة الصحة بولاية شمال دارفور إن عشرين شخصا قتلوا، وأضافت وزارة الصحة أن المستشفى مكتظ.");
    let long = v.iter().find(|m| m.text == "وزارة الصحة بولاية شمال دارفور").expect("the body with its place");
    assert!(long.entity.starts_with("org:") && long.entity.contains("gn-sd-55"), "{v:?}");
    // The shorter form later is the same body.
    assert_eq!(ent(&v, "وزارة الصحة").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // The place stays a name inside it.
    let nested = rec().mentions_nested("وقالت وزارة الصحة بولاية شمال دارفور إن الوضع صعب.");
    assert!(nested.iter().any(|m| m.text == "ولاية شمال دارفور" && m.entity == "gn-sd-55"), "{nested:?}");
    // «في بيان» is no place; an armed force «في» a town is where it is, not its name.
    let v = rec().mentions("وقالت وزارة الصحة في بيان إن قوات الدعم السريع في الفاشر قصفت السوق.");
    assert!(v.iter().all(|m| !m.text.contains("بيان") && !m.text.contains("السريع في")), "{v:?}");
}

#[test]
fn a_shorter_form_with_its_nisba_in_the_other_gender() {
    // «الائتلاف الكويتي المعارض» after «الائتلاف الوطني لقوى الثورة والمعارضة الكويتية»:
    // the nisbas agree with another noun, the order differs, «و» and «ال» are dropped.
    let v = rec().mentions("قال الائتلاف الوطني لقوى الثورة والمعارضة الكويتية إن القصف مستمر. وأضاف الائتلاف الكويتي المعارض أن الحصار مستمر.");
    let long = v.iter().find(|m| m.text.starts_with("الائتلاف الوطني")).expect("long form");
    assert_eq!(ent(&v, "الائتلاف الكويتي المعارض").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // Another country's coalition stays apart.
    let v = rec().mentions("قال الائتلاف الوطني لقوى الثورة والمعارضة الكويتية إن القصف مستمر. وأضاف الائتلاف العماني المعارض أن الحصار مستمر.");
    let long = v.iter().find(|m| m.text.starts_with("الائتلاف الوطني")).expect("long form");
    assert_ne!(ent(&v, "الائتلاف العماني المعارض").as_deref(), Some(long.entity.as_str()), "{v:?}");
}

#[test]
fn an_armed_wing_named_in_full_makes_its_movement_short_name_valid() {
    // Only the wing is named in full; the bare movement name is still the movement.
    let v = rec().mentions("أعلنت كتائب القسام قصف موقع عسكري، وقال مسؤول في حماس إن الرد سيتواصل.");
    assert_eq!(ent(&v, "كتائب القسام").as_deref(), Some("qassam-brigades"), "{v:?}");
    assert_eq!(ent(&v, "حماس").as_deref(), Some("hamas"), "{v:?}");
    // Nothing named in full: the short name alone stays unlinked to the lexicon entry.
    let v = rec().mentions("وقال مسؤول في حماس إن الرد سيتواصل.");
    assert_ne!(ent(&v, "حماس").as_deref(), Some("hamas"), "{v:?}");
}

#[test]
fn a_governments_capital_short_name_is_the_town_where_a_place_stands() {
    // The government named in full: its capital after a verb is the government, but after a
    // preposition of place, «ب» or a place or site head it is the town.
    let text = "أعلنت الحكومة المصرية خطة جديدة، وقالت القاهرة إنها ترفض التدخل. ووصل الوفد إلى مطار القاهرة ثم عقد اجتماعا في القاهرة وآخر بالقاهرة.";
    let v = rec().mentions(text);
    let ids: Vec<(&str, &str)> = v.iter().filter(|m| m.text == "القاهرة" || m.text == "بالقاهرة").map(|m| (m.text.as_str(), m.entity.as_str())).collect();
    assert_eq!(ids.first().map(|x| x.1), Some("egyptian-government"), "{v:?}");
    assert!(ids.len() >= 3, "{v:?}");
    assert!(ids[1..].iter().all(|x| x.1 == "cairo"), "{v:?}");
    let airport = v.iter().find(|m| m.text.starts_with("مطار")).expect("the airport");
    assert!(airport.entity.contains("cairo"), "{v:?}");
}

#[test]
fn a_lexicon_persons_family_name_alone_is_that_person() {
    // The person named in full, then by the family name after a verb of saying.
    let v = rec().mentions("وقال رئيس المجلس عيدروس الزبيدي في كلمة إن الأمن أولوية، فيما قال الزبيدي إن الحوار ممكن.");
    let zs: Vec<&str> = v.iter().filter(|m| m.text == "الزبيدي").map(|m| m.entity.as_str()).collect();
    assert_eq!(zs, vec!["aidarous-al-zubaidi"], "{v:?}");
    // A family name that is a word: only in a name's context («وأكد بصل أن»), not «بصل المزارعين».
    let v = rec().mentions("وقال محمود بصل إن الطواقم تعمل، وأكد بصل أن الوقود نفد، وارتفعت أسعار بصل المزارعين.");
    assert_eq!(v.iter().filter(|m| m.entity == "mahmoud-basal").count(), 2, "{v:?}");
    // A father's name after «بن» is no family name: «سلمان» alone is not «محمد بن سلمان».
    let v = rec().mentions("التقى الأمير محمد بن سلمان الوفد، وقال سلمان إن العلاقات متينة.");
    assert!(v.iter().all(|m| m.text != "سلمان" || m.entity != "mohammed-bin-salman"), "{v:?}");
}

#[test]
fn a_given_name_has_no_proclitic() {
    // «فاطمة» is not «ف» + «اطمة» (a town of Syria).
    let v = rec().mentions("وقالت المتحدثة فاطمة الزهراني إن الأسر تحتاج إلى المساعدة.");
    assert!(v.iter().all(|m| m.entity != "atmeh"), "{v:?}");
    // The town itself, with a preposition, is still found.
    let v = rec().mentions("وسقطت قذائف على بلدة أطمة في ريف إدلب.");
    assert!(v.iter().any(|m| m.entity == "atmeh"), "{v:?}");
}

#[test]
fn a_shared_short_name_with_a_countrys_nisba_is_that_countrys_body() {
    // «الدفاع المدني» names several countries' bodies; with «اليمني» it is Yemen's, and its
    // bare name later in the article is the same body.
    let v = rec().mentions("أخمدت فرق الدفاع المدني اليمني حريقا في مدينة تعز، وقال مدير الدفاع المدني في المحافظة إن الحريق كبير.");
    let long = v.iter().find(|m| m.text == "الدفاع المدني اليمني").expect("the body with its nisba");
    assert!(long.entity.starts_with("org:") && long.entity.ends_with("اليمنيه"), "{v:?}");
    assert_eq!(ent(&v, "الدفاع المدني").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // A word that is no nisba makes no body of its own.
    let v = rec().mentions("وصل الدفاع المدني الموقع بعد ساعة.");
    assert!(v.iter().all(|m| !m.text.contains("الموقع")), "{v:?}");
}

#[test]
fn a_title_and_rank_words_before_a_name() {
    let v = rec().mentions("وقال الملازم الأول نسيم برناوي إن الوضع مستقر، وأشار برناوي إلى تشقق الجدران.");
    let p = v.iter().find(|m| m.text == "نسيم برناوي").expect("the officer");
    assert_eq!(ent(&v, "برناوي").as_deref(), Some(p.entity.as_str()), "{v:?}");
    // «الفريق الأول» of a club is a team, and no name follows it.
    let v = rec().mentions("واصل الفريق الأول لكرة القدم تدريباته، وقال مدرب الفريق الأول فقد واصل اللاعبون التدريب.");
    assert!(v.iter().all(|m| m.kind.as_str() != "person"), "{v:?}");
}

#[test]
fn a_device_head_names_a_body_only_before_a_public_service() {
    let v = rec().mentions("وقال المتحدث باسم جهاز الإسعاف مالك مرسيط إن الفرق لم تصل، وطالب مرسيط بفتح ممرات.");
    assert!(v.iter().any(|m| m.text == "جهاز الإسعاف" && m.entity.starts_with("org:")), "{v:?}");
    let p = v.iter().find(|m| m.text == "مالك مرسيط").expect("the spokesman");
    assert_eq!(ent(&v, "مرسيط").as_deref(), Some(p.entity.as_str()), "{v:?}");
    // Devices are no bodies.
    let v = rec().mentions("ووضع جهاز التكييف في الغرفة، وقال إن الجهاز الفني للفريق جاهز.");
    assert!(v.iter().all(|m| !m.text.contains("جهاز") && !m.text.contains("الجهاز")), "{v:?}");
}

#[test]
fn the_first_words_of_a_body_named_in_full_are_that_body() {
    // Cut before the complement: «الحركة الشعبية» … «الحركة الشعبية لتحرير السودان - شمال».
    let v = rec().mentions("اتهمت السلطات الحركة الشعبية لتحرير السودان - شمال بقصف المدينة، بينما نفت الحركة الشعبية المسؤولية.");
    assert_eq!(v.iter().filter(|m| m.entity == "splm-n").count(), 2, "{v:?}");
    // A body the lexicon lacks: «منظمة X للإغاثة والتنمية» … «منظمة X».
    let v = rec().mentions("وقال المجلس التنسيقي لقبائل الوادي إن المفاوضات مستمرة، ودعا المجلس التنسيقي الطرفين إلى الهدوء.");
    let long = v.iter().find(|m| m.text.starts_with("المجلس التنسيقي لقبائل")).expect("the council in full");
    assert_eq!(ent(&v, "المجلس التنسيقي").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // Two bodies share the first words: the short form is neither.
    let v = rec().mentions("وقال المجلس التنسيقي لقبائل الوادي والمجلس التنسيقي لشؤون الرعاة إن المجلس التنسيقي سيجتمع.");
    let ids: std::collections::HashSet<&str> = v.iter().filter(|m| m.text.starts_with("المجلس التنسيقي ل")).map(|m| m.entity.as_str()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
    assert!(v.iter().filter(|m| m.text == "المجلس التنسيقي").all(|m| !ids.contains(m.entity.as_str())), "{v:?}");
}

#[test]
fn an_emergency_room_of_a_known_place_and_its_shorter_name() {
    // «لطوارئ» + a known place completes the name; «للطوارئ» later is the same room.
    let v = rec().mentions("أعلنت الغرفة المركزية لطوارئ ولاية شمال كردفان تسجيل وفيات، وقالت الغرفة المركزية للطوارئ إن المراكز امتلأت.");
    let long = v.iter().find(|m| m.text == "الغرفة المركزية لطوارئ ولاية شمال كردفان").expect("the room in full");
    assert_eq!(ent(&v, "الغرفة المركزية للطوارئ").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // «لـ» + a word that is neither a complement noun nor a place: the object of a verb.
    let v = rec().mentions("استجاب المجلس الرئاسي لدعوات المحتجين.");
    assert!(v.iter().all(|m| !m.text.contains("لدعوات")), "{v:?}");
}

#[test]
fn a_new_body_opening_a_known_bodys_name_in_the_article_is_that_body() {
    // «الحركة الشعبية لتحرير السودان» opens the lexicon's «… - شمال», named here.
    let v = rec().mentions("اتهمت الحكومة قوات الحركة الشعبية - شمال بقصف كادقلي، ونفى الناطق باسم الحركة الشعبية لتحرير السودان الاتهامات.");
    assert!(v.iter().any(|m| m.text == "الحركة الشعبية لتحرير السودان" && m.entity == "splm-n"), "{v:?}");
    // The known body not named in the article: the new body stays its own.
    let v = rec().mentions("ونفى الناطق باسم الحركة الشعبية لتحرير السودان الاتهامات.");
    assert!(v.iter().all(|m| m.entity != "splm-n"), "{v:?}");
}

#[test]
fn a_body_named_in_a_country_is_its_shorter_name_across_a_run() {
    use riwaya_entities::RunNames;
    let run_of = |second: &str| {
        let mut run = RunNames::new();
        let mut a = rec().mentions("حذرت الهيئة العامة لمكافحة التصحر في الصومال من موجة جفاف.");
        run.link(&mut a);
        let mut b = rec().mentions(second);
        run.link(&mut b);
        let long = a.iter().find(|m| m.text.contains("التصحر")).map(|m| m.entity.clone()).expect("the body in full");
        (long, b.iter().find(|m| m.text == "الهيئة العامة لمكافحة التصحر").map(|m| m.entity.clone()))
    };
    // The second article names the country: the same body.
    let (long, short) = run_of("وقالت الهيئة العامة لمكافحة التصحر إن الأمطار تأخرت في الصومال.");
    assert_eq!(short.as_deref(), Some(long.as_str()));
    // It does not: another country's body of that name, maybe.
    let (long, short) = run_of("وقالت الهيئة العامة لمكافحة التصحر إن الأمطار تأخرت.");
    assert_ne!(short.as_deref(), Some(long.as_str()));
}

#[test]
fn a_civil_head_a_rare_word_and_a_complement_name_a_body() {
    let v = rec().mentions("وقالت منظمة نسائم للإغاثة والتنمية إن فرقها وصلت، وأكدت منظمة نسائم أن المياه شحيحة.");
    let long = v.iter().find(|m| m.text == "منظمة نسائم للإغاثة والتنمية").expect("the body in full");
    assert_eq!(ent(&v, "منظمة نسائم").as_deref(), Some(long.entity.as_str()), "{v:?}");
    // A frequent word or a verb after the head is no name.
    let v = rec().mentions("وشكلت الوزارة لجنة تحقيق للنظر في الحادث، وحجزت غرفة استأجرت للمقابلات.");
    assert!(v.iter().all(|m| !m.text.contains("تحقيق") && !m.text.contains("استأجرت")), "{v:?}");
}

/// A family name alone after a title or a definite role («وقال المحافظ خضروني إن»), closed
/// by a clause or a mark, is a person: the one named in full in the article, or in another
/// article of the run. Common words, verbs and pronoun forms after such words are not.
#[test]
fn a_family_name_after_a_title_is_the_person_named_in_full() {
    use riwaya_entities::RunNames;
    let mut run = RunNames::new();
    let mut a = rec().mentions("وقال محافظ الإقليم بشير خضروني إن الغارة استهدفت منزلا.");
    run.link(&mut a);
    let full = ent(&a, "بشير خضروني").expect("full name");
    let mut b = rec().mentions("وقال المحافظ خضروني إن القتلى مدنيون.");
    run.link(&mut b);
    assert_eq!(ent(&b, "خضروني").as_deref(), Some(full.as_str()), "{b:?}");
    let mut c = rec().mentions("وكان الجنرال خضروني قد تعهد بإنهاء التمرد.");
    run.link(&mut c);
    assert_eq!(ent(&c, "خضروني").as_deref(), Some(full.as_str()), "{c:?}");
    // In one article: the lone name is the one named in full.
    let v = rec().mentions("قال العميد سردار كالوني إن القوات تقدمت. وأضاف العميد كالوني: نحن مستعدون.");
    assert_eq!(ent(&v, "كالوني"), ent(&v, "سردار كالوني"), "{v:?}");
    // Negatives: a verb, a pronoun form, a common word after a title or a role.
    for s in ["وأضاف رئيس النادي أن الفريق اكتمل، لدينا فريق متزن.", "سيأخذ اللاعب حقه، وأريد أن أؤكد ذلك.", "وافق النادي على إعارة المهاجم إلى صفوف العميد خاصة أن اللاعب موافق.", "داعيا الله أن يتقبل الشهيد برحمته، وقال إن الوطن باق."] {
        let v = rec().mentions(s);
        assert!(!v.iter().any(|m| m.entity.starts_with("person:")), "{s}: {v:?}");
    }
}

/// One place spelled with or without an «ال» or a space in different articles of a run is
/// one place; the lexicon's name wins. Another place is not merged.
#[test]
fn spellings_of_one_place_across_a_run() {
    use riwaya_entities::RunNames;
    let mut run = RunNames::new();
    let mut a = rec().mentions("اشتبك الجيش مع مسلحين في إقليم أمهرة شمال البلاد.");
    run.link(&mut a);
    let mut b = rec().mentions("قال سكان في إقليم الأمهرة إن المعارك توقفت.");
    run.link(&mut b);
    let ea = ent(&a, "إقليم أمهرة").expect("first spelling");
    assert_eq!(ent(&b, "إقليم الأمهرة").as_deref(), Some(ea.as_str()), "{b:?}");
    let mut c = rec().mentions("سيطر المسلحون على مدينة بحر دار لساعات.");
    run.link(&mut c);
    let mut d = rec().mentions("عاد الهدوء إلى مدينة بحردار صباح اليوم.");
    run.link(&mut d);
    if let Some(ec) = ent(&c, "مدينة بحر دار") {
        assert_eq!(ent(&d, "مدينة بحردار").as_deref(), Some(ec.as_str()), "{d:?}");
    }
    // Negative: another name (one letter more) stays another place.
    let mut e = rec().mentions("نزحت عائلات إلى إقليم أمهرات المجاور.");
    run.link(&mut e);
    assert_ne!(ent(&e, "إقليم أمهرات").as_deref(), Some(ea.as_str()), "{e:?}");
}

/// Runs the articles through one run's linking, in order; the mentions of each.
fn run_all(texts: &[&str]) -> Vec<Vec<Mention>> {
    let mut run = riwaya_entities::RunNames::new();
    texts
        .iter()
        .map(|t| {
            let mut v = rec().mentions(t);
            run.link(&mut v);
            v
        })
        .collect()
}

/// One unknown body named across a run with its place as «بـX», «في X» or in idafa, by a
/// synonym head («منسقية» for «تنسيقية»), with or without «ال» on its words: one id. Two
/// towns' bodies of one name stay two.
#[test]
fn an_unknown_body_with_its_place_written_three_ways_across_a_run() {
    let a = run_all(&[
        "قالت تنسيقية المقاومة في سنار إن قوات الأمن اعتقلت ثلاثة ناشطين في سنار أمس.",
        "وأعلنت منسقية مقاومة سنار الإضراب العام، وقال ناشطون في سنار إن الأسواق أغلقت.",
        "ونفت تنسيقية المقاومة بكادقلي أي صلة بالاعتقالات، وقالت إن الهدوء يسود كادقلي.",
    ]);
    let first = ent(&a[0], "تنسيقية المقاومة في سنار").expect("the body with its place");
    assert_eq!(ent(&a[1], "منسقية مقاومة سنار").as_deref(), Some(first.as_str()), "{:?}", a[1]);
    // Another town's body of that name is another body.
    let other = ent(&a[2], "تنسيقية المقاومة بكادقلي").expect("the other town's body");
    assert_ne!(other, first, "{:?}", a[2]);
}

/// The name without its place is the body named with it, in an article about that place
/// (not across the run: in an article about another place it is not); and a longer name met
/// later is the shorter one first named in an article about its place.
#[test]
fn a_bodys_name_without_its_place_in_an_article_about_that_place() {
    let a = run_all(&[
        "قالت تنسيقية المقاومة في سنار إن قوات الأمن اعتقلت ثلاثة ناشطين في سنار.",
        "وفي سنار قالت تنسيقية المقاومة إن المعتقلين نقلوا إلى سجن المدينة.",
        "وفي كادقلي قالت تنسيقية المقاومة إن الأسواق أغلقت في كادقلي.",
    ]);
    let first = ent(&a[0], "تنسيقية المقاومة في سنار").expect("the body with its place");
    assert_eq!(ent(&a[1], "تنسيقية المقاومة").as_deref(), Some(first.as_str()), "{:?}", a[1]);
    assert_ne!(ent(&a[2], "تنسيقية المقاومة").as_deref(), Some(first.as_str()), "{:?}", a[2]);
    // The other order: the shorter first, in an article about سنار.
    let b = run_all(&[
        "وفي سنار قالت تنسيقية المقاومة إن المعتقلين نقلوا إلى سجن المدينة في سنار.",
        "قالت منسقية مقاومة سنار إن قوات الأمن اعتقلت ثلاثة ناشطين في سنار.",
    ]);
    let short = ent(&b[0], "تنسيقية المقاومة").expect("the shorter");
    assert_eq!(ent(&b[1], "منسقية مقاومة سنار").as_deref(), Some(short.as_str()), "{:?}", b[1]);
    // A generic body first named about another place is not the one of سنار.
    let c = run_all(&[
        "وفي كادقلي قالت وزارة الصحة إن المستشفى مكتظ في كادقلي.",
        "قالت وزارة الصحة في سنار إن الإصابات ارتفعت في سنار.",
    ]);
    assert_ne!(ent(&c[1], "وزارة الصحة في سنار"), ent(&c[0], "وزارة الصحة"), "{c:?}");
}

/// A bare definite head after a body named with it in the article is that body: «التنسيقية»,
/// «المنسقية» (the head's synonym), «البلدية», and «المكتب الأممي» after a UN office. Not a
/// head with an adjective of its own («البلدية الجديدة»).
#[test]
fn a_bare_definite_head_is_the_body_named_before() {
    // (Within the article «التنسيقية» is the name without its place; the run's linking
    // makes it the body of the place the article is about.)
    let v = run_all(&["قالت تنسيقية المقاومة في سنار إن قوات الأمن اعتقلت ناشطين في سنار، وأضافت التنسيقية أن المنسقية ستواصل الاحتجاج."]).remove(0);
    let body = v.iter().find(|m| m.text.starts_with("تنسيقية")).map(|m| m.entity.clone()).expect("the body");
    assert_eq!(ent(&v, "التنسيقية").as_deref(), Some(body.as_str()), "{v:?}");
    assert_eq!(ent(&v, "المنسقية").as_deref(), Some(body.as_str()), "{v:?}");
    let v = rec().mentions("أقامت بلدية الفوارة حفلا للأهالي، وقالت البلدية إن الحفل سيتكرر.");
    assert_eq!(ent(&v, "البلدية"), ent(&v, "بلدية الفوارة"), "{v:?}");
    let v = rec().mentions("قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن آلاف الأسر نزحت، وأضاف المكتب الأممي أن التمويل شحيح.");
    assert_eq!(ent(&v, "المكتب الأممي").as_deref(), Some("ocha"), "{v:?}");
    // No body of that head named before: nothing.
    let v = rec().mentions("قالت البلدية الجديدة إن الطرق أغلقت.");
    assert!(v.iter().all(|m| m.text != "البلدية"), "{v:?}");
}

/// «تنسيقية لجان المقاومة بسنار»: a plural body head inside a civil body's name is no word of
/// its own; the name is the outer body's, the one «تنسيقية المقاومة في سنار» names. Bare
/// «لجان المقاومة» stays its own body.
#[test]
fn a_plural_head_inside_a_bodys_name() {
    let a = run_all(&[
        "قالت تنسيقية المقاومة في سنار إن قوات الأمن اعتقلت ثلاثة ناشطين في سنار أمس.",
        "وأعلنت تنسيقية لجان المقاومة بسنار الإضراب العام، وقال ناشطون في سنار إن الأسواق أغلقت.",
        "وقالت لجان المقاومة إن الإضراب مستمر.",
    ]);
    let first = ent(&a[0], "تنسيقية المقاومة في سنار").expect("the body with its place");
    assert_eq!(ent(&a[1], "تنسيقية لجان المقاومة بسنار").as_deref(), Some(first.as_str()), "{:?}", a[1]);
    let bare = ent(&a[2], "لجان المقاومة").expect("the committees");
    assert_ne!(bare, first, "{:?}", a[2]);
}

/// One foreign-named body transliterated with and without long vowels in two articles is
/// one body; a body whose name differs by a consonant is not merged.
#[test]
fn spellings_of_one_foreign_body_across_a_run() {
    use riwaya_entities::RunNames;
    let body = |run: &mut RunNames, text: &str, name: &str| {
        let mut v = rec().mentions(text);
        run.link(&mut v);
        v.iter().find(|m| m.text.contains(name)).map(|m| m.entity.clone()).unwrap_or_else(|| panic!("{name} in {v:?}"))
    };
    let mut run = RunNames::new();
    let a = body(&mut run, "قالت منظمة ريليف إنترناشيونال إن تسعة من موظفيها قتلوا في الهجوم.", "ريليف");
    let b = body(&mut run, "أعلنت منظمة ريليف انترناشونال مقتل تسعة من موظفيها.", "ريليف");
    assert_eq!(a, b);
    // Another consonant: another body.
    let c = body(&mut run, "وقالت منظمة ريبيل إنترناشيونال إنها علقت عملها.", "ريبيل");
    assert_ne!(a, c);
}

/// Arabic-named bodies (a head and a name) differing by a long vowel stay two.
#[test]
fn arabic_named_bodies_differing_by_a_vowel_stay_two() {
    use riwaya_entities::RunNames;
    let mut run = RunNames::new();
    let mut a = rec().mentions("وقالت منظمة سنابل للإغاثة والتنمية إن فرقها وصلت إلى المخيم.");
    run.link(&mut a);
    let mut b = rec().mentions("وقالت منظمة سنبل للإغاثة والتنمية إن فرقها وصلت إلى المخيم.");
    run.link(&mut b);
    let x = a.iter().find(|m| m.text.contains("سنابل")).map(|m| m.entity.clone());
    let y = b.iter().find(|m| m.text.contains("سنبل")).map(|m| m.entity.clone());
    assert!(x.is_some() && y.is_some(), "{a:?} {b:?}");
    assert_ne!(x, y);
}
