//! Triangulation: one story's accounts laid side by side.
//!
//! Rules, in the manner of conflict-event datasets (UCDP GED):
//! - **Figures** are the claims grouped by (quantity, subject); a claim with no subject joins
//!   the one subject its quantity has in the story, when there is exactly one.
//! - **Agreement groups**: reports whose ranges all overlap.
//! - **Incidents**: figures and events aligned by the specific place named with them and
//!   their day or period; estimates are made per incident as well as per figure.
//! - **Contradictions** (see [`judge`]): two sources on one incident (the same specific
//!   place), the same quantity and subject, comparable times, ranges that cannot both hold
//!   (approximate figures widened by a tenth). Not contradictions: a source's own figures;
//!   a figure that adds ("nine more", "among them", `Claim::additional`/`part_of`); a denied
//!   figure (it is listed as a `denial` against those who assert it); a running total
//!   beside one incident's figure; an additive count on another day (another incident); a
//!   toll that rises in later reports (its evolution, shown beside each contradiction),
//!   unless the lower one is a party's claim about its enemy's losses. A later total below
//!   an earlier one of a count that cannot fall (escapees) is one (`later-lower`).
//! - **Estimates**: *low* is the lowest credible figure, *high* the highest, *best* the
//!   median of the independent sources' figures (each source counted once). Reports in
//!   which a party to the conflict speaks of another side's losses (a *party claim*) are
//!   not credible for the estimates while any other report exists.
//! - **Events** are grouped by (type, place, date); a claim of full control and a `clash`
//!   at the same place on the same day cannot both hold, nor a happening one source reports
//!   and another denies.

use crate::cluster::Stories;
use crate::digest::ArticleDigest;
use crate::types::*;
use riwaya_model::{EventKind, MentionKind, Quantity};
use riwaya_text::chars::is_alphanumeric;
use riwaya_text::normalize::normalize_str;
use crate::cluster::IdMap;
use std::collections::{BTreeMap, HashMap};

const ACTOR_KINDS: &[&str] = &["armed_group", "state_force", "government_body", "party", "international_org", "person", "group", "org"];
const PARTY_KINDS: &[&str] = &["armed_group", "state_force"];
/// Counts of the dead and injured, which rise over the first days.
const TOLLS: &[&str] = &["killed", "wounded", "casualties"];

/// Whether one of two reports raises the other's toll shortly after it.
fn is_update(a: &Report, b: &Report) -> bool {
    let day = |r: &Report| r.published.as_deref().and_then(crate::digest::day_number);
    let (Some(da), Some(db)) = (day(a), day(b)) else { return false };
    let (early, late) = if da <= db { (a, b) } else { (b, a) };
    // A party's claim about its enemy's losses is a rival account, not an early count.
    !early.party_claim && !late.party_claim && late.low.or(late.high) > early.high.or(early.low)
}

/// A report's range, widened when it is approximate: by a tenth ("نحو 60" holds 57), or
/// by half its rounding when that is more ("نحو مئتي" is rounded to the hundred: it holds
/// 227).
fn widened(r: &Report) -> (Option<u64>, Option<u64>) {
    if !r.approx {
        return (r.low, r.high);
    }
    let slack = |x: u64| (x / 10).max(rounding(x) / 2);
    (r.low.map(|l| l - slack(l)), r.high.map(|h| h.saturating_add(slack(h))))
}

/// The largest power of ten (up to a million) that divides a round figure: 200 → 100,
/// 60 → 10, 7 → 1.
fn rounding(x: u64) -> u64 {
    let mut u = 1;
    while u < 1_000_000 && x > 0 && x % (u * 10) == 0 && x > u * 10 {
        u *= 10;
    }
    u
}
const LOSSES: &[&str] = &["killed", "wounded", "casualties", "arrested", "surrendered", "vehicles"];
fn is_place(kind: MentionKind, entity: &str) -> bool {
    kind.is_place() || entity.starts_with("place:")
}

fn overlap(a: (Option<u64>, Option<u64>), b: (Option<u64>, Option<u64>)) -> bool {
    let lo1 = a.0.unwrap_or(0);
    let hi1 = a.1.unwrap_or(u64::MAX);
    let lo2 = b.0.unwrap_or(0);
    let hi2 = b.1.unwrap_or(u64::MAX);
    lo1 <= hi2 && lo2 <= hi1
}

/// Each independent source's latest figure (its reports in order, the last one wins),
/// sorted: what the median `best` is taken over.
fn latest_per_source(reports: &[&Report]) -> Vec<u64> {
    let mut per_source: BTreeMap<String, u64> = BTreeMap::new();
    for r in reports {
        if let Some(p) = point(r) {
            per_source.insert(source_key(r), p);
        }
    }
    let mut pts: Vec<u64> = per_source.into_values().collect();
    pts.sort_unstable();
    pts
}

/// The single figure a report stands for in a median: its value, or the middle of its range.
fn point(r: &Report) -> Option<u64> {
    match (r.low, r.high) {
        // The middle without overflow at the top of the range.
        (Some(l), Some(h)) => Some(l / 2 + h / 2 + (l % 2 + h % 2) / 2),
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    }
}

fn source_key(r: &Report) -> String {
    r.attribution.last().cloned().unwrap_or_else(|| format!("outlet:{}", r.outlet.as_deref().unwrap_or(&r.article)))
}

/// `source_key(a) == source_key(b)` without making either string.
fn same_source_key(a: &Report, b: &Report) -> bool {
    fn parts(r: &Report) -> (&'static str, &str) {
        match r.attribution.last() {
            Some(s) => ("", s.as_str()),
            None => ("outlet:", r.outlet.as_deref().unwrap_or(&r.article)),
        }
    }
    let ((pa, ra), (pb, rb)) = (parts(a), parts(b));
    pa.len() + ra.len() == pb.len() + rb.len() && pa.bytes().chain(ra.bytes()).eq(pb.bytes().chain(rb.bytes()))
}

/// Within one article, a source named again by a shorter form that begins its full name
/// («المتحدث الرسمي» after «المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة تبوك», spaces aside,
/// since a stray one is a common typo) refers back to it: one source, not two.
fn one_source_in_article(a: &Report, b: &Report) -> bool {
    let (Some(x), Some(y)) = (a.attribution.last(), b.attribution.last()) else { return false };
    if a.article != b.article {
        return false;
    }
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (x, y) = (squeeze(x), squeeze(y));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    !short.is_empty() && long.starts_with(&short)
}

/// The cues of `data/figure_cues.tsv`, normalised.
/// (The phrases matched as whole words are kept split into their words: `has_words`.)
struct Cues {
    cumulative: Vec<Vec<String>>,
    additional: Vec<Vec<String>>,
    part: Vec<Vec<String>>,
    part_head: Vec<String>,
    additive: Vec<String>,
    full_control: Vec<Vec<String>>,
    responsibility: Vec<Vec<String>>,
    part_after: Vec<Vec<String>>,
    relative: Vec<String>,
    subgroup: Vec<Vec<String>>,
}

fn cues() -> &'static Cues {
    static C: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let mut c = Cues { cumulative: vec![], additional: vec![], part: vec![], part_head: vec![], additive: vec![], full_control: vec![], responsibility: vec![], part_after: vec![], relative: vec![], subgroup: vec![] };
        for line in include_str!("../data/figure_cues.tsv").lines() {
            let line = line.trim_end();
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let Some((kind, words)) = line.split_once('\t') else { continue };
            let w = if kind == "additive" { words.trim().to_string() } else { normalize_str(words.trim()) };
            let split = |w: &str| -> Vec<String> { w.split_whitespace().map(str::to_string).collect() };
            match kind {
                "cumulative" => c.cumulative.push(split(&w)),
                "additional" => c.additional.push(split(&w)),
                "part" => c.part.push(split(&w)),
                "part_head" => c.part_head.push(w),
                "full_control" => c.full_control.push(split(&w)),
                "additive" => c.additive.push(w),
                "responsibility" => c.responsibility.push(split(&w)),
                "part_after" => c.part_after.push(split(&w)),
                "relative" => c.relative.push(w),
                "subgroup" => c.subgroup.push(split(&w)),
                _ => {}
            }
        }
        c
    })
}

/// Whether a phrase (its words) occurs in `words` as whole words.
fn has_words(words: &[&str], phrase: &[String]) -> bool {
    match phrase.len() {
        0 => false,
        1 => words.iter().any(|w| *w == phrase[0]),
        n => words.windows(n).any(|w| w.iter().zip(phrase).all(|(a, b)| *a == b.as_str())),
    }
}

/// Whether every run of digits of `text` is in `sentence`.
fn digits_in(text: &str, sentence: &str) -> bool {
    let t = normalize_str(text);
    let s = normalize_str(sentence);
    t.split(|ch: char| !ch.is_ascii_digit()).filter(|d| !d.is_empty()).all(|d| s.split(|ch: char| !ch.is_ascii_digit()).any(|x| x == d))
}

/// Whether two sentences are one statement: nearly the same words (Jaccard ≥ 0.7).
fn same_statement(a: &str, b: &str) -> bool {
    let (na, nb) = (normalize_str(a), normalize_str(b));
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        s.split(|ch: char| !is_alphanumeric(ch)).filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    let (wa, wb) = (words(&na), words(&nb));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let inter = wa.intersection(&wb).count() as f64;
    let union = (wa.len() + wb.len()) as f64 - inter;
    inter / union >= 0.7
}

/// How a figure stands to others, from the words around it in its sentence:
/// (adds: "nine more" / "among them five", cumulative: "so far").
fn figure_cues(c: &riwaya_model::Claim) -> (bool, bool) {
    let cu = cues();
    let Some(off) = c.sentence.find(&c.text) else { return (false, false) };
    let before = normalize_str(&c.sentence[..off]);
    let after = normalize_str(&c.sentence[off + c.text.len()..]);
    let split = |s: &str| -> Vec<String> { s.split(|ch: char| !is_alphanumeric(ch)).filter(|w| !w.is_empty()).map(str::to_string).collect() };
    let (b, a) = (split(&before), split(&after));
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let last3 = &b[b.len().saturating_sub(3)..];
    let first2 = &a[..a.len().min(2)];
    let own_first: String = split(&normalize_str(&c.text)).into_iter().next().unwrap_or_default();
    let own_words = split(&normalize_str(&c.text));
    let own_words: Vec<&str> = own_words.iter().map(String::as_str).collect();
    // "قتل 29 منهم": of a group told before, a part of it.
    let of_them = own_words.len() > 1 && cu.part.iter().any(|w| has_words(&own_words[1..], w));
    let first4 = &a[..a.len().min(4)];
    // A relative clause on the figure's noun («…الذين ما زالوا يتلقون العلاج») is read too.
    let relative = first4.iter().position(|w| cu.relative.iter().any(|r| r == w)).map_or(&a[..0], |k| &a[k + 1..a.len().min(k + 5)]);
    let adds = cu.additional.iter().any(|w| has_words(first2, w))
        || cu.part_after.iter().any(|w| has_words(first4, w) || has_words(relative, w))
        || (own_words.len() > 1 && cu.subgroup.iter().any(|w| has_words(&own_words[1..own_words.len().min(3)], w)))
        || cu.part.iter().any(|w| has_words(last3, w))
        || cu.part_head.contains(&own_first)
        || of_them;
    // The figure's clause: up to eight words either side, not past a comma, a full stop
    // or a word that opens another clause ("فيما", "بينما").
    const BREAKS: &[&str] = &["فيما", "بينما", "حين", "كما"];
    let stop_at = |ws: &[&str]| ws.iter().position(|w| BREAKS.contains(w)).unwrap_or(ws.len());
    let punct = |ch: char| matches!(ch, '،' | ',' | '.' | '؛' | ';' | ':' | '!' | '?' | '\n');
    let clause_after = &c.sentence[off + c.text.len()..];
    let clause_after = &clause_after[..clause_after.find(punct).unwrap_or(clause_after.len())];
    let clause_before = &c.sentence[..off];
    let clause_before = &clause_before[clause_before.rfind(punct).map(|i| i + clause_before[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0)..];
    let ca = split(&normalize_str(clause_after));
    let cb = split(&normalize_str(clause_before));
    let ca: Vec<&str> = ca.iter().map(String::as_str).collect();
    let cb: Vec<&str> = cb.iter().map(String::as_str).collect();
    let ca = &ca[..stop_at(&ca).min(8)];
    let cb_start = cb.iter().rposition(|w| BREAKS.contains(w)).map(|i| i + 1).unwrap_or(0).max(cb.len().saturating_sub(8));
    let near: Vec<&str> = cb[cb_start..].iter().chain(ca.iter()).copied().collect();
    let own: Vec<String> = split(&normalize_str(&c.text));
    let own: Vec<&str> = own.iter().map(String::as_str).collect();
    let cumulative = cu.cumulative.iter().any(|w| has_words(&near, w) || has_words(&own, w));
    (adds, cumulative)
}

/// Whether an event's words claim full control (`full_control` cues) of the place itself:
/// the place is named in what follows "على" ("السيطرة الكاملة على عدن"), not a district
/// within it ("تسيطر على مديرية … كاملة بمحافظة إب").
fn full_control(text: &str, place: &str) -> bool {
    let n = normalize_str(text);
    let words: Vec<&str> = n.split(|ch: char| !is_alphanumeric(ch)).filter(|w| !w.is_empty()).collect();
    if !cues().full_control.iter().any(|w| has_words(&words, w)) {
        return false;
    }
    let p = normalize_str(place);
    let names: Vec<&str> = p.split(|ch: char| !is_alphanumeric(ch)).filter(|w| w.chars().count() >= 3).collect();
    let Some(on) = words.iter().position(|w| *w == "علي") else { return false };
    let object = &words[on + 1..words.len().min(on + 3)];
    // The place's own name (its last word: «محافظة إب» → «إب», «مدينة الرمادي» → «الرمادي»).
    let own = p.split(|ch: char| !is_alphanumeric(ch)).filter(|w| !w.is_empty()).next_back().unwrap_or("");
    !own.is_empty() && object.first().is_some_and(|w| *w == own || names.len() == 1 && *w == names[0])
}

/// Days since the epoch of a report's period: its event date (a day or `from/to`), else
/// its publication day.
fn period(r: &Report) -> Option<(i32, i32)> {
    let d = r.date.as_deref().or(r.published.as_deref())?;
    let (a, b) = d.split_once('/').unwrap_or((d, d));
    let (a, b) = (crate::digest::day_number(a)?, crate::digest::day_number(b)?);
    Some((a.min(b), a.max(b)))
}

impl Stories {
    /// Current stories, triangulated, largest first.
    pub fn stories(&self, include_singletons: bool) -> Vec<Story> {
        use rayon::prelude::*;
        // Laid out while the threads are worked out.
        let (_, thread_of, mut out) = self.stories_and_threads_then(include_singletons, |cut| cut.par_iter().map(|(r, m)| self.story(*r, m)).collect::<Vec<Story>>());
        for st in &mut out {
            st.thread = thread_of.get(&st.id).cloned();
        }
        out.sort_by(|a, b| b.articles.len().cmp(&a.articles.len()).then(a.id.cmp(&b.id)));
        out
    }

    /// The stories (root, members) and story id → thread id: the last merge pass's groups
    /// are threads, cut into stories by happening ([`Stories::cut`]); groups whose centroids
    /// are close fall in one thread ([`Stories::threads_of`]). A thread of one group cut into
    /// several stories is `t` and the group's root.
    pub fn stories_and_threads(&self, include_singletons: bool) -> (Vec<(u32, Vec<u32>)>, HashMap<String, String>) {
        let (stories, thread_of, ()) = self.stories_and_threads_then(include_singletons, |_| ());
        (stories, thread_of)
    }

    /// [`Stories::stories_and_threads`], with `then` run on the stories (root, members) as
    /// soon as they are cut, while the threads are still being worked out: what a caller
    /// does with the stories that does not need their threads (laying them out, reading
    /// their articles) need not wait for them.
    pub fn stories_and_threads_then<R: Send>(
        &self,
        include_singletons: bool,
        then: impl FnOnce(&[(u32, Vec<u32>)]) -> R + Send,
    ) -> (Vec<(u32, Vec<u32>)>, HashMap<String, String>, R) {
        // Lone articles too go to the cut: one may join another thread's story of its
        // happening ([`Stories::join_threads`]).
        let all = self.groups(true);
        let groups: Vec<(u32, Vec<u32>)> = all.iter().filter(|(_, m)| include_singletons || m.len() >= 2).cloned().collect();
        // The threads and the cut read the same groups and nothing of each other: they
        // run side by side.
        let (by_group, (stories, group_of, r)) = rayon::join(
            || self.threads_of(&groups),
            || {
                let cut = self.cut(&all, include_singletons);
                let (stories, group_of): (Vec<(u32, Vec<u32>)>, Vec<u32>) = cut.into_iter().map(|(r, m, g)| ((r, m), g)).unzip();
                let r = then(&stories);
                (stories, group_of, r)
            },
        );
        let mut pieces: HashMap<u32, usize> = HashMap::new();
        for g in &group_of {
            *pieces.entry(*g).or_default() += 1;
        }
        let mut thread_of = HashMap::new();
        for ((r, _), g) in stories.iter().zip(&group_of) {
            let thread = by_group.get(&format!("s{g}")).cloned().or_else(|| (pieces[g] >= 2).then(|| format!("t{g}")));
            if let Some(t) = thread {
                thread_of.insert(format!("s{r}"), t);
            }
        }
        (stories, thread_of, r)
    }

    /// Story id → thread id, for the stories of threads of two or more stories.
    ///
    /// Stories in order of their first day join the thread whose centroid (the sum of its
    /// stories' unit centroids) is closest, when its cosine reaches `thread_threshold`;
    /// else they open one. As for stories, a story is weighed against the thread as a
    /// whole, so threads do not chain.
    pub(crate) fn threads_of(&self, groups: &[(u32, Vec<u32>)]) -> HashMap<String, String> {
        let multi: Vec<&(u32, Vec<u32>)> = groups.iter().filter(|(_, m)| m.len() >= 2).collect();
        use rayon::prelude::*;
        let unit: Vec<Vec<(u64, f32)>> = multi
            .par_iter()
            .map(|(_, m)| {
                let mut c: IdMap<u64, f32> = IdMap::default();
                for &i in m {
                    for (w, x) in &self.vecs[i as usize] {
                        *c.entry(*w).or_default() += x;
                    }
                }
                let norm = c.values().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
                let mut v: Vec<(u64, f32)> = c.into_iter().map(|(w, x)| (w, x / norm)).collect();
                // The 200 heaviest, in order (the order is total: words are distinct).
                let by_weight = |a: &(u64, f32), b: &(u64, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
                if v.len() > 200 {
                    v.select_nth_unstable_by(199, by_weight);
                    v.truncate(200);
                }
                v.sort_unstable_by(by_weight);
                v
            })
            .collect();
        let first = |k: usize| multi[k].1.iter().filter_map(|&i| self.docs[i as usize].day).min().unwrap_or(i32::MAX);
        let mut order: Vec<usize> = (0..multi.len()).collect();
        order.sort_by_key(|&k| (first(k), multi[k].0));
        // Thread: centroid sum and its squared norm, its stories.
        let mut threads: Vec<(IdMap<u64, f32>, f32, Vec<usize>)> = Vec::new();
        let mut index: IdMap<u64, Vec<usize>> = IdMap::default();
        let mut rest: Vec<f32> = Vec::new();
        for k in order {
            let mut cands: Vec<usize> = Vec::new();
            for (w, _) in unit[k].iter().take(10) {
                if let Some(l) = index.get(w) {
                    cands.extend(l.iter().rev().take(50));
                }
            }
            cands.sort_unstable();
            cands.dedup();
            // The norm of the story's weights from each word on: what the rest of its words
            // can add to a cosine (Cauchy-Schwarz against the thread's unit centroid). A
            // candidate that cannot reach the threshold or the best so far is left early;
            // the others are summed in full, in the same order (the same cosine, bit for bit).
            rest.clear();
            rest.resize(unit[k].len() + 1, 0.0);
            for j in (0..unit[k].len()).rev() {
                rest[j] = rest[j + 1] + unit[k][j].1 * unit[k][j].1;
            }
            let mut best: Option<(usize, f32)> = None;
            for t in cands {
                let (c, n2, _) = &threads[t];
                let norm = n2.sqrt().max(1e-6);
                let bar = best.map_or(self.cfg.thread_threshold, |(_, b)| b.max(self.cfg.thread_threshold));
                let mut s = 0.0f32;
                let mut short = false;
                for (j, (w, x)) in unit[k].iter().enumerate() {
                    // (Slack for the rounding of the running squared norm `n2`.)
                    if j % 16 == 0 && j > 0 && s / norm + 1.001 * rest[j].sqrt() + 1e-4 < bar {
                        short = true;
                        break;
                    }
                    s += x * c.get(w).copied().unwrap_or(0.0);
                }
                if short {
                    continue;
                }
                let cos = s / norm;
                if cos >= self.cfg.thread_threshold && best.is_none_or(|(_, b)| cos > b) {
                    best = Some((t, cos));
                }
            }
            let t = match best {
                Some((t, _)) => t,
                None => {
                    threads.push((IdMap::default(), 0.0, Vec::new()));
                    threads.len() - 1
                }
            };
            let (c, n2, members) = &mut threads[t];
            for (w, x) in &unit[k] {
                let e = c.entry(*w).or_default();
                *n2 += 2.0 * *e * x + x * x;
                *e += x;
            }
            members.push(k);
            for (w, _) in unit[k].iter().take(10) {
                let l = index.entry(*w).or_default();
                if l.last() != Some(&t) {
                    l.push(t);
                }
            }
        }
        let mut out = HashMap::new();
        for (_, _, members) in threads {
            if members.len() < 2 {
                continue;
            }
            let id = format!("t{}", members.iter().map(|&k| multi[k].0).min().unwrap_or(0));
            for k in members {
                out.insert(format!("s{}", multi[k].0), id.clone());
            }
        }
        out
    }

    pub(crate) fn story(&self, root: u32, members: &[u32]) -> Story {
        let docs: Vec<&ArticleDigest> = members.iter().map(|&i| &self.docs[i as usize]).collect();
        // The most central headline: the article closest to the story's centroid (which
        // is what pairwise similarity to the others sums to, at linear cost).
        let centroid: IdMap<u64, f32> = {
            let mut c: IdMap<u64, f32> = IdMap::default();
            for &i in members {
                for (w, x) in &self.vecs[i as usize] {
                    *c.entry(*w).or_default() += x;
                }
            }
            c
        };
        let central = |i: u32| -> f32 { self.vecs[i as usize].iter().map(|(w, x)| x * centroid.get(w).copied().unwrap_or(0.0)).sum() };
        let best_of = |it: &mut dyn Iterator<Item = u32>| -> Option<u32> {
            it.map(|i| (i, central(i))).max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0))).map(|(i, _)| i)
        };
        // Prefer a headline; an article with none offers its first line.
        let titled = best_of(&mut members.iter().copied().filter(|&i| self.docs[i as usize].title.is_some()));
        let pick = &self.docs[titled.or_else(|| best_of(&mut members.iter().copied())).unwrap_or(root) as usize];
        let title = pick.title.clone().or_else(|| pick.lede.clone()).unwrap_or_default();
        let days: Vec<&str> = docs.iter().filter_map(|d| d.published.as_deref()).collect();
        // An article with no publication date that names today's weekday is dated to the
        // day of that weekday within the story's span (its other articles' dates), when
        // exactly one such day lies there; else it stays undated — never a silent guess.
        let known: Vec<i32> = docs.iter().filter_map(|d| d.day).collect();
        let infer = |d: &ArticleDigest| -> Option<String> {
            let wd = d.today_weekday? as i32;
            let (lo, hi) = (*known.iter().min()? - 3, *known.iter().max()? + 3);
            // 1970-01-01 was a Thursday (weekday 3, Monday = 0).
            let days: Vec<i32> = (lo..=hi).filter(|z| (z + 3).rem_euclid(7) == wd).collect();
            (days.len() == 1).then(|| crate::digest::day_string(days[0]))
        };
        let articles = members
            .iter()
            .map(|&i| {
                let d = &self.docs[i as usize];
                let inferred = if d.published.is_none() { infer(d) } else { None };
                StoryArticle {
                    id: d.id.clone(),
                    outlet: d.outlet.clone(),
                    published: d.published.clone().or_else(|| inferred.clone()),
                    published_source: inferred.map(|_| "story:weekday".to_string()),
                    title: d.title.clone(),
                    near_duplicate_of: self.near_dup[i as usize].map(|j| self.docs[j as usize].id.clone()),
                }
            })
            .collect();
        let (actors, places) = named_counts(&docs);
        let mut figures = figures(&docs);
        let events = events(&docs);
        let incidents = incidents(&mut figures, &events);
        let mut contradictions = figure_contradictions(&figures, story_place(&docs).as_deref());
        contradictions.extend(event_contradictions(&events));
        let outlets = outlet_framing(&docs, &figures);
        Story {
            id: format!("s{root}"),
            title,
            first: days.iter().min().map(|s| s.to_string()),
            last: days.iter().max().map(|s| s.to_string()),
            articles,
            actors,
            places,
            figures,
            events,
            contradictions,
            incidents,
            thread: None,
            outlets,
        }
    }
}

fn named_counts(docs: &[&ArticleDigest]) -> (Vec<NamedCount>, Vec<NamedCount>) {
    let mut counts: HashMap<&str, (usize, bool, HashMap<&str, usize>, Option<&str>)> = HashMap::new();
    for d in docs {
        for n in &d.names {
            let e = counts.entry(n.entity.as_str()).or_insert((0, is_place(n.kind, &n.entity), HashMap::new(), None));
            e.0 += n.count;
            *e.2.entry(n.text.as_str()).or_default() += n.count;
            if e.3.is_none() {
                e.3 = n.name.as_deref();
            }
        }
    }
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for (entity, (count, place, forms, name)) in counts {
        let name = name.map(str::to_string).unwrap_or_else(|| {
            forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(f, _)| f.to_string()).unwrap_or_default()
        });
        let nc = NamedCount { entity: entity.to_string(), name, count };
        if place {
            places.push(nc);
        } else {
            actors.push(nc);
        }
    }
    for v in [&mut actors, &mut places] {
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.entity.cmp(&b.entity)));
        v.truncate(25);
    }
    (actors, places)
}

fn figures(docs: &[&ArticleDigest]) -> Vec<Figure> {
    // Which subjects each quantity has, to fold unattributed subjects into the only one.
    let mut subjects: HashMap<&str, Vec<&str>> = HashMap::new();
    for d in docs {
        for c in &d.claims {
            if let Some(s) = &c.subject {
                let v = subjects.entry(c.quantity.as_str()).or_default();
                if !v.contains(&s.as_str()) {
                    v.push(s);
                }
            }
        }
    }
    let mut by: BTreeMap<(Quantity, Option<String>), Vec<(Report, (Option<String>, Option<String>, usize))>> = BTreeMap::new();
    for (di, d) in docs.iter().enumerate() {
        for (ci, c) in d.claims.iter().enumerate() {
            let subject = c.subject.clone().or_else(|| match subjects.get(c.quantity.as_str()) {
                Some(v) if v.len() == 1 => Some(v[0].to_string()),
                _ => None,
            });
            // A party speaking of another side's losses.
            let source_kind = c.sources.last().and_then(|s| s.entity.as_deref()).and_then(|e| d.kinds.get(e).map(|k| (e, k)));
            let party_claim = match (source_kind, &subject) {
                (Some((_, k)), Some(subj)) if PARTY_KINDS.contains(&k.as_str()) && LOSSES.contains(&c.quantity.as_str()) => {
                    let speaker = c.sources.last().map(|s| s.text.as_str()).unwrap_or("");
                    !speaker.to_lowercase().contains(&subj.to_lowercase()) && !source_is_subject(c, subj, d)
                }
                _ => false,
            };
            let cue = figure_cues(c);
            let r = Report {
                article: d.id.clone(),
                outlet: d.outlet.clone(),
                published: d.published.clone(),
                low: c.low,
                high: c.high,
                approx: c.approx,
                vague: c.vague,
                attribution: c.attribution.clone(),
                hedge: c.hedge.clone(),
                date: c.date.clone(),
                text: c.text.clone(),
                sentence: c.sentence.clone(),
                start: c.start,
                end: c.end,
                party_claim,
                group: 0,
                place: d.claim_places.get(ci).cloned().flatten(),
                denied: c.denied,
                adds: c.additional || c.part_of.is_some() || cue.0,
                cumulative: cue.1,
                incident: 0,
                linked: c.event.and_then(|k| d.events.get(k)).map(|e| {
                    let id = |x: &riwaya_model::EntityRef| x.entity.clone().unwrap_or_else(|| x.text.clone());
                    (e.kind.clone(), e.agent.as_ref().map(id), e.place.as_ref().map(id))
                }),
                dated: c.date.is_some() && c.date_source.as_deref() == Some("text"),
            };
            by.entry((c.quantity.clone(), subject)).or_default().push((r, (d.published.clone(), c.date.clone(), di)));
        }
    }
    let mut out = Vec::new();
    for ((quantity, subject), mut reports) in by {
        // Evolution: by publication, then event date, then input order.
        reports.sort_by(|a, b| a.1.cmp(&b.1));
        let mut reports: Vec<Report> = reports.into_iter().map(|(r, _)| r).collect();
        // Agreement groups: a report joins the first group all of whose members it overlaps.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..reports.len() {
            let span = (reports[i].low, reports[i].high);
            match groups.iter().position(|g| g.iter().all(|&j| overlap(span, (reports[j].low, reports[j].high)))) {
                Some(g) => {
                    groups[g].push(i);
                    reports[i].group = g;
                }
                None => {
                    reports[i].group = groups.len();
                    groups.push(vec![i]);
                }
            }
        }
        let range_low = reports.iter().filter_map(|r| r.low.or(r.high)).min();
        let range_high = if reports.iter().any(|r| r.high.is_none()) { None } else { reports.iter().filter_map(|r| r.high).max() };
        let credible: Vec<&Report> = {
            let asserted: Vec<&Report> = reports.iter().filter(|r| !r.denied).collect();
            let c: Vec<&Report> = asserted.iter().copied().filter(|r| !r.party_claim).collect();
            if c.is_empty() {
                asserted
            } else {
                c
            }
        };
        let low = credible.iter().filter_map(|r| r.low.or(r.high)).min();
        let high = credible.iter().filter_map(|r| r.high.or(r.low)).max();
        // Median over independent sources: each source's latest figure.
        let pts = latest_per_source(&credible);
        let best = (!pts.is_empty()).then(|| pts[pts.len() / 2]);
        let parties = reports.iter().filter(|r| !r.denied).count() - credible.len();
        let reason = format!(
            "best = median of {} independent source{}; low/high = lowest/highest credible figure{}",
            pts.len(),
            if pts.len() == 1 { "" } else { "s" },
            if parties > 0 && parties < reports.len() {
                format!("; {parties} party claim{} about another side's losses set aside", if parties == 1 { "" } else { "s" })
            } else {
                String::new()
            }
        );
        out.push(Figure { quantity, subject, reports, range_low, range_high, low, best, high, reason });
    }
    // Most reported first.
    out.sort_by(|a, b| b.reports.len().cmp(&a.reports.len()).then(a.quantity.cmp(&b.quantity)));
    out
}

/// Whether the claim's innermost source names the subject's own side (its mention text
/// carries the subject label's entity): then it is no claim about an enemy.
fn source_is_subject(c: &riwaya_model::Claim, subject: &str, d: &ArticleDigest) -> bool {
    let Some(ent) = c.sources.last().and_then(|s| s.entity.as_deref()) else { return false };
    d.names.iter().any(|n| n.entity == ent && n.name.as_deref().is_some_and(|x| x.contains(subject)))
}

/// Whether two reports' periods overlap (same day, or one's span holds the other's day).
fn same_time(a: &Report, b: &Report) -> Option<bool> {
    let (pa, pb) = (period(a)?, period(b)?);
    Some(pa.0 <= pb.1 && pb.0 <= pa.1)
}

/// Whether two reports of one figure cannot both hold, and by which rule.
///
/// Only two sources on one incident at comparable times can contradict each other: a
/// source's own figures are updates or different things; figures at two named places, or
/// of an additive count (the dead, the arrested) on two days, are two incidents; a figure
/// that adds ("nine more", "among them") restates nothing; a denied figure is no one's
/// assertion (see [`denial`]). Over time a count may grow (evolution), but a later total
/// of a count that cannot fall (escapees, the displaced) below an earlier one contradicts it.
fn judge(quantity: &str, a: &Report, b: &Report, story: Option<&str>) -> Option<&'static str> {
    if a.denied || b.denied || a.adds || b.adds || overlap(widened(a), widened(b)) {
        return None;
    }
    // "A number of" (3–10) is no count to hold against another.
    if [a, b].iter().any(|r| r.vague && r.high.is_some_and(|h| h <= 10)) {
        return None;
    }
    // (Each test from here to the times only rules a pair out, so their order does not
    // change the verdict: the cheap ones come first.)
    // One incident needs one place: the specific place (a prison, a mosque, a quarter, an
    // airport) named with each figure. A story holds many incidents of a day in one city (a
    // raid here, a strike there), so without it there is no telling they are one.
    // A story about one happening at one place lends it to figures that name none.
    match (place_of(a, story), place_of(b, story)) {
        (Some(pa), Some(pb)) if pa == pb => {}
        _ => return None,
    }
    // Two events of different kinds told with the figures: two incidents.
    if let (Some(la), Some(lb)) = (&a.linked, &b.linked) {
        if la.0 != lb.0 && la.1.is_some() && lb.1.is_some() && la.1 != lb.1 {
            return None;
        }
    }
    if same_source_key(a, b) || one_source_in_article(a, b) {
        return None;
    }
    // One sentence giving two counts of one thing in one voice tells two things (the
    // injured and those taken to hospital), never a disagreement with itself; a sentence
    // that sets two sources side by side («زعمت قسد… والمصادر المحلية…») may.
    if a.article == b.article && !a.sentence.is_empty() && a.sentence == b.sentence && a.attribution.last() == b.attribution.last() {
        return None;
    }
    // One article sets sources against each other only when it names both; its own
    // voice beside a source is two things told.
    if a.article == b.article && (a.attribution.is_empty() || b.attribution.is_empty()) {
        return None;
    }
    // Two outlets carrying one statement that gives both figures (8 flown out, 24 still in
    // hospital) each report both: they do not disagree.
    if a.article != b.article && !a.sentence.is_empty() && a.sentence.contains(b.text.as_str()) && b.sentence.contains(a.text.as_str()) {
        return None;
    }
    // One statement carried by two outlets, each figure's digits in both ("(15) ألف" read
    // as a thousand beside "15 ألف"): the figures differ by their reading, not by their
    // sources. (One statement with "12" in one copy and "عشرة" in the other stays.)
    if a.article != b.article && same_statement(&a.sentence, &b.sentence) && [a, b].iter().all(|r| digits_in(&r.text, &a.sentence) && digits_in(&r.text, &b.sentence)) {
        return None;
    }
    let lo = |r: &Report| r.low.or(r.high).unwrap_or(0);
    let hi = |r: &Report| r.high.or(r.low).unwrap_or(u64::MAX);
    if same_time(a, b)? {
        return match (a.cumulative, b.cumulative) {
            // A running total holds one incident's figure, and the sentence that gives it
            // often recalls the earlier toll it rose from: the two are not compared.
            (true, false) | (false, true) => None,
            // The dead are still being counted: a higher toll published later is its
            // update (unless the lower one is a party's claim about its enemy's losses).
            _ if TOLLS.contains(&quantity) && is_update(a, b) => None,
            _ => Some("same-time"),
        };
    }
    let (pa, pb) = (period(a)?, period(b)?);
    let (early, late) = if pa.1 <= pb.1 { (a, b) } else { (b, a) };
    // A count that rose: the figure's evolution.
    if lo(late) >= hi(early) {
        return None;
    }
    let additive = cues().additive.iter().any(|q| q == quantity);
    // An additive count on another day is another incident unless both are totals.
    if additive && !(early.cumulative && late.cumulative) {
        return None;
    }
    Some("later-lower")
}

/// Place kinds a whole story can be about: one happening happens in a town or at a site,
/// not in a country or a province.
const STORY_PLACE_KINDS: &[&str] = &[
    "city", "town", "village", "district", "neighbourhood", "prison", "camp", "school", "university", "college",
    "institute", "bakery", "cemetery", "roundabout", "hospital", "mosque", "building", "airport", "base",
    "border_crossing", "dam", "field", "place",
];

/// The one place a story is about, when it is about one: a town or site that the events
/// and figures of most of its articles are told at, and no second one rivals. Figures
/// that name no place of their own are then compared as that place's.
fn story_place(docs: &[&ArticleDigest]) -> Option<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for d in docs {
        let mut here: Vec<&str> = d.claim_places.iter().flatten().map(String::as_str).collect();
        for e in &d.events {
            if let Some(p) = e.place.as_ref().and_then(|p| p.entity.as_deref()) {
                if d.kinds.get(p).is_some_and(|k| STORY_PLACE_KINDS.contains(&k.as_str())) {
                    here.push(p);
                }
            }
        }
        here.sort_unstable();
        here.dedup();
        for p in here {
            *count.entry(p).or_default() += 1;
        }
    }
    let mut v: Vec<(&str, usize)> = count.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, c) = *v.first()?;
    let second = v.get(1).map_or(0, |x| x.1);
    (c >= 2 && c * 2 >= docs.len() && second * 4 <= c).then(|| top.to_string())
}

/// A report's place for comparing it: its own specific place, else the story's place when
/// the event told with the figure happened there (the toll of the bombing *in* the town
/// the story is about). A figure told with no event, or with an event elsewhere, is not
/// lent the story's place: in a story about one town, such figures were mostly other
/// incidents (operations elsewhere that week), parts, or other things counted.
fn place_of<'a>(r: &'a Report, story: Option<&'a str>) -> Option<&'a str> {
    match (&r.place, story) {
        (Some(p), _) => Some(p),
        (None, Some(sp)) => r.linked.as_ref().and_then(|l| l.2.as_deref()).filter(|lp| *lp == sp),
        (None, None) => None,
    }
}

/// Per report, the date it is judged by: its own; or, for a toll at a specific place
/// whose sentence names no time (its date is the publication day), the day or period that
/// the figure's reports dated by their sentences give that place, when they agree on one —
/// «الهجوم على المسجد الذي أودى بحياة 27» published weeks later tells the attack's toll,
/// not a later count. Not for other counts (a later article's «4 قذائف» on the houses is
/// a part of the day's shells) nor for vague ones («العشرات», «مئات»: a rough recollection).
fn judged_dates(quantity: &str, reports: &[Report]) -> Vec<Option<Report>> {
    if !TOLLS.contains(&quantity) {
        return vec![None; reports.len()];
    }
    let mut at: BTreeMap<&str, Option<(i32, i32, &str)>> = BTreeMap::new();
    for r in reports.iter().filter(|r| r.dated && !r.denied) {
        let (Some(p), Some(d), Some((lo, hi))) = (r.place.as_deref(), r.date.as_deref(), period(r)) else { continue };
        at.entry(p)
            .and_modify(|e| {
                // Periods at one place that do not overlap: two incidents there, no lending.
                if e.is_some_and(|(a, b, _)| !(lo <= b && a <= hi)) {
                    *e = None;
                }
            })
            .or_insert(Some((lo, hi, d)));
    }
    reports
        .iter()
        .map(|r| {
            if r.dated || r.vague {
                return None;
            }
            let (_, _, d) = (*at.get(r.place.as_deref()?)?)?;
            let mut c = r.clone();
            c.date = Some(d.to_string());
            Some(c)
        })
        .collect()
}

fn figure_contradictions(figures: &[Figure], story: Option<&str>) -> Vec<Contradiction> {
    let mut out = Vec::new();
    for (fi, f) in figures.iter().enumerate() {
        let lent = judged_dates(f.quantity.as_str(), &f.reports);
        // Each pair of values at a place once (outlets carrying one wire report repeat it).
        let mut seen: std::collections::HashSet<(Option<String>, (Option<u64>, Option<u64>), (Option<u64>, Option<u64>))> = Default::default();
        let n = f.reports.len().min(200);
        for x in 0..n {
            for y in x + 1..n {
                let (a, b) = (&f.reports[x], &f.reports[y]);
                let Some(reason) = judge(f.quantity.as_str(), lent[x].as_ref().unwrap_or(a), lent[y].as_ref().unwrap_or(b), story) else { continue };
                let (va, vb) = ((a.low, a.high), (b.low, b.high));
                if !seen.insert((place_of(a, story).map(String::from), va.min(vb), va.max(vb))) {
                    continue;
                }
                let words = |r: &Report| {
                    format!(
                        "{} per {}{}",
                        crate::value_words(r.low, r.high),
                        r.attribution.last().cloned().unwrap_or_else(|| r.outlet.clone().unwrap_or_else(|| "?".into())),
                        r.date.as_deref().or(r.published.as_deref()).map(|d| format!(" ({d})")).unwrap_or_default()
                    )
                };
                let rule = match reason {
                    "same-time" => "same incident, overlapping times",
                    _ => "a later total below an earlier one of a count that cannot fall",
                };
                let place = place_of(a, story).map(String::from);
                let evolution: Vec<usize> =
                    (0..f.reports.len()).filter(|&i| !f.reports[i].denied && (place.is_none() || place_of(&f.reports[i], story).is_none() || place_of(&f.reports[i], story) == place.as_deref())).collect();
                out.push(Contradiction {
                    kind: "figure".into(),
                    about: format!("{} {}", f.quantity, f.subject.as_deref().unwrap_or("")).trim().to_string(),
                    index: fi,
                    a: x,
                    b: y,
                    why: format!("{} cannot both hold with {}: {rule}", words(a), words(b)),
                    reason: reason.into(),
                    incident: (a.incident == b.incident).then_some(a.incident),
                    evolution,
                });
            }
        }
        // A figure one source asserts and another denies.
        // Only about one incident: the same place and overlapping times.
        for (x, d) in f.reports.iter().enumerate().filter(|(_, r)| r.denied) {
            let one_incident = |r: &Report| {
                let (pr, pd) = (place_of(r, story), place_of(d, story));
                pr.is_some() && pr == pd && same_time(r, d) == Some(true)
            };
            if let Some(y) = f.reports.iter().position(|r| !r.denied && source_key(r) != source_key(d) && overlap((r.low, r.high), (d.low, d.high)) && one_incident(r)) {
                out.push(Contradiction {
                    kind: "figure".into(),
                    about: format!("{} {}", f.quantity, f.subject.as_deref().unwrap_or("")).trim().to_string(),
                    index: fi,
                    a: y,
                    b: x,
                    why: format!(
                        "{} asserted by {} is denied by {}",
                        crate::value_words(d.low, d.high),
                        source_key(&f.reports[y]),
                        source_key(d)
                    ),
                    reason: "denial".into(),
                    incident: None,
                    evolution: vec![],
                });
            }
        }
    }
    out
}

/// Figures and events aligned by incident: the specific place (named with the figure, or
/// the place of the event told with it) and the day or period. Each report's `incident` is
/// set; estimates are made per incident and figure.
fn incidents(figures: &mut [Figure], events: &[StoryEvent]) -> Vec<Incident> {
    let mut index: BTreeMap<(Option<String>, Option<String>), usize> = BTreeMap::new();
    let mut out: Vec<Incident> = Vec::new();
    let mut slot = |place: Option<String>, date: Option<String>, out: &mut Vec<Incident>| -> usize {
        *index.entry((place.clone(), date.clone())).or_insert_with(|| {
            out.push(Incident {
                id: format!("i{}", out.len()),
                place,
                date,
                kinds: vec![],
                agents: vec![],
                events: vec![],
                reports: vec![],
                estimates: vec![],
            });
            out.len() - 1
        })
    };
    for (ei, e) in events.iter().enumerate() {
        let k = slot(e.place.clone(), e.date.clone(), &mut out);
        let inc = &mut out[k];
        inc.events.push(ei);
        if !inc.kinds.contains(&e.kind) {
            inc.kinds.push(e.kind.clone());
        }
        if let Some(a) = &e.agent {
            if !inc.agents.contains(a) {
                inc.agents.push(a.clone());
            }
        }
    }
    for (fi, f) in figures.iter_mut().enumerate() {
        for (ri, r) in f.reports.iter_mut().enumerate() {
            let place = r.place.clone().or_else(|| r.linked.as_ref().and_then(|l| l.2.clone()));
            let k = slot(place, r.date.clone().or_else(|| r.published.clone()), &mut out);
            r.incident = k;
            let inc = &mut out[k];
            inc.reports.push((fi, ri));
            if let Some((kind, agent, _)) = &r.linked {
                if !inc.kinds.contains(kind) {
                    inc.kinds.push(kind.clone());
                }
                if let Some(a) = agent {
                    if !inc.agents.contains(a) {
                        inc.agents.push(a.clone());
                    }
                }
            }
        }
    }
    for inc in &mut out {
        let mut by: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(fi, ri) in &inc.reports {
            by.entry(fi).or_default().push(ri);
        }
        for (fi, ris) in by {
            let f = &figures[fi];
            let reps: Vec<&Report> = ris.iter().map(|&i| &f.reports[i]).filter(|r| !r.denied).collect();
            if reps.is_empty() {
                continue;
            }
            let party_claims = reps.iter().filter(|r| r.party_claim).count();
            let credible: Vec<&Report> = if party_claims < reps.len() { reps.iter().copied().filter(|r| !r.party_claim).collect() } else { reps.clone() };
            let pts = latest_per_source(&credible);
            inc.estimates.push(Estimate {
                quantity: f.quantity.clone(),
                subject: f.subject.clone(),
                low: credible.iter().filter_map(|r| r.low.or(r.high)).min(),
                best: (!pts.is_empty()).then(|| pts[pts.len() / 2]),
                high: credible.iter().filter_map(|r| r.high.or(r.low)).max(),
                reason: format!(
                    "best = median of {} source{} on this incident; low/high = lowest/highest credible figure{}",
                    pts.len(),
                    if pts.len() == 1 { "" } else { "s" },
                    if party_claims > 0 && party_claims < reps.len() { format!("; {party_claims} party claim(s) about another side's losses set aside") } else { String::new() }
                ),
                party_claims,
            });
        }
    }
    out.sort_by(|a, b| b.reports.len().cmp(&a.reports.len()).then(a.id.cmp(&b.id)));
    // Renumber after sorting, and point the reports at the new positions.
    let mut new_of = vec![0; out.len()];
    for (k, inc) in out.iter().enumerate() {
        let old: usize = inc.id[1..].parse().unwrap_or(0);
        new_of[old] = k;
    }
    for (k, inc) in out.iter_mut().enumerate() {
        inc.id = format!("i{k}");
    }
    for f in figures.iter_mut() {
        for r in &mut f.reports {
            r.incident = new_of[r.incident];
        }
    }
    out
}

fn events(docs: &[&ArticleDigest]) -> Vec<StoryEvent> {
    let mut by: BTreeMap<(EventKind, String, String), StoryEvent> = BTreeMap::new();
    for d in docs {
        for e in &d.events {
            if e.kind == "other" {
                continue;
            }
            let place_key = e.place.as_ref().map(|p| p.entity.clone().unwrap_or_else(|| p.text.clone())).unwrap_or_default();
            let key = (e.kind.clone(), place_key, e.date.clone().unwrap_or_default());
            let se = by.entry(key).or_insert_with(|| StoryEvent {
                kind: e.kind.clone(),
                agent: e.agent.as_ref().map(|a| a.entity.clone().unwrap_or_else(|| a.text.clone())),
                place: e.place.as_ref().map(|p| p.text.clone()),
                date: e.date.clone(),
                reports: Vec::new(),
            });
            if se.agent.is_none() {
                se.agent = e.agent.as_ref().map(|a| a.entity.clone().unwrap_or_else(|| a.text.clone()));
            }
            se.reports.push(EventReport {
                article: d.id.clone(),
                outlet: d.outlet.clone(),
                text: e.text.clone(),
                attribution: e.attribution.clone(),
                date: e.date.clone(),
                start: e.start,
                end: e.end,
                denied: e.denied,
            });
        }
    }
    let mut v: Vec<StoryEvent> = by.into_values().collect();
    v.sort_by(|a, b| b.reports.len().cmp(&a.reports.len()).then(a.date.cmp(&b.date)).then(a.kind.cmp(&b.kind)));
    v
}

fn event_contradictions(events: &[StoryEvent]) -> Vec<Contradiction> {
    let mut out = Vec::new();
    for (i, a) in events.iter().enumerate() {
        // Only a claim of full control ("السيطرة الكاملة") is denied by fighting there.
        let place = a.place.as_deref().unwrap_or("");
        if a.kind != "control" || !a.reports.iter().any(|r| full_control(&r.text, place)) {
            continue;
        }
        for (j, b) in events.iter().enumerate() {
            if b.kind == "clash" && a.place.is_some() && a.place == b.place && a.date.is_some() && a.date == b.date {
                out.push(Contradiction {
                    kind: "event".into(),
                    about: format!("control vs clash at {} on {}", a.place.as_deref().unwrap_or("?"), a.date.as_deref().unwrap_or("?")),
                    index: i,
                    a: 0,
                    b: 0,
                    why: format!(
                        "full control is announced while {} report(s) say fighting goes on there that day (event {j}): {}",
                        b.reports.len(),
                        b.reports.iter().take(3).map(|r| format!("«{}» ({})", r.text, r.outlet.as_deref().unwrap_or("?"))).collect::<Vec<_>>().join("; ")
                    ),
                    reason: "control-vs-clash".into(),
                    incident: None,
                    evolution: vec![],
                });
            }
        }
    }
    // A happening one source reports and another denies.
    for (i, e) in events.iter().enumerate() {
        let src = |r: &EventReport| r.attribution.last().cloned().unwrap_or_else(|| format!("outlet:{}", r.outlet.as_deref().unwrap_or(&r.article)));
        // A happening without place and day is no one incident; a denied responsibility
        // («لم تعلن مسؤوليتها») is about the doer, not whether it happened.
        if e.place.is_none() || e.date.is_none() {
            continue;
        }
        let of_responsibility = |r: &EventReport| {
            let n = normalize_str(&r.text);
            let words: Vec<&str> = n.split(|ch: char| !is_alphanumeric(ch)).filter(|w| !w.is_empty()).collect();
            cues().responsibility.iter().any(|w| has_words(&words, w))
        };
        if let Some(x) = e.reports.iter().position(|r| r.denied && !of_responsibility(r)) {
            if let Some(y) = e.reports.iter().position(|r| !r.denied && src(r) != src(&e.reports[x])) {
                out.push(Contradiction {
                    kind: "event".into(),
                    about: format!("{} at {} on {}", e.kind, e.place.as_deref().unwrap_or("?"), e.date.as_deref().unwrap_or("?")),
                    index: i,
                    a: y,
                    b: x,
                    why: format!("reported by {} and denied by {}", src(&e.reports[y]), src(&e.reports[x])),
                    reason: "denial".into(),
                    incident: None,
                    evolution: vec![],
                });
            }
        }
    }
    out
}

/// The outlet an article is counted under: its outlet, or, when unknown, the article itself
/// (two articles of unknown outlets are not one outlet).
pub fn outlet_key(outlet: Option<&str>, article: &str) -> String {
    outlet.map(str::to_string).unwrap_or_else(|| format!("(unknown outlet: {article})"))
}

fn outlet_framing(docs: &[&ArticleDigest], figures: &[Figure]) -> Vec<OutletFraming> {
    let mut by: BTreeMap<String, OutletFraming> = BTreeMap::new();
    let mut name_forms: HashMap<(String, String), (Option<String>, BTreeMap<String, usize>)> = HashMap::new();
    let mut terms: HashMap<(String, String, String, String), usize> = HashMap::new();
    for d in docs {
        let outlet = outlet_key(d.outlet.as_deref(), &d.id);
        let o = by.entry(outlet.clone()).or_insert_with(|| OutletFraming {
            outlet: outlet.clone(),
            articles: 0,
            names: vec![],
            loaded_terms: vec![],
            cites: vec![],
            only_here: vec![],
        });
        o.articles += 1;
        for n in &d.names {
            if ACTOR_KINDS.contains(&n.kind.as_str()) {
                let e = name_forms.entry((outlet.clone(), n.entity.clone())).or_insert((n.name.clone(), BTreeMap::new()));
                *e.1.entry(n.text.clone()).or_default() += n.count;
            }
        }
        for f in d.framing.iter().filter(|f| f.voice.is_none()) {
            *terms.entry((outlet.clone(), f.term.clone(), f.entity.clone(), f.signal.clone())).or_default() += 1;
            let _ = &f.text;
        }
        let mut cites: BTreeMap<String, usize> = o.cites.drain(..).collect();
        for c in &d.claims {
            if let Some(s) = c.attribution.last() {
                *cites.entry(s.clone()).or_default() += 1;
            }
        }
        for e in &d.events {
            if let Some(s) = e.attribution.last() {
                *cites.entry(s.clone()).or_default() += 1;
            }
        }
        o.cites = cites.into_iter().collect();
    }
    // Term texts as written, for display: the first use.
    let mut term_text: HashMap<(String, String, String), String> = HashMap::new();
    for d in docs {
        let outlet = outlet_key(d.outlet.as_deref(), &d.id);
        for f in d.framing.iter().filter(|f| f.voice.is_none()) {
            term_text.entry((outlet.clone(), f.term.clone(), f.entity.clone())).or_insert_with(|| f.text.clone());
        }
    }
    for ((outlet, entity), (name, forms)) in name_forms {
        if let Some(o) = by.get_mut(&outlet) {
            let mut forms: Vec<(String, usize)> = forms.into_iter().collect();
            forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            o.names.push(ActorNames { entity, name, forms });
        }
    }
    for ((outlet, term, entity, signal), count) in terms {
        if let Some(o) = by.get_mut(&outlet) {
            let text = term_text.get(&(outlet.clone(), term.clone(), entity.clone())).cloned().unwrap_or_default();
            o.loaded_terms.push(TermUse { term, entity, signal, text, count });
        }
    }
    let outlets_in_story = by.len();
    for (fi, f) in figures.iter().enumerate() {
        let mut who: Vec<String> = f.reports.iter().map(|r| outlet_key(r.outlet.as_deref(), &r.article)).collect();
        who.sort();
        who.dedup();
        if who.len() == 1 && outlets_in_story > 1 {
            if let Some(o) = by.get_mut(&who[0]) {
                o.only_here.push(fi);
            }
        }
    }
    let mut v: Vec<OutletFraming> = by.into_values().collect();
    for o in &mut v {
        o.names.sort_by(|a, b| b.forms.iter().map(|f| f.1).sum::<usize>().cmp(&a.forms.iter().map(|f| f.1).sum::<usize>()).then(a.entity.cmp(&b.entity)));
        o.names.truncate(12);
        o.loaded_terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)).then(a.entity.cmp(&b.entity)).then(a.signal.cmp(&b.signal)));
        o.cites.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    v.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.outlet.cmp(&b.outlet)));
    v
}

#[cfg(test)]
mod source_tests {
    use super::*;

    fn rep(article: &str, source: &str, low: u64) -> Report {
        Report {
            article: article.into(),
            outlet: Some("o".into()),
            published: Some("2031-05-02".into()),
            low: Some(low),
            high: Some(low),
            approx: false,
            vague: false,
            attribution: vec![source.into()],
            hedge: None,
            date: Some("2031-05-02".into()),
            text: String::new(),
            sentence: String::new(),
            start: 0,
            end: 0,
            party_claim: false,
            group: 0,
            place: Some("place:مستشفي-المدينه".into()),
            denied: false,
            adds: false,
            cumulative: false,
            incident: 0,
            linked: None,
            dated: true,
        }
    }

    #[test]
    fn an_undated_toll_at_a_place_is_judged_at_that_place_s_date() {
        let at = |source: &str, low: u64, published: &str, dated: bool| {
            let mut r = rep(source, source, low);
            r.place = Some("place:مسجد-النور".into());
            r.published = Some(published.into());
            r.date = Some(if dated { "2031-03-01".into() } else { published.into() });
            r.dated = dated;
            r
        };
        let figure = |reports: Vec<Report>| Figure {
            quantity: "killed".parse().unwrap(),
            subject: None,
            reports,
            range_low: None,
            range_high: None,
            low: None,
            best: None,
            high: None,
            reason: String::new(),
        };
        // 26 dated to the attack by two outlets; 27 weeks later with no date in its
        // sentence, published before one of them: one toll, two counts.
        let f = figure(vec![at("a", 26, "2031-04-01", true), at("b", 27, "2031-04-03", false), at("c", 26, "2031-04-05", true)]);
        let c = figure_contradictions(&[f], None);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].reason, "same-time");
        // Without a dated report at that place, the undated one keeps its publication day
        // and a higher later count is the toll rising.
        let f = figure(vec![at("a", 26, "2031-03-01", false), at("b", 27, "2031-04-03", false)]);
        assert!(figure_contradictions(&[f], None).is_empty());
        // A vague count («العشرات») is not dated by the others.
        let mut dozens = at("b", 20, "2031-04-03", false);
        (dozens.high, dozens.vague) = (Some(99), true);
        let f = figure(vec![at("a", 260, "2031-04-01", true), dozens, at("c", 260, "2031-04-05", true)]);
        assert!(judged_dates("wounded", &f.reports).iter().all(Option::is_none));
        // Nor is a count of other things.
        let f = figure(vec![at("a", 26, "2031-04-01", true), at("b", 27, "2031-04-03", false)]);
        assert!(judged_dates("shells", &f.reports).iter().all(Option::is_none));
        assert!(judged_dates("killed", &f.reports)[1].is_some());
        // Two dated incidents at one place on days apart: nothing is lent.
        let mut other = at("c", 26, "2031-04-05", true);
        other.date = Some("2031-03-20".into());
        let f = figure(vec![at("a", 26, "2031-04-01", true), at("b", 27, "2031-04-03", false), other]);
        assert!(judged_dates("killed", &f.reports).iter().all(Option::is_none));
    }

    #[test]
    fn a_source_named_again_by_its_role_is_one_source() {
        let full = "المتحدث الرسمي لهيئة الإسعاف بالمنطقة";
        // Its role again, with a stray space: one source, one article.
        assert!(one_source_in_article(&rep("a", full, 7), &rep("a", "المتحدث الر سمي", 1)));
        assert_eq!(judge("wounded", &rep("a", full, 7), &rep("a", "المتحدث الر سمي", 1), None), None);
        // Two articles, or two different sources in one: still compared.
        assert!(!one_source_in_article(&rep("a", full, 7), &rep("b", "المتحدث الرسمي", 1)));
        assert!(!one_source_in_article(&rep("a", full, 7), &rep("a", "مصادر طبية", 1)));
        assert_eq!(judge("wounded", &rep("a", full, 7), &rep("a", "مصادر طبية", 1), None), Some("same-time"));
    }

    #[test]
    fn the_wounded_still_in_treatment_are_a_part() {
        // The stage tests' claim of 4 wounded, with this text and sentence, undated.
        let claim = |text: &str, sentence: &str| riwaya_model::Claim {
            text: text.into(),
            sentence: sentence.into(),
            date: None,
            date_source: None,
            ..crate::tests::claim("wounded", None, Some(4), Some(4), None, "")
        };
        let s = "وقال المتحدث إن أربعة مصابين ما زالوا يتلقون العلاج في المستشفى المركزي.";
        assert!(figure_cues(&claim("أربعة مصابين", s)).0);
        let s = "وقال المتحدث إن أربعة مصابين نقلوا إلى المستشفى المركزي.";
        assert!(!figure_cues(&claim("أربعة مصابين", s)).0);
        // Told in a relative clause on the figure's noun: a part too.
        let s = "وتواصل الجمعية رعاية أربعة مصابين من الزوار الذين لا يزالون في المستشفى.";
        assert!(figure_cues(&claim("أربعة مصابين", s)).0);
        // A relative clause that tells no part: not one.
        let s = "وتواصل الجمعية رعاية أربعة مصابين من الزوار الذين نقلوا أمس إلى المستشفى.";
        assert!(!figure_cues(&claim("أربعة مصابين", s)).0);
    }
}
