//! Sentences written for these tests (none taken from an article): every event type in its
//! verbal, passive and verbal-noun forms, agents before and after the verb, places, dates,
//! attribution, and the cases that assert nothing.

use riwaya_entities::Recognizer;
use riwaya_events::EventExtractor;
use riwaya_lexicon::Lexicon;
use riwaya_model::{DateMention, Event};
use std::sync::{Arc, OnceLock};

struct Env {
    rec: Recognizer,
    ex: EventExtractor,
}

fn env() -> &'static Env {
    static E: OnceLock<Env> = OnceLock::new();
    E.get_or_init(|| Env { rec: Recognizer::new(Arc::new(Lexicon::embedded().unwrap())), ex: EventExtractor::new() })
}

const PUBLISHED: &str = "2023-03-11";

fn events(text: &str) -> Vec<Event> {
    let e = env();
    let ments = e.rec.mentions_nested(text);
    let day = riwaya_dates::NaiveDate::parse_from_str(PUBLISHED, "%Y-%m-%d").ok();
    let dates: Vec<DateMention> = riwaya_dates::find_dates(text, day)
        .into_iter()
        .filter_map(|t| {
            let date = t.date_string()?;
            Some(DateMention { text: t.text, date, start: t.start, end: t.end, anchor: t.anchor.to_string() })
        })
        .collect();
    e.ex.extract(text, &ments, &dates, Some(PUBLISHED))
}

/// (sentence, type, agent words, place words); "" = none expected, "*" = not checked (for
/// the type: any scored type).
const CASES: &[(&str, &str, &str, &str)] = &[
    // a head with a plain adjective that ends the phrase is a kind ("بلدة مجاورة"، "قرية
    // جديدة"), not a place named so; a name's first word stays ("بلدة جديدة عرطوز")
    ("هاجم مقاتلون مركزا للشرطة في بلدة مجاورة مساء الاثنين.", "attack", "مقاتلون", "مركز"),
    ("سيطرت القوات على قرية جديدة في مقاطعة النور.", "takeover", "القوات", "مقاطعة النور"),
    ("سيطر المسلحون على بلدة جديدة عرطوز قرب المدينة.", "takeover", "المسلحون", "بلدة جديدة عرطوز"),
    // an imperfect verb with its pronoun object after a head opens a relative clause on it,
    // no name's word ("معسكر يسيطر عليه")
    ("شنت الطائرات غارتين على معسكر يسيطر عليه المسلحون في ضواحي مدينة النور.", "air_strike", "الطائرات", "ضواحي مدينة النور"),
    ("قصفت الطائرات مدينة يبرود شمال العاصمة.", "air_strike", "الطائرات", "مدينة يبرود"),
    // the means told with ب past an aside on the target types the strike; a gun is no cue
    ("استهدفت الميليشيا معسكر النور، الواقع على بعد عشرة كيلومترات من المدينة، بعدد كبير من القذائف المدفعية.", "shelling", "*", "معسكر النور"),
    ("استهدف مسلحون قرية السلام، الواقعة على بعد عشرة كيلومترات من المدينة، بالأسلحة الرشاشة.", "attack", "مسلحون", "قرية السلام"),
    // doers told past the trigger with where they come from: the act's place is past it
    ("وقتل عشرة في هجوم شنه رعاة مسلحون من منطقة الوادي الكبير على قرية السلام فجر الأحد.", "attack", "*", "قرية السلام"),
    ("هاجم مسلحون ينتمون إلى جماعة محلية في الإقليم الشمالي، مساء السبت، قرية السلام.", "attack", "مسلحون", "قرية السلام"),
    // ... a party after من names no place: the object after it stays
    ("اقتحم مسلحون من ميليشيا النمر بلدة السلام فجر الأحد.", "attack", "مسلحون", "بلدة السلام"),
    // ... fleeing from a place is where it happened
    ("فر مسلحون من سجن المدينة المركزي فجر الأحد.", "escape", "*", "سجن المدينة"),
    // a district in construct is a place ("مديرية حيس"), a directorate stays an office
    ("شنت الجماعة هجوما على مديرية حيس جنوب محافظة الحديدة.", "attack", "الجماعة", "مديرية حيس"),
    ("اندلعت اشتباكات عنيفة في مديرية الجوبة.", "clash", "*", "مديرية الجوبة"),
    ("اقتحم مسلحون مقر مديرية الأمن في مدينة السلام.", "attack", "مسلحون", "مقر مديرية الأمن"),
    // a verb with و past a longer clause goes on with the subject of the verb that opened it
    ("ونفذت القوات الخاصة عملية واسعة في أرياف الجبل، واعتقلت قياديين في الجماعة.", "arrest", "القوات الخاصة", "*"),
    // ... not with a speaker's subject (a verb of saying opens no act)
    ("قال الناطق إن الوضع هادئ في البلدة، واعتقلت قياديين في الجماعة.", "arrest", "", "*"),
    // a bare kind of site before a named place is told by the place; a name after a feminine
    // head in ي is a name, not an adjective ("بلدة خامندي")
    ("قصفت القوات قرى في منطقة كوتلي.", "shelling", "القوات", "منطقة كوتلي"),
    ("انفجرت عبوة ناسفة قرب مدخل وزارة الخارجية.", "bombing", "", "مدخل وزارة الخارجية"),
    // ... a kind with its adjective stays a kind ("منطقة عسكرية"), a named site stays
    ("قصفت الطائرات منطقة عسكرية في مدينة الساحل.", "air_strike", "الطائرات", "مدينة الساحل"),
    ("قصفت الطائرات مستشفى الشفاء في مدينة الساحل.", "air_strike", "الطائرات", "مستشفى الشفاء"),
    // a word in ي with its own definite adjective is a name ("إقليم شبيلي السفلى")
    ("انفجرت عبوة ناسفة في إقليم جوبي السفلى.", "bombing", "", "إقليم جوبي"),
    // a dateline is where the report was filed: the clause's own place wins
    ("كابل - انفجرت عبوة ناسفة في حي الوزير أكبر خان.", "bombing", "", "حي الوزير"),
    // shells that fell are told, as shells that were fired
    ("وقال الشهود إن قذائف الهاون سقطت على سوق البلدة.", "shelling", "", "*"),
    ("سقطت الأمطار الغزيرة على المدينة.", "", "", ""),
    // a foreign name of two plain words after a settlement's head, then a word of time
    ("سيطر المسلحون على بلدة عيل بور بعد انسحاب الجيش.", "takeover", "المسلحون", "بلدة عيل بور"),
    // ... not a count after the town
    ("قصفت القوات مدينة حلب مرتين في يوم واحد.", "shelling", "القوات", "مدينة حلب"),
    // holding since a time is a standing state; taken since a time, or a headline's present, is told
    ("وتسيطر الجماعة على أجزاء واسعة من الإقليم منذ عامين.", "", "", ""),
    ("سيطرت الجماعة على البلدة منذ يومين.", "takeover", "الجماعة", "البلدة"),
    // a state body that announces, decides or imposes a curfew, a siege or arrests does it
    ("أعلنت وزارة الداخلية فرض حظر التجول في مدينة الساحل.", "curfew", "وزارة الداخلية", "*"),
    ("قررت الحكومة فرض حظر شامل للتجول في بلدة الوادي.", "curfew", "الحكومة", "*"),
    ("أعلنت وزارة الداخلية اعتقال خلية مسلحة في حي النصر.", "arrest", "وزارة الداخلية", "*"),
    // ... not a strike it tells of
    ("أعلنت وزارة الصحة مقتل عشرة أشخاص في غارة على بلدة الوادي.", "air_strike", "", "*"),
    // places told by a province, a sector, the capital, a pass
    ("فرضت السلطات حظر التجول في مقاطعة الشرق ليلا.", "curfew", "السلطات", "مقاطعة الشرق"),
    // ... but with the article they refer back: no place of their own
    ("فرضت السلطات حظر التجول في العاصمة ليلا.", "curfew", "السلطات", ""),
    ("قصفت القوات مواقع وقرى في قطاع الجنوب.", "shelling", "القوات", "قطاع الجنوب"),
    ("اقتحم مسلحون مركزا للشرطة في مقاطعة الشمال.", "attack", "مسلحون", "مقاطعة الشمال"),
    // an indefinite subject stops at its object (a place head, an accusative)
    ("اقتحمت عناصر مسلحة مخيم السلام للنازحين شمال مدينة القضارف.", "attack", "عناصر مسلحة", "مخيم السلام"),
    ("استهدفت طائرة مسيرة مخبزا في بلدة الكومة.", "air_strike", "طائرة مسيرة", "*"),
    ("هاجمت عصابات مسلحة قافلة تجارية قرب بلدة الضعين.", "attack", "عصابات مسلحة", "*"),
    // a definite strike told by a relative clause in the perfect
    ("أدانت المنظمة القصف الذي استهدف مدرسة النصر في المدينة.", "shelling", "", "مدرسة النصر"),
    // a force's fire, a force's bullets; opening fire
    ("استشهد فتى برصاص قوات الاحتلال في بلدة بيتا.", "attack", "قوات الاحتلال", "*"),
    ("قُتل مزارع بنيران قوات الأمن قرب بلدة المالكية.", "attack", "قوات الأمن", "*"),
    ("فتحت الشرطة النار على المتظاهرين في ساحة التحرير.", "attack", "الشرطة", "*"),
    // a killing with its doer after "على يد"
    ("قُتل خمسة قرويين على يد مسلحين في قرية الدمازين.", "attack", "مسلحين", "*"),
    // aircraft that attack strike from the air
    ("شنت طائرات مسيرة هجوما على مطار مدينة كسلا.", "air_strike", "طائرات مسيرة", "*"),
    // the subject before "قد" (a pluperfect is still told)
    ("وكانت الجماعة قد اقتحمت البلدة قبل أسبوعين.", "attack", "الجماعة", "*"),
    // driving people out
    ("هجّرت الميليشيا سكان القرى الواقعة على الحدود.", "displacement", "*", "*"),
    // an accusation of committing, a party held responsible: the accuser is the source
    ("اتهمت الحكومة المتمردين بارتكاب مجزرة في قرية الطويلة.", "attack", "المتمردين", "قرية الطويلة"),
    // a rocket with who fired it; assaults; the subject of إن
    ("وقال الجيش إن صاروخا أطلقته الحركة سقط على مدرسة البلدة.", "shelling", "الحركة", "*"),
    ("تعرض مقر البعثة لاعتداء من قبل مسلحين ملثمين.", "attack", "مسلحين", "*"),
    ("اعتدى مستوطنون على رعاة في قرية المغير.", "attack", "مستوطنون", "*"),
    ("وذكر شهود أن مسلحين على سيارات رباعية الدفع اقتحموا القرية.", "attack", "مسلحين", "*"),
    // a march is no drone, live fire no quarter; fighting between parties; refuge
    ("أطلقت قوات الأمن النار على مسيرة سلمية في ساحة المدينة.", "attack", "قوات الأمن", "*"),
    ("اندلع قتال عنيف بين الجيش والمتمردين في ضواحي البلدة.", "clash", "الجيش", "ضواحي البلدة"),
    ("لجأ آلاف القرويين إلى المدارس هربا من القصف.", "displacement", "", "*"),
    ("احتجز المسلحون رهائن داخل المصرف.", "hostage_taking", "المسلحون", "*"),
    ("وقالت الوزارة إن طائراتها استهدفت مستودعات للذخيرة قرب المطار.", "air_strike", "*", "*"),
    // a force's phrase ends at its owner after «تابعة»
    ("وقصفت مسيرات تابعة للجيش مواقع المتمردين في مدينة نيالا.", "air_strike", "للجيش", "*"),
    // passives with their doer after «من قبل»
    ("هوجمت قافلة الإغاثة من قبل مسلحين قرب بلدة كتم.", "attack", "مسلحين", "*"),
    ("وحوصرت البلدة من قبل قوات النظام لأسابيع.", "siege", "النظام", "*"),
    // a strike at a named place with its doer between: told, even after a reaction
    ("وأدانت الحكومة هجوم قوات الدعم السريع على مخيم كلمة.", "attack", "الدعم السريع", "مخيم كلمة"),
    ("وصد الجيش هجوم ميليشيا الجنجويد على بلدة الطويشة.", "attack", "الجنجويد", "*"),
    // shells in Sudanese usage; ramming and stabbing attacks
    ("سقطت دانات على سوق مدينة الأبيض.", "shelling", "", "*"),
    ("وقعت عملية دهس عند مدخل البلدة.", "attack", "", "*"),
    // a generic name with ل after the verbal noun: the armed group named last
    ("وتقدمت قوات الدعم السريع نحو المدينة. وصد الجيش هجوما للميليشيا على المدينة.", "attack", "الدعم السريع", "*"),
    // bombing
    ("فجّر انتحاري حزامه الناسف داخل سوق مدينة الرمادي.", "bombing", "انتحاري", "سوق"),
    ("انفجرت سيارة مفخخة قرب حاجز للجيش في مدينة إدلب.", "bombing", "", "حاجز"),
    ("قُتل ثلاثة مدنيين في تفجير عبوة ناسفة استهدف حافلة في حي الميدان.", "bombing", "*", "حي الميدان"),
    ("وأدى انفجار شاحنة مفخخة إلى دمار كبير في مبنى البلدية.", "bombing", "", "مبنى البلدية"),
    ("يفجر مسلحون سيارات مفخخة عند مداخل البلدة منذ أسابيع.", "bombing", "مسلحون", "*"),
    // air strike
    ("شنت طائرات التحالف الدولي غارات على مخيم الهول.", "air_strike", "التحالف", "مخيم الهول"),
    ("استهدف الطيران الحربي الروسي مستشفى ميدانيا في ريف إدلب.", "air_strike", "الطيران الحربي", "ريف إدلب"),
    ("طائرات حربية تقصف مطار المزة العسكري.", "air_strike", "طائرات حربية", "مطار المزة"),
    ("أسفر قصف جوي عن مقتل خمسة أشخاص في قرية البارة.", "air_strike", "", "قرية البارة"),
    ("وتعرضت البلدة لغارة جوية فجر الثلاثاء.", "air_strike", "", "*"),
    ("قُصفت مدرسة الأمل بطائرات مسيرة.", "air_strike", "", "مدرسة الأمل"),
    // shelling
    ("قصفت مدفعية الجيش التركي قرى في ريف منبج.", "shelling", "*", "ريف منبج"),
    ("سقطت قذائف هاون على حي الشيخ مقصود.", "shelling", "", "حي الشيخ مقصود"),
    ("تعرض حي الوعر لقصف صاروخي عنيف.", "shelling", "", "حي الوعر"),
    // attack
    ("هاجم مسلحون مجهولون مقر الشرطة في بلدة الصور.", "attack", "مسلحون", "مقر الشرطة"),
    ("شن تنظيم داعش هجوما على مواقع للجيش في بادية دير الزور.", "attack", "داعش", "*"),
    ("اقتحمت قوات النظام بلدة الكرك الشرقي.", "attack", "النظام", "بلدة الكرك"),
    ("وأحبطت القوات هجوما على معبر باب الهوى.", "", "", ""),
    // clash
    ("اندلعت اشتباكات عنيفة بين قسد وفصائل المعارضة في محيط مدينة منبج.", "clash", "*", "منبج"),
    ("اشتبك عناصر من الأسايش مع مسلحين في حي غويران.", "clash", "الأسايش", "حي غويران"),
    ("ما تزال الاشتباكات مستمرة في حي الطبالة.", "clash", "", "حي الطبالة"),
    ("وتدور معارك ضارية على أطراف البلدة.", "clash", "", "أطراف البلدة"),
    // takeover / control
    ("سيطر تنظيم داعش على حقل التيم النفطي.", "takeover", "داعش", "حقل التيم"),
    ("عناصر داعش يسيطرون على أجزاء من مخيم اليرموك.", "takeover", "داعش", "مخيم اليرموك"),
    ("استعاد الجيش السوري السيطرة على مدينة تدمر.", "control", "الجيش السوري", "تدمر"),
    ("أعلنت قسد السيطرة الكاملة على بلدة الباغوز.", "control", "قسد", "الباغوز"),
    ("وتمت إعادة السيطرة على مبنى المحافظة بعد ساعات.", "control", "", "مبنى المحافظة"),
    ("تمكنت قسد من السيطرة على حي الزهور بشكل كامل.", "control", "قسد", "حي الزهور"),
    // siege
    ("تفرض قوات النظام حصارا خانقا على مدينة درعا البلد.", "siege", "النظام", "درعا"),
    ("تحاصر قسد مسلحي داعش في سجن غويران.", "siege", "قسد", "سجن غويران"),
    ("ضربت قوات الأمن طوقا أمنيا حول مبنى البلدية.", "siege", "*", "مبنى البلدية"),
    // arrest
    ("اعتقلت قوات الأمن خمسة شبان في حي الزهور.", "arrest", "قوات الأمن", "حي الزهور"),
    ("شنت قسد حملة اعتقالات في بلدة الشحيل.", "arrest", "قسد", "بلدة الشحيل"),
    ("ألقت الشرطة القبض على مطلوب في سوق المدينة.", "arrest", "*", "سوق المدينة"),
    ("نفذت دوريات الأسايش مداهمات في قرية تل براك.", "arrest", "الأسايش", "قرية تل براك"),
    // curfew
    ("أعلنت السلطات حظر التجول في مدينة القامشلي.", "curfew", "*", "القامشلي"),
    ("فرضت الأسايش حظرا شاملا للتجوال في أحياء المدينة.", "curfew", "الأسايش", "أحياء المدينة"),
    // displacement
    ("تتواصل حركة نزوح المدنيين من بلدة سراقب.", "displacement", "", "سراقب"),
    ("أدى القتال إلى تهجير سكان قرية العريمة.", "displacement", "", "قرية العريمة"),
    ("نزح آلاف الأهالي من ريف حلب الجنوبي.", "displacement", "", "*"),
    // demolition
    ("هدمت الجرافات منازل في حي المزة 86.", "demolition", "", "حي المزة"),
    ("دمّرت القوات الإسرائيلية مبنى سكنيا في مخيم جنين.", "demolition", "*", "مخيم جنين"),
    ("وقامت البلدية بتدمير أكشاك في سوق الخضار.", "demolition", "", "سوق الخضار"),
    // surrender / escape / hostages / release without a figure
    ("استسلم مقاتلو التنظيم المتحصنون في مبنى المستشفى.", "surrender", "*", "مبنى المستشفى"),
    ("هرب سجناء من سجن الحسكة المركزي ليلا.", "escape", "*", "سجن الحسكة"),
    ("اختطف مسلحون موظفين في منظمة إغاثية قرب بلدة الميادين.", "hostage_taking", "مسلحون", "*"),
    ("أفرجت السلطات عن معتقلين من سجن عدرا.", "release", "*", "سجن عدرا"),
    // agents named by an adjective of relation
    ("قتل عشرة أشخاص في غارة إسرائيلية على مدرسة في حي الشجاعية.", "air_strike", "إسرائيلية", "*"),
    ("وأصيب طفلان في ضربة جوية روسية على سوق بلدة كفرنبل.", "air_strike", "روسية", "*"),
    ("نجم الانفجار عن صاروخ فلسطيني سقط في ساحة المستشفى.", "shelling", "فلسطيني", "*"),
    // agents of a relative verb after the verbal noun
    ("أدى القصف بالغازات السامة الذي شنه طيران النظام على البلدة إلى مقتل العشرات.", "air_strike", "النظام", "*"),
    ("تعرض المخيم لهجوم صاروخي شنته جماعة مسلحة مجهولة.", "shelling", "جماعة مسلحة", "المخيم"),
    ("وقال الجيش إنه كان صاروخا فاشلا أطلقته حركة مسلحة من داخل المدينة.", "shelling", "حركة مسلحة", "*"),
    ("مجزرة جديدة ارتكبها الجيش خلال قصفه لسوق بلدة الحولة.", "*", "الجيش", "*"),
    // responsibility names the doer; its denial is kept as denied
    ("وقال الجيش إن جماعة مسلحة مسؤولة عن الهجوم على الحاجز.", "attack", "جماعة مسلحة", "*"),
    // the accused before "ب" + verbal noun
    ("واتهمت الحركة إسرائيل بقصف المستشفى.", "*", "إسرائيل", "*"),
    // a verb with a pronoun object before its subject
    ("ريف حلب الذي تسيطر عليه فصائل مسلحة معارضة.", "takeover", "فصائل مسلحة معارضة", "*"),
    // counted happenings, responses, relative subjects, pronoun forces, barrels
    ("وشهدت البلدات الشرقية منذ الصباح عشرات الغارات بالقنابل العنقودية.", "air_strike", "", "*"),
    ("وردت القوات الحكومية بقصف مدفعي على مواقع المسلحين.", "shelling", "القوات", "*"),
    ("وقال إن حركة مسلحة التي أطلقت صواريخ باتجاه البلدة مسؤولة.", "*", "حركة مسلحة", "*"),
    // an announcement with a complement is a report: its speaker is no doer
    ("وأعلنت المنظمة الدولية للهجرة أن عدد النازحين ارتفع إلى ألفين.", "displacement", "", "*"),
    ("نفذت طائراته المروحية والحربية عدة غارات على ريف حماة.", "air_strike", "طائراته المروحية", "*"),
    ("واستهدف الطيران المروحي مدينة مورك بالبراميل المتفجرة.", "air_strike", "*", "مورك"),
    ("متهمة الجيش السوري بشن الغارات على البلدة.", "air_strike", "الجيش السوري", "*"),
    // massacres, invasions, chemical attacks, burnings
    ("ارتكب مسلحون مجزرة في قرية الدوير راح ضحيتها عشرون مدنيا.", "attack", "مسلحون", "قرية الدوير"),
    ("وقع هجوم كيماوي على بلدة اللطامنة فجر الأحد.", "attack", "", "بلدة اللطامنة"),
    ("وأقدم مسلحون على إحراق منازل في قرية الكوم.", "demolition", "مسلحون", "قرية الكوم"),
    // military operations
    ("وينفذ الجيش عملية عسكرية في المنطقة الجنوبية ضد المسلحين.", "attack", "الجيش", "*"),
    ("الجيش الموريتاني ينفذ عملية عسكرية في المنطقة الشرقية.", "attack", "الجيش الموريتاني", "*"),
    // drones, missiles, sweeps, burnings
    ("وقتل ثلاثة في هجوم بطائرة مسيرة على سيارة قرب البلدة.", "air_strike", "", "*"),
    ("استهدفت مسيرة تركية سيارة في ريف القامشلي.", "air_strike", "*", "*"),
    ("وأدت ضربة صاروخية على محطة الكهرباء إلى انقطاع التيار.", "shelling", "", "*"),
    ("ونفذت قوات الأمن حملة دهم وتفتيش في حي الزهور.", "arrest", "قوات الأمن", "حي الزهور"),
    ("وتتواصل حملة الاعتقالات التي بدأتها قوات الأمن في حي الزهور.", "arrest", "قوات الأمن", "حي الزهور"),
    ("وأحرق مسلحون منازل المدنيين في قرية الكوم.", "demolition", "مسلحون", "*"),
    // explosions with a cause are events
    ("وقع انفجار سيارة مفخخة قرب مبنى البلدية.", "bombing", "", "مبنى البلدية"),
    // displaced and homeless people
    ("وأدت الفيضانات إلى تشريد آلاف العائلات في مدينة البيضاء.", "displacement", "", "*"),
    ("وفقد نحو ألفي شخص منازلهم في الزلزال.", "displacement", "", ""),
    ("لجأ مئات النازحين إلى المدارس في المدينة.", "displacement", "", "*"),
    ("وبات عشرون ألف مواطن مشردين بعد العاصفة.", "displacement", "", ""),
    // statements
    ("أدانت وزارة الخارجية التركية الهجوم على السفارة.", "statement", "وزارة الخارجية", ""),
    ("وحذر المرصد السوري من كارثة إنسانية في المخيم.", "statement", "المرصد", ""),
    // who condemned whom: the capital condemns; the group did the attack
    ("وأعرب المتحدث عن إدانة واشنطن لهجوم داعش على السجن.", "statement", "واشنطن", ""),
    // the coalition shells positions of the group: the group is no agent
    ("وقصف التحالف الدولي مواقع تنظيم داعش في الحسكة.", "shelling", "التحالف الدولي", "*"),
    ("واستهدفت مدفعية التحالف الدولي تجمعات لعناصر داعش قرب السجن.", "shelling", "التحالف الدولي", "*"),
    // a time between two commas is an aside: the support verb and its subject still govern
    ("شن تنظيم داعش، مساء الثلاثاء، هجوما على حاجز للجيش قرب بلدة الصور.", "attack", "داعش", "*"),
    ("شنت طائرات التحالف، فجر اليوم، غارات على مخيم الهول.", "air_strike", "التحالف", "مخيم الهول"),
    // camps named معسكر, compound names
    ("هاجمت قوات الدعم السريع معسكر أبو جلبة للنازحين جنوب المدينة.", "attack", "الدعم السريع", "معسكر أبو جلبة"),
    ("تجددت الاشتباكات في مخيم عين الحلوة.", "clash", "", "مخيم عين الحلوة"),
    // control told with a pronoun, spread or tightened
    ("أعلنت قوات الدعم السريع سيطرتها الكاملة على مدينة بارا.", "control", "الدعم السريع", "بارا"),
    ("وأحكم الجيش السوري سيطرته على حي الصناعة.", "control", "الجيش السوري", "حي الصناعة"),
    // incursions
    ("توغلت دبابات الجيش في حي الزيتون شرق المدينة.", "attack", "*", "حي الزيتون"),
    // a doer named by what they are, far from the support verb
    ("ارتكب مسلحون مجهولون الأسبوع الماضي مجزرة في قرية الدوير.", "attack", "مسلحون", "قرية الدوير"),
    // vehicles as the subject
    ("توغلت الدبابات الإسرائيلية في حي تل السلطان.", "attack", "الدبابات الإسرائيلية", "حي تل السلطان"),
    // "قام ب" + verbal noun: a support verb
    ("وقامت قوات الأمن بحملة دهم في حي الزهور.", "arrest", "قوات الأمن", "حي الزهور"),
    // crowds fleeing are displaced; forced to flee
    ("وفر آلاف السكان من المعسكر نحو المدينة.", "displacement", "*", "*"),
    ("وأجبرت قوات الدعم السريع السكان على النزوح من البلدة.", "displacement", "الدعم السريع", "*"),
    ("وأجبر القصف مئات العائلات على الفرار من حي الشجاعية.", "displacement", "*", "*"),
    // prisoners fleeing escape
    ("وفر السجناء من السجن خلال الاشتباكات.", "escape", "*", "*"),
    // who killed in an attack did it
    ("وقتلت قوات الدعم السريع عشرين مدنيا في هجوم على قرية الدوير.", "attack", "الدعم السريع", "قرية الدوير"),
    // the first party of a clash
    ("وتجددت المعارك بين القوات الحكومية وجماعة الحوثي في جبهة صرواح.", "clash", "القوات الحكومية", "*"),
    // a liberation announced is control; a name with تحرير is none
    ("وأعلنت قوات الدعم السريع \"تحرير\" المعسكر من القوات المشتركة.", "control", "الدعم السريع", "المعسكر"),
    ("وحرر الجيش مدينة بارا بعد معارك عنيفة.", "control", "الجيش", "بارا"),
    // a fronted place sets the sentence
    ("وفي كركوك، انفجرت عبوة ناسفة بدورية للشرطة الاتحادية.", "bombing", "", "كركوك"),
    // a camp named after a town
    ("وواصلت الجرافات هدم منازل في مخيم جباليا.", "demolition", "", "مخيم جباليا"),
    // the suicide attacker told with his verb
    ("وقالت الشرطة إن الانتحاري فجر نفسه وسط المصلين.", "bombing", "الانتحاري", "*"),
    ("وأضافت أن المهاجمين أحرقوا مئات المساكن في القرية.", "demolition", "المهاجمين", "*"),
    // a place told by its kind when none is named
    ("ورد الجيش بإطلاق 20 صاروخا على قاعدة عسكرية تابعة للمسلحين.", "shelling", "الجيش", "قاعدة عسكرية تابعة للمسلحين"),
    // a site far past the town is another clause's
    ("وشن المسلحون هجوما على مدينة الصور قبل أن يقتل أحدهم قرب مستشفى الرحمة.", "attack", "*", "مدينة الصور"),
    // detaining people; raids that took place
    ("أوقفت الشرطة ثلاثة مشتبه بهم في حي الزهور.", "arrest", "الشرطة", "حي الزهور"),
    ("وقال المصدر إن المداهمات جرت في مخيم الرشيدية.", "arrest", "", "مخيم الرشيدية"),
    // burning a camp or parts of it
    ("وأقدمت الميليشيا على إحراق أجزاء واسعة من المعسكر.", "demolition", "*", "*"),
    // targeting or entering by an armed party, with no cue
    ("استهدفت قوات الدعم السريع معسكر أبو شوك.", "attack", "الدعم السريع", "معسكر أبو شوك"),
    ("دخلت قوات الدعم السريع مدينة بارا بعد انسحاب الجيش.", "takeover", "الدعم السريع", "بارا"),
    // a nominal sentence opening with the happening and its doer (headline style)
    ("سيطرة الدعم السريع على معسكر أبو شوك بعد أيام من الحصار", "takeover", "الدعم السريع", "معسكر أبو شوك"),
    ("هجوم الدعم السريع على قرية الدوير يخلف عشرات القتلى", "attack", "الدعم السريع", "قرية الدوير"),
    // a counter-attack is an attack
    ("وشن الجيش هجوما مضادا على مواقع المسلحين قرب بلدة الصور.", "attack", "الجيش", "*"),
    // opening fire; a raid by gunmen; assault told by its verbal noun after أقدم على
    ("وأطلق مسلحون النار على حافلة تقل مدنيين قرب بلدة الصور.", "attack", "مسلحون", "*"),
    ("وداهم مسلحون مجهولون منزلا في الحي وقتلوا أفراد العائلة.", "attack", "مسلحون", "*"),
    ("وأقدمت ميليشيا مسلحة على مهاجمة القرية ونهب ممتلكات السكان.", "attack", "ميليشيا", "*"),
    ("وقتل جنديان في كمين نصبه مسلحون على طريق المطار.", "attack", "*", "*"),
    ("تبادلت القوات والمسلحون إطلاق النار قرب الحاجز.", "clash", "*", "*"),
    // raids from the air, drones that explode, barrels, hails of shells, shells falling
    ("وأغارت الطائرات الحربية على بلدات في الريف الجنوبي.", "air_strike", "الطائرات الحربية", "*"),
    ("وقالت الوزارة إن مسيرة انتحارية استهدفت مستودعا للوقود في المدينة.", "air_strike", "*", "*"),
    ("أسقطت المروحيات براميل متفجرة على الأحياء السكنية.", "air_strike", "*", "*"),
    ("سقطت قذائف على سوق شعبي في مدينة أم درمان.", "shelling", "", "*"),
    ("وسقط صاروخ على مبنى سكني في العاصمة كييف.", "shelling", "", "*"),
    ("وأمطرت القوات البلدة بوابل من القذائف.", "shelling", "القوات", "*"),
    // falling into a party's hands, taking back, occupying
    ("وسقطت المدينة في أيدي مقاتلي الحركة بعد حصار طويل.", "takeover", "*", "*"),
    ("أعلن الجيش استعادة مدينة سنجة من قبضة المتمردين.", "control", "الجيش", "سنجة"),
    ("أحكم المسلحون قبضتهم على البلدة.", "control", "المسلحون", "البلدة"),
    ("احتلت القوات التلة المطلة على البلدة.", "takeover", "القوات", "*"),
    // crowds leaving, people driven out, thousands displaced (a number word, not the article)
    ("غادر آلاف المدنيين المخيم سيرا على الأقدام.", "displacement", "", "*"),
    ("وأدت الفيضانات إلى تهجير آلاف الأسر.", "displacement", "", "*"),
    ("أدى القتال إلى نزوح آلاف الأسر من الريف.", "displacement", "", "*"),
    // setting fire to homes or a market
    ("أضرم المهاجمون النار في سوق المخيم.", "demolition", "المهاجمون", "*"),
    ("وأشعل المسلحون النيران في المنازل والمحلات.", "demolition", "المسلحون", "*"),
    // hostages held and set free with the doer between
    ("وتحتجز الجماعة رهائن داخل الفندق.", "hostage_taking", "*", "*"),
    // ل + verbal noun told as a result, an item, a repelled attack
    ("وأدى القصف لنزوح آلاف الأسر من الحي.", "displacement", "", "*"),
    ("إضافة لهدم عدد من المنازل في القرية.", "demolition", "", "*"),
    // "آلاف" is no F-16: a strike with thousands killed keeps its kind
    ("واستهدفت الفصائل آلاف المنازل بقذائف الهاون.", "shelling", "*", "*"),
    // the strike at a named place told again by its definite noun
    ("وارتفعت حصيلة الهجوم على مخيم الرشيدية إلى عشرين قتيلا.", "attack", "", "مخيم الرشيدية"),
    // a state right after the verb acts; assassinations; leaving one's home; the army liberating
    ("شنت إسرائيل غارات على أهداف في قطاع غزة.", "air_strike", "إسرائيل", "قطاع غزة"),
    ("قصفت روسيا مدينة أوديسا بالصواريخ.", "shelling", "روسيا", "*"),
    ("اغتال مسلحون مجهولون قاضيا في المدينة.", "attack", "مسلحون", "*"),
    ("واغتيل مسؤول محلي أمام منزله في الحي.", "attack", "", "*"),
    ("اضطر آلاف السكان إلى مغادرة منازلهم.", "displacement", "", "*"),
    ("وأعلن الجيش تحرير مدينة بارا بالكامل.", "control", "الجيش", "بارا"),
    // a siege told by its verbal noun after a verb of going on
    ("وتواصل القوات محاصرة المدينة منذ أشهر.", "siege", "القوات", "المدينة"),
    // a massacre by its other noun; a raid by its verbal noun
    ("وارتكب المسلحون مذبحة في القرية راح ضحيتها العشرات.", "attack", "المسلحون", "*"),
    ("وقتل خمسة في إغارة للطائرات الحربية على البلدة.", "air_strike", "*", "*"),
    ("ونفذ المسلحون إعدامات ميدانية بحق شبان في القرية.", "attack", "المسلحون", "*"),
    // a happening with its doer after a word of time or cause is presupposed, so told
    ("وفر آلاف السكان بعد سيطرة قوات الدعم السريع على المخيم.", "takeover", "الدعم السريع", "المخيم"),
    ("وقتل عشرات المدنيين إثر هجوم قوات الدعم السريع على المخيم.", "attack", "الدعم السريع", "المخيم"),
    // an armed party named as such killing people
    ("وقتلت قوات الدعم السريع عشرين مدنيا في القرية.", "attack", "الدعم السريع", "القرية"),
    ("قوات الدعم السريع تقتل 20 مدنيا في القرية", "attack", "الدعم السريع", "*"),
    // the aircraft a strike came from
    ("وقالت الحركة إن المستشفى استهدف \"بقصف جوي أطلق من طائرة حربية\" إسرائيلية.", "air_strike", "طائرة حربية إسرائيلية", "*"),
    ("أطلقت الجماعة سراح الرهائن المحتجزين لديها.", "release", "*", "*"),
    // settlers as doers; a definite suicide bombing claimed by its doer (the adjective is no doer)
    ("هاجم مستوطنون قرية قرب المدينة وأحرقوا سيارات.", "attack", "مستوطنون", "*"),
    ("تبنى تنظيم داعش التفجير الانتحاري الذي استهدف المسجد.", "bombing", "داعش", "المسجد"),
    ("وتبنى تنظيم داعش الهجوم الانتحاري على الحاجز.", "bombing", "داعش", "*"),
    ("أطلقت الفصائل رشقة صاروخية على البلدات الحدودية.", "shelling", "*", "*"),
    // a place under siege; shot dead by gunmen
    ("والمدينة تحت الحصار منذ أكثر من عام.", "siege", "", "*"),
    ("وقتل عشرات المدنيين برصاص مسلحين قرب السوق.", "attack", "مسلحين", "*"),
    // undergone by a long subject; suffering a siege; a siege imposed, still in place
    ("تعرض مخيم للاجئين في ولاية النيل الأزرق لهجوم مسلح فجر الأحد.", "attack", "", "*"),
    ("تعاني البلدة من حصار خانق تفرضه الميليشيات منذ أشهر.", "siege", "الميليشيات", "البلدة"),
    ("وحذرت المنظمة من أن الحصار المفروض على المدينة يهدد السكان بالمجاعة.", "siege", "", "المدينة"),
    // accused of going on with it
    ("واتهمت الحكومة المتمردين بمواصلة حصار مدينة الأبيض.", "siege", "المتمردين", "مدينة الأبيض"),
    // field executions beside a shelling at the same place stay an attack of their own
    ("وقصفت القوات المعسكر بالمدفعية ثم نفذت إعدامات ميدانية بحق شبان داخل المعسكر.", "attack", "*", "*"),
    // burning told with a long doer between the verb and the village
    ("وأحرق مسلحون يشتبه في انتمائهم لجماعة متطرفة قرية بأكملها.", "demolition", "مسلحون", "*"),
    // a clause of result happened where the clause before it did
    ("وأحرق المسلحون منازل قرية الدوير، ما أجبر سكانها على الفرار.", "displacement", "", "قرية الدوير"),
    // a strike between named parties is told; its first party
    ("ودمرت منازل جراء القصف المتبادل بين الجيش السوداني وقوات الدعم السريع.", "shelling", "الجيش السوداني", "*"),
    // a state right before its verb
    ("وقالت الوزارة إن روسيا قصفت محطة الكهرباء بالصواريخ.", "shelling", "روسيا", "*"),
    // a place named by an accusative kind
    ("ودمرت القوات مستودعا للذخيرة.", "demolition", "*", "مستودعا"),
    // killing in cold blood, sniping, laying a market open, burning a building
    ("وقام المسلحون بتصفية عدد من الشبان داخل القرية.", "attack", "المسلحون", "*"),
    ("وقنص مسلحون متمركزون على الأسطح عددا من المارة.", "attack", "مسلحون", "*"),
    ("واستباحت الميليشيا سوق البلدة ونهبت محاله.", "attack", "الميليشيا", "سوق البلدة"),
    ("وأوضحت المنظمة أن المسلحين أحرقوا المبنى بالكامل.", "demolition", "المسلحين", "*"),
    // after a storming told with its doer in a pronoun: it happened
    ("وانسحبت القوات من البلدة بعد اقتحامها مستشفى الرحمة.", "attack", "*", "مستشفى الرحمة"),
    // besieged, a siege tightened
    ("تعاني مدينة الدلنج المحاصرة من نقص حاد في الغذاء.", "siege", "", "مدينة الدلنج"),
    ("وأطبقت الميليشيات حصارها على المدينة منذ أشهر.", "siege", "الميليشيات", "المدينة"),
    // provinces as places; a clause of time hangs on the clause before
    ("وفرضت السلطات حظر التجول في إقليم الشرق.", "curfew", "السلطات", "إقليم الشرق"),
    ("واجتاحت القوات مخيم الأمل، بعد قصف مدفعي استمر يومين.", "shelling", "*", "مخيم الأمل"),
    // a form ending on a place names it
    ("وأقدم المسلحون على حرق السوق الرئيسي للمعسكر.", "demolition", "*", "السوق الرئيسي"),
    // its doer and its object named
    ("وتسبب اجتياح الميليشيا للمعسكر في نزوح عشرات الآلاف.", "attack", "*", "*"),
    // mass killing; attacks done with drones
    ("وشهد المعسكر عمليات قتل جماعي ونهب واسع.", "attack", "", "*"),
    ("وتعرض المعسكر لهجمات متكررة بالمسيرات خلال الأسبوع.", "air_strike", "", "المعسكر"),
    // a security force taking back a building and freeing hostages (imperfect after قبل أن)
    ("وتبادلت قوات الأمن إطلاق النار مع المسلحين قبل أن تستعيد السيطرة على الفندق.", "control", "*", "الفندق"),
    ("وقالت الشرطة إن قواتها اقتحمت المبنى وتحرر الرهائن.", "release", "*", "*"),
    // a force killing people, with its object after it
    ("وقتل مسلحو الدعم السريع عشرات المدنيين في قرية الكومة.", "attack", "الدعم السريع", "*"),
    ("وقتلت عناصر الدعم السريع خمسة مزارعين قرب مدينة الجنينة.", "attack", "الدعم السريع", "*"),
    ("وقتل جنود الاحتلال شابا فلسطينيا عند حاجز قلنديا.", "attack", "*", "*"),
    // a clash's first party past an aside of time
    ("اندلعت اشتباكات عنيفة، مساء الإثنين، بين الجيش السوداني وقوات الدعم السريع في المدينة.", "clash", "الجيش السوداني", "*"),
    // a plural verb with no subject of its own goes on with the doer told before
    ("وقالت المنظمة إن المسلحين أطلقوا النار على الشاحنات قبل أن يختطفوا السائقين.", "hostage_taking", "المسلحين", "*"),
    // executions by an armed party
    ("وأكدت الشبكة إعدام عشرة من الكوادر الطبية على يد قوات الدعم السريع.", "attack", "الدعم السريع", "*"),
    // raiding a home; bulldozing land
    ("ودهمت قوات الأمن منزل الناشط في حي الزهور.", "arrest", "قوات الأمن", "*"),
    ("وجرفت الجرافات الإسرائيلية أراضي زراعية في بلدة بيت حانون.", "demolition", "*", "*"),
    // the accused named with its partners after it
    ("واتهم البيان جماعة الحوثي والعناصر الموالية لها باستهداف مكتب الاتصالات.", "*", "جماعة الحوثي", "*"),
    // the accused after a long accuser and a time between
    ("اتهمت قوات الدعم السريع، الأحد، الجيش السوداني بقصف سوق المدينة بالطيران.", "air_strike", "الجيش السوداني", "سوق المدينة"),
    // shells dropped by a warplane: a strike from the air; its words end at its own verb
    ("وقال شهود إن طائرة حربية حلقت فوق المدينة قبل أن تسقط قذائف على السوق.", "air_strike", "طائرة حربية", "السوق"),
    // the undergoer (a dual camp) is where it happened, not the place named before
    ("وفر الآلاف باتجاه جبل مرة، بعد أن تعرض المخيمان لقصف مدفعي متواصل.", "shelling", "", "المخيمان"),
    // a passive's place before its doer
    ("واقتُحم مستشفى المدينة من قبل مسلحين بحثوا عن جرحى.", "attack", "مسلحين", "مستشفى المدينة"),
    // bombs dropped from the air; a drone's words end at what it dropped
    ("ألقت مسيرة إسرائيلية قنبلة على سيارة قرب بلدة المنصورية.", "air_strike", "مسيرة إسرائيلية", "بلدة المنصورية"),
    // forced to leave their villages
    ("اضطر مئات السكان إلى مغادرة قراهم بعد الفيضانات.", "displacement", "", "*"),
    // fled towards a border: where they fled to is no place of the flight («نحو الحدود مع X»)
    ("أحرق مسلحون قرية في منطقة غوزا، ما أجبر سكانها على الفرار نحو الحدود مع الكاميرون.", "displacement", "*", "منطقة غوزا"),
    // … but a clash on the border with a country is there
    ("اندلعت اشتباكات عنيفة على الحدود مع الكاميرون أمس.", "clash", "*", "الكاميرون"),
    // hostages freed (no figure)
    ("أعلن الجيش أنه حرر رهائن في منطقة الغابات.", "release", "*", "منطقة الغابات"),
    // a bomb that targeted a force's patrol: the force owns the patrol, it did not bomb
    ("قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للشرطة قرب بلدة الحصن.", "bombing", "", "بلدة الحصن"),
    ("عبوة ناسفة تستهدف دورية للجيش العراقي في قضاء الطارمية.", "bombing", "", "*"),
    // who tells a bombing's dead is no bomber; a force telling of its own strike is its doer
    ("أعلنت الشرطة مقتل ثلاثة عناصر بانفجار عبوة ناسفة في بلدة الحصن.", "bombing", "", "بلدة الحصن"),
    ("أعلن الجيش مقتل 20 مسلحا في غارة جوية على مواقع التنظيم.", "air_strike", "الجيش", "*"),
    // a name with ل past an adjective is the doer; past a force's or a place's head, its owner
    ("قتل عشرات المدنيين في هجوم واسع لقوات الدعم السريع على مخيم السلام.", "attack", "الدعم السريع", "مخيم السلام"),
    // a name whose ل took the article's alif is told with its article
    ("مقتل خمسة مدنيين بقصف للجيش السوداني على سوق في مدينة نيالا.", "shelling", "الجيش السوداني", "*"),
    // «قيام X بـ»: the doer between it and the act
    ("أدانت الوزارة قيام قوات الاحتلال بقصف مدرسة في حي التفاح.", "shelling", "قوات الاحتلال", "حي التفاح"),
    ("ونددت الحكومة بقيام مسلحين بإحراق منازل في قرية الهدى.", "demolition", "مسلحين", "قرية الهدى"),
    // machines with their owner act for it (alone, "هدمت الجرافات", they name nobody)
    ("وأفادت مصادر محلية بأن جرافات الاحتلال هدمت منازل في بلدة بيت حانون.", "demolition", "جرافات الاحتلال", "بلدة بيت حانون"),
    // fighters of a force named after من
    ("وقال مسؤول إن مسلحين من جماعة الشباب هاجموا قاعدة عسكرية.", "attack", "جماعة الشباب", "*"),
    // the means after ب gives the type; rockets that aircraft fired are an air strike
    ("استهدفت فصائل المعارضة بصواريخ غراد مواقع الجيش في بلدة نبل.", "shelling", "فصائل المعارضة", "بلدة نبل"),
    ("وقال شهود إن الطيران قصف البلدة بصواريخ أطلقتها طائرات حربية.", "air_strike", "*", "*"),
    // a verb with و after a one-word verb goes on with its subject
    ("وأضافت الوزارة أن الطيران تدخل وقصف مواقع المهاجمين.", "air_strike", "الطيران", "*"),
    // a drone after ب is the means, its adjective no doer
    ("وقتل مدني في غارة بطائرة مسيرة استهدفت سوقا في بلدة الهدى.", "air_strike", "", "بلدة الهدى"),
    // a force's aircraft with its pronoun strike from the air
    ("وقالت الوزارة إن جيش الاحتلال قصفت طائراته منزلا في بلدة الهدى.", "air_strike", "جيش الاحتلال", "بلدة الهدى"),
    // families evacuated are displaced
    ("وأعلنت الحماية المدنية إجلاء أكثر من 300 عائلة من الأحياء المنخفضة.", "displacement", "", "*"),
    // a verb with و after the object opens the next act: its site is not the first act's place
    ("اقتحم مسلحون قرية ماي تسيبري ليل الثلاثاء وأحرقوا عشرات المنازل.", "attack", "مسلحون", "قرية ماي تسيبري"),
    // an attack foiled but launched (a relative verb of launching after it)
    ("أحبطت قوات الجيش هجوما شنته ميليشيا الحوثي على مواقعها قرب مدينة حرض.", "attack", "ميليشيا الحوثي", "*"),
    // a place the relative clause hangs on underwent it
    ("وأضافوا أن المستشفى السعودي، الذي تعرض لهجوم بمسيرة قبل أيام، توقف عن العمل.", "air_strike", "", "المستشفى السعودي"),
    ("وأغلقت المدرسة التي تعرضت للقصف أبوابها.", "shelling", "", "المدرسة"),
    // a curfew decided is imposed
    ("قررت السلطات فرض حظر التجول في المدينة.", "curfew", "السلطات", "المدينة"),
    // a state's act told in its speaker's own words ("أنها اعتقلت"), after a participle too;
    // the prosecution and the president as state bodies
    ("وأعلنت الشرطة أنها اعتقلت أربعة مشتبه بهم في حي النصر.", "arrest", "الشرطة", "*"),
    ("وقالت وزارة الداخلية إن الحريق اندلع بسبب تماس كهربائي، مضيفة أنها اعتقلت صاحب المستودع.", "arrest", "وزارة الداخلية", "*"),
    ("وأعلنت النيابة العامة توقيف ثلاثة أشخاص في بلدة الهدى.", "arrest", "النيابة", "بلدة الهدى"),
    ("وأعلن الرئيس فرض حظر التجول في العاصمة لمدة أسبوع.", "curfew", "الرئيس", "*"),
    // who responds with strikes after ب did them (the aircraft of the relative verb are the
    // means); a letter spelled in Arabic keeps its number ("إف 16"، "إم 23")
    ("وردت بوروندي بغارات نفذتها مقاتلات إف 16 على مواقع المتمردين.", "air_strike", "بوروندي", "*"),
    ("وقصفت مقاتلات إف 16 مواقع المتمردين في بلدة الهدى.", "air_strike", "إف 16", "بلدة الهدى"),
    ("سيطر متمردو حركة إم 23 على بلدة الهدى بعد معارك عنيفة.", "takeover", "حركة إم 23", "بلدة الهدى"),
    // crowds named before they leave; residents evacuated (أُخلي); an owner detained
    ("وقال المسؤول إن مئات الأسر غادرت المخيم فجرا نحو وسط المدينة.", "displacement", "", "المخيم"),
    ("وأُخلي السكان من العمارات القريبة احتياطا.", "displacement", "", "*"),
    ("وأوقفت الشرطة مالك المبنى والمقاول للتحقيق معهما.", "arrest", "الشرطة", "*"),
    // some of a force ("وحدات من الجيش"); after "بعد أن" a verb's suffix is the subject of
    // the sentence's first verb, past a dateline; a foreign name in ي with the site's adjective
    ("قبل أن تقتحم وحدات من الجيش السجن المركزي.", "attack", "وحدات من الجيش", "السجن المركزي"),
    ("النور - نهب مسلحون المتاجر بعد أن اقتحموا قرية الهدى ليلا.", "attack", "مسلحون", "قرية الهدى"),
    ("وانفجرت سيارة مفخخة قرب مدخل سوق قصة خواني المزدحم في المدينة.", "bombing", "", "قصة خواني"),
    // a party that says it freed hostages freed them
    ("وأعلن الجيش أنه حرر رهائن كانت جماعة مسلحة تحتجزهم في منطقة كوري.", "release", "الجيش", "منطقة كوري"),
    // a foreign town's third plain word (after a feminine head a word in ي is a name)
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في بلدة داتو سودي أمبانغ بإقليم ماغوينداناو.", "clash", "*", "داتو سودي أمبانغ"),
    // shells falling told by the verbal noun
    ("وأدى سقوط صاروخ أمام المستشفى إلى مقتل خمسة.", "shelling", "", "المستشفى"),
];

/// Sentences that assert no scored event.
const NOTHING: &[&str] = &[
    // a negation with its conjunction; a decision not yet carried out
    "ولم تقصف الطائرات أي هدف منذ أسبوع.",
    "قررت البلدية هدم المبنى المائل خشية انهياره.",
    // a company entering a market, words aimed at a minister
    "أعلنت شركة الاتصالات اقتحام السوق بعروض جديدة.",
    "تعرض الوزير لقصف جبهة من الصحفيين.",
    // flares and tear gas dropped or fired are no strikes
    "ألقت مروحيات قنابل ضوئية فوق المدينة.",
    "ألقت الشرطة قنابل الغاز المسيل للدموع على المحتجين.",
    // foiled, with no launching told
    "أحبطت قوات الأمن هجوما على مركز الشرطة.",
    // what happens as a rule
    "وغالبا ما تتعرض المحافظة لغارات تستهدف قياديين في الفصائل.",
    "كثيرا ما يقصف الجيش أطراف البلدة ليلا.",
    // the wounded or foreigners evacuated are not displaced
    "وتم إجلاء الجرحى إلى مستشفيات العاصمة.",
    "أجلت الدول مئات الرعايا الأجانب من العاصمة.",
    "وتم إجلاء 95 راكبا وتسعة من أفراد الطاقم بعد هبوط الطائرة.",
    // a school that shelters the displaced tells no flight
    "افتتحت البلدية مدرسة تؤوي نازحين في حي الزهور.",
    "حاول المسلحون الهروب من السجن لكنهم فشلوا.",
    "لم تسيطر القوات على البلدة حتى الآن.",
    "وجاء الهجوم بعد أيام من التوتر في المدينة.",
    "دعت المنظمة إلى وقف القصف على الأحياء السكنية.",
    "أعلنت قسد إحباط محاولة فرار للسجناء.",
    "فرّ 40 سجينا من السجن خلال الليل.",
    "استسلم 300 عنصر من التنظيم لقوات الأمن.",
    "وصل الوفد فجر اليوم إلى العاصمة.",
    "تحدث الأهالي عن مسرحية \"تسليم أنفسهم\" أمام الكاميرات.",
    "وشهدت مدينة تدمر هدوءا حذرا.",
    // accidents and disasters are no attacks
    "وقع انفجار ضخم في مستودع للمواد الكيماوية في الميناء.",
    "وانفجرت أسطوانة غاز في مطعم وسط المدينة.",
    // a remembered happening is no new report
    "أحيا الأهالي ذكرى الانفجار الذي هز المدينة.",
    // a flight number or a rocket launch for a satellite
    "فقد الفريق الأمل في التأهل.",
    "وأحيا السكان ذكرى المجزرة في ساحة البلدة.",
    // praise for a response to an attack is no new attack
    "وأشاد الوزير بردّ القوات السريع على الهجوم.",
    // a camp named for the displaced
    "وصل الوفد الأممي إلى مخيم الهول للنازحين في ريف الحسكة.",
    "وزار الوزير مخيمات النازحين في الشمال.",
    // the displaced going home
    "وبدأت عودة النازحين إلى قراهم في الريف الجنوبي.",
    "وعاد آلاف النازحين إلى منازلهم بعد توقف القتال.",
    // burning without homes, markets or villages is no demolition
    "وأحرق المحتجون صور المرشح في الساحة.",
    // damage done by a disaster is no demolition
    "ودمر الزلزال مئات المنازل في البلدة.",
    "بعد الانفجار الذي وقع في الميناء ودمر أحياء واسعة من المدينة.",
    // tried or intended across the subject
    "يحاول الجيش منذ أشهر السيطرة على مدينة الصور.",
    "وتسعى الفصائل المسلحة إلى اقتحام المدينة.",
    // a definite happening referred back to in the middle of a sentence
    "وقال الجيش إن سيطرة المسلحين على الحي لم تدم طويلا.",
    // any attack, words, networks, matches, metaphors
    "وحذرت المنظمة من أن أي هجوم على المستشفيات يمثل انتهاكا للقانون.",
    "وشنت الصحف هجوما حادا على وزير المالية.",
    "وتعرض موقع الوزارة لهجوم إلكتروني أدى إلى تعطله.",
    "وقاد المهاجم هجوم الفريق في الشوط الثاني.",
    "وتخوض الحكومة معركة ضد الفساد والتضخم.",
    // burning fuel or waste is no demolition
    "ويلجأ السكان إلى حرق الحطب للتدفئة.",
    // anyone else targeting or entering
    "دخلت المساعدات الإنسانية مدينة بارا.",
    "ودخل الوزير مستشفى الرحمة للعلاج.",
    "واستهدفت الحملة الإعلامية الوزير.",
    // stopping is no arrest
    "وأوقفت الحكومة العمل بالقرار حتى إشعار آخر.",
    // travelling, wars sweeping, dust storms
    "وسافر الوزير إلى باريس لحضور المؤتمر.",
    "وتحدث عن لعنة الحروب التي تجتاح بلده منذ عقود.",
    "وتجتاح موجة غبار كثيفة المنطقة الشرقية.",
    // nobody claimed it: the bombing told before is not told again
    "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.",
    // a name with تحرير
    "وقالت هيئة تحرير الشام إن الوضع هادئ.",
    "وقال رئيس تحرير الصحيفة إن التقرير دقيق.",
    // floods sweep, nobody attacks
    "الفيضانات التي اجتاحت المدينة أغرقت مئات المنازل.",
    "وطمرت السيول الأحياء المنخفضة واجتاحت مساء الأحد وادي المدينة.",
    // expected, not told
    "وتخشى المنظمات من هجوم وشيك على المدينة.",
    "وتوقع الخبراء أن تشن الحركة هجوما على المدينة.",
    "ومن المتوقع أن تقتحم القوات البلدة خلال أيام.",
    // a ceasefire is no shooting; ranking first is no occupation; regaining trust is no control
    "وأعلن الطرفان وقف إطلاق النار في المدينة.",
    "واحتل المنتخب المرتبة الأولى في البطولة.",
    "وتسعى الحكومة إلى استعادة ثقة المواطنين.",
    // a visitor leaving, a suicide belt worn
    "وغادر الوزير العاصمة متوجها إلى جنيف.",
    "وعثرت الشرطة على أحزمة ناسفة في منزل المتهم.",
    // aid for the displaced is no displacement
    "وعقد مؤتمر دولي لدعم النازحين في جنيف.",
    // purposes are not done; ranks, fireworks, a club's name
    "وحشدت القوات آلاف الجنود لاستعادة المدينة.",
    "وتسلل المسلحون إلى المنطقة لمهاجمة موقع للجيش.",
    "واحتل الفريق المركز الثالث في الدوري.",
    "وشهد الحفل إطلاق الألعاب النارية في سماء المدينة.",
    "ووصلت عائلتها إلى المدينة بعد أن غادرت إسرائيل.",
    "وأشعلت الاحتفالية أحياء المدينة بالفرح.",
    "وأطلقت البلدية القذائف النارية احتفالا بالعيد.",
    "ويتوقع المحللون استعادة سوق النفط توازنها قريبا.",
    // strikes in general, at no named place
    "وحذرت المنظمة من تزايد الهجمات على المستشفيات.",
    "وطالب الأهالي بوقف القصف على مخيم الرشيدية.",
    // a camp hosting the displaced; a failed assassination attempt
    "ويستضيف المخيم آلاف النازحين من مناطق مختلفة.",
    "ونجا المحافظ من محاولة اغتيال.",
    // the killed are no doers
    "وقتل ثلاثة جنود من الجيش السوداني.",
    "وقتل عناصر من تنظيم داعش قرب الحدود.",
    "وقتل جنود من الجيش قرب الحدود.",
    "وقتل عناصر الحراسة الثلاثة في الانفجار.",
    // mock raids; a crisis "exploded"; a hand
    "وحلقت الطائرات فوق المدينة وشنت غارات وهمية.",
    "وحذر الوزير من تفجير الأوضاع في المنطقة.",
    "فهات يدك لنمضي معا.",
    // on the eve of a happening, it has not happened
    "وصل الوفد عشية اقتحام الجيش للمدينة.",
    // conditions, the future, the possible
    "وإذا اقتحمت القوات المدينة فسوف يفر السكان.",
    "ولو شنت الجماعة هجوما على البلدة لتدخل الجيش.",
    "وستشن القوات هجوما واسعا على المدينة خلال أيام.",
    "وقال القائد إن قواته ستقتحم البلدة قريبا.",
    "وقد تقصف الطائرات المواقع في أي لحظة.",
    // happenings of past years
    "ولم يعد السكان إلى المخيم منذ هجوم العام الماضي على المخيم.",
    "وتذكر الأهالي مجزرة عام 1994 في القرية.",
    "في عام 1998، اقتحمت القوات القرية وأحرقت منازلها.",
    // rockets told again by the relative clause are the strike told, not a new one
    "وعثر السكان على بقايا الصواريخ التي أطلقتها الطائرات.",
    // migration is no displacement; a blaze has no doer
    "وتزايدت هجرة الشباب إلى أوروبا خلال العقد الأخير.",
    "وصدر القرار في العاشر من شهر رمضان عام 1436 هجري.",
    // fears, threats, striving, considering: not done
    "وأعرب الأهالي عن تخوفهم من اقتحام جديد للحي.",
    "وحذر المبعوث من مغبة شن هجوم على الميناء.",
    "وتوعد المتحدث باسم الجماعة بالسيطرة على العاصمة.",
    "وهدد الجيش بقصف مواقع المسلحين إذا لم ينسحبوا.",
    "وتسعى الفصائل إلى استعادة السيطرة على المعبر.",
    "ويدرس المجلس فرض حظر التجول في العاصمة.",
    // a happening a year or more back
    "وتأتي الزيارة بعد عامين على الهجوم الذي استهدف الكنيسة.",
    // words, not arms; a surprise set off
    "وهاجم النائب قرارات الحكومة الأخيرة.",
    "وفجر اللاعب مفاجأة في البطولة.",
    // figures of speech: targeting security, worries besieging, ideas demolished
    "وقال الوزير إن هذه الأعمال تستهدف أمن البلاد واستقرارها.",
    "ويعيش الرجل وحيدا تحاصره الهموم والديون.",
    "ويرى المحللون أن القرار ينسف فكرة الحوار من أساسها.",
    "وتعهدت الدول بالعمل معا على تدمير تنظيم داعش.",
    "ولجأت الحكومة إلى القضاء لحل النزاع.",
    "وقال الشيخ إنه يجب قتال الغزاة حتى النصر.",
    "والتقى الوزير بالمهندس أدهم الخطيب في مكتبه.",
    "وتتواصل الاستعدادات على جبهات القتال.",
    "وذبح المواطنون الأضاحي في أول أيام العيد.",
    "وهجر الكاتب الشعر بعد روايته الأولى.",
    "والتهمت النيران عشرات الهكتارات من الغابات.",
    // what is denied is not told
    "ونفى الجيش في بيان رسمي أن تكون قواته قد قصفت سوق المدينة.",
    "ونفت الحركة قصف الأحياء السكنية في المدينة.",
    // fearing across من; damage "from the shelling" refers back
    "وتخشى منظمات الإغاثة من موجة نزوح جديدة في المنطقة.",
    "وأعلنت وزارة الصحة أن المستشفى تعرض لأضرار جراء القصف.",
    // for the displaced; a movement's name with تحرير
    "ووزعت المنظمة مساعدات على مخيم كلمة للنازحين.",
    "وقالت الحركة الشعبية لتحرير السودان إنها مستعدة للتفاوض.",
    // the army's own words: "it targeted gunmen" names no doer in the gunmen
    "وزعم الجيش أنه استهدف مسلحين داخل المدرسة.",
    // trapped people, front lines, liquidating assets, sexual violence, hunting
    "وتم انتشال المحاصرين تحت الأنقاض.",
    "وتتواصل الاستعدادات على خطوط الاشتباك.",
    "وأعلنت الشركة تصفية أصولها في البلاد.",
    "وتعرضت كثيرات منهن لاعتداءات جنسية.",
    "ويقنص الصيادون الطيور في موسم الهجرة.",
    // a besieging of minds; francs
    "وقال إن المحاصرة الفكرية لا تؤدي إلى شيء.",
    "وبلغ سعر الفرنك السويسري مستوى قياسيا أمام اليورو.",
    "وجرفت السيول عشرات المنازل في القرية.",
    "ودهمت السيول الأحياء المنخفضة في المدينة.",
    "وانتشل الدفاع المدني جثث ثلاثة أشخاص جرفتهم السيول في الوادي.",
    "واستقبل المحافظ الشيخ محمد دهمان في مكتبه.",
    "وزار الوزير منطقة جرف الصخر جنوب بغداد.",
    "وقال إن التيه الذي يجرف الشباب خطر على المجتمع.",
    "ونفذت السلطات حكم الإعدام بحق المدان في السجن المركزي.",
    "وطالب النائب بإعدام المتورطين في الجريمة.",
    // the displaced as victims of an act
    "وقالت المنسقية إن المسلحين ارتكبوا فظائع بحق النازحين.",
    // a happening of a past year recalled before its trigger («قد شهدت في عام …»)
    "وكانت المدينة قد شهدت في عام 2019 تفجيرا انتحاريا استهدف سوقها الرئيسي.",
    "وتعرضت البلدة في 2017 لقصف عنيف دمر معظم منازلها.",
    // ordered, not yet done; "فجرا" is at dawn
    "وأمرت المحكمة بهدم المبنى المخالف في حي النصر.",
    "ووصلت القافلة إلى المدينة فجرا بعد رحلة طويلة.",
    // recalled («ويستذكر»، «ويستحضر»); shots into the air; a release from custody
    "ويستحضر السكان حرائق عام 2019، التي أحرق خلالها مسلحون عشرات المنازل في القرية.",
    "ويستذكر الأهالي القصف الذي دمر السوق قبل سنوات.",
    "وقال شهود إن عناصر الأمن أطلقوا النار في الهواء لتفريق المحتجين.",
    "وقررت المحكمة إخلاء سبيل عشرات المدنيين الموقوفين.",
    // years ago; those responsible, unnamed, name no doer of a call
    "وشهدت المدينة قبل عشر سنوات حصارا خانقا استمر أشهرا.",
    "ودعا الوزير إلى اعتقال المسؤولين عن الهجوم.",
    // a short imperfect kept whole ("يشنون") after قد or س is possible or future
    "وحذر مسؤولون من أن المسلحين قد يشنون هجمات انتقامية على القرى.",
    "وقال القائد إن الجيش سيشن هجوما على البلدة.",
    // feared or warned of, not told
    "وتخشى السلطات من سقوط صواريخ على المدينة.",
    "وحذرت المنظمة من سقوط قذائف على الأحياء السكنية.",
];

fn words(s: &str) -> String {
    riwaya_text::normalize_str(s)
}

fn has(got: &Option<riwaya_model::EntityRef>, want: &str) -> bool {
    match want {
        "*" => true,
        "" => got.is_none(),
        w => got.as_ref().is_some_and(|r| words(&r.text).contains(&words(w)) || words(w).contains(&words(&r.text))),
    }
}

#[test]
fn every_type_and_form() {
    let mut bad = Vec::new();
    for &(s, kind, agent, place) in CASES {
        let ev = events(s);
        let ok = if kind.is_empty() {
            ev.iter().all(|e| e.kind == "statement")
        } else {
            ev.iter().any(|e| (kind == "*" && e.kind != "statement" || e.kind == kind) && has(&e.agent, agent) && has(&e.place, place))
        };
        if !ok {
            bad.push(format!("{s}\n   want {kind} / {agent} / {place}\n   got  {}", describe(&ev)));
        }
    }
    for s in NOTHING {
        let ev: Vec<Event> = events(s).into_iter().filter(|e| e.kind != "statement").collect();
        if !ev.is_empty() {
            bad.push(format!("{s}\n   want nothing\n   got  {}", describe(&ev)));
        }
    }
    assert!(bad.is_empty(), "{} of {} cases fail:\n{}", bad.len(), CASES.len() + NOTHING.len(), bad.join("\n"));
}

fn describe(ev: &[Event]) -> String {
    ev.iter()
        .map(|e| {
            format!(
                "[{} / {} / {}]",
                e.kind,
                e.agent.as_ref().map_or("-", |a| a.text.as_str()),
                e.place.as_ref().map_or("-", |a| a.text.as_str())
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn exchanging_fire_is_one_clash_and_the_attackers_are_the_doers_told() {
    let ev = events("وقال المتحدث إن المسلحين وصلوا إلى المدرسة وتبادلوا إطلاق النار مع حراسها.");
    assert_eq!(ev.iter().filter(|e| e.kind != "statement").count(), 1, "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "clash"), "{}", describe(&ev));
    // gunmen, then "the attackers": one happening
    let ev = events("ونصب مسلحون كمينا لقافلة الإغاثة قرب البلدة. وقال السائقون إن المهاجمين أطلقوا النار على الشاحنات.");
    assert_eq!(ev.iter().filter(|e| e.kind == "attack").count(), 1, "{}", describe(&ev));
}

#[test]
fn doers_end_where_they_should() {
    let agent = |text: &str, kind: &str| {
        let ev = events(text);
        ev.iter().find(|e| e.kind == kind).map(|e| e.agent.as_ref().map(|a| a.text.clone())).unwrap_or_else(|| panic!("{}", describe(&ev)))
    };
    // the accused alone, not the accuser before it
    assert_eq!(agent("واتهمت الميليشيات الجيش بقصف الأحياء السكنية بالمدفعية.", "shelling").as_deref(), Some("الجيش"));
    // a doer's words end at a verb
    assert_eq!(agent("قُتل تسعة موظفين على أيدي عناصر مسلحة اقتحمت العيادة.", "attack").as_deref(), Some("عناصر مسلحة"));
    assert_eq!(agent("واقتُحم المستشفى من قبل مسلحين بحثوا عن جرحى.", "attack").as_deref(), Some("مسلحين"));
    assert_eq!(agent("وتعرض المخيم لإطلاق نار من قبل مسلحين ينتمون لقبيلة مجاورة.", "attack").as_deref(), Some("مسلحين"));
    // a claimant named before a governed name
    assert_eq!(agent("فجر انتحاري سيارة مفخخة قرب الفندق. وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم.", "bombing").as_deref(), Some("حركة الشباب"));
    // a force's head with a quoted name
    assert!(agent("وتحاصر فصائل \"جيش الفتح\" بلدتي الفوعة وكفريا منذ أشهر.", "siege").is_some());
    // a force with a pronoun is told by its party's name
    assert_eq!(agent("وقال المتحدث باسم قوات الدعم السريع إن قواتها سيطرت على المعسكر.", "takeover").as_deref(), Some("قوات الدعم السريع"));
    // a state after ل is no subject
    assert_ne!(agent("وقال إن تركيا سمحت للولايات المتحدة بشن غارات جوية على مواقع التنظيم.", "air_strike").as_deref(), Some("للولايات المتحدة"));
    // a verb with و opens its own clause: the name before it is the last clause's
    assert_ne!(agent("وقالت الجماعة إنها طهرت البلدة من المرتزقة وبسطت سيطرتها الكاملة عليها.", "control").as_deref(), Some("المرتزقة"));
    assert_eq!(agent("وقال شهود إن طائرة حربية حلقت فوق المدينة قبل أن تسقط قذائف على السوق.", "air_strike").as_deref(), Some("طائرة حربية"));
    // a clash after "بعد" is not the doer of the curfew's
    assert_eq!(agent("وفرضت السلطات حظر التجول بعد اشتباكات قبلية دامية.", "clash"), None);
    // drones after ب are the means, not the subject
    assert_eq!(agent("وشهدت المدينة انفجارات جراء قصف بالطائرات المسيرة استهدف مواقع الجيش.", "air_strike"), None);
}

#[test]
fn a_strike_with_its_toll_happened_and_is_the_one_told() {
    // Alone (its headline told it), it is an event.
    let ev = events("وأسفر الهجوم عن مقتل عشرات المدنيين في المخيم.");
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
    // After the strike told, it is that strike.
    let ev = events("شنت طائرات حربية غارات على المخيم فجر الأحد. وأسفر الهجوم عن مقتل عشرات المدنيين.");
    assert_eq!(ev.iter().filter(|e| e.kind != "statement").count(), 1, "{}", describe(&ev));
    // wherever its place is read
    let ev = events("قصفت طائرات حربية المستشفى. وقالت الوزارة إن القصف أسفر عن مقتل مئتي شخص وحملت الحكومة المسؤولية.");
    assert_eq!(ev.iter().filter(|e| e.kind != "statement").count(), 1, "{}", describe(&ev));
}

#[test]
fn drops_are_traced_with_their_rule() {
    let e = env();
    let text = "ونفى الجيش أن تكون قواته قد قصفت السوق. وإذا اقتحمت القوات المدينة فسوف يفر السكان.";
    let ments = e.rec.mentions_nested(text);
    let (ev, drops) = e.ex.extract_traced(text, &ments, &[], Some(PUBLISHED));
    assert!(ev.iter().all(|e| e.kind == "statement"), "{}", describe(&ev));
    let rules: Vec<&str> = drops.iter().map(|d| d.rule).collect();
    assert!(rules.contains(&"denied_that") && rules.contains(&"conditional"), "{rules:?}");
    assert!(drops.iter().all(|d| text[d.start..d.end] == d.trigger));
}

#[test]
fn date_from_the_sentence_else_publication() {
    let ev = events("وأمس الجمعة، قصفت طائرات التحالف مبنى المحكمة.");
    assert_eq!(ev[0].date.as_deref(), Some("2023-03-10"));
    let ev = events("قصفت طائرات التحالف مبنى المحكمة.");
    assert_eq!(ev[0].date.as_deref(), Some(PUBLISHED));
}

#[test]
fn the_day_of_the_report_is_not_the_day_of_the_event() {
    // PUBLISHED is Saturday 2023-03-11.
    let ev = events("ذكرت القناة، مساء الجمعة، أن التحقيق في قصف المستشفى يوم الخميس لم ينته.");
    let e = ev.iter().find(|e| e.kind == "shelling").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert_eq!(e.date.as_deref(), Some("2023-03-09"));
    // A later mention of the same kind of strike with no day keeps the lede's day.
    let ev = events("قصفت طائرات حربية مساء الخميس مبنى المحكمة في الرقة. وقال الأهالي إن غارات استهدفت حي الدرعية.");
    assert!(ev.iter().filter(|e| e.kind == "air_strike").all(|e| e.date.as_deref() == Some("2023-03-09")), "{:?}", ev.iter().map(|e| &e.date).collect::<Vec<_>>());
}

#[test]
fn destruction_as_a_consequence_is_the_strike() {
    let ev = events("وأصابت غارة جوية المستشفى مما أدى إلى تدمير قسم الطوارئ.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
    assert!(!ev.iter().any(|e| e.kind == "demolition"), "{}", describe(&ev));
    // Without a strike to belong to, it stays.
    let ev = events("وأقدمت الجرافات على هدم منازل في القرية مما أدى إلى تدمير الحي.");
    assert!(ev.iter().any(|e| e.kind == "demolition"), "{}", describe(&ev));
}

#[test]
fn targets_from_the_clause() {
    let target = |text: &str, kind: &str| {
        events(text).into_iter().find(|e| e.kind == kind).and_then(|e| e.target).map(|t| t.text)
    };
    assert_eq!(target("وقصف التحالف الدولي مواقع تنظيم داعش في الحسكة.", "shelling").as_deref(), Some("تنظيم داعش"));
    assert_eq!(target("شن تنظيم داعش هجوما على قوات سوريا الديمقراطية قرب السجن.", "attack").as_deref(), Some("قوات سوريا الديمقراطية"));
    // a place after في is where, not whom
    assert_eq!(target("اشتبكت قسد مع داعش في الحسكة.", "clash"), None);
    assert_eq!(target("قصفت طائرات حربية في ريف إدلب.", "air_strike"), None);
}

#[test]
fn attribution_chain_of_the_sentence() {
    let ev = events("وقال مصدر عسكري إن قوات النظام اقتحمت بلدة الكرك.");
    let e = ev.iter().find(|e| e.kind == "attack").expect("attack");
    assert_eq!(e.attribution.last().map(String::as_str), Some("مصدر عسكري"));
    // A frame opened after the event does not cover it.
    let ev = events("قصفت طائرات حربية مبنى المحكمة الذي يزعم الجيش بأن المسلحين يتحصنون فيه.");
    assert!(ev.iter().any(|e| e.kind == "air_strike" && e.attribution.is_empty()));
    // "جاء بيان X بعد …" says the statement came: the "بحسب" source of the clause speaks.
    let ev = events("وجاء بيان الجماعة بعد ساعات على إعلان الجيش السيطرة الكاملة على مطار المدينة، بحسب متحدثه سامر الخطيب.");
    let e = ev.iter().find(|e| e.kind == "control").expect("control");
    assert!(e.attribution.last().is_some_and(|s| s.contains("سامر الخطيب")), "{:?}", e.attribution);
    // A statement told later in the sentence does not cover what came before it.
    let ev = events("وعقب الإعلان استمرت الاشتباكات في أحياء المدينة، ليعود الجيش في بيان جديد، الادعاء بأن مسلحين ما زالوا يرفضون الاستسلام.");
    let e = ev.iter().find(|e| e.kind == "clash").expect("clash");
    assert!(e.attribution.is_empty(), "{:?}", e.attribution);
    // A report without a complement ends at "وذلك".
    let ev = events("أعلنت الجماعة مقتل عدد من الجنود، وذلك بعد ساعات على إعلان الجيش السيطرة الكاملة على مطار المدينة.");
    let e = ev.iter().find(|e| e.kind == "control").expect("control");
    assert!(!e.attribution.iter().any(|s| s.contains("الجماعة")), "{:?}", e.attribution);
    // An accusation is the accuser's account, though a denial with its own speaker follows;
    // the source ends before the accused.
    let ev = events("واتهم المرصد السوري لحقوق الإنسان قوات النظام بقصف المستشفى، لكن النظام نفى ذلك، مؤكدا أن المسلحين كانوا يتحصنون فيه.");
    let e = ev.iter().find(|e| e.kind == "shelling").expect("shelling");
    assert_eq!(e.attribution.last().map(String::as_str), Some("المرصد السوري لحقوق الإنسان"));
    // "بحسب متحدثها": a source noun with its pronoun.
    let ev = events("وسيطرت الجماعة على مطار المدينة، بحسب متحدثها سامر الخطيب.");
    let e = ev.iter().find(|e| e.kind == "takeover").expect("takeover");
    assert!(e.attribution.last().is_some_and(|s| s.contains("متحدثها")), "{:?}", e.attribution);
    // An imperfect verb in a relative clause describes a place in the outlet's words; a past
    // one is part of the report.
    let ev = events("وقال مصدر محلي إن الطائرات قصفت مدينة إدلب التي تسيطر عليها فصائل المعارضة.");
    assert!(ev.iter().any(|e| e.kind == "takeover" && e.attribution.is_empty()), "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "air_strike" && e.attribution.last().is_some_and(|s| s == "مصدر محلي")), "{}", describe(&ev));
    let ev = events("وقال مصدر محلي إن الطائرات قصفت المبنى الذي سيطر عليه المسلحون أمس.");
    assert!(ev.iter().any(|e| e.kind == "takeover" && e.attribution.last().is_some_and(|s| s == "مصدر محلي")), "{}", describe(&ev));
    // A country right before the reporting verb speaks, not the last source.
    let ev = events("قال مصدر طبي إن المستشفى امتلأ.\n\nإسرائيل تزعم أن صاروخا فاشلا أطلقته الحركة أصاب المستشفى\n");
    let e = ev.iter().find(|e| e.kind == "shelling").expect("shelling");
    assert_eq!(e.attribution.last().map(String::as_str), Some("إسرائيل"));
    // Videos that show a strike are no speaker: no earlier source is carried to them.
    let ev = events("وقال مصدر عسكري إن الاشتباكات توقفت. وأمس، أظهرت تسجيلات مصورة طائرات حربية تقصف مبنى البلدية الذي يزعم الجيش بأن المسلحين يتحصنون فيه.");
    let e = ev.iter().find(|e| e.kind == "air_strike").expect("air_strike");
    assert!(e.attribution.is_empty(), "{:?}", e.attribution);
}

#[test]
fn one_event_per_happening() {
    let text = "شنت قسد حملة اعتقالات في حي غويران. وأضاف البيان أن قسد نفذت اعتقالات واسعة في حي غويران.";
    let ev: Vec<Event> = events(text).into_iter().filter(|e| e.kind == "arrest").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    // A vaguer account (no place) joins the specific one.
    let text = "شنت طائرات التحالف غارات جديدة. واستهدفت طائرات التحالف مبنى المحكمة في مدينة الرقة.";
    let ev: Vec<Event> = events(text).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].place.as_ref().unwrap().text.contains("المحكمة"));
    // A strike told again with its doer ("هجوم التنظيم على السجن") is the bombing told.
    let text = "انفجرت سيارة مفخخة عند بوابة سجن البلدة. وقال المتحدث إن هجوم تنظيم داعش على سجن البلدة فشل.";
    let ev: Vec<Event> = events(text).into_iter().filter(|e| e.kind != "statement").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert_eq!(ev[0].kind, "bombing");
}

#[test]
fn prisoners_escape_and_crowds_are_displaced() {
    let ev = events("وتمكن السجناء من الفرار من السجن المركزي.");
    assert!(ev.iter().any(|e| e.kind == "escape"), "{}", describe(&ev));
    let ev = events("وفر آلاف السكان من القرية بعد الهجوم.");
    assert!(ev.iter().any(|e| e.kind == "displacement") && !ev.iter().any(|e| e.kind == "escape"), "{}", describe(&ev));
    // Fighters fleeing are no displaced people.
    let ev = events("وفر المسلحون من البلدة باتجاه الجبال.");
    assert!(ev.iter().any(|e| e.kind == "escape") && !ev.iter().any(|e| e.kind == "displacement"), "{}", describe(&ev));
    // Attackers getting away after their act, toward somewhere, escape nothing.
    let ev = events("وقال قائد الشرطة إن المهاجمين فروا نحو الحدود بعد الهجوم على الحافلة.");
    assert!(!ev.iter().any(|e| e.kind == "escape"), "{}", describe(&ev));
    // "وفّر" (provided) is no flight.
    assert!(events("ووفرت الحكومة الخيام للسكان.").iter().all(|e| e.kind == "statement"));
}

#[test]
fn a_generic_name_for_an_armed_actor_is_told_by_its_full_name() {
    let ev = events("قالت مصادر إن ميليشيا الدعم السريع هاجمت القرية. وأعلن الجيش أنه تصدى لهجوم واسع شنته الميليشيا على المدينة.");
    let e = ev.iter().find(|e| e.kind == "attack" && e.place.as_ref().is_some_and(|p| p.text.contains("المدينة")));
    assert!(e.is_some_and(|e| e.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع"))), "{}", describe(&ev));
}

#[test]
fn a_denial_about_a_strike_told_is_no_happening_of_its_own() {
    let ev = events("قتل عشرون شخصا في غارة جوية على مستشفى الرحمة. ونفى الجيش مسؤوليته عن هجوم على المستشفى.");
    assert!(ev.iter().all(|e| !e.denied), "{}", describe(&ev));
    assert_eq!(ev.iter().filter(|e| e.kind != "statement").count(), 1, "{}", describe(&ev));
}

#[test]
fn the_displaced_are_one_happening_driven_by_an_armed_party() {
    let ev = events("ونزح آلاف السكان من المدينة تحت وطأة القصف وتحذيرات الجيش الإسرائيلي. وقالت المنظمة إن عدد النازحين تجاوز عشرة آلاف.");
    let d: Vec<&Event> = ev.iter().filter(|e| e.kind == "displacement").collect();
    assert_eq!(d.len(), 1, "{}", describe(&ev));
    assert!(d[0].agent.as_ref().is_some_and(|a| a.text.contains("الجيش")), "{}", describe(&ev));
}

#[test]
fn a_claim_names_the_doer_of_the_strike_told() {
    let ev = events("قتل عشرة أشخاص في تفجير سيارة مفخخة في سوق المدينة. وتبنى تنظيم داعش الهجوم في بيان.");
    let b: Vec<&Event> = ev.iter().filter(|e| e.kind != "statement").collect();
    assert_eq!(b.len(), 1, "{}", describe(&ev));
    assert!(b[0].kind == "bombing" && b[0].agent.as_ref().is_some_and(|a| a.text.contains("داعش")), "{}", describe(&ev));
    let ev = events("انفجرت سيارة مفخخة قرب حاجز للجيش. وأعلنت جماعة مسلحة مسؤوليتها عن التفجير.");
    let b: Vec<&Event> = ev.iter().filter(|e| e.kind != "statement").collect();
    assert_eq!(b.len(), 1, "{}", describe(&ev));
    // Another party's word that someone is responsible stays its own account.
    let ev = events("وقال الجيش إن غارة جوية أصابت المستشفى. وقالت الحركة إن الجيش مسؤول عن الغارة.");
    assert!(ev.iter().filter(|e| e.kind == "air_strike").count() >= 1, "{}", describe(&ev));
}

#[test]
fn the_suspects_act_is_not_the_announcers() {
    let ev = events("أعلن الجيش توقيف ثلاثة أشخاص يشتبه في تورطهم بإطلاق صواريخ من جنوب البلاد.");
    assert!(ev.iter().any(|e| e.kind == "arrest" && e.agent.as_ref().is_some_and(|a| a.text.contains("الجيش"))), "{}", describe(&ev));
    assert!(!ev.iter().any(|e| e.kind == "shelling" && e.agent.as_ref().is_some_and(|a| a.text.contains("الجيش"))), "{}", describe(&ev));
}

#[test]
fn acts_told_without_a_doer_are_the_one_armed_partys() {
    let ev = events("هاجمت قوات الدعم السريع قرية الدوير فجر السبت. وتم إحراق السوق ومئات المنازل في القرية.");
    let d = ev.iter().find(|e| e.kind == "demolition").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(d.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع")), "{}", describe(&ev));
    // Two parties named: no guess.
    let ev = events("قصف الجيش السوداني مواقع في المدينة. وهاجمت قوات الدعم السريع قرية الدوير. وتم إحراق السوق في القرية.");
    let d = ev.iter().find(|e| e.kind == "demolition").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(d.agent.is_none(), "{}", describe(&ev));
}

#[test]
fn a_campaign_going_on_is_not_its_strike() {
    let text = "قتل عشرون مدنيا في قصف الجيش لمستشفى الرحمة في مدينة الصور. ويواصل الجيش غاراته على الأحياء السكنية.";
    let ev: Vec<Event> = events(text).into_iter().filter(|e| e.kind == "air_strike" || e.kind == "shelling").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
}

#[test]
fn a_place_named_again_by_its_head_is_the_same_happening() {
    let text = "هاجمت قوات الدعم السريع معسكر أبو جلبة للنازحين. وقال شهود إن عناصر الدعم السريع اقتحموا المعسكر وأحرقوا السوق.";
    let ev: Vec<Event> = events(text).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].place.as_ref().is_some_and(|p| p.text.contains("أبو جلبة")), "{}", describe(&ev));
    // Two named places are two happenings.
    let text = "هاجمت قوات الدعم السريع معسكر أبو جلبة. وهاجمت قوات الدعم السريع بلدة الصور.";
    assert_eq!(events(text).iter().filter(|e| e.kind == "attack").count(), 2);
}

#[test]
fn a_denied_responsibility_is_kept_as_denied() {
    let ev = events("ونفى الجيش مسؤوليته عن هجوم على السوق.");
    let e = ev.iter().find(|e| e.kind == "attack").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.denied);
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الجيش")), "{}", describe(&ev));
    // "X لم تكن مسؤولة": denied, with X as the doer.
    let ev = events("وقال المسؤولون إن جماعة مسلحة لم تكن مسؤولة عن هجوم على السوق.");
    let e = ev.iter().find(|e| e.kind == "attack").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.denied && e.agent.as_ref().is_some_and(|a| a.text == "جماعة مسلحة"), "{}", describe(&ev));
    // Denying responsibility for "the attack" (told before) reports nothing new.
    assert!(events("ونفى الجيش مسؤوليته عن الهجوم على السوق.").iter().all(|e| e.kind == "statement"));
    // Competing accounts of one strike stay apart, each with its doer.
    let ev = events("وقالت الوزارة إن المستشفى دمر في غارة إسرائيلية. وقال الجيش إنه صاروخ فاشل أطلقته حركة مسلحة.");
    assert!(ev.iter().any(|e| e.kind == "air_strike" && e.agent.as_ref().is_some_and(|a| a.text.contains("إسرائيلية"))), "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "shelling" && e.agent.as_ref().is_some_and(|a| a.text.contains("حركة"))), "{}", describe(&ev));
    // An account from another source that names no doer stays apart from one that does.
    let ev = events("وقال الجيش إن صاروخا فاشلا أطلقته حركة مسلحة سقط قرب المستشفى. وقالت وكالة فرانس برس إن سقوط صاروخ أمام المستشفى سبب الانفجار.");
    assert_eq!(ev.iter().filter(|e| e.kind == "shelling").count(), 2, "{}", describe(&ev));
    // An account naming no doer is not merged into one party's accusation.
    let ev = events("واتهمت الحركة إسرائيل بقصف المستشفى. وقالت الوكالة إن سقوط صاروخ أمام المستشفى أدى إلى الانفجار.");
    assert_eq!(ev.iter().filter(|e| e.kind == "shelling").count(), 2, "{}", describe(&ev));
}

#[test]
fn an_event_without_a_place_happened_where_the_article_is_set() {
    let ev = events("عاد الهدوء إلى مدينة الرقة بعد ليلة صعبة. وفي الرقة قال الأهالي إن الوضع صعب. وقال مسؤول إن مئات النازحين وصلوا أمس.");
    let e = ev.iter().find(|e| e.kind == "displacement").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("الرقة")), "{}", describe(&ev));
}

#[test]
fn text_without_triggers_is_cheap_and_empty() {
    assert!(events("قال الرئيس إن الاقتصاد يتحسن هذا العام.").is_empty());
    assert!(events("").is_empty());
}


#[test]
fn competing_accusations_are_each_the_accusers_account() {
    // "حمّل X Y المسؤولية": X holds Y responsible; X is the source.
    let ev = events("حمّلت الحكومة المتمردين مسؤولية الهجوم على قافلة الإغاثة.");
    assert!(ev.iter().any(|e| e.kind == "attack" && e.attribution.iter().any(|a| a.contains("الحكومة"))), "{}", describe(&ev));
    let ev = events("اتهمت حركة حماس الجيش الإسرائيلي بارتكاب مجزرة في مخيم النصيرات.");
    assert!(ev.iter().any(|e| e.kind == "attack" && e.attribution.iter().any(|a| a.contains("حماس"))), "{}", describe(&ev));
    // The accused is the doer, the accuser the source, even when the attributor sees no frame;
    // a name ending right before the accused is the accuser, not part of the accused's name.
    let ev = events("واتهم الجيش قوات الدعم السريع بمهاجمة المخيم وقتل المدنيين.");
    let e = ev.iter().find(|e| e.kind == "attack").expect("attack");
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع")), "{:?}", e.agent);
    assert_eq!(e.attribution, vec!["الجيش".to_string()]);
    let ev = events("فيما اتهمت قوات الدعم السريع الجيش بشن هجمات على المدنيين في المدينة.");
    let e = ev.iter().find(|e| e.kind == "attack").expect("attack");
    assert_eq!(e.agent.as_ref().map(|a| a.text.as_str()), Some("الجيش"));
    assert!(e.attribution.last().is_some_and(|s| s.contains("الدعم السريع")), "{:?}", e.attribution);
}

#[test]
fn a_party_announcing_its_own_act_did_it() {
    let ev = events("وأعلنت قوات الدعم السريع في بيان أنها سيطرت على المخيم بالكامل.");
    let e = ev.iter().find(|e| matches!(e.kind.as_str(), "takeover" | "control")).expect("takeover");
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع")), "{:?}", e.agent);
    // A pronoun of someone else's report is no armed announcer: no doer is made up.
    let ev = events("وقالت المنظمة إنها رصدت نزوح آلاف الأسر من المخيم.");
    assert!(ev.iter().filter(|e| e.kind == "displacement").all(|e| e.agent.is_none()), "{:?}", ev);
}

#[test]
fn a_party_held_responsible_is_not_the_doer_of_every_strike() {
    // One account blames a group for a rocket; another tells an air strike with no doer: the
    // strike is not the group's.
    let ev = events("وقال الجيش إن جماعة مسلحة مسؤولة عن الهجوم الصاروخي على المستشفى. وقالت الوزارة إن المستشفى تعرض لغارة جوية.");
    let e = ev.iter().find(|e| e.kind == "air_strike").expect("air strike");
    assert!(e.agent.is_none(), "{}", describe(&ev));
}

#[test]
fn a_party_accused_of_an_attack_still_did_the_rest_of_it() {
    // One party named, accused of the attack: the burning told without a doer is its too.
    let ev = events("واتهم الجيش قوات الدعم السريع بمهاجمة معسكر أبو جلبة. وتم إحراق السوق الرئيسي في المعسكر.");
    let e = ev.iter().find(|e| e.kind == "demolition").expect("demolition");
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع")), "{}", describe(&ev));
}

/// A headline told again in the body, whose clause names the headline's town around its own
/// site, is one happening; another town's strike stays apart.
#[test]
fn headline_told_again_in_the_body_is_one_event() {
    let one = "مقتل أربعة مدنيين بقصف للجيش على سوق في مدينة الهدى\n\nالهدى - قتل أربعة مدنيين اليوم في قصف مدفعي نفذه الجيش على سوق الخضار في مدينة الهدى، حسب مصادر طبية.";
    let n = events(one).iter().filter(|e| e.kind.as_str() == "shelling").count();
    assert_eq!(n, 1, "{:?}", events(one));
    let two = "مقتل أربعة مدنيين بقصف للجيش على سوق في مدينة الهدى\n\nوفي مدينة النور، قتل طفل في قصف مدفعي نفذه الجيش على سوق الخضار في البلدة القديمة.";
    let n = events(two).iter().filter(|e| e.kind.as_str() == "shelling").count();
    assert_eq!(n, 2, "{:?}", events(two));
}

/// An article whose only named doer is a state force: its roadside bomb is not that force's.
#[test]
fn a_state_force_named_alone_is_no_bomber() {
    let t = "شن طيران الجيش العراقي غارة على مواقع لتنظيم داعش في وادي الشاي. وقتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية.";
    let ev = events(t);
    let b = ev.iter().find(|e| e.kind.as_str() == "bombing").expect("a bombing");
    assert!(b.agent.is_none(), "{ev:?}");
}

/// The short lines under "اقرأ أيضا" (other articles' headlines) tell nothing of this one; the
/// body's own strike is told, and a body paragraph after the block is read again.
#[test]
fn related_links_are_other_articles() {
    let t = "قصفت مدفعية الجيش بلدة الهدى صباح اليوم.\nاقرأ أيضا:\n- غارات جوية تستهدف مواقع المسلحين في جبل النور\nاعتقالات واسعة في حي النصر\n";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind != "statement" && e.kind != "other").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert_eq!(ev[0].kind, "shelling", "{}", describe(&ev));
    let inline = "قصفت مدفعية الجيش بلدة الهدى صباح اليوم.\nاقرأ أيضا: غارات جوية تستهدف مواقع المسلحين في جبل النور\n";
    assert!(events(inline).iter().all(|e| e.kind != "air_strike"), "{}", describe(&events(inline)));
    let after = format!("اقرأ أيضا:\nعنوان خبر آخر\n{}", "وفي سياق آخر، اعتقلت قوات الأمن خمسة مطلوبين في حي النصر بعد مداهمة منازلهم في ساعة مبكرة من صباح اليوم وسط إطلاق نار كثيف من الجانبين استمر ساعة.");
    assert!(events(&after).iter().any(|e| e.kind == "arrest"), "{}", describe(&events(&after)));
}

/// A headline with no named place ("… وسط المدينة") is the body's one happening of its kind
/// and doer, told again; the first sentence of a body (a dateline, a full stop) is no headline.
#[test]
fn headline_without_a_named_place_is_the_body_s_event() {
    let t = "اغتيال ناشط برصاص مسلحين وسط المدينة\nالنور - اغتال مسلحون مجهولون الناشط سامي علي أمام منزله في حي الزهور بمدينة النور.\nوقالت الشرطة إن المهاجمين أطلقوا عليه عدة رصاصات.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    // (a line of page furniture before the headline)
    let furn = format!("الرئيسية / أخبار\n{t}");
    let ev: Vec<Event> = events(&furn).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    let two = "مأرب - أحبطت قوات الجيش هجوما شنته ميليشيا الحوثي على مواقعها غربي المحافظة.\nوفي تعز، هاجمت ميليشيا الحوثي حاجزا للجيش في حي الزهور.";
    let ev: Vec<Event> = events(two).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
}

/// A place told by a pronoun («في محيطها») is the one named last before it: in its sentence
/// (inside a body's name that runs on over it, too), else in the sentence before; an article
/// with no place the lexicon knows is set where its dateline is.
#[test]
fn pronoun_places_and_the_dateline() {
    let t = "نهب مسلحون مخازن برنامج الأغذية العالمي في بلدة كوري، قبل أن تندلع معارك في محيطها.";
    let ev = events(t);
    let e = ev.iter().find(|e| e.kind == "clash").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("كوري")), "{}", describe(&ev));
    let t = "وصل آلاف النازحين إلى مدينة حلب خلال الأسبوع.\nواندلعت اشتباكات عنيفة فيها مساء اليوم.";
    let ev = events(t);
    let e = ev.iter().find(|e| e.kind == "clash").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("حلب")), "{}", describe(&ev));
    let t = "كوري باي - فرضت السلطات حظر التجول في العاصمة لمدة ثلاثة أيام بعد أعمال شغب.";
    let ev = events(t);
    let e = ev.iter().find(|e| e.kind == "curfew").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text == "كوري باي"), "{}", describe(&ev));
}

/// The scene of an incident cordoned off is no siege; a detachment of a force
/// («قوة من الدرك») names the force; a headline's bare «بلدة» yields to the body's named town.
#[test]
fn cordons_detachments_and_named_towns() {
    for t in ["وطوقت الشرطة موقع الانفجار ومنعت الاقتراب منه.", "وفرضت قوات الأمن طوقا أمنيا حول مكان الحادث."] {
        let ev = events(t);
        assert!(ev.iter().all(|e| e.kind != "siege"), "{t}: {}", describe(&ev));
    }
    let ev = events("وطوقت قوات الجيش بلدة الهدى من ثلاث جهات.");
    assert!(ev.iter().any(|e| e.kind == "siege"), "{}", describe(&ev));
    let ev = events("داهمت قوة من الدرك منزلا في حي الزهور بالعاصمة، واعتقلت رجلين.");
    let e = ev.iter().find(|e| e.kind == "arrest").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الدرك")), "{}", describe(&ev));
    // (not strength: "بقوة من الداخل")
    let ev = events("وضربت العاصفة المدينة بقوة من الشمال.");
    assert!(ev.iter().all(|e| e.agent.is_none()), "{}", describe(&ev));
    let t = "مسلحون يقتحمون بلدة في شمال البلاد\nالنور - اقتحم مسلحون بلدة كاروا فجر الأحد، وفق مصادر محلية.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].place.as_ref().is_some_and(|p| p.text.contains("كاروا")), "{}", describe(&ev));
}

/// Crowds that take refuge with a figure before the place, fire set with its doer and a time
/// aside before the site, a single captive freed: told.
#[test]
fn refuge_arson_and_one_captive_freed() {
    let ev = events("ولجأ نحو خمسة آلاف شخص إلى محيط قاعدة البعثة.");
    assert!(ev.iter().any(|e| e.kind == "displacement"), "{}", describe(&ev));
    let ev = events("أضرم مسلحون مجهولون النار، فجر الخميس، في السوق الرئيسي بمدينة النور.");
    let e = ev.iter().find(|e| e.kind == "demolition").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("مسلحون")), "{}", describe(&ev));
    let ev = events("وأعلنت الشرطة أن قواتها حررت مختطفا من قبضة عصابة في محافظة النور.");
    assert!(ev.iter().any(|e| e.kind == "release"), "{}", describe(&ev));
    // (fire set to no site: "أضرم النار في نفسه")
    let ev = events("أضرم شاب النار في نفسه أمام مبنى البلدية احتجاجا على البطالة.");
    assert!(ev.iter().all(|e| e.kind != "demolition"), "{}", describe(&ev));
}

/// A headline whose place the lede words otherwise (the province, then the town in it) is
/// the lede's one happening of its kind; its named doer (a claim's too) goes to the lede's
/// «مسلحون». Not when the lede tells two of that kind, nor with another doer named.
#[test]
fn headline_told_again_by_the_lede_in_other_words() {
    let t = "انتحاري يفجر سيارة مفخخة عند حاجز في محافظة النور\nالنور - قتل ستة جنود إثر تفجير انتحاري استهدف حاجزا عند مدخل بلدة الهدى، حسب مصادر أمنية.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "bombing").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].place.as_ref().is_some_and(|p| p.text.contains("الهدى")), "{}", describe(&ev));
    let t = "مقتل خمسة جنود في كمين بمحافظة النور\nالنور - قتل خمسة جنود في كمين نصبه مسلحون لدورية على طريق بلدة الهدى.\nوتبنت جبهة الوادي الهجوم في بيان.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].agent.as_ref().is_some_and(|a| a.text.contains("جبهة الوادي")), "{}", describe(&ev));
    // (two of the kind in the lede: which one the headline tells is not known)
    let t = "غارات جوية على محافظة النور\nالنور - شنت طائرات حربية غارة على بلدة الهدى صباحا، ثم شنت طائرات مسيرة غارة أخرى على قرية السلام مساء.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert!(ev.len() >= 2, "{}", describe(&ev));
    // (another doer named in the lede: another account)
    let t = "جبهة الوادي تهاجم حاجزا في محافظة النور\nالنور - هاجمت قوات الجيش مواقع لجبهة التحرير قرب بلدة الهدى.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
}

/// Years ago a little past the place («كانت قد اختطفت في حي X وسط المدينة قبل عامين») is
/// background; «بين حين وآخر» tells what happens now and then; a verb with و after a comma
/// goes on where the clause before it was.
#[test]
fn years_ago_further_now_and_then_and_a_chained_verb_s_place() {
    let ev = events("أفرجت جماعة مسلحة عن باحثة كانت قد اختطفت في حي الزهور وسط مدينة النور قبل عامين.");
    assert!(ev.iter().all(|e| e.kind != "hostage_taking"), "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "release"), "{}", describe(&ev));
    // (not past a relative clause: "التي شهدت قبل عامين" is the place's past)
    let ev = events("خطف مسلحون طبيبا في بلدة الهدى التي شهدت قبل عامين معارك عنيفة.");
    assert!(ev.iter().any(|e| e.kind == "hostage_taking"), "{}", describe(&ev));
    for t in ["وتشهد العاصمة بين حين وآخر عمليات خطف لأغراض مالية.", "وتتعرض القرى من حين لآخر لهجمات المسلحين."] {
        let ev = events(t);
        assert!(ev.iter().all(|e| e.kind != "hostage_taking" && e.kind != "attack"), "{t}: {}", describe(&ev));
    }
    let ev = events("وأعلن الجيش أن قواته حررت مختطفا من قبضة عصابة في بلدة الهدى، واعتقلت ثلاثة من أفرادها.");
    let e = ev.iter().find(|e| e.kind == "arrest").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("الهدى")), "{}", describe(&ev));
}

/// A verb of saying is no word of a name the lexicon lacks («وفق ما أعلن جيش X المتمرد الذي
/// …»); a foreign village's two-letter word («قرية كياوك ني ماو») is no adjective; an island
/// with its name is a place, «الجزيرة» alone (the channel) is none.
#[test]
fn saying_ends_a_name_short_foreign_words_and_islands() {
    let ev = events("وفق ما أعلن جيش الوادي المتمرد الذي يسيطر على معظم الولاية.");
    assert!(ev.iter().all(|e| e.agent.as_ref().is_none_or(|a| !a.text.contains("أعلن"))), "{}", describe(&ev));
    let ev = events("قصفت طائرة حربية تابعة للجيش حفل زفاف في قرية كياوك ني ماو بجزيرة رامري.");
    let e = ev.iter().find(|e| e.kind == "air_strike").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("ني ماو")), "{}", describe(&ev));
    let ev = events("قصفت الطائرات جزيرة كامارا فجر اليوم.");
    let e = ev.iter().find(|e| e.kind == "air_strike").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("كامارا")), "{}", describe(&ev));
    let ev = events("وقال مراسل الجزيرة إن الطائرات قصفت المدينة.");
    assert!(ev.iter().all(|e| e.place.as_ref().is_none_or(|p| !p.text.contains("الجزيرة"))), "{}", describe(&ev));
    // (a nisba of three letters is still an adjective: "قرية السلام بري" is no name)
    let ev = events("شن الطيران قصفا على قرية السلام بري وجوي.");
    assert!(ev.iter().all(|e| e.place.as_ref().is_none_or(|p| !p.text.contains("بري"))), "{}", describe(&ev));
}

/// A site whose genitive names its people («منازل المواطنين في حي X») yields to the named
/// place after it; a kind of site before a broad place told by heads alone («مخيم للنازحين
/// في ضواحي المدينة») is where it happened.
#[test]
fn sites_of_people_and_sites_before_unnamed_outskirts() {
    let ev = events("وأفاد مسعفون بأن قذائف عشوائية سقطت على منازل المواطنين في حي الزهور.");
    let e = ev.iter().find(|e| e.kind == "shelling").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("الزهور")), "{}", describe(&ev));
    let ev = events("وقال مسؤول إن قذائف الهاون سقطت على مخيم للنازحين في ضواحي المدينة.");
    let e = ev.iter().find(|e| e.kind == "shelling").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("مخيم")), "{}", describe(&ev));
    // (a named place after في still wins; heads alone with nothing before stay)
    let ev = events("سقطت قذائف على مخيم للنازحين في بلدة الهدى.");
    let e = ev.iter().find(|e| e.kind == "shelling").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("الهدى")), "{}", describe(&ev));
    let ev = events("قصفت الطائرات أطراف المدينة.");
    let e = ev.iter().find(|e| e.kind == "air_strike").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("أطراف المدينة")), "{}", describe(&ev));
}

/// Authorities or rescuers who evacuate people are no doers of the displacement; an armed
/// party that drives them out is.
#[test]
fn evacuating_authorities_are_no_doers() {
    for t in ["امتدت النيران إلى ثلاث قرى، ما دفع السلطات إلى إجلاء مئات العائلات من منازلها.", "أخلت فرق الدفاع المدني عشرات العائلات من الحي بعد أن غمرته المياه."] {
        let ev = events(t);
        let e = ev.iter().find(|e| e.kind == "displacement").unwrap_or_else(|| panic!("{t}: {}", describe(&ev)));
        assert!(e.agent.is_none(), "{t}: {}", describe(&ev));
    }
    let ev = events("وأجبرت قوات الدعم السريع آلاف السكان على النزوح من القرية.");
    let e = ev.iter().find(|e| e.kind == "displacement").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.agent.as_ref().is_some_and(|a| a.text.contains("الدعم السريع")), "{}", describe(&ev));
}

/// A region the names found as «إقليم X-ي» with its own definite adjective («إقليم شبيلي
/// السفلى») is a place, not a kind of region, also past a dateline and a long clause.
#[test]
fn a_region_with_its_own_adjective_past_a_dateline() {
    let t = "مقديشو - قتل أربعة جنود عندما انفجرت عبوة ناسفة زرعت على جانب الطريق لدى مرور قافلة في إقليم شبيلي السفلى.";
    let ev = events(t);
    let e = ev.iter().find(|e| e.kind == "bombing").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("شبيلي")), "{}", describe(&ev));
    // (a kind of site with a word of time after it takes no name from it)
    let ev = events("مقديشو - قصفت الطائرات مقرا عسكريا الليلة الماضية.");
    assert!(ev.iter().all(|e| e.place.as_ref().is_none_or(|p| !p.text.contains("الليلة"))), "{}", describe(&ev));
}

/// A cordon that keeps people off («طوقت الشرطة المنطقة ومنعت المارة من الاقتراب») is the
/// scene of an incident closed, no siege; a siege that keeps aid out still is one.
#[test]
fn a_cordon_that_keeps_people_off_is_no_siege() {
    for t in ["وطوقت الشرطة المنطقة ومنعت المارة من الاقتراب.", "وطوق المسلحون المدرسة ومنعوا الصحفيين من الاقتراب منها."] {
        let ev = events(t);
        assert!(ev.iter().all(|e| e.kind != "siege"), "{t}: {}", describe(&ev));
    }
    let ev = events("وحاصرت قوات الجيش بلدة الهدى ومنعت دخول المساعدات إليها.");
    assert!(ev.iter().any(|e| e.kind == "siege"), "{}", describe(&ev));
}

/// Storming to retake a place («تقتحم وحدات من الجيش السجن وتستعيد السيطرة عليه») is told by
/// the control; gangs storming a prison to free its inmates, or forces storming and
/// arresting, still attacked.
#[test]
fn storming_to_retake_is_the_control() {
    let ev = events("قبل أن تقتحم وحدات من الجيش والشرطة السجن وتستعيد السيطرة عليه فجر الإثنين.");
    assert!(ev.iter().any(|e| e.kind == "control"), "{}", describe(&ev));
    assert!(ev.iter().all(|e| e.kind != "attack"), "{}", describe(&ev));
    let ev = events("اقتحمت عصابات مسلحة السجن المركزي في العاصمة ليل السبت، وأطلقت سراح السجناء.");
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
}

/// «إن المهاجمين استهدفوا السوق» after a fire set to the market is that happening told again
/// (the attackers by their definite noun); a strike on another site stays apart.
#[test]
fn the_attackers_targeting_the_burnt_site_is_the_arson() {
    let t = "أضرم مسلحون النار في السوق الرئيسي بمدينة النور فجر الخميس.\nوقال الحاكم إن المهاجمين استهدفوا السوق لأن التجار رفضوا الإضراب.";
    let ev = events(t);
    assert!(ev.iter().any(|e| e.kind == "demolition"), "{}", describe(&ev));
    assert!(ev.iter().all(|e| e.kind != "attack"), "{}", describe(&ev));
    let t = "أضرم مسلحون النار في السوق الرئيسي بمدينة النور فجر الخميس.\nوقال الحاكم إن المهاجمين استهدفوا مركز الشرطة في بلدة الهدى.";
    let ev = events(t);
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
}

/// A writer who ends a settlement's head in ة and the word after it in يه wrote a foreign name
/// («بلدة ميرباليه»), not an adjective in ية; «بلدة حدودية» stays a kind of town.
#[test]
fn a_foreign_name_in_yeh_ha_after_a_head_in_ta_marbuta() {
    let ev = events("سيطرت عصابات مسلحة على بلدة ميرباليه وسط البلاد بعد هجوم استهدف مركز الشرطة.");
    let e = ev.iter().find(|e| e.kind == "takeover").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.place.as_ref().is_some_and(|p| p.text.contains("ميرباليه")), "{}", describe(&ev));
    let ev = events("سيطرت عصابات مسلحة على بلدة حدودية بعد هجوم استهدف مركز الشرطة.");
    assert!(ev.iter().all(|e| e.place.as_ref().is_none_or(|p| !p.text.contains("حدودية"))), "{}", describe(&ev));
}

/// «قرية بإقليم X»: a bare kind of place and a head glued to ب are no village named «بإقليم»;
/// the place is the province, which holds the lede's village. A plural verb's subject is the
/// people named by what they do a little before it («على يد مسلحين يشتبه في انتمائهم إلى X
/// هاجموا القرية»).
#[test]
fn a_head_glued_to_ba_and_a_plural_verb_s_subject() {
    let t = "مقتل 20 مدنيا في هجوم على قرية بإقليم إيتوري\nبونيا - قتل 20 مدنيا على يد مسلحين يشتبه في انتمائهم إلى جماعة متمردة هاجموا قرية مامباسا الواقعة في إقليم إيتوري.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].place.as_ref().is_some_and(|p| p.text.contains("مامباسا")), "{}", describe(&ev));
    assert!(ev[0].agent.as_ref().is_some_and(|a| a.text.contains("مسلحين")), "{}", describe(&ev));
    // (a plural verb with no such people before it names no doer)
    let ev = events("وقال السكان إنهم هاجموا القرية فجرا.");
    assert!(ev.iter().all(|e| e.agent.as_ref().is_none_or(|a| !a.text.contains("السكان"))), "{}", describe(&ev));
}

/// A month of a past year right after a trigger («اعتداءات أكتوبر 2002»، «تشرين الأول/أكتوبر
/// 2002») is background; a day's full date is not («غارات يوم 3 أكتوبر …»).
#[test]
fn a_month_of_a_past_year_after_the_trigger() {
    for t in ["وذكر البيان اعتداءات اكتوبر 2002 ضد قوات مشاة البحرية في جزيرة فيلكا.", "ونددت الوزارة باعتداءات تشرين الاول/اكتوبر 2002 ضد القوات في جزيرة فيلكا."] {
        let ev = events(t);
        assert!(ev.iter().all(|e| e.kind != "attack"), "{t}: {}", describe(&ev));
    }
    let ev = events("شنت الطائرات غارات يوم 3 أكتوبر 2024 على بلدة الهدى.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
}

/// Another strike on the same place on another day is a happening of its own: one dated by
/// its own words to another day («الخميس الماضي»، «خلال الشهر الماضي»), or told as another
/// («غارات أخرى»); the same strike told again on its day, or with no day, is one.
#[test]
fn another_strike_on_the_same_place_on_another_day() {
    let t = "قصفت الطائرات مدينة الهدى مساء الأربعاء.\nوكانت الطائرات قد قصفت المدينة الخميس الماضي.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
    let t = "قصفت الطائرات مدينة الهدى مساء الأربعاء.\nوقال شهود إن الطائرات قصفت المدينة مساء الأربعاء بعدة صواريخ.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    let t = "شنت الطائرات غارات على ميناء الهدى مساء الأربعاء.\nكما استهدفت غارات أخرى ميناء النور شمال المدينة.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
    // (two strikes in a dual: «غارتين»)
    let ev = events("شن الطيران الحربي غارتين على أطراف بلدة الهدى.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
}

/// «المرة الثالثة التي يتعرض فيها المخيم لهجوم»: a count of times with a clause on it says how
/// often, not a happening; «للمرة الثالثة، قصفت الطائرات المخيم» tells one.
#[test]
fn a_count_of_times_is_no_happening() {
    for t in ["وهذه هي المرة الثالثة خلال شهر التي يتعرض فيها المخيم لهجوم.", "وتعد هذه ثاني مرة تتعرض فيها البلدة لهجوم منذ مطلع العام."] {
        let ev = events(t);
        assert!(ev.iter().all(|e| e.kind != "attack"), "{t}: {}", describe(&ev));
    }
    let ev = events("للمرة الثالثة خلال شهر، قصفت الطائرات مخيم الهدى للنازحين.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
}

/// Raiders told before who flee («قبل أن يفروا») withdraw: no escape; prisoners who flee escape.
#[test]
fn raiders_withdrawing_are_no_escape() {
    let ev = events("وقال البيان إن المهاجمين أحرقوا المنازل ونهبوا المواشي قبل أن يفروا باتجاه الحدود.");
    assert!(ev.iter().all(|e| e.kind != "escape"), "{}", describe(&ev));
    let ev = events("وفر السجناء من السجن المركزي في مدينة الهدى.");
    assert!(ev.iter().any(|e| e.kind == "escape"), "{}", describe(&ev));
}

/// A headline told again in the body is one event: its doer told by a nisba («مسيرة حوثية»)
/// is the party the body names («جماعة الحوثي»); a place word glued to ب («ببنغلاديش») is the
/// body's «بنغلاديش»; a word in ي after a feminine head («بمنطقة تيلابيري») a name; a headline's
/// «الهجوم» over a body that tells a bombing and no attack is that bombing. Another party's
/// strike in the body stays its own.
#[test]
fn a_headline_told_again_by_a_nisba_a_glued_place_and_its_kind() {
    let count = |t: &str, k: &str| events(t).into_iter().filter(|e| e.kind == k).count();
    let t = "مسيرة حوثية تستهدف مخيما للنازحين في مأرب\nمأرب - قتل ثلاثة نازحين مساء السبت جراء استهداف طائرة مسيرة أطلقتها جماعة الحوثي مخيم الهدى للنازحين جنوب مدينة مأرب.";
    assert_eq!(count(t, "air_strike"), 1, "{}", describe(&events(t)));
    let t = "مسيرة حوثية تستهدف مخيما للنازحين في مأرب\nمأرب - قتل ثلاثة نازحين مساء السبت جراء غارة شنها طيران التحالف على مخيم الهدى للنازحين جنوب مدينة مأرب.";
    assert_eq!(count(t, "air_strike"), 2, "{}", describe(&events(t)));
    let t = "مقتل ثلاثة في اشتباكات داخل مخيم للاجئين ببنغلاديش\nدكا - قتل ثلاثة لاجئين فجر الاثنين في اشتباكات اندلعت بين جماعتين داخل مخيم الهدى جنوب شرقي بنغلاديش.";
    assert_eq!(count(t, "clash"), 1, "{}", describe(&events(t)));
    let t = "النيجر: عشرات القتلى في هجمات على ثلاث قرى بمنطقة تيلابيري\nنيامي - هاجم مسلحون يوم الجمعة قرى الهدى والنور في منطقة تيلابيري غربي النيجر.";
    assert_eq!(count(t, "attack"), 1, "{}", describe(&events(t)));
    let t = "إدانات واسعة للهجوم على مقر أمني في عدن\nعدن - توالت الإدانات للهجوم الانتحاري الذي استهدف مقر القوات في مديرية الهدى بمدينة عدن مساء السبت.";
    let ev = events(t);
    assert_eq!(ev.iter().filter(|e| e.kind == "attack" || e.kind == "bombing").count(), 1, "{}", describe(&ev));
    let t = "إدانات واسعة للهجوم على مقر أمني في عدن\nعدن - هاجم مسلحون مقر القوات في مديرية الهدى بمدينة عدن مساء السبت، وانفجرت سيارة مفخخة قرب سوق المدينة.";
    let ev = events(t);
    assert!(ev.iter().any(|e| e.kind == "attack") && ev.iter().any(|e| e.kind == "bombing"), "{}", describe(&ev));
}

/// «وتشهد المخيمات منذ سنوات عمليات خطف»: what goes on for years is background; «لأول مرة
/// منذ سنوات، شنت الطائرات غارات» and a strike on a place held for years are happenings. A verb
/// right after a strike's noun («غارة جوية استهدفت مسلحين») has the strike for its subject:
/// what follows it is no doer.
#[test]
fn for_years_is_background_and_a_strike_s_verb_names_its_target() {
    let ev = events("وتشهد المخيمات منذ سنوات عمليات خطف تنسب إلى جماعات مسلحة.");
    assert!(ev.iter().all(|e| e.kind != "hostage_taking"), "{}", describe(&ev));
    let ev = events("ولأول مرة منذ سنوات، شنت الطائرات غارات على مدينة الهدى.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
    let ev = events("خطف مسلحون طبيبا في مدينة الهدى التي تسيطر عليها الحركة منذ سنوات.");
    assert!(ev.iter().any(|e| e.kind == "hostage_taking"), "{}", describe(&ev));
    let ev = events("أعلنت القيادة الأمريكية أنها نفذت غارة جوية استهدفت مسلحين قرب مدينة الهدى.");
    let e = ev.iter().find(|e| e.kind == "air_strike").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(e.agent.as_ref().is_none_or(|a| !a.text.contains("مسلحين")), "{}", describe(&ev));
    let ev = events("استهدفت مسلحون حاجزا للجيش قرب مدينة الهدى.");
    assert!(ev.iter().any(|e| e.agent.as_ref().is_some_and(|a| a.text.contains("مسلحون"))), "{}", describe(&ev));
}

/// What is done as a rule («غارات منتظمة»، «التي تقول إن قواتها تستهدف …»), a clause of «حين» on
/// a past year, and a relative verb past a word of time («الغارة بعد يوم من هجوم شنه …») tell
/// no happening of their own; the same words told of a day do.
#[test]
fn as_a_rule_a_past_year_s_when_and_a_relative_past_a_time_word() {
    let ev = events("وتنفذ الولايات المتحدة غارات منتظمة في الصومال دعما للحكومة.");
    assert!(ev.iter().all(|e| e.kind != "air_strike"), "{}", describe(&ev));
    let ev = events("ونفذت الولايات المتحدة غارات على مواقع الحركة في الصومال يوم الأحد.");
    assert!(ev.iter().any(|e| e.kind == "air_strike"), "{}", describe(&ev));
    let ev = events("ولم يصدر تعليق من أنقرة، التي تقول إن قواتها تستهدف إرهابيين في شمال العراق.");
    assert!(ev.iter().all(|e| e.kind == "statement" || e.kind == "other"), "{}", describe(&ev));
    let ev = events("وقال السكان إن الطائرات تقصف المدينة منذ الصباح.");
    assert!(ev.iter().any(|e| e.kind == "air_strike" || e.kind == "shelling"), "{}", describe(&ev));
    let ev = events("ويخشى مراقبون من العودة إلى أجواء العام الماضي، حين شنت الجماعة عشرات الهجمات على السفن.");
    assert!(ev.iter().all(|e| e.kind != "attack"), "{}", describe(&ev));
    let ev = events("وقال الشهود إن الوضع كان هادئا، حين شنت الجماعة هجوما على البلدة فجر الأحد.");
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
    let ev = events("وجاءت الغارة بعد يوم من هجوم شنه مقاتلو الحركة على قاعدة للجيش في بلدة الهدى.");
    assert!(ev.iter().all(|e| e.kind != "air_strike"), "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
}

/// An aircraft with no owner named («طائرة عسكرية»، «الطيران الحربي») is no party: the same
/// strike told with its owner («الجيش») is one happening, with that doer; an aircraft with its
/// owner («طائرات التحالف») is a party of its own.
#[test]
fn an_aircraft_with_no_owner_is_the_strike_s_instrument() {
    let t = "قصف الجيش بالطيران مخيم الهدى للنازحين في ولاية النور\nالنور - قُتل 11 شخصا ليل الجمعة عندما قصفت طائرة عسكرية مخيم الهدى للنازحين قرب مدينة النور.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    assert!(ev[0].agent.as_ref().is_some_and(|a| a.text.contains("الجيش")), "{}", describe(&ev));
    let t = "قصفت طائرات التحالف مخيم الهدى للنازحين قرب مدينة النور ليل الجمعة.\nوقال شهود إن طائرات الجيش قصفت مخيم الهدى للنازحين قرب مدينة النور ليل الجمعة.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
}

/// «هجوم بقذائف الهاون استهدف القصر» is one shelling; «أعلن سلاح الجو استمرار الغارات» is the
/// campaign, apart from one of its strikes told on its day.
#[test]
fn a_mortar_attack_is_shelling_and_a_campaign_s_noun_of_going_on() {
    let ev = events("وقال الشهود إن هجوما بقذائف الهاون استهدف القصر الرئاسي في مدينة الهدى مساء الأحد.");
    assert!(ev.iter().any(|e| e.kind == "shelling") && ev.iter().all(|e| e.kind != "attack"), "{}", describe(&ev));
    let ev = events("وشن مسلحون هجوما على القصر الرئاسي في مدينة الهدى مساء الأحد.");
    assert!(ev.iter().any(|e| e.kind == "attack"), "{}", describe(&ev));
    let t = "أعلن سلاح الجو استمرار الغارات الجوية على مواقع الميليشيات في مدينة الهدى، وقال مصدر إن الميليشيات فقدت الكثير من عناصرها في غارة نفذها الطيران الحربي مساء الأحد.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
}

/// «مواقع يعتقد أن عناصر الحركة أطلقوا منها القذائف» says where the shelling told before was
/// fired from: no second shelling; with no shelling told before it is one.
#[test]
fn where_a_strike_was_fired_from_is_that_strike() {
    let t = "سقطت عدة قذائف هاون مساء السبت داخل مطار مدينة الهدى، وتبنت الحركة القصف.\nورد الجيش بقصف مدفعي على مواقع يعتقد أن عناصر الحركة أطلقوا منها القذائف في ضواحي المدينة.";
    let ev = events(t);
    let by_group = ev.iter().filter(|e| e.kind == "shelling" && e.agent.as_ref().is_some_and(|a| a.text.contains("الحركة"))).count();
    assert!(by_group <= 1, "{}", describe(&ev));
    assert!(ev.iter().any(|e| e.kind == "shelling" && e.agent.as_ref().is_some_and(|a| a.text.contains("الجيش"))), "{}", describe(&ev));
    let ev = events("وقال الجيش إن عناصر الحركة أطلقوا منها قذائف على مدينة الهدى مساء السبت.");
    assert!(ev.iter().any(|e| e.kind == "shelling"), "{}", describe(&ev));
}

/// «غارة مماثلة كانت قد استهدفت مدرسة» is another strike, even in the sentence of the one it
/// is likened to, and its time dates it, not the strike told before «مضيفا أن»; «هجمات
/// مماثلة» after a plural is the kind of act, no second happening.
#[test]
fn a_similar_strike_is_another_one() {
    let t = "قصفت طائرة مسيرة سوق بلدة النور صباح الثلاثاء، مضيفا أن غارة مماثلة كانت قد استهدفت مدرسة في البلدة نفسها قبل ثلاثة أسابيع.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 2, "{}", describe(&ev));
    let t = "هاجم مسلحون قرية النور فجر الأحد، ويتهم السكان الجماعة بتنفيذ هجمات مماثلة.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
    // (one strike told twice in a sentence stays one)
    let t = "قصفت طائرة مسيرة سوق بلدة النور صباح الثلاثاء، بعد أن استهدفت الطائرة السوق بصاروخين.";
    let ev: Vec<Event> = events(t).into_iter().filter(|e| e.kind == "air_strike").collect();
    assert_eq!(ev.len(), 1, "{}", describe(&ev));
}

/// «توغلت من مناطق "X، Y" إلى عمق مخيم Z»: a force's way from one place to another is an
/// act where it went; fleeing from X to Y happened at X; a sentence that ends after the
/// first place keeps it.
#[test]
fn the_way_a_force_came_is_no_place_of_the_act() {
    let ev = events("وقال شهود إن قوة مسلحة توغلت من مناطق “العبيدية، الحصين” إلى عمق مخيم الرشيد، وأطلقت النار على السكان.");
    let a = ev.iter().find(|e| e.kind == "attack").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(has(&a.place, "مخيم الرشيد"), "{}", describe(&ev));
    let ev = events("ونزح مئات السكان من قرية العبيدية إلى بلدة الحصين.");
    let d = ev.iter().find(|e| e.kind == "displacement").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(has(&d.place, "العبيدية"), "{}", describe(&ev));
    let ev = events("وتوغلت القوات من قرية العبيدية. ثم انسحبت إلى بلدة الحصين.");
    let a = ev.iter().find(|e| e.kind == "attack").unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(has(&a.place, "العبيدية"), "{}", describe(&ev));
}
