//! `data/exports/acled.toml`: our event kinds and actor kinds mapped onto ACLED's and UCDP's
//! coding, the fatality bounds and the country table. Embedded in the binary, parsed once.

use riwaya_model::EventKind;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// The shipped mapping file's text.
pub const ACLED_TOML: &str = include_str!("../../../../data/exports/acled.toml");

/// ACLED's coding of one of our event kinds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindMap {
    pub event_type: String,
    pub sub_event_type: String,
    #[serde(default)]
    pub state_agent_sub: Option<String>,
    #[serde(default)]
    pub armed_target: Option<[String; 2]>,
    #[serde(default)]
    pub suicide_sub: Option<String>,
    /// Organised violence that UCDP GED counts (when someone died).
    #[serde(default)]
    pub ucdp: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fatalities {
    pub max_per_event: u64,
    pub vague_several: u64,
    pub vague_dozens: u64,
    pub vague_hundreds: u64,
    pub vague_thousands: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub suicide: Vec<String>,
}

/// A country: English name, ISO alpha-3, ISO numeric, ACLED region.
#[derive(Debug, Clone, Deserialize)]
pub struct Country(pub String, pub String, pub u16, pub String);

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub kind: BTreeMap<EventKind, KindMap>,
    pub disorder: HashMap<String, String>,
    pub inter: HashMap<String, u8>,
    pub words: Words,
    pub fatalities: Fatalities,
    pub countries: HashMap<String, Country>,
}

impl Mapping {
    /// Parses and checks a mapping file: every event type has a disorder type, every inter
    /// code is 1–8.
    pub fn parse(text: &str) -> Result<Mapping, String> {
        let m: Mapping = toml::from_str(text).map_err(|e| format!("data/exports/acled.toml: {e}"))?;
        for (k, v) in &m.kind {
            let mut types = vec![v.event_type.as_str()];
            if let Some([t, _]) = &v.armed_target {
                types.push(t);
            }
            for t in types {
                if !m.disorder.contains_key(t) {
                    return Err(format!("data/exports/acled.toml: kind.{k}: event type {t:?} has no disorder type"));
                }
            }
        }
        if let Some((k, v)) = m.inter.iter().find(|(_, v)| !(1..=8).contains(*v)) {
            return Err(format!("data/exports/acled.toml: inter.{k} = {v}: ACLED's actor types are 1–8"));
        }
        Ok(m)
    }

    /// The shipped mapping (parsed once; the file is checked by the tests).
    pub fn shipped() -> &'static Mapping {
        static M: OnceLock<Mapping> = OnceLock::new();
        M.get_or_init(|| Mapping::parse(ACLED_TOML).unwrap_or_else(|e| panic!("{e}")))
    }

    pub fn disorder_of(&self, event_type: &str) -> &str {
        self.disorder.get(event_type).map(String::as_str).unwrap_or("Political violence")
    }

    /// ACLED's fixed number for a vague toll, by the top of its range.
    pub fn vague_toll(&self, high: Option<u64>) -> u64 {
        let f = &self.fatalities;
        match high {
            Some(h) if h <= 10 => f.vague_several,
            Some(h) if h <= 99 => f.vague_dozens,
            Some(h) if h <= 999 => f.vague_hundreds,
            _ => f.vague_thousands,
        }
    }
}
