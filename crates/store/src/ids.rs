//! Stable story ids. Each run clusters all current articles again (from their digests);
//! each new story takes the id of the oldest earlier story it shares articles with (a
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
    let mut taken: HashSet<i64> = HashSet::new();
    let mut ids = Vec::with_capacity(groups.len());
    for g in groups {
        let mut olds: Vec<i64> = g.iter().filter_map(|a| previous.get(a).copied()).collect();
        olds.sort_unstable();
        olds.dedup();
        let id = match olds.into_iter().find(|o| !taken.contains(o)) {
            Some(o) => o,
            None => {
                next_id += 1;
                next_id - 1
            }
        };
        taken.insert(id);
        ids.push(id);
    }
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
