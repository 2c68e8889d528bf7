use super::*;

fn ev(text: &str) -> Vec<Event> {
    EventExtractor::new().extract(text, &[], &[], Some("2022-01-22"))
}

#[test]
fn data_loads() {
    let x = EventExtractor::new();
    assert!(x.kinds.len() >= 16);
}

#[test]
fn bombing_noun() {
    let e = ev("وقع تفجير في السوق المركزي");
    assert_eq!(e[0].kind, "bombing");
}
