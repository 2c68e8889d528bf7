//! Clustering and triangulation on small fictional articles written for these tests.

use super::*;
use riwaya_model::{Article, Claim, Source};

fn article(id: &str, outlet: &str, published: &str, title: &str, text: &str) -> Article {
    Article {
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        title: Some(title.into()),
        ..Article::new(id, text)
    }
}

pub(crate) fn claim(quantity: &str, subject: Option<&str>, low: Option<u64>, high: Option<u64>, source: Option<&str>, date: &str) -> Claim {
    Claim {
        quantity: quantity.parse().unwrap(),
        subject: subject.map(Into::into),
        low,
        high,
        approx: false,
        vague: false,
        text: format!("{quantity} {low:?}"),
        attribution: source.map(|s| vec![s.to_string()]).unwrap_or_default(),
        sources: source.map(|s| vec![Source { text: s.into(), entity: None }]).unwrap_or_default(),
        hedge: None,
        date: Some(date.into()),
        date_source: Some("published".into()),
        event: None,
        denied: false,
        denied_by: Vec::new(),
        part_of: None,
        additional: false,
        start: 0,
        end: 1,
        sentence: String::new(),
    }
}

const BOMBING: &str = "فجر انتحاري حزاماً ناسفاً داخل مسجد في بلدة وادي السنابل أثناء صلاة الظهر، \
    ما أدى إلى مقتل مصلين وإصابة آخرين، وهرعت سيارات الإسعاف إلى المسجد المستهدف في البلدة الجبلية. \
    وطوقت قوات الأمن محيط المسجد وأغلقت الطرق المؤدية إلى وادي السنابل بحثاً عن شركاء المنفذ.";
const BOMBING_2: &str = "قتل مصلون بتفجير انتحاري استهدف مسجداً في وادي السنابل ظهر اليوم، \
    وقالت مصادر طبية إن المستشفى استقبل جرحى التفجير، بينما أغلقت قوات الأمن الطرق المؤدية إلى البلدة الجبلية \
    وبدأت التحقيق في هوية الانتحاري الذي فجر حزامه الناسف داخل المسجد.";
const FLOOD: &str = "غمرت السيول شوارع مدينة الساحل الشرقي بعد أمطار غزيرة استمرت ساعات، \
    وأعلن الدفاع المدني إجلاء عائلات من الأحياء المنخفضة، فيما تعطلت حركة المرور على الطريق الساحلي \
    وانقطعت الكهرباء عن عدد من المنازل القريبة من مجرى الوادي.";
const BOMBING_OTHER: &str = "فجر انتحاري سيارة مفخخة قرب سوق الخضار في مدينة تلال الريح شمالاً، \
    وأسفر الانفجار عن دمار في المحال التجارية المحيطة بالسوق الشعبي، وطوقت قوات الأمن المدينة \
    بحثاً عن مشتبه بهم ساعدوا في تجهيز السيارة المفخخة في ورشة قريبة.";

fn run(arts: &[Article]) -> Stories {
    let mut s = Stories::new(StoryConfig::default());
    s.add_batch(arts.iter().map(digest).collect());
    s
}

#[test]
fn same_event_grouped_other_news_apart() {
    let arts = [
        article("a", "One", "2031-05-02", "تفجير انتحاري في مسجد بوادي السنابل", BOMBING),
        article("b", "Two", "2031-05-02", "قتلى بتفجير انتحاري في مسجد وادي السنابل", BOMBING_2),
        article("c", "Three", "2031-05-02", "سيول تغمر مدينة الساحل الشرقي", FLOOD),
    ];
    let s = run(&arts);
    let st = s.stories(false);
    assert_eq!(st.len(), 1, "{:?}", st.iter().map(|x| &x.articles).collect::<Vec<_>>());
    let ids: Vec<&str> = st[0].articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(s.story_of().get("c"), None);
}

#[test]
fn near_copies_marked_and_grouped() {
    let copy = format!("{BOMBING} وأضاف المصدر أن التحقيق مستمر.");
    let arts = [
        article("a", "Agency", "2031-05-02", "تفجير في مسجد", BOMBING),
        article("b", "Daily", "2031-05-02", "تفجير في مسجد", &copy),
    ];
    let s = run(&arts);
    let st = s.stories(false);
    assert_eq!(st[0].articles[1].near_duplicate_of.as_deref(), Some("a"));
    assert_eq!(st[0].articles[0].near_duplicate_of, None);
}

#[test]
fn two_bombings_a_week_apart_stay_apart() {
    let arts = [
        article("a", "One", "2031-05-02", "تفجير انتحاري في مسجد بوادي السنابل", BOMBING),
        article("b", "Two", "2031-05-02", "قتلى بتفجير في وادي السنابل", BOMBING_2),
        article("c", "One", "2031-05-09", "سيارة مفخخة في سوق تلال الريح", BOMBING_OTHER),
        article("d", "Three", "2031-05-09", "انفجار سيارة مفخخة في سوق تلال الريح", &format!("{BOMBING_OTHER} وقال شهود إن الانفجار هز المدينة.")),
    ];
    let s = run(&arts);
    let of = s.story_of();
    assert_eq!(of.get("a"), of.get("b"));
    assert_eq!(of.get("c"), of.get("d"));
    assert_ne!(of.get("c"), of.get("a"));
}

#[test]
fn adding_a_batch_reports_what_changed() {
    let mut s = Stories::new(StoryConfig::default());
    let c1 = s.add_batch(vec![digest(&article("a", "One", "2031-05-02", "تفجير في مسجد", BOMBING))]);
    assert!(c1.new_stories.is_empty());
    let c2 = s.add_batch(vec![digest(&article("b", "Two", "2031-05-02", "قتلى بتفجير في مسجد", BOMBING_2))]);
    assert_eq!(c2.new_stories, ["s0"]);
    let c3 = s.add_batch(vec![digest(&article("c", "Three", "2031-05-03", "تفجير في مسجد", &format!("{BOMBING_2} وتواصلت التحقيقات.")))]);
    assert_eq!(c3.grown, ["s0"]);
}

/// A story of the given claims, each told at one place (a village named in its sentence),
/// so that figures can be compared as one incident.
fn story_with(claims: Vec<(&str, &str, Claim)>) -> Story {
    let mut arts: Vec<Article> = Vec::new();
    for (i, (id, outlet, mut c)) in claims.into_iter().enumerate() {
        if c.sentence.is_empty() {
            c.sentence = c.text.clone();
        }
        c.start = c.sentence.find(&c.text).unwrap_or(0);
        c.end = c.start + c.text.len();
        let text = if i % 2 == 0 { BOMBING } else { BOMBING_2 };
        match arts.iter_mut().find(|a| a.id == id) {
            Some(a) => a.claims.push(c),
            None => {
                let mut a = article(id, outlet, "2031-05-02", "تفجير في مسجد", text);
                a.mentions.push(riwaya_model::Mention {
                    text: "القرية".into(),
                    entity: "place:village".into(),
                    kind: "village".parse().unwrap(),
                    start: 0,
                    end: 1,
                    name: None,
                });
                a.claims.push(c);
                arts.push(a);
            }
        }
    }
    let s = run(&arts);
    let st = s.stories(false);
    assert_eq!(st.len(), 1);
    st.into_iter().next().unwrap()
}

#[test]
fn contradictions_agreement_groups_and_estimates() {
    let st = story_with(vec![
        ("a", "One", claim("arrested", Some("civilians"), Some(10), Some(10), Some("مصادر طبية"), "2031-05-02")),
        ("b", "Two", claim("arrested", Some("civilians"), Some(20), Some(99), None, "2031-05-02")),
        ("b", "Two", claim("arrested", Some("civilians"), Some(30), Some(30), Some("الدفاع المدني"), "2031-05-02")),
        ("a", "One", claim("wounded", None, Some(5), Some(5), None, "2031-05-02")),
    ]);
    let f = st.figures.iter().find(|f| f.quantity == "arrested").unwrap();
    assert_eq!(f.reports.len(), 3);
    // 10 stands alone; dozens and 30 agree.
    let groups: Vec<usize> = f.reports.iter().map(|r| r.group).collect();
    assert_eq!(groups[1], groups[2]);
    assert_ne!(groups[0], groups[1]);
    let c: Vec<&Contradiction> = st.contradictions.iter().filter(|c| c.kind == "figure").collect();
    // 10 against the dozens, and 10 against 30; the dozens and 30 agree.
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().all(|c| c.why.contains("10") && c.reason == "same-time"));
    assert_eq!((f.low, f.high), (Some(10), Some(99)));
    assert_eq!(f.best, Some(30), "median of 10, 30 and 59 (dozens' middle), one per source");
    assert!(f.reason.contains("median of 3 independent sources"));
    // A subjectless figure joins the only subject of its quantity? wounded has none.
    assert!(st.figures.iter().any(|f| f.quantity == "wounded" && f.subject.is_none()));
}

#[test]
fn a_source_updating_its_toll_is_no_contradiction() {
    let st = story_with(vec![
        ("a", "One", claim("killed", Some("civilians"), Some(10), Some(10), Some("وزارة الصحة"), "2031-05-01")),
        ("b", "Two", claim("killed", Some("civilians"), Some(14), Some(14), Some("وزارة الصحة"), "2031-05-02")),
    ]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    let f = &st.figures[0];
    // Evolution: in order of publication, then event date.
    assert_eq!(f.reports.iter().map(|r| r.low).collect::<Vec<_>>(), [Some(10), Some(14)]);
}

#[test]
fn value_words_read_well() {
    assert_eq!(value_words(Some(130), Some(130)), "130");
    assert_eq!(value_words(Some(20), Some(99)), "20–99");
    assert_eq!(value_words(Some(900), None), "≥ 900");
    assert_eq!(value_words(None, Some(20)), "≤ 20");
}

#[test]
fn an_undated_article_is_dated_by_its_weekday_within_the_story() {
    let mut undated = article("u", "Three", "2031-05-03", "تفجير انتحاري في مسجد", &format!("اليوم السبت، {BOMBING_2}"));
    undated.published = None;
    let arts = [
        article("a", "One", "2031-05-02", "تفجير انتحاري في مسجد بوادي السنابل", BOMBING),
        article("b", "Two", "2031-05-03", "قتلى بتفجير في وادي السنابل", BOMBING_2),
        undated,
    ];
    let st = run(&arts).stories(false);
    let u = st[0].articles.iter().find(|a| a.id == "u").expect("the undated article joins the story");
    // 2031-05-03 is a Saturday, the only one within the story's span ± 3 days.
    assert_eq!(u.published.as_deref(), Some("2031-05-03"));
    assert_eq!(u.published_source.as_deref(), Some("story:weekday"));
    assert_eq!(crate::digest::day_string(crate::digest::day_number("2024-02-29").unwrap()), "2024-02-29");
}

#[test]
fn a_toll_rising_within_two_days_is_an_update() {
    let mut a = article("a", "One", "2031-05-02", "تفجير في مسجد", BOMBING);
    a.claims.push(claim("killed", Some("civilians"), Some(10), Some(10), Some("مصادر طبية"), "2031-05-02"));
    let mut b = article("b", "Two", "2031-05-03", "قتلى بتفجير في مسجد", BOMBING_2);
    b.claims.push(claim("killed", Some("civilians"), Some(14), Some(14), Some("الدفاع المدني"), "2031-05-02"));
    let mut c = article("c", "Three", "2031-05-03", "تفجير في مسجد", &format!("{BOMBING} وتواصلت التحقيقات."));
    c.claims.push(claim("killed", Some("civilians"), Some(6), Some(6), Some("شهود عيان"), "2031-05-02"));
    for art in [&mut a, &mut b, &mut c] {
        at_the_village(art);
    }
    let st = run(&[a, b, c]).stories(false);
    let whys: Vec<&str> = st[0].contradictions.iter().map(|c| c.why.as_str()).collect();
    // 10 then 14 is the toll rising; 6 a day later is lower than both: it contradicts them.
    assert_eq!(whys.len(), 2, "{whys:?}");
    assert!(whys.iter().all(|w| w.contains('6')), "{whys:?}");
}

fn with(mut c: Claim, f: impl FnOnce(&mut Claim)) -> Claim {
    f(&mut c);
    c
}

fn figure_whys(st: &Story, quantity: &str) -> Vec<String> {
    st.contradictions.iter().filter(|c| c.kind == "figure" && c.about.starts_with(quantity)).map(|c| c.why.clone()).collect()
}

#[test]
fn a_denied_figure_is_no_assertion_but_a_denial() {
    let st = story_with(vec![
        ("a", "One", claim("killed", Some("civilians"), Some(40), Some(40), Some("مصادر محلية"), "2031-05-02")),
        ("b", "Two", with(claim("killed", Some("civilians"), Some(40), Some(40), Some("وزارة الداخلية"), "2031-05-02"), |c| c.denied = true)),
        ("b", "Two", claim("killed", Some("civilians"), Some(3), Some(3), Some("وزارة الداخلية"), "2031-05-02")),
    ]);
    let c: Vec<&Contradiction> = st.contradictions.iter().filter(|c| c.kind == "figure").collect();
    // 40 (local sources) against 3 (the ministry), and the ministry's denial of the 40.
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().any(|c| c.reason == "denial"));
    assert!(c.iter().any(|c| c.reason == "same-time" && c.why.contains('3')));
    let f = st.figures.iter().find(|f| f.quantity == "killed").unwrap();
    // The denied 40 is no estimate's input: best is the median of 40 and 3.
    assert_eq!((f.low, f.high), (Some(3), Some(40)));
}

#[test]
fn more_and_parts_add_they_do_not_contradict() {
    let st = story_with(vec![
        ("a", "One", claim("released", Some("hostages"), Some(7), Some(7), None, "2031-05-02")),
        ("b", "Two", with(claim("released", Some("hostages"), Some(9), Some(9), Some("الجيش"), "2031-05-02"), |c| c.additional = true)),
        ("a", "One", claim("killed", Some("civilians"), Some(20), Some(20), None, "2031-05-02")),
        ("b", "Two", with(claim("killed", Some("civilians"), Some(5), Some(5), Some("الدفاع المدني"), "2031-05-02"), |c| c.part_of = Some(0))),
    ]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    // The cue words do the same when the claim stage has not marked the figure.
    let mut c = claim("released", Some("hostages"), Some(9), Some(9), Some("الجيش"), "2031-05-02");
    c.text = "تحرير تسعة رهائن".into();
    c.sentence = "وأعلن الجيش تحرير تسعة رهائن آخرين من قبضة الخاطفين.".into();
    let st = story_with(vec![("a", "One", claim("released", Some("hostages"), Some(7), Some(7), None, "2031-05-02")), ("b", "Two", c)]);
    assert!(figure_whys(&st, "released").is_empty(), "{:?}", st.contradictions);
}

#[test]
fn a_running_total_holds_an_incidents_figure() {
    // "so far 40 killed" against one raid's 13 the same day: the raid is part of the total.
    let mut total = claim("killed", Some("fighters"), Some(40), Some(40), Some("مصادر محلية"), "2031-05-02");
    total.text = "قتل نحو 40 منهم".into();
    total.sentence = "وسلم عشرات المسلحين أنفسهم فيما قتل نحو 40 منهم حتى الآن في المعارك.".into();
    let raid = claim("killed", Some("fighters"), Some(13), Some(13), Some("الجيش"), "2031-05-02");
    let st = story_with(vec![("a", "One", total.clone()), ("b", "Two", raid)]);
    assert!(figure_whys(&st, "killed").is_empty(), "{:?}", st.contradictions);
    // Nor is a running total set against a larger single figure: its sentence often recalls
    // the toll it rose from.
    let big_raid = claim("killed", Some("fighters"), Some(60), Some(60), Some("الجيش"), "2031-05-02");
    let st = story_with(vec![("a", "One", total), ("b", "Two", big_raid)]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
}

#[test]
fn additive_counts_on_other_days_are_other_incidents_but_totals_cannot_fall() {
    // 2 arrested one day, 3 three days later: two raids.
    let st = story_with(vec![
        ("a", "One", claim("arrested", Some("fighters"), Some(2), Some(2), Some("الجيش"), "2031-05-02")),
        ("b", "Two", claim("arrested", Some("fighters"), Some(3), Some(3), None, "2031-05-05")),
    ]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    // Escapees: 800 over the first days, then "no more than 20" later: a count that cannot
    // fall; 800 then more than 900 is its evolution.
    let st = story_with(vec![
        ("a", "One", claim("escaped", Some("prisoners"), Some(800), Some(800), Some("مصدر من التنظيم"), "2031-05-01/2031-05-02")),
        ("b", "Two", claim("escaped", Some("prisoners"), None, Some(20), Some("الجيش"), "2031-05-05")),
        ("b", "Two", claim("escaped", Some("prisoners"), Some(900), None, Some("مصادر محلية"), "2031-05-06")),
    ]);
    let reasons: Vec<&str> = st.contradictions.iter().map(|c| c.reason.as_str()).collect();
    assert_eq!(reasons, ["later-lower"], "{:?}", st.contradictions);
    let c = &st.contradictions[0];
    assert_eq!(c.evolution.len(), 3, "the evolution is shown beside it");
    // Estimates per incident, with a reason.
    assert!(!st.incidents.is_empty());
    assert!(st.incidents.iter().all(|i| i.estimates.iter().all(|e| e.reason.starts_with("best = median"))));
}

#[test]
fn the_middle_of_a_huge_range_does_not_overflow() {
    let st = story_with(vec![
        ("a", "One", claim("displaced", None, Some(u64::MAX - 1), Some(u64::MAX), None, "2031-05-02")),
        ("b", "Two", claim("wounded", None, Some(3), Some(3), None, "2031-05-02")),
    ]);
    let f = st.figures.iter().find(|f| f.quantity == "displaced").unwrap();
    assert_eq!(f.best, Some(u64::MAX - 1));
}

/// Tells every claim of a hand-built article at one named village.
fn at_the_village(a: &mut Article) {
    for c in &mut a.claims {
        if c.sentence.is_empty() {
            c.sentence = c.text.clone();
        }
        c.start = c.sentence.find(&c.text).unwrap_or(0);
        c.end = c.start + c.text.len();
    }
    a.mentions.push(riwaya_model::Mention { text: "القرية".into(), entity: "place:village".into(), kind: "village".parse().unwrap(), start: 0, end: 1, name: None });
}

#[test]
fn figures_without_a_place_are_not_compared() {
    // Two tolls the same day in one story, with no place named: a raid here and a strike
    // there, as far as anyone can tell.
    let mut a = article("a", "One", "2031-05-02", "تفجير في مسجد", BOMBING);
    a.claims.push(claim("killed", Some("civilians"), Some(40), Some(40), Some("مصادر محلية"), "2031-05-02"));
    let mut b = article("b", "Two", "2031-05-02", "قتلى بتفجير في مسجد", BOMBING_2);
    b.claims.push(claim("killed", Some("civilians"), Some(3), Some(3), Some("الجيش"), "2031-05-02"));
    let st = run(&[a.clone(), b.clone()]).stories(false);
    assert!(st[0].contradictions.is_empty(), "{:?}", st[0].contradictions);
    at_the_village(&mut a);
    at_the_village(&mut b);
    let st = run(&[a, b]).stories(false);
    assert_eq!(st[0].contradictions.len(), 1);
}

#[test]
fn undated_reports_naming_other_years_stay_apart() {
    let mut a = article("a", "One", "", "تفجير انتحاري في مسجد بوادي السنابل", &format!("في عام 2023، {BOMBING}"));
    let mut b = article("b", "Two", "", "قتلى بتفجير انتحاري في مسجد وادي السنابل", &format!("في عام 2025، {BOMBING_2}"));
    a.published = None;
    b.published = None;
    let of = run(&[a.clone(), b.clone()]).story_of();
    assert!(of.get("a").is_none() || of.get("a") != of.get("b"), "{of:?}");
    // The same year, or none named: one story.
    b.text = format!("في عام 2023، {BOMBING_2}");
    let of = run(&[a, b]).story_of();
    assert!(of.get("a").is_some() && of.get("a") == of.get("b"), "{of:?}");
}

fn event(kind: &str, place: &str, text: &str, denied: bool) -> riwaya_model::Event {
    riwaya_model::Event {
        kind: kind.parse().unwrap(),
        agent: None,
        target: None,
        place: Some(riwaya_model::EntityRef { text: place.into(), entity: Some(format!("place:{place}")) }),
        geo: None,
        date: Some("2031-05-02".into()),
        text: text.into(),
        attribution: vec![],
        denied,
        start: 0,
        end: 1,
    }
}

#[test]
fn full_control_against_fighting_there_and_a_denied_happening() {
    let mut a = article("a", "One", "2031-05-02", "تفجير انتحاري في مسجد بوادي السنابل", BOMBING);
    let mut b = article("b", "Two", "2031-05-02", "قتلى بتفجير في وادي السنابل", BOMBING_2);
    a.events.push(event("control", "السنابل", "السيطرة الكاملة على السنابل", false));
    b.events.push(event("clash", "السنابل", "اشتباكات عنيفة", false));
    // A district's full control is no claim about the whole town.
    a.events.push(event("control", "تلال الريح", "تسيطر على حي الشرق كاملة بمدينة تلال الريح", false));
    b.events.push(event("clash", "تلال الريح", "مواجهات", false));
    // One outlet reports a strike, the other denies it.
    a.events.push(event("air_strike", "السنابل", "غارة جوية", false));
    b.events.push(event("air_strike", "السنابل", "نفى وقوع غارة", true));
    let st = run(&[a, b]).stories(false);
    let reasons: Vec<&str> = st[0].contradictions.iter().filter(|c| c.kind == "event").map(|c| c.reason.as_str()).collect();
    assert_eq!(reasons.iter().filter(|r| **r == "control-vs-clash").count(), 1, "{:?}", st[0].contradictions);
    assert_eq!(reasons.iter().filter(|r| **r == "denial").count(), 1, "{:?}", st[0].contradictions);
}

/// (story id, its article ids) of every story, singletons included.
fn layout(s: &Stories) -> Vec<(String, Vec<String>)> {
    s.stories(true).into_iter().map(|st| (st.id, st.articles.into_iter().map(|a| a.id).collect())).collect()
}

fn six_articles() -> Vec<Article> {
    vec![
        article("a1", "A", "2024-03-02", "تفجير انتحاري في مسجد وادي السنابل", BOMBING),
        article("a2", "B", "2024-03-02", "سيول تغمر الساحل الشرقي", FLOOD),
        article("a3", "C", "2024-03-03", "قتلى بتفجير مسجد في وادي السنابل", BOMBING_2),
        article("a4", "D", "2024-03-03", "نسخة: تفجير انتحاري في مسجد وادي السنابل", BOMBING),
        article("a5", "A", "2024-03-04", "سيارة مفخخة قرب سوق تلال الريح", BOMBING_OTHER),
        article("a6", "B", "2024-03-05", "الدفاع المدني يجلي عائلات الساحل الشرقي", FLOOD),
    ]
}

#[test]
fn batches_of_any_size_give_the_same_stories() {
    let arts = six_articles();
    let whole = layout(&run(&arts));
    let mut one_by_one = Stories::new(StoryConfig::default());
    for a in &arts {
        one_by_one.add_batch(vec![digest(a)]);
    }
    assert_eq!(layout(&one_by_one), whole);
}

#[test]
fn a_saved_state_continues_as_one_run() {
    let arts = six_articles();
    let whole = run(&arts);
    let mut first = Stories::new(StoryConfig::default());
    first.add_batch(arts[..3].iter().map(digest).collect());
    let saved = serde_json::to_string(&first).unwrap();
    let mut restored: Stories = serde_json::from_str(&saved).unwrap();
    let changes = restored.add_batch(arts[3..].iter().map(digest).collect());
    assert_eq!(layout(&restored), layout(&whole));
    assert_eq!(restored.story_of(), whole.story_of());
    // The near-copy found against an article of the saved part.
    assert!(changes.near_duplicates.iter().any(|(a, b)| a == "a4" && b == "a1"), "{changes:?}");
    // A state that is not one is an error, not a panic.
    assert!(serde_json::from_str::<Stories>("{\"cfg\":1}").is_err());
}

/// A claim told in `sentence` (the figure's words `text` in it).
fn told(quantity: &str, value: u64, source: Option<&str>, text: &str, sentence: &str) -> Claim {
    let mut c = claim(quantity, Some("civilians"), Some(value), Some(value), source, "2031-05-02");
    c.text = text.into();
    c.sentence = sentence.into();
    c
}

#[test]
fn a_story_about_one_town_lends_its_place_to_the_tolls_of_what_happened_there() {
    // Two outlets, tolls with no specific place of their own, each told with the bombing
    // in the town the story is about.
    let town = |a: &mut Article, linked: bool| {
        a.mentions.push(riwaya_model::Mention { text: "السنابل".into(), entity: "place:السنابل".into(), kind: "town".parse().unwrap(), start: 0, end: 1, name: None });
        a.events.push(event("bombing", "السنابل", "تفجير", false));
        for c in &mut a.claims {
            c.event = linked.then_some(0);
            c.start = 500;
            c.end = 501;
        }
    };
    let make = |linked: bool| {
        let mut a = article("a", "One", "2031-05-02", "تفجير في مسجد", BOMBING);
        a.claims.push(claim("killed", Some("civilians"), Some(40), Some(40), Some("مصادر محلية"), "2031-05-02"));
        let mut b = article("b", "Two", "2031-05-02", "قتلى بتفجير في مسجد", BOMBING_2);
        b.claims.push(claim("killed", Some("civilians"), Some(3), Some(3), Some("الجيش"), "2031-05-02"));
        town(&mut a, linked);
        town(&mut b, linked);
        run(&[a, b]).stories(false)
    };
    let st = make(true);
    assert_eq!(figure_whys(&st[0], "killed").len(), 1, "{:?}", st[0].contradictions);
    // Tolls told with no event (operations elsewhere that week, for all one knows): not compared.
    let st = make(false);
    assert!(figure_whys(&st[0], "killed").is_empty(), "{:?}", st[0].contradictions);
}

#[test]
fn parts_of_a_toll_told_by_their_words_do_not_contradict_it() {
    let cases = [
        (told("killed", 43, Some("الشرطة"), "43 شخصا", "قتل المسلحون 43 شخصا في القرى"), told("killed", 7, Some("أحد السكان"), "سبعة اشخاص", "وفي القرية وحدها قتلوا سبعة اشخاص بينهم المختار")),
        (told("wounded", 40, Some("الصحة"), "40 إصابة", "استقبل المستشفى 40 إصابة"), told("wounded", 24, None, "24 مصابا", "فيما ما زال 24 مصابا يتلقون العلاج")),
        (told("wounded", 27, None, "27 مصابا", "نقلت الطائرة 27 مصابا إلى بلادهم"), told("wounded", 13, Some("الشرطة"), "13 مصابا", "وأن 13 مصابا في العناية المركزة حتى ظهر أمس")),
        (told("killed", 178, Some("مجموعة العمل"), "178 ضحية", "ارتفع عدد الضحايا إلى 178 ضحية"), told("killed", 63, Some("فريق الرصد"), "63 طفلا قضوا", "وثق الفريق 63 طفلا قضوا بسبب الحصار")),
    ];
    for (whole, part) in cases {
        let st = story_with(vec![("a", "One", whole.clone()), ("b", "Two", part.clone())]);
        assert!(st.contradictions.is_empty(), "{} vs {}: {:?}", whole.sentence, part.sentence, st.contradictions);
    }
    // Without those words the same numbers are two accounts of one count.
    let st = story_with(vec![
        ("a", "One", told("killed", 43, Some("الشرطة"), "43 شخصا", "قتل المسلحون 43 شخصا في القرية")),
        ("b", "Two", told("killed", 7, Some("أحد السكان"), "سبعة اشخاص", "قال أحد السكان إن المسلحين قتلوا سبعة اشخاص في القرية")),
    ]);
    assert_eq!(figure_whys(&st, "killed").len(), 1, "{:?}", st.contradictions);
}

#[test]
fn one_statement_read_two_ways_is_no_disagreement() {
    // The same sentence in two outlets, "(15) ألف" read as a thousand in one: no contradiction.
    let st = story_with(vec![
        ("a", "One", told("killed", 15000, None, "15 ألف قذيفة", "أطلقت البلدية 15 ألف قذيفة نارية في سبعة مواقع خلال أيام العيد في المدينة")),
        ("b", "Two", told("killed", 1000, None, "ألف قذيفة", "أطلقت البلدية (15) ألف قذيفة نارية في سبعة مواقع خلال أيام العيد في المدينة")),
    ]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    // One statement whose copies give different numbers ("12" and "عشرة") does disagree.
    let st = story_with(vec![
        ("a", "One", told("killed", 12, None, "12 من منسوبي", "رفع الأمير التعازي في استشهاد 12 من منسوبي قوات الطوارئ وثلاثة من العاملين")),
        ("b", "Two", told("killed", 10, None, "عشرة من منسوبي", "رفع الأمير التعازي في استشهاد عشرة من منسوبي قوات الطوارئ وثلاثة من العاملين")),
    ]);
    assert_eq!(figure_whys(&st, "killed").len(), 1, "{:?}", st.contradictions);
}

#[test]
fn one_sentence_disagrees_with_itself_only_in_two_voices() {
    let s = "أصيب 52 راكبا وتم إسعاف ثلاثة بالموقع ونقل 49 مصابا";
    let other = || ("b", "Two", told("arrested", 1, None, "شخص واحد", "اعتقلت الشرطة شخص واحد"));
    let st = story_with(vec![("a", "One", told("wounded", 52, None, "52 راكبا", s)), ("a", "One", told("wounded", 3, None, "ثلاثة", s)), other()]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    let s = "زعم الجيش أن الفارين لا يتجاوزون 20 عنصرا بينما قالت المصادر المحلية إنهم 900";
    let st = story_with(vec![
        ("a", "One", told("escaped", 20, Some("الجيش"), "20 عنصرا", s)),
        ("a", "One", told("escaped", 900, Some("المصادر المحلية"), "900", s)),
        other(),
    ]);
    assert_eq!(figure_whys(&st, "escaped").len(), 1, "{:?}", st.contradictions);
}

#[test]
fn a_round_approximate_figure_holds_what_its_rounding_holds() {
    let about = |v: u64| with(told("wounded", v, Some("وكالة"), "نحو مئتي جريح", "وخلف الهجوم نحو مئتي جريح"), |c| c.approx = true);
    let st = story_with(vec![("a", "One", told("wounded", 227, Some("الوزارة"), "227 جريحا", "وأسفر الهجوم عن 227 جريحا")), ("b", "Two", about(200))]);
    assert!(st.contradictions.is_empty(), "{:?}", st.contradictions);
    let st = story_with(vec![("a", "One", told("wounded", 300, Some("الوزارة"), "300 جريح", "وأسفر الهجوم عن 300 جريح")), ("b", "Two", about(200))]);
    assert_eq!(figure_whys(&st, "wounded").len(), 1, "{:?}", st.contradictions);
}

#[test]
fn a_denied_responsibility_or_an_unplaced_happening_is_no_denial() {
    let mut a = article("a", "One", "2031-05-02", "تفجير انتحاري في مسجد بوادي السنابل", BOMBING);
    let mut b = article("b", "Two", "2031-05-02", "قتلى بتفجير في وادي السنابل", BOMBING_2);
    a.events.push(event("bombing", "السنابل", "تفجير المسجد", false));
    b.events.push(event("bombing", "السنابل", "لم تعلن الحركة مسؤوليتها عن التفجير", true));
    let mut unplaced = event("attack", "x", "هجوم", false);
    unplaced.place = None;
    a.events.push(unplaced.clone());
    b.events.push(riwaya_model::Event { denied: true, text: "نفت وقوع هجوم".into(), ..unplaced });
    let st = run(&[a, b]).stories(false);
    assert!(st[0].contradictions.iter().all(|c| c.reason != "denial"), "{:?}", st[0].contradictions);
}
