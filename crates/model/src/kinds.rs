//! The closed sets of kinds that cross crates: what a figure counts ([`Quantity`]), what
//! happened ([`EventKind`]), what a name names ([`MentionKind`], made of [`ActorKind`] and
//! [`PlaceKind`]).
//!
//! Each is written in JSON (and in the data files) as the lower-case string of the specs, so
//! the reports are unchanged; a kind compares equal to its string (`claim.quantity ==
//! "killed"`), `as_str()` gives it, and `parse()` reads one and names what it could not read.
//! They order by their strings, as the `String`s they replace did, so sorted output keeps its
//! order.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A kind string that is not one of its set's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind {
    /// Which set: `quantity`, `event type`, `actor kind` …
    pub set: &'static str,
    pub text: String,
}

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.set, self.text)
    }
}

impl std::error::Error for UnknownKind {}

/// The string-compatible surface every kind shares: `Display`, `FromStr`, serde as its string,
/// equality with `str`, and order by the string.
macro_rules! string_kind {
    ($name:ident, $set:literal, { $($var:ident = $s:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($var),* }

        impl $name {
            /// Every kind of the set, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$var),*];
            /// The kind as the specs and the JSON write it.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),* }
            }
        }

        impl FromStr for $name {
            type Err = UnknownKind;
            fn from_str(s: &str) -> Result<Self, UnknownKind> {
                match s {
                    $($s => Ok($name::$var),)*
                    _ => Err(UnknownKind { set: $set, text: s.to_string() }),
                }
            }
        }

        string_kind!(@common $name);
    };
    (@common $name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
        impl PartialEq<str> for $name {
            fn eq(&self, o: &str) -> bool { self.as_str() == o }
        }
        impl PartialEq<&str> for $name {
            fn eq(&self, o: &&str) -> bool { self.as_str() == *o }
        }
        impl PartialEq<$name> for &str {
            fn eq(&self, o: &$name) -> bool { *self == o.as_str() }
        }
        impl PartialOrd for $name {
            fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> { Some(self.cmp(o)) }
        }
        impl Ord for $name {
            fn cmp(&self, o: &Self) -> std::cmp::Ordering { self.as_str().cmp(o.as_str()) }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str { self.as_str() }
        }
    };
}

string_kind!(Quantity, "quantity", {
    Killed = "killed",
    Wounded = "wounded",
    Casualties = "casualties",
    Escaped = "escaped",
    Surrendered = "surrendered",
    Arrested = "arrested",
    Released = "released",
    Hostages = "hostages",
    Detainees = "detainees",
    Fighters = "fighters",
    Displaced = "displaced",
    Vehicles = "vehicles",
    Strikes = "strikes",
    Other = "other",
});

string_kind!(EventKind, "event type", {
    Attack = "attack",
    Bombing = "bombing",
    AirStrike = "air_strike",
    Shelling = "shelling",
    Clash = "clash",
    Takeover = "takeover",
    Control = "control",
    Siege = "siege",
    Surrender = "surrender",
    Escape = "escape",
    HostageTaking = "hostage_taking",
    Release = "release",
    Arrest = "arrest",
    Curfew = "curfew",
    Displacement = "displacement",
    Demolition = "demolition",
    Statement = "statement",
    Other = "other",
});

string_kind!(ActorKind, "actor kind", {
    ArmedGroup = "armed_group",
    StateForce = "state_force",
    GovernmentBody = "government_body",
    Party = "party",
    Agency = "agency",
    Outlet = "outlet",
    Ngo = "ngo",
    Person = "person",
    InternationalOrg = "international_org",
    Group = "group",
});

impl ActorKind {
    /// Outlets and news agencies: the kinds that may carry domains and signatures.
    pub fn is_media(self) -> bool {
        matches!(self, ActorKind::Outlet | ActorKind::Agency)
    }
}

string_kind!(PlaceKind, "place kind", {
    Country = "country",
    Governorate = "governorate",
    City = "city",
    Town = "town",
    Village = "village",
    District = "district",
    Neighbourhood = "neighbourhood",
    Prison = "prison",
    Camp = "camp",
    School = "school",
    University = "university",
    College = "college",
    Institute = "institute",
    Bakery = "bakery",
    Cemetery = "cemetery",
    Roundabout = "roundabout",
    Hospital = "hospital",
    Mosque = "mosque",
    Building = "building",
    Airport = "airport",
    Base = "base",
    BorderCrossing = "border_crossing",
    Region = "region",
    River = "river",
    Dam = "dam",
    Field = "field",
});

/// What a [`crate::Mention`] names: an actor or a place of the lexicon's kinds, or an
/// organisation found by its shape whose sort is not known (`org`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    Actor(ActorKind),
    Place(PlaceKind),
    Org,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Actor(k) => k.as_str(),
            MentionKind::Place(k) => k.as_str(),
            MentionKind::Org => "org",
        }
    }
    pub fn is_place(self) -> bool {
        matches!(self, MentionKind::Place(_))
    }
}

impl FromStr for MentionKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, UnknownKind> {
        if s == "org" {
            return Ok(MentionKind::Org);
        }
        s.parse()
            .map(MentionKind::Actor)
            .or_else(|_| s.parse().map(MentionKind::Place))
            .map_err(|_| UnknownKind { set: "mention kind", text: s.to_string() })
    }
}

string_kind!(@common MentionKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_its_own_string() {
        for q in Quantity::ALL {
            assert_eq!(q.as_str().parse::<Quantity>(), Ok(*q));
            assert_eq!(serde_json::to_string(q).unwrap(), format!("\"{q}\""));
        }
        for k in EventKind::ALL {
            assert_eq!(k.as_str().parse::<EventKind>(), Ok(*k));
        }
        for k in ActorKind::ALL {
            assert_eq!(k.as_str().parse::<MentionKind>(), Ok(MentionKind::Actor(*k)));
        }
        for k in PlaceKind::ALL {
            assert_eq!(k.as_str().parse::<MentionKind>(), Ok(MentionKind::Place(*k)));
        }
        assert_eq!("org".parse::<MentionKind>(), Ok(MentionKind::Org));
    }

    #[test]
    fn a_kind_outside_the_set_is_an_error_naming_it() {
        let e = "kiled".parse::<Quantity>().unwrap_err();
        assert_eq!(e.to_string(), "unknown quantity \"kiled\"");
        assert!(serde_json::from_str::<EventKind>("\"airstrike\"").is_err());
        assert!("orgs".parse::<MentionKind>().is_err());
    }

    #[test]
    fn kinds_compare_with_and_order_by_their_strings() {
        assert!(Quantity::Killed == "killed" && "killed" == Quantity::Killed);
        let mut v = vec![Quantity::Wounded, Quantity::Arrested, Quantity::Killed];
        v.sort();
        assert_eq!(v, [Quantity::Arrested, Quantity::Killed, Quantity::Wounded]);
    }
}
