//! What the story stage produces: stories, and per story the figures, events,
//! contradictions and per-outlet framing laid side by side. Plain data, serialised into the
//! JSON report's `stories` (schema: `schema/stories.schema.json`) and rendered by
//! `riwaya-report`; read back (`Deserialize`) from a store's story JSON by its readers.

use riwaya_model::{EventKind, Quantity};
use serde::{Deserialize, Serialize};

/// A group of articles about the same event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Story {
    /// Stable within a run: `s` and the lowest article index (`s0`, `s17`).
    pub id: String,
    /// The most central headline.
    pub title: String,
    /// First and last publication day of its articles (`YYYY-MM-DD`), when known.
    pub first: Option<String>,
    pub last: Option<String>,
    pub articles: Vec<StoryArticle>,
    /// Actors and places named, most named first.
    pub actors: Vec<NamedCount>,
    pub places: Vec<NamedCount>,
    /// Per figure (quantity, subject), every report of it.
    pub figures: Vec<Figure>,
    /// The same happening reported by several outlets is one story event.
    pub events: Vec<StoryEvent>,
    /// Reports that cannot both hold, figures and events alike.
    pub contradictions: Vec<Contradiction>,
    /// Figures and events aligned by incident (place, day, kind of event).
    pub incidents: Vec<Incident>,
    /// The thread (ongoing subject) this story belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread: Option<String>,
    /// Per outlet: its names for each actor, its loaded terms, whom it cites, what only it reports.
    pub outlets: Vec<OutletFraming>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoryArticle {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Where `published` came from when the story supplied it: `story:weekday` (the article
    /// says "اليوم السبت" and the story's other articles date the week).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_source: Option<String>,
    pub title: Option<String>,
    /// Set when the article is a near-copy (wire copy, republication) of another article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_duplicate_of: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NamedCount {
    pub entity: String,
    /// English canonical name when known, else the most used Arabic name.
    pub name: String,
    pub count: usize,
}

/// One source's report of a figure.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub article: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: bool,
    pub vague: bool,
    /// Outermost first; empty when the outlet speaks in its own voice.
    pub attribution: Vec<String>,
    pub hedge: Option<String>,
    /// The day of the event the figure reports.
    pub date: Option<String>,
    pub text: String,
    pub sentence: String,
    /// Byte span of `text` in the article's cleaned text.
    pub start: usize,
    pub end: usize,
    /// The innermost source is a party to the conflict speaking of another side's losses.
    pub party_claim: bool,
    /// Index of the agreement group this report belongs to (reports that can all hold).
    pub group: usize,
    /// The specific place (entity id) named with the figure, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The source denies this figure: it is no one's assertion.
    pub denied: bool,
    /// A figure that adds to others rather than restating them: "nine more", "among them
    /// five", a part of a total in the same article.
    pub adds: bool,
    /// A running total ("so far", "since the start"), which holds single incidents' figures.
    pub cumulative: bool,
    /// Index into the story's `incidents`.
    pub incident: usize,
    /// The event told in the figure's sentence: (kind, agent, place), for incidents.
    #[serde(skip)]
    pub linked: Option<(EventKind, Option<String>, Option<String>)>,
    /// `date` comes from a time expression in the figure's sentence (else it is the
    /// publication day standing in); for judging contradictions, not saved.
    #[serde(skip)]
    pub dated: bool,
}

/// A figure: what is counted, whose, and every report of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Figure {
    pub quantity: Quantity,
    pub subject: Option<String>,
    /// Reports in order of publication (then claim date): how the figure evolved.
    pub reports: Vec<Report>,
    /// The range all reports span.
    pub range_low: Option<u64>,
    pub range_high: Option<u64>,
    /// Estimates in the manner of UCDP GED.
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    /// One line on how the estimates were chosen.
    pub reason: String,
}

/// One report of a happening.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventReport {
    pub article: String,
    pub outlet: Option<String>,
    pub text: String,
    pub attribution: Vec<String>,
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
    /// The source denies that it happened.
    pub denied: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoryEvent {
    #[serde(rename = "type")]
    pub kind: EventKind,
    pub agent: Option<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub reports: Vec<EventReport>,
}

/// One incident of a story: figures and events aligned by place, day and kind of event,
/// with estimates per figure.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Incident {
    pub id: String,
    /// The specific place (entity id or text), when named.
    pub place: Option<String>,
    /// The day (or period `from/to`) of the incident.
    pub date: Option<String>,
    /// Kinds of event reported for it (`attack`, `arrest`…), and their agents.
    pub kinds: Vec<EventKind>,
    pub agents: Vec<String>,
    /// Indices into the story's `events`.
    pub events: Vec<usize>,
    /// (figure, report) index pairs into the story's `figures`.
    pub reports: Vec<(usize, usize)>,
    pub estimates: Vec<Estimate>,
}

/// Low / best / high for one figure of one incident, in the manner of UCDP GED.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Estimate {
    pub quantity: Quantity,
    pub subject: Option<String>,
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    pub reason: String,
    /// Reports in which a party speaks of another side's losses (set aside when others exist).
    pub party_claims: usize,
}

/// Stories on one ongoing subject (a war, a market, a league season), for browsing.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Thread {
    pub id: String,
    /// The title of its largest story.
    pub title: String,
    /// Story ids, largest first.
    pub stories: Vec<String>,
    pub articles: usize,
    pub first: Option<String>,
    pub last: Option<String>,
}

/// Two reports that cannot both hold.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Contradiction {
    /// `figure` or `event`.
    pub kind: String,
    /// What it is about: "escaped ISIS", "control at ghwayran-prison on 2022-01-26".
    pub about: String,
    /// Index into `figures` or `events`.
    pub index: usize,
    /// The two reports (indices into that figure's or event's `reports`).
    pub a: usize,
    pub b: usize,
    pub why: String,
    /// Which rule judged it: `same-time` (one incident, overlapping times, ranges apart),
    /// `later-lower` (a later total below an earlier one of a count that cannot fall),
    /// `denial` (a
    /// figure or event asserted by one source and denied by another), `control-vs-clash`.
    pub reason: String,
    /// The incident both reports are about (index into `incidents`), for figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<usize>,
    /// The figure's evolution beside it: its reports at that place in time order (indices
    /// into the figure's `reports`).
    pub evolution: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutletFraming {
    pub outlet: String,
    pub articles: usize,
    /// Actor entity → the names this outlet used for it, with counts.
    pub names: Vec<ActorNames>,
    /// Loaded terms used, with the actor and signal.
    pub loaded_terms: Vec<TermUse>,
    /// Sources cited (innermost attribution items), with counts.
    pub cites: Vec<(String, usize)>,
    /// Figures (indices into `figures`) that only this outlet reports.
    pub only_here: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActorNames {
    pub entity: String,
    pub name: Option<String>,
    pub forms: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TermUse {
    pub term: String,
    pub entity: String,
    pub signal: String,
    pub text: String,
    pub count: usize,
}
