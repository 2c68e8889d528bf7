//! «لل» before a name that begins with ل (ل + لبنان, written «للبنان»), with the real name
//! recogniser (the lexicon's places are what make «لبنان» a name).

use riwaya_extract::Extractor;
use riwaya_model::Claim;

fn killed(text: &str) -> Vec<Claim> {
    let (ex, _) = Extractor::new(&[]).expect("the embedded data loads");
    ex.claims_of(text, None).into_iter().filter(|c| c.quantity == "killed").collect()
}

#[test]
fn a_name_after_lam_keeps_its_lam() {
    // The lede and the body name one source: one claim.
    let c = killed("قتل 6 مسعفين، بحسب المنسق الخاص للبنان. وقال المنسق الخاص في لبنان إن 6 مسعفين قتلوا.");
    assert_eq!(c.len(), 1, "{c:?}");
    let c = killed("قتل 6 مسعفين، بحسب المبعوث الخاص لليبيا. وقال المبعوث الخاص إلى ليبيا إن 6 مسعفين قتلوا.");
    assert_eq!(c.len(), 1, "{c:?}");
    // a noun with the article is still read with it: two sources, two claims
    let c = killed("قتل 6 مسعفين، بحسب المنسق الخاص للمنظمة. وقال المنسق الخاص في لبنان إن 6 مسعفين قتلوا.");
    assert_eq!(c.len(), 2, "{c:?}");
}
