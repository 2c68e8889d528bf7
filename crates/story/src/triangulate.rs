//! Triangulation of one story: its figures, events, contradictions and per-outlet framing.
//!
//! ## Figures
//!
//! Claims are aligned by `(quantity, subject)`; each report keeps its place (the place
//! named in the claim's sentence) and its event date. Reports are listed in order of
//! publication, then event date, then article and position: how the figure evolved.
//!
//! **Agreement groups**: each report is the interval its words allow (`low`..`high`, an
//! open end unbounded). Reports whose intervals share a point can all hold; the fewest such
//! groups are found by stabbing the intervals in order of their upper ends, and numbered
//! from the lowest values up.
//!
//! **Contradictions** — two reports whose intervals do not meet, and that speak of the
//! same count:
//! - reports naming different places (both named) count different things: never compared;
//! - each report has an *as-of* day: its event date when the claim's sentence dates it
//!   (`date_source: text`, the end of a span), else its publication day;
//! - same as-of day (or one unknown): disjoint intervals contradict;
//! - different days, for a **cumulative** count (killed, wounded, casualties, escaped,
//!   surrendered, arrested, released, displaced, vehicles, strikes): a later count above an
//!   earlier one is the toll growing, not a contradiction; a later count entirely *below*
//!   an earlier one contradicts it (a toll does not shrink);
//! - different days, for a **stock** (hostages, detainees, fighters): numbers change, no
//!   contradiction.
//!
//! One contradiction is kept per pair of agreement groups (the first pair in evolution
//! order), at most [`MAX_CONTRA`] per figure.
//!
//! **Estimates** in the manner of UCDP GED: near-copies are not independent and a
//! *party claim* — the innermost source is an armed group or state force (by its mention
//! kind) and the count is of another actor's losses — is set aside while other reports
//! exist. Each independent source (innermost attribution, else the outlet speaking in its
//! own voice) counts once, with its latest report. A report's point value is its exact
//! value, the midpoint of a closed range (the geometric mean for a vague magnitude), the
//! bound of an open one. `best` = the median of the sources' points; `low` = the lowest
//! credible figure (lowest lower bound); `high` = the highest credible figure (highest
//! upper bound, or lower bound where open). `reason` says so in one line.
//!
//! ## Events
//!
//! Reports are grouped by `(type, place, date)`: the same happening told by several
//! outlets is one story event. A report without a place joins the one event of its type and
//! date that has a place, when there is exactly one. Two events contradict when on the
//! same day at the same place one says a party holds it (`control`, `takeover`) and the
//! other that fighting goes on there (`clash`, `attack`, `siege`, `shelling`, `air_strike`),
//! or two different parties are said to hold it.
//!
//! ## Outlets
//!
//! Per outlet: the names it uses for each actor (from mentions), its loaded terms (from
//! framing), whom it cites (innermost attribution of its claims and events), and the
//! figures only it reports.

use crate::features::{day_number, is_media_kind, is_party_kind, is_place_kind, ArticleDigest};
use crate::types::*;
use std::collections::{BTreeMap, HashMap};

/// Contradictions kept per figure.
pub const MAX_CONTRA: usize = 12;

const CUMULATIVE: &[&str] = &["killed", "wounded", "casualties", "escaped", "surrendered", "arrested", "released", "displaced", "vehicles", "strikes"];
const LOSSES: &[&str] = &["killed", "wounded", "casualties", "arrested", "surrendered", "escaped", "vehicles", "hostages"];

/// Build a story from its articles in publication order (`(digest, near_duplicate_of)`).
pub fn build_story(id: String, title: String, arts: &[(&ArticleDigest, Option<&str>)]) -> Story {
    let first = arts.iter().filter_map(|(d, _)| d.published.clone()).min();
    let last = arts.iter().filter_map(|(d, _)| d.published.clone()).max();
    let articles = arts
        .iter()
        .map(|(d, dup)| StoryArticle {
            id: d.id.clone(),
            outlet: d.outlet.clone(),
            published: d.published.clone(),
            title: d.title.clone(),
            near_duplicate_of: dup.map(str::to_string),
        })
        .collect();
    let (actors, places) = named_counts(arts);
    let (figures, mut contradictions) = figures(arts);
    let (events, ev_contra) = events(arts);
    contradictions.extend(ev_contra);
    let outlets = outlets(arts, &figures);
    Story { id, title, first, last, articles, actors, places, figures, events, contradictions, outlets }
}

fn named_counts(arts: &[(&ArticleDigest, Option<&str>)]) -> (Vec<NamedCount>, Vec<NamedCount>) {
    // entity → (is place, english name, form counts, total)
    let mut m: BTreeMap<&str, (bool, Option<&str>, BTreeMap<&str, usize>, usize)> = BTreeMap::new();
    for (d, _) in arts {
        for n in &d.names {
            if is_media_kind(&n.kind) {
                continue;
            }
            let e = m.entry(n.entity.as_str()).or_insert((is_place_kind(&n.kind), None, BTreeMap::new(), 0));
            if e.1.is_none() {
                e.1 = n.name.as_deref();
            }
            *e.2.entry(n.form.as_str()).or_insert(0) += n.count;
            e.3 += n.count;
        }
    }
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for (ent, (place, name, forms, count)) in m {
        let name = name.map(str::to_string).unwrap_or_else(|| {
            forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(f, _)| f.to_string()).unwrap_or_else(|| ent.to_string())
        });
        let nc = NamedCount { entity: ent.to_string(), name, count };
        if place {
            places.push(nc);
        } else {
            actors.push(nc);
        }
    }
    for v in [&mut actors, &mut places] {
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.entity.cmp(&b.entity)));
    }
    (actors, places)
}

/// A report's interval.
fn interval(r: &Report) -> (u64, u64) {
    (r.low.unwrap_or(0), r.high.unwrap_or(u64::MAX))
}

/// A value in words: "130", "20–99", "more than 250", "at most 20".
pub fn value_words(low: Option<u64>, high: Option<u64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => l.to_string(),
        (Some(l), Some(h)) => format!("{l}–{h}"),
        (Some(l), None) => format!("more than {l}"),
        (None, Some(h)) => format!("at most {h}"),
        (None, None) => "?".into(),
    }
}

/// Internal: a report with what the rules need beside it.
struct Rep {
    r: Report,
    /// As-of day and whether it comes from the text.
    as_of: Option<(i32, i32)>,
    from_text: bool,
    source_key: String,
}

fn date_span(s: &str) -> Option<(i32, i32)> {
    let mut it = s.split('/');
    let a = day_number(it.next()?)?;
    let b = it.next().and_then(day_number).unwrap_or(a);
    Some((a.min(b), a.max(b)))
}

fn fold_name(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether the innermost source of a claim is a party to the conflict and the count is of
/// another actor's losses.
fn party_claim(d: &ArticleDigest, c: &riwaya_model::Claim) -> bool {
    if !LOSSES.contains(&c.quantity.as_str()) {
        return false;
    }
    let Some(subject) = c.subject.as_deref() else { return false };
    // The innermost source's entity: from `sources`, else a party named in the innermost
    // attribution words.
    let inner_entity: Option<&str> = c.sources.last().and_then(|s| s.entity.as_deref()).or_else(|| {
        let inner = c.attribution.last()?;
        d.names.iter().filter(|n| is_party_kind(&n.kind) && inner.contains(n.form.as_str())).map(|n| n.entity.as_str()).next()
    });
    let Some(ent) = inner_entity else { return false };
    let Some(use_) = d.names.iter().find(|n| n.entity == ent) else { return false };
    if !is_party_kind(&use_.kind) {
        return false;
    }
    let subj = fold_name(subject);
    let same = subj == fold_name(ent) || use_.name.as_deref().is_some_and(|n| fold_name(n) == subj || fold_name(n).contains(&subj));
    !same
}

fn figures(arts: &[(&ArticleDigest, Option<&str>)]) -> (Vec<Figure>, Vec<Contradiction>) {
    let mut by_key: BTreeMap<(String, Option<String>), Vec<Rep>> = BTreeMap::new();
    for (d, dup) in arts {
        for (ci, c) in d.claims.iter().enumerate() {
            if c.quantity == "other" || (c.low.is_none() && c.high.is_none()) {
                continue;
            }
            let from_text = c.date_source.as_deref() == Some("text") && c.date.is_some();
            let as_of = if from_text { c.date.as_deref().and_then(date_span) } else { d.published.as_deref().and_then(day_number).map(|x| (x, x)) };
            let source_key = c
                .sources
                .last()
                .and_then(|s| s.entity.clone())
                .or_else(|| c.attribution.last().map(|a| riwaya_text::normalize_str(a)))
                .unwrap_or_else(|| format!("outlet:{}", d.outlet.clone().unwrap_or_else(|| d.id.clone())));
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
                party_claim: party_claim(d, c),
                group: 0,
                place: d.claim_places.get(ci).cloned().flatten(),
                near_duplicate: dup.is_some(),
            };
            by_key.entry((c.quantity.clone(), c.subject.clone())).or_default().push(Rep { r, as_of, from_text, source_key });
        }
    }
    let mut figures = Vec::new();
    let mut contradictions = Vec::new();
    for ((quantity, subject), mut reps) in by_key {
        // Evolution order.
        reps.sort_by(|a, b| {
            (a.r.published.as_deref(), a.as_of.map(|x| x.1), a.r.article.as_str(), a.r.start).cmp(&(b.r.published.as_deref(), b.as_of.map(|x| x.1), b.r.article.as_str(), b.r.start))
        });
        let fi = figures.len();
        groups(&mut reps);
        let about = format!("{quantity} {}", subject.as_deref().unwrap_or("(unspecified)"));
        let cumulative = CUMULATIVE.contains(&quantity.as_str());
        let mut seen_pairs = std::collections::HashSet::new();
        for i in 0..reps.len() {
            for j in i + 1..reps.len() {
                if contradictions.iter().filter(|c: &&Contradiction| c.kind == "figure" && c.index == fi).count() >= MAX_CONTRA {
                    break;
                }
                let (a, b) = (&reps[i], &reps[j]);
                if a.r.group == b.r.group {
                    continue;
                }
                if let Some(why) = conflict(a, b, cumulative) {
                    let pair = (a.r.group.min(b.r.group), a.r.group.max(b.r.group));
                    if seen_pairs.insert(pair) {
                        contradictions.push(Contradiction {
                            kind: "figure".into(),
                            about: about.clone(),
                            index: fi,
                            a: i,
                            b: j,
                            other: None,
                            why,
                            sides: [fig_side(&a.r), fig_side(&b.r)],
                        });
                    }
                }
            }
        }
        let (range_low, range_high) = range(&reps);
        let (low, best, high, reason) = estimates(&reps);
        figures.push(Figure { quantity, subject, reports: reps.into_iter().map(|r| r.r).collect(), range_low, range_high, low, best, high, reason });
    }
    (figures, contradictions)
}

fn fig_side(r: &Report) -> Side {
    Side {
        article: r.article.clone(),
        outlet: r.outlet.clone(),
        published: r.published.clone(),
        value: value_words(r.low, r.high),
        attribution: r.attribution.clone(),
        date: r.date.clone(),
        text: r.text.clone(),
    }
}

/// Agreement groups by stabbing intervals in order of their upper ends.
fn groups(reps: &mut [Rep]) {
    let mut order: Vec<usize> = (0..reps.len()).collect();
    order.sort_by_key(|&i| {
        let (l, h) = interval(&reps[i].r);
        (h, l, i)
    });
    let mut assigned = vec![false; reps.len()];
    let mut g = 0;
    for k in 0..order.len() {
        let i = order[k];
        if assigned[i] {
            continue;
        }
        let p = interval(&reps[i].r).1;
        for &j in &order[k..] {
            if !assigned[j] && interval(&reps[j].r).0 <= p {
                assigned[j] = true;
                reps[j].r.group = g;
            }
        }
        g += 1;
    }
}

fn conflict(a: &Rep, b: &Rep, cumulative: bool) -> Option<String> {
    let (al, ah) = interval(&a.r);
    let (bl, bh) = interval(&b.r);
    if al <= bh && bl <= ah {
        return None;
    }
    if let (Some(pa), Some(pb)) = (&a.r.place, &b.r.place) {
        if pa != pb {
            return None;
        }
    }
    let va = value_words(a.r.low, a.r.high);
    let vb = value_words(b.r.low, b.r.high);
    let who = |r: &Report| r.attribution.last().cloned().or_else(|| r.outlet.clone()).unwrap_or_else(|| r.article.clone());
    match (a.as_of, b.as_of) {
        (Some(x), Some(y)) if !(x.0 <= y.1 && y.0 <= x.1) => {
            if !cumulative {
                return None;
            }
            let (early, late, ve, vl) = if x.1 < y.1 { (a, b, &va, &vb) } else { (b, a, &vb, &va) };
            let (el, _) = interval(&early.r);
            let (_, lh) = interval(&late.r);
            if lh < el {
                Some(format!(
                    "a later count is below an earlier one: {} ({}) {} vs {} ({}) {}",
                    vl,
                    who(&late.r),
                    late.r.date.clone().or(late.r.published.clone()).unwrap_or_default(),
                    ve,
                    who(&early.r),
                    early.r.date.clone().or(early.r.published.clone()).unwrap_or_default()
                ))
            } else {
                None
            }
        }
        _ => {
            let day = a.r.date.clone().filter(|_| a.from_text).or(a.r.published.clone()).unwrap_or_else(|| "an unknown day".into());
            Some(format!("{va} ({}) and {vb} ({}) cannot both hold for {day}", who(&a.r), who(&b.r)))
        }
    }
}

fn range(reps: &[Rep]) -> (Option<u64>, Option<u64>) {
    let lo = reps.iter().filter_map(|r| r.r.low.or(r.r.high)).min();
    let hi = reps.iter().filter_map(|r| r.r.high.or(r.r.low)).max();
    (lo, hi)
}

fn point(r: &Report) -> u64 {
    match (r.low, r.high) {
        (Some(l), Some(h)) if l == h => l,
        (Some(l), Some(h)) if r.vague => ((l as f64) * (h as f64)).sqrt().round() as u64,
        (Some(l), Some(h)) => (l + h) / 2,
        (Some(l), None) => l,
        (None, Some(h)) => h,
        (None, None) => 0,
    }
}

fn estimates(reps: &[Rep]) -> (Option<u64>, Option<u64>, Option<u64>, String) {
    let originals: Vec<&Rep> = reps.iter().filter(|r| !r.r.near_duplicate).collect();
    let pool: Vec<&Rep> = if originals.is_empty() { reps.iter().collect() } else { originals };
    let credible: Vec<&Rep> = pool.iter().copied().filter(|r| !r.r.party_claim).collect();
    let party_set_aside = if credible.is_empty() { 0 } else { pool.len() - credible.len() };
    let only_party = credible.is_empty();
    let used: Vec<&Rep> = if only_party { pool.clone() } else { credible };
    if used.is_empty() {
        return (None, None, None, "no reports".into());
    }
    // Latest report per independent source (reps are in evolution order).
    let mut latest: BTreeMap<&str, &Rep> = BTreeMap::new();
    for r in &used {
        latest.insert(r.source_key.as_str(), r);
    }
    let mut points: Vec<u64> = latest.values().map(|r| point(&r.r)).collect();
    points.sort_unstable();
    let n = points.len();
    let best = if n % 2 == 1 { points[n / 2] } else { (points[n / 2 - 1] + points[n / 2]) / 2 };
    let low_rep = used.iter().min_by_key(|r| (r.r.low.or(r.r.high).unwrap_or(0), r.r.published.clone())).unwrap();
    let high_rep = used.iter().max_by_key(|r| (r.r.high.or(r.r.low).unwrap_or(0), std::cmp::Reverse(r.r.published.clone()))).unwrap();
    let low = low_rep.r.low.or(low_rep.r.high);
    let high = high_rep.r.high.or(high_rep.r.low);
    let name = |r: &Rep| {
        let who = r.r.attribution.last().cloned().unwrap_or_else(|| r.r.outlet.clone().unwrap_or_else(|| r.r.article.clone()));
        format!("{} per {}", value_words(r.r.low, r.r.high), who)
    };
    let mut reason = format!(
        "best = median of {n} independent source{} (latest report each); low = lowest credible figure ({}); high = highest credible figure ({})",
        if n == 1 { "" } else { "s" },
        name(low_rep),
        name(high_rep)
    );
    if party_set_aside > 0 {
        reason += &format!("; {party_set_aside} party claim{} about an enemy's losses set aside", if party_set_aside == 1 { "" } else { "s" });
    }
    if only_party {
        reason += "; only party claims about an enemy's losses: estimates from them, to be read as such";
    }
    let copies = reps.iter().filter(|r| r.r.near_duplicate).count();
    if copies > 0 && copies < reps.len() {
        reason += &format!("; {copies} report{} from near-copies not counted", if copies == 1 { "" } else { "s" });
    }
    (low, Some(best), high, reason)
}

fn agent_name(d: &ArticleDigest, e: &riwaya_model::EntityRef) -> String {
    if let Some(ent) = &e.entity {
        if let Some(n) = d.names.iter().find(|n| &n.entity == ent).and_then(|n| n.name.clone()) {
            return n;
        }
    }
    e.text.clone()
}

const HOLDS: &[&str] = &["control", "takeover"];
const FIGHTING: &[&str] = &["clash", "attack", "siege", "shelling", "air_strike"];

fn events(arts: &[(&ArticleDigest, Option<&str>)]) -> (Vec<StoryEvent>, Vec<Contradiction>) {
    // key: (type, place key, date)
    type Key = (String, Option<String>, Option<String>);
    let mut groups: BTreeMap<Key, (Vec<EventReport>, Vec<String>, Option<String>)> = BTreeMap::new();
    let mut order: Vec<Key> = Vec::new();
    for (d, _) in arts {
        for e in &d.events {
            let place_key = e.place.as_ref().map(|p| p.entity.clone().unwrap_or_else(|| riwaya_text::normalize_str(&p.text)));
            let key = (e.kind.clone(), place_key, e.date.clone());
            let g = groups.entry(key.clone()).or_insert_with(|| {
                order.push(key.clone());
                (Vec::new(), Vec::new(), None)
            });
            if let Some(a) = &e.agent {
                g.1.push(agent_name(d, a));
            }
            if g.2.is_none() {
                g.2 = e.place.as_ref().map(|p| agent_name(d, p));
            }
            g.0.push(EventReport {
                article: d.id.clone(),
                outlet: d.outlet.clone(),
                text: e.text.clone(),
                attribution: e.attribution.clone(),
                date: e.date.clone(),
                start: e.start,
                end: e.end,
            });
        }
    }
    // Placeless reports join the one placed event of their type and date.
    for key in order.clone() {
        if key.1.is_some() {
            continue;
        }
        let placed: Vec<&Key> = order.iter().filter(|k| k.0 == key.0 && k.2 == key.2 && k.1.is_some()).collect();
        if placed.len() == 1 {
            let target = placed[0].clone();
            if let Some(g) = groups.remove(&key) {
                let t = groups.get_mut(&target).unwrap();
                t.0.extend(g.0);
                t.1.extend(g.1);
            }
        }
    }
    order.retain(|k| groups.contains_key(k));
    // Events in order of date, then first report.
    order.sort_by(|a, b| a.2.cmp(&b.2));
    let mut events = Vec::new();
    let mut keys = Vec::new();
    for k in &order {
        let (reports, agents, place) = groups.remove(k).unwrap();
        let agent = most_common(&agents);
        events.push(StoryEvent { kind: k.0.clone(), agent, place, date: k.2.clone(), reports });
        keys.push(k.clone());
    }
    let mut contra = Vec::new();
    for i in 0..events.len() {
        for j in 0..events.len() {
            if i == j || keys[i].1.is_none() || keys[i].1 != keys[j].1 || keys[i].2.is_none() || keys[i].2 != keys[j].2 {
                continue;
            }
            let (ki, kj) = (keys[i].0.as_str(), keys[j].0.as_str());
            let why = if HOLDS.contains(&ki) && FIGHTING.contains(&kj) {
                Some(format!("{ki} of the place announced while {kj} is reported there the same day"))
            } else if HOLDS.contains(&ki) && HOLDS.contains(&kj) && i < j {
                match (&events[i].agent, &events[j].agent) {
                    (Some(a), Some(b)) if a != b => Some(format!("{a} and {b} are each said to hold the place the same day")),
                    _ => None,
                }
            } else {
                None
            };
            if let Some(why) = why {
                let place = events[i].place.clone().unwrap_or_default();
                let side = |e: &StoryEvent| {
                    let r = &e.reports[0];
                    Side {
                        article: r.article.clone(),
                        outlet: r.outlet.clone(),
                        published: None,
                        value: e.kind.clone(),
                        attribution: r.attribution.clone(),
                        date: r.date.clone(),
                        text: r.text.clone(),
                    }
                };
                contra.push(Contradiction {
                    kind: "event".into(),
                    about: format!("{ki} at {place} on {}", keys[i].2.clone().unwrap_or_default()),
                    index: i,
                    a: 0,
                    b: 0,
                    other: Some(j),
                    why,
                    sides: [side(&events[i]), side(&events[j])],
                });
            }
        }
    }
    (events, contra)
}

fn most_common(v: &[String]) -> Option<String> {
    let mut c: BTreeMap<&str, usize> = BTreeMap::new();
    for x in v {
        *c.entry(x.as_str()).or_insert(0) += 1;
    }
    c.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))).map(|(k, _)| k.to_string())
}

fn outlets(arts: &[(&ArticleDigest, Option<&str>)], figures: &[Figure]) -> Vec<OutletFraming> {
    let key = |d: &ArticleDigest| d.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into());
    let mut by: BTreeMap<String, Vec<&ArticleDigest>> = BTreeMap::new();
    for (d, _) in arts {
        by.entry(key(d)).or_default().push(d);
    }
    let n_outlets = by.len();
    let mut out = Vec::new();
    for (outlet, ds) in by {
        let mut names: BTreeMap<&str, (Option<&str>, BTreeMap<&str, usize>)> = BTreeMap::new();
        let mut terms: BTreeMap<(&str, &str, &str, &str), usize> = BTreeMap::new();
        let mut cites: HashMap<String, usize> = HashMap::new();
        for d in &ds {
            for n in &d.names {
                if is_place_kind(&n.kind) || is_media_kind(&n.kind) {
                    continue;
                }
                let e = names.entry(n.entity.as_str()).or_insert((None, BTreeMap::new()));
                if e.0.is_none() {
                    e.0 = n.name.as_deref();
                }
                *e.1.entry(n.form.as_str()).or_insert(0) += n.count;
            }
            for f in &d.framing {
                *terms.entry((f.term.as_str(), f.entity.as_str(), f.signal.as_str(), f.text.as_str())).or_insert(0) += 1;
            }
            for a in d.claims.iter().map(|c| &c.attribution).chain(d.events.iter().map(|e| &e.attribution)) {
                if let Some(inner) = a.last() {
                    *cites.entry(inner.trim().to_string()).or_insert(0) += 1;
                }
            }
        }
        let names = names
            .into_iter()
            .map(|(entity, (name, forms))| {
                let mut forms: Vec<(String, usize)> = forms.into_iter().map(|(f, c)| (f.to_string(), c)).collect();
                forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                ActorNames { entity: entity.to_string(), name: name.map(str::to_string), forms }
            })
            .collect();
        let mut loaded_terms: Vec<TermUse> = terms
            .into_iter()
            .map(|((term, entity, signal, text), count)| TermUse { term: term.into(), entity: entity.into(), signal: signal.into(), text: text.into(), count })
            .collect();
        loaded_terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
        let mut cites: Vec<(String, usize)> = cites.into_iter().collect();
        cites.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let only_here = if n_outlets < 2 {
            Vec::new()
        } else {
            figures
                .iter()
                .enumerate()
                .filter(|(_, f)| f.reports.iter().all(|r| r.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into()) == outlet))
                .map(|(i, _)| i)
                .collect()
        };
        out.push(OutletFraming { outlet, articles: ds.len(), names, loaded_terms, cites, only_here });
    }
    out
}
