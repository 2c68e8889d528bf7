//! Events aggregated across their reports: the articles' events grouped by story, kind,
//! place and day (the story stage's own key for a story event), each with its actors,
//! place on the map and a validated fatality count.

use super::mapping::Mapping;
use super::ExportInput;
use crate::csv_out::Digest;
use riwaya_lexicon::{ActorKind, Lexicon, PlaceKind};
use riwaya_model::{Claim, EventKind, Geo};
use std::collections::{BTreeMap, HashMap};

/// One actor as the exports name it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportActor {
    /// The English canonical name when the lexicon knows the actor (a person stands for the
    /// body they belong to), else the article's words.
    pub name: String,
    pub entity: Option<String>,
    /// ACLED actor type (1–8), when known.
    pub inter: Option<u8>,
    /// The label figures use for this actor's people (`ISIS`, `SDF`).
    pub subject: Option<String>,
}

/// One source's fatality figure for an event, as the notes quote it.
#[derive(Debug, Clone)]
pub struct FatalityReport {
    pub source: String,
    pub outlet: String,
    pub low: u64,
    pub high: u64,
    pub point: u64,
    /// ACLED's coding of this figure (a vague toll replaced by its fixed number).
    pub acled: u64,
    pub vague: bool,
    pub party_claim: bool,
    /// Per subject (`civilians`, `ISIS`, "" when unsaid): the point figure.
    pub by_subject: Vec<(String, u64)>,
}

/// The dead of one event, across its reports.
#[derive(Debug, Clone, Default)]
pub struct Fatalities {
    /// One per source (its latest report), credible ones first.
    pub reports: Vec<FatalityReport>,
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    /// ACLED's conservative figure: the lowest credible report, 0 when none says.
    pub acled: u64,
    /// Per subject, from the source whose figure is the best one.
    pub by_subject: Vec<(String, u64)>,
    /// Figures not counted, with why ("11000000 per X: more than 5000 for one event").
    pub set_aside: Vec<String>,
}

/// An event aggregated across its reports.
#[derive(Debug, Clone)]
pub struct ExportEvent {
    /// Ours, stable for the same story, kind, place and day: `ev-` and 12 hex digits.
    pub id: String,
    pub story: Option<String>,
    /// Our kind (`air_strike`…).
    pub kind: EventKind,
    /// `YYYY-MM-DD` or a span `a/b`.
    pub date: Option<String>,
    /// The date is only the publication day standing in (no report dates it otherwise).
    pub date_is_published: bool,
    pub place: Option<String>,
    pub place_entity: Option<String>,
    /// The place's English name, when the lexicon knows it.
    pub location: Option<String>,
    pub geo: Option<Geo>,
    /// The place is a whole country (UCDP where_prec 6).
    pub place_is_country: bool,
    /// When `geo` is that of another place (named near the event or the report's setting):
    /// its English name.
    pub geo_from: Option<String>,
    /// The district above the place, when the lexicon knows one (ACLED admin2).
    pub admin2: Option<String>,
    /// Doers, most reported first.
    pub agents: Vec<ExportActor>,
    /// The reports' words for a doer the lexicon does not know.
    pub agent_words: Vec<String>,
    /// The actors whose people the fatality figures count ("ISIS" fighters killed).
    pub dead_of: Vec<ExportActor>,
    /// Whom it was done to, most reported first.
    pub targets: Vec<ExportActor>,
    pub outlets: Vec<String>,
    /// (article index into the input, event index in that article).
    pub reports: Vec<(usize, usize)>,
    /// Every report denies it.
    pub denied: bool,
    /// A report names a suicide attacker.
    pub suicide: bool,
    pub fatalities: Fatalities,
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .collect()
}

/// The actor an entity id stands for in an export: a person or an unnamed sub-unit stands
/// for the nearest body above it that has an actor type.
pub fn resolve_actor(lex: &Lexicon, m: &Mapping, entity: Option<&str>, text: &str) -> ExportActor {
    if let Some(a) = entity.and_then(|e| lex.actor(e)) {
        let chain = std::iter::once(a).chain(lex.actor_ancestors(&a.id));
        let mut named = None;
        for x in chain {
            if x.kind == ActorKind::Person || x.kind.is_media() {
                continue;
            }
            if let Some(code) = m.inter.get(x.kind.as_str()) {
                named = Some((x, *code));
                break;
            }
        }
        return match named {
            Some((x, code)) => ExportActor { name: x.name_en.clone(), entity: Some(x.id.clone()), inter: Some(code), subject: Some(x.subject_label().to_string()) },
            None => ExportActor { name: a.name_en.clone(), entity: Some(a.id.clone()), inter: None, subject: Some(a.subject_label().to_string()) },
        };
    }
    ExportActor { name: text.trim().to_string(), entity: None, inter: None, subject: None }
}

/// Distinct actors, most reported first (ties: first reported).
fn ranked(v: Vec<ExportActor>) -> Vec<ExportActor> {
    let mut out: Vec<(ExportActor, usize, usize)> = Vec::new();
    for (i, a) in v.into_iter().enumerate() {
        if a.name.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(x, _, _)| x.name == a.name) {
            Some(x) => x.1 += 1,
            None => out.push((a, 1, i)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    out.into_iter().map(|x| x.0).collect()
}

/// Story flags of a claim: (party claim about an enemy's losses, running total).
type Flags = HashMap<(String, usize), (bool, bool)>;

fn flags(input: &ExportInput) -> Flags {
    let mut f = Flags::new();
    for s in input.stories {
        for fig in &s.figures {
            for r in &fig.reports {
                f.insert((r.article.clone(), r.start), (r.party_claim, r.cumulative));
            }
        }
    }
    f
}

fn source_of(c: &Claim, d: &Digest) -> String {
    c.attribution.last().cloned().unwrap_or_else(|| d.outlet.clone().unwrap_or_else(|| d.id.clone()))
}

/// One article's figure of the dead of one of its events, or why its figures were set aside.
fn article_toll(d: &Digest, ei: usize, m: &Mapping, flags: &Flags, set_aside: &mut Vec<String>) -> Option<FatalityReport> {
    let max = m.fatalities.max_per_event;
    let linked: Vec<(usize, &Claim)> =
        d.claims.iter().enumerate().filter(|(_, c)| c.quantity == "killed" && c.event == Some(ei) && !c.denied).collect();
    let outlet = d.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into());
    // subject → (low, high, point, acled, vague)
    let mut by: BTreeMap<String, (u64, u64, u64, u64, bool)> = BTreeMap::new();
    let mut party = false;
    let mut source = None;
    for &(_, c) in &linked {
        // A part of a total that is also linked: the total counts it.
        if c.part_of.is_some_and(|t| linked.iter().any(|(j, _)| *j == t)) {
            continue;
        }
        let (p, cumulative) = flags.get(&(d.id.clone(), c.start)).copied().unwrap_or((false, false));
        if cumulative {
            set_aside.push(format!("{} per {} ({outlet}): a running total", crate::svg::value_words(c.low, c.high), source_of(c, d)));
            continue;
        }
        let (Some(low), high) = (c.low.or(c.high), c.high.or(c.low)) else { continue };
        let high = high.unwrap_or(low).max(low);
        if low > max || (high > max && !c.vague) {
            set_aside.push(format!("{} per {} ({outlet}): more than {max} for one event", crate::svg::value_words(c.low, c.high), source_of(c, d)));
            continue;
        }
        // "Thousands" told of one event is a war's toll or a crowd, not its dead.
        if c.vague && low >= 1000 {
            set_aside.push(format!("{} per {} ({outlet}): a vague count of thousands", crate::svg::value_words(c.low, c.high), source_of(c, d)));
            continue;
        }
        // A number that is the year of the report (or one beside it) is a year misread
        // as a toll ("عام 2015").
        let year = d.published.as_deref().and_then(|p| p.get(..4)).and_then(|y| y.parse::<u64>().ok());
        if year.is_some_and(|y| (y.saturating_sub(1)..=y + 1).contains(&low)) {
            set_aside.push(format!("{} per {} ({outlet}): reads as a year", crate::svg::value_words(c.low, c.high), source_of(c, d)));
            continue;
        }
        let high = high.min(max);
        let point = if c.vague { low } else { low / 2 + high / 2 + (low % 2 + high % 2) / 2 };
        let acled = if c.vague { m.vague_toll(c.high) } else { low };
        party |= p;
        source.get_or_insert_with(|| source_of(c, d));
        let subject = c.subject.clone().unwrap_or_default();
        let e = by.entry(subject).or_insert((0, 0, 0, 0, false));
        // The same subject twice in one article: the larger figure (a later update).
        if point >= e.2 {
            *e = (low, high, point, acled, c.vague);
        }
    }
    if by.is_empty() {
        return None;
    }
    let sum = |f: fn(&(u64, u64, u64, u64, bool)) -> u64| by.values().map(f).fold(0u64, |a, b| a.saturating_add(b));
    if sum(|x| x.0) > max {
        set_aside.push(format!("{} per {} ({outlet}): its figures add up to more than {max} for one event", sum(|x| x.0), source.unwrap_or_default()));
        return None;
    }
    Some(FatalityReport {
        source: source.unwrap_or_default(),
        outlet,
        low: sum(|x| x.0),
        high: sum(|x| x.1).min(max),
        point: sum(|x| x.2),
        acled: sum(|x| x.3),
        vague: by.values().any(|x| x.4),
        party_claim: party,
        by_subject: by.iter().map(|(s, x)| (s.clone(), x.2)).collect(),
    })
}

fn combine(mut per_article: Vec<(Option<String>, FatalityReport)>, set_aside: Vec<String>) -> Fatalities {
    // The latest report of each source (articles come in input order; a later publication wins).
    per_article.sort_by(|a, b| a.0.cmp(&b.0));
    let mut latest: BTreeMap<String, FatalityReport> = BTreeMap::new();
    for (_, r) in per_article {
        latest.insert(format!("{}\u{1}{}", r.source, r.outlet), r);
    }
    let all: Vec<FatalityReport> = latest.into_values().collect();
    let credible: Vec<&FatalityReport> = if all.iter().any(|r| !r.party_claim) { all.iter().filter(|r| !r.party_claim).collect() } else { all.iter().collect() };
    if credible.is_empty() {
        return Fatalities { set_aside, ..Default::default() };
    }
    let mut pts: Vec<&FatalityReport> = credible.clone();
    pts.sort_by_key(|r| r.point);
    let best = pts[pts.len() / 2];
    let low = credible.iter().map(|r| r.low).min();
    let high = credible.iter().map(|r| r.high).max();
    let acled = credible.iter().map(|r| r.acled).min().unwrap_or(0);
    let by_subject = best.by_subject.clone();
    let best_v = best.point;
    let mut reports = all.clone();
    reports.sort_by_key(|r| (r.party_claim, r.point));
    Fatalities { reports, low, best: Some(best_v), high, acled, by_subject, set_aside }
}

/// The input's events, aggregated: one per (story, kind, place, day), in the order first
/// reported. Kinds the mapping does not list (`statement`, `other`) are left out.
pub fn aggregate(input: &ExportInput) -> Vec<ExportEvent> {
    let m = input.mapping;
    let lex = input.lexicon;
    let story_of: HashMap<&str, &str> = input.stories.iter().flat_map(|s| s.articles.iter().map(move |a| (a.id.as_str(), s.id.as_str()))).collect();
    let flags = flags(input);
    let suicide: Vec<String> = m.words.suicide.iter().map(|w| norm(w)).collect();
    // A figure's subject label ("ISIS", "SDF") → the actor whose people it counts.
    let mut by_subject: HashMap<String, &str> = HashMap::new();
    for a in lex.actors().filter(|a| a.kind != ActorKind::Person && !a.kind.is_media()) {
        by_subject.entry(a.subject_label().to_lowercase()).or_insert(a.id.as_str());
    }
    let mut index: HashMap<(String, EventKind, String, String), usize> = HashMap::new();
    let mut groups: Vec<((String, EventKind, String, String), Vec<(usize, usize)>)> = Vec::new();
    for (ai, d) in input.articles.iter().enumerate() {
        for (ei, e) in d.events.iter().enumerate() {
            if !m.kind.contains_key(&e.kind) {
                continue;
            }
            let holder = story_of.get(d.id.as_str()).map(|s| format!("s:{s}")).unwrap_or_else(|| format!("a:{}", d.id));
            let place = e.place.as_ref().map(|p| p.entity.clone().unwrap_or_else(|| p.text.clone())).unwrap_or_default();
            let key = (holder, e.kind, place, e.date.clone().unwrap_or_default());
            let k = *index.entry(key.clone()).or_insert_with(|| {
                groups.push((key, Vec::new()));
                groups.len() - 1
            });
            groups[k].1.push((ai, ei));
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for (key, reports) in groups {
        let id = format!("ev-{:012x}", xxhash_rust::xxh3::xxh3_64(format!("{}\u{1}{}\u{1}{}\u{1}{}", key.0, key.1, key.2, key.3).as_bytes()) & 0xffff_ffff_ffff);
        let story = key.0.strip_prefix("s:").map(str::to_string);
        let evs: Vec<(&Digest, &riwaya_model::Event)> = reports.iter().map(|&(a, e)| (&input.articles[a], &input.articles[a].events[e])).collect();
        let (_, first) = evs[0];
        let place_ref = evs.iter().find_map(|(_, e)| e.place.as_ref());
        let place_entity = place_ref.and_then(|p| p.entity.clone());
        let lex_place = place_entity.as_deref().and_then(|id| lex.place(id));
        let to_geo = |id: &str, at_least: u8| {
            lex.geo(id).map(|g| Geo { latitude: g.lat, longitude: g.lon, country: g.country, admin1: g.admin1, precision: g.precision.max(at_least) })
        };
        // Its own place; else (a site the gazetteer does not know: «المستشفى») a located
        // place named near it, then the report's setting: ACLED's precision 2 ("near"), or
        // 3 when only a province or country is known.
        let mut geo_from = None;
        let geo = evs.iter().find_map(|(_, e)| e.geo.clone()).or_else(|| to_geo(place_entity.as_deref()?, 1)).or_else(|| {
            // A town or district near the event, then in the report's setting; only then a
            // province or country.
            let pick = |ids: &mut dyn Iterator<Item = &String>, fine: bool| -> Option<(Geo, String)> {
                ids.filter_map(|id| to_geo(id, 2).map(|g| (g, id.clone()))).find(|(g, _)| !fine || g.precision <= 2)
            };
            let near = |a: usize, e: usize| input.articles[a].near.get(e).into_iter().flatten();
            let (g, id) = reports
                .iter()
                .find_map(|&(a, e)| pick(&mut near(a, e), true))
                .or_else(|| reports.iter().find_map(|&(a, _)| pick(&mut input.articles[a].setting.iter(), true)))
                .or_else(|| reports.iter().find_map(|&(a, e)| pick(&mut near(a, e), false)))
                .or_else(|| reports.iter().find_map(|&(a, _)| pick(&mut input.articles[a].setting.iter(), false)))?;
            geo_from = lex.place(&id).map(|p| p.name_en.clone());
            Some(g)
        });
        let admin2 = place_entity.as_deref().and_then(|id| {
            std::iter::once(lex.place(id)?).chain(lex.place_ancestors(id)).skip(1).find(|p| p.kind == PlaceKind::District).map(|p| p.name_en.clone())
        });
        // Actors are what the lexicon knows; other words for the doer go to the notes (a
        // target the lexicon does not know is as often a place or a building as an actor).
        let all_agents: Vec<ExportActor> = evs.iter().filter_map(|(_, e)| e.agent.as_ref()).map(|a| resolve_actor(lex, m, a.entity.as_deref(), &a.text)).collect();
        let mut agent_words: Vec<String> = all_agents.iter().filter(|a| a.entity.is_none()).map(|a| a.name.clone()).collect();
        agent_words.sort();
        agent_words.dedup();
        let agents = ranked(all_agents.into_iter().filter(|a| a.entity.is_some()).collect());
        let targets = ranked(
            evs.iter().filter_map(|(_, e)| e.target.as_ref()).map(|a| resolve_actor(lex, m, a.entity.as_deref(), &a.text)).filter(|a| a.entity.is_some()).collect(),
        );
        let mut outlets: Vec<String> = evs.iter().map(|(d, _)| d.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into())).collect();
        outlets.sort();
        outlets.dedup();
        let date_is_published = first.date.is_some() && evs.iter().all(|(d, e)| e.date.is_some() && e.date == d.published);
        let suicide_named = evs.iter().any(|(d, e)| {
            let mut texts = vec![norm(&e.text)];
            let ei = d.events.iter().position(|x| std::ptr::eq(x, *e));
            texts.extend(d.claims.iter().filter(|c| c.event.is_some() && c.event == ei).map(|c| norm(&c.sentence)));
            texts.iter().any(|t| suicide.iter().any(|w| t.contains(w.as_str())))
        });
        let mut set_aside = Vec::new();
        let per_article: Vec<(Option<String>, FatalityReport)> = reports
            .iter()
            .filter_map(|&(a, e)| {
                let d = &input.articles[a];
                article_toll(d, e, m, &flags, &mut set_aside).map(|r| (d.published.clone(), r))
            })
            .collect();
        // A toll told beside an arrest or a displacement is another event's (or a war's):
        // ACLED codes no fatalities for strategic developments.
        let violent = m.kind.get(&key.1).is_some_and(|k| m.disorder_of(&k.event_type) == "Political violence");
        let per_article = if violent {
            per_article
        } else {
            for (_, r) in &per_article {
                set_aside.push(format!("{} per {} ({}): a toll told with a non-violent event", r.low, r.source, r.outlet));
            }
            Vec::new()
        };
        set_aside.sort();
        set_aside.dedup();
        let fatalities = combine(per_article, set_aside);
        let dead_of = ranked(
            fatalities
                .by_subject
                .iter()
                .filter(|(subj, n)| *n > 0 && !super::is_civilian(subj))
                .filter_map(|(subj, _)| by_subject.get(&subj.to_lowercase()))
                .map(|id| resolve_actor(lex, m, Some(id), ""))
                .collect(),
        );
        out.push(ExportEvent {
            id,
            story,
            kind: key.1,
            date: first.date.clone(),
            date_is_published,
            place: place_ref.map(|p| p.text.clone()),
            location: lex_place.map(|p| p.name_en.clone()),
            place_is_country: lex_place.is_some_and(|p| p.kind == PlaceKind::Country),
            place_entity,
            geo,
            admin2,
            geo_from,
            agents,
            agent_words,
            targets,
            outlets,
            denied: evs.iter().all(|(_, e)| e.denied),
            suicide: suicide_named,
            fatalities,
            dead_of,
            reports,
        });
    }
    out
}
