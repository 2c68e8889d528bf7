//! Riwaya's event extraction: what an article says happened (per `spec/events.md`), who
//! did it, where, when, and who says so.
//!
//! [`EventExtractor::extract`] reads one cleaned article with its entity mentions and
//! resolved time expressions:
//!
//! 1. **Triggers** (`data/events/triggers.toml`): verbs (active and passive, which fold to
//!    the same letters), verbal nouns and fixed phrases, each with its event type, found
//!    with one Aho-Corasick pass over the folded article and kept when the letters around
//!    them are affixes of their part of speech (و ف س and the person prefixes and subject
//!    and object suffixes of verbs; و ف ب ك ل ال and endings and pronouns of nouns). All
//!    further work happens only in the sentences that hold a trigger.
//! 2. **Assertion**: a verb asserts an event unless a negation, an attempt, a prevention or
//!    a purpose stands before it ("محاولة هروب"، "لمنع هروب"، "لم تسيطر"). A definite verbal
//!    noun ("الهجوم"، "هجومها"، "هجوم داعش") refers back to a known happening and asserts
//!    one only when a support verb ("شنت"، "نفذت"، "تمت"، "أعلنت") or a word of continuation
//!    ("ما تزال الاشتباكات مستمرة") governs it; an indefinite one ("غارات"، "حملة اعتقالات")
//!    asserts it. Status assertions are events too: "يسيطرون على" (takeover),
//!    "استعادت السيطرة بالكامل" (control), "ما تزال الاشتباكات مستمرة" (clash).
//!    A definite noun is asserted too when a relative verb names its doer ("القصف الذي شنه
//!    …"), its subject undergoes it ("تعرض المستشفى لهجوم"), someone is accused of it or
//!    responsible for it, an adjective of relation names its doer ("القصف الإسرائيلي"), or it
//!    is counted ("عشرات الغارات"), it is a strike at a named place ("الهجوم على مخيم X"), or
//!    its doer or object is named after a word of time or cause ("بعد سيطرة X على …"، "إثر
//!    اقتحامها المستشفى"), or it stands between named parties ("القصف المتبادل بين الجيش و…").
//!    A happening remembered ("في ذكرى انفجار المرفأ"), expected ("هجوم وشيك"، "يتوقع أن
//!    تشن"), intended (ل + verbal noun: "لاستعادة المدينة"), feared ("تخشى المنظمات من موجة
//!    نزوح") or denied ("نفى الجيش أن تكون قواته قد قصفت السوق") is none; so is what is
//!    decided and not yet done ("قررت السلطات هدم المبنى"; a curfew or siege decided is
//!    imposed), what happens as a rule ("غالبا ما تتعرض لغارات"), a negation with its
//!    conjunction ("ولم تقصف"). An attack foiled but launched ("أحبطت هجوما شنته X") is told.
//!    So is nothing recalled ("ويستذكر السكان …"), of a past year or years ago just before it
//!    ("قد شهدت في عام 2022 تفجيرا"، "قبل عامين"), ordered ("أمرت بهدم"), or in other
//!    articles' headlines under a related-links label ("اقرأ أيضا:"، "روابط ذات صلة"), nor
//!    what happens now and then ("بين حين وآخر"), in a month of a past year ("اعتداءات أكتوبر
//!    2002"), nor a cordon of an incident's scene ("طوقت الشرطة موقع الانفجار"، "… ومنعت
//!    المارة من الاقتراب"), which is no siege. Nor a count of times with a clause on it
//!    ("المرة الثالثة التي يتعرض فيها المخيم لهجوم"), what goes on for years ("وتشهد
//!    المخيمات منذ سنوات عمليات خطف"), what is done as a rule ("غارات منتظمة"، "التي تقول إن
//!    قواتها تستهدف"), a clause of «حين» on a past year ("أجواء العام الماضي، حين شنت").
//!    Raiders of an act told before who flee ("… قبل أن يفروا") escape nothing.
//!    Surrender, escape, hostage taking and release told with a figure are claims, not events.
//! 3. **Type** from the trigger; strikes that do not say their kind ("استهدف"، "قصف") take it
//!    from the clause: aircraft → `air_strike`, car bombs and suicide attackers → `bombing`,
//!    artillery and rockets → `shelling`; an explosion or a massacre with no such cue is an
//!    accident (nothing) or an `attack`. A takeover that is announced, complete or
//!    regained ("أعلنت السيطرة"، "بشكل كامل"، "استعادت") is `control`.
//! 4. **Agent**: the actor after the verb or the support verb ("استهدف طيران التحالف"،
//!    "ألقت قوات الأمن الداخلي … القبض"), before it ("القوات الأميركية دمّرت"), a force with a
//!    pronoun ("إن قواته استعادت" → the armed actor named last), the genitive of a verbal
//!    noun ("هجوم داعش"، "غارات لطيران التحالف"), "من قبل X", an aircraft phrase without a
//!    known name ("طائرات من طراز أباتشي الأميركية"), a person noun ("الانتحاريان"), or the
//!    subject of an earlier verb of the sentence ("… قوات قسد …، كما اشتبكت"), never a
//!    speaker ("قالت الحركة إن …"). Before those: "X مسؤول عن الهجوم" (X; with "نفى" or
//!    "لم يكن" the event is `denied`), an adjective of relation ("غارة إسرائيلية"), a
//!    relative verb ("صاروخ فاشل أطلقته X"), the accused ("اتهمت حماس إسرائيل بقصف"; the
//!    accuser is the source when no frame covers it), "قيام X بقصف …" (X). A name after ل
//!    past a noun owns that noun ("دورية للجيش"), a weapon before the verb is its subject
//!    ("عبوة ناسفة استهدفت دورية …"), who tells a bombing's dead is not its doer. A
//!    passive ("تمت إعادة السيطرة") takes the armed actor that announces it; a state's act or
//!    a release in its speaker's words ("أعلنت الشرطة أنها اعتقلت"، "…، مضيفة أنها …") the
//!    speaker; "وردت X بغارات" X; a suffix subject after "بعد أن" the sentence's first
//!    subject; a letter spelled in Arabic keeps its number ("حركة إم 23"); a detachment of a
//!    force ("قوة من الدرك") the force; a plural verb the people named by what they do a
//!    little before it ("مسلحين يشتبه في انتمائهم إلى X هاجموا"). Authorities or rescuers who
//!    evacuate people are no doers of a displacement. `None` otherwise.
//! 5. **Place**: the first place after the trigger in its clause, a facility or quarter
//!    before a town or country: lexicon places and head-noun phrases ("مبنى معهد …"،
//!    "الأحياء المجاورة للسجن"، "بوابات السجن"); else the nearest before it; else what
//!    underwent it ("تعرض مستشفى … للقصف"); else the article's most named place. A bare
//!    kind ("قرى في منطقة X") yields to the named place after it; a dateline is no place. A
//!    place told by a pronoun ("في محيطها") is the one named last before it (that sentence,
//!    else the one before); with no place the lexicon knows, the article is set at its
//!    dateline. A site whose genitive names its people ("منازل المواطنين في حي X") yields to
//!    the named place after it; a kind of site before outskirts named by heads alone ("مخيم
//!    للنازحين في ضواحي المدينة") is the place; a verb with و after a comma goes on where the
//!    clause before it was.
//! 6. **Date**: the time expression nearest the trigger in its sentence, else the
//!    publication date. **Attribution**: the chain of the frame covering the
//!    trigger (as for figures), from [`riwaya_claims::attribution::Attributor`] (see [`attribution`]).
//! 7. **One event per happening**: events of the same type whose agents and places agree
//!    (the same entity, or one side unknown) are one; the account kept is the one with the
//!    longest attribution chain, a verb before a noun, the first before later ones. Competing
//!    accounts stay apart: an accusation or responsibility never absorbs an account with no
//!    doer, nor does an account with a doer absorb one from another source with none. A
//!    strike told by a word that does not say its kind ("استهدف"، "مجزرة") joins the
//!    article's specific strike at the same place. People named by what they do ("مسلحون"،
//!    "المهاجمين") name no party: told again, they are the doer of the happening told before.
//!    A headline's happening told again in the body, whose clause names the headline's town
//!    around its own site (or, with no named place, the body's one such happening; or, when its
//!    place is a province or named in the lede's paragraph, the lede's one such happening), is
//!    the body's event; a named place is kept over a headline's bare head. Storming to retake
//!    a place is the control told right after it; a soft attack on the site a fire was set to
//!    is the arson. A doer told by a nisba ("مسيرة حوثية") is the party it names, an aircraft
//!    with no owner ("طائرة عسكرية") no party; a headline's «الهجوم» over a body that tells a
//!    bombing and no attack is that bombing. Another strike on the same place stays apart:
//!    one told as another ("غارات أخرى"), or dated by its own words to a day, week or month
//!    gone by ("الخميس الماضي"، "الشهر الماضي") that the other's day is not in.
//!
//! [`EventExtractor::extract_traced`] also returns what each rule dropped (a trigger refused
//! and the rule that refused it, a candidate folded into another): `examples/drops.rs`
//! counts them over a folder, to check each filter on real text; `examples/events_probe.rs` prints
//! the events and drops of each line of stdin.
//!
//! Statements (condemnations, warnings, calls: حذّر، أدان، دعا، طالب، أشاد، ندّد) come out
//! as `statement` events with their speaker as agent.

mod affix;
pub mod attribution;
mod data;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use affix::bare;
use aho_corasick::AhoCorasickKind;
use std::cell::OnceCell;
use data::{Data, Grammar, Pos};
use riwaya_model::{DateMention, EntityRef, Event, EventKind, Mention};
use riwaya_text::{tokens, Normalized, TokenKind};
use std::collections::{HashMap, HashSet};

/// Actor kinds that act in events.
const ARMED: [&str; 3] = ["armed_group", "state_force", "international_org"];
const ACTORS: [&str; 7] = ["armed_group", "state_force", "international_org", "government_body", "party", "person", "ngo"];
const PLACES: [&str; 27] = [
    "country", "governorate", "city", "town", "village", "district", "neighbourhood", "prison", "camp", "school",
    "university", "college", "institute", "bakery", "cemetery", "roundabout", "hospital", "mosque", "building",
    "airport", "base", "border_crossing", "region", "river", "dam", "field", "place",
];
const BROAD: [&str; 6] = ["country", "governorate", "city", "town", "village", "region"];
/// A state's acts: a state body that announces or imposes them is their doer.
const STATE_ACTS: [&str; 4] = ["curfew", "siege", "arrest", "control"];
/// Event types with no object to name.
const NO_TARGET: [&str; 5] = ["displacement", "escape", "surrender", "curfew", "clash"];
/// Event types whose adjective of relation names the people it befell, not its doer.
const NO_NISBA: [&str; 6] = ["displacement", "escape", "surrender", "release", "curfew", "statement"];

/// Finds the events an article reports.
pub struct EventExtractor {
    data: Data,
    ac: AhoCorasick,
    attributor: attribution::Lookup,
}

impl Default for EventExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// A trigger read that gave no event, or a candidate folded into another, and why
/// ([`EventExtractor::extract_traced`]).
#[derive(Debug, Clone)]
pub struct Dropped {
    /// The rule: a filter of one trigger ("negation", "conditional", "definite_not_asserted"…)
    /// or a merging step ("merged", "folded_soft"…).
    pub rule: &'static str,
    /// The trigger's words (for a merged candidate, its event's words).
    pub trigger: String,
    /// Byte span in the article's text.
    pub start: usize,
    pub end: usize,
}

/// A trigger found in the folded text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    form: usize,
    /// Word span of the whole form (folded bytes).
    ws: usize,
    we: usize,
    article: bool,
    pronoun: bool,
    /// A subject pronoun in the verb ("هاجموا"): the words after it are not its subject.
    subj_suffix: bool,
    /// A verb's tense (perfect for nouns).
    mood: affix::Mood,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    os: usize,
    oe: usize,
    kind: TokenKind,
}

/// A candidate event before merging.
#[derive(Debug, Clone)]
struct Cand {
    kind: EventKind,
    agent: Option<EntityRef>,
    /// Who or what it was done to ("قصف التحالف مواقع داعش" → داعش).
    target: Option<EntityRef>,
    place: Option<EntityRef>,
    date: Option<String>,
    date_from_text: bool,
    sent: usize,
    start: usize,
    end: usize,
    /// Where its trigger starts: the attribution is the frame covering it.
    trig: usize,
    verbal: bool,
    /// The trigger itself is a verb.
    finite: bool,
    /// A source's frame opens only after the trigger: the outlet's own account.
    own_voice: bool,
    /// Governed by an announcement ("أعلنت قوات الأسايش حظراً للتجول"): the announcer is the doer.
    performative: bool,
    /// The agent is to be the armed actor announcing it (a passive, or "أعلنت X أنها سيطرت").
    announcer: bool,
    /// Who accuses the doer ("اتهم الجيش الميليشيا بمهاجمة …"): the source when no frame covers it.
    accuser: Option<String>,
    /// Told by a word that does not say its kind ("استهدف"، "قصف"، "مجزرة"، "انفجار").
    soft: bool,
    /// Its doer denies it ("نفى الجيش مسؤوليته عن الهجوم").
    denied: bool,
    /// Its doer is one party's claim (an accusation, a responsibility): an account that
    /// names no doer is not merged into it.
    claimed: bool,
    /// Its doer claims it ("تبنى التنظيم الهجوم"، "أعلنت الجماعة مسؤوليتها عن التفجير"): the
    /// doer of a happening the article tells, not another one.
    self_claim: bool,
    /// Strikes told as going on ("يواصل الجيش غاراته"): a campaign, not one of its strikes.
    ongoing: bool,
    /// A strike told again with its doer ("هجوم التنظيم على السجن"): folded into the one the
    /// article reports without lending it a doer (the article's own account decides).
    told_again: bool,
    /// "أسفر الهجوم عن …": the strike the article reports, wherever its place is read.
    with_toll: bool,
    /// "غارات أخرى"، "هجوم آخر": told as another happening than the one before it.
    another: bool,
    /// Its own words date it back from the report ("الخميس الماضي"، "الشهر الماضي").
    dated_back: bool,
    /// Told by where it was fired from ("مواقع أطلقوا منها القذائف"): the strike told
    /// elsewhere in the article, wherever that was.
    origin: bool,
    attribution: Vec<String>,
}

impl EventExtractor {
    pub fn new() -> Self {
        let data = Data::embedded();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(data.forms.iter().map(|f| f.text.as_str()))
            .expect("trigger automaton");
        EventExtractor { data, ac, attributor: attribution::Lookup::new() }
    }

    /// The events of one article. `text`: the cleaned article; `mentions`: its entity
    /// mentions (nested ones are fine: the outermost are used); `dates`: its resolved time
    /// expressions; `published`: its publication date (`YYYY-MM-DD`).
    pub fn extract(&self, text: &str, mentions: &[Mention], dates: &[DateMention], published: Option<&str>) -> Vec<Event> {
        let ments = outermost(mentions);
        let doc = riwaya_text::Document::new(text);
        self.extract_doc(&riwaya_claims::Doc::over(&doc, &ments), dates, published)
    }

    /// [`EventExtractor::extract`] with what each rule dropped: the triggers read that gave
    /// no event (and the rule that refused them), and the candidates folded into another
    /// by the merging steps. For counting what the filters cost; not used by the pipeline.
    pub fn extract_traced(&self, text: &str, mentions: &[Mention], dates: &[DateMention], published: Option<&str>) -> (Vec<Event>, Vec<Dropped>) {
        let ments = outermost(mentions);
        let doc = riwaya_text::Document::new(text);
        let mut trace = Vec::new();
        let events = self.extract_inner(&riwaya_claims::Doc::over(&doc, &ments), dates, published, Some(&mut trace));
        (events, trace)
    }

    /// [`EventExtractor::extract`] over an article's shared reading, made with its
    /// outermost mentions: the text is not folded or cut again, and the attribution
    /// frames the figures needed are reused.
    pub fn extract_doc(&self, d: &riwaya_claims::Doc, dates: &[DateMention], published: Option<&str>) -> Vec<Event> {
        self.extract_inner(d, dates, published, None)
    }

    fn extract_inner(&self, d: &riwaya_claims::Doc, dates: &[DateMention], published: Option<&str>, mut trace: Option<&mut Vec<Dropped>>) -> Vec<Event> {
        let (text, norm) = (d.orig, &d.norm);
        let mut hits = self.hits(&norm.text);
        // Other articles' headlines under "اقرأ أيضا" tell nothing of this one.
        let links = related_blocks(&norm.text, &self.data.g.related_links);
        if !links.is_empty() {
            hits.retain(|h| !links.iter().any(|&(a, b)| h.ws >= a && h.ws < b));
        }
        if hits.is_empty() {
            return Vec::new();
        }
        let ments = d.mentions();
        let sents = &d.sent_bytes;
        let mut cands = Vec::new();
        let mut h = 0;
        for (si, &(s, e)) in sents.iter().enumerate() {
            while h < hits.len() && hits[h].ws < s {
                h += 1;
            }
            let first = h;
            while h < hits.len() && hits[h].ws < e {
                h += 1;
            }
            if first == h {
                continue;
            }
            let sent = Sentence::new(norm, text, s, e, ments, &self.data.asides);
            let mut prev_agent: Option<EntityRef> = None;
            let sent_first = cands.len();
            for hit in &hits[first..h] {
                sent.why.set("no_token");
                let got = self.event(&sent, hit, ments, dates, published);
                if let (None, Some(t)) = (&got, trace.as_deref_mut()) {
                    let (os, oe) = norm.original_span(hit.ws, hit.we);
                    t.push(Dropped { rule: sent.why.get(), trigger: text[os..oe].to_string(), start: os, end: oe });
                }
                if let Some(mut c) = got {
                    c.sent = si;
                    // A verb with its subject in its suffix ("… قبل أن يختطفوا السائقين") goes on
                    // with the doer told before it.
                    if c.agent.is_none() && (sent.coordinated(hit.ws, &self.data.g) || hit.subj_suffix && c.finite) {
                        c.agent = prev_agent.clone();
                    }
                    if c.agent.is_some() {
                        prev_agent = c.agent.clone();
                    }
                    // "أحرقوا المنازل … قبل أن يفروا": the raiders of the act told before,
                    // withdrawing, escape nothing.
                    if c.kind == "escape"
                        && self.doers(&c.agent)
                        && cands[sent_first..].iter().any(|x: &Cand| x.kind != "escape" && x.kind != "statement" && x.agent.as_ref().is_some_and(|a| c.agent.as_ref().is_some_and(|b| same_ref(a, b))))
                    {
                        if let Some(t) = trace.as_deref_mut() {
                            t.push(Dropped { rule: "doers_withdraw", trigger: text[c.start..c.end].to_string(), start: c.start, end: c.end });
                        }
                        continue;
                    }
                    // One sentence telling one happening twice ("استهدف طيران التحالف … بعدة
                    // غارات جوية"): the same type with agreeing agents is one event.
                    // ("…، مضيفا أن غارة مماثلة كانت قد استهدفت مدرسة": one told as another
                    // stays apart in its sentence too.)
                    if let Some(x) = cands[sent_first..].iter_mut().find(|x: &&mut Cand| x.kind == c.kind && agree(&x.agent, &c.agent) && !apart(x, &c)) {
                        if let Some(t) = trace.as_deref_mut() {
                            t.push(Dropped { rule: "merged_in_sentence", trigger: text[c.start..c.end].to_string(), start: c.start, end: c.end });
                        }
                        // ("غارة جوية استهدفت مسلحين": a verb right after the strike's noun has
                        // the strike for its subject; the words after it are what it struck.)
                        let on_noun = !x.finite && c.finite && c.trig > x.start && text.get(x.start..c.trig).is_some_and(|t| t.split_whitespace().count() <= 2);
                        if on_noun {
                            // (the noun's doer read past that verb is what it struck)
                            let past = x.agent.as_ref().is_some_and(|a| text.get(c.trig..x.end.max(c.end)).is_some_and(|t| t.contains(a.text.as_str())));
                            if past {
                                x.agent = c.agent.clone();
                            }
                        } else if x.agent.is_none() {
                            x.agent = c.agent;
                        }
                        if x.place.is_none() {
                            x.place = c.place;
                        }
                        if x.target.is_none() {
                            x.target = c.target;
                        }
                        x.verbal |= c.verbal;
                        x.finite |= c.finite;
                        x.another |= c.another;
                        continue;
                    }
                    cands.push(c);
                }
            }
        }
        if cands.is_empty() {
            return Vec::new();
        }
        // Attribution (the frame covering each trigger, as for figures), and the announcer of
        // passives. Statements name their speaker as agent: chains only when something else
        // happened. Chains carry forward only, so the text up to the last such sentence will do.
        let chains = match cands.iter().filter(|c| c.kind != "statement").map(|c| c.sent).max() {
            Some(last) => {
                let cut = norm.original_span(sents[last].0, sents[last].1).1;
                let offs: Vec<usize> = cands.iter().map(|c| c.trig).collect();
                let mut chains = self.attributor.at_doc(d, &offs);
                for (c, ch) in cands.iter().zip(chains.iter_mut()) {
                    if c.trig >= cut {
                        ch.clear();
                    }
                }
                chains
            }
            None => Vec::new(),
        };
        let kinds: HashMap<&str, &str> = ments.iter().map(|m| (m.entity.as_str(), m.kind.as_str())).collect();
        for (ci, c) in cands.iter_mut().enumerate() {
            if let Some(ch) = chains.get(ci) {
                let mut ch: Vec<riwaya_model::Source> = if c.own_voice { Vec::new() } else { ch.clone() };
                if c.performative {
                    let same = match (ch.last().and_then(|s| s.entity.as_ref()), c.agent.as_ref().and_then(|a| a.entity.as_ref())) {
                        (Some(x), Some(y)) => x == y,
                        _ => false,
                    };
                    if same {
                        ch.pop();
                    }
                }
                c.attribution = ch.iter().map(|s| s.text.clone()).collect();
                if c.attribution.is_empty() {
                    if let Some(a) = &c.accuser {
                        c.attribution.push(a.clone());
                    }
                }
                if c.announcer && c.agent.is_none() {
                    if let Some(src) = chains[ci].last() {
                        if let Some(ent) = &src.entity {
                            if kinds.get(ent.as_str()).is_some_and(|k| ARMED.contains(k)) {
                                c.agent = Some(EntityRef { text: src.text.clone(), entity: Some(ent.clone()) });
                            }
                        }
                    }
                }
            }
        }
        let mut merged = {
            let traced = trace.is_some();
            let mut step = |rule: &'static str, before: &[Cand], after: &[Cand]| {
                if let Some(t) = trace.as_deref_mut() {
                    for c in before.iter().filter(|c| !after.iter().any(|x| x.trig == c.trig && x.kind == c.kind)) {
                        t.push(Dropped { rule, trigger: text[c.start..c.end].to_string(), start: c.start, end: c.end });
                    }
                }
            };
            let keep = |v: &Vec<Cand>| if traced { v.clone() } else { Vec::new() };
            let b0 = keep(&cands);
            let m = merge(cands, &self.data.place_heads, &self.data.agent_nouns, (&self.data.aircraft, &self.data.aircraft_kinds));
            step("merged", &b0, &m);
            let b1 = keep(&m);
            let m = fold_soft(m, &self.data.place_heads, &self.data.broad_heads, &self.data.agent_nouns);
            step("folded_soft", &b1, &m);
            let b2 = keep(&m);
            let m = fold_denials(m);
            step("folded_denial", &b2, &m);
            let b3 = keep(&m);
            let m = fold_claims(m);
            step("folded_claim", &b3, &m);
            let b5 = keep(&m);
            let m = fold_retaking(m);
            step("folded_retaking", &b5, &m);
            let b4 = keep(&m);
            let m = fold_headline(m, text, &self.data.place_heads, &self.data.agent_nouns, &self.data.g.provinces, (&self.data.aircraft, &self.data.aircraft_kinds));
            step("folded_headline", &b4, &m);
            m
        };
        the_one_doer(&mut merged, &kinds);
        fill_setting(&mut merged, ments, text);
        date_of_the_strike(&mut merged);
        merged.sort_by_key(|c| c.start);
        merged
            .into_iter()
            // Every named type was checked when the data was read; an undecided one ("") is dropped.
            .filter_map(|c| Some(Event {
                kind: c.kind,
                agent: c.agent,
                target: c.target,
                place: c.place,
                geo: None,
                date: c.date,
                text: text[c.start..c.end].to_string(),
                attribution: c.attribution,
                denied: c.denied,
                start: c.start,
                end: c.end,
            }))
            .collect()
    }

    /// People named by what they do ("المهاجمين"، "مسلحون"), no party.
    fn doers(&self, a: &Option<EntityRef>) -> bool {
        a.as_ref().is_some_and(|r| {
            let t = riwaya_text::normalize_str(r.text.trim());
            r.entity.is_none() && (self.data.agent_nouns.contains(&t) || self.data.agent_nouns.contains(bare(&t)))
        })
    }

    /// Trigger hits whose affixes fit, longest first where they overlap, in text order.
    fn hits(&self, t: &str) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        for m in self.ac.find_overlapping_iter(t) {
            let f = &self.data.forms[m.pattern().as_usize()];
            let ws = word_start(t, m.start());
            let we = word_end(t, m.end());
            let (prefix, suffix) = (&t[ws..m.start()], &t[m.end()..we]);
            let Some((article, pronoun)) = affix::check(f.pos, f.imperfect, prefix, suffix) else { continue };
            let trig = &self.data.triggers[f.trig];
            if !trig.not.is_empty() {
                let w = &t[ws..we];
                if trig.not.contains(w) || trig.not.contains(bare(w)) || trig.not.contains(&t[m.start()..we]) {
                    continue;
                }
            }
            // A form that needs a word after it ("حظر … التجول"، "فقد … منازلهم"): checked
            // here on the folded text, so common words cost no sentence analysis.
            if !trig.requires.is_empty() {
                let after = t[we..].split(|c: char| !is_arabic_letter(c)).filter(|w| !w.is_empty()).take(trig.window);
                let mut ok = false;
                for w in after {
                    if trig.requires.iter().any(|r| required_word(w, r)) {
                        ok = true;
                        break;
                    }
                }
                if !ok {
                    continue;
                }
            }
            let subj_suffix = f.pos == Pos::Verb && (suffix.starts_with('و') || suffix.starts_with("ن") || suffix == "ا" || suffix.starts_with("تم"));
            let mood = if f.pos == Pos::Verb { affix::mood_of(prefix, &f.text) } else { affix::Mood::Perfect };
            out.push(Hit { form: m.pattern().as_usize(), ws, we, article, pronoun, subj_suffix, mood });
        }
        // Longest span first at each start; verbs before nouns on a tie (VSO: "قصف الطيران").
        out.sort_by(|a, b| {
            a.ws.cmp(&b.ws)
                .then(b.we.cmp(&a.we))
                .then(self.data.forms[b.form].text.len().cmp(&self.data.forms[a.form].text.len()))
                .then((self.data.forms[a.form].pos == Pos::Noun).cmp(&(self.data.forms[b.form].pos == Pos::Noun)))
        });
        let mut kept: Vec<Hit> = Vec::with_capacity(out.len());
        for h in out {
            if kept.last().is_none_or(|k| h.ws >= k.we) {
                kept.push(h);
            }
        }
        kept
    }

    /// One candidate event from a hit, or `None` when the hit asserts nothing.
    fn event(&self, s: &Sentence, hit: &Hit, ments: &[Mention], dates: &[DateMention], published: Option<&str>) -> Option<Cand> {
        let d = &self.data;
        let form = &d.forms[hit.form];
        let trig = &d.triggers[form.trig];
        let ti = s.tok_at(hit.ws)?;
        let tj = s.tok_at(hit.we - 1)?;
        let next = s.next_word(tj + 1);
        // Words that make the form something else, or that it needs.
        if let Some(n) = next {
            if trig.not_next.contains(s.w(n)) {
                return s.no("not_next");
            }
            // "وتنفذ الولايات المتحدة غارات منتظمة": what is done as a rule.
            if d.g.as_a_rule.contains(s.w(n)) {
                return s.no("habitual");
            }
            // "هجوم وشيك"، "اقتحام محتمل": expected, not told.
            if d.prospective.contains(s.w(n)) || d.prospective.contains(bare(s.w(n))) {
                return s.no("prospective");
            }
        }
        if !trig.not_around.is_empty() {
            let lo = ti.saturating_sub(3);
            let hi = (tj + 4).min(s.toks.len());
            if (lo..hi).any(|k| (k < ti || k > tj) && (trig.not_around.contains(s.w(k)) || trig.not_around.contains(s.b(k)))) {
                return s.no("not_around");
            }
        }
        // Bare forms count ("بمخيم"، "المخيم") unless the trigger says not ("الجيش تحرير" is the
        // army announcing, "جيش تحرير" a name).
        let definite = |k: usize| {
            let w = s.w(k);
            w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w).starts_with("ال")
        };
        if !trig.not_after.is_empty()
            && (ti.saturating_sub(2)..ti).any(|k| trig.not_after.contains(s.w(k)) || (trig.not_after_definite || !definite(k)) && trig.not_after.contains(s.b(k)))
        {
            return s.no("not_after");
        }
        if !trig.requires.is_empty() {
            let ok = (tj + 1..(tj + 1 + trig.window).min(s.toks.len())).any(|k| {
                let w = s.w(k);
                trig.requires.iter().any(|r| required_word(w, r))
            });
            if !ok {
                return s.no("requires");
            }
        }
        // A term in scare quotes ("مسرحية "تسليم أنفسهم"") is named, not asserted.
        if ti > 0 && s.is_quote(ti - 1) && tj + 1 < s.toks.len() && s.is_quote(tj + 1) {
            // "أعلنت القوات "تحرير" المدينة": the announcer's word for what it announces.
            let announced = (s.clause_start(ti).max(ti.saturating_sub(7))..ti).any(|p| d.announce.contains(s.w(p)) || d.announce.contains(s.b(p)));
            if !announced {
                return s.no("scare_quotes");
            }
        }
        // Forms that need a place right before them ("مدينة الدلنج المحاصرة").
        if trig.after_place {
            let ok = ti > 0 && {
                let p = ti - 1;
                let head = |k: usize| self.data.place_heads.contains(s.b(k));
                head(p) || s.mention_at(p, ments).is_some_and(|(_, _, m)| PLACES.contains(&m.kind.as_str())) || p > 0 && head(p - 1)
            };
            if !ok {
                return s.no("after_place");
            }
        }
        // Forms that need a place right after them ("تحرير المدينة"، not "هيئة تحرير الشام").
        if trig.place_next {
            let k = s.skip_quotes(tj + 1, s.toks.len());
            let ok = (k..(k + trig.window).min(s.toks.len()))
                .take_while(|&x| !s.is_punct(x) || s.is_quote(x))
                .any(|x| self.place_at(s, x, ments).is_some());
            if !ok {
                return s.no("place_next");
            }
        }
        // Denied, tried, prevented.
        let cs = s.clause_start(ti);
        if let Some(p) = s.prev_word(ti, cs) {
            // "ولم تقصف الطائرات": a negation with its conjunction.
            let bare_neg = s.w(p).strip_prefix('و').or_else(|| s.w(p).strip_prefix('ف')).is_some_and(|w| d.negation.contains(w));
            if d.negation.contains(s.w(p)) || bare_neg {
                return s.no("negation");
            }
            if d.irrealis.contains(s.w(p)) || d.irrealis.contains(s.b(p)) {
                return s.no("irrealis_before");
            }
            if let Some(p2) = s.prev_word(p, cs) {
                if d.irrealis.contains(s.w(p2)) || d.irrealis.contains(s.b(p2)) {
                    return s.no("irrealis_before");
                }
            }
        }
        // "توعد القائد بالسيطرة على المدينة"، "هددت الحركة بقصف المطار": threatened, not done.
        let w0 = s.w(ti);
        if (w0.starts_with('ب') || w0.starts_with("وب")) && (cs.max(ti.saturating_sub(5))..ti).any(|k| d.threat.contains(s.w(k)) || d.threat.contains(s.b(k))) {
            return s.no("threat");
        }
        // "غالبا ما تتعرض المحافظة لغارات": what happens as a rule tells no happening.
        if (cs.max(ti.saturating_sub(6))..ti).any(|k| d.g.habitual.contains(s.w(k)) && k + 1 < ti && s.w(k + 1) == "ما") {
            return s.no("habitual");
        }
        // "أنقرة، التي تقول إن قواتها تستهدف إرهابيين": an imperfect told by an imperfect
        // verb of saying in a relative clause is what a party says it does as a rule.
        if form.pos == Pos::Verb
            && hit.mood == affix::Mood::Imperfect
            && (cs.max(ti.saturating_sub(5)).max(1)..ti)
                .any(|k| d.g.says_as_a_rule.contains(s.w(k)) && d.relative_pronouns.contains(s.w(k - 1)) && k + 1 < ti && d.g.that.contains(s.w(k + 1)))
        {
            return s.no("habitual");
        }
        // "إلى أجواء العام الماضي، حين شنت الجماعة عشرات الهجمات": a clause of «حين» on a
        // past year just before it tells that year.
        if cs >= 2 && (cs..ti).find(|&k| s.toks[k].kind == TokenKind::Word).is_some_and(|k| d.g.when.contains(s.w(k))) {
            let before = cs.saturating_sub(6)..cs;
            let past = before.clone().any(|k| d.past_after.iter().any(|p| k + p.len() <= cs && p.iter().enumerate().all(|(x, w)| s.w(k + x) == w)));
            if past {
                return s.no("past_year_before");
            }
        }
        // "وهذه هي المرة الثالثة التي يتعرض فيها المخيم لهجوم": how often, not a happening
        // ("للمرة الثالثة، قصفت الطائرات المخيم" is one: no relative clause on the count).
        if (cs.max(ti.saturating_sub(12))..ti).any(|k| {
            // (or a place pronoun on it: "ثاني مرة تتعرض فيها البلدة لهجوم")
            d.g.times.contains(s.w(k)) && (k + 1..(k + 6).min(ti)).any(|j| d.g.relative_subject.contains(s.w(j)) || d.g.pronoun_places.contains(s.w(j)))
        }) {
            return s.no("recurrence");
        }
        // "وتشهد المخيمات منذ سنوات عمليات قتل وخطف": what goes on for years is background.
        // ("لأول مرة منذ سنوات، شنت الطائرات غارات": the first time in years is a happening.)
        let first_time = |k: usize| (k.saturating_sub(3)..k).any(|j| d.g.times.contains(s.w(j)) || d.g.times.contains(s.b(j)) || s.w(j).ends_with("مره"));
        if (cs.max(ti.saturating_sub(6))..ti.saturating_sub(1))
            .any(|k| d.g.since.contains(s.w(k)) && (d.g.long_durations.contains(s.w(k + 1)) || d.g.long_durations.contains(s.b(k + 1))) && !first_time(k))
        {
            return s.no("for_years");
        }
        // "وتشهد العاصمة بين حين وآخر عمليات خطف": now and then, as a rule.
        if (cs.max(ti.saturating_sub(8))..ti).any(|k| d.g.now_and_then.iter().any(|p| k + p.len() <= ti && p.iter().enumerate().all(|(x, w)| s.w(k + x) == w))) {
            return s.no("habitual");
        }
        // "بعد عام على الهجوم": a happening a year or more back is background.
        if ti >= 2 && d.g.anniversary_links.contains(s.w(ti - 1)) && d.g.long_durations.contains(s.b(ti - 2)) {
            return s.no("anniversary");
        }
        // "إذا هاجمت الميليشيا المدينة"، "لو شنت القوات هجوما": a condition tells nothing.
        let whether = |k: usize| k > 0 && d.g.whether.contains(s.w(k - 1));
        if (cs.max(ti.saturating_sub(8))..ti).any(|k| (d.conditional.contains(s.w(k)) || d.conditional.contains(s.b(k))) && !whether(k)) {
            return s.no("conditional");
        }
        // "هجوم العام الماضي"، "مجزرة عام 1982": a happening of past years is background.
        if self.past_year(s, tj, published) {
            return s.no("past_year");
        }
        // "ويستذكر السكان زلزال عام 2015 الذي دمر …": recalled, in its sentence before it (a
        // bounded look: a page with no full stop is one sentence).
        if (ti.saturating_sub(30)..ti).any(|k| s.toks[k].kind == TokenKind::Word && d.g.recalling.contains(s.w(k))) {
            return s.no("recalled");
        }
        // "وكانت المدينة قد شهدت في عام 2022 تفجيرا": a past year just before it in its clause.
        if let Some(p) = published.and_then(|p| p.get(..4)).and_then(|y| y.parse::<u32>().ok()) {
            let past = (cs.max(ti.saturating_sub(5)).max(1)..ti).any(|k| {
                s.toks[k].kind == TokenKind::Number
                    && (d.g.year_words.contains(s.b(k - 1)) || d.g.fronted_in.contains(s.w(k - 1)))
                    && year_of(s.orig_text(k, k + 1)).is_some_and(|y| (1900..p).contains(&y))
            });
            if past {
                return s.no("past_year_before");
            }
        }
        // "شهدت المدينة قبل عشر سنوات حصارا"، "بغارة مماثلة قبل عامين": years ago.
        let ago = |k: usize| s.w(k) == "قبل" && (k + 1..(k + 3).min(s.toks.len())).any(|j| d.g.long_durations.contains(s.b(j)) || d.g.long_durations.contains(s.w(j)));
        let ce = s.clause_end(tj);
        // (a little further after it, past its place, when no relative clause opens between:
        // "كانت قد اختطفت في حي الكرادة وسط بغداد قبل عامين")
        let years_ago = (cs.max(ti.saturating_sub(5))..(tj + 5).min(ce)).any(ago)
            || (tj + 5..(tj + 9).min(ce)).take_while(|&k| !d.g.relative_subject.contains(s.w(k))).any(ago);
        if years_ago {
            return s.no("years_ago");
        }
        // "في ذكرى انفجار المرفأ": a happening remembered is no new report.
        if (cs.max(ti.saturating_sub(3))..ti).any(|k| d.remembrance.contains(s.w(k)) || d.remembrance.contains(s.b(k))) {
            return s.no("remembrance");
        }
        // "X مسؤول عن الهجوم" names its doer; "نفى X مسؤوليته عن الهجوم" is denied by X.
        // ("وقال المسؤول إن الأسر غادرت": the official who speaks; responsibility is "عن" it.)
        let resp = (cs.max(ti.saturating_sub(4))..ti).find(|&k| {
            let w = s.b(k);
            // ("بمحاسبة المسؤولين عن القصف": those responsible, unnamed, are no doer named.)
            let unnamed = s.w(k).contains("ال") && (s.w(k).ends_with("ين") || s.w(k).ends_with("ون"));
            !unnamed && d.responsibility.iter().any(|r| w.starts_with(r.as_str())) && (k + 1 == ti || (k + 1..(k + 3).min(ti)).any(|j| s.w(j) == "عن"))
        });
        let denial = resp.and_then(|r| (cs.max(r.saturating_sub(6))..r).find(|&k| d.denial.contains(s.w(k)) || d.denial.contains(s.b(k))));
        // "إسرائيل لم تكن مسؤولة عن الهجوم": the doer is before the negation.
        let negated = resp.and_then(|r| (cs.max(r.saturating_sub(3))..r).find(|&k| d.negation.contains(s.w(k)) || d.negation.contains(s.b(k))));
        let denied = denial.is_some() || negated.is_some();
        // "لم تعلن أي جهة مسؤوليتها عن التفجير": nobody claimed it; nothing new is told.
        if let Some(r) = resp {
            let lo = cs.max(r.saturating_sub(6));
            let conj = |w: &'_ str| w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w).to_string();
            if let Some(n) = (lo..r).find(|&k| d.negation.contains(s.w(k)) || d.negation.contains(&conj(s.w(k)))) {
                if (n + 1..r).any(|k| d.no_one.contains(s.w(k)) || d.no_one.contains(s.b(k))) {
                    return s.no("nobody_claimed");
                }
            }
        }
        // The type.
        let mut kind = trig.kind;
        if trig.generic {
            if let Some(k) = self.cue(s, ti, tj, &trig.requires) {
                kind = Some(k);
            }
        }
        // "استهدفت قوات X المعسكر"، "دخلت قوات X المدينة": with no cue, an act of force only
        // when an armed party does it (checked once the doer is known).
        let needs_armed = kind.is_none() && trig.armed_kind.is_some();
        if needs_armed {
            kind = trig.armed_kind;
        }
        let Some(mut kind) = kind else { return s.no("no_type") };
        // A two-letter stem ("فر") hides in other words ("وفر" provided, "فروة"، "سافر"): fled only
        // when from or to somewhere follows.
        // ("فر آلاف السكان سيرا على الأقدام نحو …": further after a crowd.)
        let reach = if s.next_word(tj + 1).is_some_and(|n| d.crowds.contains(s.w(n)) || d.crowds.contains(s.b(n))) { 9 } else { 6 };
        if form.text.chars().count() <= 2 && !(ti + 1..(tj + reach).min(s.toks.len())).any(|k| d.g.directions.contains(s.w(k))) {
            return s.no("two_letter_flee");
        }
        // Crowds fleeing their homes are displaced; prisoners fleeing escape.
        if kind == "escape" {
            let has = |k: usize, set: &HashSet<String>| set.contains(s.w(k)) || set.contains(s.b(k));
            let lo = ti.saturating_sub(6);
            let hi = (tj + 7).min(s.toks.len());
            let crowd = (lo..hi).any(|k| s.toks[k].kind == TokenKind::Word && has(k, &d.crowds)) || s.figure_near(ti, tj);
            // "فرار عشرات المسلحين": fighters fleeing are no displaced people.
            let displaced = crowd
                && !(lo..hi).any(|k| s.toks[k].kind == TokenKind::Word && (has(k, &d.agent_nouns) || has(k, &d.agent_heads)))
                && !(ti.saturating_sub(20)..(tj + 20).min(s.toks.len())).any(|k| s.toks[k].kind == TokenKind::Word && has(k, &d.detention));
            if displaced {
                kind = EventKind::Displacement;
            }
            // "إن المهاجمين فروا نحو الحدود": attackers getting away after their act, with no
            // prison or siege around and no place they fled from ("فر المسلحون من البلدة" is
            // told), escape nothing.
            let attackers = [ti.checked_sub(1), s.next_word(tj + 1)].into_iter().flatten().any(|k| k < s.toks.len() && s.w(k).starts_with("ال") && has(k, &d.agent_nouns));
            let from_a_place = (tj + 1..(tj + 4).min(s.toks.len())).any(|k| s.w(k) == "من");
            if !displaced && attackers && !from_a_place && !(ti.saturating_sub(20)..(tj + 20).min(s.toks.len())).any(|k| s.toks[k].kind == TokenKind::Word && has(k, &d.detention)) {
                return s.no("attackers_fled");
            }
        }
        // Support verb governing a verbal noun.
        let support = if form.pos == Pos::Noun { self.support(s, ti, cs, ments).or_else(|| self.compelled(s, ti, cs)) } else { None };
        let with_b = s.w(ti).starts_with('ب') || s.w(ti).starts_with("وب");
        let support = support.or_else(|| {
            (form.pos == Pos::Noun && with_b)
                .then(|| (cs.max(ti.saturating_sub(6))..ti).find(|&k| d.response.contains(s.w(k)) || d.response.contains(s.b(k))))
                .flatten()
        });
        let ce = s.clause_end(tj);
        // "القصف الذي شنه طيران النظام": a relative verb tells who did it, and asserts it.
        let relative = if form.pos == Pos::Noun { self.relative_agent(s, tj, ments) } else { None };
        // "تعرض المستشفى لهجوم": its subject undergoes the event, which is asserted.
        // Only when the trigger is what is undergone ("لهجوم"، "من حصار"), not a cause after
        // it ("تعرض لأضرار جراء القصف").
        let lam = {
            let w = s.w(ti);
            w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w).starts_with('ل')
        };
        let from_before = s.prev_word(ti, cs).is_some_and(|p| p + 1 == ti && s.w(p) == "من");
        let undergo_at = if form.pos == Pos::Noun && (lam || from_before) {
            // ("تعرض مخيم للنازحين في ولاية النيل الأزرق لهجوم": its subject may be long; not
            // past a relative verb: "من حصار تفرضه الحركة الشعبية لتحرير …".)
            (cs.max(ti.saturating_sub(9))..ti)
                .rev()
                .take_while(|&k| !(d.relative_verbs.contains(s.w(k)) || d.relative_plain.contains(s.w(k))))
                .find(|&k| d.undergo.contains(s.w(k)) || d.undergo.contains(s.b(k)))
        } else {
            None
        };
        let undergo = undergo_at.is_some();
        // "اتهمت حماس إسرائيل بقصف المستشفى": an accusation asserts the act (in its
        // accuser's voice), and the accused stands right before "بقصف".
        // ("اتهمت X Y بارتكاب مجزرة": the ب stands on the verbal noun of committing.)
        let committed = s.prev_word(ti, cs).filter(|&p| {
            let w = s.w(p);
            p + 1 == ti && w.strip_prefix("وب").or_else(|| w.strip_prefix('ب')).is_some_and(|x| d.commit.contains(x))
        });
        let accused_at = [Some(ti), support, committed].into_iter().flatten().find(|&k| s.w(k).starts_with('ب') || s.w(k).starts_with("وب"));
        let accused_at = accused_at.filter(|&b| {
            // ("اتهمت قوات الدعم السريع، الأحد، الجيش السوداني بقصف": a long accuser and a time between.)
            form.pos == Pos::Noun && (cs.max(b.saturating_sub(11))..b).any(|k| d.accuse.contains(s.w(k)) || d.accuse.contains(s.b(k)))
        });
        let accused = accused_at.is_some();
        // The accusing verb: its subject, between it and the accused, is the source.
        let accuse_verb = accused_at.and_then(|b| (cs.max(b.saturating_sub(11))..b).find(|&k| d.accuse.contains(s.w(k)) || d.accuse.contains(s.b(k))));
        let mut told_again = false;
        let mut toll_back = false;
        let between = (tj + 1..(tj + 4).min(ce)).find(|&k| d.g.between.contains(s.w(k)) && s.actor_at(k + 1, ments).is_some());
        if form.pos == Pos::Noun && !trig.definite {
            let inner_def = form.words > 1 && (ti + 1..=tj).any(|k| s.w(k).starts_with("ال"));
            let gen_def = form.words == 1
                && next.is_some_and(|n| {
                    let w = s.w(n);
                    // "نزوح آلاف": a number word, not the article.
                    (w.starts_with("ال") && !d.stops.contains(w) && !d.quantifiers.contains(w))
                        // ("هجوما للميليشيا": ل makes no genitive, whatever the name.)
                        || s.actor_at(n, ments).is_some_and(|(a, _, m)| a == n && s.toks[n].os == m.start && !w.starts_with("لل"))
                        || (w.chars().count() > 4 && (w.ends_with("هم") || w.ends_with("ها") || w.ends_with("هما")))
                });
            if hit.article || hit.pronoun || inner_def || gen_def {
                let cont_before = (cs..ti).rev().take(3).any(|k| d.continuation.contains(s.w(k)) || d.continuation.contains(s.b(k)));
                let cont_after = (tj + 1..ce).take(3).any(|k| d.continuation.contains(s.w(k)));
                // "القصف المتبادل بين الجيش والحركة": between named parties, a happening told.
                let between_parties = between.is_some();
                // A denied responsibility for "the attack" refers back and asserts nothing new.
                let named = resp.is_some() && !denied || self.nisba_agent(s, ti, tj, ce).is_some();
                // "عشرات الغارات"، "عدد الهجمات": counted, so told as happenings.
                let counted = s.prev_word(ti, cs).is_some_and(|p| d.quantifiers.contains(s.w(p)) || d.quantifiers.contains(s.b(p)));
                let named = named || counted;
                // "سيطرة الدعم السريع على المعسكر" opening a headline or a sentence with its doer:
                // a nominal sentence tells the happening.
                let headline = s.next_word(0) == Some(ti) && gen_def && !hit.article;
                // "الهجوم على مخيم …"، "القصف على المدينة": a strike at a named place is that
                // happening told again (merged with its account, if any), not a general one.
                // ("هجوم قوات الدعم السريع على مخيم …": its doer may stand before على.)
                let on_after_doer = next.is_some_and(|n| s.w(n) != "علي");
                let on = next.and_then(|n| {
                    if s.w(n) == "علي" {
                        return Some(n);
                    }
                    // A known actor, or a force's head with its name ("ميليشيا الجنجويد").
                    let nb = match s.actor_at(n, ments).filter(|(a, _, _)| *a == n) {
                        Some((_, nb, _)) => nb,
                        None if d.agent_heads.contains(s.w(n)) && n + 1 < ce && s.w(n + 1).starts_with("ال") => n + 2,
                        None => return None,
                    };
                    (nb < ce && s.w(nb) == "علي").then_some(nb)
                });
                let directed = STRIKES.contains(&kind.as_str())
                    && on.is_some_and(|o| (o + 1..(o + 3).min(ce)).any(|k| {
                        // Named: a known place, or a head with its name ("مخيم الرشيدية"), not a
                        // kind of place ("الأحياء السكنية").
                        self.place_at(s, k, ments).is_some_and(|(r, a, b, _)| {
                            r.entity.as_deref().is_some_and(|e| !e.starts_with("place:")) || b > a + 1 && s.b(a) == s.w(a)
                        })
                    }));
                // "بعد سيطرة قوات X على المخيم"، "إثر هجوم X"، "عقب اقتحام الميليشيا للقرية": a
                // happening with its doer or object named, after a word of time or cause, is told
                // as having happened.
                // ("بعد اقتحامها المستشفى"، "إثر هجومهم على القرى": its doer in a pronoun.)
                // "اجتياح الميليشيا للمعسكر": its doer and its object named, a happening told.
                let doer_end = next.and_then(|n| {
                    s.actor_at(n, ments).filter(|(a, _, _)| *a == n).map(|(_, nb, _)| nb).or_else(|| {
                        (s.w(n).starts_with("ال") && (d.anaphors.contains(s.b(n)) || d.agent_heads.contains(s.b(n)))).then_some(n + 1)
                    })
                });
                let with_object = !hit.article
                    && !hit.pronoun
                    && !s.prev_word(ti, cs).is_some_and(|p| d.g.eve.contains(s.w(p)) || d.g.eve.contains(s.b(p)))
                    && doer_end.is_some_and(|nb| nb < ce && s.w(nb).starts_with("لل") && s.w(nb).chars().count() > 4);
                let presupposed = with_object
                    || (gen_def || hit.pronoun)
                    && !hit.article
                    && kind != "statement"
                    && s.prev_word(ti, cs).is_some_and(|p| d.presuppose.contains(s.w(p)) || d.presuppose.contains(s.b(p)));
                // "القصف الذي استهدف المستشفى": a relative clause in the perfect tells it happened.
                let told_by_relative = next.is_some_and(|n| {
                    d.relative_pronouns.contains(s.w(n)) && s.next_word(n + 1).is_some_and(|v| d.relative_told.contains(s.w(v)) || d.relative_told.contains(s.b(v)))
                });
                // "استشهد فتى برصاص قوات الاحتلال": the means of a death told is told.
                let means_of_death = s.w(ti).starts_with('ب')
                    && (cs.max(ti.saturating_sub(6))..ti).any(|k| d.death.contains(s.w(k)) || d.death.contains(s.b(k)));
                // Told again with its doer ("هجوم التنظيم على السجن"): the strike the article
                // reports, whatever its kind, when it reports one.
                told_again = directed && on_after_doer;
                // "وأسفر الهجوم عن مقتل …"، "القصف أدى إلى …": a strike with its toll is one that
                // happened; told again when the article told it before (its headline may have).
                let with_toll = STRIKES.contains(&kind.as_str())
                    && hit.article
                    && (s.prev_word(ti, cs).is_some_and(|p| p + 1 == ti && (d.consequence.contains(s.w(p)) || d.consequence.contains(s.b(p))))
                        || next.is_some_and(|n| d.consequence.contains(s.w(n)) || d.consequence.contains(s.b(n))));
                if with_toll {
                    told_again = true;
                    toll_back = true;
                }
                if support.is_none()
                    && !cont_before
                    && !cont_after
                    && relative.is_none()
                    && !undergo
                    && !accused
                    && !named
                    && !headline
                    && !directed
                    && !presupposed
                    && !told_by_relative
                    && !means_of_death
                    && !between_parties
                    && !with_toll
                {
                    return s.no("definite_not_asserted");
                }
            }
        }
        // "عملية لاستعادة المدينة"، "تسلل لمهاجمة الموقع": a verbal noun of purpose is not
        // (yet) done; not what is undergone or answered ("تعرض لهجوم"، "رد بقصف").
        if form.pos == Pos::Noun && !hit.article && !undergo && !accused {
            let w = s.w(ti);
            let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
            // "أدى لنزوح الآلاف"، "تصدى لهجوم"، "إضافة لهدم …": a result, a repelled act, an item told.
            let told = (cs.max(ti.saturating_sub(3))..ti).any(|p| {
                d.consequence.contains(s.w(p)) || d.consequence.contains(s.b(p)) || d.lam_told.contains(s.w(p)) || d.lam_told.contains(s.b(p))
            });
            if w.starts_with('ل') && !w.starts_with("لل") && !form.text.starts_with('ل') && !told && relative.is_none() {
                return s.no("purpose_lam");
            }
        }
        // "يحاول الجيش منذ أشهر السيطرة على المدينة": a verbal noun that is the object of a
        // verb of trying, preventing or intending, with its subject between, did not happen.
        let launched = s.next_word(tj + 1).is_some_and(|n| d.g.launched.contains(s.w(n)));
        if form.pos == Pos::Noun && !s.w(ti).starts_with(['ب', 'ل', 'ك']) && !launched && self.governed_by_irrealis(s, ti, cs, ments) {
            return s.no("irrealis_governs");
        }
        // "قررت السلطات هدم المبنى": decided, not (yet) done; a curfew or siege decided is imposed.
        if kind != "curfew" && kind != "siege" {
            if let Some(p) = s.prev_word(ti, cs) {
                let dv = |k: usize| d.decide.contains(s.w(k)) || d.decide.contains(s.b(k));
                if dv(p) || s.prev_word(p, cs).is_some_and(|q| dv(q) && s.actor_at(p, ments).is_some()) || (cs.max(ti.saturating_sub(5))..p).any(dv) && (p..ti).all(|k| s.toks[k].kind == TokenKind::Word && !d.g.preps.contains(s.w(k))) {
                    return s.no("decided");
                }
            }
        }
        // "يتوقع الخبراء أن تشن الحركة هجوما"، "من المتوقع أن تقتحم": a verb after أن that a
        // verb or word of expecting, fearing or intending governs did not happen (yet).
        let verb_at = if form.pos == Pos::Verb { Some(ti) } else { support };
        // "ستشن القوات هجوما"، "قد تقتحم الميليشيا المدينة": future or possible, not told.
        if let Some(v) = verb_at {
            let tense = if form.pos == Pos::Verb { Some(hit.mood) } else { d.support.mood(s.w(v)) };
            let modal = s.prev_word(v, cs).is_some_and(|p| d.modal.contains(s.w(p)) || d.modal.contains(s.b(p)));
            if tense == Some(affix::Mood::Future) || modal && tense == Some(affix::Mood::Imperfect) {
                return s.no("future_or_modal");
            }
        }
        // "تسيطر الحركة على أجزاء من المنطقة منذ عامين": holding, not taking.
        if (kind == "takeover" || kind == "control") && form.pos == Pos::Verb && hit.mood == affix::Mood::Imperfect && (tj + 1..ce).any(|k| d.g.since.contains(s.w(k))) {
            return s.no("standing_state");
        }
        // "طوقت الشرطة موقع الانفجار": a cordon around the scene of an incident, no siege.
        if kind == "siege" && (tj + 1..(tj + 8).min(ce)).any(|k| d.g.scenes.contains(s.b(k)) || d.g.scenes.contains(s.w(k))) {
            return s.no("cordon_of_scene");
        }
        // "طوقت الشرطة المنطقة ومنعت المارة من الاقتراب": keeping people off is a cordon.
        if kind == "siege" && (tj + 1..(tj + 14).min(s.toks.len())).any(|k| s.toks[k].kind == TokenKind::Word && d.g.keep_off.contains(s.b(k))) {
            return s.no("cordon_of_scene");
        }
        // "نفى الجيش أن تكون قواته قد قصفت السوق": what is denied is not told.
        if let Some(v) = verb_at {
            if let Some(c) = (cs.max(v.saturating_sub(5))..v).rev().find(|&k| d.g.that.contains(s.w(k))) {
                if (cs.max(c.saturating_sub(7))..c).any(|k| d.denial.contains(s.w(k)) || d.denial.contains(s.b(k))) {
                    return s.no("denied_that");
                }
            }
        }
        if let Some(p) = verb_at.and_then(|v| s.prev_word(v, cs)) {
            if d.g.that.contains(s.w(p)) {
                let lo = cs.max(p.saturating_sub(4));
                if (lo..p).any(|k| d.irrealis_verbs.contains(s.w(k)) || d.irrealis_verbs.contains(s.b(k)) || d.prospective.contains(s.w(k)) || d.prospective.contains(s.b(k))) {
                    return s.no("expected_that");
                }
            }
        }
        // A figure makes it a claim.
        if trig.no_figure
            && kind != "displacement"
            && (s.figure_near(ti, tj)
                || (ti.saturating_sub(6)..(tj + 5).min(s.toks.len())).any(|k| d.quantifiers.contains(s.w(k)) || d.quantifiers.contains(s.b(k))))
        {
            return s.no("figure_claim");
        }
        // Agent.
        let verbal = form.pos == Pos::Verb || support.is_some();
        let mut announcer = false;
        let mut agent: Option<(EntityRef, usize, usize)> = None;
        let statement = kind == "statement";
        if let Some(r) = resp {
            agent = match denial {
                Some(dn) => self.after_agent(s, dn + 1, r, ments, false),
                None => {
                    let r = negated.unwrap_or(r);
                    // ("أعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها": past a governed name.)
                    self.before_agent(s, r, cs, ments, false, 0)
                        .or_else(|| self.before_agent(s, r, cs, ments, false, 3))
                        .or_else(|| self.name_before(s, r, cs, ments))
                }
            };
        }
        // "أدانت قيام قوات الاحتلال بقصف مدرسة": the doer between «قيام» and the act after ب.
        if agent.is_none() && form.pos == Pos::Noun && with_b {
            if let Some(q) = (cs.max(ti.saturating_sub(7))..ti).rev().find(|&k| d.g.doing.contains(s.w(k)) || d.g.doing.contains(s.b(k))) {
                agent = self.after_agent(s, q + 1, ti, ments, statement);
            }
        }
        // "وردت تايلاند بغارات نفذتها مقاتلات …": who responds with the act after ب did it
        // (a name between; the aircraft of a relative verb after it are its means).
        if agent.is_none() && form.pos == Pos::Noun && with_b {
            if let Some(r) = (cs.max(ti.saturating_sub(4))..ti).rev().find(|&k| d.response.contains(s.w(k)) || d.response.contains(s.b(k))) {
                agent = self.after_agent(s, r + 1, ti, ments, statement).or_else(|| {
                    // (one word between, a name the lexicon lacks: "وردت تايلاند بغارات")
                    let w = s.w(r + 1);
                    (r + 2 == ti && s.toks[r + 1].kind == TokenKind::Word && w.chars().count() >= 3 && !d.stops.contains(w) && !d.g.preps.contains(w) && !d.g.adverbs.contains(w))
                        .then(|| (EntityRef { text: s.orig_text(r + 1, r + 2).to_string(), entity: None }, r + 1, r + 2))
                });
            }
        }
        if agent.is_none() && !NO_NISBA.contains(&kind.as_str()) {
            agent = self.nisba_agent(s, ti, tj, ce);
        }
        if agent.is_none() {
            agent = relative;
        }
        if agent.is_none() && form.pos == Pos::Noun && trig.genitive_agent {
            agent = self.genitive_agent(s, tj, ce, ments, statement, hit.article);
        }
        if agent.is_none() && form.pos == Pos::Noun {
            agent = self.linked_agent(s, tj, ce, ments);
        }
        // "اتهمت حماس إسرائيل بقصف المستشفى": the accused stands right before "بقصف".
        if let (None, Some(at)) = (&agent, accused_at) {
            // A state is accused by its name: a country counts as a doer here.
            agent = s
                .prev_word(at, cs)
                .and_then(|p| s.mention_at(p, ments))
                .filter(|(_, b, m)| *b == at && (!PLACES.contains(&m.kind.as_str()) || m.kind == "country"))
                .map(|(a, b, m)| (eref(m), a, b))
                // "اتهمت الميليشيات الجيش بقصف …": a generic head with its article is the accused alone.
                .or_else(|| {
                    s.prev_word(at, cs)
                        .filter(|&p| {
                            let w = s.w(p);
                            w.starts_with("ال") && (d.anaphors.contains(s.b(p)) || d.agent_heads.contains(s.b(p))) && s.mention_at(p, ments).is_none()
                        })
                        .map(|p| (EntityRef { text: s.orig_text(p, p + 1).to_string(), entity: None }, p, p + 1))
                })
                // "اتهم البيان جماعة الحوثيين المسلحة والعناصر الموالية لها باستهداف …": the nearest
                // party named before, past its adjectives and partners.
                .or_else(|| {
                    let v = (cs.max(at.saturating_sub(11))..at).find(|&k| d.accuse.contains(s.w(k)) || d.accuse.contains(s.b(k)))?;
                    (v + 1..at).rev().take(6).find_map(|k| s.actor_at(k, ments).filter(|(a, _, m)| *a > v + 1 && eligible(m, false)).map(|(a, b, m)| (eref(m), a, b)))
                })
                .or_else(|| self.name_before(s, at, cs, ments))
                // "اتهمت الحكومة المتمردين بارتكاب …": people named by what they do.
                .or_else(|| {
                    s.prev_word(at, cs)
                        .filter(|&p| d.agent_nouns.contains(s.w(p)) || d.agent_nouns.contains(s.b(p)))
                        .map(|p| (EntityRef { text: s.orig_text(p, p + 1).to_string(), entity: None }, p, p + 1))
                });
        }
        // "حمّلت الحكومة المتمردين مسؤولية الهجوم": whoever holds a party responsible accuses it.
        let accuse_verb = accuse_verb.or_else(|| {
            let (_, a, _) = agent.as_ref().filter(|_| resp.is_some() && !denied)?;
            (cs.max(a.saturating_sub(8))..*a).find(|&k| d.accuse.contains(s.w(k)) || d.accuse.contains(s.b(k)))
        });
        let accuser = match (accuse_verb, &agent) {
            (Some(v), Some((_, a, _))) if *a > v + 1 && *a <= v + 7 && (v + 1..*a).all(|k| s.toks[k].kind == TokenKind::Word) => {
                Some(s.orig_text(v + 1, *a).to_string())
            }
            _ => None,
        };
        if agent.is_none() && !undergo {
            let anchor = if form.pos == Pos::Verb { Some(ti) } else { support };
            // "أعلنت الخلية مقتل جنديين بانفجار عبوة": who tells the deaths of a bombing is no
            // doer of it (a force telling of its own strike, "أعلن الجيش مقتل 20 مسلحا في غارة", is).
            let anchor = anchor.filter(|&v| form.pos == Pos::Verb || kind != "bombing" || !(v..ti).any(|k| d.death.contains(s.w(k)) || d.death.contains(s.b(k))));
            if let Some(a) = anchor {
                let passive = form.pos == Pos::Noun && d.g.passive.contains(s.w(a));
                if passive {
                    announcer = true;
                } else {
                    let vso_end = if form.pos == Pos::Verb { ce } else { ti };
                    // "زعم الجيش أنه استهدف مسلحين": the subject is in أنه; after the verb, its object.
                    // ("عبوة ناسفة استهدفت دورية للجيش": a weapon before the verb is its subject; the
                    // force after it, the target.)
                    let weapon_before = s.prev_word(a, cs).is_some_and(|p| p + 1 == a && d.cues.iter().any(|(_, c)| c.contains(s.w(p)) || c.contains(s.b(p))));
                    let skip_vso = form.pos == Pos::Verb
                        && (hit.subj_suffix || weapon_before || s.prev_word(a, cs).is_some_and(|p| p + 1 == a && d.g.self_that.contains(s.w(p))));
                    let after = if form.pos == Pos::Verb { tj + 1 } else { a + 1 };
                    // "وكانت الميليشيا قد هاجمت": the subject stands before "قد".
                    let a = match s.prev_word(a, cs) {
                        Some(p) if p + 1 == a && d.g.pluperfect.contains(s.w(p)) => p,
                        _ => a,
                    };
                    // A subject right before the verb ("قسد تحاصر"), then one after it.
                    // "… من "المرتزقة" وبسطت سيطرتها": a verb with و opens a clause of its own; the
                    // word before it is the last clause's.
                    let conj = {
                        let w = s.w(a);
                        let rest = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
                        rest.is_some_and(|r| {
                            if a == ti && form.pos == Pos::Verb {
                                let first = form.text.split(' ').next().unwrap_or_default();
                                !form.text.starts_with(['و', 'ف']) && r.contains(first)
                            } else {
                                d.support.matches(r)
                            }
                        })
                    };
                    if !conj {
                        agent = self.before_agent(s, a, cs, ments, statement, 0);
                    }
                    if agent.is_none() && !skip_vso {
                        agent = self.after_agent(s, after, vso_end, ments, statement);
                    }
                    // "أن الطيران تدخل وقصف مواقع المهاجمين": a verb with و after a one-word verb
                    // goes on with that verb's subject.
                    if agent.is_none() && conj && a > cs + 1 {
                        let p = a - 1;
                        let w = s.w(p);
                        if s.toks[p].kind == TokenKind::Word && !w.starts_with("ال") && w.chars().count() >= 3 && !d.stops.contains(w) && !d.g.preps.contains(w) && s.actor_at(p, ments).is_none() {
                            agent = self.before_agent(s, p, cs, ments, statement, 0);
                        }
                    }
                    // "ونفذت القوات الخاصة عملية في …، واعتقلت قياديين": past a longer clause too,
                    // the subject of the verb that opened the clause before, in this sentence.
                    if agent.is_none() && conj && form.pos == Pos::Verb && !hit.subj_suffix {
                        agent = self.opening_subject(s, a, ments, statement);
                    }
                    if agent.is_none() && !conj {
                        agent = self.before_agent(s, a, cs, ments, statement, 3);
                    }
                    // "أعلنت القوات أنها سيطرت على …": the speaker's own doing.
                    if agent.is_none() && s.prev_word(a, cs).is_some_and(|p| d.g.self_that.contains(s.w(p))) {
                        announcer = true;
                        // ("أعلنت الشرطة أنها اعتقلت"، "…، مضيفة أنها اعتقلت": a state's act, its
                        // speaker named; other acts take the armed speaker of the chain, below.)
                        if STATE_ACTS.contains(&kind.as_str()) || kind == "release" {
                            agent = s.prev_word(a, cs).and_then(|p| self.speaker(s, p, ments));
                        }
                    }
                    // "قالت مصادر إن مسلحين على دراجات نارية هاجموا السوق": the subject of إن/أن.
                    if agent.is_none() && !announcer && form.pos == Pos::Verb {
                        agent = (cs.max(a.saturating_sub(8))..a)
                            .rev()
                            .find(|&k| d.g.that.contains(s.w(k)))
                            .and_then(|c| s.next_word(c + 1))
                            .filter(|&n| n < a && (d.agent_nouns.contains(s.w(n)) || d.agent_nouns.contains(s.b(n))))
                            .map(|n| {
                                // ("إن مقاتلين من ميليشيا فانو اقتحموا": the force they are of.)
                                let of = (n + 2 < a && s.w(n + 1) == "من").then(|| self.after_agent(s, n + 2, a, ments, statement)).flatten();
                                of.unwrap_or_else(|| (EntityRef { text: s.orig_text(n, n + 1).to_string(), entity: None }, n, n + 1))
                            });
                    }
                    if agent.is_none() && !announcer {
                        agent = self.earlier_subject(s, a, ments, statement);
                    }
                }
            }
        }
        if agent.is_none() && form.pos == Pos::Verb {
            agent = self.relative_agent(s, tj, ments);
        }
        // "أعلنت وزارة الدفاع فرض حظر التجول": a state body announcing, deciding or imposing a
        // state's act does it.
        if agent.is_none() && STATE_ACTS.iter().any(|k| kind == *k) {
            agent = self.state_body(s, ti, cs, ments);
        }
        // "هوجمت القافلة من قبل مسلحين"، "قُصفت المدينة على يد …": a passive's doer.
        let mut linked_doer = false;
        if agent.is_none() && form.pos == Pos::Verb {
            agent = self.linked_agent(s, tj, ce, ments);
            linked_doer = agent.is_some();
        }
        // "الانتحاري فجر نفسه": the doer inside the trigger phrase.
        if agent.is_none() && tj > ti {
            agent = (ti..=tj).find(|&k| d.agent_nouns.contains(s.w(k)) || d.agent_nouns.contains(s.b(k))).map(|k| {
                (EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1)
            });
        }
        // "بقصف جوي أطلق من طائرة حربية إسرائيلية": the aircraft it came from.
        if agent.is_none() && kind == "air_strike" {
            if let Some(m) = (tj + 1..ce.min(tj + 6)).find(|&k| s.w(k) == "من" && k + 1 < ce) {
                let k = s.skip_quotes(m + 1, ce);
                if k < ce && (d.aircraft.contains(s.w(k)) || d.aircraft.contains(s.b(k))) {
                    let mut b = k + 1;
                    while b < ce && b < k + 5 && (s.is_quote(b) || s.toks[b].kind == TokenKind::Word && !d.stops.contains(s.w(b)) && !d.g.preps.contains(s.w(b))) {
                        b += 1;
                    }
                    while b > k + 1 && s.is_quote(b - 1) {
                        b -= 1;
                    }
                    let text = (k..b).filter(|&q| !s.is_quote(q)).map(|q| s.orig_text(q, q + 1)).collect::<Vec<_>>().join(" ");
                    agent = Some((EntityRef { text, entity: None }, k, b));
                }
            }
        }
        // "قتلت الميليشيا 60 مدنيا في هجوم على المعسكر": who killed in it did it.
        if agent.is_none() && form.pos == Pos::Noun && !undergo {
            agent = self.harm_agent(s, ti, cs, ments);
        }
        // "اشتباكات بين الجيش وقوات …"، "القصف المتبادل بين …": the first party.
        if agent.is_none() && (kind == "clash" || between.is_some()) {
            // ("اشتباكات عنيفة، مساء الإثنين، بين …": past an aside of time.)
            if let Some(k) = (tj + 1..ce.min(tj + 8)).find(|&k| d.g.clash_links.contains(s.w(k))) {
                agent = self.after_agent(s, k + 1, ce, ments, false);
            }
        }
        // "نزحوا … تحت وطأة تحذيرات من الجيش": an armed party named in the clause drove them out.
        if agent.is_none() && kind == "displacement" {
            agent = (tj + 1..ce.min(tj + 16))
                .filter_map(|k| s.actor_at(k, ments).filter(|(a, _, m)| *a == k && matches!(m.kind.as_str(), "armed_group" | "state_force")))
                .map(|(a, b, m)| (eref(m), a, b))
                .next();
        }
        // "خطف مسلحون … بعد أن اقتحموا القرية": a verb with its subject in its suffix after a
        // word of time and أن goes on with the subject right after the sentence's first verb.
        if agent.is_none() && form.pos == Pos::Verb && hit.subj_suffix {
            let p = s.prev_word(ti, 0).filter(|&p| d.g.that.contains(s.w(p)));
            if let Some(p) = p.filter(|&p| s.prev_word(p, 0).is_some_and(|q| d.g.time_links.contains(s.w(q)))) {
                // (past a dateline: "غوساو - خطف مسلحون …")
                let first = (1..5.min(s.toks.len())).find(|&b| s.dateline(0, b)).map_or(0, |b| b + 1);
                if let Some(f) = s.next_word(first).filter(|&f| f < p) {
                    agent = self.after_agent(s, f + 1, p, ments, false).filter(|(_, a, _)| *a <= f + 2);
                }
            }
        }
        // "شنته الميليشيا"، "التنظيم": a generic name for the armed actor named before, told by
        // the fullest name the article gives it.
        if let Some((r, a, b)) = &agent {
            let article_off = |w: &'_ str| w.strip_prefix("ال").or_else(|| w.strip_prefix("لل")).map(str::to_string);
            // ("إن قواته استعادت": the force of the armed actor named last, told by its name.)
            let generic = b - a == 1 && (article_off(s.w(*a)).is_some_and(|h| d.anaphors.contains(&h)) || d.pronoun_forces.contains(s.w(*a)) || d.pronoun_forces.contains(s.b(*a)));
            if let (true, Some(id)) = (generic, r.entity.as_ref()) {
                if let Some(m) = ments.iter().filter(|m| &m.entity == id).max_by_key(|m| m.text.chars().count()) {
                    if m.text.chars().count() > r.text.chars().count() {
                        agent = Some((eref(m), *a, *b));
                    }
                }
            } else if r.entity.is_none() && b - a == 1 {
                let w = s.w(*a);
                if let Some(head) = w.strip_prefix("ال").filter(|h| d.anaphors.contains(*h)) {
                    let want_group = !d.g.state_heads.contains(head);
                    let p = ments.partition_point(|m| m.start < s.toks[*a].os);
                    if let Some(m) = ments[..p].iter().rev().find(|m| m.kind == if want_group { "armed_group" } else { "state_force" }) {
                        agent = Some((eref(m), *a, *b));
                    }
                }
            }
        }
        // "داهم مسلحون منزلا": gunmen raiding do not arrest; it is an attack.
        if kind == "arrest" {
            if let Some((r, a, _)) = &agent {
                if r.entity.is_none() && (d.agent_nouns.contains(s.w(*a)) || d.agent_nouns.contains(s.b(*a))) && !d.g.arresting.contains(s.b(*a)) {
                    kind = EventKind::Attack;
                }
            }
        }
        // "قُتل عشرون مدنيا على يد مسلحين": the passive's doer after "على يد"، "من قبل".
        if needs_armed && trig.armed_named && !linked_doer {
            // Right after the verb ("قتلت قوات X") or right before it ("قوات X تقتل").
            let named = agent.as_ref().is_some_and(|(r, a, b)| {
                r.entity.as_deref().is_some_and(|e| ments.iter().any(|m| m.entity == e && matches!(m.kind.as_str(), "armed_group" | "state_force")))
                    && s.mention_at(*a, ments).is_some_and(|(ma, _, m)| ma == *a && r.entity.as_deref() == Some(m.entity.as_str()))
                    && (*a == tj + 1 || *b == ti)
            });
            // "قتل مسلحو الدعم السريع عشرات المدنيين"، "قتل جنود الاحتلال شابا": a force right
            // after the verb with an object after it (a count, an accusative) is the doer of
            // an active verb (the passive "قُتل جنود من …" has none).
            let active = agent.as_ref().is_some_and(|(_, a, b)| {
                let head = |k: usize| d.agent_heads.contains(s.b(k)) || d.aircraft.contains(s.b(k));
                let starts = *a == tj + 1 && head(*a) || *a == tj + 2 && head(tj + 1);
                starts && *b < ce && s.toks[*b].kind != TokenKind::Punct && {
                    let w = s.w(*b);
                    s.toks[*b].kind == TokenKind::Number
                        || d.quantifiers.contains(w)
                        || d.quantifiers.contains(s.b(*b))
                        || (w.ends_with('ا') && !w.starts_with("ال") && w.chars().count() >= 4)
                        || !riwaya_text::find_numbers(s.orig_text(*b, *b + 1)).is_empty()
                }
            });
            if !named && !active {
                return s.no("armed_named");
            }
        }
        if needs_armed {
            let armed = agent.as_ref().is_some_and(|(r, a, _)| {
                let by_entity = r.entity.as_deref().is_some_and(|e| ments.iter().any(|m| m.entity == e && matches!(m.kind.as_str(), "armed_group" | "state_force")));
                by_entity || d.agent_heads.contains(s.b(*a)) || d.agent_nouns.contains(s.b(*a)) || d.pronoun_forces.contains(s.b(*a))
            });
            if !armed {
                return s.no("armed_needed");
            }
        }
        // "شنت طائرات مسيرة هجمات": an attack by aircraft is an air strike.
        // ("طائراتها استهدفت": a force word with a pronoun, "طائرات" + "ها".)
        let aircraft = |w: &str| d.aircraft.contains(w) || d.pronoun_forces.contains(w) && d.aircraft.iter().any(|x| w.starts_with(x.as_str()));
        if kind == "attack" && agent.as_ref().is_some_and(|(_, a, _)| aircraft(s.w(*a)) || aircraft(s.b(*a))) {
            kind = EventKind::AirStrike;
        }
        // "هجمات متكررة بالمسيرات": done with aircraft.
        if kind == "attack" && (tj + 1..(tj + 4).min(ce)).any(|k| s.w(k).starts_with('ب') && (d.aircraft.contains(s.b(k)) || s.w(k).strip_prefix('ب').is_some_and(|x| d.aircraft.contains(x)))) {
            kind = EventKind::AirStrike;
        }
        // Damage done by a flood, a quake or a blast, with no doer, is the disaster's.
        let mut consequence = false;
        // "الفيضانات التي اجتاحت المدينة": floods sweep, nobody attacks.
        if kind == "attack" && agent.as_ref().is_none_or(|(r, _, _)| r.entity.is_none()) && form.pos == Pos::Verb {
            let near = |k: usize| d.natural_causes.contains(s.w(k)) || d.natural_causes.contains(s.b(k));
            let lo = if agent.is_none() { ti.saturating_sub(15) } else { cs.max(ti.saturating_sub(4)) };
            if (lo..ce.min(tj + 4)).any(near) {
                return s.no("natural_doer");
            }
        }
        if kind == "demolition" && agent.is_none() {
            let near = |k: usize, set: &std::collections::HashSet<String>| set.contains(s.w(k)) || set.contains(s.b(k));
            if (ti.saturating_sub(12)..ce.min(tj + 6)).any(|k| near(k, &d.natural_causes)) {
                return s.no("natural_cause");
            }
            consequence = (cs.max(ti.saturating_sub(3))..ti).any(|k| near(k, &d.consequence));
        }
        // Takeover that is announced, complete or regained is control.
        if kind == "takeover" {
            let after = (tj + 1..(tj + 6).min(ce)).any(|k| {
                d.control_cues.iter().any(|p| p.len() == 1 && (s.w(k) == p[0] || s.b(k) == p[0]))
                    || d.control_cues.iter().any(|p| p.len() == 2 && k + 1 < s.toks.len() && s.w(k) == p[0] && s.w(k + 1) == p[1])
            });
            let announced = (0..ti).any(|k| d.announce.contains(s.w(k)) || d.announce.contains(s.b(k)));
            let regained = (cs..ti).any(|k| d.control_cues.iter().any(|p| p.len() == 1 && (s.w(k) == p[0] || s.b(k) == p[0])));
            if after || announced || regained {
                kind = EventKind::Control;
            }
        }
        // "على يد مسلحين يشتبه في انتمائهم إلى X هاجموا القرية": a plural verb's subject is the
        // people named by what they do a little before it in its clause.
        if agent.is_none() && form.pos == Pos::Verb && s.w(ti).ends_with("وا") {
            agent = (cs.max(ti.saturating_sub(10))..ti)
                .rev()
                .find(|&k| s.toks[k].kind == TokenKind::Word && (d.agent_nouns.contains(s.w(k)) || d.agent_nouns.contains(s.b(k))))
                .map(|k| (EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1));
        }
        // Place.
        let (skip_a, mut skip_b) = agent.as_ref().map(|&(_, a, b)| (a, b)).unwrap_or((usize::MAX, usize::MAX));
        // "شنه شبان مسلحون من منطقة X على مخيم"، "هاجم مسلحون ينتمون إلى فرع التنظيم في X، قرية
        // Y": doers named past the trigger and described after it come from their places; the
        // place of the act is past the description (a target preposition or a comma ends it).
        // (Not for fleeing, leaving or letting go: "فر مسلحون من السجن" is where it happened.)
        let from_is_place = matches!(kind.as_str(), "escape" | "displacement" | "release" | "surrender");
        if skip_a != usize::MAX && skip_a > tj && !linked_doer && !from_is_place && skip_b < ce && self.data.g.doer_origin.contains(s.w(skip_b)) {
            if s.w(skip_b) == "من" {
                // ("مسلحون من منطقة X": only the place right after من; "مسلحون من ميليشيا X بلدة
                // Y": a party after من names no place.)
                if let Some((_, a, b, _)) = self.place_at(s, skip_b + 1, ments).filter(|p| p.1 == skip_b + 1 && p.2 + 1 < ce) {
                    skip_b = b.max(a);
                }
            } else {
                let stop = (skip_b + 1..ce.min(skip_b + 14)).find(|&k| s.is_punct(k) || self.data.g.target_preps.contains(s.w(k)));
                // (Only where the act's object or target follows it.)
                if let Some(k) = stop.filter(|&k| k + 1 < ce) {
                    skip_b = k;
                }
            }
        }
        // ("اقتحم مستشفى المدينة من قبل مسلحين": with a passive's doer, the place is before it.)
        let mut place_from = if skip_a > tj && skip_a != usize::MAX && !linked_doer { skip_b } else { tj + 1 };
        // "توغلت من مناطق X إلى عمق مخيم Y": the act happened where the force went.
        // (A quoted list of the places it came from may hold commas: «من مناطق "X، Y"».)
        let g = &self.data.g;
        let mut place_ce = ce;
        if !from_is_place && place_from == tj + 1 && tj + 2 < ce && (g.way_from.contains(s.w(tj + 1)) || g.way_from.contains(s.b(tj + 1))) {
            let n = s.toks.len();
            if let Some(to) = (tj + 2..n.min(tj + 14)).take_while(|&k| k < ce || !(s.is_punct(k) && matches!(s.w(k), "." | "؟" | "!" | ":" | "؛"))).find(|&k| g.way_to.contains(s.w(k)) || g.way_to.contains(s.b(k))) {
                let went_end = n.min(to + 6);
                let came = (tj + 2..to).any(|k| self.place_at(s, k, ments).is_some());
                let went = (to + 1..went_end).any(|k| self.place_at(s, k, ments).is_some());
                if came && went {
                    place_from = to + 1;
                    place_ce = ce.max(went_end);
                }
            }
        }
        // "حرق السوق الرئيسي للمعسكر": a form that ends on a place's head names it.
        let place_from = (ti + 1..=tj).find(|&k| self.data.place_heads.contains(s.b(k))).unwrap_or(place_from);
        let mut place = if statement { None } else { self.place(s, ti, place_from, cs, place_ce, (skip_a, skip_b), ments) };
        // "تعرض مستشفى … للقصف": what underwent it is where it happened.
        // ("تعرضت كثيرات منهن لاعتداءات": people, not a place.)
        let undergoer_is_place = undergo_at.is_some_and(|u| {
            // ("تعرض منزله لقذيفة": a head with its pronoun.)
            let head = |w: &str| self.data.place_heads.contains(w) || ["ه", "ها", "هم"].iter().any(|x| w.strip_suffix(x).is_some_and(|h| self.data.place_heads.contains(h)));
            u + 1 < ti && (head(s.b(u + 1)) || s.mention_at(u + 1, ments).is_some_and(|(a, _, m)| a == u + 1 && PLACES.contains(&m.kind.as_str())))
        });
        // The undergoer is where it happened, before any place named ahead of the trigger.
        if undergoer_is_place && place.as_ref().is_some_and(|(_, a, _)| *a < ti) {
            place = None;
        }
        if let (Some(u), None, true) = (undergo_at, &place, undergoer_is_place) {
            let mut b = u + 1;
            while b < ti && b < u + 5 && s.toks[b].kind == TokenKind::Word && !self.data.stops.contains(s.w(b)) {
                b += 1;
            }
            if b > u + 1 && b == ti || b > u + 1 && b < ti && self.data.stops.contains(s.w(b)) {
                place = Some((EntityRef { text: s.orig_text(u + 1, b).to_string(), entity: None }, u + 1, b));
            }
        }
        // "المستشفى السعودي، الذي تعرض لهجوم": a place the relative clause hangs on underwent it.
        if let (Some(u), None) = (undergo_at, &place) {
            if u > 1 && (u + 1..ti).all(|k| s.toks[k].kind != TokenKind::Word) && self.data.g.relative_subject.contains(s.w(u - 1)) {
                let mut q = u - 2;
                while q > 0 && s.is_punct(q) {
                    q -= 1;
                }
                let mut a = q + 1;
                while a > 0 && q + 1 - a < 4 && s.toks[a - 1].kind == TokenKind::Word && !self.data.stops.contains(s.w(a - 1)) && !self.data.g.preps.contains(s.w(a - 1)) {
                    a -= 1;
                    if self.data.place_heads.contains(s.b(a)) {
                        break;
                    }
                }
                if a <= q && self.data.place_heads.contains(s.b(a)) {
                    place = Some((EntityRef { text: s.orig_text(a, q + 1).to_string(), entity: None }, a, q + 1));
                }
            }
        }
        let target = if statement || NO_TARGET.contains(&kind.as_str()) {
            None
        } else {
            self.target(s, tj, ce, (skip_a, skip_b), ments).filter(|t| !agent.as_ref().is_some_and(|(a, _, _)| same_ref(a, t)))
        };
        // Span of the event's words.
        let mut a_tok = ti;
        let mut b_tok = tj + 1;
        if let Some((_, a, b)) = &agent {
            if *a < a_tok && *a >= cs {
                a_tok = *a;
            }
            if *b > b_tok && *b <= ce {
                b_tok = *b;
            }
        }
        if let Some((_, a, b)) = &place {
            if *b > b_tok && *b <= ce {
                b_tok = *b;
            }
            let _ = a;
        }
        let start = s.toks[a_tok].os;
        let end = s.toks[b_tok - 1].oe;
        // Date: the nearest time expression of the sentence.
        let trig_o = s.toks[ti].os;
        // A time right after a reporting verb ("ذكرت قناة، مساء الثلاثاء، أن …") dates the
        // report, not the event.
        let reported = |x: &DateMention| {
            let before = &s.orig[s.os.min(x.start)..x.start];
            before
                .split(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '(' | '-'))
                .filter(|w| !w.is_empty())
                .rev()
                .take(2)
                .any(|w| d.reporting.matches(&riwaya_text::normalize_str(w)))
        };
        // "الطائرة أطلقت صاروخين على السوق، مضيفا أن غارة مماثلة استهدفت مدرسة قبل ثلاثة
        // أسابيع": a time past a participle of saying and its "that" dates what is said next.
        let later_time = dates.iter().any(|x| x.start > trig_o && x.start >= s.os && x.end <= s.oe);
        let said_at = (tj + 1..if later_time { s.toks.len().saturating_sub(1) } else { 0 }).find(|&k| d.participles.contains(s.w(k)) && d.complements.contains(s.w(k + 1))).map(|k| s.toks[k].os);
        let said_next = |x: &DateMention| said_at.is_some_and(|o| x.start > o);
        let near = dates
            .iter()
            .filter(|x| x.start >= s.os && x.end <= s.oe && x.end > x.start && !reported(x) && !said_next(x))
            .min_by_key(|x| if x.end <= trig_o { trig_o - x.end } else { x.start.saturating_sub(trig_o) });
        let (date, date_from_text) = match near {
            Some(x) => (Some(x.date.clone()), true),
            None => (published.map(str::to_string), false),
        };
        // "إدلب التي تسيطر عليها فصائل …": an imperfect verb in a relative clause describes a
        // place as it stands, in the outlet's own words.
        let stative = form.pos == Pos::Verb
            && ti > 0
            && d.relative_pronouns.contains(s.w(ti - 1))
            && (s.w(ti).starts_with('ي') || s.w(ti).starts_with('ت'));
        let own_voice = stative || self.frame_after(s, tj);
        let performative = support.is_some_and(|k| d.announce.contains(s.w(k)) || d.announce.contains(s.b(k)));
        let self_claim = !denied
            && (resp.is_some_and(|r| d.g.self_endings.iter().any(|x| s.w(r).ends_with(x.as_str())))
                || support.is_some_and(|k| d.claim.contains(s.w(k)) || d.claim.contains(s.b(k))));
        // ("أعلن سلاح الجو استمرار الغارات": the campaign's noun of going on right before.)
        let ongoing = matches!(kind.as_str(), "air_strike" | "shelling" | "bombing")
            && (support.is_some_and(|k| d.ongoing.contains(s.w(k)) || d.ongoing.contains(s.b(k)))
                || ti > 0 && (d.ongoing.contains(s.w(ti - 1)) || d.ongoing.contains(s.b(ti - 1))));
        // "ما دفع السلطات إلى إجلاء مئات العائلات": who evacuates people drives no one out.
        let agent = agent.filter(|(_, a, _)| {
            kind != "displacement" || !(d.state_bodies.contains(s.b(*a)) || d.state_bodies.contains(s.w(*a)) || d.g.rescuers.contains(s.b(*a)) || d.g.rescuers.contains(s.w(*a)))
        });
        let dated_back = near.is_some_and(|x| riwaya_text::normalize_str(&x.text).split_whitespace().any(|w| d.g.back.contains(w)));
        let origin = form.pos == Pos::Verb && next.is_some_and(|n| d.g.from_it.contains(s.w(n)));
        let another = next.is_some_and(|n| {
            d.g.another.contains(s.w(n)) || d.g.another.contains(bare(s.w(n))) || d.g.similar.contains(s.w(n)) && !s.w(tj).ends_with("ات")
        });
        Some(Cand {
            finite: form.pos == Pos::Verb,
            own_voice,
            performative,
            kind,
            agent: agent.map(|(r, _, _)| r),
            target,
            place: place.map(|(r, _, _)| r),
            date,
            date_from_text,
            sent: 0,
            start,
            end,
            trig: trig_o,
            verbal,
            announcer,
            accuser,
            soft: trig.generic || consequence || told_again || origin,
            told_again,
            with_toll: toll_back,
            another,
            dated_back,
            origin,
            denied,
            claimed: accused || resp.is_some(),
            ongoing,
            self_claim,
            attribution: Vec::new(),
        })
    }

    /// Whether a phrase of past years follows the trigger ("هجوم العام الماضي"، "مجزرة عام
    /// 1982" in an article of a later year).
    fn past_year(&self, s: &Sentence, tj: usize, published: Option<&str>) -> bool {
        let d = &self.data;
        let pub_year = published.and_then(|p| p.get(..4)).and_then(|y| y.parse::<u32>().ok());
        let year_at = |k: usize| (k < s.toks.len() && s.toks[k].kind == TokenKind::Number).then(|| year_of(s.orig_text(k, k + 1))).flatten();
        // "في عام 2004، شنت الميليشيات …": a past year fronted at the head of the sentence.
        if let (Some(p), Some(f)) = (pub_year, s.next_word(0)) {
            if d.g.fronted_in.contains(s.w(f)) && f + 2 < s.toks.len() && d.g.year_words.contains(s.b(f + 1)) && f + 2 < tj {
                if let Some(y) = year_at(f + 2) {
                    if (1900..p).contains(&y) {
                        return true;
                    }
                }
            }
        }
        // "اعتداءات أكتوبر 2002"، "تشرين الأول/أكتوبر 2002": a month of a past year (not a day's
        // date: "يوم 3 أكتوبر 2024" may be last week's).
        for k in tj + 2..(tj + 6).min(s.toks.len()) {
            if s.is_punct(k) && !s.is_quote(k) && s.w(k) != "/" || s.toks[k - 1].kind == TokenKind::Number {
                break;
            }
            if d.g.months.contains(s.w(k - 1)) || d.g.months.contains(s.b(k - 1)) {
                if let (Some(p), Some(y)) = (pub_year, year_at(k)) {
                    if (1900..p).contains(&y) {
                        return true;
                    }
                }
            }
        }
        let hi = (tj + 4).min(s.toks.len());
        for k in tj + 1..hi {
            if s.is_punct(k) && !s.is_quote(k) {
                return false;
            }
            if d.past_after.iter().any(|p| k + p.len() <= s.toks.len() && p.iter().enumerate().all(|(x, w)| s.w(k + x) == w)) {
                return true;
            }
            // "عام 1982": a year before the publication's.
            if d.g.year_words.contains(s.b(k)) {
                if let (Some(p), Some(y)) = (pub_year, year_at(k + 1)) {
                    return (1900..p).contains(&y);
                }
            }
        }
        false
    }

    /// The subject of a verb of harm ("قتلت"، "أصابت") that the verbal noun is the means of:
    /// "قتلت الميليشيا 60 مدنيا في هجوم على المعسكر".
    fn harm_agent(&self, s: &Sentence, ti: usize, cs: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let p = s.prev_word(ti, cs)?;
        let w = s.w(ti);
        if !(self.data.g.circumstance.contains(s.w(p)) || w.starts_with('ب') || w.starts_with("وب")) {
            return None;
        }
        let h = (cs.max(ti.saturating_sub(10))..p).rev().find(|&k| self.data.harm.contains(s.w(k)) || self.data.harm.contains(s.b(k)))?;
        self.before_agent(s, h, cs, ments, false, 0)
            .or_else(|| self.after_agent(s, h + 1, p, ments, false))
    }

    /// A verb of forcing up to eight words before a verbal noun that follows على or إلى
    /// ("أجبرت الهجمات آلاف السكان على النزوح").
    fn compelled(&self, s: &Sentence, ti: usize, cs: usize) -> Option<usize> {
        let p = s.prev_word(ti, cs)?;
        if !self.data.g.toward.contains(s.w(p)) {
            return None;
        }
        (cs.max(ti.saturating_sub(9))..p).rev().find(|&k| self.data.compel.contains(s.w(k)) || self.data.compel.contains(s.b(k)))
    }

    /// A verb of trying, preventing or intending up to six words before `ti` in its clause,
    /// across its subject (a name, a force, adverbs of time), not across a preposition.
    fn governed_by_irrealis(&self, s: &Sentence, ti: usize, cs: usize, ments: &[Mention]) -> bool {
        let d = &self.data;
        let mut k = ti;
        let mut n = 0;
        while k > cs && n < 6 {
            k -= 1;
            if s.is_quote(k) {
                continue;
            }
            if s.toks[k].kind != TokenKind::Word {
                return false;
            }
            let w = s.w(k);
            if n > 0 && (d.irrealis_verbs.contains(w) || d.irrealis_verbs.contains(s.b(k))) {
                return true;
            }
            // "يسعى الجيش إلى استعادة …": a verb of striving across its preposition.
            if d.g.irrealis_links.contains(w) {
                let lo = cs.max(k.saturating_sub(4));
                return (lo..k).any(|x| d.irrealis_verbs.contains(s.w(x)) || d.irrealis_verbs.contains(s.b(x)));
            }
            if s.actor_at(k, ments).is_none() && (self.data.g.preps.contains(w) || d.complements.contains(w) || w == "و" || d.g.time_links.contains(w)) {
                return false;
            }
            n += 1;
        }
        false
    }

    /// Whether the sentence's first source frame opens after token `tj` and no
    /// prepositional frame covers the whole sentence.
    fn frame_after(&self, s: &Sentence, tj: usize) -> bool {
        s.first_frame.get_or_init(|| self.first_frame(s)).is_some_and(|f| f > tj)
    }

    /// The token where the sentence's first source frame opens; `None` when there is none
    /// or a prepositional frame covers the whole sentence.
    fn first_frame(&self, s: &Sentence) -> Option<usize> {
        let d = &self.data;
        let mut first: Option<usize> = None;
        for k in 0..s.toks.len() {
            if s.toks[k].kind != TokenKind::Word {
                continue;
            }
            let w = s.w(k);
            if d.frame_preps.contains(w) || d.frame_preps.contains(s.b(k)) {
                return None;
            }
            // A participle ("مؤكدةً أن") goes on with a speaker already named: it opens no
            // new frame.
            if first.is_none() {
                let participle = d.participles.contains(w) || d.participles.contains(s.b(k));
                let verb = !participle
                    && d.reporting.matches(w)
                    && (k + 1..(k + 5).min(s.toks.len())).any(|x| d.complements.contains(s.w(x)) || s.w(x) == ":");
                // "اتهمت X Y بقصف …": the accuser's account.
                let accuse = !participle && (d.accuse.contains(w) || d.accuse.contains(s.b(k)));
                if verb || accuse {
                    first = Some(k);
                }
            }
        }
        first
    }

    /// The kind of a strike from the words of its clause.
    /// `required`: the words the trigger needs ("تسقط قذائف"): they are the trigger's, no cue
    /// ("طائرة حربية … قبل أن تسقط قذائف" is a strike from the air).
    fn cue(&self, s: &Sentence, ti: usize, tj: usize, required: &[String]) -> Option<EventKind> {
        let cs = s.clause_start(ti).max(ti.saturating_sub(8));
        let ce = s.clause_end(tj).min(tj + 9);
        let mut best: Option<(usize, EventKind)> = None;
        let (mut air, mut munition) = (false, false);
        for k in cs..ce {
            if k >= ti && k <= tj {
                continue;
            }
            let w = s.w(k);
            let b = s.b(k);
            // "آلاف" folds to "الاف", whose bare form is the cue "اف" (F-16).
            if self.data.quantifiers.contains(w) {
                continue;
            }
            if k > tj && k <= tj + 3 && required.iter().any(|r| required_word(w, r)) {
                continue;
            }
            // "مسيرة سلمية": a march, not a drone.
            if s.next_word(k + 1).is_some_and(|n| self.data.g.not_a_drone.contains(s.w(n)) || self.data.g.not_a_drone.contains(s.b(n))) {
                continue;
            }
            for (kind, set) in &self.data.cues {
                if set.contains(w) || set.contains(b) {
                    // "مسيرة انتحارية": the drone, not a suicide bomber.
                    let kind = if *kind == EventKind::Bombing && k > 0 && (self.data.aircraft.contains(s.w(k - 1)) || self.data.aircraft.contains(s.b(k - 1))) { EventKind::AirStrike } else { *kind };
                    let dist = if k < ti { ti - k } else { k - tj };
                    if kind == EventKind::AirStrike {
                        air = true;
                    }
                    if best.is_none_or(|(bd, _)| dist < bd) {
                        best = Some((dist, kind));
                        let x = w.strip_prefix("بال").or_else(|| w.strip_prefix('ب')).unwrap_or(b);
                        munition = self.data.g.weapons.contains(x) || self.data.g.weapons.contains(b);
                    }
                }
            }
        }
        // "بصواريخ أطلقها طيران النظام": rockets or shells that aircraft fired are an air strike.
        if air && munition && best.is_some_and(|(_, k)| k == EventKind::Shelling) {
            return Some(EventKind::AirStrike);
        }
        // "استهداف معسكر زمزم، الواقع على بعد 12 كيلومترا من المدينة، بعدد كبير من القذائف":
        // the means told with ب right past an aside on the target, when none came before.
        if best.is_none() {
            let e1 = s.clause_end(tj);
            let aside = s.next_word(e1 + 1).filter(|&n| e1 < tj + 9 && self.data.g.aside_openers.contains(s.w(n)));
            let means = aside.and_then(|n| s.next_word(s.clause_end(n) + 1)).filter(|&m| s.w(m).starts_with('ب'));
            if let Some(m) = means {
                for k in m..s.clause_end(m).min(m + 6) {
                    if let Some((kind, _)) = self.data.cues.iter().find(|(_, set)| set.contains(s.w(k)) || set.contains(s.b(k))) {
                        return Some(*kind);
                    }
                }
            }
        }
        best.map(|(_, k)| k)
    }

    /// A support verb before a verbal noun: within four words, or further when an actor
    /// follows it ("ألقت قوات الأمن الداخلي التابعة … القبض").
    fn support(&self, s: &Sentence, ti: usize, cs: usize, ments: &[Mention]) -> Option<usize> {
        let lo = cs.max(ti.saturating_sub(14));
        for k in (lo..ti).rev() {
            if s.toks[k].kind != TokenKind::Word {
                continue;
            }
            let w = s.w(k);
            // "بشن الغارات": the verbal noun of a support verb after ب.
            let after_b = w.strip_prefix("وب").or_else(|| w.strip_prefix('ب')).filter(|x| x.chars().count() >= 2);
            // "توقيف أشخاص يشتبه في تورطهم بإطلاق صواريخ": the suspects' act.
            if self.data.suspicion.contains(w) || self.data.suspicion.contains(s.b(k)) {
                return None;
            }
            // "فرضت السلطات حظر التجول بعد اشتباكات": a word of time or cause governs what follows it.
            if k + 1 == ti && self.data.g.time_links.contains(w) {
                return None;
            }
            if self.data.support.matches(w) || after_b.is_some_and(|x| self.data.support.matches(x)) {
                // "أعلنت المنظمة أن عدد النازحين …": a complement makes it a report, whose
                // speaker did nothing.
                if (k + 1..ti).any(|x| self.data.g.report_that.contains(s.w(x))) {
                    return None;
                }
                let near = ti - k <= 4;
                let actor_next = s.next_word(k + 1).is_some_and(|n| {
                    let w = s.w(n);
                    let b = s.b(n);
                    s.actor_at(n, ments).is_some()
                        || self.data.agent_heads.contains(w)
                        || self.data.agent_heads.contains(b)
                        || self.data.aircraft.contains(w)
                        || self.data.aircraft.contains(b)
                        || self.data.pronoun_forces.contains(w)
                        || self.data.agent_nouns.contains(w)
                        || self.data.agent_nouns.contains(b)
                });
                if near || actor_next {
                    return Some(k);
                }
                return None;
            }
        }
        None
    }

    /// "هجوم داعش"، "غارات لطيران التحالف"، "هجوم عنيف لقوات النظام".
    /// For a statement ("إدانة واشنطن لهجوم داعش") a capital or a country speaks for its
    /// government.
    /// `definite`: the verbal noun has the article, so a definite word after it agrees with it
    /// ("التفجير الانتحاري": an adjective) rather than naming its doer.
    fn genitive_agent(&self, s: &Sentence, tj: usize, ce: usize, ments: &[Mention], statement: bool, definite: bool) -> Option<(EntityRef, usize, usize)> {
        let mut k = tj + 1;
        let mut skipped = 0;
        while k < ce && skipped <= 2 {
            if s.is_quote(k) {
                k += 1;
                continue;
            }
            if s.toks[k].kind != TokenKind::Word {
                return None;
            }
            if statement && skipped == 0 {
                if let Some((a, b, m)) = s.mention_at(k, ments).filter(|(a, _, m)| *a == k && matches!(m.kind.as_str(), "country" | "city")) {
                    return Some((eref(m), a, b));
                }
            }
            if let Some((a, b, m)) = s.actor_at(k, ments) {
                // "عبوة ناسفة تستهدف دورية للجيش": a name with ل past a force's or a place's head
                // owns that head ("هجوم واسع لقوات X" keeps its doer).
                let owner = skipped > 0
                    && s.w(a).starts_with('ل')
                    && (tj + 1..a).any(|x| self.data.agent_heads.contains(s.b(x)) || self.data.place_heads.contains(s.b(x)));
                if ACTORS.contains(&m.kind.as_str()) && !owner {
                    return Some((eref(m), a, b));
                }
                return None;
            }
            let w = s.w(k);
            if (self.data.agent_nouns.contains(w) || self.data.agent_nouns.contains(s.b(k))) && !(definite && w.starts_with("ال")) {
                return Some((EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1));
            }
            // "هجوما للميليشيا": a generic name with ل, told by the armed actor named last.
            if let Some(head) = w.strip_prefix("لل").filter(|h| self.data.anaphors.contains(*h)) {
                let want = if self.data.g.state_heads.contains(head) { "state_force" } else { "armed_group" };
                let p = ments.partition_point(|m| m.start < s.toks[k].os);
                return ments[..p].iter().rev().find(|m| m.kind == want).map(|m| (eref(m), k, k + 1));
            }
            // "برصاص قوات الأمن"، "بنيران جيش الاحتلال": a force's head with its definite
            // genitive, right after the verbal noun.
            if skipped == 0 && !definite && self.data.agent_heads.contains(w) && !w.starts_with("ال") {
                let mut b = k + 1;
                while b < ce && b < k + 3 && s.toks[b].kind == TokenKind::Word && s.w(b).starts_with("ال") && !self.data.stops.contains(s.w(b)) && !self.data.place_heads.contains(s.b(b)) {
                    b += 1;
                }
                if b > k + 1 {
                    return Some((EntityRef { text: s.orig_text(k, b).to_string(), entity: None }, k, b));
                }
            }
            // "عبوة ناسفة بدورية للشرطة": past a prepositional phrase, a name is no doer.
            if self.data.stops.contains(w) || self.data.g.preps.contains(w) || (w.starts_with('ب') && !w.starts_with("بو") && w.chars().count() > 3) {
                return None;
            }
            k += 1;
            skipped += 1;
        }
        None
    }

    /// A doer named by an adjective of relation in or right after the trigger ("غارة
    /// إسرائيلية"، "ضربة جوية إسرائيلية"، "صاروخ فلسطيني"، "القصف الروسي"); other
    /// adjectives may stand between.
    fn nisba_agent(&self, s: &Sentence, ti: usize, tj: usize, ce: usize) -> Option<(EntityRef, usize, usize)> {
        let mut k = ti + 1;
        let end = ce.min(tj + 4);
        while k < end {
            if s.is_quote(k) {
                k += 1;
                continue;
            }
            if s.toks[k].kind != TokenKind::Word {
                return None;
            }
            let w = s.w(k);
            let b = s.b(k);
            if self.data.nisba.contains(w) || self.data.nisba.contains(b) {
                return Some((EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1));
            }
            // Only adjectives between ("جوية"، "الصاروخي"، "فاشل").
            if k > tj && !(b.ends_with('ي') || b.ends_with("يه") || b.ends_with("ل") || b.ends_with("له")) {
                return None;
            }
            if self.data.stops.contains(w) || self.data.g.preps.contains(w) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A name the lexicon lacks, ending right before `r` ("حركة الجهاد الإسلامي مسؤولة"):
    /// up to four words back to a stop, a complement or punctuation.
    fn name_before(&self, s: &Sentence, r: usize, cs: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let mut a = r;
        while a > cs && r - a < 4 && s.toks[a - 1].kind == TokenKind::Word {
            let w = s.w(a - 1);
            if self.data.stops.contains(w) || self.data.complements.contains(w) || self.data.complements.contains(s.b(a - 1)) || self.data.negation.contains(w) {
                break;
            }
            // ("وفق ما أعلن جيش X المتمرد الذي …": the verb of saying is no word of the name.)
            if self.data.reporting.matches(w) || self.data.announce.contains(w) || self.data.announce.contains(s.b(a - 1)) {
                break;
            }
            // "اتهمت قوات الدعم السريع الجيش بـ…": a name ending right before is another party.
            if a < r && s.actor_at(a - 1, ments).is_some() || self.data.accuse.contains(w) || self.data.accuse.contains(s.b(a - 1)) {
                break;
            }
            a -= 1;
        }
        (a < r).then(|| (EntityRef { text: s.orig_text(a, r).to_string(), entity: None }, a, r))
    }

    /// The subject of a relative verb after a verbal noun, within its stretch of the
    /// sentence: "هجوم صاروخي فاشل شنته «حركة الجهاد»"، "القصف … الذي شنه طيران النظام".
    fn relative_agent(&self, s: &Sentence, tj: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let n = s.toks.len();
        for k in tj + 1..n.min(tj + 10) {
            if s.is_punct(k) && !s.is_quote(k) {
                return None;
            }
            if s.toks[k].kind != TokenKind::Word {
                continue;
            }
            let w = s.w(k);
            // ("وجاءت الغارة بعد يوم من هجوم شنه مقاتلو الحركة": past a word of time the
            // relative verb is another happening's.)
            if self.data.g.time_links.contains(w) {
                return None;
            }
            let rel_pron = k > 0 && self.data.relative_pronouns.contains(s.w(k - 1));
            if !(self.data.relative_verbs.contains(w) || rel_pron && self.data.relative_plain.contains(w)) {
                continue;
            }
            let end = n.min(k + 9);
            let end = (k + 1..end).find(|&x| s.is_punct(x) && !s.is_quote(x)).unwrap_or(end);
            if let Some(a) = self.after_agent(s, k + 1, end, ments, false) {
                return Some(a);
            }
            // A name the lexicon lacks: up to a stop.
            let h = s.skip_quotes(k + 1, end);
            let mut b = h;
            while b < end && b < h + 3 && s.toks[b].kind == TokenKind::Word && !self.data.stops.contains(s.w(b)) {
                b += 1;
            }
            return (b > h).then(|| (EntityRef { text: s.orig_text(h, b).to_string(), entity: None }, h, b));
        }
        None
    }

    /// What a strike, attack, arrest or siege was done to: the first name after the trigger
    /// in its clause, as its object or after على/ضد/بحق, through a head noun ("مواقع تنظيم
    /// داعش"، "عناصر من الحزب"); not the agent, not after من/في/مع.
    fn target(&self, s: &Sentence, tj: usize, ce: usize, skip: (usize, usize), ments: &[Mention]) -> Option<EntityRef> {
        let mut k = tj + 1;
        let mut words = 0;
        while k < ce && words <= 4 {
            if k >= skip.0 && k < skip.1 {
                k = skip.1;
                continue;
            }
            if s.is_quote(k) {
                k += 1;
                continue;
            }
            if s.toks[k].kind != TokenKind::Word {
                return None;
            }
            let w = s.w(k);
            if let Some((a, _, m)) = s.mention_at(k, ments) {
                // A name after a preposition of place or company is no object.
                let governed = s.toks[k].os < m.start && {
                    let pre = &s.orig[s.toks[k].os..m.start];
                    pre.ends_with('ب') || pre.ends_with('ل') && !pre.ends_with("لل")
                };
                if a == k && !governed {
                    return Some(eref(m));
                }
                return None;
            }
            if self.data.g.target_preps.contains(w) {
                k += 1;
                continue;
            }
            // "حملة بدأتها قوات …": the name after a relative verb is the doer.
            if self.data.relative_verbs.contains(w) || self.data.relative_plain.contains(w) {
                return None;
            }
            if self.data.g.target_stops.contains(w) || self.data.stops.contains(w) && !self.data.g.target_preps_open.contains(w) {
                return None;
            }
            k += 1;
            words += 1;
        }
        None
    }

    /// "من قبل X"، "على يد X".
    fn linked_agent(&self, s: &Sentence, tj: usize, ce: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        for k in tj + 1..ce.min(tj + 8) {
            for link in &self.data.agent_links {
                let n = link.len();
                if k + n > ce || !(0..n).all(|x| s.w(k + x) == link[x]) {
                    continue;
                }
                let h = s.skip_quotes(k + n, ce);
                if h >= ce {
                    return None;
                }
                if let Some((a, b, m)) = s.actor_at(h, ments) {
                    return Some((eref(m), a, b));
                }
                // A name the lexicon lacks: up to a stop or a verb ("عناصر مسلحة اقتحمت").
                let mut b = h;
                while b < ce && b < h + 3 && s.toks[b].kind == TokenKind::Word && !self.data.stops.contains(s.w(b)) && !(b > h && perfect_verb(s.w(b))) {
                    b += 1;
                }
                if b > h {
                    return Some((EntityRef { text: s.orig_text(h, b).to_string(), entity: None }, h, b));
                }
                return None;
            }
        }
        None
    }

    /// The subject after a verb (VSO): an actor, an aircraft phrase, a person noun.
    fn after_agent(&self, s: &Sentence, from: usize, end: usize, ments: &[Mention], statement: bool) -> Option<(EntityRef, usize, usize)> {
        let mut k = from;
        let mut skipped = 0;
        while k < end && skipped <= 3 {
            if s.is_quote(k) {
                k += 1;
                continue;
            }
            if s.toks[k].kind != TokenKind::Word && s.toks[k].kind != TokenKind::Latin {
                return None;
            }
            let w = s.w(k);
            if self.data.g.adverbs.contains(w) || self.data.object_pronouns.contains(w) || self.data.object_pronouns.contains(s.b(k)) {
                k += 1;
                skipped += 1;
                continue;
            }
            // "شنت إسرائيل غارات"، "قصفت روسيا المدينة": a state right after the verb acts.
            if k == from && !statement {
                if let Some((a, b, m)) = s.mention_at(k, ments).filter(|(a, _, m)| *a == k && m.kind == "country") {
                    return Some((eref(m), a, b));
                }
            }
            if let Some((a, b, m)) = s.actor_at(k, ments) {
                if eligible(m, statement) {
                    return Some((eref(m), a, b));
                }
                return None;
            }
            // "قصف بالطائرات المسيرة": a phrase after ب is the means, not the subject.
            if w.starts_with('ب') && s.b(k) != w && !self.data.agent_heads.contains(w) {
                return None;
            }
            // "داهمت قوة من الدرك"، "مفرزة من الشرطة": a detachment of a force, told by its head.
            if (self.data.g.detachments.contains(w) || self.data.g.detachments.contains(s.b(k)))
                && k + 2 < end
                && s.w(k + 1) == "من"
                && s.toks[k + 2].kind == TokenKind::Word
                && s.w(k + 2).starts_with("ال")
                && self.data.agent_heads.contains(s.b(k + 2))
            {
                return Some((EntityRef { text: s.orig_text(k, k + 3).to_string(), entity: None }, k, k + 3));
            }
            if self.data.agent_heads.contains(w) || self.data.agent_heads.contains(s.b(k)) {
                // An aircraft or force phrase: its actor inside, else its words.
                let mut b = k + 1;
                // (a quoted name inside: "فصائل "جيش الفتح"")
                while b < end && b < k + 6 && (!s.is_punct(b) || s.is_quote(b)) {
                    // "مسيرات تابعة للجيش": the owner named after تابع (right after an indefinite
                    // head and its adjective) is the doer, and the phrase ends there.
                    if b <= k + 2 && !w.starts_with("ال") && self.data.g.affiliation.contains(s.w(b)) && b + 1 < end {
                        if let Some((ma, mb, m)) = s.actor_at(b + 1, ments).filter(|(_, _, m)| eligible(m, statement)) {
                            return Some((eref(m), ma, mb));
                        }
                        return Some((EntityRef { text: s.orig_text(k, b + 2).to_string(), entity: None }, k, b + 2));
                    }
                    if let Some((ma, mb, m)) = s.actor_at(b, ments) {
                        if eligible(m, statement) {
                            return Some((eref(m), ma, mb));
                        }
                    }
                    if self.data.stops.contains(s.w(b)) && s.w(b) != "من" {
                        break;
                    }
                    b += 1;
                }
                // "وحدات من الجيش"، "عناصر من الشرطة": some of a force, told by its head.
                if k + 2 < end && s.w(k + 1) == "من" && s.toks[k + 2].kind == TokenKind::Word && s.w(k + 2).starts_with("ال") && self.data.agent_heads.contains(s.b(k + 2)) {
                    return Some((EntityRef { text: s.orig_text(k, k + 3).to_string(), entity: None }, k, k + 3));
                }
                // No known name: the phrase itself ("قوات الأمن"، "الطيران الحربي").
                // Not into the object: a place ("اقتحمت الميليشيا المدينة").
                let object = |b: usize| self.data.place_heads.contains(s.b(b));
                let mut b = k + 1;
                while b < end && b < k + 3 && s.toks[b].kind == TokenKind::Word && s.w(b).starts_with("ال") && !self.data.stops.contains(s.w(b)) && !object(b) {
                    b += 1;
                }
                if b > k + 1 || w.starts_with("ال") {
                    let b = self.letters_number(s, b, end);
                    return Some((EntityRef { text: s.orig_text(k, b).to_string(), entity: None }, k, b));
                }
                // An indefinite head with its adjectives ("فصائل مقاتلة معارضة"، "طائرة حربية").
                let mut b = k + 1;
                // An accusative ("سوقا") or a place head ("مخيم النور") is the object.
                let accusative = |b: usize| s.w(b).ends_with('ا') && s.w(b).chars().count() >= 4;
                while b < end
                    && b < k + 4
                    && s.toks[b].kind == TokenKind::Word
                    && !s.w(b).starts_with("ال")
                    && !self.data.stops.contains(s.w(b))
                    && !self.data.g.preps.contains(s.w(b))
                    && !object(b)
                    && !accusative(b)
                    && !self.data.g.weapons.contains(s.w(b))
                {
                    b += 1;
                }
                if b > k + 1 {
                    let b = self.letters_number(s, b, end);
                    return Some((EntityRef { text: s.orig_text(k, b).to_string(), entity: None }, k, b));
                }
                return None;
            }
            if self.data.agent_nouns.contains(s.b(k)) || self.data.agent_nouns.contains(w) {
                return Some((EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1));
            }
            // "نفذت طائراته المروحية والحربية": the armed actor named last, in its words.
            if self.data.pronoun_forces.contains(w) || self.data.pronoun_forces.contains(s.b(k)) {
                let mut b = k + 1;
                while b < end && b < k + 4 && s.toks[b].kind == TokenKind::Word && (s.w(b).starts_with("ال") || s.w(b).starts_with("وال")) && !self.data.stops.contains(s.w(b)) {
                    b += 1;
                }
                let ent = s.last_armed_before(s.toks[k].os, ments);
                return Some((EntityRef { text: s.orig_text(k, b).to_string(), entity: ent.map(|m| m.entity.clone()) }, k, b));
            }
            return None;
        }
        None
    }

    /// Who says "أنها/أنه" at `p` before a verb of its own doing: the subject of the verb of
    /// saying or announcing just before ("أعلنت الشرطة أنها اعتقلت"), or, after a participle
    /// ("…، مضيفة أنها اعتقلت"), of the sentence's verb of saying: an actor, a force's
    /// phrase or a state body.
    fn speaker(&self, s: &Sentence, p: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let d = &self.data;
        let is = |k: usize, set: &HashSet<String>| set.contains(s.w(k)) || set.contains(s.b(k));
        let saying = |k: usize| s.toks[k].kind == TokenKind::Word && (d.reporting.matches(s.w(k)) || is(k, &d.announce));
        let mut k = (p.saturating_sub(4)..p).rev().find(|&k| saying(k) || (s.toks[k].kind == TokenKind::Word && is(k, &d.participles)))?;
        let mut end = p;
        if is(k, &d.participles) {
            k = (k.saturating_sub(30)..k).rev().find(|&j| saying(j))?;
            end = (k + 1..p).find(|&j| d.g.that.contains(s.w(j)) || d.g.report_that.contains(s.w(j)) || s.is_punct(j))?;
        }
        let n = s.next_word(k + 1).filter(|&n| n < end)?;
        if let Some(found) = self.after_agent(s, n, end, ments, false) {
            return Some(found);
        }
        if !is(n, &d.state_bodies) {
            return None;
        }
        if let Some((a, b, m)) = s.mention_at(n, ments).filter(|(a, b, _)| *a == n && *b <= end) {
            return Some((eref(m), a, b));
        }
        let b = if n + 1 < end && s.toks[n + 1].kind == TokenKind::Word && s.w(n + 1).starts_with("ال") { n + 2 } else { n + 1 };
        Some((EntityRef { text: s.orig_text(n, b).to_string(), entity: None }, n, b))
    }

    /// Past a letter spelled in Arabic, the number after it is of the name ("حركة إم 23"،
    /// "مقاتلات إف 16"): the end `b` of a phrase moved past it.
    fn letters_number(&self, s: &Sentence, b: usize, end: usize) -> usize {
        if b > 0 && b < end && s.toks[b].kind == TokenKind::Number && self.data.g.letter_names.contains(s.w(b - 1)) {
            b + 1
        } else {
            b
        }
    }

    /// The subject before a verb (SVO): an actor ending just before it, a force with a
    /// pronoun, an aircraft phrase.
    fn before_agent(&self, s: &Sentence, anchor: usize, cs: usize, ments: &[Mention], statement: bool, max_gap: usize) -> Option<(EntityRef, usize, usize)> {
        // "إن روسيا أطلقت …": a state right before the verb, not governed, acts.
        if max_gap == 0 && !statement && anchor > cs {
            let state = s.mention_at(anchor - 1, ments).filter(|(a, b, m)| {
                *b == anchor && m.kind == "country" && s.toks[*a].os == m.start && *a >= cs && !s.w(*a).starts_with(['ل', 'ب', 'ك'])
                    && !s.prev_word(*a, cs).is_some_and(|p| self.data.g.preps.contains(s.w(p)) || self.data.g.fronted_in.contains(s.w(p)))
            });
            if let Some((a, b, m)) = state {
                return Some((eref(m), a, b));
            }
        }
        // "حركة الجهاد التي أطلقت": the relative pronoun stands for the subject before it
        // (not with an object pronoun on or after the verb: "المستشفى الذي قصفته"،
        // "الريف الذي تسيطر عليه").
        let object_suffix = ["ه", "ها", "هم"].iter().any(|x| s.w(anchor).ends_with(x))
            || s.next_word(anchor + 1).is_some_and(|n| self.data.object_pronouns.contains(s.w(n)) || self.data.object_pronouns.contains(s.b(n)));
        if let Some(p) = s.prev_word(anchor, cs).filter(|&p| p + 1 == anchor && !object_suffix && self.data.g.relative_subject.contains(s.w(p))) {
            let known = s.prev_word(p, cs).and_then(|q| s.actor_at(q, ments)).filter(|(_, b, m)| *b == p && eligible(m, statement));
            return known.map(|(a, b, m)| (eref(m), a, b)).or_else(|| self.name_before(s, p, cs, ments));
        }
        // "طائرات النظام المروحية ألقت": an aircraft, its owner and its adjective; the owner acts.
        if anchor >= cs + 3 && s.w(anchor - 1).starts_with("ال") && self.data.aircraft.contains(s.b(anchor - 1)) {
            if let Some((a, b, m)) = s.actor_at(anchor - 2, ments) {
                if b + 1 == anchor && a > cs && self.data.aircraft.contains(s.w(a - 1)) && eligible(m, statement) {
                    return Some((eref(m), a, b));
                }
            }
        }
        let mut k = anchor;
        let mut gap = 0;
        while k > cs && gap <= max_gap {
            k -= 1;
            if s.is_quote(k) {
                continue;
            }
            if s.is_punct(k) {
                break;
            }
            if let Some((a, b, m)) = s.actor_at(k, ments) {
                // "بمساندة التحالف"، "من قسد": not the subject; look further back.
                let governed = s.prev_word(a, cs).is_some_and(|p| {
                    let w = s.w(p);
                    self.data.g.preps.contains(w) || (w.starts_with('ب') && w.chars().count() > 3 && !s.toks[p].kind.eq(&TokenKind::Punct))
                });
                // "المرتبطة بتنظيم القاعدة": ب on the name's own word (not ل: "بهجوم لتنظيم داعش
                // استهدف" names the doer of the noun that is the verb's subject).
                let own = s.toks[a].os < m.start && s.orig[s.toks[a].os..m.start].ends_with('ب');
                if (governed || own) && max_gap > 0 {
                    k = a;
                    gap += 1;
                    continue;
                }
                if own {
                    break;
                }
                if eligible(m, statement) {
                    return Some((eref(m), a, b));
                }
                break;
            }
            let w = s.w(k);
            // "أن المهاجمين أحرقوا": people named by what they do.
            if k + 1 == anchor && (self.data.agent_nouns.contains(w) || self.data.agent_nouns.contains(s.b(k))) {
                return Some((EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: None }, k, k + 1));
            }
            if self.data.pronoun_forces.contains(w) || self.data.pronoun_forces.contains(s.b(k)) {
                let ent = s.last_armed_before(s.toks[k].os, ments);
                return Some((EntityRef { text: s.orig_text(k, k + 1).to_string(), entity: ent.map(|m| m.entity.clone()) }, k, k + 1));
            }
            if self.data.stops.contains(w) || max_gap == 0 {
                break;
            }
            gap += 1;
        }
        if max_gap == 0 {
            // "الجيش الليبي ينفذ": a force's head noun and its adjectives right before the verb.
            let mut h = anchor;
            while h > cs && anchor - h < 3 && s.toks[h - 1].kind == TokenKind::Word {
                h -= 1;
                let w = s.w(h);
                if self.data.agent_heads.contains(s.b(h)) && w.starts_with("ال") {
                    // ("بالطائرات المسيرة استهدف": the adjective of a means, not a subject.)
                    let adjective = h > cs && s.w(h - 1).starts_with("بال");
                    if !adjective && (h + 1..anchor).all(|x| s.w(x).starts_with("ال") && !self.data.stops.contains(s.w(x))) {
                        return Some((EntityRef { text: s.orig_text(h, anchor).to_string(), entity: None }, h, anchor));
                    }
                    break;
                }
                // "جرافات الاحتلال هدمت"، "قوات الأمن اعتقلت": a force's head with its definite genitive.
                if h + 1 < anchor && !w.starts_with("ال") && (self.data.agent_heads.contains(w) || self.data.g.owned_heads.contains(w)) && !(h > cs && self.data.g.preps.contains(s.w(h - 1))) {
                    return Some((EntityRef { text: s.orig_text(h, anchor).to_string(), entity: None }, h, anchor));
                }
                if !w.starts_with("ال") || self.data.stops.contains(w) {
                    break;
                }
            }
            return None;
        }
        // An aircraft phrase ending before the verb: "طائرات من طراز "أباتشي" الأميركية تقصف".
        let lo = cs.max(anchor.saturating_sub(7));
        for h in (lo..anchor).rev() {
            if s.is_punct(h) && !s.is_quote(h) {
                break;
            }
            let w = s.w(h);
            // "قصف بالطائرات المسيرة": the means (and its adjective), not the subject.
            if w.starts_with('ب') && !self.data.aircraft.contains(w) || w.starts_with("ال") && h > lo && s.w(h - 1).starts_with("بال") {
                continue;
            }
            // ("غارة بطائرة مسيرة استهدفت": the adjective of a means after ب.)
            if h > lo && s.w(h - 1).strip_prefix('ب').is_some_and(|x| self.data.aircraft.contains(x)) {
                continue;
            }
            if self.data.aircraft.contains(s.b(h)) || self.data.aircraft.contains(w) {
                if let Some((a, b, m)) = (h..anchor).find_map(|x| s.actor_at(x, ments)) {
                    if eligible(m, statement) {
                        return Some((eref(m), a, b));
                    }
                }
                // Up to the verb, without a relative pronoun before it ("الطائرة الحربية التي قصفت"),
                // nor a verb of its own ("طائرة حربية حلقت فوق المدينة قبل أن تسقط").
                let mut e = (h + 1..anchor).find(|&x| perfect_verb(s.w(x))).unwrap_or(anchor);
                while e > h + 1 && (self.data.stops.contains(s.w(e - 1)) || s.is_punct(e - 1)) {
                    e -= 1;
                }
                return Some((EntityRef { text: s.orig_text(h, e).trim().to_string(), entity: None }, h, e));
            }
        }
        None
    }

    /// The subject of an earlier verb of the sentence: the nearest armed actor before the
    /// trigger that is not governed by a preposition.
    fn earlier_subject(&self, s: &Sentence, anchor: usize, ments: &[Mention], statement: bool) -> Option<(EntityRef, usize, usize)> {
        // A doer named further back than this is another clause's: and a run-on page with no
        // full stop must not make every trigger scan the page back to its start.
        const WINDOW: usize = 60;
        let lo = anchor.saturating_sub(WINDOW);
        // ("التحقيق الأولي للجيش في حادث قصف": with no other, a name after ل.)
        let mut lam_name: Option<(usize, usize, &Mention)> = None;
        let mut k = anchor;
        while k > lo {
            k -= 1;
            let Some((a, b, m)) = s.actor_at(k, ments) else { continue };
            k = a;
            let ok = if statement { eligible(m, true) } else { ARMED.contains(&m.kind.as_str()) };
            if !ok {
                continue;
            }
            // A proclitic preposition inside the token ("لقسد"، "بالتنظيم"), or one the name
            // took in ("للحشد الشعبي": its owner, "نقطة تفتيش للحشد").
            let tok = s.toks[a];
            if tok.os < m.start {
                let pre = &s.orig[tok.os..m.start];
                if pre.contains('ل') || pre.contains('ب') {
                    continue;
                }
            }
            let prev = s.prev_word(a, 0);
            if prev.is_some_and(|p| self.data.g.preps.contains(s.w(p)) || self.data.agent_links.iter().any(|l| l.last().is_some_and(|x| x == s.w(p)))) {
                continue;
            }
            // "قالت الحركة إن المستشفى استُهدف": the speaker is no doer.
            if (b..anchor).any(|x| self.data.complements.contains(s.w(x)) && !self.data.g.not_reporting.contains(s.w(x))) {
                continue;
            }
            if s.w(a).starts_with("لل") {
                lam_name = lam_name.or(Some((a, b, m)));
                continue;
            }
            return Some((eref(m), a, b));
        }
        lam_name.map(|(a, b, m)| (eref(m), a, b))
    }

    /// The subject right after the verb that opens the clause before `a` (the sentence's
    /// first word, or a verb with و after a comma), when that verb is perfect like `a`'s.
    fn opening_subject(&self, s: &Sentence, a: usize, ments: &[Mention], statement: bool) -> Option<(EntityRef, usize, usize)> {
        let lo = a.saturating_sub(20);
        let p = (lo..a).rev().find(|&p| {
            if s.toks[p].kind != TokenKind::Word {
                return false;
            }
            let w = s.w(p);
            let opens = s.prev_word(p, 0).is_none() || (p > 0 && s.is_boundary(p - 1)) || s.prev_word(p, 0).is_some_and(|q| q + 1 < p && s.is_punct(p - 1));
            let v = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            opens && (perfect_verb(v) || self.data.support.matches(v))
        })?;
        let r = self.after_agent(s, p + 1, a.min(p + 8), ments, statement)?;
        // Its subject stands right after it (an adverb of time between at most).
        (r.1 <= p + 2).then_some(r)
    }

    /// The place of an event: the first place after it in its clause (a facility or
    /// quarter before a town), else the nearest before it.
    #[allow(clippy::too_many_arguments)]
    fn place(&self, s: &Sentence, ti: usize, from: usize, cs: usize, ce: usize, skip: (usize, usize), ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let end = ce.min(from + 16);
        // "اقتحموا قرية X ليلا وأحرقوا المنازل": a verb with و past its object opens the next
        // act; the sites after it are that act's.
        let end = (from + 1..end).find(|&k| s.toks[k].kind == TokenKind::Word && s.w(k).strip_prefix('و').is_some_and(perfect_verb)).unwrap_or(end);
        let mut broad: Option<(EntityRef, usize, usize, bool)> = None;
        let mut k = from;
        while k < end {
            if k >= skip.0 && k < skip.1 {
                k = skip.1;
                continue;
            }
            // A site a few words past the town ("بلدة سرمين بريف إدلب"، "على إسرائيل يوم 7 أكتوبر …
            // مستشفى ناصر"): only a site close after the town is where it happened.
            if broad.as_ref().is_some_and(|(_, _, b, _)| k >= b + 4) {
                break;
            }

            if let Some((r, a, b, is_broad)) = self.place_at(s, k, ments) {
                // "أطلقت صواريخ باتجاه إسرائيل": where it was aimed, not where it happened
                // (also across «الحدود مع»: "فروا نحو الحدود مع الكاميرون").
                let mut j = k;
                while j > 0 && k - j < 3 && self.data.g.aimed_through.contains(s.w(j - 1)) {
                    j -= 1;
                }
                if j > 0 && self.data.g.aimed.contains(s.w(j - 1)) {
                    k = b;
                    continue;
                }
                if !is_broad {
                    return Some(self.named_after(s, (r, a, b), end, ments));
                }
                if broad.is_none() {
                    let (r, a, b) = self.named_after(s, (r, a, b), end, ments);
                    broad = Some((r, a, b, is_broad));
                }
                k = b;
                continue;
            }
            k += 1;
        }
        if let Some((r, a, b, _)) = broad {
            // "سقطت على مخيم للنازحين في ضواحي المدينة": a kind of site told before a broad
            // place named by heads alone is where it happened.
            let heads_only = (a..b).all(|k| s.toks[k].kind != TokenKind::Word || self.data.place_heads.contains(s.b(k)));
            if heads_only && a > from {
                if let Some(p) = self.described_place(s, from, a, ments) {
                    return Some(p);
                }
            }
            return Some((r, a, b));
        }
        // No place named after it in its clause: a kind of place as its object ("قاعدة
        // عسكرية"، "مبنى سكني"، "منزل").
        if let Some(p) = self.described_place(s, from, end, ments) {
            return Some(self.named_after(s, p, end, ments));
        }
        // "قبل أن تندلع معارك في محيطها": a place told by a pronoun is the one named last
        // before it, in its sentence, else in the sentence before.
        // (right after it or its adjective, or after في: not a relative clause's "مواقع يتحصن
        // فيها"، "الطريق التي تقع فيها"، nor "معركة أمس قتل فيها")
        let pronoun = (from..end.min(from + 6)).any(|k| {
            s.toks[k].kind == TokenKind::Word
                && self.data.g.pronoun_places.contains(s.w(k))
                && (k == from || k > 0 && s.w(k - 1) == "في" || k == from + 1 && !perfect_verb(s.w(from)) && !s.w(from).starts_with(['ي', 'ت']))
        });
        // Before the trigger: in its clause, nearest first; a clause of result ("، ما أجبر
        // سكانها على الفرار") happened where the clause before it did.
        let cs = match s.next_word(cs) {
            _ if pronoun => ti.saturating_sub(30),
            Some(o) if cs > 0 && self.data.g.result_openers.contains(s.w(o)) => s.clause_start(cs - 1),
            // "حررت مختطفا في محافظة X، واعتقلت ثلاثة": a verb with و goes on where the clause
            // before it was.
            Some(o) if cs > 0 && o == ti && s.w(o).strip_prefix('و').is_some_and(perfect_verb) => s.clause_start(cs - 1),
            _ => cs,
        };
        let mut best_broad = None;
        let mut k = ti;
        while k > 0 {
            k -= 1;
            if k >= skip.0 && k < skip.1 {
                continue;
            }
            if let Some((r, a, b, is_broad)) = self.place_at(s, k, ments) {
                if b > ti {
                    continue;
                }
                if a < cs {
                    break;
                }
                // "مقديشو - انفجرت عبوة …": a dateline is where the report was filed.
                if s.dateline(a, b) {
                    continue;
                }
                if !is_broad {
                    return Some((r, a, b));
                }
                if best_broad.is_none() {
                    best_broad = Some((r, a, b));
                }
            }
            if k <= cs {
                break;
            }
        }
        best_broad.or_else(|| self.fronted_place(s, cs, ments)).or_else(|| {
            // (the sentence before: its last place, a little way back)
            if !pronoun {
                return None;
            }
            let start = s.toks.first()?.os;
            // (mentions in text order: only those just before the sentence are looked at)
            let n = ments.partition_point(|m| m.start < start);
            ments[..n]
                .iter()
                .rev()
                .take_while(|m| m.start + 400 > start)
                .filter(|m| PLACES.contains(&m.kind.as_str()) && m.end <= start)
                .max_by_key(|m| m.end)
                .map(|m| (eref(m), 0, 0))
        })
    }

    /// "بلدة جديدة في …"، "بلدة مجاورة مساء الاثنين": an adjective not in ي (data
    /// plain_adjectives) that ends the phrase; not a name's first word ("بلدة جديدة عرطوز").
    fn plain_adjective(&self, s: &Sentence, k: usize) -> bool {
        self.data.g.plain_adjectives.contains(s.w(k))
            && match s.next_word(k + 1) {
                None => true,
                Some(n) => {
                    let w = s.w(n);
                    n > k + 1 || self.data.stops.contains(w) || self.data.g.preps.contains(w) || self.data.g.adverbs.contains(w) || w.starts_with(['و', 'ب', 'ل'])
                }
            }
    }

    /// A place told by its kind right after a trigger ("على قاعدة عسكرية تابعة للنظام"،
    /// "استهدف منزلا في …"): its head noun, its adjectives, and "تابع(ة) ل X".
    fn described_place(&self, s: &Sentence, from: usize, end: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        // ("استهدفت مركزا تجاريا"، "دمرت مستودعا": the accusative's alif.)
        let head = |k: usize| {
            k < end && s.toks[k].kind == TokenKind::Word && {
                let b = s.b(k);
                (self.data.place_heads.contains(b) && !(self.data.named_heads.contains(b) && s.w(k).contains("ال")))
                    || b.strip_suffix('ا').is_some_and(|x| self.data.place_heads.contains(x))
            }
        };
        let k = if head(from) {
            from
        } else {
            // Past its object ("بإطلاق 59 صاروخا على قاعدة …"): the place after a preposition.
            let p = (from..end.min(from + 5)).find(|&k| self.data.g.place_preps.contains(s.w(k)))?;
            let mut k = s.skip_quotes(p + 1, end);
            // "في عدة مقاطعات"، "على 3 مدارس": past a count.
            while k < end && k < p + 3 && (s.toks[k].kind == TokenKind::Number || self.data.quantifiers.contains(s.w(k))) {
                k += 1;
            }
            if !head(k) {
                return None;
            }
            k
        };
        let mut b = k + 1;
        while b < end && b < k + 3 && s.toks[b].kind == TokenKind::Word && generic_adjective(s.w(b)) && !self.data.stops.contains(s.w(b)) && !self.data.g.preps.contains(s.w(b)) {
            b += 1;
        }
        if b < end && self.data.g.affiliation.contains(s.w(b)) && b + 1 < end && s.toks[b + 1].kind == TokenKind::Word {
            b += 2;
        }
        // "مدخل وزارة الخارجية": a name right after the head is the site's owner.
        if b == k + 1 {
            if let Some((ma, mb, _)) = s.mention_at(b, ments) {
                if ma == b && mb <= end {
                    b = mb;
                }
            }
        }
        let text = s.orig_text(k, b).to_string();
        let entity = Some(format!("place:{}", (k..b).map(|q| s.b(q)).collect::<Vec<_>>().join("-")));
        Some((EntityRef { text, entity }, k, b))
    }

    /// A bare kind of site, one word ("قرى"، "منازل") right before a named
    /// place after a preposition ("… في بلدة X"): the named place, as for "منازل في بلدة X".
    fn named_after(&self, s: &Sentence, p: (EntityRef, usize, usize), end: usize, ments: &[Mention]) -> (EntityRef, usize, usize) {
        let (r, a, b) = &p;
        // (A lexicon name has an id of Latin letters; a pattern-found "place:…" names a kind.)
        let lexicon = r.entity.as_deref().is_some_and(|id| id.strip_prefix("place:").unwrap_or(id).chars().any(|c| c.is_ascii_alphanumeric()));
        // ("مستشفى الشفاء" is named, "حاجز للجيش" a facility with its owner: both kept.)
        // ("منازل المواطنين في حي X": a kind of site whose genitive is its people, unnamed too.)
        let unnamed = !lexicon && !s.w(*a).trim_start_matches(['و', 'ف']).starts_with("ال") && (*b == a + 1 || *b == a + 2 && self.data.g.residents.contains(s.w(a + 1)));
        let Some(pb) = s.next_word(*b).filter(|&q| q + 1 < end && ["في", "قرب"].contains(&s.w(q))) else { return p };
        let Some(n) = s.next_word(pb + 1).filter(|&q| q < end && unnamed) else { return p };
        match self.place_at(s, n, ments) {
            Some((n, na, nb, _)) if s.mention_at(na, ments).is_some() || (na + 1 < nb) => (n, na, nb),
            _ => p,
        }
    }

    /// "وفي كركوك، انفجرت عبوة …": a place fronted at the head of the sentence, closed by a
    /// comma, sets every clause after it.
    fn fronted_place(&self, s: &Sentence, cs: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let k = s.next_word(0)?;
        if cs == 0 || !self.data.g.fronted_in.contains(s.w(k)) || k + 1 >= s.toks.len() {
            return None;
        }
        let (r, a, b, _) = self.place_at(s, k + 1, ments)?;
        (b < s.toks.len() && s.is_boundary(b) && b < cs).then_some((r, a, b))
    }

    /// A state body right after a verb of announcing, deciding or imposing before the
    /// trigger, in its clause: its name as the recognizer gives it, else the head and the
    /// word of the article after it ("وزارة الداخلية").
    fn state_body(&self, s: &Sentence, ti: usize, cs: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize)> {
        let d = &self.data;
        let n = (cs.max(ti.saturating_sub(8))..ti).rev().find_map(|k| {
            let (w, b) = (s.w(k), s.b(k));
            let verb = d.announce.contains(w) || d.announce.contains(b) || d.decide.contains(w) || d.decide.contains(b) || d.support.matches(w);
            s.next_word(k + 1).filter(|&n| verb && n < ti && (d.state_bodies.contains(s.w(n)) || d.state_bodies.contains(s.b(n))))
        })?;
        if let Some((a, b, m)) = s.mention_at(n, ments) {
            return (a == n && b <= ti).then(|| (eref(m), a, b));
        }
        let b = if n + 1 < ti && s.toks[n + 1].kind == TokenKind::Word && s.w(n + 1).starts_with("ال") { n + 2 } else { n + 1 };
        Some((EntityRef { text: s.orig_text(n, b).to_string(), entity: None }, n, b))
    }

    /// "بلدة عيل طير بعد …"، "حي شهر نو عقب …": a foreign name's second word after a
    /// settlement's indefinite head and one plain word, when the phrase then ends (a stop, a
    /// preposition, a word of time, a direction).
    fn two_word_name(&self, s: &Sentence, k: usize, b: usize, ments: &[Mention]) -> bool {
        let d = &self.data;
        // (after a feminine head an adjective agrees: a word in ي is a name, "بلدة داتو سودي")
        let fem = s.b(k).ends_with('ه');
        let plain = |w: &str| {
            !w.starts_with("ال") && !w.starts_with("لل") && !w.starts_with('و') && !w.starts_with('ب') && !d.stops.contains(w) && !d.g.preps.contains(w)
                && !d.asides.contains(w) && !d.g.adverbs.contains(w) && !d.g.time_links.contains(w) && !perfect_verb(w)
                // (no adjective of relation has two letters: "قرية كياوك ني ماو")
                && (!generic_adjective(w) || fem && w.ends_with('ي') && w.chars().count() >= 4 || w.chars().count() == 2)
                && w.chars().count() >= 2
        };
        if s.w(k) != s.b(k) || !d.broad_heads.contains(s.b(k)) && !["بلده", "حي", "قريه"].contains(&s.b(k)) || !plain(s.w(b - 1)) || !plain(s.w(b)) || ["ين", "ان", "ات"].iter().any(|e| s.w(b).ends_with(e)) {
            return false;
        }
        // (Not a dual or plural, nor at a sentence's end: "مدينة حلب مرتين".)
        let ender = |n: usize| {
            let w = s.w(n);
            d.stops.contains(w) || d.g.preps.contains(w) || d.g.time_links.contains(w) || d.asides.contains(w) || d.g.adverbs.contains(w) || generic_adjective(w)
                // ("بلدة داتو سودي أمبانغ بإقليم …": a place of its own after ب)
                || w.strip_prefix('ب').is_some_and(|x| d.place_heads.contains(bare(x)))
        };
        // A third plain word of the name when the phrase ends after it ("بلدة داتو سودي أمبانغ").
        // (Not past a name the lexicon knows: "مدينة حلب معارك متواصلة منذ …".)
        let known = s.mention_at(b - 1, ments).is_some_and(|(_, _, m)| !m.entity.starts_with("place:"));
        s.next_word(b + 1).is_some_and(|n| ender(n) || !known && plain(s.w(n)) && !["ين", "ان", "ات"].iter().any(|e| s.w(n).ends_with(e)) && s.next_word(n + 1).is_some_and(ender))
    }

    /// Whether the word after token `b` ends a foreign name (see `two_word_name`), not a
    /// third word of it.
    fn two_word_ends(&self, s: &Sentence, b: usize) -> bool {
        let d = &self.data;
        s.next_word(b + 1).is_some_and(|n| {
            let w = s.w(n);
            d.stops.contains(w) || d.g.preps.contains(w) || d.g.time_links.contains(w) || d.asides.contains(w) || d.g.adverbs.contains(w) || generic_adjective(w)
                || w.strip_prefix('ب').is_some_and(|x| d.place_heads.contains(bare(x)))
        })
    }

    /// A place starting at token `k`: a lexicon place or a head-noun phrase, whichever is
    /// longer. Returns (place, first token, end token, broad).
    fn place_at(&self, s: &Sentence, k: usize, ments: &[Mention]) -> Option<(EntityRef, usize, usize, bool)> {
        if s.toks[k].kind != TokenKind::Word {
            return None;
        }
        // "بالرصاص الحي": live fire, not a quarter.
        if k > 0 && self.data.g.not_a_place_after.contains(s.w(k - 1)) && s.mention_at(k, ments).is_none() {
            return None;
        }
        // "هجوم على مديرية حيس": a district in construct that the names crate read as a
        // directorate ("مديرية الأمن" stays one: its word after is a field an office runs).
        if self.data.g.district_heads.contains(s.b(k)) && !s.w(k).contains("ال") && k + 1 < s.toks.len() && s.toks[k + 1].kind == TokenKind::Word {
            let (x, bx) = (s.w(k + 1), s.b(k + 1));
            let office = s.mention_at(k, ments).is_some_and(|(a, _, m)| a == k && m.kind == "org");
            if office && !self.data.g.directorate_fields.contains(bx) && !self.data.stops.contains(x) && !self.data.g.preps.contains(x) && !x.starts_with('و') {
                let entity = Some(format!("place:{}-{}", s.b(k), bx));
                return Some((EntityRef { text: s.orig_text(k, k + 2).to_string(), entity }, k, k + 2, self.data.broad_heads.contains(s.b(k))));
            }
        }
        // ("قرية بإقليم X": a head and a place head after ب are no village named "بإقليم".)
        let glued_head = |q: usize| q < s.toks.len() && s.w(q).strip_prefix('ب').is_some_and(|x| self.data.place_heads.contains(bare(x)));
        let misread = |a: usize, b: usize, m: &Mention| m.entity.starts_with("place:") && (a..b).any(|q| q > a && glued_head(q) || q == a && glued_head(q) && b == a + 1);
        let ment = s.mention_at(k, ments).filter(|(a, b, m)| *a == k && PLACES.contains(&m.kind.as_str()) && !misread(*a, *b, m));
        // A body's name that runs on over where it is ("برنامج الأغذية العالمي في بلدة هبيلا"):
        // the place after في inside it is read as if alone.
        let host = s
            .mention_at(k, ments)
            .filter(|(a, _, m)| *a < k && !PLACES.contains(&m.kind.as_str()) && k > 0 && s.w(k - 1) == "في" && self.data.place_heads.contains(s.b(k)))
            .map(|(a, b, _)| (a, b));
        // A pattern-found "مبنى سكنياً" names a kind of place, not a place.
        if let Some((a, b, m)) = ment {
            // ("مخيم جباليا" ends like an adjective but is a name the lexicon knows.)
            let named = m.entity.strip_prefix("place:").is_some_and(|id| id.chars().any(|c| c.is_ascii_alphanumeric()));
            // ("إقليم شبيلي السفلى": a word in ي with its own definite adjective is a name.)
            let own_adjective = b > a + 2 && s.w(a + 2).starts_with("ال") && !self.data.stops.contains(s.w(a + 2));
            let plain_adj = b > a + 1 && self.plain_adjective(s, a + 1);
            if m.entity.starts_with("place:") && b > a + 1 && (kind_adjective(s.b(a), s.w(a + 1)) || plain_adj) && !named && !own_adjective {
                return None;
            }
        }
        if s.mention_at(k, ments).is_some_and(|(a, b, m)| (!PLACES.contains(&m.kind.as_str()) || a != k) && !misread(a, b, m)) && ment.is_none() && host.is_none() {
            return None;
        }
        let w = s.w(k);
        // ("قرية بإقليم إيتوري": a head glued to ب after a bare kind of place.)
        let head = match w.strip_prefix('ب').map(bare) {
            Some(h) if !self.data.place_heads.contains(s.b(k)) && self.data.place_heads.contains(h) && k > 0 && self.data.place_heads.contains(s.b(k - 1)) => h,
            _ => s.b(k),
        };
        let mut np = None;
        if self.data.place_heads.contains(head) {
            let mut b = k + 1;
            let mut words = 1;
            let mut inner: Option<&Mention> = ment.map(|(_, _, m)| m);
            while b < s.toks.len() && words < 4 {
                if s.is_quote(b) {
                    b += 1;
                    continue;
                }
                if s.toks[b].kind != TokenKind::Word {
                    break;
                }
                let x = s.w(b);
                if self.data.stops.contains(x) || self.data.g.preps.contains(x) {
                    break;
                }
                if let Some((ma, mb, m)) = s.mention_at(b, ments).filter(|(ma, mb, m)| host != Some((*ma, *mb)) && !misread(*ma, *mb, m)) {
                    if !PLACES.contains(&m.kind.as_str()) {
                        break;
                    }
                    if ma == b {
                        inner.get_or_insert(m);
                        words += mb - b;
                        b = mb;
                        continue;
                    }
                }
                // "معسكر أبو شوك"، "مخيم عين الحلوة": a compound name's second word.
                let compound = words == 2 && (self.data.name_openers.contains(s.w(b - 1)) || self.two_word_name(s, k, b, ments))
                    // (a third word: the two before it a name that goes on with it)
                    || words == 3 && b == k + 3 && self.two_word_name(s, k, b - 1, ments) && !self.two_word_ends(s, b - 1);
                // ("سوق قصة خواني المزدحم": a foreign name's word in ي with the site's own
                // definite adjective after it goes on with the name.)
                let own_adj = s.next_word(b + 1).is_some_and(|n| s.w(n).starts_with("ال") && !self.data.stops.contains(s.w(n)));
                let foreign = words >= 3 && x.ends_with('ي') && x.chars().count() >= 4 && own_adj && s.mention_at(b, ments).is_none();
                if !(words <= 1 || x.starts_with("ال") || x.starts_with("لل") || compound || foreign) {
                    break;
                }
                // "المستشفيات يمثل": a definite head takes no genitive; only its adjectives.
                if words == 1 && s.b(k) != w && !(x.starts_with("ال") || x.starts_with("لل")) {
                    break;
                }
                if x.starts_with('و') && x.chars().count() > 3 {
                    break;
                }
                // "مبنى سكنياً"، "موقع عسكري": a kind of place, not a named one.
                // ("إقليم شبيلي السفلى": a word in ي with its own adjective is a name.)
                let own_adjective = s.next_word(b + 1).is_some_and(|n| s.w(n).starts_with("ال") && !self.data.stops.contains(s.w(n)));
                // ("بلدة ميرباليه": a writer who ends the head in ة and the word in يه wrote a
                // foreign name, not an adjective in ية.)
                let foreign_ha = s.orig_text(k, k + 1).ends_with('ة') && s.orig_text(b, b + 1).ends_with("يه");
                if words == 1 && (kind_adjective(head, x) || self.plain_adjective(s, b)) && !own_adjective && !foreign_ha && s.mention_at(b, ments).is_none() {
                    break;
                }
                if x.starts_with('ب') && !x.starts_with("بو") {
                    break;
                }
                // "معسكر يسيطر عليه الحوثيون": an imperfect verb with its pronoun object opens a
                // relative clause on the head, no name's word ("مدينة يبرود" stays a name).
                if x.starts_with(['ي', 'ت']) && s.next_word(b + 1).is_some_and(|n| self.data.object_pronouns.contains(s.w(n))) {
                    break;
                }
                b += 1;
                words += 1;
            }
            // close an opened quote
            while b > k + 1 && s.is_quote(b - 1) && (k..b).filter(|&q| s.is_quote(q)).count() % 2 == 1 {
                b -= 1;
            }
            // ("في القطاع"، "العاصمة الأفغانية": a named head with the article refers back.)
            let alone_ok = (b > k + 1 || w.starts_with("ال") || s.b(k) != w) && !(self.data.named_heads.contains(head) && w.contains("ال"));
            if alone_ok && (b > k + 1 || w.contains("ال")) {
                let entity = match inner {
                    Some(m) => Some(m.entity.clone()),
                    None => Some(format!("place:{}", (k..b).filter(|&q| !s.is_quote(q)).map(|q| s.b(q)).collect::<Vec<_>>().join("-"))),
                };
                let is_broad = self.data.broad_heads.contains(head);
                np = Some((EntityRef { text: s.orig_text(k, b).to_string(), entity }, k, b, is_broad));
            }
        }
        match (np, ment) {
            (Some(n), Some((_, mb, m))) => {
                if n.2 >= mb {
                    Some(n)
                } else {
                    Some((eref(m), k, mb, BROAD.contains(&m.kind.as_str())))
                }
            }
            (Some(n), None) => Some(n),
            (None, Some((_, mb, m))) => Some((eref(m), k, mb, BROAD.contains(&m.kind.as_str()))),
            (None, None) => None,
        }
    }
}

/// A word is a required one when, its clitics off, it is that word or that stem with a noun
/// ending and pronoun ("عائل" → "عائلاتهم"): «الاف» is no prefix of «افراد».
fn required_word(w: &str, r: &str) -> bool {
    if w == r {
        return true;
    }
    let (bw, br) = (bare(w), bare(r));
    bw.strip_prefix(br).is_some_and(|rest| rest.is_empty() || affix::noun_suffix(rest).is_some())
}

/// Byte spans of the folded text that are blocks of links to other articles: a line that is
/// only a label of `labels` ("اقرأ أيضا:"), then the short lines after it (headlines, up to
/// 20 words each) until a longer one.
fn related_blocks(t: &str, labels: &HashSet<String>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut pos = 0;
    // (line by line with the library's searches only: most articles have no label at all)
    for line in t.split_inclusive('\n') {
        let (a, b) = (pos, pos + line.len());
        pos = b;
        if let Some(start) = open {
            if line.split_whitespace().count() <= 20 {
                continue;
            }
            out.push((start, a));
            open = None;
        }
        let core = line.trim_matches(|c: char| !is_arabic_letter(c));
        if core.len() <= 48 && labels.contains(core) && !line.bytes().any(|c| c.is_ascii_digit()) {
            open = Some(a);
        } else if core.len() <= 320 {
            // "اقرأ أيضا: غارات على …": a link on the label's own line.
            let inline = labels.iter().any(|l| core.strip_prefix(l.as_str()).is_some_and(|r| r.starts_with(|c: char| !is_arabic_letter(c))));
            if inline && line.split_whitespace().count() <= 24 {
                out.push((a, b));
            }
        }
    }
    if let Some(start) = open {
        out.push((start, t.len()));
    }
    out
}

/// A four-digit year in any of the digit sets ("1982"، "١٩٨٢").
fn year_of(t: &str) -> Option<u32> {
    let digits: Option<String> = t
        .trim()
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    digits.filter(|d| d.len() == 4).and_then(|d| d.parse().ok())
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// A word that looks like a verb of the third person ("اقتحمت"، "قصفت"، "بحثوا"، "ينتمون"):
/// ends in ت (not in the plural ات) or in وا, or is an imperfect plural.
fn perfect_verb(w: &str) -> bool {
    let n = w.chars().count();
    // (and an imperfect of the plural, "ينتمون"، not a nisba plural "يمنيون")
    n >= 4 && (w.ends_with('ت') && !w.ends_with("ات") || w.ends_with("وا"))
        || n >= 5 && w.starts_with(['ي', 'ت']) && w.ends_with("ون") && !w.ends_with("يون")
}

/// An indefinite adjective of relation ("سكنياً"، "عسكري"): the phrase it ends names a kind.
fn generic_adjective(w: &str) -> bool {
    !w.starts_with("ال") && ["ي", "يه", "يا", "يين", "يات"].iter().any(|e| w.ends_with(e))
}

/// An adjective after a place's head that makes it a kind: after a feminine head an
/// adjective agrees, so a word in ي there is a name ("بلدة خامندي"، "منطقة كوتلي").
fn kind_adjective(head: &str, w: &str) -> bool {
    generic_adjective(w) && !(head.ends_with('ه') && w.ends_with('ي') && w.chars().count() >= 4)
}

fn eref(m: &Mention) -> EntityRef {
    // "للجيش السوداني": a name whose ل took the article's alif is told as "الجيش السوداني".
    let text = match m.text.strip_prefix("لل") {
        Some(rest) if rest.chars().count() >= 3 => format!("ال{rest}"),
        _ => m.text.clone(),
    };
    EntityRef { text, entity: Some(m.entity.clone()) }
}

fn eligible(m: &Mention, statement: bool) -> bool {
    if statement {
        !PLACES.contains(&m.kind.as_str())
    } else {
        ACTORS.contains(&m.kind.as_str())
    }
}

fn word_start(t: &str, mut i: usize) -> usize {
    while let Some(c) = t[..i].chars().next_back() {
        if !riwaya_text::chars::is_alphabetic(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

fn word_end(t: &str, mut i: usize) -> usize {
    while let Some(c) = t[i..].chars().next() {
        if !riwaya_text::chars::is_alphabetic(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// The mentions not inside another one.
fn outermost(mentions: &[Mention]) -> Vec<Mention> {
    let mut v: Vec<&Mention> = mentions.iter().collect();
    v.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Mention> = Vec::with_capacity(v.len());
    for m in v {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m.clone());
        }
    }
    out
}

/// One sentence's tokens over the folded text, with their original offsets.
struct Sentence<'a> {
    norm: &'a str,
    orig: &'a str,
    toks: Vec<Tok>,
    os: usize,
    oe: usize,
    /// Mentions of the sentence: (first token, end token, index into mentions).
    ments: Vec<(usize, usize, usize)>,
    first_frame: OnceCell<Option<usize>>,
    /// The clause-boundary tokens, in order (clause ends are looked up, not scanned for:
    /// a sentence of a million words stays linear).
    bounds: Vec<usize>,
    /// Byte span of each token's bare word (see [`Sentence::b`]).
    bares: Vec<(u32, u32)>,
    /// Why the last trigger read in it gave no event (for [`EventExtractor::extract_traced`]).
    why: std::cell::Cell<&'static str>,
}

impl<'a> Sentence<'a> {
    fn new(norm: &'a Normalized, orig: &'a str, s: usize, e: usize, ments: &[Mention], asides: &HashSet<String>) -> Sentence<'a> {
        let toks: Vec<Tok> = tokens(&norm.text[s..e])
            .filter(|t| t.kind != TokenKind::Symbol || !norm.text[s + t.start..s + t.end].trim().is_empty())
            .map(|t| {
                let (os, oe) = norm.original_span(s + t.start, s + t.end);
                Tok { s: s + t.start, e: s + t.end, os, oe, kind: t.kind }
            })
            .collect();
        let (os, oe) = norm.original_span(s, e);
        let first = ments.partition_point(|m| m.end <= os);
        let mut v = Vec::new();
        for (i, m) in ments.iter().enumerate().skip(first) {
            if m.start >= oe {
                break;
            }
            let a = toks.partition_point(|t| t.oe <= m.start);
            let mut b = a;
            while b < toks.len() && toks[b].os < m.end {
                b += 1;
            }
            if b > a {
                v.push((a, b, i));
            }
        }
        // Each word without its proclitics, read once (the rules ask for it many times).
        let bares = toks
            .iter()
            .map(|t| {
                let w = &norm.text[t.s..t.e];
                let b = bare(w);
                let start = t.s + (w.len() - b.len());
                (start as u32, t.e as u32)
            })
            .collect();
        let mut sent = Sentence { norm: &norm.text, orig, toks, os, oe, ments: v, first_frame: OnceCell::new(), bounds: Vec::new(), bares, why: std::cell::Cell::new("") };
        sent.bounds = (0..sent.toks.len()).filter(|&k| sent.is_boundary(k)).collect();
        // "شنت القوات، فجر الجمعة، هجوما": a time told between two commas is an aside, not
        // a clause of its own; the commas around it bound nothing.
        let mut i = 0;
        while i + 1 < sent.bounds.len() {
            let (a, b) = (sent.bounds[i], sent.bounds[i + 1]);
            let comma = |k: usize| sent.w(k) == ",";
            if comma(a) && comma(b) && b > a + 1 && b - a <= 5 && sent.toks[a + 1].kind == TokenKind::Word && asides.contains(sent.w(a + 1)) {
                sent.bounds.drain(i..i + 2);
                continue;
            }
            i += 1;
        }
        sent
    }

    /// No event, for the reason `why` (kept for tracing).
    fn no<T>(&self, why: &'static str) -> Option<T> {
        self.why.set(why);
        None
    }

    fn w(&self, i: usize) -> &str {
        let t = self.toks[i];
        &self.norm[t.s..t.e]
    }

    /// Word `i` without its proclitics (`affix::bare`), computed once per sentence.
    fn b(&self, i: usize) -> &str {
        let (a, e) = self.bares[i];
        &self.norm[a as usize..e as usize]
    }

    fn orig_text(&self, a: usize, b: usize) -> &'a str {
        &self.orig[self.toks[a].os..self.toks[b - 1].oe]
    }

    fn tok_at(&self, n: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.e <= n);
        (i < self.toks.len() && self.toks[i].s <= n).then_some(i)
    }

    fn is_quote(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Punct && matches!(self.w(i), "\"" | "'" | "(" | ")")
    }

    fn is_punct(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Punct
    }

    fn is_boundary(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Punct && matches!(self.w(i), "," | ";" | ":" | "." | "!" | "?" | "-")
    }

    fn clause_start(&self, i: usize) -> usize {
        let n = self.bounds.partition_point(|&k| k < i);
        if n == 0 { 0 } else { self.bounds[n - 1] + 1 }
    }

    fn clause_end(&self, i: usize) -> usize {
        let n = self.bounds.partition_point(|&k| k <= i);
        self.bounds.get(n).copied().unwrap_or(self.toks.len())
    }

    fn skip_quotes(&self, mut i: usize, end: usize) -> usize {
        while i < end && self.is_quote(i) {
            i += 1;
        }
        i
    }

    /// Tokens `a..b` are a dateline: the first words of a sentence, then a dash.
    fn dateline(&self, a: usize, b: usize) -> bool {
        self.prev_word(a, 0).is_none() && self.toks.get(b).is_some_and(|t| t.kind != TokenKind::Word) && {
            let t = self.toks[b];
            matches!(self.orig.get(t.os..t.oe).map(str::trim), Some("-" | "–" | "—" | ":"))
        }
    }

    fn next_word(&self, from: usize) -> Option<usize> {
        let k = self.skip_quotes(from, self.toks.len());
        (k < self.toks.len() && self.toks[k].kind == TokenKind::Word).then_some(k)
    }

    fn prev_word(&self, i: usize, lo: usize) -> Option<usize> {
        let mut k = i;
        while k > lo {
            k -= 1;
            if self.is_quote(k) {
                continue;
            }
            return (self.toks[k].kind == TokenKind::Word).then_some(k);
        }
        None
    }

    /// The mention covering token `i`: (first token, end token, mention).
    fn mention_at<'m>(&self, i: usize, ments: &'m [Mention]) -> Option<(usize, usize, &'m Mention)> {
        self.ments.iter().find(|&&(a, b, _)| a <= i && i < b).map(|&(a, b, k)| (a, b, &ments[k]))
    }

    fn actor_at<'m>(&self, i: usize, ments: &'m [Mention]) -> Option<(usize, usize, &'m Mention)> {
        self.mention_at(i, ments).filter(|(_, _, m)| !PLACES.contains(&m.kind.as_str()))
    }

    /// Whether a word joins this trigger to the one before ("و"، "إضافة لـ"، "فضلاً عن").
    fn coordinated(&self, ws: usize, g: &Grammar) -> bool {
        let Some(i) = self.tok_at(ws) else { return false };
        let w = self.w(i);
        if let Some(p) = self.prev_word(i, 0) {
            let pw = self.w(p);
            if g.additive.contains(pw) || g.additive_phrases.iter().any(|ph| ph.len() == 2 && pw == ph[1] && p > 0 && self.w(p - 1) == ph[0]) {
                return true;
            }
        }
        w.starts_with('و') && !self.toks.is_empty() && i > 0
    }

    /// A number within six words of the trigger.
    fn figure_near(&self, ti: usize, tj: usize) -> bool {
        let a = ti.saturating_sub(6);
        let b = (tj + 7).min(self.toks.len());
        if (a..b).any(|k| self.toks[k].kind == TokenKind::Number) {
            return true;
        }
        let (os, oe) = (self.toks[a].os, self.toks[b - 1].oe);
        riwaya_text::find_numbers(&self.orig[os..oe]).iter().any(|n| n.low.is_some() || n.high.is_some() || n.vague)
    }

    /// The armed actor (or, in its own sentence, a government body) named last before
    /// original offset `o` in the article.
    fn last_armed_before<'m>(&self, o: usize, ments: &'m [Mention]) -> Option<&'m Mention> {
        let p = ments.partition_point(|m| m.start < o);
        // In its own sentence, the body whose forces they are ("أعلنت وزارة الدفاع أن قواتها").
        let own = ments[..p].iter().rev().take_while(|m| m.start >= self.os).find(|m| ARMED.contains(&m.kind.as_str()) || m.kind == "government_body");
        own.or_else(|| ments[..p].iter().rev().find(|m| ARMED.contains(&m.kind.as_str())))
    }
}

const STRIKES: [&str; 4] = ["attack", "air_strike", "shelling", "bombing"];

/// One event per happening: same type, agents and places that agree.
fn merge(cands: Vec<Cand>, heads: &HashSet<String>, people: &HashSet<String>, craft: (&HashSet<String>, &HashSet<String>)) -> Vec<Cand> {
    // "مسلحون"، "المهاجمين": people named by what they do, no party; told again by the
    // same words, they are the doer of the happening told before.
    let generic = |a: &Option<EntityRef>| {
        a.as_ref().is_some_and(|r| {
            let t = riwaya_text::normalize_str(r.text.trim());
            r.entity.is_none() && !t.contains(' ') && (people.contains(&t) || people.contains(bare(&t)))
        })
    };
    let unowned = |a: &Option<EntityRef>| unowned_craft(a, craft);
    let mut out: Vec<Cand> = Vec::new();
    for c in cands {
        // People displaced are one happening however many places the article lists.
        let found = out
            .iter()
            .position(|x| {
                !x.self_claim
                    && !c.self_claim
                    && x.kind == c.kind
                    && x.ongoing == c.ongoing
                    && (c.kind == "displacement" || !apart(x, &c))
                    && (c.kind == "displacement" || agree(&x.agent, &c.agent) || generic(&x.agent) || generic(&c.agent) || unowned(&x.agent) || unowned(&c.agent))
                    && (c.kind == "displacement" || place_agree(&x.place, &c.place, heads))
            });
        match found {
            None => out.push(c),
            Some(i) => {
                let x = &mut out[i];
                // The account kept: with a place, with the longest chain, told by a verb.
                let better = (c.place.is_some(), c.finite, c.verbal)
                    > (x.place.is_some(), x.finite, x.verbal);
                // Of two names for one doer, the fuller ("النظام السوري" over a metonym).
                // (a party over an aircraft with no owner: "طائرة عسكرية" and "الجيش")
                let agent = match (&x.agent, &c.agent) {
                    (Some(_), Some(b)) if unowned(&x.agent) && !unowned(&c.agent) => Some(b.clone()),
                    (Some(a), Some(_)) if unowned(&c.agent) && !unowned(&x.agent) => Some(a.clone()),
                    (Some(a), Some(b)) if b.text.chars().count() > a.text.chars().count() => Some(b.clone()),
                    _ => x.agent.clone().or(c.agent.clone()),
                };
                // Competing accounts: one names a doer, the other, from another source, none.
                let named = |a: &Option<EntityRef>| a.is_some() && !generic(a) && !unowned(a);
                let other_source = STRIKES.contains(&c.kind.as_str())
                    && named(&x.agent) != named(&c.agent)
                    && matches!((x.attribution.last(), c.attribution.last()), (Some(p), Some(q)) if p != q);
                if (x.claimed || c.claimed) && (x.agent.is_none() || c.agent.is_none()) || other_source {
                    out.push(c);
                    continue;
                }
                // The account kept gives its place ("النزوح من أحياء شرق المدينة" over the
                // displaced a school shelters elsewhere).
                let place = if better { c.place.clone().or(x.place.clone()) } else { x.place.clone().or(c.place.clone()) };
                // A named place over a bare head ("مسلحون يقتحمون بلدة" … "اقتحم مسلحون بلدة زيميو").
                let bare_head = |p: &Option<EntityRef>| p.as_ref().is_some_and(|r| heads.contains(bare(&riwaya_text::normalize_str(r.text.trim()))));
                let place = match (bare_head(&place), bare_head(&x.place), bare_head(&c.place)) {
                    (true, false, _) if x.place.is_some() => x.place.clone(),
                    (true, _, false) if c.place.is_some() => c.place.clone(),
                    _ => place,
                };
                let target = x.target.clone().or(c.target.clone());
                let text_date = if x.date_from_text { Some(x.date.clone()) } else if c.date_from_text { Some(c.date.clone()) } else { None };
                if better {
                    *x = c;
                }
                x.agent = agent;
                x.place = place;
                x.target = target;
                if let Some(d) = text_date {
                    if !x.date_from_text {
                        x.date = d;
                        x.date_from_text = true;
                    }
                }
            }
        }
    }
    out
}

/// Strikes and attacks told by a word that does not say their kind ("استهدف مستشفى"،
/// "مجزرة داخل المستشفى") are the article's specific strike when one exists with an
/// agreeing doer at the same place (or either unknown): one event per happening.
fn fold_soft(mut cands: Vec<Cand>, heads: &HashSet<String>, broad: &HashSet<String>, people: &HashSet<String>) -> Vec<Cand> {
    let mut gone = vec![false; cands.len()];
    // Destruction told as a consequence ("مما أدى إلى تدمير") is the strike's, wherever.
    let is_soft = |c: &Cand| STRIKES.contains(&c.kind.as_str()) || c.kind == "demolition";
    for i in 0..cands.len() {
        let c = &cands[i];
        // One party's accusation stays its own account.
        if !c.soft || c.claimed || !is_soft(c) {
            continue;
        }
        let result = c.kind == "demolition";
        // "إن المهاجمين استهدفوا السوق": the attackers told before, by their definite noun.
        let anaphor = c.agent.as_ref().is_some_and(|r| {
            let t = riwaya_text::normalize_str(r.text.trim());
            !t.contains(' ') && t.starts_with("ال") && people.contains(&t)
        });
        // (a soft attack on the site a fire was set to: "أضرموا النار في السوق" … "استهدفوا السوق")
        let burnt = |x: &Cand| c.kind == "attack" && x.kind == "demolition" && x.place.is_some() && c.place.is_some() && near_place(&x.place, &c.place);
        let into = (0..cands.len()).find(|&j| {
            let x = &cands[j];
            j != i
                && !gone[j]
                && (STRIKES.contains(&x.kind.as_str()) || burnt(x))
                // The same kind, or a more specific one: an unspecified attack is any strike,
                // an unspecified shelling may be from the air; a car bomb stays a bombing.
                && (x.kind == c.kind || c.kind == "attack" || c.kind == "shelling" && x.kind == "air_strike" || c.kind == "demolition")
                && (!x.soft || x.agent.is_some() && c.agent.is_none() || c.kind == "attack" && x.kind != "attack" || c.origin && x.start < c.start)
                && (agree(&x.agent, &c.agent) || anaphor && x.start < c.start)
                && x.ongoing == c.ongoing
                && !apart(x, c)
                // (a toll's strike is the one told wherever its place is read, but not when both
                // name a site and the two sites differ: "القصف على السوق" beside "هجوم على المستشفى")
                && (result || c.origin && x.start < c.start || c.with_toll && !two_sites(&x.place, &c.place, heads, broad) || near_place(&x.place, &c.place))
        });
        if let Some(j) = into {
            gone[i] = true;
            let (agent, place) = (cands[i].agent.clone(), cands[i].place.clone());
            let lend = !cands[i].told_again;
            let x = &mut cands[j];
            if x.agent.is_none() && lend {
                x.agent = agent;
            }
            if x.place.is_none() {
                x.place = place;
            }
        }
    }
    drop_marked(cands, &gone)
}

/// "مقتل خمسة بقصف للجيش على سوق في مدينة نيالا" as the headline, "قصف مدفعي نفذه الجيش على
/// سوق الماشية في مدينة نيالا" in the body: the happening told again, whose body clause names the
/// headline's place around its own (a site in that town). One event, the body's.
fn fold_headline(mut cands: Vec<Cand>, text: &str, heads: &HashSet<String>, people: &HashSet<String>, provinces: &HashSet<String>, craft: (&HashSet<String>, &HashSet<String>)) -> Vec<Cand> {
    let unowned = |a: &Option<EntityRef>| unowned_craft(a, craft);
    // (an indefinite adjective of relation is no name: "سوق شعبي بمدينة X")
    // ("قرى بمنطقة تيلابيري": a word in ي after a feminine head is a name, as in `place_at`)
    let head_of = |w: &str| -> Option<String> {
        let b = bare(w);
        if heads.contains(b) {
            return Some(b.to_string());
        }
        w.strip_prefix('ب').map(bare).filter(|x| heads.contains(*x)).map(str::to_string)
    };
    let names = |t: &str| -> Vec<String> {
        let t = riwaya_text::normalize_str(t);
        let ws: Vec<&str> = t.split_whitespace().collect();
        ws.iter()
            .enumerate()
            .filter(|&(i, w)| !generic_adjective(w) || i > 0 && head_of(ws[i - 1]).is_some_and(|h| !kind_adjective(&h, w)))
            .map(|(_, w)| *w)
            .map(|w| bare(w).to_string())
            // (a head glued to ب: "بإقليم")
            .filter(|w| w.chars().count() > 2 && !heads.contains(w) && !w.strip_prefix('ب').is_some_and(|x| heads.contains(bare(x))))
            .collect()
    };
    // Every word of the headline's place in the body's words ("ببنغلاديش" as "بنغلاديش").
    let all_in = |want: &[String], got: &[String]| {
        !want.is_empty() && want.iter().all(|w| got.contains(w) || w.strip_prefix('ب').is_some_and(|x| x.chars().count() > 2 && got.iter().any(|g| g == x)))
    };
    // "مسيرة حوثية" and "جماعة الحوثي": a doer told by its nisba is the party it names.
    let nisba = |a: &Option<EntityRef>, b: &Option<EntityRef>| {
        let stem = |r: &EntityRef| {
            let t = riwaya_text::normalize_str(r.text.trim());
            let last = t.split_whitespace().last().unwrap_or("").to_string();
            let last = last.strip_prefix("ال").unwrap_or(&last).to_string();
            (r.entity.is_none() && last.ends_with("يه") && last.chars().count() > 4).then(|| last[..last.len() - 'ه'.len_utf8()].to_string())
        };
        match (a, b) {
            (Some(x), Some(y)) => {
                let has = |r: &EntityRef, st: &str| riwaya_text::normalize_str(&r.text).split_whitespace().any(|w| w.strip_prefix("ال").unwrap_or(w) == st);
                stem(x).is_some_and(|st| has(y, &st)) || stem(y).is_some_and(|st| has(x, &st))
            }
            _ => false,
        }
    };
    // "مسلحون"، "المهاجمين": people named by what they do, one doer however worded.
    let generic = |a: &Option<EntityRef>| {
        a.as_ref().is_some_and(|r| {
            let t = riwaya_text::normalize_str(r.text.trim());
            r.entity.is_none() && !t.contains(' ') && (people.contains(&t) || people.contains(bare(&t)))
        })
    };
    let mut gone = vec![false; cands.len()];
    for i in 0..cands.len() {
        let h = &cands[i];
        // (the first sentences: a line of page furniture may stand before the headline)
        if h.sent > 2 || h.self_claim || h.claimed {
            continue;
        }
        let want = h.place.as_ref().map(|p| names(&p.text)).unwrap_or_default();
        // "إدانات للهجوم على مقر أمني في عدن" over a body that tells a bombing and no attack:
        // the headline's attack is the body's strike, told by its kind.
        let body_attack = cands.iter().any(|y| y.kind == "attack" && y.sent > h.sent);
        let same_kind = |x: &Cand| x.kind == h.kind || h.kind == "attack" && !body_attack && STRIKES.contains(&x.kind.as_str());
        let fits = |j: usize| {
            let x = &cands[j];
            j != i
                && !gone[j]
                && x.sent > h.sent
                && same_kind(x)
                && (x.agent.is_some() || h.agent.is_none())
                && (agree(&x.agent, &h.agent) || generic(&x.agent) && generic(&h.agent) || nisba(&x.agent, &h.agent) || generic(&x.agent) && h.agent.is_some() || unowned(&x.agent) || unowned(&h.agent))
                && x.ongoing == h.ongoing
        };
        // ("… وسط المدينة": a definite head alone refers to the town of the report.)
        // Only in a headline proper: a short line of its own, no full stop.
        let headline = {
            let a = text[..h.start].rfind('\n').map_or(0, |k| k + 1);
            let b = text[h.start..].find('\n').map_or(text.len(), |k| h.start + k);
            let line = text[a..b].trim();
            !line.ends_with('.') && line.split_whitespace().count() <= 20
        };
        if h.sent > 0 && !headline {
            continue;
        }
        let unnamed = headline
            && h.place.as_ref().is_none_or(|p| {
                let t = riwaya_text::normalize_str(p.text.trim());
                !t.contains(' ') && t.strip_prefix("ال").is_some_and(|w| heads.contains(w))
            });
        let into = if unnamed {
            // A headline with no named place: the body's one such happening.
            let mut all = (0..cands.len()).filter(|&j| fits(j));
            match (all.next(), all.next()) {
                (Some(j), None) => Some(j),
                _ => None,
            }
        } else if want.is_empty() {
            None
        } else {
            (0..cands.len()).find(|&j| {
                let x = &cands[j];
                fits(j)
                    // (its clause up to the next stop: "… على سوق الماشية في مدينة نيالا")
                    && text.get(x.start..).map(|t| &t[..x.end - x.start + t[x.end - x.start..].find(['.', '،', '؛', '\n']).unwrap_or(t.len() - (x.end - x.start))]).is_some_and(|t| {
                        all_in(&want, &names(t))
                    })
            })
        };
        // A headline proper whose place the lede words otherwise ("… في أبين" over "… لمدينة
        // زنجبار"): the lede's one happening of its kind, with no other doer named.
        let into = into.or_else(|| {
            if !headline {
                return None;
            }
            let lede = cands.iter().map(|x| x.sent).filter(|&n| n > h.sent).min()?;
            if lede > h.sent + 2 {
                return None;
            }
            let loose = |x: &Cand| agree(&x.agent, &h.agent) || x.agent.is_none() || h.agent.is_none() || generic(&x.agent) || nisba(&x.agent, &h.agent) || unowned(&x.agent) || unowned(&h.agent);
            // The headline's place holds the lede's: a province ("بمحافظة X"), or named in the
            // lede's paragraph ("… لمدينة زنجبار، مركز محافظة أبين"); not "وفي مدينة النور".
            let province = h.place.as_ref().is_some_and(|p| {
                let t = riwaya_text::normalize_str(p.text.trim());
                t.split_whitespace().next().is_some_and(|w| provinces.contains(bare(w)) || w.strip_prefix('ب').is_some_and(|x| provinces.contains(bare(x))))
            });
            let named_in = |x: &Cand| {
                let a = text[..x.start].rfind('\n').map_or(0, |k| k + 1);
                let b = text[x.start..].find('\n').map_or(text.len(), |k| x.start + k);
                all_in(&want, &names(&text[a..b]))
            };
            let mut all = (0..cands.len()).filter(|&j| {
                let x = &cands[j];
                !gone[j] && x.sent == lede && same_kind(x) && x.ongoing == h.ongoing && !x.self_claim && !x.claimed && loose(x) && (province || named_in(x))
            });
            match (all.next(), all.next()) {
                (Some(j), None) => Some(j),
                _ => None,
            }
        });
        if let Some(j) = into {
            gone[i] = true;
            // (the headline's named doer, a claim's too, over the lede's "مسلحون")
            if cands[i].agent.is_some() && !generic(&cands[i].agent) && !unowned(&cands[i].agent) && (cands[j].agent.is_none() || generic(&cands[j].agent) || unowned(&cands[j].agent)) {
                cands[j].agent = cands[i].agent.clone();
            }
        }
    }
    drop_marked(cands, &gone)
}

/// "قبل أن تقتحم وحدات من الجيش السجن وتستعيد السيطرة عليه": storming to retake a place is
/// told by what it achieved (the control) right after it in its sentence by the same doer,
/// not as an attack of its own. (Gangs storming a prison to free its inmates did attack it.)
fn fold_retaking(cands: Vec<Cand>) -> Vec<Cand> {
    let gone: Vec<bool> = cands
        .iter()
        .map(|c| {
            c.kind == "attack"
                && c.agent.is_some()
                && !c.claimed
                && cands.iter().any(|x| {
                    x.sent == c.sent && x.start > c.start && x.start < c.end + 120 && x.kind == "control" && (x.agent.is_none() || agree(&x.agent, &c.agent))
                })
        })
        .collect();
    drop_marked(cands, &gone)
}

/// "نفى الجيش مسؤوليته عن هجوم على المستشفى" in an article that reports a strike: the denial
/// is about that happening, told already; it is no happening of its own.
fn fold_denials(mut cands: Vec<Cand>) -> Vec<Cand> {
    let told = cands.iter().any(|c| !c.denied && STRIKES.contains(&c.kind.as_str()));
    if told {
        cands.retain(|c| !(c.denied && STRIKES.contains(&c.kind.as_str())));
    }
    cands
}

/// "وتبنى التنظيم الهجوم" after the article told the bombing: the claimant is the doer of the
/// strike told with none, not of another strike.
fn fold_claims(mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut gone = vec![false; cands.len()];
    for i in 0..cands.len() {
        if !cands[i].self_claim || cands[i].agent.is_none() {
            continue;
        }
        let into = (0..cands.len()).filter(|&j| j != i && !gone[j] && !cands[j].self_claim && STRIKES.contains(&cands[j].kind.as_str()))
            .find(|&j| {
                // No doer, or only "a suicide attacker" ("تفجير انتحاري").
                let open = cands[j].agent.as_ref().is_none_or(|a| a.entity.is_none() && !a.text.trim().contains(' '));
                open && cands[j].start < cands[i].start
            });
        if let Some(j) = into {
            cands[j].agent = cands[i].agent.clone();
            gone[i] = true;
        }
    }
    drop_marked(cands, &gone)
}

/// An article whose acts of force all name one armed party: the ones told without a doer
/// ("هجوم على المعسكر"، "إحراق السوق") are that party's too. Not with two parties named
/// (competing accounts, exchanges of fire), nor for a party's own claim or denial.
fn the_one_doer(cands: &mut [Cand], kinds: &HashMap<&str, &str>) {
    const FORCE: [&str; 10] = ["attack", "air_strike", "shelling", "bombing", "demolition", "takeover", "control", "siege", "arrest", "hostage_taking"];
    let mut one: Option<&EntityRef> = None;
    for c in cands.iter().filter(|c| FORCE.contains(&c.kind.as_str())) {
        let Some(a) = &c.agent else { continue };

        let armed = a.entity.as_deref().and_then(|e| kinds.get(e)).is_some_and(|k| matches!(*k, "armed_group" | "state_force"));
        match one {
            _ if !armed => return,
            None => one = Some(a),
            Some(o) if o.entity == a.entity => {}
            Some(_) => return,
        }
    }
    let Some(doer) = one.cloned() else { return };
    // A strike of another kind at the place a party is blamed for ("a rocket of X" against "an
    // air strike") is a competing account of that happening, not X's act.
    let rival = |c: &Cand, cands: &[Cand]| {
        STRIKES.contains(&c.kind.as_str())
            && cands.iter().any(|x| x.claimed && x.agent.is_some() && STRIKES.contains(&x.kind.as_str()) && x.kind != c.kind && near_place(&x.place, &c.place))
    };
    let rivals: Vec<bool> = cands.iter().map(|c| rival(c, cands)).collect();
    // A roadside bomb or a car bomb is no state force's act ("طيران الجيش" striking in the
    // same article does not make the army the bomber of its own patrol).
    let state = doer.entity.as_deref().and_then(|e| kinds.get(e)).is_some_and(|k| *k == "state_force");
    for (c, r) in cands.iter_mut().zip(rivals) {
        if state && c.kind == "bombing" {
            continue;
        }
        if FORCE.contains(&c.kind.as_str()) && c.agent.is_none() && !c.claimed && !c.denied && !r {
            c.agent = Some(doer.clone());
        }
    }
}

/// An event whose sentence names no place happened where the article is set: its most
/// named place (in the words nearest before the event, else its first mention).
fn fill_setting(cands: &mut [Cand], ments: &[Mention], text: &str) {
    if cands.iter().all(|c| c.place.is_some() || c.kind == "statement") {
        return;
    }
    // No place the lexicon knows: the dateline ("بورت أو برنس - …") is where it was reported from.
    if !ments.iter().any(|m| PLACES.contains(&m.kind.as_str())) {
        if let Some(d) = dateline_of(text) {
            let entity = format!("place:{}", riwaya_text::normalize_str(&d).split_whitespace().collect::<Vec<_>>().join("-"));
            for c in cands.iter_mut().filter(|c| c.place.is_none() && c.kind != "statement") {
                c.place = Some(EntityRef { text: d.clone(), entity: Some(entity.clone()) });
            }
        }
        return;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in ments.iter().filter(|m| PLACES.contains(&m.kind.as_str())) {
        *counts.entry(m.entity.as_str()).or_default() += 1;
    }
    let Some(top) = ments
        .iter()
        .filter(|m| PLACES.contains(&m.kind.as_str()))
        .max_by_key(|m| (counts[m.entity.as_str()], std::cmp::Reverse(m.start)))
        .map(|m| m.entity.as_str())
    else {
        return;
    };
    let mut of_top: Vec<&Mention> = ments.iter().filter(|m| m.entity == top).collect();
    of_top.sort_by_key(|m| m.end);
    for c in cands.iter_mut().filter(|c| c.place.is_none() && c.kind != "statement") {
        let n = of_top.partition_point(|m| m.end <= c.start);
        let m = if n > 0 { of_top[n - 1] } else { of_top[0] };
        c.place = Some(eref(m));
    }
}

/// The dateline of an article: among its first lines, one that opens with one to four
/// words (a bracket aside, "(العراق)"، "(رويترز)", left out) and then a dash.
fn dateline_of(text: &str) -> Option<String> {
    for line in text.lines().take(6) {
        let Some((k, c)) = line.char_indices().find(|&(_, c)| matches!(c, '-' | '–' | '—')) else {
            continue;
        };
        let (head, rest) = (&line[..k], &line[k + c.len_utf8()..]);
        if rest.split_whitespace().count() < 3 {
            continue;
        }
        let mut words = Vec::new();
        let mut depth = 0;
        for w in head.split_whitespace() {
            if w.starts_with('(') {
                depth += 1;
            }
            if depth == 0 {
                words.push(w);
            }
            if w.ends_with(')') {
                depth -= 1;
            }
        }
        if (1..=4).contains(&words.len()) && words.iter().all(|w| w.chars().all(is_arabic_letter)) {
            return Some(words.join(" "));
        }
    }
    None
}

/// A strike whose sentence gives no day happened on the day the article first gives a
/// strike of its kind (the lede's "مساء الثلاثاء"), not on the publication day.
fn date_of_the_strike(cands: &mut [Cand]) {
    for kind in STRIKES {
        let Some(day) = cands
            .iter()
            .filter(|c| c.date_from_text && c.kind == kind)
            .min_by_key(|c| c.start)
            .and_then(|c| c.date.clone())
        else {
            continue;
        };
        for c in cands.iter_mut().filter(|c| !c.date_from_text && c.kind == kind) {
            c.date = Some(day.clone());
        }
    }
}

/// Two happenings the article tells apart: the later one told as another ("غارات أخرى"), or
/// each dated by its own words to days that do not meet, one of them told as gone by ("مساء
/// السبت" and "الأسبوع الماضي": another strike on the same place on another day).
fn apart(x: &Cand, c: &Cand) -> bool {
    let (first, later) = if x.start <= c.start { (x, c) } else { (c, x) };
    if later.another && first.kind == later.kind {
        return true;
    }
    // (a report of days, "اقتحمت القوات السجن يوم الخميس" … "اشتباكات الأحد", is one happening
    // told day by day: only a day told as gone by stands apart)
    if !(x.date_from_text && c.date_from_text && (x.dated_back || c.dated_back)) {
        return false;
    }
    // (days, a week or a month: a year or a span of months is no day of its own, "منذ بداية
    // العام" beside "العام الماضي" may tell one happening)
    let span = |d: &Option<String>| -> Option<(String, String)> {
        let d = d.as_deref()?;
        let (a, b) = d.split_once('/').unwrap_or((d, d));
        (a.len() >= 7 && a.get(..7) == b.get(..7)).then(|| (a.to_string(), b.to_string()))
    };
    match (span(&x.date), span(&c.date)) {
        // (a month "2025-02" holds its days: compared on the shorter's length)
        (Some((a1, b1)), Some((a2, b2))) => {
            let le = |p: &str, q: &str| {
                let n = p.len().min(q.len());
                p[..n] <= q[..n]
            };
            !(le(&a1, &b2) && le(&a2, &b1))
        }
        _ => false,
    }
}

/// An aircraft with no owner named ("طائرة مسيرة"، "الطيران الحربي"، "طائرة عسكرية"): the
/// instrument, no party; told again with its owner, the same doer.
fn unowned_craft(a: &Option<EntityRef>, (craft, kinds): (&HashSet<String>, &HashSet<String>)) -> bool {
    a.as_ref().is_some_and(|r| {
        if r.entity.is_some() {
            return false;
        }
        let t = riwaya_text::normalize_str(r.text.trim());
        let mut w = t.split_whitespace();
        w.next().is_some_and(|h| craft.contains(bare(h))) && w.all(|x| kinds.contains(x) || kinds.contains(bare(x)) || craft.contains(bare(x)))
    })
}

/// Places that may be one: either unknown, the same entity, or a shared word.
/// Two places each told by a site's head of its own kind ("سوق المدينة" and "المستشفى
/// السعودي"; a head of place that is not a town's or a region's): no one happening's place.
fn two_sites(a: &Option<EntityRef>, b: &Option<EntityRef>, heads: &HashSet<String>, broad: &HashSet<String>) -> bool {
    let head = |r: &EntityRef| {
        let t = riwaya_text::normalize_str(&r.text);
        let w = t.split_whitespace().next().map(|w| bare(w).to_string()).unwrap_or_default();
        (heads.contains(&w) && !broad.contains(&w)).then_some(w)
    };
    match (a, b) {
        (Some(x), Some(y)) => matches!((head(x), head(y)), (Some(p), Some(q)) if p != q),
        _ => false,
    }
}

fn near_place(a: &Option<EntityRef>, b: &Option<EntityRef>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            if let (Some(p), Some(q)) = (&x.entity, &y.entity) {
                if p == q {
                    return true;
                }
            }
            let wx = riwaya_text::normalize_str(&x.text);
            let wy = riwaya_text::normalize_str(&y.text);
            let bx: Vec<&str> = wx.split_whitespace().map(bare).filter(|w| w.chars().count() > 2).collect();
            wy.split_whitespace().map(bare).any(|w| bx.contains(&w))
        }
        _ => true,
    }
}

/// Places that agree, or a place named again by its bare head ("المعسكر" after "معسكر أبو
/// شوك", "المستشفى" after "مستشفى ناصر"): the anaphor is the place named before.
/// A place whose name stands inside another's ("الحسكة" in "محيط سجن الصناعة جنوب الحسكة")
/// agrees with it too: the happening told at a town and at a site in it.
fn place_agree(a: &Option<EntityRef>, b: &Option<EntityRef>, heads: &HashSet<String>) -> bool {
    if agree(a, b) {
        return true;
    }
    let (Some(x), Some(y)) = (a, b) else { return true };
    let (fx, fy) = (riwaya_text::normalize_str(&x.text), riwaya_text::normalize_str(&y.text));
    let anaphor = |one: &str, other: &str| {
        let mut w = one.split_whitespace();
        let (Some(h), None) = (w.next(), w.next()) else { return false };
        let Some(head) = h.strip_prefix("ال") else { return false };
        other.split_whitespace().next().is_some_and(|o| bare(o) == head || o == head)
    };
    let names = |t: &str| -> Vec<String> {
        t.split_whitespace().map(|w| bare(w).to_string()).filter(|w| w.chars().count() > 2 && !heads.contains(w)).collect()
    };
    let (nx, ny) = (names(&fx), names(&fy));
    let inside = |p: &[String], q: &[String]| !p.is_empty() && p.iter().all(|w| q.contains(w));
    anaphor(&fx, &fy) || anaphor(&fy, &fx) || inside(&nx, &ny) || inside(&ny, &nx)
}

fn same_ref(a: &EntityRef, b: &EntityRef) -> bool {
    match (&a.entity, &b.entity) {
        (Some(p), Some(q)) => p == q,
        _ => riwaya_text::normalize_str(&a.text) == riwaya_text::normalize_str(&b.text),
    }
}

fn agree(a: &Option<EntityRef>, b: &Option<EntityRef>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => match (&x.entity, &y.entity) {
            // Ids made from a name's shape ("org:…", "place:…") may differ by a word: compare
            // the words.
            (Some(p), Some(q)) if !(p.contains(':') || q.contains(':')) => p == q,
            // A name the lexicon lacks around one it knows ("كيان الاحتلال الإسرائيلي" and
            // "الاحتلال الإسرائيلي").
            _ => {
                let (a, b) = (riwaya_text::normalize_str(&x.text), riwaya_text::normalize_str(&y.text));
                a.contains(b.as_str()) || b.contains(a.as_str())
            }
        },
        _ => true,
    }
}

/// The candidates whose `gone` mark is not set, in order.
fn drop_marked<T>(mut cands: Vec<T>, gone: &[bool]) -> Vec<T> {
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    cands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_loads_and_every_scored_type_has_forms() {
        let d = Data::embedded();
        for kind in ["attack", "bombing", "air_strike", "shelling", "clash", "takeover", "control", "siege", "surrender",
            "escape", "hostage_taking", "release", "arrest", "curfew", "displacement", "demolition", "statement"]
        {
            assert!(d.forms.iter().any(|f| d.triggers[f.trig].kind.is_some_and(|k| k == kind)), "no forms for {kind}");
        }
        assert!(Data::parse("[[trigger]]\ntype = \"riot\"\n", data::GRAMMAR).is_err());
    }

    #[test]
    fn grammar_loads_folded_and_complete() {
        let d = Data::embedded();
        let g = &d.g;
        assert!(g.preps.contains("علي") && g.preps.contains("الي"), "prepositions are read folded");
        assert!(g.that.contains("ان") && g.pluperfect.contains("قد") && g.year_words.contains("سنه"));
        assert_eq!(g.additive_phrases, vec![vec!["فضلا".to_string(), "عن".to_string()]]);
        // A list left out is an error, not an empty list.
        assert!(Data::parse(data::TRIGGERS, "preps = []\n").is_err());
    }

    #[test]
    fn required_words_are_whole_or_stem_with_ending() {
        assert!(required_word("الاف", "الاف"));
        assert!(required_word("والاف", "الاف"));
        assert!(!required_word("افراد", "الاف"));
        assert!(!required_word("الافراد", "الاف"));
        assert!(required_word("عائلاتهم", "عائل"));
        assert!(required_word("التجول", "تجول"));
        assert!(!required_word("تجولت", "تجول"));
        assert!(!required_word("منازعات", "منازل"));
    }

    #[test]
    fn affixes_decide_a_hit() {
        let ex = EventExtractor::new();
        let kinds = |t: &str| ex.hits(&riwaya_text::normalize_str(t)).iter().map(|h| ex.data.triggers[ex.data.forms[h.form].trig].kind.map_or(String::new(), |k| k.to_string())).collect::<Vec<_>>();
        assert_eq!(kinds("واستهدفوهم"), vec![String::new()]);
        assert_eq!(kinds("والاشتباكات"), vec!["clash".to_string()]);
        assert_eq!(kinds("ستقصف"), vec!["shelling".to_string()]);
        assert!(kinds("فجر اليوم").len() == 1);
        assert!(kinds("مدينة تدمر").is_empty());
        assert!(kinds("هجومي").is_empty() || kinds("هجومي") == vec!["attack".to_string()]);
    }
}
