//! The ACLED- and UCDP-shaped exports and the claims table: exact column lists, one row per
//! event across its reports, valid dates, validated fatalities, coordinates from the
//! gazetteer, cells that no spreadsheet runs. Invented articles (no text of ../shared).

use riwaya_lexicon::Lexicon;
use riwaya_model::{Claim, EntityRef, Event, Geo};
use riwaya_report::export::{self, ExportArticle, ExportInput, ExportKind, Mapping, Options};
use riwaya_stories::{Story, StoryArticle};

const ACLED_HEADER: &[&str] = &[
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "iso", "region",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
];

const UCDP_HEADER: &[&str] = &[
    "id", "type_of_violence", "date_start", "date_end", "date_prec", "where_prec", "where_coordinates", "country",
    "adm_1", "latitude", "longitude", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "low", "high", "source_article", "source_office", "event_id", "story",
];

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicon::embedded().expect("shipped lexicon"))
}

fn ent(text: &str, id: Option<&str>) -> EntityRef {
    EntityRef { text: text.into(), entity: id.map(Into::into) }
}

fn event(kind: &str, agent: Option<EntityRef>, place: Option<EntityRef>, date: &str, text: &str) -> Event {
    let geo = place.as_ref().and_then(|p| p.entity.as_deref()).and_then(|id| lexicon().geo(id)).map(|g| Geo {
        latitude: g.lat,
        longitude: g.lon,
        country: g.country,
        admin1: g.admin1,
        precision: g.precision,
    });
    Event { kind: kind.parse().unwrap(), agent, target: None, place, geo, date: Some(date.into()), text: text.into(), attribution: vec![], denied: false, start: 0, end: 4 }
}

fn killed(low: u64, high: u64, subject: Option<&str>, event: usize, start: usize, vague: bool) -> Claim {
    serde_json::from_value(serde_json::json!({
        "quantity": "killed", "subject": subject, "low": low, "high": high, "approx": false, "vague": vague,
        "text": "قتلى", "attribution": [], "start": start, "end": start + 2, "sentence": "جملة", "event": event
    }))
    .unwrap()
}

fn article(id: &str, outlet: &str, published: &str, events: Vec<Event>, claims: Vec<Claim>) -> ExportArticle {
    ExportArticle {
        id: id.into(),
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        title: Some(format!("عنوان {id}")),
        url: Some(format!("https://news.example/{id}")),
        near: vec![vec![]; events.len()],
        claims,
        events,
        setting: vec![],
    }
}

fn story(id: &str, articles: &[&ExportArticle]) -> Story {
    Story {
        id: id.into(),
        title: "قصة".into(),
        first: None,
        last: None,
        articles: articles
            .iter()
            .map(|a| StoryArticle { id: a.id.clone(), outlet: a.outlet.clone(), published: a.published.clone(), published_source: None, title: a.title.clone(), near_duplicate_of: None })
            .collect(),
        actors: vec![],
        places: vec![],
        figures: vec![],
        events: vec![],
        contradictions: vec![],
        incidents: vec![],
        thread: None,
        outlets: vec![],
    }
}

fn parse(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

fn valid_day(d: &str) -> bool {
    let b = d.as_bytes();
    d.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d[..4].parse::<u32>().is_ok_and(|y| (1900..=2200).contains(&y))
        && d[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        && d[8..].parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
}

/// Two outlets report one air strike on Hasakah (one story), with 5 and 7 dead; a third
/// article (no story) reports a clash with an absurd figure.
fn fixture() -> (Vec<ExportArticle>, Vec<Story>) {
    let hasakah = || Some(ent("الحسكة", Some("hasakah-city")));
    let a = article("a1", "Outlet A", "2031-03-15", vec![event("air_strike", Some(ent("التحالف", Some("isis"))), hasakah(), "2031-03-14", "غارة")], vec![killed(5, 5, Some("civilians"), 0, 10, false)]);
    let b = article("a2", "Outlet B", "2031-03-15", vec![event("air_strike", Some(ent("التنظيم", Some("isis"))), hasakah(), "2031-03-14", "غارة جوية")], vec![killed(7, 7, Some("civilians"), 0, 20, false)]);
    let c = article(
        "a3",
        "Outlet C",
        "2031-03-16",
        vec![event("clash", None, Some(ent("بلدة مجهولة", None)), "2031-03-16", "اشتباكات")],
        vec![killed(11_000_000, 11_000_000, None, 0, 5, false), killed(20, 99, None, 0, 30, true), killed(2031, 2031, Some("soldiers"), 0, 40, false)],
    );
    let s = story("s1", &[&a, &b]);
    (vec![a, b, c], vec![s])
}

#[test]
fn the_mapping_file_loads_and_covers_every_event_kind() {
    let m = Mapping::parse(export::mapping::ACLED_TOML).unwrap();
    let triggers = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/events/triggers.toml")).unwrap();
    let v: toml::Value = toml::from_str(&triggers).unwrap();
    for t in v["trigger"].as_array().unwrap() {
        let kind = t["type"].as_str().unwrap();
        if kind.is_empty() || kind == "statement" {
            continue;
        }
        assert!(m.kind.contains_key(&kind.parse().unwrap()), "event kind {kind} has no ACLED mapping in data/exports/acled.toml");
    }
    // Every country the gazetteer names has a row.
    for p in lexicon().places() {
        if let Some(c) = &p.country {
            assert!(m.countries.contains_key(c.as_str()), "country {c} of {} missing from [countries]", p.id);
        }
    }
    assert!(Mapping::parse("[kind.x]\nevent_type = \"Nope\"\nsub_event_type = \"y\"\n[disorder]\n[inter]\n[words]\nsuicide=[]\n[fatalities]\nmax_per_event=1\nvague_several=1\nvague_dozens=1\nvague_hundreds=1\nvague_thousands=1\n[countries]\n").is_err());
}

#[test]
fn acled_one_row_per_event_with_the_exact_columns() {
    let (arts, stories) = fixture();
    let input = ExportInput::new(&arts, &stories, lexicon());
    let mut out = Vec::new();
    export::write(ExportKind::Acled, &input, &Options::for_kind(ExportKind::Acled), &mut out).unwrap();
    let (header, rows) = parse(&out);
    assert_eq!(header, ACLED_HEADER);
    assert_eq!(rows.len(), 2, "two reports of one strike are one row, the clash another: {rows:?}");
    let col = |r: &Vec<String>, c: &str| r[ACLED_HEADER.iter().position(|x| *x == c).unwrap()].clone();
    for r in &rows {
        assert_eq!(r.len(), ACLED_HEADER.len());
        assert!(valid_day(&col(r, "event_date")), "{r:?}");
        assert_eq!(col(r, "year"), "2031");
        assert!(col(r, "fatalities").parse::<u64>().is_ok_and(|f| f <= 5000), "{r:?}");
    }
    let strike = &rows[0];
    assert_eq!(col(strike, "event_type"), "Explosions/Remote violence");
    assert_eq!(col(strike, "sub_event_type"), "Air/drone strike");
    assert_eq!(col(strike, "disorder_type"), "Political violence");
    assert_eq!(col(strike, "actor1"), lexicon().actor("isis").unwrap().name_en);
    assert_eq!(col(strike, "country"), "Syria");
    assert_eq!(col(strike, "iso"), "760");
    assert!(col(strike, "event_id_cnty").starts_with("SYR"));
    assert!(!col(strike, "latitude").is_empty() && !col(strike, "longitude").is_empty());
    assert_eq!(col(strike, "source"), "Outlet A; Outlet B");
    // The conservative figure, and the range beside it; the dispute in the notes.
    assert_eq!(col(strike, "fatalities"), "5");
    assert_eq!((col(strike, "fatalities_low"), col(strike, "fatalities_best"), col(strike, "fatalities_high")), ("5".into(), "7".into(), "7".into()));
    assert!(col(strike, "notes").contains("disputed"), "{}", col(strike, "notes"));
    assert_eq!(col(strike, "actor2"), "Civilians (Syria)");
    assert_eq!(col(strike, "inter2"), "7");
    // The absurd figure is set aside, the vague one coded as ACLED codes "dozens".
    let clash = &rows[1];
    assert_eq!(col(clash, "fatalities"), "12", "{clash:?}");
    assert!(col(clash, "notes").contains("Set aside: 11000000"), "{}", col(clash, "notes"));
    assert!(col(clash, "notes").contains("2031 per Outlet C (Outlet C): reads as a year"), "{}", col(clash, "notes"));
    assert_eq!(col(clash, "actor1"), "Unidentified Armed Group");
    assert_eq!(col(clash, "event_type"), "Battles");
}

#[test]
fn ucdp_rows_have_the_exact_columns_and_consistent_deaths() {
    let (arts, stories) = fixture();
    let input = ExportInput::new(&arts, &stories, lexicon());
    let mut out = Vec::new();
    export::write(ExportKind::Ucdp, &input, &Options::default(), &mut out).unwrap();
    let (header, rows) = parse(&out);
    assert_eq!(header, UCDP_HEADER);
    assert_eq!(rows.len(), 2, "{rows:?}");
    let col = |r: &Vec<String>, c: &str| r[UCDP_HEADER.iter().position(|x| *x == c).unwrap()].clone();
    for r in &rows {
        assert_eq!(r.len(), UCDP_HEADER.len());
        assert!(valid_day(&col(r, "date_start")) && valid_day(&col(r, "date_end")), "{r:?}");
        assert!(col(r, "date_start") <= col(r, "date_end"));
        let n = |c: &str| col(r, c).parse::<u64>().unwrap();
        assert_eq!(n("best"), n("deaths_a") + n("deaths_b") + n("deaths_civilians") + n("deaths_unknown"));
        assert!(n("low") <= n("best") && n("best") <= n("high"), "{r:?}");
        assert!(n("high") <= 5000);
    }
    assert_eq!(col(&rows[0], "deaths_civilians"), "7");
    assert_eq!(col(&rows[0], "type_of_violence"), "3");
    assert_eq!(col(&rows[0], "side_b"), "Civilians");
    assert!(col(&rows[0], "source_article").contains("https://news.example/a1"));
}

#[test]
fn every_export_neutralises_formula_cells() {
    let payloads = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1)", "\tcmd", "\rcmd"];
    let mut arts = Vec::new();
    for (i, p) in payloads.iter().enumerate() {
        let mut c = killed(3, 3, Some(p), 0, 1, false);
        c.text = p.to_string();
        c.attribution = vec![p.to_string()];
        arts.push(ExportArticle {
            id: format!("{p}{i}"),
            outlet: Some(p.to_string()),
            published: Some("2031-01-02".into()),
            title: Some(p.to_string()),
            url: Some(p.to_string()),
            claims: vec![c],
            events: vec![event("attack", Some(ent(p, None)), Some(ent(p, None)), "2031-01-02", p)],
            near: vec![vec![]],
            setting: vec![],
        });
    }
    let input = ExportInput::new(&arts, &[], lexicon());
    for kind in [ExportKind::Acled, ExportKind::Ucdp, ExportKind::Claims] {
        let mut out = Vec::new();
        export::write(kind, &input, &Options::for_kind(kind), &mut out).unwrap();
        let (header, rows) = parse(&out);
        assert!(!rows.is_empty(), "{kind:?}");
        for r in &rows {
            assert_eq!(r.len(), header.len());
            for cell in r {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{kind:?}: live cell {cell:?}");
            }
        }
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("'=HYPERLINK") || kind != ExportKind::Claims, "{text}");
    }
}

#[test]
fn claims_start_with_a_byte_order_mark() {
    let (arts, stories) = fixture();
    let input = ExportInput::new(&arts, &stories, lexicon());
    let mut out = Vec::new();
    export::write(ExportKind::Claims, &input, &Options::for_kind(ExportKind::Claims), &mut out).unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBFstory,article,"));
    let mut plain = Vec::new();
    export::write(ExportKind::Acled, &input, &Options::for_kind(ExportKind::Acled), &mut plain).unwrap();
    assert!(plain.starts_with(b"event_id_cnty,"));
}

#[test]
fn the_side_whose_dead_are_counted_is_actor2() {
    let isis = lexicon().actor("isis").unwrap();
    let a = article(
        "d1",
        "Outlet D",
        "2031-06-01",
        vec![event("clash", Some(ent("القوات", Some("tiger-forces"))), Some(ent("الحسكة", Some("hasakah-city"))), "2031-06-01", "اشتباكات")],
        vec![killed(9, 9, Some(isis.subject_label()), 0, 3, false)],
    );
    let arts = vec![a];
    let input = ExportInput::new(&arts, &[], lexicon());
    let t = export::table(ExportKind::Ucdp, &input);
    let col = |c: &str| t.rows[0][UCDP_HEADER.iter().position(|x| *x == c).unwrap()].clone();
    assert_eq!(t.rows.len(), 1);
    assert_eq!(col("side_b"), isis.name_en);
    assert_eq!(col("deaths_b"), "9");
    assert_eq!(col("type_of_violence"), "1", "a state force against an armed group");
    let t = export::table(ExportKind::Acled, &input);
    let col = |c: &str| t.rows[0][ACLED_HEADER.iter().position(|x| *x == c).unwrap()].clone();
    assert_eq!((col("inter1"), col("inter2"), col("interaction")), ("1".into(), "2".into(), "12".into()));
}
