//! Triangulation: one story's accounts laid side by side.
//!
//! Rules, in the manner of conflict-event datasets (UCDP GED):
//! - **Figures** are the claims grouped by (quantity, subject); a claim with no subject joins
//!   the one subject its quantity has in the story, when there is exactly one.
//! - **Agreement groups**: reports whose ranges all overlap.
//! - **Contradictions**: two reports of one figure whose ranges cannot both hold. A source
//!   that updates its own toll (same innermost source, a later event date, a higher
//!   figure) is not contradicting itself: tolls grow; nor is one source giving two figures
//!   in one article (two exchanges); nor is a death or injury toll that rises within two
//!   days of publication (the dead are still being counted). One contradiction is listed per pair
//!   of agreement groups, between their first reports. Two reports that name different
//!   specific places (a quarter, a facility) are two incidents, not a contradiction.
//! - **Estimates**: *low* is the lowest credible figure, *high* the highest, *best* the
//!   median of the independent sources' figures (each source counted once). Reports in
//!   which a party to the conflict speaks of another side's losses (a *party claim*) are
//!   not credible for the estimates while any other report exists.
//! - **Events** are grouped by (type, place, date); a `control` and a `clash` at the same
//!   place on the same day cannot both hold.

use crate::cluster::Stories;
use crate::digest::ArticleDigest;
use crate::types::*;
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
    (da - db).abs() <= 2 && late.low.or(late.high) > early.high.or(early.low)
}
const LOSSES: &[&str] = &["killed", "wounded", "casualties", "arrested", "surrendered", "vehicles"];
const PLACE_KINDS: &[&str] = &[
    "country", "governorate", "city", "town", "village", "district", "neighbourhood", "prison", "camp", "school",
    "university", "college", "institute", "bakery", "cemetery", "roundabout", "hospital", "mosque", "building",
    "airport", "base", "border_crossing", "region", "river", "dam", "field", "place",
];

fn is_place(kind: &str, entity: &str) -> bool {
    PLACE_KINDS.contains(&kind) || entity.starts_with("place:")
}

fn overlap(a: (Option<u64>, Option<u64>), b: (Option<u64>, Option<u64>)) -> bool {
    let lo1 = a.0.unwrap_or(0);
    let hi1 = a.1.unwrap_or(u64::MAX);
    let lo2 = b.0.unwrap_or(0);
    let hi2 = b.1.unwrap_or(u64::MAX);
    lo1 <= hi2 && lo2 <= hi1
}

/// The single figure a report stands for in a median: its value, or the middle of its range.
fn point(r: &Report) -> Option<u64> {
    match (r.low, r.high) {
        (Some(l), Some(h)) => Some(l / 2 + h / 2 + (l % 2 + h % 2) / 2), // no overflow on absurd figures
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    }
}

fn source_key(r: &Report) -> String {
    r.attribution.last().cloned().unwrap_or_else(|| format!("outlet:{}", r.outlet.as_deref().unwrap_or(&r.article)))
}

impl Stories {
    /// Current stories, triangulated, largest first.
    pub fn stories(&self, include_singletons: bool) -> Vec<Story> {
        use rayon::prelude::*;
        let mut out: Vec<Story> = self.groups(include_singletons).into_par_iter().map(|(r, m)| self.story(r, &m)).collect();
        out.sort_by(|a, b| b.articles.len().cmp(&a.articles.len()).then(a.id.cmp(&b.id)));
        out
    }

    fn story(&self, root: u32, members: &[u32]) -> Story {
        let docs: Vec<&ArticleDigest> = members.iter().map(|&i| &self.docs[i as usize]).collect();
        // The most central headline: the article closest to the story's centroid (which
        // is what pairwise similarity to the others sums to, at linear cost).
        let centroid: HashMap<u64, f32> = {
            let mut c: HashMap<u64, f32> = HashMap::new();
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
        let figures = figures(&docs);
        let events = events(&docs);
        let mut contradictions = figure_contradictions(&figures);
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
            outlets,
        }
    }
}

fn named_counts(docs: &[&ArticleDigest]) -> (Vec<NamedCount>, Vec<NamedCount>) {
    let mut counts: HashMap<&str, (usize, bool, HashMap<&str, usize>, Option<&str>)> = HashMap::new();
    for d in docs {
        for n in &d.names {
            let e = counts.entry(n.entity.as_str()).or_insert((0, is_place(&n.kind, &n.entity), HashMap::new(), None));
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
    let mut by: BTreeMap<(String, Option<String>), Vec<(Report, (Option<String>, Option<String>, usize))>> = BTreeMap::new();
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
            let c: Vec<&Report> = reports.iter().filter(|r| !r.party_claim).collect();
            if c.is_empty() {
                reports.iter().collect()
            } else {
                c
            }
        };
        let low = credible.iter().filter_map(|r| r.low.or(r.high)).min();
        let high = credible.iter().filter_map(|r| r.high.or(r.low)).max();
        // Median over independent sources: each source's latest figure.
        let mut per_source: BTreeMap<String, u64> = BTreeMap::new();
        for r in &credible {
            if let Some(p) = point(r) {
                per_source.insert(source_key(r), p);
            }
        }
        let mut pts: Vec<u64> = per_source.values().copied().collect();
        pts.sort_unstable();
        let best = (!pts.is_empty()).then(|| pts[pts.len() / 2]);
        let parties = reports.len() - credible.len();
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

fn figure_contradictions(figures: &[Figure]) -> Vec<Contradiction> {
    let mut out = Vec::new();
    for (fi, f) in figures.iter().enumerate() {
        // First report of each agreement group.
        let mut firsts: Vec<usize> = Vec::new();
        for (i, r) in f.reports.iter().enumerate() {
            if firsts.iter().all(|&j| f.reports[j].group != r.group) {
                firsts.push(i);
            }
        }
        for x in 0..firsts.len() {
            for y in x + 1..firsts.len() {
                let (a, b) = (&f.reports[firsts[x]], &f.reports[firsts[y]]);
                if overlap((a.low, a.high), (b.low, b.high)) {
                    continue;
                }
                // Two named places: two incidents (a raid in one quarter, a sweep in another).
                if a.place.is_some() && b.place.is_some() && a.place != b.place {
                    continue;
                }
                // A source updating its own toll.
                let same_source = !a.attribution.is_empty() && source_key(a) == source_key(b);
                let grows = match (&a.date, &b.date) {
                    (Some(da), Some(db)) if da != db => {
                        let (early, late) = if da < db { (a, b) } else { (b, a) };
                        late.low.or(late.high) > early.high.or(early.low)
                    }
                    _ => false,
                };
                if same_source && grows {
                    continue;
                }
                // A death or injury toll rises as the dead are counted: a higher figure
                // published up to two days after a lower one is an update, not a denial.
                if TOLLS.contains(&f.quantity.as_str()) && is_update(a, b) {
                    continue;
                }
                // One source giving two figures in one article is counting two things (two
                // exchanges, vehicles burnt and vehicles seized), not contradicting itself.
                if a.article == b.article && source_key(a) == source_key(b) {
                    continue;
                }
                let words = |r: &Report| {
                    format!(
                        "{} per {}",
                        crate::value_words(r.low, r.high),
                        r.attribution.last().cloned().unwrap_or_else(|| r.outlet.clone().unwrap_or_else(|| "?".into()))
                    )
                };
                out.push(Contradiction {
                    kind: "figure".into(),
                    about: format!("{} {}", f.quantity, f.subject.as_deref().unwrap_or("")).trim().to_string(),
                    index: fi,
                    a: firsts[x],
                    b: firsts[y],
                    why: format!("{} cannot both hold with {}", words(a), words(b)),
                });
            }
        }
    }
    out
}

fn events(docs: &[&ArticleDigest]) -> Vec<StoryEvent> {
    let mut by: BTreeMap<(String, String, String), StoryEvent> = BTreeMap::new();
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
        if a.kind != "control" {
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
                    why: format!("full control is announced while {} report(s) say fighting goes on there that day (event {j})", b.reports.len()),
                });
            }
        }
    }
    out
}

fn outlet_framing(docs: &[&ArticleDigest], figures: &[Figure]) -> Vec<OutletFraming> {
    let mut by: BTreeMap<String, OutletFraming> = BTreeMap::new();
    let mut name_forms: HashMap<(String, String), (Option<String>, BTreeMap<String, usize>)> = HashMap::new();
    let mut terms: HashMap<(String, String, String, String), usize> = HashMap::new();
    for d in docs {
        let outlet = d.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into());
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
        let outlet = d.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into());
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
        let mut who: Vec<&str> = f.reports.iter().map(|r| r.outlet.as_deref().unwrap_or("(unknown outlet)")).collect();
        who.sort();
        who.dedup();
        if who.len() == 1 && outlets_in_story > 1 {
            if let Some(o) = by.get_mut(who[0]) {
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
