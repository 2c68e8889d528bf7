//! References to actors: the mentions the recognizer found, plus bare anaphoric nouns
//! ("التنظيم"، "الميليشيا"، "الأخير") resolved to the actor they point back to.

use crate::data::{cands, Data};
use crate::doc::Doc;
use riwaya_model::Mention;

pub const ARMED: &[&str] = &["armed_group", "state_force"];
pub const MEDIA: &[&str] = &["outlet", "agency"];
pub const ACTOR: &[&str] = &[
    "armed_group", "state_force", "government_body", "party", "agency", "outlet", "ngo", "person",
    "international_org", "group",
];

#[derive(Debug, Clone)]
pub struct Ref {
    pub a: usize,
    pub b: usize,
    pub entity: String,
    pub kind: riwaya_model::MentionKind,
}

impl Ref {
    pub fn is_armed(&self) -> bool {
        ARMED.contains(&self.kind.as_str())
    }
    pub fn is_actor(&self) -> bool {
        ACTOR.contains(&self.kind.as_str())
    }
    /// An actor that speaks or acts as a body (not a population such as "civilians").
    pub fn is_body(&self) -> bool {
        self.is_actor() && !self.is_media() && self.kind != "group"
    }
    pub fn is_media(&self) -> bool {
        MEDIA.contains(&self.kind.as_str())
    }
}

/// The mentions as references, with the anaphors of `function_words.toml` resolved.
pub fn build(d: &Doc, data: &Data, mentions: &[Mention]) -> Vec<Ref> {
    let mut refs: Vec<Ref> = d
        .ments
        .iter()
        .map(|&(a, b, k)| Ref { a, b, entity: mentions[k].entity.clone(), kind: mentions[k].kind.clone() })
        .collect();
    // Only words with the article are anaphoric ("التنظيم", not "تنظيم داعش").
    let mut extra = Vec::new();
    for i in 0..d.toks.len() {
        let w = d.w(i);
        if !w.contains("ال") || w.len() < 8 {
            continue;
        }
        let c = cands(w);
        let Some((_, heads)) = c
            .iter()
            .filter(|x| w.ends_with(x) && w[..w.len() - x.len()].ends_with("ال"))
            .find_map(|x| data.fw.anaphors.get(x).map(|h| (x, h)))
        else {
            continue;
        };
        if d.mention_at(i).is_some() {
            continue;
        }
        // The next word must not name the group itself ("التنظيم الإرهابي" is still anaphoric;
        // "تنظيم داعش" has no article and is not looked at).
        if let Some(r) = resolve(d, &refs, i, heads) {
            extra.push(Ref { a: i, b: i + 1, entity: r.entity.clone(), kind: r.kind.clone() });
        }
    }
    refs.extend(extra);
    refs.sort_by_key(|r| (r.a, r.b));
    refs
}

fn resolve<'r>(d: &Doc, refs: &'r [Ref], i: usize, heads: &[String]) -> Option<&'r Ref> {
    let fits = |r: &Ref| {
        if !r.is_armed() {
            return false;
        }
        if heads.is_empty() {
            return true;
        }
        let a = r.a.saturating_sub(2);
        (a..r.b).any(|k| heads.iter().any(|h| d.w(k).contains(h.as_str())))
    };
    refs.iter().rev().filter(|r| r.b <= i).find(|r| fits(r)).or_else(|| {
        if heads.is_empty() {
            None
        } else {
            refs.iter().filter(|r| r.a > i).find(|r| fits(r))
        }
    })
}

/// The reference covering token `i`.
pub fn at(refs: &[Ref], i: usize) -> Option<&Ref> {
    let p = refs.partition_point(|r| r.a <= i);
    refs[..p].iter().rev().take(4).find(|r| r.a <= i && i < r.b)
}
