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
    has("cut.zip", "local headers");
    has("lines.jsonl:2", "malformed JSON");
    has("bad.json", "malformed JSON");
    has("notes.csv", "not a file type");
    has("dangling.txt", "cannot read");
    has("nope.txt", "cannot read");
    // The cut zip: its directory is gone and its one member is cut short.
    assert_eq!(errs.len(), 11, "{errs:#?}");
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

// ---- Hostile input (issue 14): each case beside a good file ----

fn good(d: &Path) {
    write(d, "good.txt", format!("عنوان\n{BODY}").as_bytes());
}

fn ids(arts: &[RawArticle]) -> Vec<&str> {
    arts.iter().map(|a| a.id.as_str()).collect()
}

/// A zip whose one member inflates to `n` zero bytes, its headers claiming 1,000.
fn lying_zip(n: usize) -> Vec<u8> {
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zw.start_file("bomb.txt", zip::write::SimpleFileOptions::default()).unwrap();
    let chunk = vec![b'0'; 1 << 20];
    for _ in 0..n >> 20 {
        zw.write_all(&chunk).unwrap();
    }
    let mut z = zw.finish().unwrap().into_inner();
    let patch = |z: &mut Vec<u8>, sig: &[u8], at: usize| {
        let i = z.windows(4).position(|w| w == sig).unwrap();
        z[i + at..i + at + 4].copy_from_slice(&1000u32.to_le_bytes());
    };
    patch(&mut z, b"PK\x03\x04", 22);
    patch(&mut z, b"PK\x01\x02", 24);
    z
}

#[test]
fn zip_bomb_with_a_lying_header_and_a_gz_bomb_are_refused_by_bytes_inflated() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    write(d.path(), "bomb.zip", &lying_zip(80 << 20));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..80 {
        gz.write_all(&chunk).unwrap();
    }
    write(d.path(), "zeros.txt.gz", &gz.finish().unwrap());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert_eq!(ids(&arts), ["good.txt"]);
    assert!(errs.iter().any(|e| e.contains("bomb.zip!bomb.txt") && e.contains("over 64 MB")), "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("zeros.txt.gz") && e.contains("over 64 MB")), "{errs:#?}");
    assert_eq!(errs.len(), 2, "{errs:#?}");
}

#[test]
fn symlink_loops_are_walked_once() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    std::fs::create_dir(d.path().join("sub")).unwrap();
    write(&d.path().join("sub"), "b.txt", format!("عنوان ب\n{BODY} ب").as_bytes());
    std::os::unix::fs::symlink(".", d.path().join("loop1")).unwrap();
    std::os::unix::fs::symlink(".", d.path().join("loop2")).unwrap();
    std::os::unix::fs::symlink("..", d.path().join("sub/up")).unwrap();
    let t = std::time::Instant::now();
    let (files, errs) = discover(&[d.path().to_path_buf()]);
    assert!(t.elapsed().as_secs() < 10);
    assert_eq!(files.len(), 2, "{files:#?}");
    assert_eq!(errs.len(), 3, "{errs:#?}");
    assert!(errs.iter().all(|e| e.warning && e.message.contains("same folder")), "{errs:#?}");
}

#[test]
fn fifos_and_devices_are_refused_without_reading() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    let fifo = |name: &str| {
        let ok = std::process::Command::new("mkfifo").arg(d.path().join(name)).status().map(|s| s.success());
        ok.unwrap_or(false)
    };
    if !fifo("x.txt") || !fifo("meta.jsonl") {
        eprintln!("note: mkfifo unavailable; FIFO case not run");
        return;
    }
    std::os::unix::fs::symlink("/dev/zero", d.path().join("zero.txt")).unwrap();
    let t = std::time::Instant::now();
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(t.elapsed().as_secs() < 10);
    assert_eq!(ids(&arts), ["good.txt"]);
    assert!(errs.iter().any(|e| e.contains("x.txt") && e.contains("named pipe")), "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("meta.jsonl") && e.contains("named pipe")), "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("zero.txt") && e.contains("a device")), "{errs:#?}");
    // Given directly, the same.
    let mut got = Vec::new();
    read_file(&InputFile::new(d.path().join("x.txt")), &mut |i| got.push(i));
    assert!(got[0].as_ref().unwrap_err().message.contains("named pipe"));
}

#[test]
fn a_tag_with_100000_attributes_is_refused_quickly() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    let mut page = String::from("<html><body><p ");
    for i in 0..100_000 {
        page += &format!("a{i}=1 ");
    }
    page += &format!(">{BODY}</p></body></html>");
    write(d.path(), "flood.html", page.as_bytes());
    let t = std::time::Instant::now();
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(t.elapsed().as_secs() < 20);
    assert_eq!(ids(&arts), ["good.txt"]);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].contains("flood.html") && errs[0].contains("100000 attributes"), "{errs:#?}");
}

#[test]
fn same_file_names_in_two_folders_get_ids_by_path() {
    let d = tempfile::tempdir().unwrap();
    for day in ["day1", "day2"] {
        std::fs::create_dir(d.path().join(day)).unwrap();
        write(&d.path().join(day), "article.txt", format!("عنوان {day}\n{BODY} {day}").as_bytes());
    }
    write(d.path(), "only.txt", format!("عنوان\n{BODY}").as_bytes());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:#?}");
    assert_eq!(ids(&arts), ["day1/article.txt", "day2/article.txt", "only.txt"]);
    // Two members of one zip with one name: their member paths.
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for day in ["a", "b"] {
        zw.start_file(format!("{day}/x.txt"), zip::write::SimpleFileOptions::default()).unwrap();
        zw.write_all(format!("عنوان\n{BODY} {day}").as_bytes()).unwrap();
    }
    let z = zw.finish().unwrap().into_inner();
    let d2 = tempfile::tempdir().unwrap();
    write(d2.path(), "two.zip", &z);
    let (arts, _) = read_all(&[d2.path().to_path_buf()]);
    assert_eq!(ids(&arts), ["a/x.txt", "b/x.txt"]);
}

#[test]
fn one_bad_byte_is_replaced_with_a_warning_naming_its_offset() {
    let d = tempfile::tempdir().unwrap();
    let mut b = format!("عنوان\n{BODY}").into_bytes();
    b.insert(11 + 8, 0xFF); // after the title line and the body's first word
    write(d.path(), "bad.txt", &b);
    let (files, _) = discover(&[d.path().to_path_buf()]);
    let mut got = Vec::new();
    read_file(&files[0], &mut |i| got.push(i));
    assert_eq!(got.len(), 2);
    let w = got[0].as_ref().unwrap_err();
    assert!(w.warning && w.message.contains("byte 19"), "{w:?}");
    let a = got[1].as_ref().unwrap();
    assert!(a.body.contains("الاشتباكات") && a.body.contains('\u{fffd}'), "{}", a.body);
}

#[test]
fn meta_jsonl_refuses_impossible_dates() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    write(d.path(), "meta.jsonl", b"{\"id\": \"good.txt\", \"published\": \"2022-02-30\"}\n");
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert_eq!(arts[0].published, None);
    assert!(errs.iter().any(|e| e.contains("meta.jsonl:1") && e.contains("2022-02-30")), "{errs:#?}");
}

#[test]
fn zip_without_central_directory_keeps_its_complete_members() {
    let d = tempfile::tempdir().unwrap();
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for n in ["one.txt", "two.txt"] {
        zw.start_file(n, zip::write::SimpleFileOptions::default()).unwrap();
        zw.write_all(format!("عنوان {n}\n{BODY} {n}").as_bytes()).unwrap();
    }
    let z = zw.finish().unwrap().into_inner();
    let cd = z.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    write(d.path(), "cut.zip", &z[..cd]);
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert_eq!(ids(&arts), ["one.txt", "two.txt"]);
    assert!(errs.iter().any(|e| e.contains("cut.zip") && e.contains("local headers")), "{errs:#?}");
}

#[test]
fn bidi_controls_and_nul_bytes_are_removed_from_text_and_json() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b.txt", format!("عنوان\u{202E}\n{BODY}{BODY}{BODY}\u{2066}x\u{2069}\0").as_bytes());
    write(d.path(), "r.json", format!("{{\"title\":\"t\\u202e\",\"outlet\":\"o\\u0000\\u001b[31m\",\"content\":\"{BODY}\\u2067\"}}").as_bytes());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:#?}");
    for a in &arts {
        let all = format!("{:?}{}{:?}", a.title, a.body, a.outlet);
        assert!(!all.chars().any(|c| is_bidi(c) || c == '\0' || c == '\x1b'), "{all}");
    }
    assert_eq!(arts[0].body, format!("{BODY}{BODY}{BODY}x"));
}

#[test]
fn riwaya_reports_in_an_input_folder_are_skipped() {
    let d = tempfile::tempdir().unwrap();
    good(d.path());
    write(d.path(), "report.json", b"{\"generator\":\"riwaya 0.1.0\",\"articles\":[\n]}");
    write(d.path(), "summary.txt", b"riwaya: 3 articles from 2 files (10 words)\n");
    let long = BODY.repeat(200);
    write(d.path(), "r.jsonl", format!("{{\"id\":\"a.txt\",\"text\":\"{long}\",\"removed\":[],\"origin\":{{\"path\":\"a.txt\"}}}}\n").as_bytes());
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert_eq!(ids(&arts), ["good.txt"]);
    assert_eq!(errs.len(), 3, "{errs:#?}");
    assert!(errs.iter().all(|e| e.contains("written by riwaya")));
}

#[test]
fn non_utf8_file_names_stay_usable_and_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let d = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9\nx.txt");
    std::fs::write(d.path().join(name), format!("عنوان\n{BODY}")).unwrap();
    let (arts, errs) = read_all(&[d.path().to_path_buf()]);
    assert!(errs.is_empty(), "{errs:#?}");
    assert_eq!(arts[0].id, "caf\\xe9\\u{a}x.txt");
    assert!(!arts[0].origin.path.contains('\n'));
}

#[test]
fn sanitize_passes_clean_text_and_catches_every_unsafe_character() {
    for ok in ["قال المتحدث، «نص» — é ü\t\n\r\x0c", "\u{a0}\u{2019}\u{ef00}\u{d8}"] {
        assert!(matches!(sanitize_text(ok), std::borrow::Cow::Borrowed(_)), "{ok:?}");
    }
    for c in ['\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{feff}'] {
        let s = format!("قال{c}المتحدث");
        assert_eq!(sanitize_text(&s), "قالالمتحدث", "{c:?}");
    }
}

/// The byte scan finds exactly the characters sanitising removes: every scalar value, alone
/// and between Arabic letters.
#[test]
fn unsafe_byte_scan_is_exact() {
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else { continue };
        let want = crate::is_unsafe(c);
        assert_eq!(crate::has_unsafe(c.encode_utf8(&mut [0; 4])), want, "{cp:#x}");
        if cp < 0x3000 || cp >= 0xFE00 {
            assert_eq!(crate::has_unsafe(&format!("ق{c}ل")), want, "{cp:#x}");
        }
    }
}
