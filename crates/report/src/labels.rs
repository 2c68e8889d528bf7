//! The report's interface labels and the names of kinds, in English and Arabic: output
//! text a user may reword or translate, so data (`data/labels.tsv`), read once.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The label list, compiled in.
pub const LABELS_TSV: &str = include_str!("../data/labels.tsv");

type Table = HashMap<&'static str, (&'static str, &'static str)>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(LABELS_TSV).unwrap_or_else(|e| panic!("report/data/labels.tsv: {e}")))
}

/// Reads the list; an error names the line.
fn parse(src: &'static str) -> Result<Table, String> {
    let mut t = Table::new();
    for (n, line) in src.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [key, english, arabic] = cols[..] else {
            return Err(at(format!("{} columns, want 3 (key, English, Arabic)", cols.len())));
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_') {
            return Err(at(format!("key {key:?} is not a-z 0-9 . _")));
        }
        if english.trim().is_empty() || arabic.trim().is_empty() || english.trim() != english || arabic.trim() != arabic {
            return Err(at(format!("{key}: empty or padded label")));
        }
        if t.insert(key, (english, arabic)).is_some() {
            return Err(at(format!("{key} is listed twice")));
        }
    }
    Ok(t)
}

/// (English, Arabic) of `key`, if listed.
pub fn get(key: &str) -> Option<(&'static str, &'static str)> {
    table().get(key).copied()
}

/// (English, Arabic) of `key`; a key the list lacks shows as itself (a test checks that
/// every key the code names is listed).
pub fn pair(key: &'static str) -> (&'static str, &'static str) {
    get(key).unwrap_or((key, key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use riwaya_model::{EventKind, Quantity};

    #[test]
    fn labels_tsv_loads_and_is_checked() {
        let t = parse(LABELS_TSV).expect("labels.tsv parses");
        for q in Quantity::ALL {
            assert_eq!(t.get(format!("quantity.{}", q.as_str()).as_str()).map(|p| p.0), Some(q.as_str()), "{q:?}");
        }
        for k in EventKind::ALL {
            assert!(t.contains_key(format!("event.{}", k.as_str()).as_str()), "{k:?}");
        }
        assert!(parse("a\tA\tأ\na\tA\tأ\n").is_err(), "twice");
        assert!(parse("A\tA\tأ\n").is_err(), "key");
        assert!(parse("a\tA\n").is_err(), "columns");
        assert!(parse("a\tA\t\n").is_err(), "empty");
        assert!(parse("# c\n\n").is_ok());
    }

    #[test]
    fn every_key_the_code_names_is_listed() {
        for src in [include_str!("brief.rs"), include_str!("story_parts.rs")] {
            for part in src.split("label(\"").skip(1) {
                let key = part.split('"').next().unwrap_or("");
                assert!(get(key).is_some(), "label {key:?} is not in labels.tsv");
            }
        }
    }
}
