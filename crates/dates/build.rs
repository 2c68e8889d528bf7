//! Turns `data/words.tsv` into `match` tables (`$OUT_DIR/lex_gen.rs`): the list is data a
//! user extends, the lookup stays as fast as the literals it replaced.
use std::fmt::Write;

include!("src/words_parse.rs");

fn main() {
    println!("cargo:rerun-if-changed=data/words.tsv");
    println!("cargo:rerun-if-changed=src/words_parse.rs");
    let src = std::fs::read_to_string("data/words.tsv").expect("read data/words.tsv");
    let entries = parse_words(&src).unwrap_or_else(|e| panic!("data/words.tsv: {e}"));
    let index = |list: &[&str], v: &str| list.iter().position(|x| *x == v).unwrap_or(0);
    // (kind, value as a Rust expression) → forms, in file order.
    let mut out = String::new();
    // Every kind gets its function, even one the list leaves empty.
    let kinds: Vec<&str> = NUMERIC
        .iter()
        .map(|k| k.0)
        .chain(FLAGS.iter().copied())
        .chain(["weekday", "modifier", "span_modifier", "month_part", "unit"])
        .collect();
    for kind in kinds {
        let flag = FLAGS.contains(&kind);
        let one: Vec<&WordEntry> = entries.iter().filter(|e| e.kind == kind && !e.form.contains(' ')).collect();
        let two: Vec<&WordEntry> = entries.iter().filter(|e| e.kind == kind && e.form.contains(' ')).collect();
        let val = |e: &WordEntry| -> u32 {
            match kind {
                "weekday" => index(WEEKDAYS, &e.value) as u32,
                "modifier" | "span_modifier" => index(MODIFIERS, &e.value) as u32,
                "month_part" => index(MONTH_PARTS, &e.value) as u32 + 1,
                "unit" => {
                    let (u, c) = e.value.split_once(':').unwrap_or(("day", "0"));
                    index(UNITS, u) as u32 * 4 + c.parse::<u32>().unwrap_or(0)
                }
                _ => e.value.parse().unwrap_or(0),
            }
        };
        if flag {
            let forms: Vec<String> = one.iter().map(|e| format!("{:?}", e.form)).collect();
            let body = if forms.is_empty() { "false".to_string() } else { format!("matches!(w, {})", forms.join(" | ")) };
            writeln!(out, "#[inline]\nfn g_{kind}(w: &str) -> bool {{\n    {body}\n}}").unwrap();
            continue;
        }
        // One arm per value, forms in file order.
        let mut arms: Vec<(u32, Vec<String>)> = Vec::new();
        for e in &one {
            let v = val(e);
            match arms.iter_mut().find(|a| a.0 == v) {
                Some(a) => a.1.push(format!("{:?}", e.form)),
                None => arms.push((v, vec![format!("{:?}", e.form)])),
            }
        }
        writeln!(out, "#[inline]\nfn g_{kind}(w: &str) -> Option<u32> {{\n    Some(match w {{").unwrap();
        for (v, forms) in &arms {
            writeln!(out, "        {} => {v},", forms.join(" | ")).unwrap();
        }
        writeln!(out, "        _ => return None,\n    }})\n}}").unwrap();
        if kind == "month" || kind == "hijri_month" {
            writeln!(out, "#[inline]\nfn g_{kind}2(w1: &str, w2: &str) -> Option<u32> {{\n    Some(match (w1, w2) {{").unwrap();
            for e in &two {
                let (a, b) = e.form.split_once(' ').unwrap_or((&e.form, ""));
                writeln!(out, "        ({a:?}, {b:?}) => {},", val(e)).unwrap();
            }
            writeln!(out, "        _ => return None,\n    }})\n}}").unwrap();
        }
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lex_gen.rs");
    std::fs::write(dest, out).expect("write lex_gen.rs");
}
