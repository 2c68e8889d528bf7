//! The static HTML report: one page while small; past the limit an index and one page per
//! story, each linking back; English labels isolated left to right; no internal ids, no
//! live links but http(s); articles of unknown outlets not merged.

use riwaya_report::brief::{html_pages, html_report_with, Urls, ONE_PAGE_STORIES};
use riwaya_stories::{NamedCount, Story, StoryArticle, StoryEvent};

fn story(i: usize) -> Story {
    let art = |n: usize, outlet: Option<&str>| StoryArticle {
        id: format!("art-{i}-{n}"),
        outlet: outlet.map(Into::into),
        published: Some("2031-05-01".into()),
        published_source: None,
        title: Some(format!("عنوان <b>{i}</b>")),
        near_duplicate_of: None,
    };
    Story {
        id: format!("s{i}"),
        title: format!("قصة رقم {i}"),
        first: Some("2031-05-01".into()),
        last: Some("2031-05-02".into()),
        articles: vec![art(0, None), art(1, None), art(2, Some("Outlet A"))],
        actors: vec![NamedCount { entity: "isis".into(), name: "Islamic State (ISIS)".into(), count: 3 }],
        places: vec![],
        figures: vec![],
        events: vec![StoryEvent {
            kind: riwaya_model::EventKind::Attack,
            agent: Some("org:لجنه-التنميه-الاجتماعيه".into()),
            place: Some("المدينة".into()),
            date: Some("2031-05-01".into()),
            reports: vec![],
        }],
        contradictions: vec![],
        incidents: vec![],
        thread: None,
        outlets: vec![],
    }
}

#[test]
fn a_small_report_is_one_page() {
    let stories: Vec<Story> = (0..3).map(story).collect();
    let pages = html_pages(&stories, 9, "t", &Urls::new(), "r.html", "r_stories");
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].0, "r.html");
}

#[test]
fn a_large_report_is_an_index_and_a_page_per_story_linking_back() {
    let stories: Vec<Story> = (0..ONE_PAGE_STORIES + 1).map(story).collect();
    let pages = html_pages(&stories, 300, "t", &Urls::new(), "my report.html", "my report_stories");
    assert_eq!(pages.len(), stories.len() + 1);
    let (index_name, index) = &pages[0];
    assert_eq!(index_name, "my report.html");
    for (name, page) in &pages[1..] {
        assert!(name.starts_with("my report_stories/story-s") && name.ends_with(".html"), "{name}");
        let file = name.rsplit('/').next().unwrap();
        assert!(index.contains(&format!("href=\"my%20report_stories/{file}\"")), "index lacks a link to {file}");
        assert!(page.contains("href=\"../my%20report.html\""), "{name} does not link back");
        assert!(page.ends_with("</html>\n"));
    }
}

#[test]
fn labels_are_isolated_ids_hidden_links_only_http() {
    let s = story(1);
    let mut urls = Urls::new();
    urls.insert("art-1-0".into(), "javascript:alert(1)".into());
    urls.insert("art-1-2".into(), "https://news.example/a?x=1&y=\"2\"".into());
    let html = html_report_with(&[s], 3, "t", &urls);
    // English labels and the subtitle keep their order in the right-to-left page.
    assert!(html.contains("<bdi dir=\"ltr\">1 stories, 3 articles</bdi>"), "subtitle not isolated");
    assert!(html.contains("<bdi dir=\"ltr\" lang=\"en\">Articles</bdi>"));
    // No internal id; the words instead.
    assert!(!html.contains("org:"), "an internal id leaks");
    assert!(html.contains("لجنه التنميه الاجتماعيه"));
    // Only the http(s) URL is a link, escaped; titles escaped.
    assert!(!html.contains("javascript:"));
    assert!(html.contains("href=\"https://news.example/a?x=1&amp;y=&quot;2&quot;\""));
    assert!(!html.contains("<b>1</b>") && html.contains("&lt;b&gt;1&lt;/b&gt;"));
    // Two articles of unknown outlets are two, not one merged outlet.
    assert!(html.contains("2 article(s) of unknown outlets"), "unknown outlets merged");
    assert!(html.contains("3 outlets"));
}
