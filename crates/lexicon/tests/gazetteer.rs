//! The GeoNames gazetteer: its rows load under the hand-written places, with coordinates,
//! country and admin1, and hand-written places win where both name one place.

use riwaya_lexicon::{Lexicon, NameKind};
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("embedded lexicon loads"))
}

fn place_id(name: &str) -> Option<String> {
    lex().lookup_name(name).into_iter().find(|(_, k)| *k != NameKind::Short).map(|(e, _)| e.id().to_string())
}

#[test]
fn a_town_of_the_gazetteer_has_its_coordinates_country_and_admin1() {
    let id = place_id("زليتن").expect("Zliten is in the gazetteer");
    let g = lex().geo(&id).expect("geo");
    assert_eq!(g.country, "LY");
    assert!((g.lat - 32.47).abs() < 0.1 && (g.lon - 14.57).abs() < 0.1, "{g:?}");
    assert_eq!(g.admin1.as_deref(), Some("Misrata"));
    assert_eq!(g.precision, 1);
    // A small town: its one-word name is short (it may be a word), «مدينة X» is full.
    let id = place_id("مدينة جنديرس").expect("Jindires");
    let g = lex().geo(&id).unwrap();
    assert_eq!((g.country.as_str(), g.admin1.as_deref()), ("SY", Some("Aleppo")));
    let bare = lex().lookup_name("جنديرس");
    assert!(bare.iter().all(|(_, k)| *k == NameKind::Short) && bare.iter().any(|(e, _)| e.id() == id), "{bare:?}");
}

#[test]
fn hand_written_places_win_and_get_a_country() {
    // «حلب» is hand-written: the gazetteer adds no second Aleppo.
    let hits = lex().lookup_name("حلب");
    assert_eq!(hits.iter().filter(|(_, k)| *k != NameKind::Short).count(), 1);
    assert!(!hits[0].0.id().starts_with("gn-"));
    // A hand-written town is placed in its country through its parents.
    let g = lex().geo(hits[0].0.id()).expect("geo for a hand-written city");
    assert_eq!(g.country, "SY");
    // Countries keep their hand-written ids.
    assert_eq!(place_id("ليبيا").as_deref(), Some("libya"));
    assert_eq!(lex().geo("libya").unwrap().precision, 3);
}

#[test]
fn a_division_names_its_country_and_itself() {
    let id = place_id("محافظة صلاح الدين").expect("Salah al-Din governorate");
    let g = lex().geo(&id).unwrap();
    assert_eq!((g.country.as_str(), g.precision), ("IQ", 3));
}

#[test]
fn common_words_are_no_places() {
    for w in ["الحرية", "النصر", "الثورة", "السلام", "الكرامة", "المدينة", "البيضاء", "أمان", "براك"] {
        let gaz: Vec<String> = lex()
            .lookup_name(w)
            .into_iter()
            .map(|(e, _)| e.id().to_string())
            .filter(|id| id.starts_with("gn-"))
            .collect();
        assert!(gaz.is_empty(), "{w} is read as {gaz:?}");
    }
}

#[test]
fn unknown_ids_have_no_geo() {
    assert!(lex().geo("no-such-place").is_none());
    assert!(lex().geo("isis").is_none());
}
