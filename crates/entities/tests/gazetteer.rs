//! Gazetteer places in running text, and ordinary words that must not be read as places.

mod common;
use common::rec;

fn places(text: &str) -> Vec<(String, String)> {
    rec()
        .mentions(text)
        .into_iter()
        .filter(|m| m.entity.starts_with("gn-"))
        .map(|m| (m.text, m.entity))
        .collect()
}

#[test]
fn gazetteer_towns_are_found_with_their_proclitics() {
    let p = places("وصلت قافلة المساعدات إلى زليتن ومنها إلى بني وليد مساء أمس.");
    let names: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
    assert!(names.contains(&"زليتن") && names.contains(&"بني وليد"), "{p:?}");
    let geo = rec().lexicon().geo(&p[0].1).unwrap();
    assert_eq!(geo.country, "LY");
}

#[test]
fn ordinary_sentences_name_no_gazetteer_place() {
    for s in [
        "طالب المتظاهرون بالحرية والكرامة والعدالة، واحتفلوا بالنصر في الساحة.",
        "رفع المقاتلون الراية البيضاء بعد أن عاد الأمان إلى الشوارع.",
        "قالت الوزارة إن الثورة مستمرة وإن السلام ممكن في المدينة.",
        "أكد الرئيس براك أوباما أن الوحدة الوطنية أساس الاستقرار.",
        "وصل الأمير إلى القرية الجديدة في الجنوب لتفقد السوق والمحطة.",
        "أعلنت الحكومة عن خطة لإعادة الإعمار تشمل المدارس والمستشفيات والطرق.",
    ] {
        assert!(places(s).is_empty(), "{s}: {:?}", places(s));
    }
}

#[test]
fn a_small_town_is_named_by_its_head_then_by_its_bare_name() {
    let v = rec().mentions("قصفت الطائرات بلدة جنديرس فجراً، ونزح سكان جنديرس نحو المخيمات.");
    let ids: Vec<&str> = v.iter().filter(|m| m.text.contains("جنديرس")).map(|m| m.entity.as_str()).collect();
    assert_eq!(ids.len(), 2, "{v:?}");
    assert!(ids[0].starts_with("gn-") && ids[0] == ids[1], "{v:?}");
    // Alone, with no head in the text, the one-word name of a small town is not read.
    assert!(places("نزح سكان جنديرس نحو المخيمات.").is_empty());
}

#[test]
fn a_site_in_a_known_place_is_placed_near_it() {
    let lex = rec().lexicon();
    let v = rec().mentions("اندلع حريق في مرفأ زليتن صباحاً.");
    let m = v.iter().find(|m| m.text == "مرفأ زليتن").expect("a site in a gazetteer town");
    let g = riwaya_entities::place_geo(lex, &m.entity).expect("geo of the town");
    assert_eq!((g.country.as_str(), g.precision), ("LY", 2));
    assert!(riwaya_entities::place_geo(lex, "place:مستشفي-الرحمه").is_none());
}

#[test]
fn the_worlds_countries_of_conflict_news_and_their_capitals_are_places() {
    for (s, name, iso) in [
        ("قتل 20 جنديا في هجوم على ثكنة في مالي أمس.", "مالي", "ML"),
        ("وفي بوركينا فاسو قتل 30 شخصا في هجوم على قرية.", "بوركينا فاسو", "BF"),
        ("نزح آلاف المدنيين في جمهورية أفريقيا الوسطى.", "جمهورية أفريقيا الوسطى", "CF"),
        ("انفجر مستودع ذخيرة في كينشاسا ليلا.", "كينشاسا", "CD"),
        ("وصل الوفد إلى واغادوغو قادما من باماكو.", "واغادوغو", "BF"),
        ("هاجم مسلحون بلدة قرب مايدوغوري في نيجيريا.", "مايدوغوري", "NG"),
        ("فر آلاف الروهينغا من ميانمار إلى بنغلاديش.", "ميانمار", "MM"),
    ] {
        // (gazetteer rows or hand-written places, which win over them)
        let v = rec().mentions(s);
        let hit = v.iter().find(|m| m.text == name).unwrap_or_else(|| panic!("{s}: {v:?}"));
        assert_eq!(rec().lexicon().geo(&hit.entity).map(|g| g.country), Some(iso.to_string()), "{s}");
    }
}

#[test]
fn country_names_that_are_words_count_only_where_a_place_stands() {
    // «مالي» financial, «بنين» sons; «هوية» is no Huế (its name folds onto the word).
    for s in [
        "قدمت المنظمة دعم مالي للأسر النازحة.",
        "رزقه الله بنين وبنات.",
        "طالب المتظاهرون بإثبات هوية المعتقلين.",
    ] {
        let v = rec().mentions(s);
        assert!(v.iter().all(|m| rec().lexicon().geo(&m.entity).is_none()), "{s}: {v:?}");
    }
    let v = rec().mentions("وقعت اشتباكات في بنين ونيجيريا.");
    assert_eq!(v.iter().filter(|m| rec().lexicon().geo(&m.entity).is_some()).count(), 2, "{v:?}");
}
