//! The trigger data (`data/events/triggers.toml`), read once and checked.

use riwaya_model::EventKind;
use crate::affix::StemSet;
use serde::Deserialize;
use std::collections::HashSet;

pub(crate) const TRIGGERS: &str = include_str!("../../../data/events/triggers.toml");
pub(crate) const GRAMMAR: &str = include_str!("../../../data/events/grammar.toml");

/// The part of speech a form is matched as: which affixes may surround it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    Verb,
    Noun,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
    #[serde(default)]
    window: Option<usize>,
    #[serde(default)]
    definite: bool,
    #[serde(default)]
    no_figure: bool,
    #[serde(default)]
    not: Vec<String>,
    #[serde(default)]
    not_next: Vec<String>,
    #[serde(default)]
    not_around: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default = "yes")]
    genitive_agent: bool,
    #[serde(default = "yes")]
    not_after_definite: bool,
    #[serde(default)]
    place_next: bool,
    #[serde(default)]
    armed_kind: String,
    #[serde(default)]
    armed_named: bool,
    #[serde(default)]
    after_place: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    support: Vec<String>,
    continuation: Vec<String>,
    irrealis: Vec<String>,
    agent_heads: Vec<String>,
    pronoun_forces: Vec<String>,
    stops: Vec<String>,
    place_heads: Vec<String>,
    broad_heads: Vec<String>,
    named_heads: Vec<String>,
    state_bodies: Vec<String>,
    announce: Vec<String>,
    control_cues: Vec<String>,
    agent_links: Vec<String>,
    negation: Vec<String>,
    agent_nouns: Vec<String>,
    quantifiers: Vec<String>,
    reporting: Vec<String>,
    participles: Vec<String>,
    frame_preps: Vec<String>,
    complements: Vec<String>,
    aircraft: Vec<String>,
    aircraft_kinds: Vec<String>,
    relative_verbs: Vec<String>,
    relative_plain: Vec<String>,
    relative_pronouns: Vec<String>,
    undergo: Vec<String>,
    accuse: Vec<String>,
    object_pronouns: Vec<String>,
    nisba: Vec<String>,
    remembrance: Vec<String>,
    response: Vec<String>,
    natural_causes: Vec<String>,
    consequence: Vec<String>,
    responsibility: Vec<String>,
    denial: Vec<String>,
    asides: Vec<String>,
    irrealis_verbs: Vec<String>,
    name_openers: Vec<String>,
    ongoing: Vec<String>,
    crowds: Vec<String>,
    detention: Vec<String>,
    compel: Vec<String>,
    decide: Vec<String>,
    harm: Vec<String>,
    anaphors: Vec<String>,
    no_one: Vec<String>,
    claim: Vec<String>,
    suspicion: Vec<String>,
    prospective: Vec<String>,
    lam_told: Vec<String>,
    presuppose: Vec<String>,
    conditional: Vec<String>,
    modal: Vec<String>,
    past_after: Vec<String>,
    relative_told: Vec<String>,
    death: Vec<String>,
    commit: Vec<String>,
    threat: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrammar {
    preps: Vec<String>,
    passive: Vec<String>,
    adverbs: Vec<String>,
    whether: Vec<String>,
    directions: Vec<String>,
    that: Vec<String>,
    pluperfect: Vec<String>,
    self_that: Vec<String>,
    clash_links: Vec<String>,
    state_heads: Vec<String>,
    arresting: Vec<String>,
    self_endings: Vec<String>,
    year_words: Vec<String>,
    fronted_in: Vec<String>,
    circumstance: Vec<String>,
    toward: Vec<String>,
    time_links: Vec<String>,
    report_that: Vec<String>,
    relative_subject: Vec<String>,
    target_preps: Vec<String>,
    target_stops: Vec<String>,
    target_preps_open: Vec<String>,
    not_reporting: Vec<String>,
    aimed: Vec<String>,
    #[serde(default)]
    aimed_through: Vec<String>,
    doer_origin: Vec<String>,
    way_from: Vec<String>,
    way_to: Vec<String>,
    plain_adjectives: Vec<String>,
    aside_openers: Vec<String>,
    similar: Vec<String>,
    district_heads: Vec<String>,
    directorate_fields: Vec<String>,
    place_preps: Vec<String>,
    affiliation: Vec<String>,
    additive: Vec<String>,
    irrealis_links: Vec<String>,
    weapons: Vec<String>,
    doing: Vec<String>,
    owned_heads: Vec<String>,
    habitual: Vec<String>,
    launched: Vec<String>,
    anniversary_links: Vec<String>,
    long_durations: Vec<String>,
    not_a_drone: Vec<String>,
    not_a_place_after: Vec<String>,
    additive_phrases: Vec<String>,
    between: Vec<String>,
    result_openers: Vec<String>,
    eve: Vec<String>,
    since: Vec<String>,
    another: Vec<String>,
    as_a_rule: Vec<String>,
    from_it: Vec<String>,
    when: Vec<String>,
    says_as_a_rule: Vec<String>,
    back: Vec<String>,
    times: Vec<String>,
    related_links: Vec<String>,
    letter_names: Vec<String>,
    recalling: Vec<String>,
    pronoun_places: Vec<String>,
    scenes: Vec<String>,
    provinces: Vec<String>,
    now_and_then: Vec<String>,
    residents: Vec<String>,
    rescuers: Vec<String>,
    keep_off: Vec<String>,
    months: Vec<String>,
    detachments: Vec<String>,
}

/// Function words of clause syntax (`data/events/grammar.toml`), folded.
pub(crate) struct Grammar {
    pub preps: HashSet<String>,
    pub passive: HashSet<String>,
    pub adverbs: HashSet<String>,
    pub whether: HashSet<String>,
    pub directions: HashSet<String>,
    pub that: HashSet<String>,
    pub pluperfect: HashSet<String>,
    pub self_that: HashSet<String>,
    pub clash_links: HashSet<String>,
    pub state_heads: HashSet<String>,
    pub arresting: HashSet<String>,
    pub self_endings: HashSet<String>,
    pub year_words: HashSet<String>,
    pub fronted_in: HashSet<String>,
    pub circumstance: HashSet<String>,
    pub toward: HashSet<String>,
    pub time_links: HashSet<String>,
    pub report_that: HashSet<String>,
    pub relative_subject: HashSet<String>,
    pub target_preps: HashSet<String>,
    pub target_stops: HashSet<String>,
    pub target_preps_open: HashSet<String>,
    pub not_reporting: HashSet<String>,
    pub aimed: HashSet<String>,
    /// Words between a word of `aimed` and its place («نحو الحدود مع الكاميرون»).
    pub aimed_through: HashSet<String>,
    pub doer_origin: HashSet<String>,
    /// «توغلت من X إلى Y»: right after the trigger, the way a force came (`way_from`) and the
    /// word before where it went (`way_to`).
    pub way_from: HashSet<String>,
    pub way_to: HashSet<String>,
    pub plain_adjectives: HashSet<String>,
    pub aside_openers: HashSet<String>,
    pub similar: HashSet<String>,
    pub district_heads: HashSet<String>,
    pub directorate_fields: HashSet<String>,
    pub place_preps: HashSet<String>,
    pub affiliation: HashSet<String>,
    pub additive: HashSet<String>,
    pub not_a_place_after: HashSet<String>,
    pub not_a_drone: HashSet<String>,
    pub long_durations: HashSet<String>,
    pub anniversary_links: HashSet<String>,
    pub irrealis_links: HashSet<String>,
    /// What is dropped or fired ("ألقت مسيرة قنبلة"): the object, where a doer's words end.
    pub weapons: HashSet<String>,
    /// "قيام X بقصف …": the doer stands between it and the act after ب.
    pub doing: HashSet<String>,
    /// Machines that name a doer only with their owner ("جرافات الاحتلال", not "الجرافات").
    pub owned_heads: HashSet<String>,
    /// "غالبا ما تتعرض لغارات": before ما, what happens as a rule, no happening told.
    pub habitual: HashSet<String>,
    /// "أحبط الجيش هجوما شنته الميليشيا": a relative verb of launching right after it tells it
    /// was launched, whatever governs it.
    pub launched: HashSet<String>,
    pub additive_phrases: Vec<Vec<String>>,
    pub between: HashSet<String>,
    pub result_openers: HashSet<String>,
    pub eve: HashSet<String>,
    /// "تسيطر الحركة على البلدة منذ عامين": with an imperfect of holding, a standing state.
    pub since: HashSet<String>,
    /// "غارات أخرى": right after a trigger, a happening other than the one told before.
    pub another: HashSet<String>,
    /// Right after a trigger ("غارات منتظمة"): done as a rule, no happening.
    pub as_a_rule: HashSet<String>,
    /// Right after a verb of firing ("أطلقوا منها القذائف"): where it was fired from.
    pub from_it: HashSet<String>,
    /// "حين شنت …" after a past year: a clause that tells that time.
    pub when: HashSet<String>,
    /// Imperfect verbs of saying: "تقول إن قواتها تستهدف" tells what is done as a rule.
    pub says_as_a_rule: HashSet<String>,
    /// In a time expression, a day or span told as gone by ("الخميس الماضي").
    pub back: HashSet<String>,
    /// "المرة الثالثة التي يتعرض فيها المخيم لهجوم": a count of times, no happening.
    pub times: HashSet<String>,
    /// A line that is only one of these labels a block of other articles' headlines.
    pub related_links: HashSet<String>,
    /// Letters spelled in Arabic: with a number after them, one name ("إم 23").
    pub letter_names: HashSet<String>,
    /// "ويستذكر السكان …": what the sentence tells after them is the past.
    pub recalling: HashSet<String>,
    /// "في محيطها"، "فيها": the place named last before it.
    pub pronoun_places: HashSet<String>,
    /// "طوقت الشرطة موقع الانفجار": the scene of an incident, cordoned, not besieged.
    pub scenes: HashSet<String>,
    /// "بمحافظة X": a province's heads, whose place holds the towns a lede names.
    pub provinces: HashSet<String>,
    /// "بين حين وآخر": before a trigger, what happens now and then, no happening told.
    pub now_and_then: Vec<Vec<String>>,
    /// "منازل المواطنين": a site's genitive that names its people, not the site.
    pub residents: HashSet<String>,
    /// "أخلت فرق الدفاع المدني العائلات": rescuers who evacuate people are no doers.
    pub rescuers: HashSet<String>,
    /// "ومنعت المارة من الاقتراب": after a cordon, people kept off the scene: no siege.
    pub keep_off: HashSet<String>,
    /// "اعتداءات أكتوبر 2002": a month's name before a past year after a trigger.
    pub months: HashSet<String>,
    /// "قوة من الدرك": some of the force named after من.
    pub detachments: HashSet<String>,
}

impl Grammar {
    fn parse(src: &str) -> Result<Grammar, String> {
        let r: RawGrammar = toml::from_str(src).map_err(|e| format!("grammar.toml: {e}"))?;
        Ok(Grammar {
            preps: set(r.preps),
            passive: set(r.passive),
            adverbs: set(r.adverbs),
            whether: set(r.whether),
            directions: set(r.directions),
            that: set(r.that),
            pluperfect: set(r.pluperfect),
            self_that: set(r.self_that),
            clash_links: set(r.clash_links),
            state_heads: set(r.state_heads),
            arresting: set(r.arresting),
            self_endings: set(r.self_endings),
            year_words: set(r.year_words),
            fronted_in: set(r.fronted_in),
            circumstance: set(r.circumstance),
            toward: set(r.toward),
            time_links: set(r.time_links),
            report_that: set(r.report_that),
            relative_subject: set(r.relative_subject),
            target_preps: set(r.target_preps),
            target_stops: set(r.target_stops),
            target_preps_open: set(r.target_preps_open),
            not_reporting: set(r.not_reporting),
            aimed: set(r.aimed),
            aimed_through: set(r.aimed_through),
            doer_origin: set(r.doer_origin),
            way_from: set(r.way_from),
            way_to: set(r.way_to),
            plain_adjectives: set(r.plain_adjectives),
            aside_openers: set(r.aside_openers),
            similar: set(r.similar),
            district_heads: set(r.district_heads),
            directorate_fields: set(r.directorate_fields),
            place_preps: set(r.place_preps),
            affiliation: set(r.affiliation),
            additive: set(r.additive),
            not_a_place_after: set(r.not_a_place_after),
            not_a_drone: set(r.not_a_drone),
            long_durations: set(r.long_durations),
            anniversary_links: set(r.anniversary_links),
            irrealis_links: set(r.irrealis_links),
            weapons: set(r.weapons),
            doing: set(r.doing),
            owned_heads: set(r.owned_heads),
            habitual: set(r.habitual),
            launched: set(r.launched),
            between: set(r.between),
            result_openers: set(r.result_openers),
            eve: set(r.eve),
            since: set(r.since),
            another: set(r.another),
            as_a_rule: set(r.as_a_rule),
            from_it: set(r.from_it),
            when: set(r.when),
            says_as_a_rule: set(r.says_as_a_rule),
            back: set(r.back),
            times: set(r.times),
            related_links: set(r.related_links),
            letter_names: set(r.letter_names),
            recalling: set(r.recalling),
            pronoun_places: set(r.pronoun_places),
            scenes: set(r.scenes),
            provinces: set(r.provinces),
            residents: set(r.residents),
            rescuers: set(r.rescuers),
            keep_off: set(r.keep_off),
            months: set(r.months),
            now_and_then: r.now_and_then.iter().map(|s| fold(s).split(' ').map(str::to_string).collect()).collect(),
            detachments: set(r.detachments),
            additive_phrases: r.additive_phrases.iter().map(|s| fold(s).split(' ').map(str::to_string).collect()).collect(),
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    air_strike: Vec<String>,
    bombing: Vec<String>,
    shelling: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    trigger: Vec<RawTrigger>,
    words: RawWords,
    cues: RawCues,
}

/// One trigger entry: an event type and how its forms are read.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// None: decided by a cue word or an armed doer.
    pub kind: Option<EventKind>,
    pub generic: bool,
    pub requires: Vec<String>,
    pub window: usize,
    pub definite: bool,
    pub no_figure: bool,
    pub not: HashSet<String>,
    pub not_next: HashSet<String>,
    /// No event when one of these words stands within three words either side ("عودة
    /// النازحين": a return, not a displacement).
    pub not_around: HashSet<String>,
    /// No event when one of these words stands within two words before ("مخيم الهول
    /// للنازحين": the name of a camp, not a report of displacement).
    pub not_after: HashSet<String>,
    /// Whether `not_after` words with the article block too ("المخيم"); false: only bare
    /// names ("جيش تحرير …", not "الجيش تحرير").
    pub not_after_definite: bool,
    pub genitive_agent: bool,
    /// A place must follow within `window` words ("تحرير المدينة").
    pub place_next: bool,
    /// With no cue, this type when an armed party is the doer (else nothing).
    pub armed_kind: Option<EventKind>,
    /// With `armed_kind`: the doer must be an armed party named as such ("قتلت قوات X"), not
    /// a force phrase that may hold the victims ("قُتل عناصر من X").
    pub armed_named: bool,
    /// The word before must be a place ("مدينة الدلنج المحاصرة").
    pub after_place: bool,
}

/// One searchable form.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub text: String,
    pub trig: usize,
    pub pos: Pos,
    /// Listed as an imperfect ("يقصف"): searched without its ي, and a person prefix is required.
    pub imperfect: bool,
    pub words: usize,
}

/// A verb stem as a word list entry ("شن", "يشن"): same affix rules as triggers.
#[derive(Debug, Clone)]
pub(crate) struct Stem {
    pub core: String,
    pub imperfect: bool,
}

pub(crate) struct Data {
    pub triggers: Vec<Trigger>,
    pub forms: Vec<Form>,
    pub support: StemSet,
    pub continuation: HashSet<String>,
    pub irrealis: HashSet<String>,
    pub agent_heads: HashSet<String>,
    pub pronoun_forces: HashSet<String>,
    pub stops: HashSet<String>,
    pub place_heads: HashSet<String>,
    pub broad_heads: HashSet<String>,
    /// Heads that are a place only with a name after them ("قطاع X"; "القطاع" alone refers back).
    pub named_heads: HashSet<String>,
    /// Heads of state bodies ("وزارة"، "الحكومة"): announcing a curfew, siege, arrest or control, they impose it.
    pub state_bodies: HashSet<String>,
    pub announce: HashSet<String>,
    pub control_cues: Vec<Vec<String>>,
    pub agent_links: Vec<Vec<String>>,
    pub negation: HashSet<String>,
    pub agent_nouns: HashSet<String>,
    pub quantifiers: HashSet<String>,
    pub reporting: StemSet,
    pub participles: HashSet<String>,
    pub frame_preps: HashSet<String>,
    pub complements: HashSet<String>,
    pub aircraft: HashSet<String>,
    /// Words after an aircraft that name its kind, no owner ("طائرة مسيرة"، "حربية").
    pub aircraft_kinds: HashSet<String>,
    pub relative_verbs: HashSet<String>,
    pub relative_plain: HashSet<String>,
    /// "الذي"، "التي": an imperfect verb after them describes, in the outlet's words.
    pub relative_pronouns: HashSet<String>,
    pub undergo: HashSet<String>,
    pub accuse: HashSet<String>,
    pub object_pronouns: HashSet<String>,
    pub nisba: HashSet<String>,
    pub remembrance: HashSet<String>,
    pub response: HashSet<String>,
    pub natural_causes: HashSet<String>,
    pub consequence: HashSet<String>,
    /// Stems: "مسؤول" covers مسؤولة، مسؤوليته، مسؤولية.
    pub responsibility: Vec<String>,
    pub denial: HashSet<String>,
    /// First words of a time told between two commas ("، فجر الجمعة،"): an aside.
    pub asides: HashSet<String>,
    /// Verbs of trying, preventing, intending: a verbal noun they govern did not happen.
    pub irrealis_verbs: HashSet<String>,
    /// First words of compound place names ("أبو"، "عين"، "تل"): the next word is the name's.
    pub name_openers: HashSet<String>,
    /// Support verbs of going on ("يواصل غاراته"): a campaign, kept apart from its strikes.
    pub ongoing: HashSet<String>,
    /// People in numbers: when they flee, it is a displacement.
    pub crowds: HashSet<String>,
    /// Prisons and detainees: fleeing from them is an escape.
    pub detention: HashSet<String>,
    /// Verbs of forcing ("أجبرت … على النزوح"): the verbal noun after them is asserted.
    pub compel: HashSet<String>,
    /// Verbs of deciding ("قررت السلطات هدم المبنى"): the verbal noun after them is not yet
    /// done, except a curfew or a siege, which a decision imposes.
    pub decide: HashSet<String>,
    /// Verbs of harm: their subject did the strike they were done in.
    pub harm: HashSet<String>,
    /// Generic heads that name an armed actor named before ("الميليشيا"، "التنظيم").
    pub anaphors: HashSet<String>,
    /// "أي"، "أحد": with a negation, nobody ("لم تعلن أي جهة مسؤوليتها").
    pub no_one: HashSet<String>,
    /// Verbs of claiming a happening ("تبنى"): their subject did it.
    pub claim: HashSet<String>,
    /// Words of suspicion: a support verb before them does not govern the trigger after them.
    pub suspicion: HashSet<String>,
    /// Adjectives of expectation right after a trigger ("هجوم وشيك"): nothing happened yet.
    pub prospective: HashSet<String>,
    /// Words before a verbal noun with ل that tell it happened ("تصدى لهجوم"، "إضافة لهدم"):
    /// otherwise ل + verbal noun is a purpose ("لاستعادة المدينة"), not done.
    pub lam_told: HashSet<String>,
    /// Words of time or cause before a verbal noun with its genitive ("بعد سيطرة X"، "إثر
    /// هجوم X"): the happening is presupposed, so told.
    pub presuppose: HashSet<String>,
    /// Words opening a condition ("إذا هاجمت …"، "لو شنت …"): nothing is told.
    pub conditional: HashSet<String>,
    /// Words before an imperfect verb that make it possible or future ("قد تشن"، "سوف يهاجم").
    pub modal: HashSet<String>,
    /// Phrases right after a trigger that put it in a past year ("هجوم العام الماضي").
    pub past_after: Vec<Vec<String>>,
    /// Perfect verbs after "الذي/التي" that tell a definite verbal noun happened ("القصف الذي
    /// استهدف المستشفى").
    pub relative_told: HashSet<String>,
    /// Verbs of dying or being hurt: a verbal noun with ب after them is the means, told
    /// ("قتل ثلاثة بقصف الجيش").
    pub death: HashSet<String>,
    /// Verbal nouns of committing ("بارتكاب مجزرة"): an accusation's ب stands on them.
    pub commit: HashSet<String>,
    /// Verbs of threatening: a verbal noun with ب after them did not happen ("توعد بالسيطرة").
    pub threat: HashSet<String>,
    /// Function words of clause syntax.
    pub g: Grammar,
    /// (event type, cue words)
    pub cues: Vec<(EventKind, HashSet<String>)>,
}

fn set(v: Vec<String>) -> HashSet<String> {
    v.into_iter().map(|s| fold(&s)).collect()
}

/// Folds a data form the way the article is folded, and collapses spaces.
pub(crate) fn fold(s: &str) -> String {
    riwaya_text::normalize_str(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn stem(s: &str) -> Stem {
    let f = fold(s);
    let n = f.chars().count();
    if f.starts_with('ي') && n > 3 && !f.contains(' ') {
        Stem { core: f['ي'.len_utf8()..].to_string(), imperfect: true }
    } else {
        Stem { core: f, imperfect: false }
    }
}

impl Data {
    pub fn embedded() -> Data {
        Data::parse(TRIGGERS, GRAMMAR).expect("data/events/triggers.toml and grammar.toml are valid")
    }

    pub fn parse(src: &str, grammar: &str) -> Result<Data, String> {
        let raw: Raw = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut triggers = Vec::new();
        let mut forms = Vec::new();
        // An empty `type` is allowed only where a cue or an armed doer decides it.
        let kind_of = |k: &str| if k.is_empty() { Ok(None) } else { k.parse::<EventKind>().map(Some).map_err(|e| e.to_string()) };
        for t in raw.trigger {
            let (kind, armed_kind) = (kind_of(&t.kind)?, kind_of(&t.armed_kind)?);
            if kind.is_none() && !(t.generic || armed_kind.is_some()) {
                return Err("an event type is needed where no cue or armed doer decides it".into());
            }
            let ix = triggers.len();
            for v in &t.verbs {
                let s = stem(v);
                if s.core.is_empty() {
                    return Err(format!("empty verb form in {}", t.kind));
                }
                let words = s.core.split(' ').count();
                forms.push(Form { text: s.core, trig: ix, pos: Pos::Verb, imperfect: s.imperfect, words });
            }
            for n in &t.nouns {
                let f = fold(n);
                if f.is_empty() {
                    return Err(format!("empty noun form in {}", t.kind));
                }
                let words = f.split(' ').count();
                forms.push(Form { text: f, trig: ix, pos: Pos::Noun, imperfect: false, words });
            }
            triggers.push(Trigger {
                kind,
                generic: t.generic,
                requires: t.requires.iter().map(|s| fold(s)).collect(),
                window: t.window.unwrap_or(3),
                definite: t.definite,
                no_figure: t.no_figure,
                not: set(t.not),
                not_next: set(t.not_next),
                not_around: set(t.not_around),
                not_after: set(t.not_after),
                not_after_definite: t.not_after_definite,
                genitive_agent: t.genitive_agent,
                place_next: t.place_next,
                armed_kind,
                armed_named: t.armed_named,
                after_place: t.after_place,
            });
        }
        let w = raw.words;
        let phrases = |v: Vec<String>| v.iter().map(|s| fold(s).split(' ').map(str::to_string).collect()).collect();
        Ok(Data {
            triggers,
            forms,
            support: StemSet::new(w.support.iter().map(|s| stem(s)).collect()),
            continuation: set(w.continuation),
            irrealis: set(w.irrealis),
            agent_heads: set(w.agent_heads),
            pronoun_forces: set(w.pronoun_forces),
            stops: set(w.stops),
            place_heads: set(w.place_heads),
            broad_heads: set(w.broad_heads),
            named_heads: set(w.named_heads),
            state_bodies: set(w.state_bodies),
            announce: set(w.announce),
            control_cues: phrases(w.control_cues),
            agent_links: phrases(w.agent_links),
            negation: set(w.negation),
            agent_nouns: set(w.agent_nouns),
            quantifiers: set(w.quantifiers),
            reporting: StemSet::new(w.reporting.iter().map(|s| stem(s)).collect()),
            participles: set(w.participles),
            frame_preps: set(w.frame_preps),
            complements: set(w.complements),
            aircraft: set(w.aircraft),
            aircraft_kinds: set(w.aircraft_kinds),
            relative_verbs: set(w.relative_verbs),
            relative_plain: set(w.relative_plain),
            relative_pronouns: set(w.relative_pronouns),
            undergo: set(w.undergo),
            accuse: set(w.accuse),
            object_pronouns: set(w.object_pronouns),
            nisba: set(w.nisba),
            remembrance: set(w.remembrance),
            response: set(w.response),
            natural_causes: set(w.natural_causes),
            consequence: set(w.consequence),
            responsibility: w.responsibility.iter().map(|x| fold(x)).collect(),
            denial: set(w.denial),
            asides: set(w.asides),
            irrealis_verbs: set(w.irrealis_verbs),
            name_openers: set(w.name_openers),
            ongoing: set(w.ongoing),
            crowds: set(w.crowds),
            detention: set(w.detention),
            compel: set(w.compel),
            decide: set(w.decide),
            harm: set(w.harm),
            anaphors: set(w.anaphors),
            no_one: set(w.no_one),
            claim: set(w.claim),
            suspicion: set(w.suspicion),
            prospective: set(w.prospective),
            lam_told: set(w.lam_told),
            presuppose: set(w.presuppose),
            conditional: set(w.conditional),
            modal: set(w.modal),
            past_after: phrases(w.past_after),
            relative_told: set(w.relative_told),
            death: set(w.death),
            commit: set(w.commit),
            threat: set(w.threat),
            g: Grammar::parse(grammar)?,
            cues: vec![
                (EventKind::AirStrike, set(raw.cues.air_strike)),
                (EventKind::Bombing, set(raw.cues.bombing)),
                (EventKind::Shelling, set(raw.cues.shelling)),
            ],
        })
    }
}
