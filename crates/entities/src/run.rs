//! Linking short forms across the articles of one run: «كيربي» in one article names the
//! «جون كيربي» of another.

use crate::prep::key;
use riwaya_model::Mention;
use std::collections::HashMap;

/// People named in full so far in a run, by surname.
///
/// Call [`RunNames::link`] on each article's mentions in order; a surname met before its
/// full name (in a later article) is linked when `link` runs again over that article.
#[derive(Debug, Default, Clone)]
pub struct RunNames {
    /// Folded surname → (entity, English name) of every person named in full with it.
    full: HashMap<String, Vec<(String, Option<String>)>>,
}

impl RunNames {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the full names of people in `mentions`, then links each lone surname
    /// («خلف», a placeholder `person:خلف`) to the one person of the run with that surname.
    pub fn link(&mut self, mentions: &mut [Mention]) {
        for m in mentions.iter() {
            if m.kind != "person" {
                continue;
            }
            let k = key(&m.text);
            let words: Vec<&str> = k.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            let v = self.full.entry(words[words.len() - 1].to_string()).or_default();
            if !v.iter().any(|(e, _)| *e == m.entity) {
                v.push((m.entity.clone(), m.name.clone()));
            }
        }
        for m in mentions.iter_mut() {
            if m.kind != "person" || !m.entity.starts_with("person:") {
                continue;
            }
            let k = key(&m.text);
            if k.contains(' ') {
                continue;
            }
            if let Some(v) = self.full.get(&k) {
                if v.len() == 1 && v[0].0 != m.entity {
                    m.entity = v[0].0.clone();
                    m.name = v[0].1.clone();
                }
            }
        }
    }

    /// Number of distinct surnames recorded.
    pub fn len(&self) -> usize {
        self.full.len()
    }

    pub fn is_empty(&self) -> bool {
        self.full.is_empty()
    }
}
