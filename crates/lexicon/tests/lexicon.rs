//! The embedded data loads and validates, covers the gold alias groups, and the loader
//! rejects malformed files with file:line and reason.

use riwaya_lexicon::{name_key, normalize, Lexicon, NameKind, Position};
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("embedded lexicon loads"))
}

#[test]
fn embedded_data_loads_without_warnings() {
    let (l, warnings) = Lexicon::load(&[]).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        warnings.is_empty(),
        "{} warnings:\n{}",
        warnings.len(),
        warnings.join("\n")
    );
    assert!(Lexicon::embedded_files().count() >= 3);
    let (a, p, t) = l.counts();
    eprintln!(
        "actors {a}, places {p}, terms {t}; actor kinds {:?}",
        l.actor_kind_counts()
    );
}

#[test]
fn counts_meet_the_floor() {
    let l = lex();
    let (a, p, t) = l.counts();
    assert!(a + p >= 300, "actors {a} + places {p} < 300");
    assert!(t >= 80, "loaded terms {t} < 80");
    assert!(l.outlets().count() >= 40);
}

#[test]
fn main_entities_have_their_labels() {
    let l = lex();
    assert_eq!(l.actor("isis").unwrap().subject_label(), "ISIS");
    assert_eq!(l.actor("sdf").unwrap().subject_label(), "SDF");
    assert_eq!(
        l.actor("us-led-coalition").unwrap().subject_label(),
        "coalition"
    );
    assert_eq!(
        l.actor("syrian-government").unwrap().subject_label(),
        "Syrian government"
    );
    assert_eq!(l.actor("civilians").unwrap().subject_label(), "civilians");
    assert_eq!(l.actor("sana").unwrap().kind.as_str(), "agency");
    let hasakah = l.place("hasakah-city").unwrap();
    assert!(hasakah.coords().is_some());
    let chain: Vec<&str> = l
        .place_ancestors("ghwayran-prison")
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        chain,
        ["ghwayran", "hasakah-city", "hasakah-governorate", "syria"]
    );
    assert_eq!(l.actor_ancestors("ypg")[0].id, "sdf");
    assert_eq!(l.actor("asayish").unwrap().parent.as_deref(), Some("aanes"));
}

#[test]
fn names_resolve() {
    let l = lex();
    let first = |s: &str| l.lookup_name(s).first().map(|(e, _)| e.id().to_string());
    assert_eq!(first("قوات الأمن الداخلي").as_deref(), Some("asayish"));
    assert_eq!(first("الاسايش").as_deref(), Some("asayish"));
    assert_eq!(first("الإدارة الذاتيّة").as_deref(), Some("aanes"));
    assert_eq!(first("سجن الحسكة").as_deref(), Some("ghwayran-prison"));
    assert_eq!(first("ميليشيا قسد").as_deref(), Some("sdf"));
    assert_eq!(first("الحسكه").as_deref(), Some("hasakah-city"));
    assert_eq!(
        first("محافظة الحسكة").as_deref(),
        Some("hasakah-governorate")
    );
    assert_eq!(first("الهلال الأحمر").as_deref(), Some("sarc"));
    // The bare word «الدولة» is no name of ISIS.
    assert!(l
        .lookup_name("الدولة")
        .iter()
        .all(|(e, _)| e.id() != "isis"));
    // «التحالف» is the US-led coalition by default, the Arab coalition after it was named.
    let t = l.lookup_name("التحالف");
    assert_eq!(t[0].0.id(), "us-led-coalition");
    assert!(t
        .iter()
        .any(|(e, k)| e.id() == "arab-coalition" && *k == NameKind::Short));
    // A surname is only a short alias.
    let k = l.lookup_name("كيربي");
    assert_eq!(k.len(), 1);
    assert_eq!((k[0].0.id(), k[0].1), ("john-kirby", NameKind::Short));
}

#[test]
fn outlets_by_domain_source_and_signature() {
    let l = lex();
    let d = |h: &str| l.outlet_by_domain(h).map(|a| a.id.as_str());
    assert_eq!(d("www.almayadeen.net"), Some("almayadeen"));
    assert_eq!(
        d("https://www.orient-news.net/ar/news_show/1"),
        Some("orient")
    );
    assert_eq!(
        d("https://www.bbc.com/arabic/middleeast-60000000"),
        Some("bbc-arabic")
    );
    assert_eq!(d("https://www.bbc.com/news"), None);
    assert_eq!(d("english.alarabiya.net"), Some("alarabiya"));
    assert_eq!(d("https://www.aa.com.tr/ar/x"), Some("anadolu"));
    assert_eq!(d("example.org"), None);
    // The 14 SaudiNewsNet sources.
    for s in [
        "alriyadh",
        "aljazirah",
        "alyaum",
        "aleqtisadiya",
        "aawsat",
        "okaz",
        "alwatan",
        "almadina",
        "alweeam",
        "3alyoum",
        "sabq",
        "was",
        "arreyadi",
        "arriyadiyah",
    ] {
        let o = l
            .outlet_by_source_name(s)
            .unwrap_or_else(|| panic!("no outlet for source {s}"));
        assert!(o.is_outlet(), "{s}");
    }
    assert_eq!(l.outlet_by_source_name("WAS").unwrap().id, "spa");
    let sigs = l.outlet_signatures();
    let find = |s: &str| {
        sigs.iter()
            .find(|(t, _)| *t == s)
            .map(|(_, a)| a.id.as_str())
    };
    assert_eq!(find("مصادر الميادين"), Some("almayadeen"));
    assert_eq!(find("سناك سوري _ متابعات"), Some("snack-syrian"));
    assert_eq!(find("لأورينت نت"), Some("orient"));
    assert_eq!(find("خاص عنب بلدي"), Some("enab-baladi"));
    // Longest first.
    let lens: Vec<usize> = sigs.iter().map(|(s, _)| s.chars().count()).collect();
    assert!(lens.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn terms_are_well_formed() {
    let l = lex();
    let dawaish = l.term("dawaish").unwrap();
    assert_eq!(dawaish.position, Position::Standalone);
    assert_eq!(dawaish.entity.as_deref(), Some("isis"));
    assert_eq!(
        l.term("qiwat-al-nizam").unwrap().entity.as_deref(),
        Some("syrian-government")
    );
    for t in l.standalone_terms() {
        assert!(l.actor(t.entity.as_deref().unwrap()).is_some());
    }
    let texts: BTreeSet<String> = l
        .terms()
        .flat_map(|t| t.texts().map(normalize).collect::<Vec<_>>())
        .collect();
    for w in [
        "إرهابيي",
        "الدواعش",
        "ميليشيا",
        "ميليشيات",
        "مرتزقة",
        "ما يسمى ب",
        "ما يسمّى بـ",
        "المزعومة",
        "الاحتلال الأمريكي",
        "الاحتلال التركي",
        "قوات النظام",
        "النظام السوري",
        "الجيش العربي السوري",
        "الجيش الوطني",
        "عصابات",
        "خلايا",
        "التكفيريين",
        "الخوارج",
        "الثوار",
        "الشهيد",
        "الإرهابي",
        "الإرهابية",
    ] {
        assert!(texts.contains(&normalize(w)), "missing loaded term {w}");
    }
}

/// Every name of every entity, keyed by [`name_key`] (so «لـ»/«ال» prefixes don't matter).
fn name_keys(l: &Lexicon) -> HashMap<String, BTreeSet<String>> {
    let mut m: HashMap<String, BTreeSet<String>> = HashMap::new();
    for n in l.names() {
        m.entry(name_key(n.text))
            .or_default()
            .insert(n.entity.to_string());
        m.entry(normalize(n.text))
            .or_default()
            .insert(n.entity.to_string());
    }
    m
}

#[test]
fn gold_alias_groups_are_covered() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/seeds.aliases.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "note: {} is absent; gold coverage not checked",
            path.display()
        );
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let l = lex();
    let keys = name_keys(l);
    let mut failures = Vec::new();
    for group in v["groups"].as_array().unwrap() {
        let names: Vec<&str> = group
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        // The entities each name can denote; the group is covered when one entity is common to all.
        let mut common: Option<BTreeSet<String>> = None;
        for n in &names {
            let ids = keys
                .get(&normalize(n))
                .or_else(|| keys.get(&name_key(n)))
                .cloned()
                .unwrap_or_default();
            if ids.is_empty() {
                failures.push(format!("{n}: not a name in the lexicon"));
            }
            common = Some(match common {
                None => ids,
                Some(c) => c.intersection(&ids).cloned().collect(),
            });
        }
        let common = common.unwrap_or_default();
        if common.is_empty() {
            failures.push(format!("group {names:?} has no entity in common"));
        } else {
            // The first name's default entity must be that common entity (not just a short alias).
            let first = l.lookup_name(names[0]);
            if let Some((e, _)) = first.first() {
                if !common.contains(e.id()) {
                    failures.push(format!(
                        "group {names:?}: {} resolves first to {}, not {:?}",
                        names[0],
                        e.id(),
                        common
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "gold groups not covered:\n{}",
        failures.join("\n")
    );
}

// ------------------------------------------------------------------------------------------
// The loader's checks.

fn layer(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect()
}

const BASE: &str = r#"
kind = "mixed"

[[actor]]
id = "isis"
name_en = "ISIS"
name_ar = "داعش"
kind = "armed_group"
aliases = ["تنظيم الدولة"]

[[place]]
id = "syria"
name_en = "Syria"
name_ar = "سوريا"
kind = "country"
lat = 35.0
lon = 38.5
"#;

#[test]
fn malformed_files_name_file_line_and_reason() {
    let cases: &[(&str, usize, &str)] = &[
        // TOML syntax error on line 3.
        ("[[actor]]\nid = \"x\"\nname_en = \n", 3, ""),
        // Unknown kind on line 6 (the key), reported by serde with its span.
        ("\n[[actor]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"militia\"\n", 6, "militia"),
        // Unknown field.
        ("[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\npopulation = 3\n", 0, "population"),
        // Missing parent, reported at the entry's header (line 2).
        ("\n[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\nparent = \"nowhere\"\n", 2, "parent"),
        // Latitude out of range.
        ("[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\nlat = 95.0\nlon = 1.0\n", 1, "lat"),
        // Only one coordinate.
        ("[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\nlat = 35.0\n", 1, "both"),
        // Not kebab-case.
        ("[[actor]]\nid = \"Bad_Id\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\n", 1, "kebab"),
        // Empty alias.
        ("[[actor]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\naliases = [\"ع\", \" \"]\n", 1, "empty alias"),
        // Standalone term without entity.
        ("[[term]]\nid = \"t\"\ntext = \"الدواعش\"\nposition = \"standalone\"\nsignal = \"pejorative\"\n", 1, "standalone"),
        // Term pointing to an unknown actor.
        ("[[term]]\nid = \"t\"\ntext = \"الدواعش\"\nposition = \"standalone\"\nentity = \"nobody\"\nsignal = \"pejorative\"\n", 1, "nobody"),
        // Domains on a non-outlet.
        ("[[actor]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\ndomains = [\"x.org\"]\n", 1, "outlet"),
        // An actor's countries are ISO codes as a place's.
        ("[[actor]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\ncountries = [\"ye\"]\n", 1, "ISO 3166"),
        // Only a standalone term refers back.
        ("[[term]]\nid = \"t\"\ntext = \"الدواعش\"\nposition = \"before\"\nsignal = \"pejorative\"\nrefers_back = true\n", 1, "standalone"),
        // File kind that does not match its tables.
        ("kind = \"places\"\n[[actor]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\n", 1, "places"),
    ];
    for (text, line, reason) in cases {
        let e = Lexicon::from_layers(&[
            layer(&[("base.toml", BASE)]),
            layer(&[("user/bad.toml", text)]),
        ])
        .expect_err(&format!("accepted:\n{text}"));
        assert_eq!(e.file, "user/bad.toml", "{e}");
        if *line > 0 {
            assert_eq!(e.line, *line, "{e}\n---\n{text}");
        }
        assert!(e.to_string().starts_with("user/bad.toml:"), "{e}");
        assert!(e.reason.contains(reason), "{e} lacks {reason:?}");
    }
}

#[test]
fn duplicate_id_in_one_layer_is_an_error() {
    let dup = "[[actor]]\nid = \"isis\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"group\"\n";
    let e = Lexicon::from_layers(&[layer(&[("a.toml", BASE), ("b.toml", dup)])]).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("b.toml", 1));
    assert!(
        e.reason.contains("defined twice") && e.reason.contains("a.toml:4"),
        "{e}"
    );
    // An actor id reused for a place is an error even across layers.
    let clash = "[[place]]\nid = \"isis\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\n";
    let e = Lexicon::from_layers(&[layer(&[("a.toml", BASE)]), layer(&[("u.toml", clash)])])
        .unwrap_err();
    assert!(e.reason.contains("actor"), "{e}");
}

#[test]
fn user_override_warns_naming_both_files() {
    let over = "[[actor]]\nid = \"isis\"\nname_en = \"Islamic State\"\nname_ar = \"داعش\"\nkind = \"armed_group\"\naliases = [\"الدولة الإسلامية\"]\n";
    let (l, w) = Lexicon::from_layers(&[
        layer(&[("base.toml", BASE)]),
        layer(&[("mine/isis.toml", over)]),
    ])
    .unwrap();
    assert_eq!(l.actor("isis").unwrap().name_en, "Islamic State");
    assert_eq!(l.actor("isis").unwrap().origin.file, "mine/isis.toml");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("mine/isis.toml:1")
            && w[0].contains("base.toml:4")
            && w[0].contains("overrides"),
        "{}",
        w[0]
    );
}

#[test]
fn ambiguous_full_name_warns_but_short_alias_does_not() {
    let two = "[[actor]]\nid = \"a\"\nname_en = \"A\"\nname_ar = \"الجزيرة\"\nkind = \"outlet\"\n\n[[place]]\nid = \"b\"\nname_en = \"B\"\nname_ar = \"منطقة الجزيرة\"\nkind = \"region\"\naliases = [\"الجزيره\"]\n";
    let (_, w) = Lexicon::from_layers(&[layer(&[("x.toml", two)])]).unwrap();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("ambiguous") && w[0].contains("x.toml:1") && w[0].contains("x.toml:7"),
        "{}",
        w[0]
    );
    let short = two.replace("aliases = [\"الجزيره\"]", "short_aliases = [\"الجزيره\"]");
    let (_, w) = Lexicon::from_layers(&[layer(&[("x.toml", &short)])]).unwrap();
    assert!(w.is_empty(), "{w:?}");
}

/// A regional alias is a generic name several countries' bodies go by: each says where it
/// acts (no warning), and one without `countries` is refused.
#[test]
fn regional_aliases_need_countries_and_may_be_shared() {
    let body = |id: &str, cc: &str| format!("[[actor]]\nid = \"{id}\"\nname_en = \"{id}\"\nname_ar = \"جيش {id}\"\nkind = \"state_force\"\ncountries = [\"{cc}\"]\nregional_aliases = [\"القوات الحكومية\"]\n\n");
    let two = format!("{}{}", body("aa", "SY"), body("bb", "SD"));
    let (lex, w) = Lexicon::from_layers(&[layer(&[("x.toml", &two)])]).unwrap();
    assert!(w.is_empty(), "{w:?}");
    let regional: Vec<_> = lex.names().filter(|n| n.kind == riwaya_lexicon::NameKind::Regional).map(|n| n.entity).collect();
    assert_eq!(regional, ["aa", "bb"]);
    let e = Lexicon::from_layers(&[layer(&[("x.toml", &two.replacen("countries = [\"SY\"]\n", "", 1))])]).unwrap_err();
    assert!(e.to_string().contains("regional_aliases need") && e.to_string().contains("x.toml"), "{e}");
}

#[test]
fn load_reads_user_folders() {
    let dir = std::env::temp_dir().join(format!("riwaya-lexicon-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("extra.toml"),
        "kind = \"places\"\n\n[[place]]\nid = \"test-village\"\nname_en = \"Test village\"\nname_ar = \"قرية الاختبار\"\nkind = \"village\"\nparent = \"hasakah-governorate\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("ignored.txt"), "not toml").unwrap();
    let (l, w) = Lexicon::load(std::slice::from_ref(&dir)).unwrap_or_else(|e| panic!("{e}"));
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        l.place("test-village").unwrap().parent.as_deref(),
        Some("hasakah-governorate")
    );
    assert!(l
        .place("test-village")
        .unwrap()
        .origin
        .file
        .ends_with("extra.toml"));
    std::fs::write(dir.join("extra.toml"), "[[place]]\nid = \"x\"\n").unwrap();
    let e = Lexicon::load(std::slice::from_ref(&dir)).unwrap_err();
    assert!(e.file.ends_with("extra.toml") && e.line >= 1, "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
    let e = Lexicon::load(&[PathBuf::from("/nonexistent/lexicon")]).unwrap_err();
    assert!(e.reason.contains("cannot read"), "{e}");
}

#[test]
fn region_actors_resolve_with_their_parents() {
    // The region's actors by the names news writes (actors_*8.toml, outlets8.toml).
    let l = lex();
    let first = |s: &str| l.lookup_name(s).first().map(|(e, _)| e.id().to_string());
    for (name, id) in [
        ("حركة المقاومة الإسلامية", "hamas"),
        ("كتائب القسام", "qassam-brigades"),
        ("كتائب عز الدين القسام", "qassam-brigades"),
        ("الجيش الوطني الليبي", "haftar-forces"),
        (
            "القيادة العامة للقوات المسلحة العربية الليبية",
            "haftar-forces",
        ),
        ("حميدتي", "hemedti"),
        ("الجيش الأردني", "jordan-armed-forces"),
        ("الجيش المصري", "egyptian-armed-forces"),
        ("الخارجية المصرية", "egyptian-foreign-ministry"),
        ("جبهة البوليساريو", "polisario"),
        ("جماعة نصرة الإسلام والمسلمين", "jnim"),
        ("الحكومة الفيدرالية الصومالية", "somali-government"),
        ("يحيى سريع", "yahya-saree"),
        ("المرصد الأورومتوسطي لحقوق الإنسان", "euro-med-monitor"),
        ("وكالة المغرب العربي للأنباء", "map-morocco"),
        ("وكالة الأنباء الجزائرية", "aps-algeria"),
        ("قناة القاهرة الإخبارية", "alqahera-news"),
        ("مكتب تنسيق الشؤون الإنسانية", "ocha"),
        ("أطباء بلا حدود", "msf"),
    ] {
        assert_eq!(first(name).as_deref(), Some(id), "{name}");
    }
    assert_eq!(
        l.actor("qassam-brigades").unwrap().parent.as_deref(),
        Some("hamas")
    );
    assert_eq!(
        l.actor("jordan-armed-forces").unwrap().parent.as_deref(),
        Some("jordanian-government")
    );
    // Words of running text stay short aliases, valid only after the full name.
    for (w, id) in [
        ("حماس", "hamas"),
        ("القسام", "qassam-brigades"),
        ("الإصلاح", "islah-party"),
        ("وفا", "wafa"),
    ] {
        let v = l.lookup_name(w);
        assert!(
            v.iter().any(|(e, k)| e.id() == id && *k == NameKind::Short),
            "{w}"
        );
        assert!(
            v.iter().all(|(_, k)| *k == NameKind::Short),
            "{w} is a full name"
        );
    }
    // An appositive («الجناح العسكري لحركة حماس») is no name: it would swallow the parent's.
    assert!(l.lookup_name("الجناح العسكري لحركة حماس").is_empty());
}

#[test]
fn common_words_are_no_names() {
    // Words of running text that are also names of something: none may be a name at all.
    let l = lex();
    for w in [
        "الدولة",
        "اليوم",
        "المدينة",
        "الخبر",
        "العالم",
        "الحياة",
        "الأخبار",
        "النهار",
        "المدن",
        "الوطن",
        "الحدث",
        "الاقتصادية",
        "الرياضية",
        "الداخلية",
        "الشرقية",
        "خلف",
        "عنه",
        "فتح",
        "إب",
        "بلد",
        "حماس",
        "الباب",
        "الإصلاح",
        "المستقبل",
    ] {
        let full: Vec<&str> = l
            .lookup_name(w)
            .iter()
            .filter(|(_, k)| *k != NameKind::Short)
            .map(|(e, _)| e.id())
            .collect();
        assert!(full.is_empty(), "{w} is a full name of {full:?}");
    }
    // Common words and common surnames that no entry may claim even as a short alias.
    for w in [
        "الدولة",
        "اليوم",
        "المدينة",
        "الخبر",
        "العالم",
        "الوطن",
        "ومع",
        "الهجري",
        "مبارك",
        "الشيباني",
        "الزبيدي",
    ] {
        assert!(
            l.lookup_name(w).is_empty(),
            "{w} is a short alias of {:?}",
            l.lookup_name(w)
        );
    }
}

#[test]
fn a_lexicon_without_some_entries_drops_them_and_their_children_keep_no_parent() {
    let layer = vec![(
        "t.toml".to_string(),
        "kind = \"actors\"\n\n[[actor]]\nid = \"a\"\nname_en = \"A\"\nname_ar = \"حركة ألف\"\nkind = \"armed_group\"\n\n[[actor]]\nid = \"b\"\nname_en = \"B\"\nname_ar = \"جناح باء\"\nkind = \"armed_group\"\nparent = \"a\"\n".to_string(),
    )];
    let drop: std::collections::HashSet<String> = ["a".to_string()].into_iter().collect();
    let (lex, _) = riwaya_lexicon::Lexicon::from_layers_without(&[layer.clone()], &drop).unwrap();
    assert!(lex.actor("a").is_none());
    assert_eq!(lex.actor("b").map(|b| b.parent.clone()), Some(None));
    // By file name: everything of that file goes.
    let drop: std::collections::HashSet<String> = ["t.toml".to_string()].into_iter().collect();
    let (lex, _) = riwaya_lexicon::Lexicon::from_layers_without(&[layer], &drop).unwrap();
    assert!(lex.actor("a").is_none() && lex.actor("b").is_none());
}

#[test]
fn a_dropped_gazetteer_row_is_no_place() {
    let empty: Vec<Vec<(String, String)>> = vec![vec![]];
    let (lex, _) = riwaya_lexicon::Lexicon::from_layers(&empty).unwrap();
    assert!(lex.place("gn-kw").is_some());
    let drop: std::collections::HashSet<String> = ["gn-kw".to_string()].into_iter().collect();
    let (lex, _) = riwaya_lexicon::Lexicon::from_layers_without(&empty, &drop).unwrap();
    assert!(lex.place("gn-kw").is_none());
}
