//! Extraction and metadata on small fictional pages, and inputs that must not panic.
use riwaya_html::{extract, HtmlArticle};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn arabic_page_keeps_only_the_article() {
    let a = extract(&fixture("arabic_news.html"), Some("https://alofoq.example/news/2024/clashes?utm=x"));
    let t = &a.text;
    for kept in ["شهد الريف الشرقي للمدينة", "أصوات القذائف", "فرق الدفاع المدني", "وجهاء المنطقة"] {
        assert!(t.contains(kept), "missing {kept:?} in:\n{t}");
    }
    for dropped in [
        "الرئيسية", "اتصل بنا", "اقرأ أيضاً", "تصاعد التوتر", "الأكثر قراءة", "أسعار الخبز", "تعليق تجريبي",
        "نتمنى السلامة", "جميع الحقوق", "سياسة الخصوصية", "واتساب", "تابعوا آخر التطورات",
    ] {
        assert!(!t.contains(dropped), "boilerplate {dropped:?} kept in:\n{t}");
    }
    // The heading repeating the title is not part of the body.
    assert!(!t.starts_with("اشتباكات في ريف"), "{t}");
    // Paragraphs stay separate.
    assert!(t.matches('\n').count() >= 3, "{t:?}");
    assert_eq!(a.title.as_deref(), Some("اشتباكات في ريف المدينة الشرقي"));
    assert_eq!(a.url.as_deref(), Some("https://alofoq.example/news/2024/clashes"));
    assert_eq!(a.published, Some(("2024-03-07".to_string(), "html:article:published_time")));
    assert_eq!(a.site_name.as_deref(), Some("شبكة الأفق الإخبارية"));
    assert_eq!(a.author.as_deref(), Some("سلمى الحداد, كريم ناصر"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
}

#[test]
fn json_ld_article_body_replaces_a_stub() {
    let a = extract(&fixture("jsonld_body.html"), None);
    assert!(a.text.contains("سبعة قتلى"), "{}", a.text);
    assert!(a.text.contains("ممرات آمنة"), "{}", a.text);
    assert!(a.text.lines().count() >= 3, "{:?}", a.text);
    assert!(!a.text.contains("جار التحميل"));
    // No og:title: the JSON-LD headline comes before <title>.
    assert_eq!(a.title.as_deref(), Some("حصيلة جديدة للقصف على البلدة"));
    assert_eq!(a.url.as_deref(), Some("https://almaidan.example/r/552"));
    assert_eq!(a.published, Some(("2024-01-12".to_string(), "html:json-ld")));
    assert_eq!(a.site_name.as_deref(), Some("موقع الميدان"));
    assert_eq!(a.author.as_deref(), Some("فريق التحرير"));
}

fn page(head: &str, body: &str) -> String {
    format!("<html><head>{head}</head><body>{body}</body></html>")
}

const BODY: &str = "<article><p>The committee met on Tuesday to review the proposal in detail, and members raised several questions about its cost and timing.</p><p>A final vote is expected next month after a period of public consultation with residents of the affected districts.</p></article>";

#[test]
fn title_sources_and_site_suffix() {
    let a = extract(&page("<title>Budget vote delayed | Daily Example</title><meta property='og:site_name' content='Daily Example'>", BODY), None);
    assert_eq!(a.title.as_deref(), Some("Budget vote delayed"));
    let a = extract(&page("<title>Daily Example - Budget vote delayed</title><meta property='og:site_name' content='Daily Example'>", BODY), None);
    assert_eq!(a.title.as_deref(), Some("Budget vote delayed"));
    // Without a site name nothing is stripped.
    let a = extract(&page("<title>Budget vote - delayed again</title>", BODY), None);
    assert_eq!(a.title.as_deref(), Some("Budget vote - delayed again"));
    // og:title wins over <title>.
    let a = extract(&page("<title>T1</title><meta property='og:title' content='T2'>", BODY), None);
    assert_eq!(a.title.as_deref(), Some("T2"));
    // JSON-LD publisher as the site name.
    let a = extract(
        &page(r#"<title>Vote — Example Times</title><script type="application/ld+json">{"@type":"Article","headline":"Vote","publisher":{"name":"Example Times"}}</script>"#, BODY),
        None,
    );
    assert_eq!(a.site_name.as_deref(), Some("Example Times"));
    assert_eq!(a.title.as_deref(), Some("Vote"));
}

#[test]
fn url_sources() {
    let a = extract(&page("<link rel='canonical' href='https://ex.org/a'><meta property='og:url' content='https://ex.org/b'>", BODY), None);
    assert_eq!(a.url.as_deref(), Some("https://ex.org/a"));
    let a = extract(&page("<meta property='og:url' content='https://ex.org/b'>", BODY), None);
    assert_eq!(a.url.as_deref(), Some("https://ex.org/b"));
    let a = extract(&page(r#"<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://ex.org/c"}}</script>"#, BODY), None);
    assert_eq!(a.url.as_deref(), Some("https://ex.org/c"));
    let a = extract(&page("<link rel='canonical' href='//ex.org/d'>", BODY), Some("https://ex.org/x"));
    assert_eq!(a.url.as_deref(), Some("https://ex.org/d"));
    let a = extract(&page("", BODY), Some("https://ex.org/x"));
    assert_eq!(a.url, None);
}

#[test]
fn published_sources_and_formats() {
    let p = |head: &str| extract(&page(head, BODY), None).published;
    let d = |s: &str, w: &'static str| Some((s.to_string(), w));
    assert_eq!(p("<meta property='article:published_time' content='2022-01-22T10:30:00+03:00'>"), d("2022-01-22", "html:article:published_time"));
    assert_eq!(p(r#"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2022-01-22 10:30"}</script>"#), d("2022-01-22", "html:json-ld"));
    assert_eq!(p("<meta name='pubdate' content='Sat, 22 Jan 2022 10:30:00 +0300'>"), d("2022-01-22", "html:meta"));
    assert_eq!(p("<meta itemprop='datePublished' content='22/01/2022'>"), d("2022-01-22", "html:meta"));
    assert_eq!(extract(&page("", &format!("<time datetime='2021-12-31T23:00:00Z'>x</time>{BODY}")), None).published, d("2021-12-31", "html:time"));
    assert_eq!(extract(&page("", &format!("<time>٣ أيلول ٢٠٢٣</time>{BODY}")), None).published, d("2023-09-03", "html:time"));
    // article:published_time wins over JSON-LD; junk is ignored.
    assert_eq!(
        p(r#"<meta property='article:published_time' content='2020-05-01'><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-04-30"}</script>"#),
        d("2020-05-01", "html:article:published_time")
    );
    assert_eq!(p("<meta property='article:published_time' content='soon'>"), None);
}

#[test]
fn malformed_json_ld_is_tolerated() {
    let head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"سطر\nثان\", \"datePublished\": \"2023-02-03\",}</script>\
                <script type='application/ld+json'>{{{ broken</script><script type='APPLICATION/LD+JSON'>[]</script>";
    let a = extract(&page(head, BODY), None);
    assert_eq!(a.published, Some(("2023-02-03".to_string(), "html:json-ld")));
    assert_eq!(a.title.as_deref(), Some("سطر ثان"));
}

#[test]
fn bidi_controls_are_removed() {
    let a = extract(&page("<meta property='og:title' content='\u{200F}عنوان\u{200E} الخبر'>", "<article><p>\u{202B}هذه فقرة أولى طويلة بما يكفي لكي تعتبر جزءاً من نص المقال الرئيسي في الصفحة\u{202C} وهي تتحدث عن حدث ما.</p><p>وهذه فقرة ثانية تكمل الخبر وتضيف تفاصيل أخرى عن الحدث المذكور أعلاه بكلمات كافية.</p></article>"), None);
    assert_eq!(a.title.as_deref(), Some("عنوان الخبر"));
    assert!(!a.text.contains(['\u{200F}', '\u{200E}', '\u{202B}', '\u{202C}']), "{:?}", a.text);
    assert!(a.text.contains("فقرة أولى"), "{:?}", a.text);
}

#[test]
fn lang_and_plain_text_dump() {
    assert_eq!(extract("<html lang='ar-SY'><body>x</body></html>", None).lang.as_deref(), Some("ar-SY"));
    assert_eq!(
        riwaya_html::text_dump("<p>أ &amp; ب</p><script>var x=1</script><div>ج&#1583;</div>"),
        "أ & ب\n\nجد"
    );
}

#[test]
fn hostile_inputs_do_not_panic() {
    let long_line = "<p>".to_string() + &"كلمة word ".repeat(50 * 1024 * 1024 / 14) + "</p>";
    assert!(long_line.len() >= 50_000_000);
    let garbage: String = (0..100_000u32).map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('x')).collect();
    let cases: Vec<String> = vec![
        String::new(),
        " ".into(),
        "<".into(),
        "<<<>>>&&&;;;&#xFFFFFFFF;&#99999999999;".into(),
        "<html><head><script type='application/ld+json'>".into(),
        "\u{0}\u{1}\u{FFFD}<p>\u{202E}</p>".into(),
        garbage,
        "<div>".repeat(50_000) + "نص" + &"</div>".repeat(50_000),
        "<b><i><table><tr><td>".repeat(20_000),
        long_line,
    ];
    for html in &cases {
        let a: HtmlArticle = extract(html, Some("not a url"));
        assert!(a.text.len() <= html.len() + 16);
    }
}
