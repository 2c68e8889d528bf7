//! One fixture per rule, written here (fictional text), plus the guarantees that matter:
//! body sentences survive, and English articles are left alone.

use super::*;

const P1: &str = "قالت مصادر محلية إن الاشتباكات تواصلت في محيط السجن حتى ساعة متأخرة من الليل.";
const P2: &str = "وأضافت المصادر أن عشرات العائلات نزحت من الأحياء الجنوبية نحو مراكز الإيواء.";
const P3: &str = "وأعلنت السلطات المحلية حظراً للتجول في المدينة حتى إشعار آخر.";

fn clean(title: Option<&str>, body: &str) -> (String, Vec<Removed>) {
    Cleaner::new().clean_text(title, body)
}

fn reasons(r: &[Removed]) -> Vec<&str> {
    r.iter().map(|x| x.reason.as_str()).collect()
}

#[test]
fn shipped_rules_load() {
    let c = Cleaner::new();
    assert!(c.rules.len() >= 10);
}

#[test]
fn bad_rules_are_rejected_with_the_rule_named() {
    let e = Cleaner::from_toml("[[rule]]\nid = \"x\"\naction = \"drop_line\"\nmatch = \"regex\"\npatterns = [\"(\"]\n", "r.toml").unwrap_err();
    assert!(e.contains("r.toml") && e.contains("\"x\""), "{e}");
    let e = Cleaner::from_toml("[[rule]]\nid = \"y\"\naction = \"explode\"\nmatch = \"exact\"\n", "r.toml").unwrap_err();
    assert!(e.contains("r.toml"), "{e}");
}

#[test]
fn related_links_dropped_body_kept() {
    let body = format!("{P1}\nاقرأ أيضاً: تصعيد مستمر في المدينة\n{P2}\nإقرأ أيضا:عنوان آخر\n{P3}");
    let (t, r) = clean(None, &body);
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["related_link", "related_link"]);
}

#[test]
fn comment_section_dropped_to_the_end() {
    let body = format!("{P1}\n\n{P2}\n\n{P3}\n\nالتعليقات (3)\n\nسعيد\nمقال ممتاز ومفيد جداً\n2\n\nالأكثر قراءة");
    let (t, r) = clean(None, &body);
    assert_eq!(t, format!("{P1}\n\n{P2}\n\n{P3}"));
    assert_eq!(reasons(&r), ["comments"]);
    assert!(r[0].text.contains("مقال ممتاز"));
}

#[test]
fn navigation_blocks_dropped() {
    for marker in ["اخترنا لك", "قد يعجبك ايضا", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات"] {
        let body = format!("{P1}\n{P2}\n{P3}\n{marker}\nعنوان خبر آخر");
        let (t, r) = clean(None, &body);
        assert_eq!(t, format!("{P1}\n{P2}\n{P3}"), "{marker}");
        assert_eq!(r.len(), 1, "{marker}");
    }
}

#[test]
fn a_marker_early_in_the_body_drops_only_its_line() {
    let body = format!("اخترنا لك\n{P1}\n{P2}\n{P3}");
    let (t, r) = clean(None, &body);
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(r[0].text, "اخترنا لك");
}

#[test]
fn spam_in_another_script_dropped_in_arabic_articles_only() {
    let body = format!("{P1}\n{P2}\nquick loans cheap casino bonus online\n{P3}");
    let (t, r) = clean(None, &body);
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["foreign_script"]);
    // A line naming an agency in Latin letters inside an Arabic sentence stays.
    let (t, _) = clean(None, &format!("{P1}\nوفق ما نقلت وكالة ANHA عن المصدر.\n{P2}"));
    assert!(t.contains("ANHA"));
    // English articles are untouched.
    let en = "The clashes went on through the night.\nFamilies fled to shelters.";
    assert_eq!(clean(None, en).0, en);
}

#[test]
fn headline_and_lede_printed_twice() {
    let title = "الاشتباكات تتواصل في المدينة";
    let body = format!("الاشتباكات تتواصل في المدينة\n{P1}\n{P2}\n{P1}\n{P3}");
    let (t, r) = clean(Some(title), &body);
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["headline_repeat", "duplicate_line"]);
}

#[test]
fn truncated_teaser_dropped_full_line_kept() {
    let full = "مصادر محلية: 45 عنصراً من الفارين سلموا أنفسهم للقوات الحكومية فيما قتل عشرة منهم.";
    let teaser = "  • مصادر محلية: 45 عنصراً من الفارين سلموا أنفسهم لـ";
    let (t, r) = clean(None, &format!("{P1}\n{teaser}\n   {full}\n{P2}"));
    assert_eq!(t, format!("{P1}\n{full}\n{P2}"));
    assert_eq!(reasons(&r), ["truncated_duplicate"]);
}

#[test]
fn byline_removed_and_kept_as_signal() {
    let (t, r) = clean(None, &format!("{P1}\nسناك سوري _ متابعات\n{P2}\nعنب بلدي – خاص\n{P3}"));
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["byline", "byline"]);
    assert_eq!(r[0].text, "سناك سوري _ متابعات");
}

#[test]
fn share_widgets_and_emoji_labels() {
    let (t, r) = clean(None, &format!("شارك | فيسبوك تويتر واتساب\n{P1}\nطباعة\n{P2}\n{P3}\n💡 مواضيع مختارة\nعنوان\nعنوان"));
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["widget", "widget", "emoji_label"]);
}

#[test]
fn lines_without_words_dropped() {
    let (t, r) = clean(None, &format!("{P1}\n***\n{P2}\n2\n{P3}"));
    assert_eq!(t, format!("{P1}\n{P2}\n{P3}"));
    assert_eq!(reasons(&r), ["no_words", "no_words"]);
}

#[test]
fn every_body_sentence_survives_diacritics_and_all() {
    let body = "تَتَواصَلُ الاشتباكاتُ العنيفة، اليوم السبت، في محيط السجن.\n\n\
                وأفادت مصادرُ محلية بأنّ \"عدد الذين فرّوا بالعشرات\".\n\
                يُشار إلى أنّ القوات دمّرت المبنى بالكامل.";
    let (t, r) = clean(Some("عنوان"), body);
    assert!(r.is_empty(), "{r:?}");
    assert_eq!(t, body.lines().map(str::trim).collect::<Vec<_>>().join("\n"));
}

#[test]
fn short_repeated_lines_and_finished_sentences_stay() {
    // A recipe repeats a short heading; one ingredient line extends another.
    let body = "طريقة التحضير:\nيخلط الدقيق مع الماء.\nطريقة التحضير:\n- ملعقة صغيرة من الكمون.\n- ملعقة صغيرة من الكمون المطحون مع الملح.";
    let (t, r) = clean(None, body);
    assert!(r.is_empty(), "{r:?}");
    assert_eq!(t, body);
}

#[test]
fn keys_collapse_whitespace_as_before() {
    let slow = |line: &str| -> String {
        let n = normalize_str(line);
        let t = n.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_end_matches([' ', ':', '.', '-', '|', '_']);
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    for line in ["", "  • قال المتحدث: ", "قال  المتحدث\tإن", "نص\u{a0}آخر", "- أَخْبار  اليوم |", "abc def", "«قسد» تقول", "x \u{2009}y"] {
        assert_eq!(key(line), slow(line), "{line:?}");
    }
}
