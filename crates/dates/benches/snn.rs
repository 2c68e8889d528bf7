//! Loads the SaudiNewsNet articles (zip files of JSON arrays with `content` and
//! `date_extracted`) from `../shared/data/saudinewsnet` relative to the workspace
//! root, or from `$RIWAYA_SNN_DIR`. Falls back to a small built-in sample.
#![allow(dead_code)]

use riwaya_dates::{parse_date_loose, NaiveDate};
use std::io::Read;
use std::path::PathBuf;

pub struct Article {
    pub content: String,
    pub published: Option<NaiveDate>,
}

pub fn dir() -> PathBuf {
    match std::env::var_os("RIWAYA_SNN_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/saudinewsnet"),
    }
}

/// All articles (up to `max_words` words in total when given), and where they came from.
pub fn load(max_words: Option<usize>) -> (Vec<Article>, String) {
    let d = dir();
    let mut zips: Vec<PathBuf> = match std::fs::read_dir(&d) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "zip"))
            .collect(),
        Err(_) => Vec::new(),
    };
    zips.sort();
    let mut out = Vec::new();
    let mut words = 0usize;
    'outer: for z in &zips {
        let Ok(f) = std::fs::File::open(z) else {
            continue;
        };
        let Ok(mut ar) = zip::ZipArchive::new(f) else {
            continue;
        };
        for i in 0..ar.len() {
            let mut s = String::new();
            {
                let Ok(mut e) = ar.by_index(i) else { continue };
                if e.read_to_string(&mut s).is_err() {
                    continue;
                }
            }
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) else {
                continue;
            };
            let items = match v {
                serde_json::Value::Array(a) => a,
                o => vec![o],
            };
            for it in items {
                let content = it["content"].as_str().unwrap_or("").to_string();
                if content.is_empty() {
                    continue;
                }
                let published = it["date_extracted"].as_str().and_then(parse_date_loose);
                words += content.split_whitespace().count();
                out.push(Article { content, published });
                if max_words.is_some_and(|m| words >= m) {
                    break 'outer;
                }
            }
        }
    }
    if out.is_empty() {
        return (
            builtin(max_words.unwrap_or(200_000)),
            "built-in sample (SaudiNewsNet not found)".into(),
        );
    }
    (
        out,
        format!("SaudiNewsNet ({} zip files at {})", zips.len(), d.display()),
    )
}

/// Synthetic news-like Arabic text (written for this crate, not taken from any article).
fn builtin(words: usize) -> Vec<Article> {
    const S: &[&str] = &[
        "قال مصدر في وزارة الداخلية اليوم الثلاثاء إن قوات الأمن أحبطت محاولة تهريب كمية من المخدرات عبر المنفذ الحدودي",
        "وأضاف المصدر أن العملية جرت مساء أمس الاثنين بعد متابعة استمرت منذ ثلاثة أسابيع",
        "وكانت الوزارة قد أعلنت في 12 يوليو 2015 عن خطة جديدة لتعزيز الرقابة على المنافذ خلال الأشهر الثلاثة المقبلة",
        "ومن المقرر أن يعقد المجلس جلسته الأسبوعية يوم الأحد المقبل لمناقشة الميزانية",
        "وشهدت المنطقة خلال الأيام الخمسة الماضية ارتفاعا في درجات الحرارة تجاوز المعدلات المعتادة",
        "وأكد المتحدث أن الأعمال ستنتهي مطلع الشهر المقبل وأن الافتتاح سيكون في منتصف شهر أغسطس",
        "وكان الأمير قد استقبل في 5 شوال 1436 هـ وفدا من رجال الأعمال وناقش معهم فرص الاستثمار",
        "وأشار التقرير إلى أن عدد الزوار ارتفع العام الماضي بنسبة كبيرة مقارنة بالعام الذي سبقه",
        "وتابع أن اللجنة عقدت اجتماعا أول أمس الأحد واتفقت على استكمال الدراسة قبل نهاية الشهر الجاري",
        "من جهة أخرى أعلنت الهيئة العامة للإحصاء نتائج المسح الذي أجرته بين 1 و15 يونيو الماضي",
    ];
    let mut out = Vec::new();
    let mut n = 0;
    let p = NaiveDate::from_ymd_opt(2015, 7, 21);
    while n < words {
        let mut content = String::new();
        for s in S {
            content.push_str(s);
            content.push_str(". ");
            n += s.split_whitespace().count();
        }
        out.push(Article {
            content,
            published: p,
        });
    }
    out
}
