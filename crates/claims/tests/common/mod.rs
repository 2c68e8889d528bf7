//! Test helper: mentions found as lexicon names (plain substrings of the normalised text,
//! proclitics allowed before), standing in for the entity recognizer.
#![allow(dead_code)]

use riwaya_lexicon::Lexicon;
use riwaya_model::Mention;
use riwaya_text::normalize;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct Names {
    /// (normalised name, entity, kind, short)
    names: Vec<(String, String, String, bool)>,
    subjects: HashMap<String, String>,
}

pub fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| {
        let lex = Lexicon::embedded().expect("lexicon loads");
        let mut names = Vec::new();
        let mut subjects = HashMap::new();
        for a in lex.actors() {
            subjects.insert(a.id.clone(), a.subject_label().to_string());
            for n in a.full_names() {
                names.push((normalize(n).text, a.id.clone(), a.kind.as_str().to_string(), false));
            }
            for n in &a.short_aliases {
                names.push((normalize(n).text, a.id.clone(), a.kind.as_str().to_string(), true));
            }
        }
        names.retain(|n| n.0.chars().count() >= 3);
        names.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
        Names { names, subjects }
    })
}

impl Names {
    pub fn subject_of(&self, id: &str) -> Option<String> {
        self.subjects.get(id).cloned()
    }

    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let n = normalize(text);
        let t = &n.text;
        let mut taken = vec![false; t.len()];
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let full_ids: Vec<&str> = Vec::new();
        let _ = full_ids;
        let mut full_seen: std::collections::HashSet<&str> = Default::default();
        for pass in [false, true] {
            for (k, (name, ent, _, short)) in self.names.iter().enumerate() {
                if *short != pass || (pass && !full_seen.contains(ent.as_str())) {
                    continue;
                }
                for (p, _) in t.match_indices(name.as_str()) {
                    let e = p + name.len();
                    if taken[p..e].iter().any(|x| *x) {
                        continue;
                    }
                    if !boundary_before(t, p) || t[e..].chars().next().is_some_and(|c| c.is_alphabetic()) {
                        continue;
                    }
                    taken[p..e].iter_mut().for_each(|x| *x = true);
                    found.push((p, e, k));
                    if !pass {
                        full_seen.insert(ent.as_str());
                    }
                }
            }
        }
        found.sort();
        found
            .into_iter()
            .map(|(p, e, k)| {
                let (os, oe) = n.original_span(p, e);
                let (_, ent, kind, _) = &self.names[k];
                Mention {
                    text: text[os..oe].to_string(),
                    entity: ent.clone(),
                    kind: kind.parse().expect("a mention kind"),
                    start: os,
                    end: oe,
                    name: self.subjects.get(ent).cloned(),
                }
            })
            .collect()
    }
}

fn boundary_before(t: &str, p: usize) -> bool {
    let before = &t[..p];
    let mut chars = before.chars().rev();
    let mut n = 0;
    loop {
        match chars.next() {
            None => return true,
            Some(c) if !c.is_alphabetic() => return true,
            Some(c) if n < 3 && "وفبلكال".contains(c) => n += 1,
            Some(_) => return false,
        }
    }
}
