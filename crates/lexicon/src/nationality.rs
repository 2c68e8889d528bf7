//! Nationality adjectives (`data/lexicon/nationalities.tsv`): one table of countries' nisbas
//! for the name recogniser (a nisba's country and capital) and the claims (people of a
//! nationality are civilians, its soldiers the country's forces).

use std::sync::OnceLock;

/// The embedded table.
pub const NATIONALITIES_TSV: &str = include_str!("../../../data/lexicon/nationalities.tsv");

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nationality {
    /// The masculine singular as written («سوري»).
    pub nisba: String,
    /// The country's lexicon id and Arabic name.
    pub country: Option<(String, String)>,
    /// The capital's lexicon id and Arabic name.
    pub capital: Option<(String, String)>,
    /// The lexicon id of the country's armed forces.
    pub forces: Option<String>,
    /// Other forms: broken plurals, the accusative singular.
    pub more: Vec<String>,
}

impl Nationality {
    /// The definite feminine («السورية»), as it follows «العاصمة» or a body's name.
    pub fn feminine(&self) -> String {
        format!("ال{}ة", self.nisba)
    }
}

/// Reads the table; an error names the line and what is wrong with it.
pub fn parse_nationalities(tsv: &str) -> Result<Vec<Nationality>, String> {
    let mut out: Vec<Nationality> = Vec::new();
    for (no, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: &str| format!("nationalities.tsv:{}: {m}", no + 1);
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() != 7 {
            return Err(err("expected NISBA, COUNTRY id and name, CAPITAL id and name, FORCES, MORE (7 columns; - where none)"));
        }
        let nisba = f[0];
        if nisba.is_empty() || nisba.contains(char::is_whitespace) || !nisba.ends_with('ي') {
            return Err(err("the nisba is one word ending in ي"));
        }
        if out.iter().any(|n| n.nisba == nisba) {
            return Err(err(&format!("{nisba} is listed twice")));
        }
        let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
        let pair = |id: &str, name: &str| -> Result<Option<(String, String)>, String> {
            match (opt(id), opt(name)) {
                (Some(i), Some(n)) => Ok(Some((i, n))),
                (None, None) => Ok(None),
                _ => Err(err("an id and its name go together (both, or - for both)")),
            }
        };
        let more: Vec<String> = match opt(f[6]) {
            None => Vec::new(),
            Some(m) => m.split(',').map(|x| x.trim().to_string()).collect(),
        };
        if more.iter().any(|m| m.is_empty() || m.contains(char::is_whitespace)) {
            return Err(err("each more form is one word"));
        }
        out.push(Nationality {
            nisba: nisba.to_string(),
            country: pair(f[1], f[2])?,
            capital: pair(f[3], f[4])?,
            forces: opt(f[5]),
            more,
        });
    }
    Ok(out)
}

/// The embedded table, read once (a test proves it reads; were it broken, no rows).
pub fn nationalities() -> &'static [Nationality] {
    static N: OnceLock<Vec<Nationality>> = OnceLock::new();
    N.get_or_init(|| parse_nationalities(NATIONALITIES_TSV).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_reads() {
        let rows = parse_nationalities(NATIONALITIES_TSV).expect("nationalities.tsv");
        assert!(rows.len() >= 30);
        let syr = rows.iter().find(|n| n.nisba == "سوري").expect("سوري");
        assert_eq!(syr.feminine(), "السورية");
        assert_eq!(syr.country.as_ref().map(|c| c.0.as_str()), Some("syria"));
        assert_eq!(syr.forces.as_deref(), Some("syrian-army"));
        let tr = rows.iter().find(|n| n.nisba == "تركي").expect("تركي");
        assert_eq!(tr.more, vec!["أتراك".to_string()]);
        assert_eq!(nationalities().len(), rows.len());
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        let e = parse_nationalities("# c\nسوري\tsyria\n").unwrap_err();
        assert!(e.starts_with("nationalities.tsv:2:"), "{e}");
        assert!(parse_nationalities("سورية\t-\t-\t-\t-\t-\t-\n").is_err());
        assert!(parse_nationalities("سوري\t-\t-\t-\t-\t-\t-\nسوري\t-\t-\t-\t-\t-\t-\n").is_err());
        assert!(parse_nationalities("سوري\tsyria\t-\t-\t-\t-\t-\n").is_err());
        assert!(parse_nationalities("سوري\t-\t-\t-\t-\t-\tأ ب\n").is_err());
        assert!(parse_nationalities("سوري\tsyria\tسوريا\t-\t-\tsyrian-army\t-\n").is_ok());
    }
}
