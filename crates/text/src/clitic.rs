//! Light clitic segmentation.
//!
//! Arabic writes conjunctions, prepositions, the article and object/possessive pronouns
//! joined to the word: "وبالحسكة" is و + ب + ال + حسكة. Dictionary lookups (actors,
//! places, number words) need the bare stem. Without a lexicon the split is ambiguous
//! ("وزير" is not و + زير), so [`segment`] is conservative and [`stem_candidates`] offers
//! every proclitic reading for the caller's dictionary to decide.
//!
//! Both work on original text: diacritics and tatweel ride with the letter before them,
//! and letters are compared after folding (أ/إ/آ → ا, ة → ه).

use serde::Serialize;

/// A word cut into proclitics, stem and enclitic, as byte ranges within the word.
/// Empty ranges are `(x, x)` at the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Segmented {
    pub proclitics: (usize, usize),
    pub stem: (usize, usize),
    pub enclitic: (usize, usize),
}

/// One base letter of a word with the byte range it spans (including following marks).
#[derive(Clone, Copy, Debug)]
struct L {
    c: char,
    start: usize,
    end: usize,
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{200C}' | '\u{200D}' | '\u{200F}' | '\u{200E}')
}

#[inline]
fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    }
}

/// Letters of `word`, each owning the marks after it. Marks before the first letter
/// are attached to it.
fn letters(word: &str) -> Vec<L> {
    let mut v: Vec<L> = Vec::with_capacity(word.len() / 2);
    let mut lead = None;
    for (i, c) in word.char_indices() {
        let e = i + c.len_utf8();
        if is_mark(c) {
            match v.last_mut() {
                Some(l) => l.end = e,
                None => {
                    lead.get_or_insert(i);
                }
            }
        } else {
            v.push(L { c: fold(c), start: lead.take().unwrap_or(i), end: e });
        }
    }
    v
}

/// The word lists, compiled in from `data/clitics.tsv`.
pub const CLITICS_TSV: &str = include_str!("../data/clitics.tsv");

/// `data/clitics.tsv` read: function words that look segmentable but are not ("الذي",
/// "ذلك", "هناك"), folded; enclitics in the order tried.
struct Lists {
    no_split: std::collections::HashSet<&'static str>,
    enclitics: Vec<&'static str>,
    /// Nouns beginning with ل that «لل» writes with one lam less: «للجنة» is ل + اللجنة.
    lam_nouns: std::collections::HashSet<&'static str>,
}

fn lists() -> &'static Lists {
    static L: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    L.get_or_init(|| parse_lists(CLITICS_TSV).unwrap_or_else(|e| panic!("text/data/clitics.tsv: {e}")))
}

fn parse_lists(src: &'static str) -> Result<Lists, String> {
    let mut l = Lists { no_split: Default::default(), enclitics: Vec::new(), lam_nouns: Default::default() };
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |e: String| format!("line {}: {e}", n + 1);
        let Some((kind, form)) = line.split_once('\t') else {
            return Err(at("want kind <TAB> form".into()));
        };
        if form.is_empty() || form.contains(char::is_whitespace) || fold_str(form) != form {
            return Err(at(format!("form {form:?} is not one folded word (folds to {:?})", fold_str(form))));
        }
        let fresh = match kind {
            "no_split" => l.no_split.insert(form),
            "enclitic" => !l.enclitics.contains(&form) && {
                l.enclitics.push(form);
                true
            },
            "lam_noun" if !form.starts_with('ل') || form.chars().count() < 3 || crate::normalize_str(form) != form => {
                return Err(at(format!("lam_noun {form:?} must be one normalised word of three letters or more beginning with ل")))
            }
            "lam_noun" => l.lam_nouns.insert(form),
            _ => return Err(at(format!("unknown kind {kind:?}"))),
        };
        if !fresh {
            return Err(at(format!("{kind} {form:?} is listed twice")));
        }
    }
    Ok(l)
}

/// Cut `word` into proclitics (و ف ب ك ل ال لل and their chains: وال، بال، وبال، فلل، لـ),
/// stem and enclitic (ه ها هم هما هن كم نا ي ك), never leaving a stem shorter than two
/// letters. Bare one-letter proclitics need a stem of three letters; enclitics are only
/// stripped from words without the article and need a stem of three letters.
pub fn segment(word: &str) -> Segmented {
    let ls = letters(word);
    let n = ls.len();
    let whole = Segmented { proclitics: (0, 0), stem: (0, word.len()), enclitic: (word.len(), word.len()) };
    if n < 3 {
        return whole;
    }
    let folded: String = ls.iter().map(|l| l.c).collect();
    if lists().no_split.contains(folded.as_str()) {
        return whole;
    }
    let (mut p, has_article) = proclitic_len(&ls);
    // «للجنة»: ل + اللجنة, the stem keeps its own lam.
    if has_article && p >= 2 && ls[p - 1].c == 'ل' && ls[p - 2].c == 'ل' && (p == 2 || p == 3) {
        if lists().lam_nouns.contains(crate::normalize_str(&word[ls[p - 1].start..]).as_str()) {
            p -= 1;
        }
    }
    let mut e = 0;
    if !has_article {
        e = enclitic_len(&ls[p..]);
    }
    let stem_start = if p == 0 { 0 } else { ls[p].start };
    let stem_end = if e == 0 { word.len() } else { ls[n - e - 1].end };
    Segmented {
        proclitics: (0, stem_start),
        stem: (stem_start, stem_end),
        enclitic: (stem_end, word.len()),
    }
}

fn fold_str(s: &str) -> String {
    s.chars().filter(|&c| !is_mark(c)).map(fold).collect()
}

/// Number of letters of proclitics to strip, and whether the article was among them.
fn proclitic_len(ls: &[L]) -> (usize, bool) {
    let n = ls.len();
    let c = |i: usize| ls.get(i).map(|l| l.c).unwrap_or('\0');
    let mut i = 0;
    // Conjunction.
    if matches!(c(0), 'و' | 'ف') {
        i = 1;
    }
    // Preposition.
    let mut prep = false;
    if matches!(c(i), 'ب' | 'ك' | 'ل') {
        prep = true;
    }
    // لل = ل + (ا)ل
    if c(i) == 'ل' && c(i + 1) == 'ل' && n >= i + 2 + 2 {
        return (i + 2, true);
    }
    let after_prep = if prep { i + 1 } else { i };
    if c(after_prep) == 'ا' && c(after_prep + 1) == 'ل' && n >= after_prep + 2 + 2 {
        return (after_prep + 2, true);
    }
    // No article: bare clitics need a 3-letter stem.
    let mut k = after_prep;
    while k > 0 && n < k + 3 {
        k -= 1;
    }
    // "لـ" written with tatweel is always a clitic if a 2-letter stem remains.
    if k < after_prep && prep && n >= after_prep + 2 {
        let l = ls[after_prep - 1];
        if l.end - l.start > 2 {
            return (after_prep, false);
        }
    }
    (k, false)
}

fn enclitic_len(ls: &[L]) -> usize {
    let n = ls.len();
    for e in &lists().enclitics {
        let k = e.chars().count();
        if n < k + 3 {
            continue;
        }
        if ls[n - k..].iter().map(|l| l.c).eq(e.chars()) {
            return k;
        }
    }
    0
}

/// The two readings of «لل» opening `word` (after one و or ف), as stems of `word`:
/// ل + ال + stem («للمدنيين» → «مدنيين»), and ل + ال + a noun beginning with ل whose lam
/// the article's met («للجنة» → «لجنة», the noun of «اللجنة»). `None` when the word does
/// not open with «لل» or a stem would be shorter than two letters. Reads original or
/// folded text alike; allocates nothing (claims look words up with it on the hot path).
pub fn lam_readings(word: &str) -> Option<LamReadings<'_>> {
    let mut it = word.char_indices().filter(|&(_, c)| !is_mark(c)).map(|(i, c)| (i, fold(c)));
    let (_, mut c0) = it.next()?;
    let mut conj = 0;
    if matches!(c0, 'و' | 'ف') {
        (conj, c0) = it.next()?;
    }
    let (b1, c1) = it.next()?;
    if c0 != 'ل' || c1 != 'ل' {
        return None;
    }
    let (b2, _) = it.next()?;
    it.next()?; // two letters of stem
    Some(LamReadings { conj, article: &word[b2..], own_lam: &word[b1..] })
}

/// What [`lam_readings`] finds: `conj` bytes of و/ف before «لل», the stem after ل + ال
/// and the stem that keeps the second ل.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LamReadings<'a> {
    pub conj: usize,
    pub article: &'a str,
    pub own_lam: &'a str,
}

impl<'a> LamReadings<'a> {
    /// The one reading [`segment`] gives: the stem that keeps its lam where
    /// `data/clitics.tsv` lists it as a `lam_noun` («لجنة», «لاجئين»), else the other.
    pub fn chosen(&self) -> &'a str {
        if lists().lam_nouns.contains(crate::normalize_str(self.own_lam).as_str()) {
            self.own_lam
        } else {
            self.article
        }
    }

    /// [`Self::chosen`], keeping also the lam of a name the caller knows where the other
    /// reading is none: «للبنان» is ل + لبنان, not ل + ال + «بنان» (this crate has no
    /// gazetteer; the caller's names, normalised, answer `known`).
    pub fn chosen_knowing(&self, known: impl Fn(&str) -> bool) -> &'a str {
        let c = self.chosen();
        if c == self.article && known(&crate::normalize_str(self.own_lam)) && !known(&crate::normalize_str(self.article)) {
            self.own_lam
        } else {
            c
        }
    }

    /// [`Self::chosen`] for a word of text `normalize_str` folded; allocates nothing.
    pub fn chosen_folded(&self) -> &'a str {
        if lists().lam_nouns.contains(self.own_lam) {
            self.own_lam
        } else {
            self.article
        }
    }
}

/// The word itself, then each shorter form with proclitics removed (one candidate per
/// proclitic boundary, stems of at least two letters): "بالحسكة" → "بالحسكة", "الحسكة",
/// "حسكة"; "وقسد" → "وقسد", "قسد". For dictionary lookups that pick the first hit.
pub fn stem_candidates(word: &str) -> impl Iterator<Item = &str> {
    let ls = letters(word);
    let n = ls.len();
    let c = |i: usize| ls.get(i).map(|l| l.c).unwrap_or('\0');
    let mut cuts: Vec<usize> = Vec::with_capacity(4); // letter indices where a candidate starts
    let mut i = 0;
    if matches!(c(0), 'و' | 'ف') {
        i = 1;
        cuts.push(1);
    }
    if matches!(c(i), 'ب' | 'ك' | 'ل') {
        if c(i) == 'ل' && c(i + 1) == 'ل' {
            // لل: the article form "ال" has no written alef; offer the bare stem, then the
            // stem that keeps the second ل («للجنة» = ل + اللجنة).
            cuts.push(i + 2);
            cuts.push(i + 1);
        } else {
            cuts.push(i + 1);
            i += 1;
        }
    }
    if c(i) == 'ا' && c(i + 1) == 'ل' {
        cuts.push(i + 2);
    }
    let starts: Vec<usize> = cuts
        .into_iter()
        .filter(|&k| k > 0 && n >= k + 2)
        .map(|k| ls[k].start)
        .collect();
    std::iter::once(word).chain(starts.into_iter().map(move |b| &word[b..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(w: &str) -> (&str, &str, &str) {
        let s = segment(w);
        (&w[s.proclitics.0..s.proclitics.1], &w[s.stem.0..s.stem.1], &w[s.enclitic.0..s.enclitic.1])
    }

    #[test]
    fn proclitics() {
        assert_eq!(parts("والحسكة"), ("وال", "حسكة", ""));
        assert_eq!(parts("بالحسكة"), ("بال", "حسكة", ""));
        assert_eq!(parts("وبالحسكة"), ("وبال", "حسكة", ""));
        assert_eq!(parts("فللمدنيين"), ("فلل", "مدنيين", ""));
        assert_eq!(parts("للمدنيين"), ("لل", "مدنيين", ""));
        assert_eq!(parts("الحسكة"), ("ال", "حسكة", ""));
        assert_eq!(parts("لـقسد"), ("لـ", "قسد", ""));
        assert_eq!(parts("وقسد"), ("و", "قسد", ""));
        assert_eq!(parts("وَالْحَسَكَةِ"), ("وَالْ", "حَسَكَةِ", ""));
        assert_eq!(parts("الأمن"), ("ال", "أمن", ""));
    }

    #[test]
    fn conservative() {
        assert_eq!(parts("ولد"), ("", "ولد", ""));
        assert_eq!(parts("بل"), ("", "بل", ""));
        assert_eq!(parts("الذي"), ("", "الذي", ""));
        assert_eq!(parts("ذلك"), ("", "ذلك", ""));
        assert_eq!(parts("الي"), ("", "الي", ""));
        assert_eq!(parts("لـ"), ("", "لـ", ""));
        assert_eq!(parts(""), ("", "", ""));
    }

    #[test]
    fn enclitics() {
        assert_eq!(parts("عناصره"), ("", "عناصر", "ه"));
        assert_eq!(parts("وعناصرهم"), ("و", "عناصر", "هم"));
        assert_eq!(parts("مقاتليها"), ("", "مقاتلي", "ها"));
        assert_eq!(parts("منازلنا"), ("", "منازل", "نا"));
        // The article rules out a pronoun suffix.
        assert_eq!(parts("العسكري"), ("ال", "عسكري", ""));
    }

    #[test]
    fn candidates() {
        let v: Vec<&str> = stem_candidates("بالحسكة").collect();
        assert_eq!(v, vec!["بالحسكة", "الحسكة", "حسكة"]);
        let v: Vec<&str> = stem_candidates("وبالحسكة").collect();
        assert_eq!(v, vec!["وبالحسكة", "بالحسكة", "الحسكة", "حسكة"]);
        let v: Vec<&str> = stem_candidates("للمدنيين").collect();
        assert_eq!(v, vec!["للمدنيين", "مدنيين", "لمدنيين"]);
        let v: Vec<&str> = stem_candidates("وللجنة").collect();
        assert_eq!(v, vec!["وللجنة", "للجنة", "جنة", "لجنة"]);
        let v: Vec<&str> = stem_candidates("لـقسد").collect();
        assert_eq!(v, vec!["لـقسد", "قسد"]);
        let v: Vec<&str> = stem_candidates("قسد").collect();
        assert_eq!(v, vec!["قسد"]);
        let v: Vec<&str> = stem_candidates("وقسد").collect();
        assert_eq!(v, vec!["وقسد", "قسد"]);
    }

    #[test]
    fn lam_nouns_keep_their_lam() {
        // ل + اللجنة: the article's alif and one lam are not written.
        assert_eq!(parts("للجنة"), ("ل", "لجنة", ""));
        assert_eq!(parts("وللجنة"), ("ول", "لجنة", ""));
        assert_eq!(parts("لِلَّجْنَةِ"), ("لِ", "لَّجْنَةِ", ""));
        assert_eq!(parts("للاجئين"), ("ل", "لاجئين", ""));
        // ل + ال + stem where the stem is no listed ل-noun.
        assert_eq!(parts("للمدنيين"), ("لل", "مدنيين", ""));
        assert_eq!(parts("للقتلى"), ("لل", "قتلى", ""));
        // Not «لل» at all.
        assert_eq!(parts("اللجنة"), ("ال", "لجنة", ""));
        assert_eq!(parts("بالجنة"), ("بال", "جنة", ""));
    }

    #[test]
    fn lam_readings_offer_both() {
        let r = lam_readings("للجنة").unwrap();
        assert_eq!((r.conj, r.article, r.own_lam, r.chosen()), (0, "جنة", "لجنة", "لجنة"));
        let r = lam_readings("وللحكومة").unwrap();
        assert_eq!((r.conj, r.article, r.own_lam, r.chosen()), ("و".len(), "حكومة", "لحكومة", "حكومة"));
        let r = lam_readings("فللاجيين").unwrap();
        assert_eq!(r.chosen(), "لاجيين", "normalised text too");
        assert_eq!((r.chosen_folded(), lam_readings("للجنه").unwrap().chosen_folded()), ("لاجيين", "لجنه"));
        assert_eq!(lam_readings("للقتلي").unwrap().chosen_folded(), "قتلي");
        // Nothing: no «لل», or a stem under two letters.
        for w in ["لله", "الله", "لجنة", "اللجنة", "ولد", "", "ل", "وو"] {
            assert_eq!(lam_readings(w), None, "{w}");
        }
    }

    #[test]
    fn a_known_name_keeps_its_lam() {
        let lebanon = |w: &str| w == "لبنان" || w == "ليبيا";
        assert_eq!(lam_readings("للبنان").unwrap().chosen_knowing(lebanon), "لبنان");
        assert_eq!(lam_readings("وللبنان").unwrap().chosen_knowing(lebanon), "لبنان");
        assert_eq!(lam_readings("لليبيا").unwrap().chosen_knowing(lebanon), "ليبيا");
        // nobody knows the name: the article's reading, as before
        assert_eq!(lam_readings("للبنان").unwrap().chosen_knowing(|_| false), "بنان");
        // a noun with the article is read as before; a lam_noun keeps its lam anyway
        assert_eq!(lam_readings("للمدنيين").unwrap().chosen_knowing(lebanon), "مدنيين");
        assert_eq!(lam_readings("للجنة").unwrap().chosen_knowing(|_| false), "لجنة");
        // both readings known: the article's
        assert_eq!(lam_readings("للبنان").unwrap().chosen_knowing(|_| true), "بنان");
    }

    #[test]
    fn clitics_tsv_loads_and_is_checked() {
        let l = super::parse_lists(super::CLITICS_TSV).expect("clitics.tsv parses");
        assert!(l.no_split.len() > 50);
        assert_eq!(l.enclitics.first(), Some(&"هما"));
        assert!(super::parse_lists("no_split\tأولئك\n").is_err(), "not folded");
        assert!(super::parse_lists("no_split\tذلك\nno_split\tذلك\n").is_err(), "twice");
        assert!(super::parse_lists("proclitic\tو\n").is_err(), "kind");
        assert!(l.lam_nouns.contains("لجنه"));
        assert!(super::parse_lists("lam_noun\tلجنة\n").is_err(), "not normalised");
        assert!(super::parse_lists("lam_noun\tجنه\n").is_err(), "no lam");
        // Every written spelling of a listed word stays whole.
        for w in ["أولئك", "إليهم", "إنما", "هؤلاء"] {
            assert_eq!(parts(w), ("", w, ""), "{w}");
        }
    }
}
