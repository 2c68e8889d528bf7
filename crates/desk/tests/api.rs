//! The API answers every path `docs/openapi.json` documents with 200 and JSON of the
//! documented shape; hostile article text is inert in every page and response.

mod common;
use common::*;
use serde_json::Value;

fn openapi() -> Value {
    serde_json::from_str(include_str!("../../../docs/openapi.json")).unwrap()
}

/// The documented schema's required top-level properties (following one `$ref`); `None`
/// for a CSV download.
fn required(doc: &Value, path: &str) -> Option<Vec<String>> {
    let content = &doc["paths"][path]["get"]["responses"]["200"]["content"];
    if content.get("text/csv").is_some() {
        return None;
    }
    let mut s = &content["application/json"]["schema"];
    if let Some(r) = s["$ref"].as_str() {
        s = &doc["components"]["schemas"][r.rsplit('/').next().unwrap()];
    }
    assert_eq!(s["type"], "object", "{path}: documented as an object");
    Some(s["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect())
}

fn enc(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[test]
fn every_documented_path_answers_with_its_shape_and_hostile_text_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    // A stand-in exporter: names the kind and the stories it was asked for.
    let exporter: riwaya_desk::Exporter = Box::new(|kind: &str, ids: Option<&[i64]>| Ok(format!("kind,stories\n{kind},{ids:?}\n").into_bytes()));
    let addr = serve_with(&build_store(dir.path()), Some(exporter));
    let doc = openapi();
    // A concrete request per documented path (a path added to the document must be added here).
    let concrete = |p: &str| -> Vec<String> {
        match p {
            "/api/stories" => vec!["/api/stories".into(), "/api/stories?outlet=evil&since=2022-01-01&until=2022-12-31&page=1&limit=5".into(), "/api/stories?q=%D8%AD%D9%85%D8%B5".into()],
            "/api/stories/{id}" => vec!["/api/stories/1".into(), "/api/stories/2".into()],
            "/api/articles/{id}" => vec![format!("/api/articles/{}", enc(HOSTILE_ID)), "/api/articles/day/1.txt".into()],
            "/api/outlets/{id}" => vec![format!("/api/outlets/{}", enc(HOSTILE_OUTLET)), "/api/outlets/Al%20Mayadeen".into()],
            "/api/export/{kind}" => vec!["/api/export/acled?story=1".into(), "/api/export/claims?outlet=mayadeen".into(), "/api/export/ucdp".into()],
            "/api/search" => vec!["/api/search?q=%D9%82%D8%B5%D9%81".into(), format!("/api/search?q={}", enc(HOSTILE))],
            other => panic!("documented path {other} has no request in this test"),
        }
    };
    let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    assert_eq!(paths.len(), 6);
    for p in &paths {
        let need = required(&doc, p);
        for url in concrete(p) {
            let r = get(addr, &url);
            assert_eq!(r.status, 200, "{url}: {}", r.body);
            let Some(need) = &need else {
                assert!(r.header("content-type").unwrap().starts_with("text/csv"), "{url}");
                assert!(r.header("content-disposition").unwrap().starts_with("attachment"), "{url}");
                continue;
            };
            assert!(r.header("content-type").unwrap().starts_with("application/json"), "{url}");
            assert_inert(&url, &r.body);
            let v: Value = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{url}: {e}"));
            for k in need {
                assert!(v.get(k).is_some(), "{url}: no {k:?} in {}", r.body);
            }
        }
    }
    // The values survive: escaping is for the wire, not the data.
    let v: Value = serde_json::from_str(&get(addr, "/api/stories/1").body).unwrap();
    assert_eq!(v["story"]["figures"][0]["subject"], HOSTILE);
    assert_eq!(v["names"][format!("org:{HOSTILE}")], HOSTILE);
    let v: Value = serde_json::from_str(&get(addr, "/api/stories?outlet=mayadeen").body).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["stories"][0]["id"], 2);
    let v: Value = serde_json::from_str(&get(addr, "/api/stories?q=%D8%AD%D9%85%D8%B5").body).unwrap();
    assert_eq!(v["stories"][0]["id"], 2, "full text finds the Homs story");
    let v: Value = serde_json::from_str(&get(addr, "/api/stories?limit=1&page=2").body).unwrap();
    assert_eq!((v["total"].as_u64(), v["stories"].as_array().unwrap().len()), (Some(2), 1));
    let v: Value = serde_json::from_str(&get(addr, "/api/stories?event=air_strike").body).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(get(addr, "/api/export/acled?story=1").body, "kind,stories\nacled,Some([1])\n");
    assert_eq!(get(addr, "/api/export/claims?outlet=mayadeen").body, "kind,stories\nclaims,Some([2])\n");
    assert_eq!(get(addr, "/api/export/ucdp").body, "kind,stories\nucdp,None\n");
    assert_eq!(get(addr, "/api/export/other").status, 404);
    assert_eq!(get(addr, "/api/export/acled?story=99").status, 404);
    assert!(get(addr, "/stories/1").body.contains("href=\"/api/export/acled?story=1\""));
    assert_eq!(get(addr, "/api/stories/99").status, 404);
    assert_eq!(get(addr, "/api/stories/x").status, 400);
    let r = get(addr, "/api/stories?page=x");
    assert_eq!(r.status, 400);
    assert!(serde_json::from_str::<Value>(&r.body).unwrap()["error"].is_string());
    assert_eq!(get(addr, "/?page=%3Cscript%3E").status, 400);
    assert_inert("bad page", &get(addr, "/?page=%3Cscript%3E").body);
    assert_eq!(get(addr, "/api/nothing").status, 404);

    // Every page, hostile story and article included.
    let pages = [
        "/".to_string(),
        "/?outlet=Evil".into(),
        "/?q=%3Cscript%3E&actor=%3Cb%3E".into(),
        "/stories/1".into(),
        "/stories/2".into(),
        format!("/articles/{}", enc(HOSTILE_ID)),
        "/articles/day/0.txt".into(),
        format!("/outlets/{}", enc(HOSTILE_OUTLET)),
        format!("/search?q={}", enc(HOSTILE)),
        "/search?q=%D9%82%D8%B5%D9%81".into(),
    ];
    for p in &pages {
        let r = get(addr, p);
        assert_eq!(r.status, 200, "{p}");
        assert!(r.header("content-security-policy").unwrap().contains("default-src 'none'"), "{p}");
        assert_inert(p, &r.body);
        // No external request: every src/href is local, a fragment, or the original's link.
        for attr in ["src=\"http", "href=\"//", "url(http", "@import"] {
            assert!(!r.body.contains(attr), "{p}: {attr}");
        }
        assert!(!r.body.contains("org:"), "{p}: an internal id is shown");
    }
    let art = get(addr, &format!("/articles/{}", enc(HOSTILE_ID))).body;
    assert!(art.contains("<mark class=\"claim\""), "the figure is highlighted");
    assert!(art.contains("original (not a web link)"), "javascript: URL is not a link");
    let story = get(addr, "/stories/1").body;
    assert!(story.contains("class=\"contra\"") && story.contains("<svg class=\"evolution\""));
    assert_eq!(get(addr, "/stories/99").status, 404);
}
