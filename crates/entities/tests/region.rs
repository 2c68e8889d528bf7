//! The region's conflicts beyond Syria (Sudan, Libya, Gaza) on sentences written for
//! these tests: names the lexicon holds, their short and partisan forms, and the
//! generic words that must stay nothing.

use riwaya_model::Mention;
mod common;
use common::ms;

fn ent(v: &[Mention], text: &str) -> Option<String> {
    v.iter().find(|m| m.text == text).map(|m| m.entity.clone())
}

#[test]
fn sudan_forces_and_leaders() {
    let v = ms("وقال عضو مجلس السيادة شمس الدين كباشي إن القوات المسلحة السودانية صدت هجوما لقوات الدعم السريع، وإن كباشي زار الجبهة.");
    assert_eq!(ent(&v, "مجلس السيادة").as_deref(), Some("sudan-sovereignty-council"), "{v:?}");
    assert_eq!(ent(&v, "شمس الدين كباشي").as_deref(), Some("shams-al-din-kabbashi"));
    assert_eq!(ent(&v, "كباشي").as_deref(), Some("shams-al-din-kabbashi"));
    assert_eq!(ent(&v, "القوات المسلحة السودانية").as_deref(), Some("sudanese-army"));
    let v = ms("اتهم الجيش السوداني الميليشيا المتمردة بقصف الأحياء، فيما قالت القوات المسلحة إنها تتقدم.");
    assert_eq!(ent(&v, "القوات المسلحة").as_deref(), Some("sudanese-army"), "{v:?}");
    let v = ms("وقالت قوات الدعم السريع إنها انسحبت، لكن المليشيا عادت فجرا.");
    assert_eq!(ent(&v, "المليشيا").as_deref(), Some("rsf"), "{v:?}");
    let v = ms("وتتهم منظمات حقوقية ميليشيا آل دقلو والجنجويد بإحراق القرى.");
    assert_eq!(ent(&v, "ميليشيا آل دقلو").as_deref(), Some("rsf"), "{v:?}");
    assert_eq!(ent(&v, "الجنجويد").as_deref(), Some("rsf"));
    let v = ms("وقال عبد الرحيم دقلو في خطاب مصور إن قواته لن تنسحب.");
    assert_eq!(ent(&v, "عبد الرحيم دقلو").as_deref(), Some("abdel-rahim-dagalo"), "{v:?}");
    let v = ms("وقال حاكم إقليم دارفور مني أركو مناوي إن القوة المشتركة لحركات الكفاح المسلح تصدت للهجوم، وأضاف مناوي أن القوة المشتركة لن تتراجع.");
    assert_eq!(ent(&v, "مني أركو مناوي").as_deref(), Some("minni-minnawi"), "{v:?}");
    assert_eq!(ent(&v, "مناوي").as_deref(), Some("minni-minnawi"));
    assert_eq!(ent(&v, "القوة المشتركة").as_deref(), Some("sudan-joint-force"));
}

#[test]
fn generic_words_stay_nothing_without_their_actor() {
    // «الميليشيا» and «القوات المسلحة» name the RSF and the army only where these were named.
    let v = ms("قالت الحكومة إن الميليشيا انسحبت وإن القوات المسلحة انتشرت في الشوارع.");
    assert_eq!(ent(&v, "القوات المسلحة"), None, "{v:?}");
    assert!(v.iter().all(|m| m.entity != "rsf"), "{v:?}");
    // «الأبيض» is a colour and «طويلة» an adjective: not towns without their head noun.
    let v = ms("رفع المتظاهرون العلم الأبيض بعد ليلة طويلة من القصف.");
    assert!(v.iter().all(|m| m.entity != "el-obeid" && m.entity != "tawila"), "{v:?}");
}

#[test]
fn sudan_places_and_camps() {
    let v = ms("فر آلاف النازحين إلى بلدة طويلة، ثم وصل بعضهم إلى طويلة سيرا على الأقدام.");
    assert_eq!(ent(&v, "بلدة طويلة").as_deref(), Some("tawila"), "{v:?}");
    assert_eq!(ent(&v, "طويلة").as_deref(), Some("tawila"));
    let v = ms("سقطت قذائف على معسكر كلمة للنازحين قرب نيالا وعلى مدينة كادقلي ومدينة الأبيض.");
    assert_eq!(ent(&v, "معسكر كلمة للنازحين").as_deref(), Some("kalma-camp"), "{v:?}");
    assert_eq!(ent(&v, "مدينة كادقلي").as_deref(), Some("kadugli"), "{v:?}");
    assert_eq!(ent(&v, "مدينة الأبيض").as_deref(), Some("el-obeid"), "{v:?}");
    let v = ms("وقالت حكومة بورتسودان إن تحالف تأسيس لا يمثل السودانيين.");
    assert_eq!(ent(&v, "حكومة بورتسودان").as_deref(), Some("sudan-government"), "{v:?}");
    assert_eq!(ent(&v, "تحالف تأسيس").as_deref(), Some("rsf-parallel-government"));
}

#[test]
fn regional_bodies_and_relief_agencies() {
    let v = ms("دعا الاتحاد الإفريقي وإيغاد والمجلس النرويجي للاجئين ولجنة الإنقاذ الدولية إلى هدنة.");
    assert_eq!(ent(&v, "الاتحاد الإفريقي").as_deref(), Some("african-union"), "{v:?}");
    assert_eq!(ent(&v, "إيغاد").as_deref(), Some("igad"));
    assert_eq!(ent(&v, "المجلس النرويجي للاجئين").as_deref(), Some("nrc"));
    assert_eq!(ent(&v, "لجنة الإنقاذ الدولية").as_deref(), Some("irc"));
}

#[test]
fn libya_and_gaza_places() {
    let v = ms("غمرت السيول مدينة البيضاء الليبية ومنطقة الجبل الأخضر في إقليم برقة، ووصلت المساعدات إلى ترهونة.");
    assert_eq!(ent(&v, "مدينة البيضاء الليبية").as_deref(), Some("al-bayda-libya"), "{v:?}");
    assert_eq!(ent(&v, "منطقة الجبل الأخضر").as_deref(), Some("jabal-al-akhdar-libya"));
    assert_eq!(ent(&v, "إقليم برقة").as_deref(), Some("cyrenaica"));
    assert_eq!(ent(&v, "ترهونة").as_deref(), Some("tarhuna"));
    let v = ms("قصفت الطائرات حي الشجاعية ومنطقة المواصي غرب خان يونس.");
    assert_eq!(ent(&v, "حي الشجاعية").as_deref(), Some("shujaiya"), "{v:?}");
    assert_eq!(ent(&v, "منطقة المواصي").as_deref(), Some("al-mawasi"));
}

#[test]
fn capitals_by_their_country_adjective() {
    let v = ms("وصلت التعزيزات إلى العاصمة السودانية، وأغلقت المطارات في العاصمة الليبية والعاصمة الصومالية.");
    assert_eq!(ent(&v, "العاصمة السودانية").as_deref(), Some("khartoum"), "{v:?}");
    assert_eq!(ent(&v, "العاصمة الليبية").as_deref(), Some("tripoli-libya"), "{v:?}");
    assert_eq!(ent(&v, "العاصمة الصومالية").as_deref(), Some("mogadishu"), "{v:?}");
    // «العاصمة» alone is no name.
    let v = ms("عاد الهدوء إلى العاصمة بعد ليلة من الاشتباكات.");
    assert!(v.iter().all(|m| m.text != "العاصمة"), "{v:?}");
}

#[test]
fn un_bodies_under_their_other_names() {
    let v = ms("وقالت مفوضية الأمم المتحدة السامية لحقوق الإنسان إن الانتهاكات مستمرة.");
    assert_eq!(ent(&v, "مفوضية الأمم المتحدة السامية لحقوق الإنسان").as_deref(), Some("ohchr"), "{v:?}");
    // «المنظمة الأممية» is the UN where the UN was named; alone it is nothing.
    let v = ms("دعت الأمم المتحدة إلى هدنة، وقالت المنظمة الأممية إن المساعدات لا تصل.");
    assert_eq!(ent(&v, "المنظمة الأممية").as_deref(), Some("un"), "{v:?}");
    let v = ms("طالبت الأمم المتحدة بهدنة، وحذرت المنظمة الدولية من المجاعة.");
    assert_eq!(ent(&v, "المنظمة الدولية").as_deref(), Some("un"), "{v:?}");
    let v = ms("وقالت المنظمة الأممية إن المساعدات لا تصل.");
    assert!(v.iter().all(|m| m.entity != "un"), "{v:?}");
    let v = ms("وقال مكتب الأمم المتحدة لحقوق الإنسان إن المدنيين محاصرون.");
    assert_eq!(ent(&v, "مكتب الأمم المتحدة لحقوق الإنسان").as_deref(), Some("ohchr"), "{v:?}");
}

#[test]
fn a_given_name_with_the_article_after_a_role() {
    let v = ms("وقال المتحدث باسم الحركة المسلحة الفاتح عبد الباقي إن قواته انسحبت.");
    assert!(v.iter().any(|m| m.text == "الفاتح عبد الباقي" && m.kind == "person"), "{v:?}");
    // A definite word that is no listed given name stays part of the role's complement.
    let v = ms("وقال المتحدث باسم الجيش الوطني أحمد سليمان إن الهجوم فشل.");
    assert!(v.iter().any(|m| m.text == "أحمد سليمان" && m.kind == "person"), "{v:?}");
}

#[test]
fn occupation_names_the_state_where_israel_was_named() {
    let v = ms("قالت إسرائيل إنها سترد، لكن الاحتلال لم يعلق بعد، واتهم جيش الاحتلال الصهاينة المتطرفين.");
    assert_eq!(ent(&v, "الاحتلال").as_deref(), Some("israel"), "{v:?}");
    assert_eq!(ent(&v, "الصهاينة").as_deref(), Some("israel"), "{v:?}");
    assert_eq!(ent(&v, "جيش الاحتلال").as_deref(), Some("israeli-forces"), "{v:?}");
    let v = ms("نددت الفصائل بجرائم كيان الاحتلال الإسرائيلي في القطاع.");
    assert_eq!(ent(&v, "كيان الاحتلال الإسرائيلي").as_deref(), Some("israel"), "{v:?}");
    // Without Israel named, «الاحتلال» (another occupation, or the word) is nothing.
    let v = ms("تحدث المؤرخ عن سنوات الاحتلال الطويلة.");
    assert!(v.iter().all(|m| m.entity != "israel"), "{v:?}");
}

#[test]
fn the_old_front_is_itself_where_it_was_named() {
    let v = ms("قالت جبهة النصرة في بيان إن النصرة لم تستخدم هذا السلاح.");
    assert_eq!(ent(&v, "النصرة").as_deref(), Some("jabhat-al-nusra"), "{v:?}");
    let v = ms("قصفت الطائرات مواقع النصرة في ريف حماة.");
    assert_eq!(ent(&v, "النصرة").as_deref(), Some("hts"), "{v:?}");
}

#[test]
fn a_small_town_in_an_article_about_its_country() {
    // The gazetteer's small towns are short names; an article that names a place of their
    // country names them too.
    let v = ms("وصلت قوافل الإغاثة من طرابلس إلى مرزق بعد أسبوع.");
    assert_eq!(ent(&v, "مرزق").as_deref(), Some("gn-2214603"), "{v:?}");
    // No place of Libya named: the bare word stays short.
    let v = ms("وصلت قوافل الإغاثة إلى مرزق بعد أسبوع.");
    assert!(v.iter().all(|m| m.text != "مرزق"), "{v:?}");
    // A common word with a proclitic is not the town: «بلاد» is no «ب» + «لاد».
    let v = ms("زار الوزير بلاد كثيرة ثم عاد إلى القدس ورام الله.");
    assert!(v.iter().all(|m| !m.text.contains("لاد")), "{v:?}");
}

#[test]
fn place_names_opened_by_a_particle_and_ranks_before_names() {
    // «أم» is «or» too: after a place head it opens the name.
    let v = ms("سقطت قذائف على قرية أم سيالة ثم على بلدة أبو زبد.");
    assert_eq!(ent(&v, "قرية أم سيالة").as_deref(), Some("place:ام-سياله"), "{v:?}");
    assert_eq!(ent(&v, "بلدة أبو زبد").as_deref(), Some("place:ابو-زبد"), "{v:?}");
    let v = ms("لا نعرف هل تعود القرية أم لا.");
    assert!(v.is_empty(), "{v:?}");
    // «الفريق أول ركن»: the rank words are no name.
    let v = ms("وقال الفريق أول ركن خالد عبد الرحيم إن القوات تقدمت.");
    assert!(v.iter().all(|m| !m.text.contains("ركن")), "{v:?}");
    assert!(v.iter().any(|m| m.text == "خالد عبد الرحيم" && m.kind == "person"), "{v:?}");
    let v = ms("وقالت هيئة محامي دارفور ومجموعة محامو الطوارئ إن القتلى مدنيون.");
    assert_eq!(ent(&v, "هيئة محامي دارفور").as_deref(), Some("darfur-bar-association"), "{v:?}");
    assert_eq!(ent(&v, "مجموعة محامو الطوارئ").as_deref(), Some("emergency-lawyers-sudan"), "{v:?}");
}

#[test]
fn later_actors_and_un_bodies() {
    let v = ms("وقالت الحكومة السورية الانتقالية إن الأمن العام السوري انتشر في الساحل، فيما دعا مجلس الأمن إلى التهدئة.");
    assert_eq!(ent(&v, "الحكومة السورية الانتقالية").as_deref(), Some("syrian-transitional-government"), "{v:?}");
    assert_eq!(ent(&v, "الأمن العام السوري").as_deref(), Some("syria-general-security"), "{v:?}");
    assert_eq!(ent(&v, "مجلس الأمن").as_deref(), Some("un-security-council"), "{v:?}");
    let v = ms("اتهم المجلس الانتقالي الجنوبي مجلس القيادة الرئاسي بالتقصير، وقالت قوات اليونيفيل إن الوضع هادئ.");
    assert_eq!(ent(&v, "المجلس الانتقالي الجنوبي").as_deref(), Some("southern-transitional-council"), "{v:?}");
    assert_eq!(ent(&v, "مجلس القيادة الرئاسي").as_deref(), Some("yemen-presidential-leadership-council"), "{v:?}");
    assert_eq!(ent(&v, "قوات اليونيفيل").as_deref(), Some("unifil"), "{v:?}");
    let v = ms("قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين والمفوضية الأممية للاجئين إن المساعدات شحيحة.");
    assert_eq!(ent(&v, "وكالة غوث وتشغيل اللاجئين الفلسطينيين").as_deref(), Some("unrwa"), "{v:?}");
    assert_eq!(ent(&v, "المفوضية الأممية للاجئين").as_deref(), Some("unhcr"), "{v:?}");
}

#[test]
fn regional_outlets() {
    let v = ms("ونقل موقع دارفور 24 عن شهود أن القصف مستمر، وذكرت بوابة الوسط أن الطريق أغلق، وقالت صحيفة عدن الغد إن الاشتباكات توقفت.");
    assert_eq!(ent(&v, "موقع دارفور 24").as_deref(), Some("darfur24"), "{v:?}");
    assert_eq!(ent(&v, "بوابة الوسط").as_deref(), Some("alwasat-libya"), "{v:?}");
    assert_eq!(ent(&v, "صحيفة عدن الغد").as_deref(), Some("aden-alghad"), "{v:?}");
}

#[test]
fn a_town_name_two_countries_share() {
    // «مدينة البيضاء»: Libya's in an article about Libya, Yemen's in one about Yemen.
    let v = ms("غمرت السيول مدينة البيضاء ومدينة درنة في ليبيا.");
    assert_eq!(ent(&v, "مدينة البيضاء").as_deref(), Some("al-bayda-libya"), "{v:?}");
    let v = ms("قصفت الطائرات مدينة البيضاء في اليمن.");
    assert_eq!(ent(&v, "مدينة البيضاء").as_deref(), Some("al-bayda"), "{v:?}");
}

#[test]
fn governors_rapporteurs_and_envoys_before_names() {
    let v = ms("وقالت المقررة الخاصة للأمم المتحدة رادهيكا كوماراسوامي إن الانتهاكات واسعة.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "رادهيكا كوماراسوامي"), "{v:?}");
    let v = ms("وقالت المنسقة الإنسانية في البلاد الحافظ بخيت إن المدينة صامدة.");
    assert!(v.iter().any(|m| m.kind == "person" && m.text == "الحافظ بخيت"), "{v:?}");
    // «والي» is no role word: it folds like «وإلى» («وإلى الخلف»).
    let v = ms("تراجع الجنود وإلى الخلف تقدمت الدبابات.");
    assert!(v.iter().all(|m| m.kind != "person"), "{v:?}");
}
