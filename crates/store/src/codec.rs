//! The story stage's digest as bytes (MessagePack with field names, so the model's
//! optional fields may be left out): stored beside each article, so that stories are
//! rebuilt from the store without extracting again.

use crate::{Result, StoreError};
use riwaya_model::{Claim, Event, Framing, MentionKind};
use riwaya_stories::digest::NameUse;
use riwaya_stories::ArticleDigest;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;

#[derive(Serialize, Deserialize)]
#[serde(remote = "NameUse")]
struct NameUseDef {
    entity: String,
    kind: MentionKind,
    name: Option<String>,
    text: String,
    count: usize,
}

#[derive(Serialize, Deserialize)]
struct NameUseW(#[serde(with = "NameUseDef")] NameUse);

fn ser_names<S: Serializer>(v: &[NameUse], s: S) -> std::result::Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct R<'a>(#[serde(with = "NameUseDef")] &'a NameUse);
    s.collect_seq(v.iter().map(R))
}
fn de_names<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<NameUse>, D::Error> {
    Ok(Vec::<NameUseW>::deserialize(d)?.into_iter().map(|w| w.0).collect())
}

fn ser_minhash<S: Serializer>(v: &[u32; riwaya_stories::digest::MINHASH], s: S) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(v.iter())
}
fn de_minhash<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<[u32; riwaya_stories::digest::MINHASH], D::Error> {
    let v = Vec::<u32>::deserialize(d)?;
    v.try_into().map_err(|_| serde::de::Error::custom("minhash of the wrong length"))
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "ArticleDigest")]
struct DigestDef {
    id: String,
    outlet: Option<String>,
    published: Option<String>,
    day: Option<i32>,
    title: Option<String>,
    today_weekday: Option<u8>,
    lede: Option<String>,
    #[serde(serialize_with = "ser_minhash", deserialize_with = "de_minhash")]
    minhash: [u32; riwaya_stories::digest::MINHASH],
    has_signature: bool,
    word_counts: Vec<(u64, u32)>,
    entities: Vec<String>,
    #[serde(serialize_with = "ser_names", deserialize_with = "de_names")]
    names: Vec<NameUse>,
    claims: Vec<Claim>,
    claim_places: Vec<Option<String>>,
    events: Vec<Event>,
    framing: Vec<Framing>,
    kinds: HashMap<String, MentionKind>,
    #[serde(default)]
    year: Option<u16>,
}

#[derive(Serialize)]
struct Ser<'a>(#[serde(with = "DigestDef")] &'a ArticleDigest);
#[derive(Deserialize)]
struct De(#[serde(with = "DigestDef")] ArticleDigest);

pub fn encode_digest(d: &ArticleDigest) -> Vec<u8> {
    // Serialising plain data to a Vec cannot fail.
    rmp_serde::to_vec_named(&Ser(d)).unwrap_or_default()
}

pub fn decode_digest(b: &[u8]) -> Result<ArticleDigest> {
    rmp_serde::from_slice::<De>(b).map(|w| w.0).map_err(|e| StoreError(format!("a stored digest cannot be read ({e}); the store was written by another version of riwaya")))
}

/// The story stage's whole clustering state as bytes (MessagePack with field names).
pub fn encode_stories(s: &riwaya_stories::Stories) -> Vec<u8> {
    rmp_serde::to_vec_named(s).unwrap_or_default()
}

pub fn decode_stories(b: &[u8]) -> Result<riwaya_stories::Stories> {
    rmp_serde::from_slice(b).map_err(|e| StoreError(format!("the saved story state cannot be read ({e})")))
}

/// Run-level state saved as one blob (the names run-level linking learned): `fingerprint`
/// (what made it: a state of another build or format is not read) before compact
/// MessagePack (no field names).
pub fn encode_snapshot<T: Serialize>(fingerprint: &str, v: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 << 20);
    out.extend_from_slice(&(fingerprint.len() as u32).to_le_bytes());
    out.extend_from_slice(fingerprint.as_bytes());
    match rmp_serde::encode::write(&mut out, v) {
        Ok(()) => out,
        Err(_) => Vec::new(),
    }
}

/// A blob of [`encode_snapshot`] made with `fingerprint`; `None` for any other (stale,
/// another format, damaged): the caller rebuilds the state from the rows.
pub fn decode_snapshot<T: serde::de::DeserializeOwned>(fingerprint: &str, b: &[u8]) -> Option<T> {
    let n = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
    let fp = b.get(4..4usize.checked_add(n)?)?;
    if fp != fingerprint.as_bytes() {
        return None;
    }
    rmp_serde::from_slice(&b[4 + n..]).ok()
}
