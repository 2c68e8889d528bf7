//! Shapes that find and link names a new event brings and the lexicon lacks (the cold
//! measure, bench/aliases/cold.py). Sentences written for these tests; negatives included.

mod common;
use common::{ms, ent_of};

#[test]
fn a_collective_body_and_its_nisba_is_a_body() {
    let v = ms("وأعلنت الحكومة الجيبوتية الحداد، وانتشر الجيش الموريتاني على الحدود.");
    assert!(ent_of(&v, "الحكومة الجيبوتية").is_some(), "{v:?}");
    let army = v.iter().find(|m| m.text == "الجيش الموريتاني").expect("army + nisba");
    assert!(army.kind == "armed_group" || army.kind == "state_force", "{army:?}");
    let v = ms("وأعلن الحزب الوطني الجيبوتي مقاطعة الانتخابات.");
    assert!(ent_of(&v, "الحزب الوطني الجيبوتي").is_some(), "{v:?}");
}

#[test]
fn judging_words_among_the_nisbas_leave_one_body() {
    let v = ms("واتهمت الفصائل المسلحة الجيبوتية بالهجوم، وردت الفصائل الجيبوتية المسلحة بالنفي.");
    let a = ent_of(&v, "الفصائل المسلحة الجيبوتية").expect("descriptor then nisba");
    assert_eq!(ent_of(&v, "الفصائل الجيبوتية المسلحة"), Some(a), "{v:?}");
}

#[test]
fn a_body_named_less_its_last_nisba_is_the_same_body() {
    let v = ms("وأكد المجلس العسكري الجيبوتي أن المجلس العسكري سيعقد اجتماعا.");
    let a = ent_of(&v, "المجلس العسكري الجيبوتي").expect("the full name");
    assert_eq!(ent_of(&v, "المجلس العسكري"), Some(a), "{v:?}");
}

#[test]
fn a_judgement_after_an_armed_group_is_not_part_of_its_id() {
    let v = ms("وقال تنظيم الفجر الأزرق الإرهابي في بيان إن تنظيم الفجر الأزرق لم يشارك.");
    let a = ent_of(&v, "تنظيم الفجر الأزرق الإرهابي").expect("head + name + judgement");
    assert_eq!(ent_of(&v, "تنظيم الفجر الأزرق"), Some(a), "{v:?}");
}

#[test]
fn collective_words_alone_or_without_agreement_name_nothing() {
    for t in [
        "وقال الجيش إن الوضع هادئ.",
        "وأعلنت الحكومة الجديدة برنامجها.",
        "وقال وزير الخارجية الأمريكي إن المحادثات مستمرة.",
        "وأكد المجلس أن الاجتماع تأجل.",
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.starts_with("الجيش") && !m.text.starts_with("الحكومة") && !m.text.starts_with("الخارجية") && m.text != "المجلس"), "{t}: {v:?}");
    }
}

#[test]
fn a_given_name_and_a_rare_family_name_are_a_person() {
    let v = ms("وقال أسامة ضبيعات إن المياه غمرت الطريق.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "أسامة ضبيعات"), "{v:?}");
    let v = ms("وعرف من الضحايا عبد الكريم السالم وآخرون.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "عبد الكريم السالم"), "{v:?}");
    // A frequent word after a given name is no family name.
    let v = ms("وقال أسامة الدولة إن");
    assert!(v.iter().all(|m| m.text != "أسامة الدولة"), "{v:?}");
}

#[test]
fn a_body_named_with_its_owner_is_the_same_body() {
    let v = ms("وقالت مديرية الزراعة التابعة للنظام السوري إن مديرية الزراعة أحصت الخسائر.");
    let a = ent_of(&v, "مديرية الزراعة التابعة للنظام السوري").expect("body + affiliation + owner");
    assert_eq!(ent_of(&v, "مديرية الزراعة"), Some(a), "{v:?}");
    // The owner found by the lexicon is inside the body's name.
    let v = ms("وقالت مديرية الزراعة التابعة للأمم المتحدة إن الخسائر كبيرة.");
    assert!(ent_of(&v, "مديرية الزراعة التابعة للأمم المتحدة").is_some(), "{v:?}");
}

#[test]
fn an_affiliation_after_no_body_or_before_no_owner_adds_nothing() {
    let v = ms("وصلت الشاحنات التابعة للأمم المتحدة إلى المعبر.");
    assert!(v.iter().all(|m| !m.text.contains("التابعة")), "{v:?}");
    let v = ms("وقالت مديرية الزراعة التابعة أمس إن الخسائر كبيرة.");
    assert!(v.iter().all(|m| !m.text.contains("التابعة")), "{v:?}");
}

#[test]
fn a_name_the_lexicon_knows_is_left_to_it() {
    // «الدفاع المدني» is a short name of the lexicon, not a new body by its nisba.
    let v = ms("وقال الدفاع المدني السوري إن فرقه انتشلت الضحايا، وأكد الدفاع المدني أن البحث مستمر.");
    assert!(v.iter().filter(|m| m.text.starts_with("الدفاع")).all(|m| !m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn a_civil_body_of_a_place_the_patterns_named() {
    let v = ms("وقالت غرفة طوارئ مخيم أم كدادة إن القصف استمر، وأكدت لجنة حي الربيع أن المياه انقطعت.");
    let a = ent_of(&v, "غرفة طوارئ مخيم أم كدادة").expect("head + noun + new camp");
    assert!(a.starts_with("org:"), "{a}");
    // The camp alone is still a place elsewhere.
    let v = ms("ووصلت سيارات الإسعاف إلى مخيم أم كدادة صباحا.");
    assert!(v.iter().any(|m| m.text == "مخيم أم كدادة" && m.entity.starts_with("place:")), "{v:?}");
    // A body «في» a camp is not a body of the camp's name.
    let v = ms("وقالت وزارة الصحة في مخيم أم كدادة إن");
    assert!(v.iter().all(|m| m.text != "وزارة الصحة في مخيم أم كدادة"), "{v:?}");
}

#[test]
fn a_civil_body_of_a_group_of_people() {
    let v = ms("وقالت منسقية النازحين واللاجئين إن الأوضاع تتدهور.");
    let a = ent_of(&v, "منسقية النازحين واللاجئين").expect("head + two groups");
    assert!(a.starts_with("org:"), "{a}");
    // The groups alone, with no head, stay groups.
    let v = ms("وتضم المخيمات آلاف النازحين واللاجئين.");
    assert!(v.iter().all(|m| !m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn two_definite_compass_words_before_a_place_name_its_region() {
    let v = ms("ضربت العاصفة الجنوب الشرقي لليبيا، وقال سكان في الجنوب الشرقي إن الطرق مقطوعة.");
    let a = ent_of(&v, "الجنوب الشرقي لليبيا").expect("two compass words + لـ + country");
    assert_eq!(ent_of(&v, "الجنوب الشرقي"), Some(a), "{v:?}");
    // One word alone is too often the West or the East («الجنوب اللبناني», with a
    // country's nisba, is a region: a_definite_compass_noun_and_a_countrys_nisba…).
    for t in ["وانتقد دعم الغرب لإسرائيل.", "وصلت المساعدات إلى زليتن ومنها إلى بني وليد."] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.contains("جنوب") && !m.entity.contains("غرب")), "{t}: {v:?}");
    }
}

#[test]
fn a_camp_named_often_keeps_its_bare_name() {
    let t = "قصفت القوات مخيم كلمندو للنازحين. وقال سكان كلمندو إن القصف طال أسواق كلمندو، \
             وفر أهالي كلمندو نحو الجنوب، بينما بقي في كلمندو آلاف، ووصلت إلى كلمندو قافلة.";
    let v = ms(t);
    // (Its qualifier is part of the camp's name since session 11.)
    let camp = ent_of(&v, "مخيم كلمندو للنازحين").expect("the camp");
    let bare = v.iter().filter(|m| m.text.ends_with("كلمندو") && m.text.chars().count() <= 7).count();
    assert!(bare >= 5 && v.iter().filter(|m| m.text.ends_with("كلمندو")).all(|m| m.entity == camp), "{v:?}");
}

#[test]
fn an_armed_group_with_or_without_its_last_nisba_is_one_group() {
    let v = ms("وقالت حركة الكرامة الوطنية الجيبوتية إن حركة الكرامة الوطنية لم تشارك في الهجوم.");
    let a = ent_of(&v, "حركة الكرامة الوطنية الجيبوتية").expect("armed head + name + nisba");
    assert_eq!(ent_of(&v, "حركة الكرامة الوطنية"), Some(a), "{v:?}");
    // One word would be left: the nisba is part of the name («حركة الفجر الإسلامي»).
    let v = ms("وقالت حركة الفجر الإسلامي إن");
    assert!(v.iter().any(|m| m.entity.ends_with("الفجر-الاسلامي")), "{v:?}");
}

#[test]
fn regional_outlets_are_known_and_their_word_names_need_the_full_name() {
    let v = ms("وقالت وكالة معا الإخبارية إن الاحتلال اقتحم المخيم، وأضافت معا أن المواجهات استمرت.");
    assert_eq!(ent_of(&v, "وكالة معا الإخبارية").as_deref(), Some("maan-news"), "{v:?}");
    assert_eq!(ent_of(&v, "معا").as_deref(), Some("maan-news"), "{v:?}");
    // «معا» is also «together»: alone it names nothing.
    let v = ms("وخرج الأهالي معا إلى الساحة.");
    assert!(v.iter().all(|m| m.entity != "maan-news"), "{v:?}");
    let v = ms("ونقلت صحيفة القبس الكويتية عن مصادر أن الاجتماع تأجل، كما ذكر موقع مصراوي.");
    assert_eq!(ent_of(&v, "صحيفة القبس الكويتية").as_deref(), Some("alqabas"), "{v:?}");
    assert!(v.iter().any(|m| m.entity == "masrawy"), "{v:?}");
}

#[test]
fn an_outlets_last_word_after_a_name_is_an_outlet() {
    let v = ms("وقال مراسل كسلا نيوز إن المياه غمرت الأحياء، ونقل موقع دارنانيوز عن شهود أن الجسر انهار.");
    let a = v.iter().find(|m| m.text == "كسلا نيوز").expect("name + suffix apart");
    assert_eq!(a.kind, "outlet", "{a:?}");
    // The media head before it is the mention's; the id is the outlet's own name.
    assert!(v.iter().any(|m| m.text == "موقع دارنانيوز" && m.entity == "org:دارنانيوز" && m.kind == "outlet"), "{v:?}");
    // A frequent word or a function word before the suffix is no outlet's name.
    for t in ["وقال في مؤتمر برس إن الوضع صعب.", "وأفادت الصحف برس أمس."] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "outlet"), "{t}: {v:?}");
    }
}

#[test]
fn a_given_name_that_is_also_a_word_after_a_verb_of_saying() {
    let v = ms("وقالت إيمان عويضات في تصريح إن القصف تواصل.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "إيمان عويضات"), "{v:?}");
    // Not without the verb, and not before a frequent or definite word.
    for t in ["وكان الإيمان عويضات", "وقالت أمل كبيرة في الحل", "وقال حسن الظن بالناس واجب"] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "person"), "{t}: {v:?}");
    }
}

#[test]
fn a_family_name_with_al_is_the_person_without_it_too() {
    let v = ms("قال رئيس البلدية عبد الكريم القشاطي إن المياه انحسرت. وطالب قشاطي بفتح تحقيق.");
    let a = ent_of(&v, "عبد الكريم القشاطي").expect("full name");
    assert_eq!(ent_of(&v, "قشاطي"), Some(a), "{v:?}");
}

#[test]
fn a_government_head_names_a_body() {
    let v = ms("وقالت حكومة الإنقاذ الوطني إن المساعدات وصلت، وأعلنت حكومة ولاية زليتن الحداد.");
    assert!(ent_of(&v, "حكومة الإنقاذ الوطني").is_some_and(|e| e.starts_with("org:")), "{v:?}");
    assert!(v.iter().any(|m| m.text.starts_with("حكومة ولاية") && m.entity.starts_with("org:")), "{v:?}");
    // A new government, or a caretaker one, is no name.
    for t in ["وشكلت حكومة جديدة أمس.", "وقال رئيس حكومة تصريف الأعمال إن"] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.starts_with("حكومة")), "{t}: {v:?}");
    }
}

#[test]
fn collective_shapes_leave_loyalty_ministers_and_complements_alone() {
    let v = ms("وقال وزير الدفاع الأميركي إن القوات الموالية للرئيس تقدمت.");
    assert!(v.iter().all(|m| m.text != "الدفاع الأميركي" && m.text != "القوات الموالية"), "{v:?}");
    let v = ms("وأعلن المجلس الوطني للمقاومة الجيبوتية أنه يرفض الاتفاق.");
    assert!(v.iter().all(|m| m.text != "المجلس الوطني"), "{v:?}");
}

#[test]
fn a_verb_or_an_adjective_after_a_given_name_is_no_family_name() {
    for t in ["وقال إن عبد الله يشكك في الرواية.", "وشاركت لجان تطوعية في الإنقاذ.", "وقال عبد الله للكاتب إن"] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.contains("يشكك") && !m.text.contains("تطوعية") && !m.text.contains("للكاتب")), "{t}: {v:?}");
    }
}

#[test]
fn a_body_head_a_noun_and_definite_words_ending_in_a_nisba_are_a_body() {
    let v = ms("ودعت منظمة مراقبة الأنهار الأفريقية إلى التحقيق، وقال مكتب حماية الغابات الجيبوتي إن الحرائق انتشرت.");
    assert!(ent_of(&v, "منظمة مراقبة الأنهار الأفريقية").is_some_and(|e| e.starts_with("org:")), "{v:?}");
    assert!(ent_of(&v, "مكتب حماية الغابات الجيبوتي").is_some(), "{v:?}");
    // Repeated in another sentence: the same body.
    let v = ms("وقالت هيئة حماية السواحل الجيبوتية إن. وأضافت هيئة حماية السواحل الجيبوتية أن");
    let ids: Vec<_> = v.iter().filter(|m| m.text == "هيئة حماية السواحل الجيبوتية").map(|m| m.entity.clone()).collect();
    assert!(ids.len() == 2 && ids[0] == ids[1], "{v:?}");
}

#[test]
fn a_noun_of_action_a_media_head_or_no_nisba_after_a_head_is_no_construct_body() {
    for (t, bad) in [
        ("وتسببت حركة نزوح الأسر السورية في أزمة.", "حركة"),
        ("وقال مجلس إدارة الشركة إن الأرباح تراجعت.", "مجلس"),
        ("ووصل المحققون إلى موقع سقوط الصاروخ الإسرائيلي.", "موقع"),
        ("وشهدت المدينة تجمع أهالي القرية الشرقية.", "تجمع"),
        ("وطالبت لجنة تحقيق المجلس بالأدلة.", "لجنة"),
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.starts_with(bad)), "{t}: {v:?}");
    }
}

#[test]
fn a_family_name_that_opens_with_a_particle_alone_is_the_person_named_in_full() {
    let v = ms("وقال مدير المستشفى سامر عبد الغفور إن الجرحى كثر. وأضاف عبد الغفور أن الأدوية نفدت.");
    let a = ent_of(&v, "سامر عبد الغفور").expect("given name and family name");
    assert_eq!(ent_of(&v, "عبد الغفور"), Some(a), "{v:?}");
    // Alone, with no fuller name in the article, it stays its own person.
    let v = ms("وأضاف عبد الغفور أن الأدوية نفدت.");
    assert!(v.iter().all(|m| m.entity != "person:سامر-عبد-الغفور"), "{v:?}");
}

#[test]
fn a_governorate_and_its_seat_of_the_same_name_are_one_place() {
    // The annotators' convention: «ولاية كسلا», «كسلا» and «مدينة كسلا» are one place, the
    // seat, whether or not the article names the governorate (so articles link).
    let v = common::rec().mentions_nested("اجتاحت السيول ولاية كسلا السودانية، ونزحت أسر من كسلا إلى مدينة كسلا.");
    let g = ent_of(&v, "ولاية كسلا").expect("the governorate");
    let town = ent_of(&v, "مدينة كسلا").expect("the town");
    assert_eq!(g, town, "{v:?}");
    let bare: Vec<_> = v.iter().filter(|m| m.text == "كسلا").map(|m| m.entity.clone()).collect();
    assert_eq!(bare.len(), 3, "{v:?}");
    assert!(bare.iter().all(|e| *e == town), "{v:?}");
    let v = common::rec().mentions_nested("ونزحت أسر من كسلا.");
    assert!(v.iter().all(|m| m.text != "سلا"), "{v:?}");
    assert_eq!(ent_of(&v, "كسلا"), Some(town.clone()));
    let v = ms("وصلت المساعدات إلى محافظة حلب صباح اليوم.");
    let w = ms("وصلت المساعدات إلى حلب صباح اليوم.");
    assert!(ent_of(&v, "محافظة حلب").is_some() && ent_of(&v, "محافظة حلب") == ent_of(&w, "حلب"), "{v:?} {w:?}");
    // A governorate with no town of its name stays the governorate, and so does its
    // countryside.
    let v = ms("تقدمت القوات في ولاية شمال دارفور ثم في ريف حلب.");
    assert_eq!(ent_of(&v, "ولاية شمال دارفور").as_deref(), Some("gn-sd-55"), "{v:?}");
    assert_ne!(ent_of(&v, "ريف حلب"), ent_of(&w, "حلب"), "{v:?}");
}

#[test]
fn the_capital_and_a_nationality_name_that_countrys_capital() {
    let v = ms("وصل الوفد إلى العاصمة السودانية، ثم التقى الوزير في الخرطوم.");
    let k = ent_of(&v, "الخرطوم").expect("the town");
    assert_eq!(ent_of(&v, "العاصمة السودانية"), Some(k), "{v:?}");
    // A site of the capital so named is the site of that town.
    let v = ms("وقع انفجار في مرفأ العاصمة اللبنانية، ثم أغلق مرفأ بيروت.");
    let p = ent_of(&v, "مرفأ بيروت").expect("the port");
    assert_eq!(ent_of(&v, "مرفأ العاصمة اللبنانية"), Some(p), "{v:?}");
    // No nationality after «العاصمة»: nothing.
    let v = ms("وانتقلت الوزارات إلى العاصمة الجديدة.");
    assert!(v.iter().all(|m| !m.text.starts_with("العاصمة")), "{v:?}");
}

#[test]
fn every_country_and_capital_of_the_nationalities_table_is_a_place_of_the_lexicon() {
    let lex = riwaya_lexicon::Lexicon::embedded().unwrap();
    let mut n = 0;
    for row in riwaya_lexicon::nationalities() {
        let (Some(country), Some(capital)) = (&row.country, &row.capital) else { continue };
        assert!(lex.place(&country.0).is_some(), "{} is no place", country.0);
        assert!(lex.place(&capital.0).is_some(), "{} is no place", capital.0);
        let fem = row.feminine();
        let v = ms(&format!("وصل الوفد إلى العاصمة {fem} أمس."));
        assert_eq!(ent_of(&v, &format!("العاصمة {fem}")).as_deref(), Some(capital.0.as_str()), "{row:?}: {v:?}");
        n += 1;
    }
    assert!(n >= 20);
    // The forces of a nationality are actors of the lexicon.
    for row in riwaya_lexicon::nationalities() {
        if let Some(f) = &row.forces {
            assert!(lex.actor(f).is_some(), "{f} is no actor");
        }
    }
}

#[test]
fn a_definite_compass_noun_and_a_countrys_nisba_are_that_region() {
    let v = ms("وضرب الزلزال الشمال السوري، وتضررت مبان في شمال سوريا.");
    let r = ent_of(&v, "شمال سوريا").expect("compass + country");
    assert_eq!(ent_of(&v, "الشمال السوري"), Some(r), "{v:?}");
    // No country's nisba, or a compass adjective: nothing.
    let v = ms("وتشهد منطقة الشرق الأوسط توترا، وفي الريف الشمالي السوري قصف.");
    assert!(v.iter().all(|m| !m.text.starts_with("الشرق") && !m.text.starts_with("الشمالي")), "{v:?}");
}

#[test]
fn a_bodys_one_word_name_made_the_subject_of_a_verb_of_saying_is_a_name() {
    let v = ms("وقالت حركة زيتون في بيان إن مقاتليها انسحبوا، وأضافت زيتون أن الهدنة صامدة.");
    let a = ent_of(&v, "حركة زيتون").expect("head + name");
    assert_eq!(ent_of(&v, "زيتون"), Some(a), "{v:?}");
    let v = ms("ونقلت وكالة كوندور عن مصادر محلية، وقالت كوندور إن الطريق مغلق.");
    let a = ent_of(&v, "وكالة كوندور").expect("an agency");
    assert_eq!(ent_of(&v, "كوندور"), Some(a), "{v:?}");
    // A definite word alone is an outlet's name only.
    let v = ms("ونقلت قناة المرايا عن شهود، وذكرت المرايا أن القصف استمر.");
    assert_eq!(ent_of(&v, "المرايا"), ent_of(&v, "قناة المرايا"), "{v:?}");
}

#[test]
fn no_subject_evidence_a_given_name_or_a_common_noun_makes_no_body() {
    for (t, bad) in [
        ("وقالت حركة زيتون في بيان إن مقاتليها انسحبوا.", "حركة زيتون"),
        ("وقال مكتب محمد إن الرسالة وصلت، وقال محمد إنه سيرد.", "مكتب محمد"),
        ("واجتمع مجلس إدارة الشركة، وقال مسؤول إن الأرباح تراجعت.", "مجلس إدارة"),
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.starts_with(bad)), "{t}: {v:?}");
    }
}

#[test]
fn a_capital_after_a_verb_of_saying_or_acting_stands_for_its_state() {
    let v = ms("وسارعت موسكو إلى التنديد بالتقرير، واتهمت واشنطن طهران بالتصعيد.");
    assert_eq!(ent_of(&v, "موسكو").as_deref(), Some("russia"), "{v:?}");
    assert_eq!(ent_of(&v, "واشنطن").as_deref(), Some("usa"), "{v:?}");
    assert_eq!(ent_of(&v, "طهران").as_deref(), Some("iran"), "{v:?}");
    // Where it is a place, it stays the town.
    let v = ms("ووصل الوفد إلى موسكو أمس، وقال مراسلنا في دمشق إن الأسواق مفتوحة.");
    assert_eq!(ent_of(&v, "موسكو").as_deref(), Some("moscow"), "{v:?}");
    assert_eq!(ent_of(&v, "دمشق").as_deref(), Some("damascus-city"), "{v:?}");
}

#[test]
fn a_definite_civil_body_in_a_country_is_that_countrys_body() {
    let v = ms("وقالت الهيئة العامة للأرصاد الجوية في تونس إن الأمطار ستستمر.");
    assert!(v.iter().any(|m| m.text == "الهيئة العامة للأرصاد الجوية في تونس" && m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn a_short_adjective_after_a_collective_bodys_nisba_is_part_of_its_name() {
    let v = ms("وقال الجيش الموريتاني الحر إن مقاتليه تقدموا.");
    assert!(ent_of(&v, "الجيش الموريتاني الحر").is_some(), "{v:?}");
}

#[test]
fn a_lexicon_body_and_another_countrys_nisba_is_another_body() {
    let v = ms("وقال الأمن العام اللبناني إن الحدود مغلقة.");
    let a = ent_of(&v, "الأمن العام اللبناني").expect("body + nationality");
    assert_ne!(a, "saudi-public-security");
    // Not a nationality: the lexicon body.
    let v = ms("وقال الأمن العام إن الحدود مغلقة.");
    assert!(ent_of(&v, "الأمن العام").is_some(), "{v:?}");
}

#[test]
fn a_quoted_outlet_name_keeps_its_outlet_when_a_body_before_it_takes_its_place() {
    let v = common::rec().mentions_nested("وقال رئيس المركز الوطني للبحوث في تونس، في تصريح لوكالة \"النبراس\" الرسمية، إن الهزة انتهت.");
    let outlet = v.iter().find(|m| m.text.contains("وكالة")).map(|m| m.entity.clone()).expect("the agency");
    assert_eq!(ent_of(&v, "النبراس"), Some(outlet), "{v:?}");
}

#[test]
fn a_family_name_of_a_lineage_or_a_persons_body_is_not_linked() {
    // «عبد الكريم» also stands in a lineage here: not the one person's family name.
    let v = ms("وقال سامر عبد الكريم إن الوضع صعب. وزار الأمير فيصل بن عبد الكريم المدينة، وأضاف عبد الكريم أن");
    assert_ne!(ent_of(&v, "عبد الكريم"), ent_of(&v, "سامر عبد الكريم"), "{v:?}");
    // «حكومة X», «قوات X»: X is often a person; no body from a verb of saying.
    let v = ms("وقالت حكومة زيتون إن الوضع هادئ، وأضاف زيتون أن الانتخابات قريبة.");
    assert!(v.iter().all(|m| m.text != "حكومة زيتون" && m.text != "زيتون"), "{v:?}");
}

#[test]
fn more_roles_before_a_name() {
    let v = ms("وقال المحامي خالد الصافي إن الجلسة تأجلت.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "خالد الصافي"), "{v:?}");
    // A role with no name after it: nothing.
    let v = ms("وانتقد الحاكم العسكري للمنطقة القرار.");
    assert!(v.iter().all(|m| m.kind != "person"), "{v:?}");
}

#[test]
fn a_generic_word_and_a_nisba_after_a_body_head_name_a_body() {
    let v = ms("وقال مجلس الأمن الموريتاني إن، وشن سلاح الجو الموريتاني غارات.");
    assert!(ent_of(&v, "مجلس الأمن الموريتاني").is_some_and(|e| e.starts_with("org:")), "{v:?}");
    assert!(ent_of(&v, "سلاح الجو الموريتاني").is_some(), "{v:?}");
    // No nisba (a noun ending like one), or an indefinite word: no new body.
    for t in ["وناقش مجلس الأمن القضية.", "واستخدم سلاح كيميائي في الهجوم."] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.starts_with("org:") && !m.text.starts_with("سلاح")), "{t}: {v:?}");
    }
}

#[test]
fn a_name_ends_before_a_word_with_two_proclitics_and_action_heads_take_no_generic_name() {
    let v = ms("وقال اللاعب نايف فائز وبمشاركة زملائه إن الفريق جاهز.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "نايف فائز"), "{v:?}");
    let v = ms("وتوقعت الهيئة حركة الرياح السطحية.");
    assert!(v.iter().all(|m| !m.text.starts_with("حركة")), "{v:?}");
}

#[test]
fn the_own_name_inside_a_body_named_by_its_head_is_a_name_of_it() {
    let v = common::rec().mentions_nested("ونقلت قناة المرايا عن مصادر، وقالت هيئة الأرصاد الجيبوتية إن الطقس حار.");
    let a = ent_of(&v, "قناة المرايا").expect("the channel");
    assert_eq!(ent_of(&v, "المرايا"), Some(a), "{v:?}");
    // A head whose bare name is no name alone («وزارة الصحة» … «الصحة»), or a construct.
    let v = common::rec().mentions_nested("وقالت وزارة الصحة الجيبوتية إن، ودعت منظمة مراقبة الأنهار الأفريقية إلى التحقيق.");
    assert!(v.iter().all(|m| m.text != "الصحة الجيبوتية" && m.text != "مراقبة الأنهار الأفريقية"), "{v:?}");
}

#[test]
fn a_province_head_names_a_region_and_its_bare_name() {
    let v = ms("وفي إقليم أوغادين قتل عشرة، وفر سكان أوغادين نحو الحدود.");
    let r = ent_of(&v, "إقليم أوغادين").expect("province head + name");
    assert_eq!(ent_of(&v, "أوغادين"), Some(r), "{v:?}");
    let v = ms("وهو إقليم واسع تسكنه قبائل.");
    assert!(v.iter().all(|m| !m.text.starts_with("إقليم")), "{v:?}");
}

#[test]
fn a_place_after_a_media_head_stays_the_place_alone() {
    let v = ms("وقالت قناة سوريا اليوم إن القصف استمر، وقالت سوريا إنها سترد.");
    let alone: Vec<_> = v.iter().filter(|m| m.text == "سوريا").map(|m| m.entity.as_str()).collect();
    assert!(alone.iter().all(|e| *e == "syria"), "{v:?}");
}

#[test]
fn a_ministry_named_without_its_state_is_that_of_the_articles_country() {
    let full = ms("وقالت وزارة الصحة السورية إن المستشفيات امتلأت.");
    let syrian = ent_of(&full, "وزارة الصحة السورية").expect("the Syrian ministry");
    let v = ms("أعلنت وزارة الصحة أن حصيلة القصف على حمص وحماة ارتفعت.");
    assert_eq!(ent_of(&v, "وزارة الصحة"), Some(syrian.clone()), "{v:?}");
    // No place, or two countries as often: left as it is.
    let v = ms("أعلنت وزارة الصحة أن الحصيلة ارتفعت.");
    let bare = ent_of(&v, "وزارة الصحة").expect("the bare ministry");
    assert_ne!(bare, syrian);
    let v = ms("أعلنت وزارة الصحة أن الجرحى نقلوا من حمص إلى بيروت.");
    assert_eq!(ent_of(&v, "وزارة الصحة"), Some(bare.clone()), "{v:?}");
    // Another state's ministry keeps its nisba.
    let v = ms("وقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع قرب حمص وحماة.");
    assert!(ent_of(&v, "وزارة الدفاع الروسية").is_some_and(|e| !e.contains("السوريه")), "{v:?}");
}

#[test]
fn a_lexicon_body_named_without_its_state_is_that_of_the_articles_country() {
    let v = ms("وقال الهلال الأحمر إن فرقه انتشلت جثثا في درنة وبنغازي.");
    assert_eq!(ent_of(&v, "الهلال الأحمر").as_deref(), Some("libyan-red-crescent"), "{v:?}");
    let v = ms("ونقل الهلال الأحمر الجرحى من بلدات ريف حمص إلى حماة.");
    assert_eq!(ent_of(&v, "الهلال الأحمر").as_deref(), Some("sarc"), "{v:?}");
    // No place named: the lexicon's default stays; a nisba of its own is kept.
    let v = ms("وقال الهلال الأحمر إن فرقه انتشلت الجثث.");
    assert_eq!(ent_of(&v, "الهلال الأحمر").as_deref(), Some("sarc"), "{v:?}");
    let v = ms("وأرسل الهلال الأحمر القطري قافلة إلى درنة وبنغازي.");
    assert_eq!(ent_of(&v, "الهلال الأحمر القطري").as_deref(), Some("qatar-red-crescent"), "{v:?}");
}

#[test]
fn a_bodys_two_word_orders_are_one_body() {
    let a = ms("وقالت الهيئة الوطنية للتنمية الريفية إن المحاصيل تلفت.");
    let b = ms("وأضافت هيئة التنمية الريفية الوطنية أن الخسائر كبيرة.");
    let ea = ent_of(&a, "الهيئة الوطنية للتنمية الريفية").expect("first order");
    assert_eq!(Some(ea.clone()), ent_of(&b, "هيئة التنمية الريفية الوطنية"), "{a:?} {b:?}");
    // Not a nisba before the «لل» noun: another body.
    let c = ms("وقالت الهيئة المستقلة للتنمية الريفية إن المحاصيل تلفت.");
    assert_ne!(ent_of(&c, "الهيئة المستقلة للتنمية الريفية"), Some(ea), "{c:?}");
}
