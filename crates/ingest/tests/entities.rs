//! Character references in JSON records (a scraper's `&quot;` in a title) are decoded once
//! at ingest; what they decode to is still made safe (bidi controls removed), and a
//! decoded `<script>` is plain text for the later stages to escape.

use riwaya_ingest::{discover, read_file, Item};
use std::path::Path;

#[test]
fn record_titles_and_text_are_decoded_once() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities.jsonl");
    let (files, errors) = discover(&[path.to_path_buf()]);
    assert!(errors.is_empty());
    let mut arts = Vec::new();
    for f in &files {
        read_file(f, &mut |item: Item| arts.push(item.expect("record reads")));
    }
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].title.as_deref(), Some("افتتاح \"مهرجان الربيع\" في المدينة"));
    assert_eq!(arts[0].body, "أعلنت اللجنة «المنظمة» افتتاح المهرجان & توزيع الجوائز.");
    assert_eq!(arts[0].outlet.as_ref().unwrap().value, "Example & Co");
    for a in &arts {
        assert!(!a.title.as_deref().unwrap_or("").contains("&quot;") && !a.body.contains("&amp;"));
    }
    // Decoded bidi controls are removed like any others.
    assert_eq!(arts[1].title.as_deref(), Some("<script>alert(1)</script> عنوان"));
    assert!(!arts[1].body.contains('\u{202E}'));
}
