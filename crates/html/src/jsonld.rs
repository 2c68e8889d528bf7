//! Tolerant JSON-LD reading: the objects of the `<script type="application/ld+json">`
//! blocks, flattened out of arrays and `@graph`, with the article-like ones picked out.
use serde_json::Value;

/// Schema.org types that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle", "article", "reportagenews", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
];

/// Parses one script block's text into zero or more JSON values, repairing what pages
/// commonly get wrong: HTML comment or CDATA wrappers, raw newlines/tabs inside strings,
/// trailing commas, several objects one after another, a stray `;` at the end.
pub fn parse_block(raw: &str) -> Vec<Value> {
    let mut s = raw.trim();
    for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.trim_end().strip_suffix(close).unwrap_or(rest).trim();
        }
    }
    let s = s.trim_end_matches(';').trim();
    if s.is_empty() {
        return Vec::new();
    }
    if let Some(v) = parse_stream(s) {
        return v;
    }
    let repaired = repair(s);
    parse_stream(&repaired).unwrap_or_default()
}

fn parse_stream(s: &str) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    let mut it = serde_json::Deserializer::from_str(s).into_iter::<Value>();
    loop {
        match it.next() {
            Some(Ok(v)) => out.push(v),
            Some(Err(_)) => return if out.is_empty() { None } else { Some(out) },
            None => return Some(out),
        }
    }
}

/// Control characters inside strings become escapes or spaces; commas before `}`/`]`
/// are dropped.
fn repair(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut esc = false;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_str {
            if esc {
                esc = false;
                out.push(c);
            } else if c == '\\' {
                // A backslash before something JSON cannot escape is kept literally.
                let next = chars.get(i + 1).copied().unwrap_or(' ');
                if matches!(next, '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u') {
                    esc = true;
                    out.push(c);
                } else {
                    out.push_str("\\\\");
                }
            } else if c == '"' {
                in_str = false;
                out.push(c);
            } else if c == '\n' {
                out.push_str("\\n");
            } else if (c as u32) < 0x20 {
                out.push(' ');
            } else {
                out.push(c);
            }
        } else if c == '"' {
            in_str = true;
            out.push(c);
        } else if c == ',' {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if !matches!(chars.get(j), Some('}') | Some(']')) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// Every object in the values, depth first, through arrays, `@graph` and nested
/// properties (bounded depth).
pub fn flatten<'a>(values: &'a [Value], out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>, depth: usize) {
        if depth > 12 || out.len() > 500 {
            return;
        }
        match v {
            Value::Array(a) => a.iter().for_each(|x| walk(x, out, depth + 1)),
            Value::Object(o) => {
                out.push(o);
                for (k, x) in o {
                    if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" || k == "itemListElement" || k == "hasPart" {
                        walk(x, out, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
    values.iter().for_each(|v| walk(v, out, 0));
}

/// The object's `@type` names, lower-cased, with any `schema:`/URL prefix dropped.
pub fn types(o: &serde_json::Map<String, Value>) -> Vec<String> {
    let norm = |s: &str| s.rsplit(['/', ':']).next().unwrap_or(s).trim().to_lowercase();
    match o.get("@type") {
        Some(Value::String(s)) => vec![norm(s)],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(norm).collect(),
        _ => Vec::new(),
    }
}

pub fn is_article(o: &serde_json::Map<String, Value>) -> bool {
    types(o).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()) || t.ends_with("newsarticle"))
}

/// A string property, or the first string of an array, or an object's `name`/`@id`/`url`.
pub fn str_prop(o: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    as_text(o.get(key)?)
}

pub fn as_text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.iter().find_map(as_text),
        Value::Object(o) => {
            return ["name", "@value", "url", "@id"].iter().find_map(|k| o.get(*k).and_then(as_text));
        }
        _ => return None,
    };
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Names from an `author` value: a string, an object with `name`, or an array of either.
pub fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => vec![s.trim().to_string()],
        Value::Object(o) => o.get("name").and_then(as_text).into_iter().collect(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objs(raw: &str) -> Vec<serde_json::Map<String, Value>> {
        let v = parse_block(raw);
        let mut out = Vec::new();
        flatten(&v, &mut out);
        out.into_iter().cloned().collect()
    }

    #[test]
    fn graph_and_arrays() {
        let o = objs(r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":["NewsArticle"],"headline":"H"}]}"#);
        assert_eq!(o.len(), 3);
        assert!(o.iter().any(is_article));
        let o = objs(r#"[{"@type":"Organization"},{"@type":"ReportageNews","headline":"H"}]"#);
        assert!(o.iter().any(is_article));
    }

    #[test]
    fn repairs_common_breakage() {
        let raw = "<!--{\"@type\":\"NewsArticle\",\n\"articleBody\":\"سطر أول\nسطر ثان\",\"headline\":\"عنوان\",}-->";
        let o = objs(raw);
        assert_eq!(o.len(), 1);
        assert_eq!(str_prop(&o[0], "articleBody").unwrap(), "سطر أول\nسطر ثان");
        let o = objs(r#"{"@type":"Article","headline":"a"}{"@type":"Person","name":"b"};"#);
        assert_eq!(o.len(), 2);
        assert!(objs("{not json at all").is_empty());
        assert!(objs("").is_empty());
        let o = objs(r#"{"@type":"Article","headline":"C:\Users\x"}"#);
        assert_eq!(str_prop(&o[0], "headline").unwrap(), r"C:\Users\x");
    }

    #[test]
    fn authors() {
        let v: Value = serde_json::from_str(r#"[{"@type":"Person","name":"أحمد علي"},"سارة"]"#).unwrap();
        assert_eq!(names(&v), vec!["أحمد علي", "سارة"]);
    }
}
