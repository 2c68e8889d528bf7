//! The article's outlet: from its URL's domain, else from the words by which it names
//! itself («مصادر الميادين», «سناك سوري _ متابعات», «لأورينت نت»).

use crate::prep::key;
use crate::{whole_word, Recognizer};
use aho_corasick::{AhoCorasick, MatchKind};
use riwaya_lexicon::Lexicon;
use rustc_hash::FxHashMap as HashMap;

pub(crate) struct OutletMatcher {
    ac: Option<AhoCorasick>,
    /// Per pattern: the outlet's index in the recognizer's entities.
    pats: Vec<u32>,
}

impl OutletMatcher {
    pub(crate) fn new(lex: &Lexicon, ent_ix: &HashMap<String, u32>) -> Self {
        let mut strs: Vec<String> = Vec::new();
        let mut pats: Vec<u32> = Vec::new();
        let mut seen: HashMap<String, u32> = HashMap::default();
        for (sig, actor) in lex.outlet_signatures() {
            let Some(&ent) = ent_ix.get(&actor.id) else { continue };
            let k = key(sig);
            if k.chars().count() < 3 {
                continue;
            }
            // «مصادر للميادين» for «مصادر الميادين»: the article after «ل».
            let words: Vec<&str> = k.split(' ').collect();
            let mut variants = vec![k.clone()];
            for i in 1..words.len() {
                if let Some(rest) = words[i].strip_prefix("ال") {
                    let mut w = words.clone();
                    let v = format!("لل{rest}");
                    w[i] = &v;
                    variants.push(w.join(" "));
                }
            }
            for v in variants {
                if seen.insert(v.clone(), ent).is_none() {
                    strs.push(v);
                    pats.push(ent);
                }
            }
        }
        let ac = (!strs.is_empty()).then(|| {
            AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&strs).expect("outlet automaton")
        });
        OutletMatcher { ac, pats }
    }

    /// Outlets named in `line`: (entity index, first offset, count).
    fn scan(&self, line: &str, hits: &mut HashMap<u32, (usize, usize)>, base: usize) {
        let Some(ac) = &self.ac else { return };
        let m = key(line);
        for h in ac.find_iter(&m) {
            let (s, e) = (h.start(), h.end());
            if !whole_word(&m, s, e) {
                continue;
            }
            let ent = self.pats[h.pattern().as_usize()];
            let x = hits.entry(ent).or_insert((base + s, 0));
            x.1 += 1;
        }
    }
}

pub(crate) fn outlet(rec: &Recognizer, url: Option<&str>, text: &str, extra: &[&str]) -> Option<(String, &'static str)> {
    if let Some(u) = url.map(str::trim).filter(|u| !u.is_empty()) {
        if let Some(a) = rec.lex.outlet_by_domain(u) {
            return Some((a.name_en.clone(), "url"));
        }
    }
    let pick = |hits: &HashMap<u32, (usize, usize)>| -> Option<u32> {
        hits.iter().max_by(|a, b| a.1 .1.cmp(&b.1 .1).then(b.1 .0.cmp(&a.1 .0))).map(|(e, _)| *e)
    };
    let mut hits = HashMap::default();
    for (i, l) in extra.iter().enumerate() {
        rec.outlet.scan(l, &mut hits, i);
    }
    if hits.is_empty() {
        rec.outlet.scan(text, &mut hits, 0);
    }
    let e = pick(&hits)?;
    Some((rec.ents[e as usize].name_en.clone(), "text"))
}
