//! Recognition on sentences written for these tests.

use riwaya_entities::RunNames;
use riwaya_lexicon::Lexicon;
use riwaya_model::Mention;
mod common;
use common::rec;

fn ms(text: &str) -> Vec<Mention> {
    let v = rec().mentions(text);
    for m in &v {
        assert_eq!(&text[m.start..m.end], m.text, "span of {m:?}");
    }
    for w in v.windows(2) {
        assert!(w[0].end <= w[1].start, "overlap {:?} {:?}", w[0], w[1]);
    }
    v
}

fn find<'a>(v: &'a [Mention], text: &str) -> Option<&'a Mention> {
    v.iter().find(|m| m.text == text)
}

fn ent(text: &str, name: &str) -> Option<String> {
    find(&ms(text), name).map(|m| m.entity.clone())
}

#[test]
fn proclitics_are_not_part_of_the_name() {
    assert_eq!(ent("سلّم العشرات أنفسهم لقسد أمس.", "قسد").as_deref(), Some("sdf"));
    assert_eq!(ent("دارت معارك عنيفة بالحسكة طوال الليل.", "الحسكة").as_deref(), Some("hasakah-city"));
    assert_eq!(ent("قصفت الطائرات والتحالف الدولي يراقب.", "التحالف الدولي").as_deref(), Some("us-led-coalition"));
    assert_eq!(ent("سلّموا أنفسهم لـ\"قسد\" صباحاً.", "قسد").as_deref(), Some("sdf"));
    assert_eq!(ent("سلّموا أنفسهم لـ«قسد» صباحاً.", "قسد").as_deref(), Some("sdf"));
    assert_eq!(ent("قال مصدر وكقسد تماماً فعلت.", "قسد").as_deref(), Some("sdf"));
    assert_eq!(ent("فقسد لم تعلّق.", "قسد").as_deref(), Some("sdf"));
    // «لل» is ل + ال: the span keeps «لل», which stands for «ال».
    let v = ms("قال مصدر للميادين إن الوضع هادئ.");
    assert_eq!(find(&v, "للميادين").map(|m| m.entity.as_str()), Some("almayadeen"));
    let v = ms("أكد مسؤول في قوات الأمن التابعة للإدارة الذاتية ذلك.");
    assert_eq!(find(&v, "للإدارة الذاتية").map(|m| m.entity.as_str()), Some("aanes"));
}

#[test]
fn not_inside_other_words() {
    // «قسد» is not found inside «مقسد», nor «داعش» inside «داعشي»-like words.
    let v = ms("كتب مقسدون وداعشيون كلاماً كثيراً.");
    assert!(v.iter().all(|m| m.entity != "sdf" && m.entity != "isis"), "{v:?}");
}

#[test]
fn diacritics_tatweel_and_quotes() {
    assert_eq!(ent("هاجمت قوّاتُ سوريا الديمقراطيّة المواقع.", "قوّاتُ سوريا الديمقراطيّة").as_deref(), Some("sdf"));
    assert_eq!(ent("وصل الوفد إلى الحســـكة مساءً.", "الحســـكة").as_deref(), Some("hasakah-city"));
    let v = ms("وقعت اشتباكات قرب سجن \"الصناعة\" مساءً.");
    let m = v.iter().find(|m| m.entity == "ghwayran-prison").expect("prison");
    assert!(m.text.starts_with("سجن") && m.text.contains("الصناعة"));
}

#[test]
fn longest_match_wins() {
    let v = ms("أعلنت قوات سوريا الديمقراطية السيطرة على الموقع.");
    assert_eq!(v.iter().filter(|m| m.entity == "sdf").count(), 1);
    assert!(find(&v, "قوات سوريا الديمقراطية").is_some());
    let v = ms("قصف طيران التحالف الدولي ضد تنظيم داعش الإرهابي مواقع عدة.");
    assert!(v.iter().any(|m| m.entity == "us-led-coalition" && m.text.contains("ضد تنظيم داعش")), "{v:?}");
}

#[test]
fn nested_names_are_listed_separately() {
    let text = "نقلت وكالة سانا الرسمية الخبر، وأكد التحالف الدولي ضد تنظيم داعش الإرهابي ذلك.";
    let v = rec().mentions_nested(text);
    for w in ["وكالة سانا الرسمية", "وكالة سانا", "سانا", "تنظيم داعش الإرهابي", "التحالف الدولي"] {
        assert!(v.iter().any(|m| m.text == w), "{w} missing in {v:?}");
    }
    assert_eq!(v.iter().find(|m| m.text == "سانا").unwrap().entity, "sana");
    assert_eq!(v.iter().find(|m| m.text == "تنظيم داعش الإرهابي").unwrap().entity, "isis");
}

#[test]
fn khalaf_the_surname_and_khalaf_behind() {
    // Named in full first: «خلف» after a verb of saying is the man.
    let v = ms("قال مدير الشؤون الاجتماعية إبراهيم خلف إن المراكز جاهزة. وأضاف خلف أن الفرق تعمل.");
    assert!(v.iter().filter(|m| m.entity == "ibrahim-khalaf").count() >= 2, "{v:?}");
    // Never named: «خلف» = behind.
    let v = ms("اختبأ المسلحون خلف المبنى القديم.");
    assert!(v.iter().all(|m| m.text != "خلف"), "{v:?}");
    // Named, but here «خلف» is a preposition before a definite noun.
    let v = ms("تحدث إبراهيم خلف للصحفيين. ثم وقف الحراس خلف الباب.");
    assert_eq!(v.iter().filter(|m| m.entity == "ibrahim-khalaf").count(), 1, "{v:?}");
}

#[test]
fn al_dawla_alone_is_not_isis() {
    let v = ms("قالت الدولة إنها ستعيد النازحين.");
    assert!(v.iter().all(|m| m.entity != "isis"), "{v:?}");
    assert_eq!(ent("هاجم تنظيم الدولة الموقع.", "تنظيم الدولة").as_deref(), Some("isis"));
}

#[test]
fn al_tanzim_refers_back() {
    let v = ms("هاجم تنظيم القاعدة قرية نائية، وقال التنظيم في بيان إنه سيواصل.");
    assert_eq!(find(&v, "التنظيم").map(|m| m.entity.as_str()), Some("al-qaeda"), "{v:?}");
    // Prefers the organisation called «تنظيم …» over another armed group named since.
    let v = ms("أعلنت قسد أسر عناصر من داعش، وقالت إنها حررت رهائن من قبضة التنظيم.");
    assert_eq!(find(&v, "التنظيم").map(|m| m.entity.as_str()), Some("isis"), "{v:?}");
    // Nothing named: no mention.
    let v = ms("قال التنظيم إنه سيواصل.");
    assert!(find(&v, "التنظيم").is_none(), "{v:?}");
}

#[test]
fn al_tahaluf_defaults_unless_another_alliance() {
    let v = ms("قال التحالف في بيان إنه نفذ غارات.");
    assert_eq!(find(&v, "التحالف").map(|m| m.entity.as_str()), Some("us-led-coalition"));
    let v = ms("أعلن التحالف العربي بقيادة السعودية بدء العملية، وقال التحالف إنها ستستمر.");
    let first = v.iter().find(|m| m.text.starts_with("التحالف العربي")).expect("arab coalition");
    assert_eq!(find(&v, "التحالف").map(|m| m.entity.clone()), Some(first.entity.clone()), "{v:?}");
}

#[test]
fn al_milishia_refers_back_to_the_militia() {
    let v = ms("هاجمت ميليشيا قسد الحي، ثم أعلنت الميليشيا السيطرة عليه.");
    assert_eq!(find(&v, "الميليشيا").map(|m| m.entity.as_str()), Some("sdf"));
    let v = ms("قالت الميليشيا إنها انسحبت.");
    assert!(find(&v, "الميليشيا").is_none(), "{v:?}");
}

#[test]
fn head_noun_organisations() {
    let v = ms("أصدرت وزارة الزراعة الفنلندية بياناً.");
    assert_eq!(find(&v, "وزارة الزراعة الفنلندية").map(|m| m.entity.as_str()), Some("org:وزاره-الزراعه-الفنلنديه"));
    let v = ms("وفق ما نقلت وكالة \"XYZA\" عن مصادرها.");
    assert!(v.iter().any(|m| m.entity == "org:xyza" && m.kind == "outlet"), "{v:?}");
    let v = ms("نشرت صحيفة الوادي الأخضر تقريراً عن الحادث.");
    assert!(v.iter().any(|m| m.entity == "org:صحيفه-الوادي-الاخضر" && m.kind == "outlet"), "{v:?}");
    let v = ms("تبنت جبهة الأحرار الشمالية الهجوم.");
    assert!(v.iter().any(|m| m.text == "جبهة الأحرار الشمالية"), "{v:?}");
    // A common noun after the head is no name.
    let v = ms("عقد مجلس إدارة الشركة اجتماعاً.");
    assert!(v.iter().all(|m| !m.text.starts_with("مجلس إدارة")), "{v:?}");
}

#[test]
fn head_noun_places() {
    for (t, w, k) in [
        ("اشتعلت النيران في حي الورود الشرقي مساءً.", "حي الورود الشرقي", "neighbourhood"),
        ("وصلت العائلات إلى مخيم النخيل قرب الحدود.", "مخيم النخيل", "camp"),
        ("تجمع المحتجون عند دوار النجمة في المدينة.", "دوار النجمة", "roundabout"),
        ("دفن الضحايا في مقبرة أبو علي الكبرى.", "مقبرة أبو علي الكبرى", "cemetery"),
        ("توقف العمل في مخبز السلام بعد القصف.", "مخبز السلام", "bakery"),
        ("تحصن المسلحون في كلية الهندسة الزراعية وسط المدينة.", "كلية الهندسة الزراعية", "college"),
        ("نُقل الجرحى إلى مستشفى الرحمة الخيري.", "مستشفى الرحمة الخيري", "hospital"),
    ] {
        let v = ms(t);
        let m = find(&v, w).unwrap_or_else(|| panic!("{w} not in {v:?}"));
        assert_eq!(m.kind, k);
        assert!(m.entity.starts_with("place:"), "{m:?}");
    }
    // «مدينة X» is X; «سجن X» / «ريف X» is a place in X.
    assert_eq!(ent("دخلت القوات مدينة الحسكة فجراً.", "مدينة الحسكة").as_deref(), Some("hasakah-city"));
    let v = ms("هبطت الطائرة في مطار منبج الجديد.");
    assert!(v.iter().any(|m| m.text == "مطار منبج" && m.entity == "place:مطار-manbij" && m.kind == "airport"), "{v:?}");
    // The lexicon first: «سجن الحسكة» is the prison the data knows.
    assert_eq!(ent("هاجم التنظيم سجن الحسكة ليلاً.", "سجن الحسكة").as_deref(), Some("ghwayran-prison"));
    // The same unknown name gets the same id in another text.
    let a = ent("سقطت قذيفة على حي الورود الشرقي.", "حي الورود الشرقي");
    let b = ent("عاد الهدوء إلى حيّ الوُرود الشرقي أمس.", "حيّ الوُرود الشرقي");
    assert!(a.is_some() && a == b, "{a:?} {b:?}");
}

#[test]
fn people_after_roles() {
    let v = ms("قال المتحدث باسم وزارة الزراعة الفنلندية أحمد الكوفي إن الموسم جيد.");
    assert_eq!(find(&v, "أحمد الكوفي").map(|m| m.entity.as_str()), Some("person:احمد-الكوفي"), "{v:?}");
    let v = ms("وقال الرئيس المشترك لمكتب الزراعة في المقاطعة سليم العمري إن الحصاد بدأ.");
    assert_eq!(find(&v, "سليم العمري").map(|m| m.kind.as_str()), Some("person"), "{v:?}");
    let v = ms("مدير التربية والتعليم \"محمود الساعدي\" قال للوكالة إن المدارس مغلقة.");
    assert!(v.iter().any(|m| m.entity == "person:محمود-الساعدي"), "{v:?}");
    let v = ms("وأكد العميد سمير دالاتي أن الهجوم صُدّ.");
    assert!(v.iter().any(|m| m.entity == "person:سمير-دالاتي"), "{v:?}");
}

#[test]
fn short_forms_link_within_a_text() {
    let v = ms("قال المتحدث باسم الوزارة محمود الساعدي إن الوضع مستقر. وأضاف الساعدي أن الطرق مفتوحة.");
    let full = find(&v, "محمود الساعدي").expect("full name").entity.clone();
    assert_eq!(find(&v, "الساعدي").map(|m| m.entity.clone()), Some(full));
    let v = ms("قال جون كيربي إن الغارات مستمرة. وأوضح كيربي أن الأهداف دقيقة.");
    assert_eq!(find(&v, "كيربي").map(|m| m.entity.as_str()), Some("john-kirby"));
}

#[test]
fn short_forms_link_across_a_run() {
    let mut run = RunNames::new();
    let mut a = ms("قال جون كيربي إن الغارات مستمرة.");
    run.link(&mut a);
    // A surname alone after a verb of saying is the one person the data knows by it, run
    // or no run.
    let mut b = ms("وقال كيربي إن الأهداف دقيقة.");
    run.link(&mut b);
    assert_eq!(find(&b, "كيربي").map(|m| m.entity.as_str()), Some("john-kirby"));
    // «خلف» the surname, from another article of the run.
    let mut c = ms("وقال مدير الشؤون الاجتماعية إبراهيم خلف إن المراكز جاهزة.");
    run.link(&mut c);
    let mut d = ms("وأضاف \"خلف\" أن الفرق تعمل.");
    run.link(&mut d);
    assert_eq!(find(&d, "خلف").map(|m| m.entity.as_str()), Some("ibrahim-khalaf"), "{d:?}");
}

#[test]
fn outlet_from_url_and_words() {
    let r = rec();
    assert_eq!(r.outlet(Some("https://www.almayadeen.net/news/x"), "", &[]).map(|x| x.1), Some("url"));
    let o = r.outlet(None, "وأفادت مصادر الميادين بأن الاشتباكات مستمرة.", &[]);
    assert_eq!(o, Some(("Al Mayadeen".to_string(), "text")));
    let o = r.outlet(None, "نص المقال.", &["سناك سوري _ متابعات"]);
    assert_eq!(o, Some(("Snack Syrian".to_string(), "text")));
    let o = r.outlet(None, "وبحسب مصادر محلية تحدثت لأورينت نت، فإن الوضع صعب.", &[]);
    assert_eq!(o, Some(("Orient News".to_string(), "text")));
    assert_eq!(r.outlet(None, "نص لا يذكر أحداً.", &[]), None);
}

#[test]
fn framing_terms() {
    let r = rec();
    let t = "حاصرت قسد إرهابيي داعش في السجن، وقال مصدر إن ميليشيا قسد انسحبت، ودعا ما يسمّى بـ\"الإدارة الذاتية\" إلى الحوار، وفرّ الدواعش.";
    let m = r.mentions(t);
    let f = r.framing(t, &m);
    let has = |ent: &str, sig: &str, txt: &str| f.iter().any(|x| x.entity == ent && x.signal == sig && x.text.contains(txt));
    assert!(has("isis", "pejorative", "إرهابيي داعش"), "{f:?}");
    assert!(has("sdf", "pejorative", "ميليشيا قسد"), "{f:?}");
    assert!(has("aanes", "delegitimising", "الإدارة الذاتية"), "{f:?}");
    assert!(has("isis", "pejorative", "الدواعش"), "{f:?}");
    for x in &f {
        assert_eq!(&t[x.start..x.end], x.text);
    }
}

#[test]
fn subject_labels() {
    let r = rec();
    assert_eq!(r.subject_of("isis").as_deref(), Some("ISIS"));
    assert_eq!(r.subject_of("sdf").as_deref(), Some("SDF"));
    assert_eq!(r.subject_of("us-led-coalition").as_deref(), Some("coalition"));
    assert_eq!(r.subject_of("hasakah-city"), None);
    assert_eq!(r.subject_of("person:x"), None);
}

#[test]
fn suggest_lists_new_names_as_toml() {
    let texts = vec![
        ("a".to_string(), "قال المتحدث باسم وزارة الزراعة الفنلندية أحمد الكوفي إن الموسم جيد.".to_string()),
        ("b".to_string(), "وأكد أحمد الكوفي أن وزارة الزراعة الفنلندية ستدعم المزارعين.".to_string()),
    ];
    let s = riwaya_entities::suggest(texts.into_iter(), rec());
    let k = s.iter().find(|x| x.name == "أحمد الكوفي").expect("person suggested");
    assert_eq!(k.kind_guess, "person");
    assert_eq!(k.count, 2);
    assert_eq!(k.examples.len(), 2);
    let w = s.iter().find(|x| x.name == "وزارة الزراعة الفنلندية").expect("ministry suggested");
    assert_eq!(w.kind_guess, "government_body");
    let toml = riwaya_entities::render_toml(&s);
    assert!(toml.contains("[[actor]]") && toml.contains("name_ar = \"أحمد الكوفي\"") && toml.contains("kind = \"person\""));
    // The rendered tables load as a lexicon layer.
    let (lex, _) = Lexicon::from_layers(&[vec![], vec![("new.toml".to_string(), format!("kind = \"mixed\"\n{toml}"))]]).unwrap();
    assert!(lex.actors().any(|a| a.name_ar == "أحمد الكوفي"));
}

/// The voice of each term found in `t` that covers `txt`: `None` is the outlet's own.
fn voices(t: &str, txt: &str) -> Vec<Option<String>> {
    let r = rec();
    let (_, outer, f) = r.mentions_and_framing(t);
    let _ = outer;
    let v: Vec<Option<String>> = f.iter().filter(|x| x.text.contains(txt)).map(|x| x.voice.clone()).collect();
    assert!(!v.is_empty(), "no framing on {txt:?} in {t:?}: {f:?}");
    v
}

#[test]
fn framing_voice_own_and_quoted() {
    let own = |t: &str, txt: &str| assert!(voices(t, txt).iter().all(|v| v.is_none()), "{t}: {:?}", voices(t, txt));
    let by = |t: &str, txt: &str, who: &str| {
        let v = voices(t, txt);
        assert!(v.iter().all(|x| x.as_deref() == Some(who)), "{t}: {v:?}, want {who:?}");
    };
    // The outlet's own words.
    own("قصفت الطائرات مواقع إرهابيي داعش قرب المدينة أمس.", "إرهابيي داعش");
    own("وفر الدواعش من السجن بعد الهجوم.", "الدواعش");
    // Quotation marks around the name only, or never closed, leave the term the outlet's.
    own("وانسحبت ميليشيا «قسد» من القرية.", "ميليشيا");
    own("وانسحب «إرهابيو داعش من القرية بعد المعركة.", "إرهابيو داعش");
    // A headline, then the lead: still the outlet.
    own("مقتل عشرة من إرهابيي داعش بغارة جوية\nقتل عشرة مسلحين فجر اليوم.", "إرهابيي داعش");
    // The term before the reporting verb, or in the next sentence, is the outlet's.
    own("فر إرهابيو داعش من السجن، قال مصدر محلي.", "إرهابيو داعش");
    own("قال مصدر محلي إن القوات تقدمت. وفر إرهابيو داعش من السجن.", "إرهابيو داعش");
    own("هل قال مصدر إن القوات تقدمت؟ فر إرهابيو داعش من السجن!", "إرهابيو داعش");
    // Reported speech after a reporting verb and «إن/أن».
    by("وقال مصدر أمني إن إرهابيي داعش فروا من السجن.", "إرهابيي داعش", "مصدر أمني");
    by("وأعلن الجيش العراقي أن إرهابيي داعش انسحبوا من القرية.", "إرهابيي داعش", "الجيش العراقي");
    // A source word.
    by("وبحسب مصدر عسكري، فإن إرهابيي داعش هاجموا الحاجز.", "إرهابيي داعش", "مصدر عسكري");
    // A describing verb.
    by("ووصف المتحدث المسلحين بأنهم إرهابيو داعش المتسللون.", "إرهابيو داعش", "المتحدث");
    // Attribution markers after the term.
    by("وهاجم الدواعش، وفق وصفه، نقطة للجيش.", "الدواعش", "وفق وصفه");
    by("ونفذ الانغماسيين الهجوم، بحسب تعبيره، قبل الفجر.", "الانغماسيين", "بحسب تعبيره");
    // A reporting verb without a named speaker: the verb as written.
    by("وقال إن الهجوم نفذه الانغماسيين.", "الانغماسيين", "وقال");
    by("وتسلل الدواعش على حد تعبيرها إلى الحي.", "الدواعش", "على حد تعبيرها");
    // A headline that gives the speaker before a colon; a dateline is not one.
    by("الجيش العراقي: إرهابيو داعش فروا من الموصل\nوقال بيان للجيش إن القوات تقدمت.", "إرهابيو داعش", "الجيش العراقي");
    own("بغداد - الجيش العراقي: فر إرهابيو داعش من الموصل.", "إرهابيو داعش");
    // Quotation marks.
    by("واقتحم «الانغماسيين» الموقع ليلا.", "الانغماسيين", "quote");
    by("وقال التنظيم في بيان: \"هاجم الانغماسيين ثكنة\".", "الانغماسيين", "التنظيم");
    by("وتبنى التنظيم الهجوم وقال في بيان: «هاجم الانغماسيين ثكنة».", "الانغماسيين", "وقال");
}

#[test]
fn framing_voice_never_panics_and_stays_local() {
    // A long text without line breaks or full stops: the voice looks only near the term.
    let mut t = "قال مصدر إن ".to_string();
    t.push_str(&"القوات تقدمت ثم ".repeat(200));
    t.push_str("وفر إرهابيو داعش من السجن");
    let v = voices(&t, "إرهابيو داعش");
    assert!(v.iter().all(|x| x.is_none()), "{v:?}");
    for t in ["«إرهابيي داعش", "إرهابيي داعش»", "\"إرهابيي داعش", ":إرهابيي داعش", "وفق إرهابيي داعش"] {
        let _ = rec().mentions_and_framing(t);
    }
}

#[test]
fn latin_capitals_keep_their_case() {
    // «IS» in the lexicon is the group; the English word «Is» in a quoted headline is not.
    let v = ms("ونشر الموقع تقريرا بعنوان \"Is the war over?\" عن المعارك.");
    assert!(v.iter().all(|m| m.text != "Is"), "{v:?}");
    let v = ms("وتبنى تنظيم IS الهجوم.");
    assert!(v.iter().any(|m| m.text.ends_with("IS") && m.entity == "isis"), "{v:?}");
    // A name written in mixed case matches in any case («facebook»).
    let v = ms("ونشرت الصفحة على facebook صورا للدمار.");
    assert!(v.iter().any(|m| m.text == "facebook"), "{v:?}");
}

/// «آفاد» (the Turkish disaster agency) folds onto «أفاد» ("reported"): the verb is no
/// agency; the name set off by quotes, or after a head noun or a reporting verb, is.
#[test]
fn a_name_that_folds_onto_a_verb_is_the_verb_unless_set_off() {
    for verb in ["وأفاد الدفاع المدني بانتشال جثث من تحت الأنقاض.", "حسب ما أفاد المعهد الأمريكي للمسح الجيولوجي.", "أفاد مراسلنا بسقوط قتلى."] {
        assert!(ms(verb).iter().all(|m| m.entity != "afad"), "{verb}: {:?}", ms(verb));
    }
    for name in ["وقالت الوكالة التركية “أفاد” عبر حسابها إن الزلزال قوي.", "وقالت هيئة (أفاد) إن الحصيلة ارتفعت.", "وأعلنت أفاد ارتفاع الحصيلة."] {
        assert_eq!(ent(name, "أفاد").as_deref(), Some("afad"), "{name}");
    }
}

/// A surname the lexicon knows, alone and its bearer not named in the article, is a word
/// where it reads as one: a title («المهندس»), a nationality («التركي»), a noun where a
/// place stands («في المنفى», «في الصدر»); a modal verb («يجب») never ends a person's name.
#[test]
fn a_known_surname_alone_that_reads_as_a_word_is_the_word() {
    for (text, word) in [
        ("وقال المهندس طارق العيسى إن الطلبات زادت.", "المهندس"),
        ("وقال الرئيس التركي إن بلاده سترد.", "التركي"),
        ("حسب ما أعلنت المعارضة في المنفى.", "المنفى"),
        ("قتل فلاح جراء إصابته برصاصة في الصدر.", "الصدر"),
    ] {
        assert!(find(&ms(text), word).is_none(), "{text}: {:?}", ms(text));
    }
    assert!(ms("وقالت دينا يجب أن نعمل معا.").iter().all(|m| !m.text.contains("يجب")));
    // Right after another given name, the surname is another person's.
    assert!(ms("وفاز اللاعبون أحمد الفهمي، ماجد عسيري، ومحمد مجرشي.").iter().all(|m| m.entity != "ahmed-asiri"));
    assert_eq!(ent("وقال عسيري إن العمليات مستمرة.", "عسيري").as_deref(), Some("ahmed-asiri"));
    // The bearer's surname after a verb of saying, or before punctuation, still names him.
    assert_eq!(ent("وقال الدبيبة إن الحكومة ستعمل.", "الدبيبة").as_deref(), Some("abdul-hamid-dbeibah"));
    assert_eq!(ent("انتقد إدارة أوباما، ولن نجني شيئا.", "أوباما").as_deref(), Some("barack-obama"));
}

/// «الإرهاب» personifies ISIS only in an article that names ISIS (loaded_terms.toml
/// `refers_back`); elsewhere it is the common noun.
#[test]
fn a_loaded_common_noun_names_its_actor_only_where_the_actor_is_named() {
    assert!(ms("أكد الوزير أهمية مكافحة الإرهاب في المنطقة.").is_empty());
    assert_eq!(ent("هاجم تنظيم داعش السجن، وتصدت القوات لهجوم الإرهاب.", "الإرهاب").as_deref(), Some("isis"));
    // SANA's words for the Syrian opposition are any war's words elsewhere.
    assert!(find(&ms("وتواصل القوات العراقية ملاحقة المجموعات المسلحة في ديالى."), "المجموعات المسلحة").is_none());
    assert!(find(&ms("ومن معه من الثوار في بنغازي."), "الثوار").is_none());
    let syria = "قصفت فصائل المعارضة السورية حي الحمدانية، وقالت سانا إن المجموعات الإرهابية استهدفت المدنيين.";
    assert_eq!(ent(syria, "المجموعات الإرهابية").as_deref(), Some("syrian-opposition"));
}

/// «التحالف» names the US-led coalition (Syria, Iraq) and the Saudi-led one (Yemen): with
/// neither named in full, the article's places decide (lexicon `countries`); with no place,
/// the lexicon's full name («التحالف» of the US-led coalition) stands.
#[test]
fn a_name_two_coalitions_share_goes_to_the_one_whose_countries_the_article_names() {
    let yemen = "شنت طائرات التحالف بقيادة المملكة العربية السعودية غارات على مواقع الحوثيين في صنعاء.";
    assert_eq!(ent(yemen, "طائرات التحالف").as_deref(), Some("arab-coalition"));
    assert_eq!(ent("غارة جوية نفذها التحالف على مواقع المتمردين في أبين جنوب اليمن.", "التحالف").as_deref(), Some("arab-coalition"));
    assert_eq!(ent("قصف طيران التحالف مواقع لداعش في الرقة شمال سوريا.", "طيران التحالف").as_deref(), Some("us-led-coalition"));
    assert_eq!(ent("قالت قوات التحالف إن العملية نجحت.", "قوات التحالف").as_deref(), Some("us-led-coalition"));
    // Named in full, the coalition stays itself whatever the places.
    assert_eq!(ent("قال التحالف الدولي إن طائراته قصفت مواقع في اليمن، وأكد التحالف ذلك.", "التحالف").as_deref(), Some("us-led-coalition"));
}

/// «القوات الحكومية» is what outlets call the government's forces of whichever country
/// they write about (in the lexicon, an alias of several countries' forces, each with its
/// `countries`): the article's places decide; with none of their countries named, no
/// country's forces are guessed.
#[test]
fn government_forces_are_those_of_the_country_the_article_names() {
    for (text, want) in [
        ("قالت مصادر محلية إن القوات الحكومية استعادت السيطرة على بلدة قريبة من نيالا في جنوب دارفور.", "sudanese-army"),
        ("قصفت القوات الحكومية أحياء في مدينة إدلب شمال غرب سوريا.", "syrian-government"),
        ("تقدمت القوات الحكومية في محافظة مأرب شرق صنعاء بعد معارك مع الحوثيين.", "yemeni-army"),
        ("دخلت القوات الحكومية حي الزنجيلي في الموصل بعد اشتباكات مع مسلحين.", "iraqi-security-forces"),
        ("هاجم مسلحون من حركة الشباب القوات الحكومية في بلدة جنوب مقديشو.", "somali-army"),
    ] {
        assert_eq!(ent(text, "القوات الحكومية").as_deref(), Some(want), "{text}");
    }
    for text in [
        "اشتبكت القوات الحكومية مع مسلحين في إقليم تيغراي شمال إثيوبيا.",
        "أعلنت القوات الحكومية أنها صدت الهجوم.",
    ] {
        let e = ent(text, "القوات الحكومية");
        assert!(!matches!(e.as_deref(), Some("sudanese-army" | "syrian-government" | "yemeni-army" | "iraqi-security-forces" | "somali-army")), "{text}: {e:?}");
    }
    // The SPLA, named in full, is South Sudan's army in an article on South Sudan, and the
    // armed wing of the SPLM-N in one on Sudan («الجيش» inside it is neither).
    let juba = "قال متحدث باسم الجيش الشعبي لتحرير السودان في جوبا إن القوات الحكومية صدت هجوما لقوات المعارضة في ولاية أعالي النيل بجنوب السودان.";
    assert_eq!(ent(juba, "الجيش الشعبي لتحرير السودان").as_deref(), Some("south-sudan-army"));
    assert_eq!(ent(juba, "القوات الحكومية").as_deref(), Some("south-sudan-army"));
    let e = ent(juba, "لقوات المعارضة").or_else(|| ent(juba, "قوات المعارضة"));
    assert!(e.as_deref().is_some_and(|e| e.starts_with("org:")), "{e:?}");
    let kordofan = "قال مصدر عسكري إن الجيش الشعبي لتحرير السودان هاجم بلدة في جنوب كردفان.";
    assert_eq!(ent(kordofan, "الجيش الشعبي لتحرير السودان").as_deref(), Some("splm-n"));
    // Words every war has name the Syrian opposition only in an article on Syria.
    assert_eq!(ent("سيطرت قوات المعارضة على بلدة قرب حلب بعد معارك مع القوات الحكومية.", "قوات المعارضة").as_deref(), Some("syrian-opposition"));
    let e = ent("هاجمت قوات المعارضة مواقع للجيش في ميانمار، وقال متحدث إن المعارك امتدت إلى ضواحي يانغون.", "قوات المعارضة");
    assert!(e.as_deref().is_some_and(|e| e.starts_with("org:")), "{e:?}");
    // With no other country's places but one, one body's regional alias stays that body's.
    assert_eq!(ent("قالت قوات المعارضة إنها صدت الهجوم.", "قوات المعارضة").as_deref(), Some("syrian-opposition"));
    assert_eq!(ent("قالت قوات المعارضة إنها صدت الهجوم، فيما دعت تركيا إلى التهدئة.", "قوات المعارضة").as_deref(), Some("syrian-opposition"));
    // Bodies of Syria's war with generic names are those of the country the places name:
    // «الجيش الوطني» in Yemen is its government's army; «قوى الأمن الداخلي» in Lebanon, its
    // police; «مجلس الشعب» in Morocco, none of Syria's.
    assert_eq!(ent("تقدمت قوات الجيش الوطني في مديرية صرواح غرب مأرب.", "قوات الجيش الوطني").as_deref(), Some("yemeni-army"));
    assert_eq!(ent("قال الجيش الوطني إنه سيطر على قرى قرب عفرين في ريف حلب.", "الجيش الوطني").as_deref(), Some("sna"));
    assert_eq!(ent("قالت قوى الأمن الداخلي إنها أوقفت مطلوبين في شمال لبنان.", "قوى الأمن الداخلي").as_deref(), Some("lebanese-isf"));
    assert_eq!(ent("قالت قوى الأمن الداخلي إنها أوقفت مطلوبين في القامشلي بريف الحسكة.", "قوى الأمن الداخلي").as_deref(), Some("asayish"));
    let e = ent("بعد الزلزال الذي ضرب مراكش في المغرب دعا مجلس الشعب إلى جلسة طارئة.", "مجلس الشعب");
    assert_ne!(e.as_deref(), Some("syrian-parliament"));
    // «القوات الأمنية» in Iraq are Iraq's, in Saudi Arabia not.
    assert_eq!(ent("طوقت القوات الأمنية حي الجامعة في الرمادي بمحافظة الأنبار.", "القوات الأمنية").as_deref(), Some("iraqi-security-forces"));
    assert_ne!(ent("طوقت القوات الأمنية المسجد في أبها بمنطقة عسير جنوب السعودية.", "القوات الأمنية").as_deref(), Some("iraqi-security-forces"));
    // «المسلحين» (gunmen of any war) names it only where the opposition is named.
    assert_eq!(ent("قتل المسلحين ثلاثة جنود في هجوم على حاجز قرب عدن.", "المسلحين"), None);
    // Before another country's nisba, that country's forces.
    assert_eq!(ent("وقالت القوات الحكومية الإثيوبية إنها صدت الهجوم.", "القوات الحكومية الإثيوبية").as_deref(), Some("org:القوات-الحكوميه-الاثيوبيه"));
    // Named with its country, the body is that country's whatever the places.
    assert_eq!(ent("قالت القوات الحكومية السورية إنها قصفت مواقع قرب الحدود العراقية.", "القوات الحكومية السورية").as_deref(), Some("syrian-government"));
}

/// A known person's surname is someone else's after another given name, «و» attached or
/// not, and a surname that is also a word («البرهان» proof, «الصدر» chest, «المعلم» teacher)
/// is the person only where a person stands (after a reporting verb or a title).
#[test]
fn a_surname_is_not_the_known_person_where_it_is_another_or_a_word() {
    let e = ent("ويضم المنتخب مسفر العماري ومحمد المالكي، ويشرف عليهم الأمين العام.", "المالكي");
    assert_ne!(e.as_deref(), Some("nouri-al-maliki"));
    assert_eq!(ent("ينشر ثقافة الحوار والإقناع بالحجة والبرهان بين الطلاب.", "والبرهان"), None);
    assert_eq!(ent("ينشر ثقافة الحوار والإقناع بالحجة والبرهان بين الطلاب.", "البرهان"), None);
    assert_eq!(ent("وهذا الشيء يثلج الصدر في أيام العيد.", "الصدر"), None);
    assert_eq!(ent("قال رئيس مجلس السيادة عبد الفتاح البرهان إن الجيش سيواصل القتال. وأضاف البرهان أن الحرب ستنتهي.", "البرهان").as_deref(), Some("abdel-fattah-al-burhan"));
}

/// Lexicon names that are also common words (words.toml `word_homographs`): the place
/// where a place stands, the outlet set off or with «لـ», the person after a title.
#[test]
fn a_place_or_outlet_whose_name_is_a_word_is_read_by_its_position() {
    for (text, word) in [
        ("ورغم أن الملابس كانت تظهر دوما نظيفة.", "دوما"),
        ("الغارات تدمر المنازل في القرية.", "تدمر"),
        ("يتم تزيين الطرق والميادين بالإنارة.", "الميادين"),
        ("من أعماق البحار.", "أعماق"),
        ("التقط صورة لمشهد جميل.", "لمشهد"),
        ("قال مصدر إن الوضع هادئ.", "هادئ"),
    ] {
        assert!(find(&ms(text), word).is_none(), "{text}: {:?}", ms(text));
    }
    for (text, word, id) in [
        ("قصفت الطائرات مدينة دوما في الغوطة الشرقية.", "مدينة دوما", "douma"),
        ("سقطت قذائف على دوما وحرستا.", "دوما", "douma"),
        ("سيطر التنظيم على تدمر الأثرية.", "تدمر", "palmyra"),
        ("في محافظات حماه وحلب وحمص وتدمر.", "تدمر", "palmyra"),
        ("وصل الرئيس إلى مشهد.", "مشهد", "mashhad"),
        ("الرباط - وكالات\nضرب زلزال قوي جنوب البلاد.", "الرباط", "rabat"),
        ("قال مصدر للميادين إن الاشتباكات مستمرة.", "للميادين", "almayadeen"),
        ("ذكرت الميادين أن الاشتباكات مستمرة.", "الميادين", "almayadeen"),
        ("تبنى التنظيم الهجوم عبر «أعماق».", "أعماق", "amaq"),
        ("وقال الرئيس هادي إن الحكومة ستعود.", "الرئيس هادي", "hadi"),
    ] {
        assert_eq!(ent(text, word).as_deref(), Some(id), "{text}: {:?}", ms(text));
    }
}

/// «عبد الله» inside a name and a given name that looks definite («إلياس») do not end a
/// person's name as a family name with «ال» does; after the compound only a rare word goes on.
#[test]
fn compound_and_definite_looking_given_names_inside_a_name() {
    let v = ms("وأعلن رئيس ولاية الشمال سعيد عبد الله كرموني حالة الطوارئ.");
    assert!(find(&v, "سعيد عبد الله كرموني").is_some(), "{v:?}");
    let v = ms("والقتيلان هما خيري إلياس شمكو ورفيقه.");
    assert!(find(&v, "خيري إلياس شمكو").is_some(), "{v:?}");
    let v = ms("وقال المحافظ محمد عبد الفتاح زغلول إن الحياة عادت.");
    assert!(find(&v, "محمد عبد الفتاح زغلول").is_some(), "{v:?}");
    // Negatives: a common word after the compound is no part of the name.
    let v = ms("وأعلن رئيس الولاية سعيد عبد الله حالة الطوارئ.");
    assert!(find(&v, "سعيد عبد الله").is_some(), "{v:?}");
    assert!(!v.iter().any(|m| m.text.contains("حالة")), "{v:?}");
    let v = ms("وقال خالد عبد العزيز الوزير إن الاتفاق قريب.");
    assert!(!v.iter().any(|m| m.text.contains("الوزير") && m.entity.starts_with("person:")), "{v:?}");
}

/// «القوات المسلحة» + a country's feminine nisba is the army «الجيش» + its masculine names
/// (the lexicon's when it knows that name). The Sahel's and the Horn's countries and capitals;
/// «مالي» the country only where it stands as a name, never «دعم مالي».
#[test]
fn armed_forces_with_a_nisba_are_that_army() {
    let v = ms("قال الجيش الإثيوبي إن القوات المسلحة الإثيوبية استعادت المدينة.");
    assert_eq!(find(&v, "القوات المسلحة الإثيوبية").map(|m| &m.entity), find(&v, "الجيش الإثيوبي").map(|m| &m.entity), "{v:?}");
    let v = ms("أعلنت القوات المسلحة الأمريكية مقتل جنديين.");
    assert_eq!(find(&v, "القوات المسلحة الأمريكية").map(|m| m.entity.as_str()), Some("us-forces"), "{v:?}");
    // Negative: no country's nisba, no army.
    let v = ms("وصلت القوات الخاصة إلى المطار.");
    assert!(!v.iter().any(|m| m.entity.contains("جيش")), "{v:?}");
    let v = ms("وصل الوفد إلى نيامي قادما من باماكو عبر بوركينا فاسو.");
    assert_eq!(find(&v, "نيامي").map(|m| m.entity.as_str()), Some("niamey"), "{v:?}");
    assert_eq!(find(&v, "بوركينا فاسو").map(|m| m.entity.as_str()), Some("burkina-faso"), "{v:?}");
    let v = ms("وقدمت الحكومة دعم مالي كبير للمزارعين.");
    assert!(find(&v, "مالي").is_none(), "{v:?}");
}

// Session 11, name forms: the extent a reader gives a name.

#[test]
fn a_camps_qualifier_is_part_of_its_name() {
    let t =
        "لجأت الأسر إلى مخيم كرندوب للنازحين غرب البلدة، ثم عاد بعضها من مخيم كرندوب إلى القرية.";
    let v = ms(t);
    let a = find(&v, "مخيم كرندوب للنازحين").expect("the camp with its qualifier");
    let b = find(&v, "مخيم كرندوب").expect("the camp without it");
    assert_eq!(a.entity, b.entity);
    // Negative: «للنازحين» not next to the camp's name is no part of it.
    let v = ms("زار الوزير مخيم كرندوب وقدم سلالا غذائية للنازحين هناك.");
    assert!(find(&v, "مخيم كرندوب").is_some(), "{v:?}");
    assert!(
        v.iter()
            .all(|m| !m.text.ends_with("للنازحين") || m.text == "للنازحين"),
        "{v:?}"
    );
}

#[test]
fn villages_listed_past_commas() {
    let v = ms("اجتاحت السيول قرى تيبرا، دحانة، أم سلولة، قبل أن تنحسر المياه.");
    for name in ["تيبرا", "دحانة", "أم سلولة"] {
        assert!(
            find(&v, name).is_some_and(|m| m.entity.starts_with("place:")),
            "{name}: {v:?}"
        );
    }
    // Negatives: a verb and its object end the list; frequent words make no list.
    let v = ms("قصفت الطائرات قرى تيبرا، هدمت منازلها.");
    assert!(
        find(&v, "هدمت منازلها").is_none() && find(&v, "هدمت").is_none(),
        "{v:?}"
    );
    let v = ms("تنتشر الأمراض في مناطق النزاع، الفقر، الجوع.");
    assert!(
        v.iter()
            .all(|m| !matches!(m.text.as_str(), "الفقر" | "الجوع")),
        "{v:?}"
    );
}

#[test]
fn an_outlet_named_by_an_ordinary_word() {
    let t = "نقلت الموقف عن مصادر أمنية أن الهجوم أسفر عن قتيلين. وبحسب الموقف، فإن المهاجمين فروا. وقال إن الموقف صعب.";
    let v = ms(t);
    let outlets: Vec<_> = v.iter().filter(|m| m.text == "الموقف").collect();
    assert_eq!(outlets.len(), 2, "{v:?}");
    assert!(outlets
        .iter()
        .all(|m| m.entity == outlets[0].entity && m.entity.starts_with("org:")));
    // Negatives: a statement, a head noun, a direction.
    let v = ms("أصدرت الوزارة البيان مساء أمس، ونقلت الوكالة عن مسؤول أن القصف استهدف الشرق.");
    assert!(
        v.iter()
            .all(|m| !matches!(m.text.as_str(), "البيان" | "الوكالة" | "الشرق")),
        "{v:?}"
    );
}

#[test]
fn a_body_with_a_foreign_name() {
    let t = "أعلنت منظمة ووتر ميشن إنترناشيونال إرسال صهاريج، وقالت ووتر ميشن إنترناشيونال إن الحاجة ملحة.";
    let v = ms(t);
    let a = find(&v, "منظمة ووتر ميشن إنترناشيونال").expect("with its head");
    let b = find(&v, "ووتر ميشن إنترناشيونال").expect("without it");
    assert_eq!(a.entity, b.entity);
    let v = ms("وأفادت كونسيرن ورلدوايد بأن سوء التغذية ارتفع.");
    assert!(find(&v, "كونسيرن ورلدوايد").is_some(), "{v:?}");
    // Negatives: one foreign word alone, «أنك», a verb before the name.
    let v = ms("قال إنك لن تجد شركة غلوبال بعد اليوم، فيما وزعت كونسيرن ورلدوايد الحبوب.");
    assert!(
        v.iter().all(|m| !m.text.contains("إنك")
            && m.text != "شركة غلوبال"
            && !m.text.starts_with("وزعت")),
        "{v:?}"
    );
}

#[test]
fn a_platform_and_its_bare_name() {
    let v = ms("ونشرت الخلية صورا عبر منصة ثريدز، وكتبت على ثريدز أن القوات تقدمت.");
    let a = find(&v, "منصة ثريدز").expect("head and name");
    assert_eq!(find(&v, "ثريدز").map(|m| &m.entity), Some(&a.entity), "{v:?}");
    let v = ms("وذكر ناشطون عبر تطبيق \"سيغنال\" أن القصف تجدد.");
    assert!(v.iter().any(|m| m.text.contains("سيغنال")), "{v:?}");
    // Negatives: a common noun after the head («منصة إطلاق», «تطبيق القانون», «تطبيق
    // لوائحها», «منصة لمقاربة»).
    let v = ms("دمرت الغارة منصة إطلاق صواريخ، وطالب بتطبيق القانون وتطبيق لوائحها، وأطلق منصة لمقاربة القضايا.");
    assert!(v.iter().all(|m| !m.text.contains("منصة") && !m.text.contains("تطبيق")), "{v:?}");
}

#[test]
fn a_rare_family_name_alone_after_the_full_name() {
    let v = ms("قال المسؤول المحلي إبراهيم كرندوش إن الوضع صعب، في وقت وصف فيه كرندوش الوضع بالمأساوي.");
    let a = find(&v, "إبراهيم كرندوش").expect("the full name");
    let n = v.iter().filter(|m| m.text == "كرندوش" && m.entity == a.entity).count();
    assert_eq!(n, 1, "{v:?}");
    // Negative: a frequent word that is also a family name stays a word.
    let v = ms("قال المسؤول المحلي إبراهيم سالم إن الوضع صعب، وبقي الجميع سالم من الأذى.");
    assert!(v.iter().all(|m| m.text != "سالم"), "{v:?}");
}

#[test]
fn a_quoted_list_of_villages_and_a_quoted_foreign_name() {
    let v = ms("توغلت القوة من مناطق \"كرشو، دبانة، هلوكة\" إلى عمق المخيم.");
    for name in ["كرشو", "دبانة", "هلوكة"] {
        assert!(find(&v, name).is_some_and(|m| m.entity.starts_with("place:")), "{name}: {v:?}");
    }
    let v = rec().mentions_nested("حاول الوصول إلى مركز تديره منظمة \"ووتر ميشن إنترناشونال\" في المخيم.");
    assert!(v.iter().any(|m| m.text == "ووتر ميشن إنترناشونال"), "{v:?}");
}

#[test]
fn a_two_word_name_glued_together() {
    let v = ms("وأشار تقرير الأممالمتحدة إلى ارتفاع عدد النازحين.");
    assert_eq!(find(&v, "الأممالمتحدة").map(|m| m.entity.as_str()), Some("un"), "{v:?}");
    // Negative: two ordinary words glued make no name.
    let v = ms("وقال إن الوضعالحالي صعب.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn a_person_named_after_yudaa() {
    let v = ms("وقال زعيم محلي يدعى بابا غوني موداو إن المهاجمين وصلوا، وأضاف موداو أن القرية خالية.");
    let a = find(&v, "بابا غوني موداو").expect("the name after «يدعى»");
    assert!(a.entity.starts_with("person:"), "{v:?}");
    assert_eq!(find(&v, "موداو").map(|m| &m.entity), Some(&a.entity), "{v:?}");
    // Negatives: a definite noun, a clause that goes on.
    for t in ["وهو ما يدعى الاستقرار الهش في المنطقة.", "وقال إن الوزير يدعى إلى اجتماع طارئ غدا في العاصمة.", "وعاد ما يدعى جلد الذات، إلى الواجهة."] {
        let v = ms(t);
        assert!(v.iter().all(|m| !m.entity.starts_with("person:")), "{t}: {v:?}");
    }
}

#[test]
fn ali_inside_a_full_name() {
    let v = ms("وأكد الدكتور ناصر علي الحجوري، مدير مستشفى عبس الريفي، أن المستشفى يعاني. وناشد الحجوري المنظمات التدخل.");
    let a = find(&v, "ناصر علي الحجوري").expect("«علي» inside the name");
    assert_eq!(find(&v, "الحجوري").map(|m| &m.entity), Some(&a.entity), "{v:?}");
    // Negative: «على» the preposition after a name.
    let v = ms("وقال الدكتور ناصر على الحياد إن الوضع صعب.");
    assert!(v.iter().all(|m| !m.text.contains("الحياد")), "{v:?}");
}

/// A known armed group followed by its nationality's nisba is that group («قوات الدعم السريع
/// السودانية», «حركة الشباب الصومالية»); a state body with another country's nisba is that
/// country's body, not the lexicon's («وزارة العمل الأميركية»).
#[test]
fn an_armed_groups_nationality_is_its_own() {
    assert_eq!(ent("وأعلنت حركة الشباب الصومالية مسؤوليتها عن الهجوم.", "حركة الشباب الصومالية").as_deref(), Some("al-shabaab"));
    assert_eq!(ent("وقالت قوات الدعم السريع السودانية إنها سيطرت على البلدة.", "قوات الدعم السريع السودانية").as_deref(), Some("rsf"));
    let id = ent("وقالت وزارة العمل الأميركية إن البطالة تراجعت.", "وزارة العمل الأميركية");
    assert!(id.as_deref().is_some_and(|i| i.starts_with("org:")), "{id:?}");
}

/// «الشمال الغربي» alone is North-West Syria in an article that named the region in full
/// (a lexicon short alias), and nothing elsewhere.
#[test]
fn a_compass_region_named_again_alone() {
    assert_eq!(ent("ضرب الزلزال شمال غرب سوريا. وقال الدفاع المدني إن الشمال الغربي يحتاج المعدات.", "الشمال الغربي").as_deref(), Some("northwest-syria"));
    assert_eq!(ent("وقال الدفاع المدني إن الشمال الغربي يحتاج المعدات.", "الشمال الغربي"), None);
}
