//! Small fictional articles: near-copies, two events a week apart, contradictions,
//! agreement groups, estimates, the evolution order, event contradictions, changes.

use riwaya_model::{Article, Claim, EntityRef, Event, Mention, Origin, Source, SourceFormat};
use riwaya_story::triangulate::build_story;
use riwaya_story::{ArticleDigest, Stories, StoryConfig};

fn art(id: &str, outlet: &str, day: &str, title: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        outlet: Some(outlet.into()),
        url: None,
        published: Some(day.into()),
        title: Some(title.into()),
        text: text.into(),
        removed: vec![],
        mentions: vec![],
        claims: vec![],
        dates: vec![],
        events: vec![],
        framing: vec![],
        provenance: Default::default(),
        origin: Origin::default(),
        format: SourceFormat::Text,
    }
}

fn claim(q: &str, subject: &str, low: Option<u64>, high: Option<u64>, attribution: &[&str], date: Option<&str>) -> Claim {
    Claim {
        quantity: q.into(),
        subject: Some(subject.into()),
        low,
        high,
        approx: low.is_none() || high.is_none(),
        vague: false,
        text: format!("{q} {low:?}-{high:?}"),
        attribution: attribution.iter().map(|s| s.to_string()).collect(),
        sources: vec![],
        hedge: None,
        date: date.map(str::to_string),
        date_source: date.map(|_| "text".to_string()),
        start: 0,
        end: 1,
        sentence: String::new(),
    }
}

const BOMB_A: &str = "انفجرت سيارة مفخخة صباح اليوم قرب سوق الخضار في مدينة الزهراء الواقعة شمال البلاد، ما أدى إلى سقوط عدد من الضحايا بين المدنيين. وقالت مصادر طبية إن سيارات الإسعاف نقلت الجرحى إلى مستشفى المدينة المركزي، فيما طوقت قوات الأمن المكان وبدأت التحقيق في ملابسات التفجير الذي استهدف السوق المزدحم بالمتسوقين.";
const BOMB_B: &str = "قتل وجرح عشرات المدنيين في تفجير سيارة مفخخة استهدف سوق الخضار في مدينة الزهراء شمالي البلاد صباح اليوم، بحسب مصادر محلية. وأضافت المصادر أن الانفجار وقع في ساعة الذروة وأن فرق الإسعاف هرعت إلى السوق لنقل المصابين، وأن قوات الأمن فرضت طوقاً حول موقع التفجير.";
const BOMB_C: &str = "هز انفجار عنيف حي المعلمين في مدينة الزهراء مساء اليوم بعد أن فجر انتحاري حزامه الناسف داخل قاعة أفراح مكتظة بالمدعوين، وفق ما أفاد شهود عيان. وأوضح الشهود أن الانتحاري تسلل بين الضيوف خلال حفل الزفاف قبل أن يفجر نفسه، وأن العرسان نجوا من الهجوم الذي خلف دماراً كبيراً في القاعة.";
const BOMB_D: &str = "أعلنت السلطات في مدينة الزهراء أن انتحارياً فجر نفسه في قاعة أفراح بحي المعلمين خلال حفل زفاف مساء اليوم. وقال مسؤول محلي إن المهاجم دخل القاعة متنكراً بين المدعوين، وإن فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن ضحايا، فيما نجا العروسان من الانفجار.";
const OTHER: &str = "افتتح وزير الزراعة معرض التمور السنوي في العاصمة بمشاركة مئات المزارعين من مختلف المناطق، ويعرض المعرض أصنافاً نادرة من التمور ومنتجات النخيل والعسل، ويستمر أسبوعاً كاملاً بحضور المستثمرين وأصحاب المصانع الغذائية.";

fn digest(a: &Article) -> ArticleDigest {
    ArticleDigest::new(a)
}

#[test]
fn near_copies_are_marked() {
    let a = art("a", "agency", "2022-01-20", "تفجير سيارة مفخخة في سوق الزهراء", BOMB_A);
    // A republished copy with a different headline and one extra sentence.
    let b = art("b", "paper", "2022-01-20", "سقوط ضحايا في تفجير بسوق الزهراء", &format!("{BOMB_A} وتتابع الصحيفة تطورات الحادث."));
    let c = art("c", "other", "2022-01-20", "معرض التمور", OTHER);
    let mut st = Stories::new(StoryConfig::default());
    let ch = st.add_batch(vec![digest(&a), digest(&b), digest(&c)]);
    assert_eq!(ch.near_duplicates, vec![("b".to_string(), "a".to_string())]);
    let stories = st.stories();
    assert_eq!(stories.len(), 1);
    let s = &stories[0];
    assert_eq!(s.articles.len(), 2);
    assert_eq!(s.articles.iter().find(|x| x.id == "b").unwrap().near_duplicate_of.as_deref(), Some("a"));
    assert_eq!(s.articles.iter().find(|x| x.id == "a").unwrap().near_duplicate_of, None);
    assert_eq!(ch.new_stories, vec![s.id.clone()]);
}

#[test]
fn independent_reports_join_and_events_a_week_apart_stay_apart() {
    let mut st = Stories::new(StoryConfig::default());
    let filler: Vec<Article> = (0..6).map(|i| art(&format!("f{i}"), "x", "2022-01-20", "معرض التمور", &format!("{OTHER} {i}"))).collect();
    let mut batch: Vec<ArticleDigest> = filler.iter().map(digest).collect();
    batch.push(digest(&art("a", "agency", "2022-01-20", "تفجير سيارة مفخخة في سوق الزهراء", BOMB_A)));
    batch.push(digest(&art("b", "paper", "2022-01-20", "قتلى وجرحى بتفجير سوق الخضار في الزهراء", BOMB_B)));
    st.add_batch(batch);
    // A week later: another bombing in the same town.
    let ch = st.add_batch(vec![
        digest(&art("c", "agency", "2022-01-27", "انتحاري يفجر نفسه في قاعة أفراح بالزهراء", BOMB_C)),
        digest(&art("d", "paper", "2022-01-27", "انتحاري يستهدف حفل زفاف في الزهراء", BOMB_D)),
    ]);
    let asg: std::collections::HashMap<String, String> = st.assignments().into_iter().collect();
    assert_eq!(asg["a"], asg["b"], "two reports of the market bombing are one story");
    assert_eq!(asg["c"], asg["d"], "two reports of the wedding bombing are one story");
    assert_ne!(asg["a"], asg["c"], "bombings a week apart stay apart");
    assert_ne!(asg["a"], asg["f0"]);
    assert_eq!(ch.new_stories, vec![asg["c"].clone()]);
    assert!(ch.grown.is_empty());
    // Same text a week later is still kept apart by the window even when it is a near-copy?
    // No: a copy is a copy whatever its date, it joins its original.
    let ch = st.add_batch(vec![digest(&art("e", "late", "2022-01-28", "إعادة نشر", BOMB_C))]);
    assert_eq!(ch.near_duplicates, vec![("e".to_string(), "c".to_string())]);
    assert_eq!(ch.grown, vec![asg["c"].clone()]);
    // Re-adding a known id is skipped.
    let ch = st.add_batch(vec![digest(&art("e", "late", "2022-01-28", "إعادة نشر", BOMB_C))]);
    assert_eq!(ch.skipped, vec!["e".to_string()]);
}

/// One story of the Ghwayran kind: the fictional figures of the brief.
fn escape_story() -> riwaya_story::Story {
    let mut arts = Vec::new();
    let mut a = art("mayadeen", "Al Mayadeen", "2022-01-22", "t", "x");
    a.claims = vec![
        {
            let mut c = claim("escaped", "ISIS", Some(20), Some(99), &["مصادر الميادين"], Some("2022-01-21"));
            c.vague = true;
            c.approx = false;
            c
        },
        claim("surrendered", "ISIS", Some(130), Some(130), &["مصادر الميادين"], None),
    ];
    arts.push(a);
    let mut b = art("snack", "Snack Syrian", "2022-01-22", "t", "x");
    b.claims = vec![claim("escaped", "ISIS", None, Some(20), &["مصدر محلي"], Some("2022-01-21")), claim("surrendered", "ISIS", Some(110), Some(110), &[], None)];
    arts.push(b);
    let mut c = art("orient", "Orient News", "2022-01-26", "t", "x");
    c.claims = vec![
        claim("escaped", "ISIS", Some(900), None, &["مصادر أورينت"], Some("2022-01-21")),
        claim("surrendered", "ISIS", Some(300), Some(300), &[], None),
        claim("killed", "SDF", Some(250), None, &[], None),
    ];
    arts.push(c);
    let mut d = art("amaq", "Outlet X", "2022-01-23", "t", "x");
    d.mentions = vec![Mention { text: "أعماق".into(), entity: "isis".into(), kind: "armed_group".into(), start: 0, end: 1, name: Some("Islamic State (ISIS)".into()) }];
    let mut k = claim("killed", "SDF", Some(200), Some(200), &["وكالة أعماق"], None);
    k.sources = vec![Source { text: "وكالة أعماق".into(), entity: Some("isis".into()) }];
    d.claims = vec![k, claim("escaped", "ISIS", Some(800), Some(800), &["وكالة أعماق"], Some("2022-01-21"))];
    arts.push(d);
    let mut e = art("later", "Outlet Y", "2022-01-24", "t", "x");
    e.claims = vec![claim("killed", "SDF", Some(120), Some(120), &[], None)];
    arts.push(e);
    let ds: Vec<ArticleDigest> = arts.iter().map(digest).collect();
    let refs: Vec<(&ArticleDigest, Option<&str>)> = ds.iter().map(|d| (d, None)).collect();
    build_story("s0".into(), "t".into(), &refs)
}

#[test]
fn contradictions_and_agreement_groups() {
    let s = escape_story();
    let fi = s.figures.iter().position(|f| f.quantity == "escaped").unwrap();
    let f = &s.figures[fi];
    assert_eq!(f.reports.len(), 4);
    // Groups: "< 20" and "dozens" can both hold (20); 800 alone; "> 900" alone.
    let g = |art: &str| f.reports.iter().find(|r| r.article == art).unwrap().group;
    assert_eq!(g("snack"), g("mayadeen"));
    assert_ne!(g("mayadeen"), g("amaq"));
    assert_ne!(g("amaq"), g("orient"));
    // Same event day (2022-01-21, from the text): dozens vs 800 vs > 900 contradict.
    let cs: Vec<_> = s.contradictions.iter().filter(|c| c.kind == "figure" && c.index == fi).collect();
    assert!(cs.len() >= 2, "{cs:#?}");
    let pair = |a: &str, b: &str| cs.iter().any(|c| (c.sides[0].article == a && c.sides[1].article == b) || (c.sides[0].article == b && c.sides[1].article == a));
    assert!(pair("amaq", "orient") || pair("mayadeen", "orient") || pair("snack", "orient"));
    assert!(pair("mayadeen", "amaq") || pair("snack", "amaq"));
    // One per pair of agreement groups.
    let mut groups: Vec<(usize, usize)> = cs.iter().map(|c| (f.reports[c.a].group.min(f.reports[c.b].group), f.reports[c.a].group.max(f.reports[c.b].group))).collect();
    groups.sort();
    groups.dedup();
    assert_eq!(groups.len(), cs.len());
}

#[test]
fn cumulative_counts_that_grow_are_not_contradictions() {
    let s = escape_story();
    // Surrendered 130/110 (2022-01-22, publication day) then 300 (2022-01-26): growth over
    // days; 130 vs 110 on the same day contradict.
    let fi = s.figures.iter().position(|f| f.quantity == "surrendered").unwrap();
    let cs: Vec<_> = s.contradictions.iter().filter(|c| c.kind == "figure" && c.index == fi).collect();
    assert_eq!(cs.len(), 1, "{cs:#?}");
    let vals: Vec<&str> = cs[0].sides.iter().map(|x| x.value.as_str()).collect();
    assert!(vals.contains(&"130") && vals.contains(&"110"));
    // SDF killed: 200 (Amaq, 01-23), then 120 (01-24) — a toll that falls contradicts;
    // > 250 (Orient, 01-26) after 200 is growth.
    let ki = s.figures.iter().position(|f| f.quantity == "killed").unwrap();
    let kc: Vec<_> = s.contradictions.iter().filter(|c| c.kind == "figure" && c.index == ki).collect();
    assert!(kc.iter().any(|c| c.why.contains("later count is below")), "{kc:#?}");
    assert!(!kc.iter().any(|c| c.sides.iter().any(|x| x.article == "orient") && c.sides.iter().any(|x| x.article == "amaq")));
}

#[test]
fn estimates_party_claims_and_evolution() {
    let s = escape_story();
    let k = s.figures.iter().find(|f| f.quantity == "killed").unwrap();
    // Evolution: by publication day.
    let order: Vec<&str> = k.reports.iter().map(|r| r.article.as_str()).collect();
    assert_eq!(order, vec!["amaq", "later", "orient"]);
    let amaq = k.reports.iter().find(|r| r.article == "amaq").unwrap();
    assert!(amaq.party_claim, "ISIS's agency on SDF losses is a party claim");
    assert!(!k.reports.iter().find(|r| r.article == "orient").unwrap().party_claim);
    // Party claim set aside: sources 120 and > 250 → median 185; low 120; high 250.
    assert_eq!(k.best, Some(185));
    assert_eq!(k.low, Some(120));
    assert_eq!(k.high, Some(250));
    assert!(k.reason.contains("median") && k.reason.contains("party claim"), "{}", k.reason);
    assert_eq!((k.range_low, k.range_high), (Some(120), Some(250)));
    // Escaped: sources Mayadeen (20–99 → 44), local source (≤ 20 → 20), Orient (> 900 → 900);
    // Amaq's 800 is ISIS on its own men: not an enemy's losses, so not a party claim.
    let e = s.figures.iter().find(|f| f.quantity == "escaped").unwrap();
    assert!(!e.reports.iter().any(|r| r.party_claim));
    assert_eq!(e.best, Some((44 + 800) / 2));
    assert_eq!(e.low, Some(20));
    assert_eq!(e.high, Some(900));
    // Per outlet: figures only one outlet reports.
    let orient = s.outlets.iter().find(|o| o.outlet == "Orient News").unwrap();
    assert!(orient.only_here.is_empty());
    let may = s.outlets.iter().find(|o| o.outlet == "Al Mayadeen").unwrap();
    assert_eq!(may.cites, vec![("مصادر الميادين".to_string(), 2)]);
}

#[test]
fn event_contradiction_control_vs_clash() {
    let place = EntityRef { text: "سجن الصناعة".into(), entity: Some("ghwayran-prison".into()) };
    let ev = |kind: &str, agent: Option<&str>, attribution: &[&str]| Event {
        kind: kind.into(),
        agent: agent.map(|a| EntityRef { text: a.into(), entity: Some(a.into()) }),
        place: Some(place.clone()),
        date: Some("2022-01-26".into()),
        text: format!("{kind} text"),
        attribution: attribution.iter().map(|s| s.to_string()).collect(),
        start: 0,
        end: 1,
    };
    let mut a = art("a", "A", "2022-01-26", "t", "x");
    a.events = vec![ev("control", Some("sdf"), &["فرهاد الشامي"])];
    let mut b = art("b", "B", "2022-01-26", "t", "x");
    b.events = vec![ev("clash", None, &[])];
    let mut c = art("c", "C", "2022-01-26", "t", "x");
    c.events = vec![ev("control", Some("sdf"), &[])];
    let ds: Vec<ArticleDigest> = [a, b, c].iter().map(digest).collect();
    let refs: Vec<(&ArticleDigest, Option<&str>)> = ds.iter().map(|d| (d, None)).collect();
    let s = build_story("s0".into(), "t".into(), &refs);
    assert_eq!(s.events.len(), 2, "control reported by two outlets is one story event");
    let control = s.events.iter().position(|e| e.kind == "control").unwrap();
    assert_eq!(s.events[control].reports.len(), 2);
    let cs: Vec<_> = s.contradictions.iter().filter(|c| c.kind == "event").collect();
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].index, control);
    assert_eq!(s.events[cs[0].other.unwrap()].kind, "clash");
}

/// Every key the stories serialise to is declared in `schema/stories.schema.json`, and every
/// required key is there.
#[test]
fn schema_covers_the_output() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../schema/stories.schema.json")).unwrap();
    let s = escape_story();
    let v = serde_json::to_value(vec![s]).unwrap();
    fn check(v: &serde_json::Value, sch: &serde_json::Value, root: &serde_json::Value, path: &str) {
        let sch = match sch.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
            None => sch,
        };
        match v {
            serde_json::Value::Object(o) => {
                let props = sch["properties"].as_object().unwrap_or_else(|| panic!("{path}: no properties in schema"));
                for (k, x) in o {
                    let p = props.get(k).unwrap_or_else(|| panic!("{path}.{k} not in the schema"));
                    check(x, p, root, &format!("{path}.{k}"));
                }
                for r in sch["required"].as_array().into_iter().flatten() {
                    assert!(o.contains_key(r.as_str().unwrap()), "{path}: required {r} missing");
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    if let Some(pi) = sch.get("prefixItems") {
                        check(x, &pi[i], root, &format!("{path}[{i}]"));
                    } else if let Some(it) = sch.get("items") {
                        check(x, it, root, &format!("{path}[{i}]"));
                    }
                }
            }
            _ => {}
        }
    }
    check(&v, &schema, &schema, "$");
}
