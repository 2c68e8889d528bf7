//! Stable story ids. Each run clusters all current articles again (from their digests),
//! then matches the new stories to the earlier ones by the articles they share:
//!
//! - an earlier story is *continued* by the new story holding most of its articles (ties:
//!   the earlier new story); a new story continuing several earlier ones keeps the id of
//!   the one it shares most articles with (ties: the older id), and the others are
//!   recorded as merged into it, so `riwaya story OLD` still finds their articles;
//! - a new story that continues no earlier one gets a fresh id; when it holds articles of
//!   an earlier story (whose most went elsewhere), it is recorded as split from it.
//!
//! Ids are never reused.

use std::collections::{BTreeMap, HashMap};

/// What [`assign_ids`] decided.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Assigned {
    /// The id of each group, in the order given.
    pub ids: Vec<i64>,
    /// Earlier ids that no group kept → the id of the group holding most of their articles.
    pub merged_into: HashMap<i64, i64>,
    /// Fresh ids of groups made from part of an earlier story → that story's id.
    pub split_from: HashMap<i64, i64>,
    /// The next unused id after this assignment.
    pub next_id: i64,
}

/// `groups` in first-come order (by their earliest article); `previous` maps article ids
/// to the earlier story ids.
pub fn assign_ids(
    previous: &HashMap<String, i64>,
    groups: &[Vec<String>],
    mut next_id: i64,
) -> Assigned {
    // shared[g][old] = articles group g holds of earlier story old.
    let shared: Vec<BTreeMap<i64, usize>> = groups
        .iter()
        .map(|g| {
            let mut m: BTreeMap<i64, usize> = BTreeMap::new();
            for a in g {
                if let Some(o) = previous.get(a) {
                    *m.entry(*o).or_default() += 1;
                }
            }
            m
        })
        .collect();
    // Each earlier story's heir: the group holding most of its articles (ties: the earlier).
    let mut heir: BTreeMap<i64, (usize, usize)> = BTreeMap::new();
    for (gi, m) in shared.iter().enumerate() {
        for (&o, &n) in m {
            let e = heir.entry(o).or_insert((gi, n));
            if n > e.1 {
                *e = (gi, n);
            }
        }
    }
    // Each group keeps the id of the earlier story it continues with the most articles.
    let mut slot: Vec<Option<(i64, usize)>> = vec![None; groups.len()];
    for (&o, &(gi, n)) in &heir {
        if slot[gi].is_none_or(|(k, kn)| n > kn || (n == kn && o < k)) {
            slot[gi] = Some((o, n));
        }
    }
    let mut out = Assigned::default();
    for (gi, s) in slot.iter().enumerate() {
        let id = match s {
            Some((o, _)) => *o,
            None => {
                next_id += 1;
                let id = next_id - 1;
                // Most of what it holds of one earlier story (ties: the older id).
                if let Some((&o, _)) = shared[gi]
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                {
                    out.split_from.insert(id, o);
                }
                id
            }
        };
        out.ids.push(id);
    }
    for (&o, &(gi, _)) in &heir {
        if out.ids[gi] != o {
            out.merged_into.insert(o, out.ids[gi]);
        }
    }
    out.next_id = next_id;
    out
}
