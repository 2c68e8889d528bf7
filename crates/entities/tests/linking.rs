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
