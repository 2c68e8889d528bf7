//! Names the lexicon lacks, found by their shape and linked within an article and across a
//! run. Sentences written for these tests.

use riwaya_entities::RunNames;
mod common;
use common::{rec, ms, ent_of};

#[test]
fn a_town_head_names_the_town_and_its_bare_name() {
    let t = "غمرت السيول بلدة كفرزيتون الجبلية ليلاً، وقال سكان إن كفرزيتون بلا كهرباء منذ يومين.";
    let v = ms(t);
    let full = ent_of(&v, "بلدة كفرزيتون الجبلية").expect("the town with its head and descriptor");
    assert_eq!(ent_of(&v, "كفرزيتون"), Some(full.clone()), "{v:?}");
    // The same town in another article, with another head, gets the same id.
    let v2 = ms("وصلت فرق الإنقاذ إلى قرية كفرزيتون صباح اليوم.");
    assert_eq!(ent_of(&v2, "قرية كفرزيتون"), Some(full));
}

#[test]
fn a_known_town_with_head_and_nisba_is_the_town() {
    let v = ms("ضربت العاصفة مدينة زليتن الليبية، ثم اتجهت شرقاً نحو زليتن مجدداً.");
    let a = ent_of(&v, "مدينة زليتن الليبية").expect("head + gazetteer town + nisba");
    assert_eq!(ent_of(&v, "زليتن"), Some(a.clone()));
    assert!(a.starts_with("gn-"), "{a}");
}

#[test]
fn a_province_head_before_a_known_town_is_that_place() {
    let v = ms("أعلنت السلطات في ولاية زليتن حالة الطوارئ.");
    let a = ent_of(&v, "ولاية زليتن").expect("ولاية + town");
    assert!(a.starts_with("gn-"), "{a}");
}

#[test]
fn a_person_after_a_role_with_an_unlisted_given_name() {
    let v = ms("قالت وزيرة الشؤون الاجتماعية الأردنية ريم بني مصطفى إن المساعدات وصلت.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text.starts_with("ريم")), "{v:?}");
    let v = ms("وأكد مدير عام وزارة الصحة العراقية فراس الجبوري أن المستشفيات جاهزة.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "فراس الجبوري"), "{v:?}");
    let v = ms("وقال معاون وزير النقل في الحكومة الانتقالية - سامر القباني: إن الطرق مغلقة.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "سامر القباني"), "{v:?}");
}

#[test]
fn a_role_and_a_name_then_the_name_alone_are_one_person() {
    let v = ms("قال وزير الزراعة السوداني حاتم الفكي إن المحاصيل تضررت. وأضاف حاتم الفكي أن الخسائر كبيرة.");
    let ids: Vec<&str> = v.iter().filter(|m| m.text == "حاتم الفكي").map(|m| m.entity.as_str()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
    assert_eq!(ids[0], ids[1]);
}

#[test]
fn the_short_form_of_a_body_named_in_full_is_that_body() {
    let t = "أعلنت وزارة الصحة اللبنانية ارتفاع الحصيلة، وقالت وزارة الصحة إن المستشفيات ممتلئة.";
    let v = ms(t);
    assert_eq!(ent_of(&v, "وزارة الصحة"), ent_of(&v, "وزارة الصحة اللبنانية"), "{v:?}");
    // Two bodies the short form could be: left alone.
    let t = "التقى وفد من هيئة المياه الأردنية بوفد من هيئة المياه السودانية، وقالت هيئة المياه إن اللقاء مثمر.";
    let v = ms(t);
    let short = ent_of(&v, "هيئة المياه");
    assert!(short.is_some() && short != ent_of(&v, "هيئة المياه الأردنية") && short != ent_of(&v, "هيئة المياه السودانية"), "{v:?}");
}

#[test]
fn a_hospital_with_or_without_the_article_is_one_place() {
    let v = ms("نقل الجرحى إلى المستشفى الكويتي التخصصي في رفح، ثم إلى مستشفى الكويتي.");
    let a = ent_of(&v, "المستشفى الكويتي").or_else(|| ent_of(&v, "المستشفى الكويتي التخصصي"));
    assert!(a.is_some(), "{v:?}");
    assert_eq!(ent_of(&v, "مستشفى الكويتي"), a);
    // A description, not a name.
    let v = ms("نقل المصابون إلى المستشفى الميداني القريب.");
    assert!(v.iter().all(|m| !m.text.starts_with("المستشفى")), "{v:?}");
}

#[test]
fn sites_link_across_articles_of_a_run() {
    let mut run = RunNames::new();
    let mut a = ms("سقط صاروخ في ساحة المستشفى الوطني الجراحي في المدينة.");
    run.link(&mut a);
    let mut b = ms("قال مدير المستشفى الجراحي إن الأضرار طفيفة.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("المستشفى")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("المستشفى")).map(|m| m.entity.clone());
    assert!(ea.is_some());
    assert_eq!(ea, eb, "{a:?} {b:?}");
}

#[test]
fn ordinary_sentences_give_no_new_town() {
    for s in [
        "عادت الحياة إلى المدينة بعد أسبوع من الفيضانات.",
        "زار الوفد البلدة القديمة والتقى الأهالي.",
        "قالت المنظمة إن القرية بحاجة إلى مياه الشرب.",
    ] {
        let v = ms(s);
        assert!(v.iter().all(|m| !m.entity.starts_with("place:")), "{s}: {v:?}");
    }
}

#[test]
fn a_site_in_a_known_place_is_named_by_that_place() {
    let a = ms("رست السفينة في ميناء اللاذقية صباحاً.");
    let b = ms("اندلع حريق في مرفأ اللاذقية أمس.");
    let ea = a.iter().find(|m| m.text == "ميناء اللاذقية").map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text == "مرفأ اللاذقية").map(|m| m.entity.clone());
    assert!(ea.is_some(), "{a:?}");
    assert_eq!(ea, eb);
}

#[test]
fn sites_in_different_towns_stay_apart_across_a_run() {
    let mut run = RunNames::new();
    let mut a = ms("نقل الجرحى إلى مستشفى حمص العسكري.");
    run.link(&mut a);
    let mut b = ms("نقل الجرحى إلى مستشفى حماة العسكري.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("مستشفى")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("مستشفى")).map(|m| m.entity.clone());
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_ne!(ea, eb);
}

#[test]
fn a_quoted_name_given_a_statement_is_an_outlet() {
    let v = ms("وقال المتحدث باسم البلدية، لـ \"النهار العربي\"، إن المياه انحسرت.");
    let m = v.iter().find(|m| m.text == "النهار العربي").expect("the outlet");
    assert_eq!(m.kind, "outlet");
    let v = ms("وأوضح في تصريح لـ\"صوت الجنوب\" أن الطرق مغلقة.");
    assert!(v.iter().any(|m| m.text == "صوت الجنوب" && m.kind == "outlet"), "{v:?}");
    // Not after a statement: no outlet.
    let v = ms("تعرضت المدينة لـ\"الاعتداء\" أمس.");
    assert!(v.iter().all(|m| m.kind != "outlet"), "{v:?}");
}

#[test]
fn an_outlet_head_with_a_quoted_name_is_named_by_the_quoted_words() {
    let v = rec().mentions_nested("وقال في حديث لموقع \"صدى الوادي\" الإخباري إن السدود صامدة.");
    let outer = v.iter().find(|m| m.text.starts_with("موقع")).expect("head pattern");
    let inner = v.iter().find(|m| m.text == "صدى الوادي").expect("the quoted name, nested");
    assert_eq!(outer.entity, inner.entity);
    let w = ms("وقال مصدر في تصريح لـ\"صدى الوادي\" إن الطريق سالك.");
    assert_eq!(ent_of(&w, "صدى الوادي"), Some(inner.entity.clone()));
}

#[test]
fn word_like_town_names_do_not_spread_and_terms_of_office_are_no_places() {
    // «مدينة كان» is Cannes; «كان» elsewhere is the verb.
    let v = ms("افتتح مهرجان مدينة كان الفرنسية، وكان الحضور كبيراً كما كان متوقعاً.");
    assert!(v.iter().filter(|m| m.entity.starts_with("place:")).all(|m| m.text.starts_with("مدينة")), "{v:?}");
    // «قرية الطفل» is a charity's village; «الطفل» elsewhere is a child.
    let v = ms("زار الوفد قرية الطفل، وقال إن الطفل يحتاج إلى رعاية.");
    assert!(v.iter().all(|m| m.text != "الطفل"), "{v:?}");
    for t in ["ترشح الرئيس لولاية خامسة.", "تحدث عن نظرية ولاية الفقيه."] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.text.starts_with("ولاية")), "{t}: {v:?}");
    }
}

#[test]
fn a_compound_given_name_takes_the_family_name() {
    let v = ms("قال رئيس بلدية مدينة زليتن عبد الكريم الفيتوري إن الأضرار كبيرة.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "عبد الكريم الفيتوري"), "{v:?}");
}

#[test]
fn an_affiliation_picks_the_body_of_that_actor() {
    let v = ms("التقى وفد من وزارة الصحة اللبنانية، ثم أعلنت وزارة الصحة التابعة للنظام السوري مقتل خمسة.");
    // The body is named with its owner («… التابعة للنظام السوري»: shapes::bodies_of_owners).
    let ids: Vec<&str> = v.iter().filter(|m| m.text.starts_with("وزارة الصحة التابعة")).map(|m| m.entity.as_str()).collect();
    assert_eq!(ids, ["syrian-health-ministry"], "{v:?}");
}

#[test]
fn sites_sharing_only_a_generic_word_stay_apart_across_a_run() {
    let mut run = RunNames::new();
    let mut a = ms("افتتح الوزير قسم الطوارئ في مستشفى الورود العام صباح اليوم.");
    run.link(&mut a);
    let mut b = ms("استقبل مستشفى السنابل العام عشرات المراجعين.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("مستشفى")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("مستشفى")).map(|m| m.entity.clone());
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_ne!(ea, eb, "«العام» tells no hospital apart");
}

#[test]
fn a_town_head_gives_the_bare_name_inside_it_as_a_name_too() {
    let v = rec().mentions_nested("قصفت الطائرات بلدة كفرنبودة صباح اليوم.");
    let full = ent_of(&v, "بلدة كفرنبودة").expect("head + name");
    assert_eq!(ent_of(&v, "كفرنبودة"), Some(full), "{v:?}");
    // A site head is not a town: «مستشفى X» gives no bare «X».
    let v = rec().mentions_nested("نقل الجرحى إلى مستشفى الرحمة في المدينة.");
    assert_eq!(ent_of(&v, "الرحمة"), None, "{v:?}");
}

#[test]
fn a_plural_settlement_head_lists_places() {
    let v = ms("غمرت المياه قرى الزهراء والفرقان وبستان الباشا في المنطقة.");
    for n in ["الزهراء", "الفرقان", "بستان الباشا"] {
        let e = ent_of(&v, n).unwrap_or_else(|| panic!("{n}: {v:?}"));
        assert!(e.starts_with("place:"), "{e}");
    }
    assert_ne!(ent_of(&v, "الزهراء"), ent_of(&v, "الفرقان"));
    // A dual head: exactly two names.
    let v = ms("تضررت المنازل في بلدتي كفرتخاريم وسرمدا جراء السيول.");
    assert!(ent_of(&v, "كفرتخاريم").is_some() && ent_of(&v, "سرمدا").is_some(), "{v:?}");
    // A word that is also a common word joins only a list with a known place.
    let v = ms("اجتاحت السيول مدن البيضاء والمرج ودرنة.");
    assert!(ent_of(&v, "البيضاء").is_some() && ent_of(&v, "المرج").is_some(), "{v:?}");
    // The same town named again later is the same place.
    let v = ms("وصلت المساعدات إلى قرى تلمنس ومعرشورين، ثم عادت القوافل من تلمنس.");
    let ids: Vec<_> = v.iter().filter(|m| m.text == "تلمنس").map(|m| m.entity.clone()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
    assert_eq!(ids[0], ids[1]);
}

#[test]
fn a_plural_head_before_no_list_of_names_gives_nothing() {
    for t in [
        "سيطرت القوات على مناطق واسعة في الشمال.",
        "تقع مناطق سيطرة النظام والمعارضة على جانبي الطريق.",
        "زار الوفد مدن العالم الكبرى.",
        "أحياء سكنية بأكملها دمرت.",
        "قرى وبلدات ريف حلب تعرضت للقصف.",
        "زار الوفد مدن القصور والحدائق.",
        "أعاد الطاهي إحياء أطباق وطبخات منسية.",
        "هبت العواصف على مناطق الحدود وأجزاء من الساحل.",
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.starts_with("place:")), "{t}: {v:?}");
    }
}

#[test]
fn a_definite_head_before_a_verb_or_a_joined_noun_is_no_name() {
    for t in ["قال الشهود إن المستشفى تعرض لقصف عنيف.", "دمر القصف مستشفى ومسجداً في الحي.", "أصيب سكان مدينة وبلدة مجاورة."] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.starts_with("place:")), "{t}: {v:?}");
    }
    let v = ms("نقل المصابون إلى المستشفى الوطني في المدينة.");
    assert!(v.iter().any(|m| m.text == "المستشفى الوطني"), "{v:?}");
}

#[test]
fn a_site_named_after_a_person_keeps_the_whole_name() {
    let v = ms("تجمع المصلون أمام مسجد محمد الأمين وسط المدينة، ونقل الجرحى إلى مستشفى ناصر.");
    assert!(v.iter().any(|m| m.text == "مسجد محمد الأمين"), "{v:?}");
    assert!(v.iter().any(|m| m.text == "مستشفى ناصر"), "{v:?}");
}

#[test]
fn a_given_name_and_the_names_after_it_are_a_person_without_a_role() {
    let v = ms("وعرف من الضحايا حتى الآن سامر الخطيب، وعبد الرحمن الحلبي من أبناء المدينة.");
    for n in ["سامر الخطيب", "عبد الرحمن الحلبي"] {
        let e = ent_of(&v, n).unwrap_or_else(|| panic!("{n}: {v:?}"));
        assert!(e.starts_with("person:"), "{e}");
    }
    let v = ms("التقطت الصورة في المدينة (رامي حسين/وكالة الأنباء).");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "رامي حسين"), "{v:?}");
}

#[test]
fn a_given_name_with_the_article_is_a_family_name() {
    let v = ms("وقال محمد الأحمد إن القصف استمر حتى الفجر، فيما نقل يوسف المحمد الجرحى بسيارته.");
    for n in ["محمد الأحمد", "يوسف المحمد"] {
        let e = ent_of(&v, n).unwrap_or_else(|| panic!("{n}: {v:?}"));
        assert!(e.starts_with("person:"), "{e}");
    }
    let v = ms("وأكد عبد الحميد الأحمد أن الطريق مقطوع.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "عبد الحميد الأحمد"), "{v:?}");
    // A given name that is also a word is no family name: «حسن الأمل».
    let v = ms("أبدى الطرفان حسن الأمل في المفاوضات.");
    assert!(v.iter().all(|m| m.kind != "person"), "{v:?}");
}

#[test]
fn a_given_name_that_is_also_a_word_or_before_a_frequent_word_is_no_person() {
    for t in ["عاد الأمل إلى السكان بعد وصول المساعدات.", "قال إن هناك أمل كبير في النجاة.", "أبدى الطرفان حسن النية في المفاوضات."] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "person"), "{t}: {v:?}");
    }
}

#[test]
fn a_given_name_before_a_quote_a_line_end_or_a_verb_is_no_person() {
    for t in [
        "ضربت العاصفة \"دانيال\" المتوسطية السواحل الشرقية.",
        "ضربت العاصفة دانيال السواحل الشرقية.",
        "وثائق رُفعت عنه السرية مؤخراً.",
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "person"), "{t}: {v:?}");
    }
    let v = ms("رئيس التحرير\nسامر الخطيب\nنائب رئيس التحرير\nرامي حلبي");
    assert!(v.iter().any(|m| m.text == "سامر الخطيب"), "{v:?}");
    assert!(v.iter().all(|m| !m.text.contains('\n')), "{v:?}");
}

#[test]
fn a_definite_body_with_adjectives_and_a_complement_is_one_name() {
    let v = ms("وقال المركز الوطني للرصد الزلزالي إن الهزة كانت قوية، وأكدت المفوضية السامية لشؤون اللاجئين نزوح الآلاف.");
    let a = ent_of(&v, "المركز الوطني للرصد الزلزالي").unwrap_or_else(|| panic!("{v:?}"));
    assert!(a.starts_with("org:"), "{a}");
    assert!(ent_of(&v, "المفوضية السامية لشؤون اللاجئين").is_some(), "{v:?}");
    let v = ms("شكلت الحكومة اللجنة العليا للطوارئ والاستجابة لمتابعة الوضع.");
    assert!(ent_of(&v, "اللجنة العليا للطوارئ والاستجابة").is_some(), "{v:?}");
    // The same body named again later in the text is the same.
    let v = ms("أعلن المركز الوطني للأرصاد الجوية تحذيراً. وتوقع المركز الوطني للأرصاد الجوية أمطاراً.");
    let ids: Vec<_> = v.iter().filter(|m| m.text == "المركز الوطني للأرصاد الجوية").map(|m| m.entity.clone()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
}

#[test]
fn a_definite_head_without_a_complement_or_before_a_time_is_no_name() {
    for t in [
        "اجتمعت اللجنة العليا أمس لبحث الوضع.",
        "قصفت القوات الروسية للمرة الثانية البلدة.",
        "وصل المركز الطبي لاستقبال الجرحى بعد ساعة.",
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.starts_with("org:")), "{t}: {v:?}");
    }
}

#[test]
fn a_definite_body_before_a_verbs_object_or_another_body_is_no_name() {
    for t in ["استجاب المجلس الرئاسي لدعوات السكان بسرعة.", "قال المركز الإعلامي للهيئة العامة إن الطقس سيتحسن."] {
        let v = ms(t);
        // «المجلس الرئاسي» is a body by its nisba, but the verb's object is not its complement.
        assert!(v.iter().all(|m| !m.entity.starts_with("org:مركز") && !m.text.contains("لدعوات")), "{t}: {v:?}");
    }
}

#[test]
fn a_person_named_in_full_links_a_shorter_name_in_a_later_article() {
    let mut run = RunNames::new();
    let mut a = ms("وقال وزير الصحة الدكتور سامر جميل الحلاق إن المستشفيات جاهزة.");
    run.link(&mut a);
    let mut b = ms("وأعلن وزير الصحة سامر الحلاق أن الحصيلة ارتفعت. وقال الحلاق إن الفرق تعمل.");
    run.link(&mut b);
    let mut c = ms("التقط الصورة سامر جميل (وكالة).");
    run.link(&mut c);
    let ea = ent_of(&a, "سامر جميل الحلاق").expect("full name");
    assert_eq!(ent_of(&b, "سامر الحلاق"), Some(ea.clone()), "{b:?}");
    assert_eq!(ent_of(&b, "الحلاق"), Some(ea.clone()), "{b:?}");
    // Another surname: another person.
    assert_ne!(ent_of(&c, "سامر جميل"), Some(ea), "{c:?}");
}

#[test]
fn the_bracketed_name_of_a_site_is_a_name_of_it() {
    let v = rec().mentions_nested("وقع الانفجار داخل المستشفى الأهلي العربي (القسطل) في المدينة.");
    let full = v.iter().find(|m| m.text.starts_with("المستشفى الأهلي")).map(|m| m.entity.clone()).expect("the site");
    assert_eq!(ent_of(&v, "القسطل"), Some(full), "{v:?}");
}

#[test]
fn a_site_of_the_capital_in_apposition_is_the_site_of_that_town() {
    let a = ms("اندلع حريق في ملعب العاصمة عمان صباح اليوم.");
    let b = ms("اندلع حريق في ملعب عمان صباح اليوم.");
    let ea = ent_of(&a, "ملعب العاصمة عمان").unwrap_or_else(|| panic!("{a:?}"));
    assert_eq!(Some(ea), ent_of(&b, "ملعب عمان"));
    let c = ms("اندلع حريق في ملعب العاصمة الأردنية عمان صباح اليوم.");
    assert!(ent_of(&c, "ملعب العاصمة الأردنية عمان").is_some(), "{c:?}");
    // «العاصمة» before no known town: nothing.
    let d = ms("اندلع حريق في ملعب العاصمة صباح اليوم.");
    assert!(d.iter().all(|m| !m.text.starts_with("ملعب")), "{d:?}");
}

#[test]
fn an_armed_head_before_a_known_group_takes_its_descriptors() {
    let v = ms("قال الجيش إن تنظيم داعش المتطرف مسؤول، وإن حركة الجهاد الإسلامي الإرهابية أطلقت الصواريخ.");
    let e = ent_of(&v, "حركة الجهاد الإسلامي الإرهابية").unwrap_or_else(|| panic!("{v:?}"));
    assert_eq!(e, "palestinian-islamic-jihad");
}

#[test]
fn a_collective_body_and_its_nisba_is_a_name() {
    let v = ms("اتهمت المعارضة التشادية الحكومة، فيما نفت الشرطة النيجيرية ذلك. وقال المعهد الأميركي للجيولوجيا إن الهزة قوية.");
    for n in ["المعارضة التشادية", "الشرطة النيجيرية", "المعهد الأميركي للجيولوجيا"] {
        assert!(ent_of(&v, n).is_some(), "{n}: {v:?}");
    }
    // Without a nisba, or before a relative: nothing.
    let v = ms("قالت المعارضة إن الأمن الذي فرضته القوات هش، ونقلت الاستخبارات إلى الكونغرس تقريرها.");
    assert!(v.iter().all(|m| !m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn an_outlet_naming_itself_in_the_dateline_is_an_outlet() {
    let v = ms("12-03-2024 10:15 AM\nنبض الشمال - أعلنت السلطات المحلية إغلاق الطرق بسبب الثلوج.");
    let e = v.iter().find(|m| m.text == "نبض الشمال").unwrap_or_else(|| panic!("{v:?}"));
    assert_eq!(e.kind, "outlet");
    let v = ms("أخبار محلية\nدمشق – صدى البلد\nأعلنت السلطات إغلاق الطرق.");
    assert!(v.iter().any(|m| m.text == "صدى البلد" && m.kind == "outlet"), "{v:?}");
}

#[test]
fn page_words_and_short_headings_before_a_dash_are_no_outlet() {
    for t in [
        "عاجل - أعلنت السلطات المحلية إغلاق الطرق بسبب الثلوج.",
        "الزلزال المدمر - آخر التطورات\nأعلنت السلطات إغلاق الطرق.",
        "وقال إن الوضع - كما يبدو - صعب جدا في المدينة الآن.",
    ] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "outlet"), "{t}: {v:?}");
    }
}

#[test]
fn a_bracketed_short_name_after_a_body_is_a_name_of_it() {
    let v = ms("أكدت المنظمة الدولية لرصد الزلازل (IRS) أن الهزة قوية، وقالت غرفة الطوارئ إن الفرق تعمل.");
    let body = v.iter().find(|m| m.text.starts_with("المنظمة الدولية")).map(|m| m.entity.clone()).unwrap_or_else(|| panic!("{v:?}"));
    assert_eq!(ent_of(&v, "IRS"), Some(body), "{v:?}");
    assert!(ent_of(&v, "غرفة الطوارئ").is_some(), "{v:?}");
    // After a town, a bracketed name is a source, not another name of the town.
    let v = ms("الخرطوم (نبض السودان) - أعلنت السلطات إغلاق الطرق.");
    assert_ne!(ent_of(&v, "نبض السودان"), ent_of(&v, "الخرطوم"), "{v:?}");
}

#[test]
fn a_name_without_a_role_stops_before_words_that_are_no_names() {
    for (t, name) in [
        ("وفاز زياد عبدالله بجائزة مالية قدرها ألف دولار.", "زياد عبدالله"),
        ("وعين المجلس أحمد مبعوثا جديدا إلى المنطقة.", ""),
        ("وشارك خالد قمر وأيمن حفني وباسم مرسي في المباراة.", "أيمن حفني"),
        ("ودفع ذلك طارق السالمي لتقديم استقالته.", "طارق السالمي"),
    ] {
        let v = ms(t);
        let persons: Vec<&str> = v.iter().filter(|m| m.kind == "person").map(|m| m.text.as_str()).collect();
        if name.is_empty() {
            assert!(persons.is_empty(), "{t}: {persons:?}");
        } else {
            assert!(persons.contains(&name), "{t}: {persons:?}");
        }
        assert!(persons.iter().all(|p| !p.contains(" و") && !p.contains("بجائزة")), "{t}: {persons:?}");
    }
    // A reporter's byline before a dash is no outlet.
    let v = ms("سامر الخطيب- المدينة: يعاني السكان من انقطاع المياه منذ أيام طويلة.");
    assert!(v.iter().all(|m| m.kind != "outlet"), "{v:?}");
}

#[test]
fn a_bracket_after_a_town_or_with_joined_words_names_nothing_more() {
    let v = ms("أعلنت شركة النسر للطيران (ومنافستها) خفض الأسعار، وقال مستشفى السلام (..) إن الجرحى بخير.");
    assert!(v.iter().all(|m| m.text != "ومنافستها" && m.text != ".."), "{v:?}");
}

#[test]
fn a_role_before_rare_words_up_to_a_comma_names_a_foreign_person() {
    let v = ms("وقالت المتحدثة باسم المكتب كاتالينا سوبيرو، لـ\"رويترز\" إن الفرق تعمل.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "كاتالينا سوبيرو"), "{v:?}");
    // Common words after a role are no name.
    let v = ms("وقال المتحدث باسم الوزارة صباح اليوم إن الفرق تعمل.");
    assert!(v.iter().all(|m| m.kind != "person"), "{v:?}");
}

#[test]
fn an_unknown_armed_group_is_one_whatever_its_head_and_its_bare_name_links() {
    let a = ms("هاجمت ميليشيا \"الكرامة الزرقاء\" القرية فجرا.");
    let b = ms("قالت قوات \"الكرامة الزرقاء\" إنها صدت الهجوم، وأضافت الكرامة الزرقاء أن الهجوم فشل.");
    let ea = a.iter().find(|m| m.text.contains("الكرامة")).map(|m| m.entity.clone()).unwrap_or_else(|| panic!("{a:?}"));
    let eb: Vec<_> = b.iter().filter(|m| m.text.contains("الكرامة")).map(|m| m.entity.clone()).collect();
    assert_eq!(eb.len(), 2, "{b:?}");
    assert!(eb.iter().all(|e| *e == ea), "{a:?} {b:?}");
}

#[test]
fn a_site_named_after_a_titled_person_keeps_the_title_and_name() {
    let v = ms("نقل الجرحى إلى مستشفى الملك حسين، وتجمع المعزون في حسينية الإمام الرضا.");
    assert!(v.iter().any(|m| m.text == "مستشفى الملك حسين" && m.entity.starts_with("place:")), "{v:?}");
    assert!(v.iter().any(|m| m.text == "حسينية الإمام الرضا"), "{v:?}");
    // A title before a common word names nothing.
    let v = ms("زار الوفد مستشفى الشيخ الأسبوع الماضي.");
    assert!(v.iter().all(|m| !m.text.starts_with("مستشفى")), "{v:?}");
}

#[test]
fn a_camp_is_one_under_both_heads_and_its_bare_name_links() {
    let v = rec().mentions_nested("نزح الآلاف إلى مخيم عطمة، وقال سكان معسكر عطمة إن عطمة يفتقر إلى المياه.");
    let a = ent_of(&v, "مخيم عطمة").unwrap_or_else(|| panic!("{v:?}"));
    assert_eq!(ent_of(&v, "معسكر عطمة"), Some(a.clone()), "{v:?}");
    let bare: Vec<_> = v.iter().filter(|m| m.text == "عطمة").map(|m| m.entity.clone()).collect();
    assert!(!bare.is_empty() && bare.iter().all(|e| *e == a), "{v:?}");
}

#[test]
fn a_body_of_a_known_place_in_construct_is_a_name() {
    let v = ms("قالت لجان مقاومة الخرطوم إن القصف مستمر، وأكدت شبكة أطباء السودان مقتل العشرات.");
    assert!(ent_of(&v, "لجان مقاومة الخرطوم").is_some_and(|e| e.starts_with("org:")), "{v:?}");
    assert!(ent_of(&v, "شبكة أطباء السودان").is_some(), "{v:?}");
    // Without a known place at the end: a common noun, nothing.
    let v = ms("عقد مجلس إدارة الشركة اجتماعا.");
    assert!(v.iter().all(|m| !m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn a_compass_word_before_a_known_place_names_a_region() {
    let v = ms("تصاعد القتال في شمال تشاد، وقالت سلطات منطقة شمال تشاد إن شمالي تشاد يشهد نزوحا.");
    let a = ent_of(&v, "شمال تشاد").unwrap_or_else(|| panic!("{v:?}"));
    assert!(a.starts_with("place:"), "{a}");
    assert_eq!(ent_of(&v, "منطقة شمال تشاد"), Some(a.clone()), "{v:?}");
    assert_eq!(ent_of(&v, "شمالي تشاد"), Some(a.clone()), "{v:?}");
    // Another direction is another region.
    let v2 = ms("تصاعد القتال في جنوب تشاد.");
    assert_ne!(ent_of(&v2, "جنوب تشاد"), Some(a));
}

#[test]
fn a_definite_head_alone_refers_to_the_body_last_named_with_it() {
    let v = ms("أعلنت وزارة الصحة في الإقليم ارتفاع الحصيلة، وقالت الوزارة إن الفرق تعمل.");
    let a = v.iter().find(|m| m.text.starts_with("وزارة الصحة")).map(|m| m.entity.clone()).unwrap_or_else(|| panic!("{v:?}"));
    assert_eq!(ent_of(&v, "الوزارة"), Some(a), "{v:?}");
    // No body named with that head before: nothing.
    let v = ms("وقالت الوزارة إن الفرق تعمل.");
    assert_eq!(ent_of(&v, "الوزارة"), None, "{v:?}");
}

#[test]
fn a_body_named_by_fewer_words_links_across_a_run() {
    let mut run = RunNames::new();
    let mut a = ms("وأوضح المرصد الزامبي لحقوق الإنسان في بيان أن عشرة قتلوا.");
    run.link(&mut a);
    let mut b = ms("وذكر المرصد الزامبي المعارض أن القصف استمر.");
    run.link(&mut b);
    let ea = ent_of(&a, "المرصد الزامبي لحقوق الإنسان");
    let eb = ent_of(&b, "المرصد الزامبي المعارض");
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_eq!(ea, eb);
    // The same id seen again in a later article keeps its link.
    let mut c = ms("وقال المرصد الزامبي المعارض إن الهدوء عاد.");
    run.link(&mut c);
    assert_eq!(ent_of(&c, "المرصد الزامبي المعارض"), ea);
}

#[test]
fn bodies_of_two_countries_stay_apart_and_their_bare_name_joins_neither() {
    let mut run = RunNames::new();
    let mut a = ms("وقالت الشبكة الزامبية لحقوق الإنسان إن عشرة قتلوا.");
    run.link(&mut a);
    let mut b = ms("وقالت الشبكة الكينية لحقوق الإنسان إن خمسة قتلوا.");
    run.link(&mut b);
    let ea = ent_of(&a, "الشبكة الزامبية لحقوق الإنسان");
    let eb = ent_of(&b, "الشبكة الكينية لحقوق الإنسان");
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_ne!(ea, eb);
    let mut c = ms("وقالت الشبكة الوطنية لحقوق الإنسان إن القتلى ثلاثة.");
    run.link(&mut c);
    let ec = ent_of(&c, "الشبكة الوطنية لحقوق الإنسان");
    assert!(ec.is_some(), "{c:?}");
    assert!(ec != ea && ec != eb, "{c:?}");
}

#[test]
fn a_head_noun_alone_names_the_body_named_in_full_before() {
    let v = ms("قال المرصد الزامبي لحقوق الإنسان إن القصف طال القرية. وأضاف المرصد أن عشرة قتلوا.");
    let full = ent_of(&v, "المرصد الزامبي لحقوق الإنسان");
    assert!(full.is_some(), "{v:?}");
    assert_eq!(ent_of(&v, "المرصد"), full);
    let v = ms("وقالت اللجنة العليا للإغاثة إن اللجنة وزعت الخيام.");
    assert_eq!(ent_of(&v, "اللجنة"), ent_of(&v, "اللجنة العليا للإغاثة"));
    // No body with that head before: nothing.
    let v = ms("وقال المجلس إن الاجتماع تأجل.");
    assert!(v.iter().all(|m| m.text != "المجلس"), "{v:?}");
}

#[test]
fn a_body_name_read_from_its_context() {
    // The subject of a verb of saying, a media head, ending at «أن».
    let v = ms("وذكرت شبكة كوندا أن مروحيات ألقت براميل.");
    assert!(v.iter().any(|m| m.text == "شبكة كوندا" && m.kind == "outlet"), "{v:?}");
    // A judging word after the name.
    let v = ms("قال تنظيم بوكوفا الإرهابي إنه نفذ الهجوم.");
    assert!(v.iter().any(|m| m.text == "تنظيم بوكوفا الإرهابي" && m.kind == "armed_group"), "{v:?}");
    // Quoted alone elsewhere in the article.
    let v = ms("ونقلت وكالة زيلاندر عن مصدر قوله إن الجيش انسحب. وقال شاهد لـ\"زيلاندر\" إن القصف توقف.");
    assert!(v.iter().any(|m| m.text == "وكالة زيلاندر"), "{v:?}");
    // Descriptions: not names.
    for t in [
        "وذكرت وكالة أنباء أن القصف استمر.",
        "وقالت جماعة مسلحة إن عناصرها انسحبوا.",
        "وأعلنت حركة احتجاج أن المظاهرات مستمرة.",
        "وقالت منظمة محلية إن المساعدات وصلت.",
    ] {
        let v = ms(t);
        assert!(v.is_empty(), "{t}: {v:?}");
    }
}

#[test]
fn a_body_without_its_nisba_links_only_where_the_article_names_the_country() {
    let mut run = RunNames::new();
    let mut a = ms("وقالت هيئة الإغاثة السورية إن القوافل وصلت.");
    run.link(&mut a);
    let ea = ent_of(&a, "هيئة الإغاثة السورية");
    assert!(ea.is_some(), "{a:?}");
    // No country named: another body, perhaps another country's.
    let mut b = ms("وقالت هيئة الإغاثة إن القوافل تأخرت.");
    run.link(&mut b);
    let eb = ent_of(&b, "هيئة الإغاثة");
    assert!(eb.is_some(), "{b:?}");
    assert_ne!(eb, ea);
    // An adjective that is no country's is another body too.
    let mut c = ms("وقالت هيئة الإغاثة الوطنية إن القوافل وصلت.");
    run.link(&mut c);
    assert_ne!(ent_of(&c, "هيئة الإغاثة الوطنية"), ea);
}

#[test]
fn a_body_without_its_nisba_in_an_article_naming_the_country_is_that_countrys() {
    let mut run = RunNames::new();
    let mut a = ms("وقالت هيئة الإغاثة السورية إن القوافل وصلت.");
    run.link(&mut a);
    let mut b = ms("وقالت هيئة الإغاثة إن القوافل دخلت سوريا أمس.");
    run.link(&mut b);
    let ea = ent_of(&a, "هيئة الإغاثة السورية");
    assert!(ea.is_some(), "{a:?}");
    assert_eq!(ent_of(&b, "هيئة الإغاثة"), ea, "{b:?}");
}

#[test]
fn a_speaker_named_before_his_role_in_apposition() {
    // (A surname that is a known city's name, «مابوتو», is read as the city: the gazetteer
    // names far capitals, and on real news they are places far more often than surnames.)
    let v = ms("وقال كورنيل مابونغو المتحدث باسم الجيش إن القوات تقدمت.");
    assert!(v.iter().any(|m| m.text == "كورنيل مابونغو" && m.kind == "person"), "{v:?}");
    let v = ms("وأضاف جوليوس نيريري، رئيس البلاد السابق، أن الوضع هادئ.");
    assert!(v.iter().any(|m| m.text == "جوليوس نيريري" && m.kind == "person"), "{v:?}");
    // Common words or a known body before the role: no person.
    for t in ["وقال مصدر أمني المسؤول عن الملف إن القوات تقدمت.", "وقالت الوزارة في بيان رئيس الوزراء إن القوات تقدمت."] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "person"), "{t}: {v:?}");
    }
}

#[test]
fn a_media_head_before_an_outlet_found_by_its_last_word_is_the_mentions() {
    let v = ms("ونقلت وكالة كاريبو برس عن مصدر قوله إن الطرق مغلقة.");
    let m = v.iter().find(|m| m.text == "وكالة كاريبو برس").expect("head and outlet");
    assert_eq!(m.kind, "outlet");
    // Elsewhere, the outlet's own name is the same outlet.
    let v = ms("ونقلت وكالة كاريبو برس عن مصدر قوله. وأوردت كاريبو برس صورا للدمار.");
    assert_eq!(ent_of(&v, "وكالة كاريبو برس"), ent_of(&v, "كاريبو برس"));
}

#[test]
fn an_agency_named_by_its_initials() {
    let v = ms("مقتل عشرة في انفجار (ك ت ن).\nالصورة: مصور/ك ت ن تي في");
    let ids: Vec<&str> = v.iter().filter(|m| m.text.starts_with("ك ت ن")).map(|m| m.entity.as_str()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
    assert_eq!(ids[0], ids[1]);
    assert!(v.iter().any(|m| m.text == "ك ت ن تي في" && m.kind == "outlet"), "{v:?}");
    // Two letters in a sentence, or letters joined by «و»: no agency.
    for t in ["الفقرة أ و ب من القرار.", "ورد في البند ج د من النص."] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "outlet"), "{t}: {v:?}");
    }
}

#[test]
fn news_adjective_and_numbered_channels_name_outlets() {
    let v = ms("وذكرت قدموس الإخبارية أن القصف استمر.");
    assert!(v.iter().any(|m| m.text == "قدموس الإخبارية" && m.kind == "outlet"), "{v:?}");
    // A definite or frequent word before it is a description.
    for t in ["وقالت النشرة الإخبارية إن الطقس حار.", "ونشرت المواقع الإخبارية صورا."] {
        let v = ms(t);
        assert!(v.iter().all(|m| m.kind != "outlet"), "{t}: {v:?}");
    }
    let v = ms("وقالت القناة 11 الزامبية إن الجيش انسحب.");
    assert!(v.iter().any(|m| m.text == "القناة 11 الزامبية" && m.kind == "outlet"), "{v:?}");
    let v = ms("وجاء الفريق في المرتبة 3 من القائمة.");
    assert!(v.iter().all(|m| m.kind != "outlet"), "{v:?}");
}

#[test]
fn own_names_inside_new_outlets_and_armed_groups_are_nested_mentions() {
    let v = rec().mentions_nested("قال تنظيم بوكوفا الإرهابي إنه نفذ الهجوم. ونقلت وكالة كاريبو برس عن مصدر.\nالصورة: مصور/ك ت ن تي في");
    for (outer, inner) in [("تنظيم بوكوفا الإرهابي", "بوكوفا"), ("وكالة كاريبو برس", "كاريبو برس"), ("ك ت ن تي في", "ك ت ن")] {
        let o = ent_of(&v, outer);
        assert!(o.is_some(), "{outer}: {v:?}");
        assert_eq!(ent_of(&v, inner), o, "{inner}: {v:?}");
    }
    // A description between the head and the judging word is no name alone.
    let v = rec().mentions_nested("وهاجمت جماعة المسلحين المتطرفة القرية.");
    assert!(v.iter().all(|m| m.text != "المسلحين"), "{v:?}");
}

#[test]
fn a_noun_of_land_or_sea_and_its_adjective_name_a_region() {
    let v = ms("وامتد الحريق إلى الساحل الزامبي والجبل الأخضر، وزار الوفد الريف الغربي.");
    for t in ["الساحل الزامبي", "الجبل الأخضر", "الريف الغربي"] {
        assert!(v.iter().any(|m| m.text == t && m.kind == "region"), "{t}: {v:?}");
    }
    // Another adjective is a description.
    let v = ms("وكان البحر الهائج خطرا على القوارب.");
    assert!(v.iter().all(|m| m.kind != "region"), "{v:?}");
}

#[test]
fn the_regime_and_a_countrys_nisba_is_its_government() {
    // With the lexicon's government of that country, or a new body of the same id.
    let v = ms("واتهمت المعارضة النظام الإيراني بقمع المتظاهرين. وقالت الحكومة الإيرانية إن ذلك كذب. ونفى النظام ذلك.");
    let e = ent_of(&v, "النظام الإيراني");
    assert!(e.is_some(), "{v:?}");
    assert_eq!(ent_of(&v, "الحكومة الإيرانية"), e, "{v:?}");
    assert_eq!(ent_of(&v, "النظام"), e, "{v:?}");
    // Another adjective: a system, not a regime.
    let v = ms("واعتمدت الوزارة النظام الصحي الجديد.");
    assert!(v.iter().all(|m| !m.text.starts_with("النظام")), "{v:?}");
}

#[test]
fn latin_names_set_apart_as_credits() {
    let v = ms("خاص - KTNX\nقال مسؤولون إن القصف استمر.\n(مصور/ZEBRANEWS)\nFacebook");
    for t in ["KTNX", "ZEBRANEWS", "Facebook"] {
        assert!(v.iter().any(|m| m.text == t), "{t}: {v:?}");
    }
    // In running text, in brackets, lower case, or a unit: no name.
    let v = ms("وقال الطبيب إن التهاب المفاصل (Osteoarthritis) يصيب الكبار، وإن المسافة 20 km، وزار london أمس.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn a_ministry_affiliated_to_a_countrys_government_is_that_countrys() {
    let v = ms("وقالت وزارة الإغاثة الإيرانية إن عشرة قتلوا. وأضافت وزارة الإغاثة التابعة للنظام الإيراني أن الجرحى مئة.");
    let a = ent_of(&v, "وزارة الإغاثة الإيرانية");
    assert!(a.is_some(), "{v:?}");
    assert_eq!(ent_of(&v, "وزارة الإغاثة التابعة للنظام الإيراني"), a, "{v:?}");
    // Affiliated to a body that is no state: left as it is.
    let v = ms("وقالت وزارة الإغاثة التابعة للحركة إن القصف استمر.");
    assert!(v.iter().all(|m| !m.entity.ends_with("الايرانيه")), "{v:?}");
}

#[test]
fn two_compass_words_joined_by_and_before_a_place_name_a_region() {
    let v = ms("وضربت الفيضانات شمال وغرب تشاد.");
    let r = v.iter().find(|m| m.text == "شمال وغرب تشاد").expect("the region");
    assert_eq!(r.kind, "region");
    // Not «شمال غرب تشاد» (north-west), and no region from «وغرب» alone.
    let w = ms("وضربت الفيضانات شمال غرب تشاد.");
    assert_ne!(ent_of(&w, "شمال غرب تشاد"), Some(r.entity.clone()));
    let v = ms("وتقدمت القوات وغرب تشاد.");
    assert!(v.iter().all(|m| m.kind != "region"), "{v:?}");
}

#[test]
fn a_body_name_goes_on_over_and_a_noun_before_its_nisba() {
    let v = ms("وقالت هيئة الإغاثة والتنمية الزامبية إن القوافل وصلت.");
    assert!(v.iter().any(|m| m.text == "هيئة الإغاثة والتنمية الزامبية"), "{v:?}");
    // A head or a known name after «و» is another body.
    let v = ms("وقالت هيئة الإغاثة والجيش الزامبي إن القوافل وصلت.");
    assert!(v.iter().any(|m| m.text == "هيئة الإغاثة"), "{v:?}");
    // «لـ» and a head after a body's nisba is its complement, no body of its own.
    let v = ms("وقال الائتلاف الوطني لقوى الثورة والتغيير الزامبية إن الهجوم مدان.");
    assert!(v.iter().any(|m| m.text == "الائتلاف الوطني لقوى الثورة والتغيير الزامبية"), "{v:?}");
    assert!(v.iter().all(|m| m.text != "قوى الثورة"), "{v:?}");
}

#[test]
fn a_lexicon_bodys_bare_name_is_the_countrys_body_the_article_names() {
    // «الهلال الأحمر» + a nisba the lexicon does not hold: one body for both genders, and
    // the bare name alone in the same article is it.
    let v = ms("وقال الهلال الأحمر الموريتاني إن الفرق انتشرت. وأضافت جمعية الهلال الأحمر الموريتانية أن القتلى مئة. وقال الهلال الأحمر إن البحث مستمر.");
    let a = ent_of(&v, "الهلال الأحمر الموريتاني");
    assert!(a.as_deref().is_some_and(|x| x.starts_with("org:")), "{v:?}");
    assert_eq!(ent_of(&v, "الهلال الأحمر الموريتانية"), a, "{v:?}");
    assert_eq!(ent_of(&v, "الهلال الأحمر"), a, "{v:?}");
}

#[test]
fn an_anaphor_before_a_preposition_and_a_ministry_in_an_offices_complement() {
    let v = ms("وقالت وزارة الإغاثة الزامبية إن القوافل وصلت. وأشارت الوزارة إلى أن الطرق مغلقة.");
    assert_eq!(ent_of(&v, "الوزارة"), ent_of(&v, "وزارة الإغاثة الزامبية"), "{v:?}");
    let v = ms("وقال المكتب الإعلامي لوزارة الإغاثة الزامبية إن القوافل وصلت.");
    assert!(v.iter().any(|m| m.text.contains("وزارة الإغاثة")), "{v:?}");
}

#[test]
fn a_name_after_a_role_ending_like_an_outlet_is_no_person() {
    // «مراسل» is a role, but «"ساحل برس"» after «وكالة» is the agency, not its reporter.
    let v = ms("وقال مراسل وكالة \"ساحل برس\" إن القصف استمر حتى الفجر.");
    assert!(v.iter().all(|m| !m.entity.starts_with("person:")), "{v:?}");
    // A reporter named after the role is still a person.
    let v = ms("وقال مراسل الوكالة كريم الجبوري إن القصف استمر.");
    assert!(v.iter().any(|m| m.text == "كريم الجبوري" && m.entity.starts_with("person:")), "{v:?}");
}

#[test]
fn a_foreign_name_spelt_two_ways_is_one_person() {
    // A transliterated given name written with and without its long vowels.
    let mut run = RunNames::new();
    let mut a = ms("وقال يوهانس كرويغر المتحدث باسم البعثة إن الفرق وصلت.");
    run.link(&mut a);
    let mut b = ms("وقال يوهانيس كروغر المتحدث باسم البعثة إن الطرق مقطوعة.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("يوهان")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("يوهان")).map(|m| m.entity.clone());
    assert!(ea.is_some(), "{a:?}");
    assert_eq!(ea, eb, "{a:?} {b:?}");
    // Listed Arabic given names keep their spelling: «سعيد» is not «سعد».
    let mut run = RunNames::new();
    let mut a = ms("وقال المتحدث باسم اللجنة سعيد الكبيسي إن الفرق وصلت.");
    run.link(&mut a);
    let mut b = ms("وقال المتحدث باسم البلدية سعد الكبيسي إن الطرق مقطوعة.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("سعيد")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("سعد")).map(|m| m.entity.clone());
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_ne!(ea, eb);
    // Family names with «ال» keep theirs too, and a compound given name written as one
    // word is Arabic: «عبدالكريم الغويري» is not «عبدالكريم الغاوري».
    let mut run = RunNames::new();
    let mut a = ms("وقال عبدالكريم الغويري المتحدث باسم اللجنة إن الفرق وصلت.");
    run.link(&mut a);
    let mut b = ms("وقال عبدالكريم الغاوري المتحدث باسم البلدية إن الطرق مقطوعة.");
    run.link(&mut b);
    let ea = a.iter().find(|m| m.text.starts_with("عبدالكريم")).map(|m| m.entity.clone());
    let eb = b.iter().find(|m| m.text.starts_with("عبدالكريم")).map(|m| m.entity.clone());
    assert!(ea.is_some() && eb.is_some(), "{a:?} {b:?}");
    assert_ne!(ea, eb);
}

#[test]
fn the_doctor_abbreviation_opens_a_name() {
    // «د.» with or without a space, in running text or on a byline of its own.
    let v = ms("وقال د. حازم الكرمي إن المستشفى يعمل بطاقة مضاعفة.");
    assert!(v.iter().any(|m| m.text == "حازم الكرمي" && m.entity.starts_with("person:")), "{v:?}");
    let v = ms("مقال رأي\nد.نبيل الشمايلة\nتتواصل الأزمة في المدينة.");
    assert!(v.iter().any(|m| m.text == "نبيل الشمايلة" && m.entity.starts_with("person:")), "{v:?}");
    // «د» without its dot is a letter of a list, not a title.
    let v = ms("ونصت الفقرة د الجديدة على وقف النار.");
    assert!(v.iter().all(|m| !m.entity.starts_with("person:")), "{v:?}");
    let v = ms("البند (د) وقف إطلاق النار فورا.");
    assert!(v.iter().all(|m| !m.entity.starts_with("person:")), "{v:?}");
    // After «د.» the name stops where a name with no role would («لمستشفى», «بأنه»).
    let v = ms("وقال مدير المستشفى د. حازم الكرمي لمستشفى الأمل إن الوضع صعب.");
    assert!(v.iter().any(|m| m.text == "حازم الكرمي"), "{v:?}");
}

#[test]
fn a_compound_given_name_with_al_din() {
    // «زين الدين», «سيف الدين»: one given name, though «زين» and «سيف» are words too.
    let v = ms("وقال شادي سيف الدين إن الأهالي نزحوا.");
    assert!(v.iter().any(|m| m.text == "شادي سيف الدين" && m.entity.starts_with("person:")), "{v:?}");
    let v = ms("مقال\nد. وجدى زين الدين\nنص المقال.");
    assert!(v.iter().any(|m| m.text == "وجدى زين الدين"), "{v:?}");
    // «رجال الدين», «علماء الدين» are clerics, not a name.
    let v = ms("وانتقد محمد رجال الدين في خطبته، وقال علماء الدين إن الفتوى باطلة.");
    assert!(v.iter().all(|m| !m.text.contains("الدين")), "{v:?}");
}

#[test]
fn an_arabic_given_name_of_the_entities_list_opens_a_name() {
    // «خلدون», «صهيب», «نورة»: given names and nothing else, with no role before them.
    let v = ms("ونقل الجرحى خلدون العكيلي إلى المستشفى، وروت صهيب الدرويش ما جرى.");
    assert!(v.iter().any(|m| m.text == "خلدون العكيلي" && m.entity.starts_with("person:")), "{v:?}");
    assert!(v.iter().any(|m| m.text == "صهيب الدرويش" && m.entity.starts_with("person:")), "{v:?}");
    // Names that are words too stay words: «رجاء» please, «سهام» arrows, «أبوبكر كان».
    let v = ms("رجاء أتوسل إليكم أن تساعدونا، فقد طالتنا سهام المنافسين.");
    assert!(v.iter().all(|m| !m.entity.starts_with("person:")), "{v:?}");
}

#[test]
fn a_name_a_person_is_known_by() {
    // «المعروف بأبي عمر»: the kunya is the person, here and later in its nominative.
    let v = ms("وقال عبد الرحمن الشمري المعروف بأبي عمر إن الهجوم فشل. وأضاف أبو عمر أن القوات انسحبت.");
    let id = ent_of(&v, "عبد الرحمن الشمري").expect("the full name");
    assert_eq!(ent_of(&v, "أبي عمر"), Some(id.clone()), "{v:?}");
    assert_eq!(ent_of(&v, "أبو عمر"), Some(id), "{v:?}");
    // A quoted name, and a rare nickname with «ال».
    let v = ms("قتل القيادي خالد الحمادي الملقب بـ\"الحاج صالح\" في الغارة.");
    assert_eq!(ent_of(&v, "الحاج صالح"), ent_of(&v, "خالد الحمادي"), "{v:?}");
    let v = ms("واعتقل محمد الدغيم المكنى بالذباح أمس، ويتهم الذباح بعشرات الجرائم.");
    let id = ent_of(&v, "محمد الدغيم").expect("the full name");
    assert_eq!(v.iter().filter(|m| m.text == "الذباح" && m.entity == id).count(), 2, "{v:?}");
    // Known for a quality, or among people: no name.
    let v = ms("وقال محمد الدغيم المعروف بالتشدد إن المدينة صامدة، وأضاف سالم الخطيب المعروف بين الناس بكرمه أن");
    assert!(v.iter().all(|m| m.text.contains("الدغيم") || m.text.contains("الخطيب")), "{v:?}");
}

#[test]
fn a_bracketed_agency_before_a_dash_opens_a_line() {
    // «(المسار) – أعلن …»: the outlet, even when its name is frequent as a word («مسار»).
    let v = ms("ارتفاع حصيلة الضحايا\n(المسار) – أعلن وزير الصحة في الحكومة اليوم أن العدد ارتفع إلى مئة.");
    assert!(v.iter().any(|m| m.text == "المسار" && m.entity.starts_with("org:")), "{v:?}");
    // A bracketed common word is no outlet.
    let v = ms("ارتفاع حصيلة الضحايا\n(عاجل) – أعلن وزير الصحة في الحكومة اليوم أن العدد ارتفع إلى مئة.");
    assert!(v.iter().all(|m| m.text != "عاجل"), "{v:?}");
}

#[test]
fn a_site_or_a_rank_after_mawqi_is_no_outlet() {
    // «موقع» + an unquoted definite word is where something happened, or a rank.
    let v = ms("وصلت فرق الإسعاف إلى موقع الانفجار، واحتل الفريق موقع الصدارة.");
    assert!(v.iter().all(|m| !m.text.starts_with("موقع")), "{v:?}");
    // A quoted or foreign name after it is the website.
    let v = ms("ونقل موقع \"الرصيف\" عن مصدر أن الطريق مقطوعة.");
    assert!(v.iter().any(|m| m.text.contains("الرصيف") && m.entity.starts_with("org:")), "{v:?}");
}

#[test]
fn an_accusative_word_ends_a_name_after_a_role() {
    // «وبدا المدرب X Y مستعدا»: the accusative adjective is no family name.
    let v = ms("وبدا المدرب لوران بلاني مستعدا لانطلاق الموسم.");
    assert!(v.iter().any(|m| m.text == "لوران بلاني"), "{v:?}");
    assert!(v.iter().all(|m| !m.text.contains("مستعدا")), "{v:?}");
}

#[test]
fn an_outlet_in_brackets_after_a_datelines_place() {
    // «المدينة، البلد (X) – …»: the outlet of the dateline, Latin or Arabic.
    let v = ms("دبي، الإمارات العربية المتحدة (ZNTV)-- أعلنت السلطات إغلاق الطرق.");
    assert!(v.iter().any(|m| m.text == "ZNTV" && m.entity.starts_with("org:")), "{v:?}");
    let v = ms("دمشق (نبأ برس) - أعلنت السلطات إغلاق الطرق.");
    assert!(v.iter().any(|m| m.text.contains("نبأ") && m.entity.starts_with("org:")), "{v:?}");
    // A compass word in brackets is no outlet.
    let v = ms("في مدينة حلب (شمال) - قتل ثلاثة مدنيين.");
    assert!(v.iter().all(|m| m.text != "شمال"), "{v:?}");
}

/// «قوات» before a body named in full with a «لـ» complement: the body's whole name is
/// the mention (the country in its complement stays inside it), not «قوات» and the first
/// two words. Without such a complement «قوات X» stays as it was.
#[test]
fn forces_of_a_body_named_with_a_complement_take_the_whole_name() {
    let v = ms("هاجمت قوات الحركة الشعبية لتحرير السودان مواقع للجيش في ولاية النيل الأزرق.");
    assert!(v.iter().any(|m| m.text == "الحركة الشعبية لتحرير السودان" && m.entity.starts_with("org:")), "{v:?}");
    assert!(v.iter().all(|m| m.text != "قوات الحركة الشعبية"), "{v:?}");
    let v = ms("أعلنت قوات الجبهة الشعبية للتحرير سيطرتها على البلدة.");
    assert!(v.iter().any(|m| m.text == "الجبهة الشعبية للتحرير"), "{v:?}");
    // «الجيش الشعبي لجنوب السودان» is South Sudan's army (a lexicon name, session 13): the
    // country inside it is no place of the sentence.
    let v = ms("قصفت قوات الجيش الشعبي لجنوب السودان قرية أمس.");
    assert!(v.iter().any(|m| m.text.ends_with("الجيش الشعبي لجنوب السودان") && m.entity == "south-sudan-army"), "{v:?}");
    assert!(v.iter().all(|m| m.text != "جنوب السودان"), "{v:?}");
}
