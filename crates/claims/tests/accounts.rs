//! Session 6 constructions, in sentences written for these tests: competing accounts in one
//! sentence (each figure takes the speaker of its own clause), people named by nationality,
//! «المئة» as a hundred beside the percent, and sources in more wordings.

mod common;

use riwaya_claims::ClaimExtractor;
use riwaya_model::Claim;

fn run(text: &str) -> Vec<Claim> {
    let n = common::names();
    let m = n.mentions(text);
    ClaimExtractor::new().extract(text, &m, &|id| n.subject_of(id))
}

fn one(text: &str, kind: &str, low: u64) -> Claim {
    let c = run(text);
    c.iter()
        .find(|c| c.quantity == kind && c.low == Some(low))
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} {low} in {text}: {:?}", c.iter().map(|c| (&c.quantity, c.low, c.high, &c.text)).collect::<Vec<_>>()))
}

fn src(text: &str, kind: &str, low: u64) -> Vec<String> {
    one(text, kind, low).attribution
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| s.to_string()).collect()
}

#[test]
fn each_account_takes_its_own_speaker() {
    let t = "قالت وزارة الصحة إن 45 شخصا قتلوا في القصف، بينما قال الجيش إن 12 مسلحا قتلوا في العملية.";
    assert_eq!(src(t, "killed", 45), v(&["وزارة الصحة"]));
    assert_eq!(src(t, "killed", 12), v(&["الجيش"]));
    let t = "قالت الشرطة إن 8 أشخاص قتلوا، في حين قالت مصادر طبية إن 14 شخصا لقوا حتفهم.";
    assert_eq!(src(t, "killed", 8), v(&["الشرطة"]));
    assert_eq!(src(t, "killed", 14), v(&["مصادر طبية"]));
    let t = "أكد الجيش مقتل 35 من عناصر الجماعة، فيما قالت مصادر محلية إن 17 مدنيا قتلوا في القصف.";
    assert_eq!(src(t, "killed", 35), v(&["الجيش"]));
    assert_eq!(src(t, "killed", 17), v(&["مصادر محلية"]));
    let t = "قال المسؤول إن 20 شخصا أصيبوا، إلا أن مصادر طبية قالت إن 40 شخصا أصيبوا.";
    assert_eq!(src(t, "wounded", 40), v(&["مصادر طبية"]));
    // a sentence-wide source before the second account covers only its own clause
    let t = "قتل 3 أشخاص، بحسب وزارة الصحة، فيما أفادت مصادر محلية بأن الحصيلة بلغت 9 قتلى.";
    assert_eq!(src(t, "killed", 3), v(&["وزارة الصحة"]));
    assert_eq!(src(t, "killed", 9), v(&["مصادر محلية"]));
    // a second speaker named after "و" at a clause's start reports beside the first
    let t = "قالت الشرطة إن 6 أشخاص قتلوا، وقال مسؤول طبي إن 11 شخصا أصيبوا.";
    assert_eq!(src(t, "wounded", 11), v(&["مسؤول طبي"]));
}

#[test]
fn a_relay_without_a_second_account_still_nests() {
    // no contrast between: the minister is the agency's source
    let t = "ذكرت الوكالة أن وزير الصحة قال إن 30 شخصا قتلوا.";
    assert_eq!(src(t, "killed", 30), v(&["الوكالة", "وزير الصحة"]));
    // more figures of the same speaker after "فيما" keep that speaker
    let t = "قالت وزارة الصحة إن 25 شخصا قتلوا، فيما أصيب 60 آخرون.";
    assert_eq!(src(t, "wounded", 60), v(&["وزارة الصحة"]));
    // a denial after "فيما" with no figure of its own changes nothing before it
    let t = "قال المرصد إن 20 مدنيا قتلوا، فيما نفت الوزارة ذلك.";
    assert_eq!(src(t, "killed", 20), v(&["المرصد"]));
}
