//! A page with no full stop is one "sentence": each figure in it keeps a window of it as
//! its sentence, not a copy of the whole (issue 14: a 3.9 MB one-sentence article took 20 s).

use riwaya_claims::ClaimExtractor;

#[test]
fn figures_in_a_run_on_sentence_keep_a_bounded_window() {
    let mut text = String::new();
    let mut i = 1;
    while text.len() < 600_000 {
        text += &format!("وقال المسؤول إن القصف أدى إلى مقتل {i} أشخاص في المدينة و");
        i += 1;
    }
    let claims = ClaimExtractor::new().extract(&text, &[], &|_| None);
    assert!(claims.len() > 1000, "{}", claims.len());
    for c in &claims {
        assert!(c.sentence.len() <= 4096 + c.text.len() + 8, "{}", c.sentence.len());
        assert!(c.sentence.contains(&c.text));
        assert_eq!(&text[c.start..c.end], c.text);
    }
    // An ordinary sentence is kept whole.
    let s = "قتل 5 أشخاص في قصف على المدينة.";
    assert_eq!(ClaimExtractor::new().extract(s, &[], &|_| None)[0].sentence, s);
}

/// Second accounts, relays and breakdowns in one run-on sentence stay linear.
#[test]
fn second_accounts_in_a_run_on_sentence() {
    let mut text = String::from("أما حصيلة المصابين، فقالت الوزارة إن ");
    let mut i = 1;
    while text.len() < 300_000 {
        text += &format!("في البلدة بـ {i} حالة، بينما قالت مصادر إن {} شخصا قتلوا، نقلا عن شهود، و", i + 1);
        i += 2;
    }
    let t = std::time::Instant::now();
    let claims = ClaimExtractor::new().extract(&text, &[], &|_| None);
    assert!(claims.len() > 1000, "{}", claims.len());
    assert!(t.elapsed().as_secs() < 60, "{:?}", t.elapsed());
}
