//! Events are placed on the map from the lexicon and its gazetteer.

use riwaya_extract::Extractor;
use riwaya_model::Article;

#[test]
fn an_event_in_a_gazetteer_town_gets_its_coordinates() {
    let (x, _) = Extractor::new(&[]).unwrap();
    let mut a = Article { published: Some("2023-09-12".into()), ..Article::new("t1", "قصفت طائرات مسيرة مدينة زليتن الليبية أمس، ما أدى إلى مقتل ثلاثة أشخاص.") };
    x.extract(&mut a);
    let placed: Vec<_> = a.events.iter().filter_map(|e| e.geo.as_ref()).collect();
    assert!(!placed.is_empty(), "{:?}", a.events);
    let g = placed[0];
    assert_eq!((g.country.as_str(), g.precision), ("LY", 1));
    assert!((g.latitude - 32.47).abs() < 0.1 && (g.longitude - 14.57).abs() < 0.1, "{g:?}");
}
