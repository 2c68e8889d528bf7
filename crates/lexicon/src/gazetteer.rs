//! The GeoNames gazetteer (`data/lexicon/gazetteer.tsv`, built by `scripts/gazetteer/build.py`):
//! countries, first-level divisions and towns of the Arab world and its neighbours with
//! their Arabic names. Merged under the hand-written places, which win: a row that shares a
//! name with a hand-written place is that place (it only lends it a country, an admin1 and
//! coordinates it lacks), a name already taken by an actor or an earlier row is dropped.

use crate::{normalize, LexiconError, Origin, Place, PlaceKind};
use std::collections::HashMap;

pub(crate) static GAZETTEER: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/gazetteer.tsv"));
pub(crate) const FILE: &str = "data/lexicon/gazetteer.tsv";

pub(crate) struct Row {
    pub(crate) id: String,
    kind: PlaceKind,
    name_en: String,
    iso: String,
    admin1: String,
    coords: Option<(f64, f64)>,
    population: u64,
    names: Vec<String>,
    line: usize,
}

/// Below this population a town's one-word name may be an ordinary word («ربك», «آنفا»):
/// it names the town only in an article that named it in full («مدينة X», «بلدة X»).
pub(crate) const SHORT_BELOW: u64 = 100_000;

fn bad(line: usize, reason: impl Into<String>) -> LexiconError {
    LexiconError { file: FILE.to_string(), line, reason: reason.into() }
}

pub(crate) fn parse(text: &str) -> Result<Vec<Row>, LexiconError> {
    let mut rows = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let line = i + 1;
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() != 9 {
            return Err(bad(line, format!("expected 9 tab-separated columns, found {}", f.len())));
        }
        let kind = match f[1] {
            "country" => PlaceKind::Country,
            "governorate" => PlaceKind::Governorate,
            "city" => PlaceKind::City,
            k => return Err(bad(line, format!("unknown kind {k:?}"))),
        };
        if !crate::valid_id(f[0]) {
            return Err(bad(line, format!("id {:?} is not kebab-case ASCII", f[0])));
        }
        if f[3].len() != 2 || !f[3].bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(line, format!("country {:?} is not an ISO 3166 alpha-2 code", f[3])));
        }
        let coords = match (f[5], f[6]) {
            ("", "") => None,
            (a, b) => match (a.parse::<f64>(), b.parse::<f64>()) {
                (Ok(lat), Ok(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                    Some((lat, lon))
                }
                _ => return Err(bad(line, format!("bad coordinates {a:?} {b:?}"))),
            },
        };
        let population = f[7].parse::<u64>().map_err(|_| bad(line, format!("bad population {:?}", f[7])))?;
        let names: Vec<String> =
            f[8].split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
        if names.is_empty() || f[2].trim().is_empty() {
            return Err(bad(line, "a row needs an English name and an Arabic name"));
        }
        rows.push(Row {
            id: f[0].to_string(),
            kind,
            name_en: f[2].to_string(),
            iso: f[3].to_string(),
            admin1: f[4].to_string(),
            coords,
            population,
            names,
            line,
        });
    }
    Ok(rows)
}

fn close(a: Option<(f64, f64)>, b: Option<(f64, f64)>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a.0 - b.0).abs() < 1.0 && (a.1 - b.1).abs() < 1.0,
        _ => true,
    }
}

/// Adds the rows to `places` under the rules of the module doc. `taken` holds the
/// normalised full and short names of every actor (they stay the actor's).
pub(crate) fn merge(places: &mut Vec<Place>, actor_names: &[String], rows: Vec<Row>) {
    let mut owner: HashMap<String, Option<usize>> = HashMap::new(); // name → hand place
    for n in actor_names {
        owner.insert(n.clone(), None);
    }
    for (i, p) in places.iter().enumerate() {
        for n in p.full_names().chain(p.short_aliases.iter().map(String::as_str)) {
            owner.entry(normalize(n)).or_insert(Some(i));
        }
    }
    let hand = places.len();
    let mut ids: HashMap<String, usize> = places.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    // gazetteer id → the id it became (its own, or the hand-written place it matched).
    let mut alias: HashMap<String, String> = HashMap::new();
    let mut admin1_en: HashMap<(String, String), String> = HashMap::new();
    for r in rows {
        if ids.contains_key(&r.id) {
            continue;
        }
        let keys: Vec<String> = r.names.iter().map(|n| normalize(n)).collect();
        if r.kind == PlaceKind::Governorate {
            admin1_en.insert((r.iso.clone(), r.admin1.clone()), r.name_en.clone());
        }
        let admin1 = admin1_en.get(&(r.iso.clone(), r.admin1.clone())).cloned();
        let same = keys.iter().find_map(|k| match owner.get(k) {
            Some(Some(i)) if *i < hand => Some(*i),
            _ => None,
        });
        if let Some(i) = same {
            let p = &mut places[i];
            let fits = match r.kind {
                PlaceKind::City => !matches!(p.kind, PlaceKind::Country | PlaceKind::Governorate),
                k => p.kind == k,
            };
            if fits && close(p.coords(), r.coords) {
                if p.country.is_none() {
                    p.country = Some(r.iso.clone());
                }
                if p.admin1.is_none() && r.kind == PlaceKind::City {
                    p.admin1 = admin1;
                }
                if p.coords().is_none() {
                    if let Some((la, lo)) = r.coords {
                        p.lat = Some(la);
                        p.lon = Some(lo);
                    }
                }
                alias.insert(r.id.clone(), p.id.clone());
            }
            continue;
        }
        let mut names: Vec<String> = Vec::new();
        for (n, k) in r.names.iter().zip(&keys) {
            if !owner.contains_key(k) {
                owner.insert(k.clone(), Some(usize::MAX));
                names.push(n.clone());
            }
        }
        if names.is_empty() {
            continue;
        }
        let country = format!("gn-{}", r.iso.to_ascii_lowercase());
        let up = |id: &String| alias.get(id).cloned().or_else(|| ids.contains_key(id).then(|| id.clone()));
        let parent = match r.kind {
            PlaceKind::Country => None,
            PlaceKind::Governorate => up(&country),
            _ => up(&format!("{country}-{}", r.admin1.to_ascii_lowercase())).or_else(|| up(&country)),
        };
        // A small town's one-word names are short; «مدينة X» is its full name.
        let mut short: Vec<String> = Vec::new();
        if r.kind == PlaceKind::City && r.population < SHORT_BELOW {
            let (one, many): (Vec<String>, Vec<String>) = names.into_iter().partition(|n| !n.trim().contains(' '));
            names = many;
            for n in one {
                let full = format!("مدينة {n}");
                let k = normalize(&full);
                if !owner.contains_key(&k) {
                    owner.insert(k, Some(usize::MAX));
                    names.push(full);
                }
                short.push(n);
            }
            if names.is_empty() {
                continue;
            }
        }
        let name_ar = names.remove(0);
        ids.insert(r.id.clone(), places.len());
        places.push(Place {
            id: r.id,
            name_en: r.name_en,
            name_ar,
            kind: r.kind,
            parent,
            lat: r.coords.map(|c| c.0),
            lon: r.coords.map(|c| c.1),
            aliases: names,
            short_aliases: short,
            country: Some(r.iso),
            admin1: if r.kind == PlaceKind::City { admin1 } else { None },
            notes: None,
            origin: Origin { file: FILE.to_string(), line: r.line },
        });
    }
}
