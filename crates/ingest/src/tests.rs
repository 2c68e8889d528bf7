//! Every input form and every kind of bad input, with fixtures written here.

use super::*;
use std::io::Write;

const BODY: &str = "قالت مصادر محلية إن الاشتباكات مستمرة في المدينة منذ ثلاثة أيام.";

fn read_all(paths: &[PathBuf]) -> (Vec<RawArticle>, Vec<String>) {
    let (files, errs) = discover(paths);
    let mut arts = Vec::new();
    let mut errors: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    for f in &files {
        read_file(f, &mut |item| match item {
            Ok(a) => arts.push(a),
            Err(e) => errors.push(e.to_string()),
        });
    }
    (arts, errors)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn txt_title_body_and_meta_jsonl() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", format!("\n  عنوان الخبر  \n\n{BODY}\nسطر ثان.\n").as_bytes());
    write(
        d.path(),
        "meta.jsonl",
        "{\"id\": \"a.txt\", \"outlet\": \"Outlet A\", \"published\": \"2031-03-15\", \"url\": \"https://a.example/1\"}\n".as_bytes(),
    );
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(a.id, "a.txt");
    assert_eq!(a.title.as_deref(), Some("عنوان الخبر"));
    assert_eq!(a.body, format!("{BODY}\nسطر ثان."));
    assert_eq!(a.outlet.as_ref().unwrap().value, "Outlet A");
    assert_eq!(a.outlet.as_ref().unwrap().source, "meta.jsonl");
    assert_eq!(a.published.as_ref().unwrap().value, "2031-03-15");
    assert_eq!(a.url.as_deref(), Some("https://a.example/1"));
}

#[test]
fn json_array_object_and_jsonl() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "arr.json", format!(r#"[{{"source":"x","url":"u1","content":"{BODY}","date_extracted":"2015-07-21 02:51:32"}},{{"source":"y","url":"u2","content":"نص آخر"}}]"#).as_bytes());
    write(d.path(), "one.json", format!(r#"{{"title":"t","text":"{BODY}","id":"my-id"}}"#).as_bytes());
    write(d.path(), "recs.jsonl", format!("{{\"body\":\"{BODY}\",\"url\":\"u3\"}}\n\n{{\"content\":\"نص\",\"url\":\"u4\"}}\n").as_bytes());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:?}");
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["u1", "u2", "my-id", "u3", "u4"]);
    assert_eq!(arts[0].published.as_ref().unwrap().value, "2015-07-21");
}

#[test]
fn zip_and_gz() {
    let d = tempfile::tempdir().unwrap();
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zw.start_file("day/recs.json", opts).unwrap();
    zw.write_all(format!(r#"[{{"url":"z1","content":"{BODY}"}}]"#).as_bytes()).unwrap();
    zw.start_file("day/b.txt", opts).unwrap();
    zw.write_all(format!("عنوان\n{BODY}").as_bytes()).unwrap();
    let zbytes = zw.finish().unwrap().into_inner();
    write(d.path(), "dump.zip", &zbytes);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(format!("عنوان\n{BODY}").as_bytes()).unwrap();
    write(d.path(), "c.txt.gz", &gz.finish().unwrap());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:?}");
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["c.txt.gz", "z1", "b.txt"]);
    assert_eq!(arts[2].origin.entry.as_deref(), Some("day/b.txt"));
    assert!(arts.iter().all(|a| a.body.contains("الاشتباكات")));
}

#[test]
fn windows_1256_and_utf16_files() {
    let d = tempfile::tempdir().unwrap();
    let src = format!("عنوان\n{BODY}");
    let (b, _, _) = encoding_rs::WINDOWS_1256.encode(&src);
    write(d.path(), "w.txt", &b);
    let mut u16 = vec![0xFF, 0xFE];
    for u in format!("عنوان\n{BODY}").encode_utf16() {
        u16.extend_from_slice(&u.to_le_bytes());
    }
    write(d.path(), "x.txt", &u16);
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(arts.len(), 2);
    assert!(arts.iter().all(|a| a.body == BODY && a.title.as_deref() == Some("عنوان")));
}

#[test]
fn bad_inputs_are_named_and_the_rest_goes_on() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "good.txt", format!("عنوان\n{BODY}").as_bytes());
    write(d.path(), "empty.txt", b"");
    write(d.path(), "blank.txt", b"  \n\n ");
    let bin: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    write(d.path(), "binary.txt", &bin);
    // A 50 MB single line.
    write(d.path(), "huge.txt", &vec![b'a'; 50 << 20]);
    // A truncated zip: the first half of a real one.
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zw.start_file("a.json", zip::write::SimpleFileOptions::default()).unwrap();
    zw.write_all(format!(r#"{{"content":"{BODY}"}}"#).repeat(50).as_bytes()).unwrap();
    let z = zw.finish().unwrap().into_inner();
    write(d.path(), "cut.zip", &z[..z.len() / 2]);
    write(d.path(), "lines.jsonl", format!("{{\"content\":\"{BODY}\",\"url\":\"ok1\"}}\n{{\"content\": broken\n{{\"content\":\"{BODY}\",\"url\":\"ok2\"}}\n").as_bytes());
    write(d.path(), "bad.json", b"{\"content\": \"x\",");
    write(d.path(), "notes.csv", b"a,b\n");
    std::os::unix::fs::symlink(d.path().join("missing.txt"), d.path().join("dangling.txt")).unwrap();
    let (arts, errs) = read_all(&[d.path().to_path_buf(), d.path().join("nope.txt")]);
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["good.txt", "ok1", "ok2"]);
    let has = |file: &str, words: &str| {
        assert!(errs.iter().any(|e| e.contains(file) && e.contains(words)), "no error for {file} with {words:?} in {errs:#?}")
    };
    has("empty.txt", "empty file");
    has("blank.txt", "no text");
    has("binary.txt", "not valid UTF-8");
    has("huge.txt", "over the 4 MB limit");
    has("cut.zip", "zip");
    has("lines.jsonl:2", "malformed JSON");
    has("bad.json", "malformed JSON");
    has("notes.csv", "not a file type");
    has("dangling.txt", "cannot read");
    has("nope.txt", "cannot read");
    assert_eq!(errs.len(), 10, "{errs:#?}");
}

#[test]
fn html_page_file() {
    let d = tempfile::tempdir().unwrap();
    let page = format!(
        r#"<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الصفحة</title>
<meta property="og:site_name" content="موقع المثال"><meta property="article:published_time" content="2031-03-14T09:00:00+03:00">
<link rel="canonical" href="https://example.org/news/1"></head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>عنوان الصفحة</h1><p>{BODY}</p><p>{BODY} وأضافت المصادر أن المعارك تواصلت حتى ساعة متأخرة من الليل في الأحياء الجنوبية.</p>
<p>وأفاد شهود عيان بأن عشرات العائلات نزحت من الأحياء المحيطة بالسجن نحو مراكز إيواء مؤقتة أقيمت في المدارس.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"#
    );
    write(d.path(), "p.html", page.as_bytes());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:?}");
    let a = &arts[0];
    assert_eq!(a.id, "p.html");
    assert!(a.body.contains("نزحت"), "{}", a.body);
    assert!(!a.body.contains("جميع الحقوق"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/news/1"));
    assert_eq!(a.published.as_ref().unwrap().value, "2031-03-14");
}

#[test]
fn a_first_line_that_is_a_lede_stays_in_the_body() {
    let d = tempfile::tempdir().unwrap();
    let lede = "شنت طائرات حربية غارات على مواقع في محيط السجن، وقالت مصادر محلية إن الاشتباكات ما تزال مستمرة في الأحياء الجنوبية.";
    write(d.path(), "n.txt", format!("{lede}\n{BODY}").as_bytes());
    let (arts, _) = read_all(&[d.path().to_path_buf()]);
    assert_eq!(arts[0].title, None);
    assert_eq!(arts[0].body, format!("{lede}\n{BODY}"));
}
