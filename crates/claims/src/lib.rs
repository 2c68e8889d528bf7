//! Claim extraction: every figure an article reports, what it counts (`quantity`), whose
//! people or things (`subject`), the range the words allow (`low`/`high`/`approx`/`vague`)
//! and who the article says it comes from (`attribution`), per `spec/claims.md`.
//!
//! The language lives in data: `data/claims/triggers.toml` (what kind of figure a word
//! announces, by form: verb, masdar, participle, noun), `data/claims/nouns.toml` (counted
//! nouns and their class), `data/claims/subjects.tsv` (victims' kind words and their subject
//! labels), `data/claims/attribution.toml` (reporting verbs, source nouns, frames and
//! hedges) and `data/claims/function_words.toml` (the words the rules name: clause
//! boundaries, negators, prepositions, pronouns, anaphoric heads). Matching runs on `riwaya_text::normalize`d text with proclitics
//! stripped; spans are mapped back to the original text.
//!
//! Work is done only around number expressions, which are few; a text without one costs a
//! normalisation and a token scan.

pub mod attribution;
mod data;
mod doc;
mod numbers;
mod refs;

use crate::attribution::{to_sources, Attributor};
use crate::data::{cands, Data, Form, NounClass, Needs, Trigger};
pub use crate::doc::Doc;
use crate::numbers::Num;
use crate::refs::Ref;
use riwaya_model::{Claim, Mention, Quantity};
use riwaya_text::TokenKind;
use std::sync::Arc;


/// Extracts claims from cleaned article text.
pub struct ClaimExtractor {
    data: Arc<Data>,
    attributor: Attributor,
}

impl Default for ClaimExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Kinds where the counted people suffered the act of another side: the agent named
/// before the figure is not their side.
const HOSTILE: &[Quantity] = &[Quantity::Killed, Quantity::Wounded, Quantity::Casualties, Quantity::Arrested, Quantity::Released];


/// How many sentences back the armed group last named may be whose fighters a figure counts.
const CONTEXT_SENTENCES: usize = 2;


#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Strength {
    Weak,
    Strong,
}

#[derive(Clone, Copy, Debug)]
struct Found {
    tok: usize,
    kind: Quantity,
    strength: Strength,
}

impl ClaimExtractor {
    /// Loads the embedded `data/claims/*.toml`.
    pub fn new() -> Self {
        let data = Arc::new(Data::embedded());
        ClaimExtractor { attributor: Attributor::with_data(data.clone()), data }
    }

    /// Extract the claims of `text` (the cleaned article text). `mentions` are its entity
    /// mentions (may be empty); `subject_of` gives an entity's English subject label.
    pub fn extract(&self, text: &str, mentions: &[Mention], subject_of: &dyn Fn(&str) -> Option<String>) -> Vec<Claim> {
        self.extract_doc(&Doc::new(text, mentions), subject_of)
    }

    /// [`ClaimExtractor::extract`] over an article's shared reading ([`Doc::over`]).
    pub fn extract_doc(&self, d: &Doc, subject_of: &dyn Fn(&str) -> Option<String>) -> Vec<Claim> {
        let fw = &self.data.fw;
        let text = d.orig;
        let mut per_sent = numbers::find_all(&d, &self.data);
        let mut zeros: Vec<Vec<(usize, Quantity)>> = Vec::with_capacity(d.sents.len());
        let mut any = false;
        for (si, &(s, e)) in d.sents.iter().enumerate() {
            let z = self.zeros(&d, s, e, &per_sent[si]);
            any |= !per_sent[si].is_empty() || !z.is_empty();
            zeros.push(z);
        }
        if !any {
            return Vec::new();
        }
        // Kinds first: attribution and subjects are only worked out where a figure counts.
        #[allow(clippy::type_complexity)]
        let mut decided: Vec<(usize, usize, Quantity, Option<usize>, Option<usize>, bool)> = Vec::new();
        // The last counted kind of the sentence before ("… 85 جريحا. وأضافت أن 14 منهم أطفال").
        let mut prev_sent: Option<(usize, Quantity)> = None;
        for (si, nums) in per_sent.iter_mut().enumerate() {
            let (s, e) = d.sents[si];
            let mut prev_in_sent: Option<Quantity> = None;
            let mut prev_num: Option<(usize, bool)> = None; // (end token, was a part)
            let mut row = Vec::with_capacity(nums.len());
            for (ni, n) in nums.iter().enumerate() {
                let (mut kind, trig, right_end) = self.kind_of(&d, n, s, e, prev_in_sent);
                // "أصيب 55 طفلا بالتسمم": an illness, not an injury
                if kind == "wounded" && (n.t1..e.min(n.t1 + 4)).any(|k| self.data.illness_words.contains(d.w(k))) {
                    kind = Quantity::Other;
                }
                let mut part = false;
                let pk = prev_in_sent.filter(|k| *k != "other");
                if let Some(pk) = pk {
                    // A dual alone ("بينهم انتحاريان") describes the toll rather than counting a
                    // part; a dual of victims' kind ("بينهم طفلان") counts them as parts do.
                    let dual_only = n.v1 == n.v0 + 1 && n.noun.is_some_and(|(k, c)| k == n.v0 && c != NounClass::Civilian);
                    // "حصيلة القتلى 102: 61 من داعش و34 من قسد": parts after a colon
                    let after_colon = kind == "other" && n.t0 > s && d.w(n.t0 - 1) == ":" && prev_num.is_some_and(|(pe, _)| pe + 1 >= n.t0 - 1);
                    // "منها ثماني عمليات": a part that counts things is no part of a toll.
                    let things = matches!(n.noun, Some((_, NounClass::Thing)));
                    if (self.part_cue(&d, n, s) && (kind == "other" || kind == pk) && !dual_only || n.pron.is_some() && (kind == "other" || kind == pk) || after_colon) && !n.date_like && !things {
                        // "… 102 قتلى، بينهم 7 مدنيين": a part of the toll.
                        kind = pk;
                        part = true;
                    } else if kind == "other" && !n.date_like && n.t0 == n.v0 && n.v0 > s
                        && (d.w(n.v0 - 1) == fw.and || d.w(n.v0).starts_with(fw.and.as_str()) && n.noun.is_some_and(|(k, _)| k == n.v0))
                    {
                        // "بينهم 328 طفلاً و25 مسعفاً"، "720 شخصاً في تهالا و3280 شخصاً في غات":
                        // the list goes on with the same kind.
                        let (pend, ppart) = prev_num.unwrap_or((0, false));
                        // "و" its own token, or glued to a dual ("وامرأتان")
                        let conj = if d.w(n.v0 - 1) == fw.and { n.v0 - 1 } else { n.v0 };
                        let near = pend + 4 >= n.v0 && pend <= conj && (pend..conj).all(|k| d.toks[k].kind == TokenKind::Word && self.form_at(&d, k).is_none());
                        let fits = n.others || n.noun.is_some_and(|(_, c)| c.is_people()) || n.noun.is_none() && {
                            let j = d.skip_q(n.v1, e);
                            j >= e || d.toks[j].kind == TokenKind::Punct || fw.subject_stops.contains(d.w(j)) || d.w(j) == fw.of
                                || cands(d.w(j)).find_in(&self.data.preps).is_some()
                        };
                        // "83 بحسب X، و87 بحسب Y": another source's value of the same toll
                        let per_source = n.noun.is_none() && {
                            let mut j = n.v1;
                            while j < e && (d.is_quote(j) || fw.commas.contains(d.w(j))) {
                                j += 1;
                            }
                            j < e && cands(d.w(j)).find_in(&self.data.preps).is_some()
                        };
                        if near && fits || per_source {
                            kind = pk;
                            part = ppart && !per_source;
                        }
                    }
                    if kind == "other" && !part && self.place_breakdown(&d, n, e, prev_num.map_or(0, |p| p.0)) {
                        // "… بـ221 وفاة، و155 في أرمناز، وفي مدينة الأتارب 150، وعفرين 170
                        // حالة": a toll broken down by place goes on with bare figures.
                        kind = pk;
                        part = prev_num.is_some_and(|p| p.1);
                    }
                }
                // "وأضافت أن 14 منهم أطفال": «منهم» points back to the figure of the sentence before.
                let people_part = n.pron.is_some_and(|p| self.data.people_parts.contains(d.w(p)))
                    && n.pron.is_some_and(|p| p + 1 >= e || !matches!(self.data.noun(d.w(p + 1)).map(|x| x.class), Some(NounClass::Thing)));
                if kind == "other" && pk.is_none() && people_part && !n.date_like {
                    // "إن معظم القتلى من المدنيين، وإن 27 منهم": the toll word just named
                    if let Some(k) = self.toll_noun_before(&d, n, s) {
                        kind = k;
                    } else if let Some((_, k)) = prev_sent.filter(|(ps, _)| ps + 1 == si) {
                        kind = k;
                        part = true;
                    }
                }
                // "انتشلت 168 جثة، الخميس، و153 أخرى": more of the same
                if kind == "other" && n.others && !n.date_like && n.noun.is_none_or(|(_, c)| c.is_people()) && !self.spared(d, n, s) {
                    if let Some(pk) = pk {
                        kind = pk;
                    }
                }
                // "أسفر عن مقتل العشرات، إضافة إلى تسعة من العاملين": more people of the same toll
                if kind == "other" && !n.date_like && n.noun.is_none_or(|(_, c)| c.is_people()) && self.besides_before(&d, n, s) {
                    if let Some(pk) = pk {
                        kind = pk;
                    }
                }
                // "عالجت 61 جريحا خلال ثلاثة أيام …، بينهم 22 طفلا": a span of time or a count
                // of things between a toll and its parts leaves the toll the one parts refer to
                let aside = kind == "other" && (n.date_like || matches!(n.noun, Some((_, NounClass::Thing))));
                if !(aside && pk.is_some()) {
                    prev_in_sent = Some(kind);
                }
                if kind != "other" {
                    prev_sent = Some((si, kind));
                }
                prev_num = Some((n.t1.max(right_end.unwrap_or(0)), part));
                row.push((n.v0, (si, ni, kind, trig, right_end, part)));
            }
            // "6 نساء و3 أطفال كانوا بين القتلى": people joined by «و» to the next figure,
            // whose verb or toll word comes after both, are of its kind.
            for i in (0..row.len().saturating_sub(1)).rev() {
                let (a, b) = (row[i].1, row[i + 1].1);
                let (na, nb) = (&nums[a.1], &nums[b.1]);
                let joined = na.t1 < nb.v0 && nb.t0 == nb.v0 && na.t1 + 1 == nb.v0 && d.w(na.t1) == fw.and;
                if a.2 == "other" && b.2 != "other" && joined && (b.3.is_some_and(|t| t >= nb.t1) || b.3.is_none() && b.4.is_some_and(|r| r > nb.t1))
                    && na.noun.is_some_and(|(_, c)| c.is_people()) && na.pron.is_none() && !na.date_like
                    // the kind is told after the second noun, not by it ("و12 مصابا"، "و12 إصابة")
                    && nb.noun.is_some_and(|(k, c)| c.is_people() && !cands(d.w(k)).iter().any(|x| self.data.triggers.contains_key(x)))
                {
                    row[i].1 = (a.0, a.1, b.2, b.3, b.4, b.5);
                }
            }
            for &(k, kind) in &zeros[si] {
                let ni = nums.len();
                let neg = (s..k).rev().find(|&j| self.is_negator(d.w(j))).unwrap_or(k);
                nums.push(Num { t0: neg, t1: k + 1, v0: k, v1: k + 1, low: Some(0), high: Some(0), approx: false, vague: false, noun: None, pron: None, others: false, date_like: false, few: false });
                row.push((k, (si, ni, kind, Some(neg), None, false)));
            }
            row.sort_by_key(|x| x.0);
            decided.extend(row.into_iter().map(|x| x.1));
        }
        // Denials, only in sentences with a counted figure.
        let mut denied_from: Vec<Option<usize>> = vec![None; d.sents.len()];
        let mut seen = vec![false; d.sents.len()];
        for x in decided.iter().filter(|x| x.2 != "other") {
            if !std::mem::replace(&mut seen[x.0], true) {
                let (s, e) = d.sents[x.0];
                denied_from[x.0] = self.denial_at(&d, s, e);
            }
        }
        let scored = decided.iter().any(|x| x.2 != "other");
        let none = (Vec::new(), Vec::new());
        let (refs, sattr) = if scored { d.attribution(&self.attributor) } else { &none };
        let mut out: Vec<Claim> = Vec::new();
        // The first line of a text of several, when short and with no full stop: a headline
        // as crawled (a lede paragraph is no headline: its figures stand as told).
        let headline_end = text
            .trim_end()
            .find('\n')
            .filter(|&k| {
                let line = text[..k].trim();
                line.chars().count() <= 120 && !line.ends_with(['.', '。', '؟', '!'])
            })
            .unwrap_or(0);
        // The names beginning with ل, for «لل» words in sources («للبنان» = ل + لبنان).
        let lam_names: Vec<String> = d
            .mentions()
            .iter()
            .filter(|m| m.text.starts_with('ل'))
            .filter_map(|m| riwaya_text::normalize_str(&m.text).split_whitespace().next().map(str::to_string))
            .collect();
        let mut prev: Option<(Quantity, Option<String>)> = None;
        let mut last_total: Option<usize> = None;
        for &(si, ni, kind, trig, right_end, part) in &decided {
            let n = &per_sent[si][ni];
            let (s, e) = d.sents[si];
            let (chain, hedge) = if scored { sattr[si].at(n.v0) } else { (Vec::new(), None) };
            let (subject, subj_end) = if kind == "other" || n.high == Some(0) {
                (None, None)
            } else {
                self.subject(&d, &refs, n, kind, trig, s, e, &chain, &prev, subject_of)
            };
            let a = trig.map_or(n.t0, |t| t.min(n.t0));
            let mut b = n.t1.max(right_end.unwrap_or(0)).max(subj_end.unwrap_or(0));
            while b > a + 1 && d.is_quote(b - 1) && d.w(b - 1) != "\"" {
                b -= 1;
            }
            let (bs, be) = d.orig_span(a, b);
            let (ss, se) = d.sent_bytes[si];
            let sentence = evidence(text, d.norm.to_original(ss), d.norm.original_span(ss, se).1, bs, be);
            let sources = to_sources(&d, &chain);
            // «نفى X تنفيذ غارة، مؤكدا أن قواته دمرت زورقين»: after a comma, a participle of
            // saying opens what the denier affirms.
            let denied = kind != "other"
                && denied_from[si].is_some_and(|k| {
                    k < n.v0
                        && !(k + 2..n.v0).any(|j| {
                            d.toks[j - 1].kind == TokenKind::Punct && self.data.fw.commas.contains(d.w(j - 1))
                                && cands(d.w(j)).find_in(&self.data.participles).is_some()
                                && cands(d.w(j)).find_in(&self.data.participle_hedges).is_none()
                        })
                        // «نفى المتحدث استهداف المدنيين، وقال إن قواته قتلت 12»: after a comma,
                        // «و» + a verb of saying opens what the denier affirms.
                        && !(k + 2..n.v0).any(|j| {
                            d.toks[j - 1].kind == TokenKind::Punct && self.data.fw.commas.contains(d.w(j - 1))
                                && cands(d.w(j)).has_conj()
                                && cands(d.w(j)).iter().skip(1).any(|c| {
                                    self.data.verbs.get(c).is_some_and(|v| !v.hedge && !v.via) && !self.data.denial.contains(c)
                                })
                        })
                });
            let denied_by = if denied { sources.last().map(|x| vec![x.text.clone()]).unwrap_or_default() } else { Vec::new() };
            let subject = subject.map(|x| self.data.fold_subject(x));
            let claim = Claim {
                quantity: kind,
                subject,
                low: n.low,
                high: n.high,
                approx: n.approx,
                vague: n.vague,
                text: text[bs..be].to_string(),
                attribution: sources.iter().map(|s| s.text.clone()).collect(),
                sources,
                hedge: hedge.map(|(x, y)| d.orig_text(x, y).to_string()),
                date: None,
                date_source: None,
                event: None,
                denied,
                denied_by,
                part_of: None,
                additional: n.others,
                start: bs,
                end: be,
                sentence: sentence.to_string(),
            };
            // "قتل 15 شخصا بينهم 4 أطفال، وأصيب 37 آخرون": the others are more of the toll,
            // not of its part.
            if kind != "other" && !part {
                prev = Some((kind, claim.subject.clone()));
            }
            let mut claim = claim;
            if part {
                claim.part_of = last_total.filter(|&t| out[t].quantity == kind);
            }
            let at = push_dedup(&mut out, claim, &lam_names, headline_end);
            if kind != "other" && !part {
                last_total = at;
            }
        }
        out
    }

    /// Whether a phrase of `besides` («إضافة إلى», «بجانب») stands right before figure `n`.
    fn besides_before(&self, d: &Doc, n: &Num, s: usize) -> bool {
        self.data.fw.besides.iter().any(|p| {
            let k = p.len();
            n.t0 >= s + k && p.iter().enumerate().all(|(i, w)| {
                let t = d.w(n.t0 - k + i);
                t == w || i == 0 && t.strip_prefix(self.data.fw.and.as_str()) == Some(w.as_str())
            })
        })
    }

    /// Whether the bare figure `n` goes on a toll broken down by place, the figure before
    /// it ending at token `pend`: «و155 في أرمناز» (a conjunction before, «في» and a place
    /// after) or «وفي مدينة الأتارب 150»، «وحارم 210»، «وعفرين 170 حالة» (a place joined by
    /// «و» or a comma right before). A figure that counts a noun (other than «حالة») does not.
    fn place_breakdown(&self, d: &Doc, n: &Num, e: usize, pend: usize) -> bool {
        let fw = &self.data.fw;
        if n.date_like || n.t0 != n.v0 || n.others || n.pron.is_some()
            || n.noun.is_some_and(|(k, _)| !self.data.case_nouns.contains(d.w(k)))
        {
            return false;
        }
        let place = |i: usize| {
            d.mention_at(i).filter(|&(_, _, mi)| d.mentions()[mi].kind.is_place())
        };
        // «و155 في أرمناز»
        if n.v0 > 0 && d.w(n.v0 - 1) == fw.and && pend + 6 >= n.v0 && pend < n.v0 {
            let j = n.noun.map_or(n.v1, |(k, _)| k + 1);
            if j + 1 < e && d.w(j) == fw.in_ && place(j + 1).is_some_and(|(a, _, _)| a == j + 1) {
                return true;
            }
        }
        // «وفي مدينة الأتارب 150»، «وحارم 210»
        let Some((a, b, mi)) = n.v0.checked_sub(1).and_then(place) else { return false };
        if b != n.v0 || a == 0 || pend + 10 < a || pend > a {
            return false;
        }
        let joiner = |k: usize| {
            fw.commas.contains(d.w(k)) || d.w(k) == fw.and || d.w(k).strip_prefix(fw.and.as_str()) == Some(fw.in_.as_str())
        };
        // the place's own head may stand outside its mention: «وفي بلدة X 25»
        let glued = d.w(a).starts_with(fw.and.as_str()) && !d.mentions()[mi].text.starts_with(fw.and.as_str());
        let joined = glued
            || joiner(a - 1)
            || a >= 2 && d.toks[a - 1].kind == TokenKind::Word && !d.w(a - 1).starts_with(fw.and.as_str()) && joiner(a - 2);
        // what follows the figure ends its item
        let j = n.noun.map_or(n.v1, |(k, _)| k + 1);
        let closed = j >= e || d.toks[j].kind == TokenKind::Punct || d.w(j).starts_with(fw.and.as_str());
        joined && closed
    }

    /// Decide the kind of figure `n`: (kind, trigger token, end of a trigger after it).
    fn kind_of(&self, d: &Doc, n: &Num, s: usize, e: usize, prev: Option<Quantity>) -> (Quantity, Option<usize>, Option<usize>) {
        let fw = &self.data.fw;
        let other = (Quantity::Other, None, None);
        if n.date_like || n.low.is_none() && n.high.is_none() {
            return other;
        }
        // A verb right before governs: "فارق 3 مصابين الحياة".
        if n.t0 > s {
            let k = d.skip_q_back(n.t0 as isize - 1, s);
            if k >= s as isize && self.form_at(d, k as usize) == Some(Form::Verb) {
                if let Some(f) = self.trigger_at(d, k as usize, n, e, true) {
                    // a verb read through its proclitic too ("وأجلوا 12 جريحا" is "أجلوا 12 جريحا")
                    let plain = cands(d.w(k as usize)).no_article().find_map(|c| self.data.triggers.get(c));
                    if !plain.is_some_and(|v| v.iter().all(|t| t.next.is_empty())) {
                        return (f.kind, Some(f.tok), None);
                    }
                }
            }
        }
        // "قتل 27 نازحا"، "استشهد 13 من النازحين": the displaced are the victims of the
        // verb or masdar right before the figure, not a count of displacement.
        if n.t0 > s {
            let k = d.skip_q_back(n.t0 as isize - 1, s);
            let nk = n.noun.map(|(k, _)| k).unwrap_or_else(|| d.skip_q(n.v1, e));
            let displaced_noun = nk < e && cands(d.w(nk)).iter().any(|c| {
                self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| t.form == Form::Noun && t.kind == Quantity::Displaced))
            });
            if displaced_noun && k >= s as isize {
                if let Some(f) = self.trigger_at(d, k as usize, n, e, true) {
                    if HOSTILE.contains(&f.kind) && f.strength == Strength::Strong {
                        return (f.kind, Some(f.tok), None);
                    }
                }
            }
        }
        // The word right after names the kind: "1284 إصابة"، "812 حالة وفاة"، "6 ضحايا".
        if let Some((kind, end)) = self.own_kind(d, n, e) {
            return (kind, None, Some(end));
        }
        // "الغارات بلغ عددها 15"، "القتلى الذين وصل عددهم إلى 60": the kind of the noun
        // whose number the figure gives.
        if let Some(found) = self.counted_back(d, n, s) {
            return found;
        }
        // "5 منهم في حالة حرجة": people in a critical state are wounded.
        if n.noun.is_none_or(|(_, c)| c.is_people()) {
            let j = d.skip_q(n.t1, e);
            if j + 2 < e && d.w(j) == fw.in_ && self.data.case_nouns.contains(d.w(j + 1))
                && cands(d.w(j + 2)).iter().any(|c| self.data.critical_states.contains(c))
            {
                return (Quantity::Wounded, None, Some(j + 3));
            }
        }
        // "500 سقطوا بين قتيل وجريح": killed and wounded together.
        if let Some(end) = self.between_killed_wounded(d, n.t1, e) {
            return (Quantity::Casualties, None, Some(end));
        }
        let noun_class = n.noun.map(|(_, c)| c);
        if let Some(NounClass::Thing) = noun_class {
            // "ارتفع عدد الوفيات إلى 210 حالات": cases of the toll named before
            if n.noun.is_some_and(|(k, _)| self.data.case_nouns.contains(d.w(k))) {
                if let Some((kind, k)) = self.toll_kind(d, n, s) {
                    return (kind, Some(k), None);
                }
                // "أما حصيلة المصابين، فأوضح X أن العدد الأكبر كان في Y بـ 831 حالة، تليها Z بـ
                // 258 حالة": cases with nothing after them, in a breakdown of a toll named before.
                let j = n.noun.map_or(e, |(k, _)| d.skip_q(k + 1, e));
                let bare = j >= e || d.toks[j].kind == TokenKind::Punct || d.w(j) == fw.in_ || d.w(j).starts_with(fw.and.as_str());
                let by = n.t0 > s && d.w(n.t0 - 1) == fw.bi;
                if bare && by {
                    if let Some((kind, _)) = self.toll_kind_in(d, n, s, true) {
                        return (kind, None, None);
                    }
                }
            }
            return other;
        }
        // "11300 قتيل و10100 مفقود": a list of figures, each with its own noun; a noun
        // that names no scored kind makes the figure `other`.
        if n.t0 == n.v0 && n.v0 >= s + 3 && d.w(n.v0 - 1) == fw.and {
            let nk = n.v0 - 2;
            let listed = matches!(d.toks[nk - 1].kind, TokenKind::Number) && self.form_at(d, nk) == Some(Form::Noun);
            if listed && n.noun.is_none() && n.pron.is_none() && !n.others {
                let j = d.skip_q(n.v1, e);
                if j < e && d.toks[j].kind == TokenKind::Word && !fw.subject_stops.contains(d.w(j)) && !fw.boundary.contains(d.w(j)) {
                    return other;
                }
            }
        }
        // "مفخخة": a car bomb is a weapon, not a vehicle lost.
        if let Some((k, NounClass::Vehicle)) = n.noun {
            let j = d.skip_q(k + 1, e);
            if j < e && (fw.weapon_prefixes.iter().any(|p| d.w(j).starts_with(p.as_str())) || fw.service_words.contains(d.w(j))) {
                return other;
            }
        }
        let before = d.skip_q_back(n.t0 as isize - 1, s);
        if before >= s as isize {
            let w = d.w(before as usize);
            if fw.among_before.contains(w) {
                return other;
            }
        }
        // A noun that names the kind outright wins: "قتيلاً وقرابة 36 جريحاً".
        if let Some((nk, _)) = n.noun {
            let nt = cands(d.w(nk)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| v.iter().find(|t| t.form == Form::Noun));
            if let Some(t) = nt {
                if matches!(t.kind, Quantity::Killed | Quantity::Wounded | Quantity::Displaced | Quantity::Strikes) {
                    let j = d.skip_q(nk + 1, e);
                    let mut kind = t.kind;
                    if j < e && (kind == "killed" || kind == "wounded") && d.w(j).starts_with('و') {
                        let other = if kind == "killed" { Quantity::Wounded } else { Quantity::Killed };
                        if cands(d.w(j)).iter().skip(1).any(|c| self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| t.kind == other && t.form == Form::Noun))) {
                            kind = Quantity::Casualties;
                        }
                    }
                    // a casualties masdar right before ("مقتل وإصابة 5 قتلى" is rare; keep the noun)
                    return (kind, None, None);
                }
            }
        }
        // "أفرجت الحكومة والجماعة، الجمعة، عن 887 أسيرا": captives after «عن» are released
        // by a verb further back in the clause, past a time between commas.
        if n.t0 > s && d.w(n.t0 - 1) == fw.from && matches!(n.noun, Some((_, NounClass::Prisoner | NounClass::Hostage))) {
            let from = (n.t0 - 1).saturating_sub(12).max(s);
            if let Some(f) = (from..n.t0 - 1).rev().take_while(|&k| {
                // a full stop, or a comma that opens a new clause ("، ولم تعلن عن"), ends it
                !(d.toks[k].kind == TokenKind::Punct && (!fw.commas.contains(d.w(k)) || d.w(k + 1).starts_with(fw.and.as_str())))
            }).find_map(|k| {
                self.trigger_at(d, k, n, e, true).filter(|f| f.kind == Quantity::Released && f.strength == Strength::Strong)
            }) {
                return (f.kind, Some(f.tok), None);
            }
        }
        if self.spared(d, n, s) {
            return other;
        }
        // Left of the figure.
        let mut best: Option<Found> = None;
        let mut k = n.t0 as isize - 1;
        let mut words = 0;
        let mut after_prep = None::<usize>;
        while k >= s as isize && words < 7 {
            let ku = k as usize;
            let t = d.toks[ku];
            if d.is_quote(ku) {
                k -= 1;
                continue;
            }
            if t.kind == TokenKind::Punct || t.kind == TokenKind::Number || t.kind == TokenKind::Symbol {
                break;
            }
            if let Some(f) = self.trigger_at(d, ku, n, e, true) {
                if after_prep.is_some_and(|p| ku + 3 < p) && f.strength == Strength::Strong && matches!(self.form_at(d, ku), Some(Form::Verb)) {
                    // after "على/عن" only a masdar or verb right before it governs
                }
                match (best, f.strength) {
                    (None, _) => best = Some(f),
                    (Some(b), Strength::Strong) if b.strength == Strength::Weak => best = Some(f),
                    _ => {}
                }
                if f.strength == Strength::Strong {
                    break;
                }
            }
            let w = d.w(ku);
            if fw.exchange.contains(w) {
                // "مقابل 23 مليونا": a price, not an exchange of people.
                if n.noun.is_none() && (n.v0..n.v1).any(|k| fw.money_prefixes.iter().any(|p| d.w(k).starts_with(p.as_str()))) {
                    return other;
                }
                if best.is_none() {
                    let kind = match prev {
                        Some(p) => p,
                        None => Quantity::Released,
                    };
                    return (kind, Some(ku), None);
                }
                break;
            }
            if fw.any.contains(w) {
                return other;
            }
            if after_prep.is_some_and(|p| p >= ku + 3) {
                break;
            }
            if fw.object_preps.contains(w) {
                after_prep = Some(ku);
            } else if fw.boundary.contains(w) {
                break;
            }
            words += 1;
            k -= 1;
        }
        if let Some(b) = best {
            if b.strength == Strength::Strong {
                return (b.kind, Some(b.tok), None);
            }
        }
        // "ارتفع عدد قتلى الزلزال في سوريا إلى 371"، "حصيلة القتلى في صفوف التنظيم 45".
        if n.noun.is_none_or(|(_, c)| c.is_people()) {
            if let Some((kind, k)) = self.toll_kind(d, n, s) {
                return (kind, Some(k), None);
            }
        }
        // The noun names the kind: "N قتلى", "N غارات".
        if let Some((nk, _)) = n.noun {
            for c in cands(d.w(nk)).iter() {
                if let Some(ts) = self.data.triggers.get(c) {
                    if let Some(t) = ts.iter().find(|t| t.form == Form::Noun) {
                        let mut kind = t.kind;
                        let j = d.skip_q(nk + 1, e);
                        if j < e && (kind == "killed" || kind == "wounded") && d.w(j).starts_with('و') {
                            if let Some(t2) = cands(d.w(j)).iter().skip(1).find_map(|c| self.data.triggers.get(c)).and_then(|v| v.first()) {
                                if (t2.kind == "killed" || t2.kind == "wounded") && t2.kind != kind {
                                    kind = Quantity::Casualties;
                                }
                            }
                        }
                        return (kind, None, None);
                    }
                }
            }
        }
        // Right of the figure: "N عنصراً سلّموا أنفسهم", "N عناصر ... محتجزين".
        let mut k = n.t1;
        let mut words = 0;
        let mut right: Option<Found> = None;
        while k < e && words < 7 {
            if d.is_quote(k) {
                k += 1;
                continue;
            }
            let t = d.toks[k];
            if t.kind != TokenKind::Word {
                break;
            }
            let w = d.w(k);
            if let Some(f) = self.trigger_at(d, k, n, e, false) {
                if f.strength == Strength::Strong {
                    right = Some(f);
                    break;
                }
                right.get_or_insert(f);
            }
            if fw.boundary.contains(w) || fw.exchange.contains(w) || fw.subject_stops.contains(w) && w != fw.in_ {
                break;
            }
            words += 1;
            k += 1;
        }
        let weak = match (right, best) {
            (Some(r), _) if r.strength == Strength::Strong => return (r.kind, None, Some(r.tok + 1)),
            (Some(r), None) => Some((r, true)),
            (_, Some(b)) => Some((b, false)),
            (None, None) => None,
        };
        if let Some((f, is_right)) = weak {
            if !n.few {
                return if is_right { (f.kind, None, Some(f.tok + 1)) } else { (f.kind, Some(f.tok), None) };
            }
        }
        // "20 طفلاً من بين الضحايا"، "7 أطفال بين القتلى": counted among a toll.
        if noun_class.is_none_or(|c| c.is_people()) {
            let mut j = d.skip_q(n.t1, e);
            // "3 من قوات حفظ السلام التابعة للأمم المتحدة بين القتلى": past a short «من X»
            // (or the rest of «4 من عناصر الشرطة»)
            // (a dual is its own noun: «وطفلين كانوا بين القتلى»)
            if j < e && (d.w(j) == fw.of || (n.t1 > n.v1 || n.noun.is_some()) && d.toks[j].kind == TokenKind::Word) {
                let past = (j + 1..e.min(j + 9))
                    .take_while(|&k| d.toks[k].kind == TokenKind::Word && self.form_at(d, k).is_none())
                    .find(|&k| d.w(k) != fw.of && fw.among.contains(d.w(k)));
                if let Some(k) = past {
                    j = k;
                }
            }
            let mut among = false;
            while j < e && fw.among.contains(d.w(j)) {
                among |= d.w(j) != fw.of;
                j += 1;
            }
            if among && j < e {
                let kind = cands(d.w(j)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                    v.iter().find(|t| t.next.is_empty() && t.form == Form::Noun && matches!(t.kind, Quantity::Killed | Quantity::Wounded | Quantity::Casualties)).map(|t| t.kind)
                });
                if let Some(kind) = kind.filter(|_| d.w(j).starts_with("ال")) {
                    return (kind, None, Some(j + 1));
                }
            }
        }
        // "مخيم يؤوي نحو 700 ألف شخص": the people a camp hosts are displaced.
        if let Some(k) = self.hosted(d, n, s, e) {
            return (Quantity::Displaced, Some(k), None);
        }
        // "يقدر عددهم بـ 500 عنصر": the size of a force.
        if matches!(noun_class, Some(NounClass::Combatant)) && n.t0 > s && (n.t0.saturating_sub(3)..n.v0).any(|k| k >= s && d.w(k).starts_with(fw.count_prefix.as_str())) {
            return (Quantity::Fighters, None, None);
        }
        // "5 عناصر ... محتجزين كرهائن" is handled above; hostage nouns alone are hostages.
        if matches!(noun_class, Some(NounClass::Hostage)) && !n.few {
            return (Quantity::Hostages, None, None);
        }
        other
    }

    /// A hosting verb a few words before figure `n` ("يؤوي"، "يعيش فيه") in a sentence that
    /// names a camp or shelter, the figure counting people: the verb's token.
    fn hosted(&self, d: &Doc, n: &Num, s: usize, e: usize) -> Option<usize> {
        if n.few || n.noun.is_some_and(|(_, c)| !matches!(c, NounClass::Person | NounClass::Civilian)) {
            return None;
        }
        let k = (n.t0.saturating_sub(7).max(s)..n.t0).rev().find(|&k| {
            d.toks[k].kind == TokenKind::Word && cands(d.w(k)).no_article().any(|c| self.data.host_verbs.contains(c))
        })?;
        // words only between: "فيه"، "حاليا"، the host itself ("تستضيف مراكز الإيواء في المدينة")
        if (k + 1..n.t0).any(|j| d.toks[j].kind != TokenKind::Word || self.form_at(d, j).is_some()) {
            return None;
        }
        let has = |set: &data::HashSet<String>| (s..e).any(|j| cands(d.w(j)).find_in(set).is_some());
        (has(&self.data.camp_words) || has(&self.data.camp_words_weak) && has(&self.data.displaced_words)).then_some(k)
    }

    fn is_negator(&self, w: &str) -> bool {
        // negators are short words: no lookup for the rest
        w.len() <= self.data.zero_neg_max
            && w.chars().next().is_some_and(|c| self.data.zero_neg_first.contains(&c))
            && (self.data.zero_neg.contains(w) || w.strip_prefix('و').is_some_and(|x| self.data.zero_neg.contains(x)))
    }

    /// Stated zeros in tokens `[s, e)`: (the toll word's token, kind). "لم تسجل وفيات"،
    /// "دون إصابات"، "لم ترد أنباء عن سقوط ضحايا أو مصابين" (two zeros).
    fn zeros(&self, d: &Doc, s: usize, e: usize, nums: &[Num]) -> Vec<(usize, Quantity)> {
        let fw = &self.data.fw;
        let mut out: Vec<(usize, Quantity)> = Vec::new();
        for k in s..e {
            if d.toks[k].kind != TokenKind::Word || !self.is_negator(d.w(k)) {
                continue;
            }
            // "لم يقتل أحد"، "لم يتمكن أي سجين من الفرار": nobody, of any kind.
            if let Some(z) = self.nobody(d, k, e, nums) {
                if !out.iter().any(|x| x.1 == z.1) {
                    out.push(z);
                }
                continue;
            }
            let mut j = k + 1;
            while j < e.min(k + 6) {
                let t = d.toks[j];
                if t.kind == TokenKind::Number || t.kind == TokenKind::Punct && !d.is_quote(j) {
                    break;
                }
                let w = d.w(j);
                if cands(w).find_in(&self.data.zero_block).is_some() || j > k + 1 && self.is_negator(w) {
                    break;
                }
                let kind = cands(w).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                    v.iter().find(|t| t.next.is_empty() && t.needs.is_none() && matches!(t.form, Form::Noun | Form::Masdar) && self.data.zero_kinds.contains(&t.kind)).map(|t| t.kind)
                });
                if kind.is_none() && cands(w).find_in(&self.data.zero_between).is_none() {
                    break;
                }
                // "بدون نجومه المصابين": a definite toll word describes, a stated zero is indefinite
                let definite = w.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال");
                if let Some(kind) = kind.filter(|_| !definite) {
                    // a figure right after: the negation is the trigger's, not a zero
                    if nums.iter().any(|n| n.t0 > j && n.t0 <= j + 3) {
                        break;
                    }
                    if !out.iter().any(|x| x.1 == kind) {
                        out.push((j, kind));
                    }
                    // "ضحايا أو مصابين"
                    let j2 = j + 1;
                    if j2 + 1 < e && fw.either.contains(d.w(j2)) {
                        if let Some(k2) = cands(d.w(j2 + 1)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                            v.iter().find(|t| t.needs.is_none() && matches!(t.form, Form::Noun | Form::Masdar) && self.data.zero_kinds.contains(&t.kind) && t.kind != kind).map(|t| t.kind)
                        }) {
                            if !out.iter().any(|x| x.1 == k2) {
                                out.push((j2 + 1, k2));
                            }
                        }
                    }
                    break;
                }
                j += 1;
            }
        }
        out
    }

    /// A zero stated with "أحد"/"أي" after negator `k`: the trigger's token and kind.
    fn nobody(&self, d: &Doc, k: usize, e: usize, nums: &[Num]) -> Option<(usize, Quantity)> {
        let fw = &self.data.fw;
        let kind_at = |j: usize, forms: &[Form]| -> Option<Quantity> {
            let w = d.w(j);
            cands(w).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                v.iter().find(|t| t.next.is_empty() && t.needs.is_none() && forms.contains(&t.form) && t.kind != "other").map(|t| t.kind)
            })
        };
        let end = e.min(k + 8);
        let any = (k + 1..end).find(|&j| fw.any_or_one.contains(d.w(j)))?;
        if nums.iter().any(|n| n.t0 > k && n.t0 < end) || (k + 1..any).any(|j| d.toks[j].kind != TokenKind::Word) {
            return None;
        }
        // "لم يصب أحد": the verb before
        if let Some(kind) = (k + 1..any).find_map(|j| kind_at(j, &[Form::Verb])) {
            return Some((any, kind));
        }
        if !fw.any.contains(d.w(any)) || any + 1 >= e {
            return None;
        }
        // "لم يسجل أي قتيل"
        let j = any + 1;
        if let Some(kind) = kind_at(j, &[Form::Noun, Form::Masdar]) {
            return Some((j, kind));
        }
        // "لم يتمكن أي سجين من الفرار"
        let people = cands(d.w(j)).iter().find_map(|c| self.data.nouns.get(c)).is_some_and(|n| n.class.is_people());
        if people && j + 2 < e && d.w(j + 1) == fw.of {
            return kind_at(j + 2, &[Form::Masdar]).map(|kind| (j + 2, kind));
        }
        None
    }

    /// The first token of a denial in the sentence ("نفى"، "لا صحة"), if any.
    fn denial_at(&self, d: &Doc, s: usize, e: usize) -> Option<usize> {
        (s..e).find(|&k| {
            d.toks[k].kind == TokenKind::Word
                && (cands(d.w(k)).find_in(&self.data.denial).is_some()
                    || self.data.denial_phrases.iter().any(|p| {
                        k + p.len() <= e && p.iter().enumerate().all(|(q, x)| d.w(k + q) == x || q == 0 && cands(d.w(k)).iter().any(|c| c == x))
                    }))
        })
    }

    /// A kind named by the word right after the value (past "حالة"): "1284 إصابة",
    /// "812 حالة وفاة", "43 قتيلاً وجريحاً"; and the end of those words.
    fn own_kind(&self, d: &Doc, n: &Num, e: usize) -> Option<(Quantity, usize)> {
        let fw = &self.data.fw;
        let mut j = d.skip_q(n.v1, e);
        if j < e && cands(d.w(j)).find_in(&self.data.case_nouns).is_some() {
            j = d.skip_q(j + 1, e);
        }
        // "471 وإصابة 342": the masdar after و governs the next figure.
        if j >= e || d.toks[j].kind != TokenKind::Word || cands(d.w(j)).has_conj() && !self.data.triggers.contains_key(d.w(j)) {
            return None;
        }
        let scored = |w: &str, kinds: &[Quantity]| -> Option<Quantity> {
            cands(w).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                v.iter().find(|t| t.next.is_empty() && t.form != Form::Verb && kinds.contains(&t.kind)).map(|t| t.kind)
            })
        };
        let mut kind = scored(d.w(j), &[Quantity::Killed, Quantity::Wounded, Quantity::Casualties, Quantity::Displaced])?;
        let mut end = j + 1;
        // "مئات الضحايا تحت الأنقاض": maybe alive
        if kind == "killed" && j + 2 < e && cands(d.w(j)).find_in(&self.data.victim_words).is_some()
            && self.data.under_words.contains(d.w(j + 1)) && cands(d.w(j + 2)).find_in(&self.data.rubble_words).is_some()
        {
            return Some((Quantity::Casualties, j + 3));
        }
        let j2 = d.skip_q(j + 1, e);
        if j2 < e && (kind == "killed" || kind == "wounded") && (d.w(j2).starts_with(fw.and.as_str()) || d.w(j2) == fw.or) {
            let other = if kind == "killed" { Quantity::Wounded } else { Quantity::Killed };
            let w2 = if d.w(j2) == fw.or { d.skip_q(j2 + 1, e) } else { j2 };
            // "قتيلاً وجريحاً" is one figure; "30 قتيلاً وإصابة 3 آلاف" is two.
            if w2 < e && !d.number_in(w2 + 1, e.min(w2 + 4)) && cands(d.w(w2)).iter().skip(usize::from(w2 == j2)).any(|c| {
                self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| t.kind == other && t.form != Form::Verb))
            }) {
                kind = Quantity::Casualties;
                end = w2 + 1;
            }
        }
        Some((kind, end))
    }

    /// A toll phrase before the figure in its clause: "عدد/حصيلة" + a toll word
    /// ("عدد القتلى"، "حصيلة ضحايا"، "عدد النازحين"); (kind, the toll word's token).
    fn toll_kind(&self, d: &Doc, n: &Num, s: usize) -> Option<(Quantity, usize)> {
        self.toll_kind_in(d, n, s, false)
    }

    /// [`Self::toll_kind`]; `across`: the toll head may stand further back in the sentence,
    /// past commas and other figures (a breakdown: "حصيلة المصابين، … في X بـ 831 حالة").
    fn toll_kind_in(&self, d: &Doc, n: &Num, s: usize, across: bool) -> Option<(Quantity, usize)> {
        // bounded, so that a run-on page stays linear
        let lo = s.max(n.t0.saturating_sub(if across { 80 } else { 20 }));
        let mut k = n.t0;
        while k > lo {
            k -= 1;
            let t = d.toks[k];
            if !across && (t.kind == TokenKind::Number || t.kind == TokenKind::Punct && !d.is_quote(k)) {
                return None;
            }
            if t.kind != TokenKind::Word || cands(d.w(k)).find_in(&self.data.toll_heads).is_none() {
                continue;
            }
            let toll_word = |j: usize| {
                cands(d.w(j)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                    v.iter().find(|t| t.next.is_empty() && matches!(t.form, Form::Noun | Form::Masdar) && matches!(t.kind, Quantity::Killed | Quantity::Wounded | Quantity::Casualties | Quantity::Displaced)).map(|t| t.kind)
                })
            };
            let mut j = d.skip_q(k + 1, n.t0);
            if j >= n.t0 {
                return None;
            }
            // "العدد المؤكد للقتلى"، "الحصيلة النهائية للضحايا": an adjective, then the toll word with «لل»
            if toll_word(j).is_none() && d.w(j).starts_with("ال") {
                if let Some(x) = (j + 1..n.t0.min(j + 3)).find(|&x| riwaya_text::lam_readings(d.w(x)).is_some_and(|r| r.conj == 0) && toll_word(x).is_some()) {
                    j = x;
                }
            }
            let Some(kind) = toll_word(j) else {
                if across {
                    continue;
                }
                return None;
            };
            // "عدد القتلى والجرحى"
            let j2 = d.skip_q(j + 1, n.t0);
            let both = j2 < n.t0 && d.w(j2).starts_with('و') && cands(d.w(j2)).iter().skip(1).any(|c| {
                self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| matches!(t.form, Form::Noun | Form::Masdar) && matches!((kind, t.kind), (Quantity::Killed, Quantity::Wounded) | (Quantity::Wounded, Quantity::Killed))))
            });
            return Some((if both { Quantity::Casualties } else { kind }, j));
        }
        None
    }

    /// A definite toll word («القتلى»، «الجرحى») a few words before the figure, no figure
    /// between: the people «منهم» points to.
    fn toll_noun_before(&self, d: &Doc, n: &Num, s: usize) -> Option<Quantity> {
        let lo = s.max(n.t0.saturating_sub(12));
        (lo..n.t0).rev().take_while(|&k| d.toks[k].kind != TokenKind::Number).find_map(|k| {
            let w = d.w(k);
            if d.toks[k].kind != TokenKind::Word || !(w.starts_with("ال") || w.starts_with("وال")) {
                return None;
            }
            cands(w).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| {
                v.iter().find(|t| t.next.is_empty() && t.form == Form::Noun && matches!(t.kind, Quantity::Killed | Quantity::Wounded)).map(|t| t.kind)
            })
        })
    }

    /// "X بلغ عددها N"، "X الذين وصل عددهم إلى N": the kind X names (a toll word), with X.
    fn counted_back(&self, d: &Doc, n: &Num, s: usize) -> Option<(Quantity, Option<usize>, Option<usize>)> {
        let fw = &self.data.fw;
        let mut b = d.skip_q_back(n.t0 as isize - 1, s);
        while b > s as isize && fw.count_skip.contains(d.w(b as usize)) {
            b -= 1;
        }
        if b < s as isize + 2 || !fw.count_pronouns.contains(d.w(b as usize)) {
            return None;
        }
        let v = b as usize - 1;
        if !cands(d.w(v)).no_article().any(|c| fw.count_verbs.contains(c)) {
            return None;
        }
        let mut a = v - 1;
        if a > s && fw.relatives.contains(d.w(a)) {
            a -= 1;
        }
        let kind = cands(d.w(a)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|ts| {
            ts.iter().find(|t| t.next.is_empty() && t.form == Form::Noun && t.kind != Quantity::Other).map(|t| t.kind)
        })?;
        Some((kind, Some(a), None))
    }

    /// "تم إنقاذ 4 آخرين"، "ونجا 3": the word right before the figure saved them (or says
    /// them missing: "البحث جار عن 3 آخرين").
    fn spared(&self, d: &Doc, n: &Num, s: usize) -> bool {
        let b = d.skip_q_back(n.t0 as isize - 1, s);
        if b < s as isize {
            return false;
        }
        let b = b as usize;
        if cands(d.w(b)).find_in(&self.data.spared_words).is_some() {
            return true;
        }
        d.w(b) == self.data.fw.from && (b.saturating_sub(3).max(s)..b).any(|k| cands(d.w(k)).find_in(&self.data.search_words).is_some())
    }

    /// "بينهم"، "منهم"، "من بينهم" right before the figure: a part of the toll just given.
    fn part_cue(&self, d: &Doc, n: &Num, s: usize) -> bool {
        let b = d.skip_q_back(n.t0 as isize - 1, s);
        if b < s as isize {
            return false;
        }
        let w = d.w(b as usize);
        self.data.part_cues.contains(w) || w.strip_prefix('و').is_some_and(|x| self.data.part_cues.contains(x))
    }

    /// "بين قتيل وجريح" within a few words from `from`: the end of the phrase.
    fn between_killed_wounded(&self, d: &Doc, from: usize, e: usize) -> Option<usize> {
        let fw = &self.data.fw;
        let has = |k: usize, kind: &str, skip: usize| {
            cands(d.w(k)).iter().skip(skip).any(|c| self.data.triggers.get(c).is_some_and(|v| v.iter().any(|t| t.kind == kind && t.form == Form::Noun)))
        };
        (from..e.min(from + 4)).find(|&k| {
            d.w(k) == fw.between && k + 2 < e && d.w(k + 2).starts_with(fw.and.as_str())
                && (has(k + 1, "killed", 0) && has(k + 2, "wounded", 1) || has(k + 1, "wounded", 0) && has(k + 2, "killed", 1))
        }).map(|k| k + 3)
    }

    fn form_at(&self, d: &Doc, k: usize) -> Option<Form> {
        cands(d.w(k)).iter().find_map(|c| self.data.triggers.get(c)).and_then(|v| v.first()).map(|t| t.form)
    }

    /// A trigger at token `k` that fits figure `n`. `left`: the trigger stands before it.
    fn trigger_at(&self, d: &Doc, k: usize, n: &Num, e: usize, left: bool) -> Option<Found> {
        let fw = &self.data.fw;
        let w = d.w(k);
        let c = cands(w);
        for x in c.iter() {
            let Some(ts) = self.data.triggers.get(x) else { continue };
            // A verb takes no ب/ل/ك or article: "للأسر" is "for families", not "captured".
            let verb_ok = x.len() == w.len() || (w.len() == x.len() + 2 && (w.starts_with('و') || w.starts_with('ف')));
            for t in ts {
                if t.form == Form::Verb && !verb_ok {
                    continue;
                }
                if !left && t.form == Form::Masdar && !(k > 0 && d.w(k - 1) == fw.of) {
                    continue;
                }
                if !self.fits(d, k, t, n, e) {
                    continue;
                }
                // Negated or unreal: "لم يقتل", "كاد يودي بحياة".
                let p = d.skip_q_back(k as isize - 1, 0);
                if p >= 0 && fw.negators.contains(d.w(p as usize).strip_prefix(fw.and.as_str()).filter(|x| x.len() >= 4).unwrap_or(d.w(p as usize))) {
                    return None;
                }
                // "كاد القصف يودي بحياة": an unreal verb two words back.
                if (k.saturating_sub(3)..k).any(|j| {
                    let w = d.w(j);
                    fw.almost.contains(w.strip_prefix(fw.and.as_str()).unwrap_or(w))
                }) {
                    return None;
                }
                let mut kind = t.kind;
                // "مقتل وإصابة", "قتلى وجرحى": killed and wounded together.
                if kind == "killed" || kind == "wounded" {
                    let other = if kind == "killed" { Quantity::Wounded } else { Quantity::Killed };
                    let is_other = |j: usize| {
                        cands(d.w(j)).iter().any(|y| self.data.triggers.get(y).is_some_and(|v| v.iter().any(|t| t.kind == other)))
                    };
                    let conj = c.has_conj();
                    // "قتل وأصيب 500"، "مقتل وإصابة 14": one figure for both; "قتل 5 وأصيب 3"
                    // has a figure between, so two.
                    // "67 قتلوا وأصيب 200": the first verb has its own figure.
                    // "5 من الحوثيين وقوات صالح قتلوا وأصيب اثنان": the subject may run a few words.
                    let own_figure = |p: usize| d.number_in(p.saturating_sub(6), p);
                    let joined_before = conj && p >= 0 && is_other(p as usize) && !own_figure(p as usize);
                    let joined_after = t.form != Form::Verb && k + 1 < e && d.w(k + 1).starts_with('و') && is_other(k + 1) && !d.number_in(k + 2, e.min(k + 5));
                    if joined_before || joined_after {
                        kind = Quantity::Casualties;
                    }
                }
                // People fleeing their homes are displaced, not escaped; fighters and
                // prisoners escape, and so does anyone fleeing in an article about a prison.
                if kind == Quantity::Escaped && !matches!(n.noun, Some((_, NounClass::Prisoner | NounClass::Combatant | NounClass::Security | NounClass::Hostage))) {
                    let prison = d.mentions_prison(&self.data.prison_words);
                    // "الفارين" alone is the fugitives of a story told before: kept escaped
                    if matches!(n.noun, Some((_, NounClass::Civilian))) || !prison && t.form != Form::Participle {
                        kind = Quantity::Displaced;
                    }
                }
                // "340 محتجزا في سجون الطرفين": held in a prison, detainees.
                if kind == Quantity::Hostages && cands(d.w(k)).find_in(&self.data.held_nouns).is_some()
                    && (k + 1..e.min(k + 4)).any(|j| d.w(j) == fw.in_ && j + 1 < e && cands(d.w(j + 1)).find_in(&self.data.prison_words).is_some())
                {
                    kind = Quantity::Detainees;
                }
                let strength = if t.form == Form::Participle || (!left && t.form == Form::Noun) { Strength::Weak } else { Strength::Strong };
                return Some(Found { tok: k, kind, strength });
            }
        }
        None
    }

    fn fits(&self, d: &Doc, k: usize, t: &Trigger, n: &Num, e: usize) -> bool {
        if !t.not_next.is_empty() {
            let j = d.skip_q(k + 1, e);
            if j < e && t.not_next.iter().any(|x| x == d.w(j)) {
                return false;
            }
        }
        if !t.next.is_empty() {
            let j = d.skip_q(k + 1, e);
            let is_next = |j: usize| t.next.iter().any(|x| x == d.w(j)) || cands(d.w(j)).iter().any(|c| t.next.iter().any(|x| x == c));
            // "لقي سبعة مدنيين حتفهم": the second word may follow the figure.
            // ("باتت في العراء": the second word may follow «في»)
            let after_in = j + 1 < e && d.w(j) == self.data.fw.in_ && is_next(j + 1);
            if (j >= e || !is_next(j)) && !after_in && !(k < n.t0 && (n.t1..e.min(n.t1 + 2)).any(is_next)) {
                return false;
            }
        }
        let class = n.noun.map(|(_, c)| c);
        let people = class.map_or(true, |c| c.is_people());
        match t.kind {
            Quantity::Vehicles => {
                if class != Some(NounClass::Vehicle) {
                    return false;
                }
            }
            Quantity::Strikes => {
                if class != Some(NounClass::Strike) {
                    return false;
                }
            }
            // fighters withdraw or flee, they are not displaced
            Quantity::Displaced => {
                if !people || matches!(class, Some(NounClass::Combatant | NounClass::Security)) {
                    return false;
                }
            }
            _ => {
                if !people {
                    return false;
                }
            }
        }
        match t.needs {
            None | Some(Needs::Vehicle) => true,
            Some(Needs::Person) => people && (class.is_some() || n.pron.is_some() || n.others),
            Some(Needs::Prisoner) => class == Some(NounClass::Prisoner),
            Some(Needs::Combatant) => matches!(class, Some(NounClass::Combatant | NounClass::Security)),
            Some(Needs::Reflexive) => {
                let a = k.min(n.t0);
                (a..e.min(n.t1.max(k) + 10)).any(|j| self.data.fw.reflexive.contains(d.w(j)))
            }
        }
    }

    /// Whose people or things figure `n` counts; and the end token of the words that say so.
    #[allow(clippy::too_many_arguments)]
    fn subject(
        &self,
        d: &Doc,
        refs: &[Ref],
        n: &Num,
        kind: Quantity,
        trig: Option<usize>,
        s: usize,
        e: usize,
        chain: &[attribution::Src],
        prev: &Option<(Quantity, Option<String>)>,
        subject_of: &dyn Fn(&str) -> Option<String>,
    ) -> (Option<String>, Option<usize>) {
        let fw = &self.data.fw;
        // "قطعوا رؤوس 6 من الضحايا": the victims of the toll just told
        let of_toll = {
            let j = d.skip_q(n.t1, e);
            j + 1 < e && d.w(j) == fw.of && fw.victims_back.contains(d.w(j + 1))
        };
        if n.pron.is_some() || n.others || of_toll {
            if let Some((_, Some(subj))) = prev {
                return (Some(subj.clone()), None);
            }
            // «نحو 200 ألف نازح …، وأن 11 منهم توفوا»: the displaced who died or were hurt
            // are civilians, though their count said nothing of whose people they are
            if n.pron.is_some() && kind != "displaced" && prev.as_ref().is_some_and(|(k, _)| *k == "displaced") {
                return (Some("civilians".to_string()), None);
            }
        }
        let class = n.noun.map(|(_, c)| c);
        // A camp's people are civilians.
        if kind == "displaced" && trig.is_some_and(|t| cands(d.w(t)).no_article().any(|c| self.data.host_verbs.contains(c))) {
            return (Some("civilians".to_string()), None);
        }
        // "أعلن الجيش مقتل 3 من جنوده"، "قالت الحركة إن 6 من عناصرها قتلوا": the speaker's own
        // people (else the body the sentence is about).
        if let Some((nk, c)) = n.noun.filter(|(_, c)| matches!(c, NounClass::Combatant | NounClass::Security | NounClass::Prisoner)) {
            let o = d.orig_text(nk, nk + 1);
            let own = fw.object_suffixes.iter().any(|p| o.strip_suffix(p.as_str()).is_some_and(|x| self.data.noun(&riwaya_text::normalize_str(x)).is_some_and(|y| y.class == c)));
            if own {
                let speaker = chain.last().and_then(|x| x.entity.as_deref()).filter(|e| refs.iter().any(|r| &r.entity == e && r.is_body()));
                // "أعلنت X أنها كبدت الجيش خسائر، وقتلت 40 من جنوده": a verb right before the
                // figure that says its doer (-ت، -وا، -نا) makes the speaker the killer; the
                // pronoun is the other body named before it in the sentence.
                let doer = trig.filter(|&t| t < n.t0 && d.skip_q(t + 1, e) == n.t0 && self.form_at(d, t) == Some(Form::Verb)).is_some_and(|t| {
                    let w = d.w(t);
                    fw.doer_endings.iter().any(|x| w.ends_with(x.as_str()))
                });
                if let Some(other) = speaker.filter(|_| doer).and_then(|sp| {
                    let (lo, hi) = (refs.partition_point(|r| r.a < s), refs.partition_point(|r| r.a < n.v0));
                    refs[lo..hi].iter().rev().find(|r| r.b <= n.v0 && r.is_body() && r.entity != sp).map(|r| r.entity.as_str())
                }) {
                    if let Some(sj) = subject_of(other) {
                        return (Some(sj), None);
                    }
                }
                let body = speaker.or_else(|| refs.iter().find(|r| r.a >= s && r.b <= n.v0 && r.is_body() && agentive(d, &self.data, r)).map(|r| r.entity.as_str()));
                if let Some(sj) = body.and_then(subject_of) {
                    return (Some(sj), None);
                }
            }
        }
        // "قالت الشرطة إن 4 من رجالها أصيبوا": the men of the body speaking are its force.
        if let Some((nk, NounClass::Civilian)) = n.noun {
            let w = d.w(nk);
            if fw.object_suffixes.iter().any(|p| w.strip_suffix(p.as_str()).is_some_and(|x| cands(x).iter().any(|c| self.data.force_men.contains(c)))) {
                let speaker = chain.last().and_then(|x| x.entity.as_deref()).filter(|e| refs.iter().any(|r| &r.entity == e && r.is_body()));
                let body = speaker.or_else(|| refs.iter().find(|r| r.a >= s && r.b <= n.v0 && r.is_body() && agentive(d, &self.data, r)).map(|r| r.entity.as_str()));
                return (body.and_then(subject_of), None);
            }
        }
        // "ثلاثة جنود إسرائيليين"، "أربعة عسكريين روس": soldiers of a nationality are that
        // country's forces (nationalities.tsv).
        if let Some((nk, NounClass::Security)) = n.noun {
            let a = d.skip_q(nk + 1, e);
            if a < e && d.toks[a].kind == TokenKind::Word {
                let forces = cands(d.w(a)).iter().find_map(|c| self.data.nationality.get(c)).cloned().flatten();
                if let Some(sj) = forces.as_deref().and_then(subject_of) {
                    return (Some(sj), Some(a + 1));
                }
            }
        }
        // The victims' own word: "أطفال"، "موظفي الإغاثة"، "الكوادر الطبية" (subjects.tsv).
        if let Some((nk, NounClass::Civilian)) = n.noun {
            // "آلاف النازحين": the noun that names the displacement says nothing of whose
            // people they are (a camp's people, "300 ألف مدني نزحوا", say more).
            let hosted = (n.t0.saturating_sub(3).max(s)..n.t0).any(|k| cands(d.w(k)).no_article().any(|c| self.data.host_verbs.contains(c)));
            if kind == "displaced" && !hosted && cands(d.w(nk)).iter().any(|c| self.data.displaced_words.contains(c)) {
                return (None, None);
            }
            let label = numbers::victim_phrase(d, &self.data, nk, e).map(|x| x.0).or_else(|| self.data.victim_label(d.w(nk)));
            return (Some(label.unwrap_or("civilians").to_string()), None);
        }
        // A dual of the victims' word is its own noun ("بينهم طفلان"، "وامرأتان").
        if n.noun.is_none() && n.v1 == n.v0 + 1 {
            let w = d.w(n.v0);
            let one = ["ان", "ين"].iter().find_map(|x| w.strip_suffix(x)).filter(|x| x.chars().count() >= 3).map(|x| match x.strip_suffix('ت') {
                Some(y) => format!("{y}ه"),
                None => x.to_string(),
            });
            if let Some(label) = one.and_then(|x| self.data.victim_label(&x)) {
                return (Some(label.to_string()), None);
            }
        }
        // Named after the figure: "من داعش", "من صفوف ميليشيا قسد", "لقوات قسد", "عناصر التنظيم".
        let mut k = n.t1;
        let mut steps = 0;
        // "50 قتيلا في صفوف القوات المهاجمة": the attackers, told after the figure
        let mut attackers_after = false;
        while k < e && steps < 6 {
            if d.is_quote(k) {
                k += 1;
                continue;
            }
            let t = d.toks[k];
            if t.kind != TokenKind::Word && t.kind != TokenKind::Latin {
                break;
            }
            // "الكوادر الطبية"، "من عمال الإغاثة"، "من الدفاع المدني"
            if let Some((label, end)) = numbers::victim_phrase(d, &self.data, k, e) {
                return (Some(label.to_string()), Some(end));
            }
            if let Some(r) = refs::at(refs, k) {
                // "من موظفي منظمة X"، "من عناصر الدفاع المدني"، "ثلاثة من كوادر منظمة X" (the
                // counted noun right before the name): the staff of a humanitarian or
                // international body are civilians, not that body.
                let of = r.a >= n.t1 && r.a > 0 && {
                    let p = d.w(r.a - 1);
                    p == fw.of || self.data.noun(p).is_some_and(|x| x.class.is_people())
                };
                if of && matches!(r.kind.as_str(), "ngo" | "international_org") {
                    return (Some("civilians".to_string()), Some(r.b));
                }
                if r.is_actor() && !r.is_media() {
                    if let Some(sj) = subject_of(&r.entity) {
                        return (Some(sj), Some(r.b));
                    }
                }
                k = r.b.max(k + 1);
                steps += 1;
                continue;
            }
            let w = d.w(k);
            if cands(w).find_in(&self.data.attacker_words).is_some() {
                attackers_after = true;
                break;
            }
            // "25 شخصا من سكان الحي": the victims' word after "من"
            if k > n.t1 && d.w(k - 1) == fw.of && self.data.noun(w).is_some_and(|x| x.class == NounClass::Civilian) {
                let label = self.data.victim_label(w).unwrap_or("civilians");
                return (Some(label.to_string()), Some(k + 1));
            }
            let ranks = k + 1 < e && cands(d.w(k + 1)).iter().any(|c| c == fw.ranks);
            // "برصاص X"، "على يد X": X is the doer, not whose people died; "بحسب X" speaks.
            let c = cands(w);
            if (fw.subject_stops.contains(w) || fw.boundary.contains(w) && w != fw.subject_relative || c.find_in(&self.data.agent_words).is_some() || c.find_in(&self.data.preps).is_some())
                && !ranks
            {
                break;
            }
            if w != fw.of && self.form_at(d, k).is_some_and(|f| f != Form::Noun) {
                break;
            }
            steps += 1;
            k += 1;
        }
        // "صد هجوما لقوات X، وأسفرت المعركة عن سقوط 50 قتيلا في صفوف القوات المهاجمة": the
        // armed side last named in the sentence that is not the speaker.
        if attackers_after {
            let speakers: Vec<&str> = chain.iter().filter_map(|c| c.entity.as_deref()).collect();
            let cand = refs
                .iter()
                .rev()
                .filter(|r| r.b <= n.v0 && r.a >= s && r.is_armed() && !speakers.contains(&r.entity.as_str()))
                .find_map(|r| subject_of(&r.entity));
            // (none in the sentence: the context below, as for «من المهاجمين» before it)
            if cand.is_some() {
                return (cand, None);
            }
        }
        // Named before the figure in a toll phrase: "حصيلة القتلى في صفوف التنظيم 45",
        // "عدد القتلى المدنيين إلى 32"، "عدد الضحايا من الأطفال 20".
        let toll = trig.filter(|&t| t < n.t0).or_else(|| self.toll_kind(d, n, s).map(|x| x.1));
        if let Some(t) = toll {
            for k in t + 1..n.t0.min(t + 5) {
                let w = d.w(k);
                if d.toks[k].kind != TokenKind::Word || w == fw.in_ || fw.subject_stops.contains(w) && w != fw.of {
                    break;
                }
                if let Some((label, _)) = numbers::victim_phrase(d, &self.data, k, n.t0) {
                    return (Some(label.to_string()), None);
                }
                if self.data.noun(w).is_some_and(|x| x.class == NounClass::Civilian) {
                    return (self.data.victim_label(w).map(str::to_string).or(Some("civilians".to_string())), None);
                }
            }
            for k in t + 1..n.t0 {
                if cands(d.w(k)).iter().any(|c| c == fw.ranks) {
                    if let Some(r) = refs::at(refs, d.skip_q(k + 1, n.t0)).filter(|r| r.is_actor() && !r.is_media()) {
                        if let Some(sj) = subject_of(&r.entity) {
                            return (Some(sj), None);
                        }
                    }
                }
            }
        }
        match class {
            Some(NounClass::Civilian) => return (Some("civilians".to_string()), None),
            Some(NounClass::Hostage) | Some(NounClass::Vehicle) | Some(NounClass::Person) | Some(NounClass::Thing) => {
                return (None, None)
            }
            Some(NounClass::Strike) => {
                // The side that strikes: the first actor named before the figure.
                let a = refs.iter().find(|r| r.a >= s && r.b <= n.v0 && r.is_body() && agentive(d, &self.data, r));
                return (a.and_then(|r| subject_of(&r.entity)), None);
            }
            _ => {}
        }
        if kind == "vehicles" || kind == "strikes" {
            return (None, None);
        }
        // From context: the armed group last named, not the agent of a hostile act nor the
        // side that speaks.
        let mut excluded: Vec<&str> = Vec::new();
        let frees_own = trig.is_some_and(|t| {
            cands(d.w(t)).iter().any(|c| {
                self.data.triggers.get(c).is_some_and(|v| v.iter().any(|x| x.kind == kind && x.needs == Some(Needs::Prisoner)))
            })
        });
        for c in chain.iter().filter(|_| !frees_own) {
            if let Some(ent) = &c.entity {
                if refs.iter().any(|r| r.a == c.a && r.b == c.b) {
                    excluded.push(ent);
                }
            }
        }
        let limit = trig.unwrap_or(n.v0).min(n.v0);
        // "قتل 50 من المهاجمين": the attackers, not the doer of the killing, are whose dead.
        let attackers = attackers_after || n.noun.is_some_and(|(k, _)| cands(d.w(k)).find_in(&self.data.attacker_words).is_some());
        if HOSTILE.contains(&kind) && !attackers {
            if let Some(r) = refs.iter().find(|r| r.a >= s && r.b <= limit && r.is_body() && agentive(d, &self.data, r)) {
                excluded.push(&r.entity);
            }
        }
        // A toll takes its side from context only for people of a side (fighters, soldiers,
        // prisoners): a bare toll ("ارتفعت الحصيلة إلى 593") says nothing of whose dead they are.
        if matches!(kind, Quantity::Killed | Quantity::Wounded | Quantity::Casualties | Quantity::Displaced)
            && n.pron.is_none()
            && !attackers_after
            && !matches!(class, Some(NounClass::Combatant | NounClass::Security | NounClass::Prisoner))
        {
            return (None, None);
        }
        let si = d.sent_of(n.v0);
        let from = d.sents[si.saturating_sub(CONTEXT_SENTENCES)].0;
        // Soldiers, police and guards belong to a state force, never to the group last named.
        let security = class == Some(NounClass::Security);
        let cand = refs
            .iter()
            .rev()
            .filter(|r| r.b <= n.v0 && r.a >= from && r.is_armed() && !excluded.contains(&r.entity.as_str()))
            .filter(|r| !security || r.kind == "state_force")
            .find_map(|r| subject_of(&r.entity));
        (cand, None)
    }
}

/// Whether a reference can be the doer of its clause: not inside a prepositional phrase
/// ("لقسد"، "لعناصر التنظيم"، "من داعش"، "ضد التنظيم").
fn agentive(d: &Doc, data: &Data, r: &Ref) -> bool {
    let first = d.w(r.a);
    if (first.starts_with('ل') || first.starts_with('ب')) && !first.starts_with("ال") {
        return false;
    }
    let p = d.skip_q_back(r.a as isize - 1, 0);
    if p < 0 {
        return true;
    }
    let w = d.w(p as usize);
    if data.fw.agent_blockers.contains(w) {
        return false;
    }
    // construct after a prepositional noun: "لعناصر التنظيم", "بمساندة التحالف"
    !(w.starts_with('ل') && !w.starts_with("ال") && w.chars().count() > 3)
}

/// Two names of one source: the words of the shorter, articles dropped, are all in the
/// longer ("الوزارة" and "وزارة الصحة اللبنانية"). `names`: the article's names that begin
/// with ل, normalised («للبنان» is ل + لبنان where «لبنان» is named).
fn same_source(a: Option<&String>, b: Option<&String>, names: &[String]) -> bool {
    let words = |s: &str| -> Vec<String> {
        riwaya_text::normalize_str(s)
            .split(|c: char| !riwaya_text::chars::is_alphanumeric(c))
            .filter(|w| !w.is_empty())
            // "للأناضول" is "الأناضول" after a preposition, "للجنة" is "اللجنة"
            .map(|w| match riwaya_text::lam_readings(w).filter(|r| r.conj == 0) {
                Some(r) => r.chosen_knowing(|x| names.iter().any(|n| n == x)).to_string(),
                None => {
                    // "لحقوق الإنسان" and "حقوق الإنسان": one glued preposition dropped
                    // (not the ل of a name: «لبنان»)
                    let w = w.strip_prefix(['و', 'ب', 'ل']).filter(|x| x.len() >= 6 && !names.iter().any(|n| n == w)).unwrap_or(w);
                    w.strip_prefix("ال").filter(|x| x.len() >= 4).unwrap_or(w).to_string()
                }
            })
            .collect()
    };
    match (a, b) {
        (Some(a), Some(b)) => {
            let (wa, wb) = (words(a), words(b));
            let (small, big) = if wa.len() <= wb.len() { (wa, wb) } else { (wb, wa) };
            !small.is_empty() && small.iter().all(|w| big.contains(w))
        }
        _ => a == b,
    }
}

/// The sentence stored with a figure, at most this long: a run-on "sentence" (a page with
/// no full stop) keeps a window around the figure, so that N figures in it do not copy it
/// N times (a 3.9 MB one-sentence article took 20 s, mostly copying).
const MAX_SENTENCE_BYTES: usize = 4096;

/// `text[s0..s1]`, or the window of it around `bs..be` when it is over the limit.
fn evidence(text: &str, s0: usize, s1: usize, bs: usize, be: usize) -> &str {
    if s1.saturating_sub(s0) <= MAX_SENTENCE_BYTES || bs < s0 || be > s1 {
        return &text[s0..s1];
    }
    let half = MAX_SENTENCE_BYTES / 2;
    let (mut a, mut b) = (bs.saturating_sub(half).max(s0), be.saturating_add(half).min(s1));
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    &text[a..b]
}

/// Adds `c` unless it repeats a claim; the index of the claim that stands for it.
fn push_dedup(out: &mut Vec<Claim>, c: Claim, names: &[String], headline_end: usize) -> Option<usize> {
    if c.quantity != "other" {
        // A headline's figure told again in the body, with what the headline leaves out:
        // its subject («اعتقال 9 إرهابيين» / «… من عصابات داعش») or its hedge («15 قتيلا» /
        // «15 شخصا على الأقل»). One claim, the body's words.
        let told_again = |x: &Claim| {
            x.start < headline_end && c.start >= headline_end && x.quantity == c.quantity && !x.denied && !c.denied
                && (x.subject == c.subject || x.subject.is_none() || c.subject.is_none())
                && (x.low == c.low && x.high == c.high || !x.approx && !x.vague && x.low == x.high && x.low == c.low && c.high.is_none()
                    // «أكثر من ألفي قتيل» over the body's 2053: the headline's open range holds it
                    || x.high.is_none() && x.low.is_some_and(|l| c.low.is_some_and(|v| v > l) && c.high == c.low))
                && (x.attribution.is_empty() || c.attribution.is_empty() || same_source(x.attribution.last(), c.attribution.last(), names))
        };
        if let Some(h) = out.iter().position(|x| told_again(x) && (x.subject != c.subject || x.high != c.high)) {
            let x = &mut out[h];
            let subject = x.subject.take();
            let kept = (x.attribution.len() > c.attribution.len()).then(|| (std::mem::take(&mut x.attribution), std::mem::take(&mut x.sources)));
            *x = c;
            x.subject = x.subject.take().or(subject);
            if let Some((a, s)) = kept {
                x.attribution = a;
                x.sources = s;
            }
            return Some(h);
        }
        if let Some((i, x)) = out.iter_mut().enumerate().find(|(_, x)| {
            // one claim per (quantity, value, source): a headline without a source joins the body
            x.quantity == c.quantity && x.low == c.low && x.high == c.high && x.subject == c.subject
                && (x.attribution.is_empty() || c.attribution.is_empty() || same_source(x.attribution.last(), c.attribution.last(), names)
                    // one outlet's relay told once with its source and once without
                    || x.attribution.iter().any(|a| c.attribution.iter().any(|b| same_source(Some(a), Some(b), names))))
        }) {
            if x.attribution.len() < c.attribution.len() {
                x.attribution = c.attribution;
                x.sources = c.sources;
            }
            return Some(i);
        }
    } else if out.iter().any(|x| x.quantity == "other" && x.text == c.text && x.low == c.low) {
        return None;
    }
    out.push(c);
    Some(out.len() - 1)
}
