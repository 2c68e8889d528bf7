//! Stable story ids. Each run clusters all current articles again (from their digests);
//! each earlier story's id goes to the new story holding most of its articles (a
//! story that gains articles keeps its id; two stories that merge keep the older id), and
//! a story sharing none with any earlier one gets a fresh id. Ids are never reused.

use std::collections::{BTreeMap, HashMap, HashSet};

/// What [`assign_ids`] decided.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Assigned {
    /// The id of each group, in the order given.
    pub ids: Vec<i64>,
    /// Earlier ids that no group kept → the id of the group holding most of their articles.
    pub merged_into: HashMap<i64, i64>,
    /// The next unused id after this assignment.
    pub next_id: i64,
}

/// `groups` in first-come order (by their earliest article); `previous` maps article ids
/// to the earlier story ids.
pub fn assign_ids(previous: &HashMap<String, i64>, groups: &[Vec<String>], mut next_id: i64) -> Assigned {
    // Each earlier id goes to the group holding most of its articles (ties: the earlier
    // group), largest overlaps first: a group that shares one article with an old story
    // must not take its id from the group that holds the rest of it.
    let mut pairs: Vec<(usize, i64, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let mut shared: BTreeMap<i64, usize> = BTreeMap::new();
        for a in g {
            if let Some(o) = previous.get(a) {
                *shared.entry(*o).or_default() += 1;
            }
        }
        pairs.extend(shared.into_iter().map(|(o, n)| (n, o, gi)));
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut taken: HashSet<i64> = HashSet::new();
    let mut slot: Vec<Option<i64>> = vec![None; groups.len()];
    for (_, o, gi) in pairs {
        if slot[gi].is_none() && !taken.contains(&o) {
            slot[gi] = Some(o);
            taken.insert(o);
        }
    }
    let ids: Vec<i64> = slot
        .into_iter()
        .map(|s| {
            s.unwrap_or_else(|| {
                next_id += 1;
                next_id - 1
            })
        })
        .collect();
    // Where each earlier id's articles went.
    let mut went: HashMap<i64, BTreeMap<i64, usize>> = HashMap::new();
    for (g, id) in groups.iter().zip(&ids) {
        for a in g {
            if let Some(o) = previous.get(a) {
                if !taken.contains(o) {
                    *went.entry(*o).or_default().entry(*id).or_default() += 1;
                }
            }
        }
    }
    let merged_into = went
        .into_iter()
        .filter_map(|(o, to)| to.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(t, _)| (o, t)))
        .collect();
    Assigned { ids, merged_into, next_id }
}
