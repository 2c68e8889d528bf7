//! Extract: one [`Article`] in, the same article with `mentions`, `framing`, `dates`,
//! `claims` and `events` filled, and its `outlet` recognised when the input did not say.
//!
//! This crate only wires the extraction crates together in the order their inputs need:
//! names first (claims and events refer to actors and places), then dates (claims and
//! events carry the day they report), then claims and events. Each of those crates can be
//! run alone; `riwaya inspect …` does.

use riwaya_dates::NaiveDate;
use riwaya_entities::{outermost, Recognizer};
use riwaya_lexicon::Lexicon;
use riwaya_claims::ClaimExtractor;
use riwaya_events::EventExtractor;
use riwaya_model::{Article, Claim, DateMention, Mention};
use std::path::PathBuf;
use std::sync::Arc;

/// Everything the extract stage loads once per run.
pub struct Extractor {
    lexicon: Arc<Lexicon>,
    recognizer: Recognizer,
    claims: ClaimExtractor,
    events: EventExtractor,
}

impl Extractor {
    /// Loads the embedded language data plus the user's `--lexicon` folders; returns the
    /// loader's warnings (overrides, ambiguous names) for the caller to print.
    pub fn new(lexicon_dirs: &[PathBuf]) -> Result<(Self, Vec<String>), String> {
        let (lexicon, warnings) = Lexicon::load(lexicon_dirs).map_err(|e| e.to_string())?;
        let lexicon = Arc::new(lexicon);
        let recognizer = Recognizer::new(lexicon.clone());
        Ok((Extractor { lexicon, recognizer, claims: ClaimExtractor::new(), events: EventExtractor::new() }, warnings))
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    /// Fills the extraction fields of one article.
    pub fn extract(&self, a: &mut Article) {
        self.extract_with(a, |_, _| ())
    }

    /// [`Extractor::extract`], then `then` on the filled article and its one reading (the
    /// folded text, tokens, sentences), so a later stage (the story digest) need not fold
    /// the text again.
    pub fn extract_with<R>(&self, a: &mut Article, then: impl FnOnce(&Article, &riwaya_text::Document) -> R) -> R {
        self.resolve_outlet(a);
        if a.published.is_none() {
            let furniture: Vec<&str> = a.removed.iter().filter(|r| is_dated_furniture(&r.reason)).map(|r| r.text.as_str()).collect();
            if let Some(d) = a.url.as_deref().and_then(riwaya_dates::url_date) {
                a.published = Some(d.format("%Y-%m-%d").to_string());
                a.provenance.published = Some("url".into());
            } else if let Some(d) = dateline_marked(a.title.as_deref().unwrap_or(""), &furniture, &a.text) {
                a.published = Some(d);
                a.provenance.published = Some("text:published_marker".into());
            } else if let Some(d) = dateline(a.title.as_deref().unwrap_or(""), &a.text) {
                a.published = Some(d);
                a.provenance.published = Some("text:dateline".into());
            }
        }
        // The report lists every name, nested ones too («تنظيم داعش الإرهابي» inside «التحالف
        // الدولي ضد تنظيم داعش الإرهابي»); claims and framing read the outermost ones.
        // One reading of the text (folded, tokens, sentences, numbers; attribution frames
        // once worked out) for names, claims and events.
        let doc = riwaya_text::Document::new(&a.text);
        let (mentions, outer, framing) = self.recognizer.mentions_and_framing_in(&a.text, &doc.norm);
        a.mentions = mentions;
        a.framing = framing;
        let published = a.published.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        a.dates = mentions_of(riwaya_dates::find_dates_folded(&a.text, &doc.norm, published));
        let view = riwaya_claims::Doc::over(&doc, &outer);
        a.claims = self.claims.extract_doc(&view, &|e| self.recognizer.subject_of(e));
        a.events = self.events.extract_doc(&view, &a.dates, a.published.as_deref());
        // The event's place on the map, from the lexicon and its gazetteer.
        for e in &mut a.events {
            let g = e.place.as_ref().and_then(|p| p.entity.as_deref()).and_then(|id| riwaya_entities::place_geo(&self.lexicon, id));
            e.geo = g.map(|g| riwaya_model::Geo {
                latitude: g.lat, longitude: g.lon, country: g.country, admin1: g.admin1, precision: g.precision,
            });
        }
        if !a.claims.is_empty() {
            // Claims are dated and linked to events by their sentence: cut the text once.
            let sentences = riwaya_text::sentence::sentences(&a.text);
            date_claims(&sentences, &mut a.claims, &a.dates, a.published.as_deref());
            link_claims_to_events(&sentences, &mut a.claims, &a.events);
        }
        // Dates written in the headline or in the byline and embed lines the cleaner took
        // out are time expressions of the page too; they stand outside `text`, so their
        // span is empty (0..0) and no figure or event is dated by them.
        let mut outside: Vec<&str> = a.title.iter().map(String::as_str).collect();
        outside.extend(a.removed.iter().filter(|r| is_dated_furniture(&r.reason)).map(|r| r.text.as_str()));
        for part in outside {
            for mut d in dates(part, published) {
                if !a.dates.iter().any(|x| x.text == d.text && x.date == d.date) {
                    d.start = 0;
                    d.end = 0;
                    a.dates.push(d);
                }
            }
        }
        then(a, &doc)
    }

    /// The events of a text on its own (for `riwaya inspect events`).
    pub fn events_of(&self, text: &str, published: Option<&str>) -> Vec<riwaya_model::Event> {
        let mentions = outermost(&self.recognizer.mentions_nested(text));
        let day = published.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        self.events.extract(text, &mentions, &dates(text, day), published)
    }

    /// The claims of a text on its own (for `riwaya inspect claims`).
    pub fn claims_of(&self, text: &str, published: Option<&str>) -> Vec<Claim> {
        let mentions = outermost(&self.recognizer.mentions_nested(text));
        let day = published.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let mut claims = self.claims.extract(text, &mentions, &|e| self.recognizer.subject_of(e));
        date_claims(&riwaya_text::sentence::sentences(text), &mut claims, &dates(text, day), published);
        claims
    }

    /// Claims given the (nested) mentions, with no dating: for stage benchmarks.
    pub fn claims_only(&self, text: &str, mentions: &[Mention]) -> Vec<Claim> {
        self.claims.extract(text, &outermost(mentions), &|e| self.recognizer.subject_of(e))
    }

    /// The outlet as a canonical name: a dataset's source name ("alriyadh") or a domain
    /// becomes the lexicon's English name; with none given, the URL or the article's own
    /// words ("مصادر الميادين", a "سناك سوري _ متابعات" byline) may tell.
    fn resolve_outlet(&self, a: &mut Article) {
        if let Some(o) = &a.outlet {
            if let Some(actor) = self.lexicon.outlet_by_source_name(o).or_else(|| self.lexicon.outlet_by_domain(o)) {
                a.outlet = Some(actor.name_en.clone());
            }
            return;
        }
        let bylines: Vec<&str> = a.removed.iter().filter(|r| r.reason == "byline").map(|r| r.text.as_str()).collect();
        if let Some((name, how)) = self.recognizer.outlet(a.url.as_deref(), &a.text, &bylines) {
            a.outlet = Some(name);
            a.provenance.outlet = Some(how.to_string());
        }
    }
}

/// Each claim gets the day of the event it reports when its sentence says (the escape
/// "يوم الخميس" in a Saturday article), else the publication date, marked as such.
/// `sentences` are the text's sentence spans.
fn date_claims(sentences: &[(usize, usize)], claims: &mut [Claim], dates: &[DateMention], published: Option<&str>) {
    for c in claims.iter_mut() {
        let (s, e) = sentences.iter().copied().find(|&(s, e)| s <= c.start && c.start < e).unwrap_or((c.start, c.end));
        // The time expression nearest the figure within its sentence.
        let near = dates
            .iter()
            .filter(|d| d.start >= s && d.end <= e)
            .min_by_key(|d| if d.end <= c.start { c.start - d.end } else { d.start.saturating_sub(c.end) });
        match near {
            Some(d) => {
                c.date = Some(d.date.clone());
                c.date_source = Some("text".into());
            }
            None => {
                c.date = published.map(str::to_string);
                c.date_source = published.map(|_| "published".into());
            }
        }
    }
}

/// Links each figure to the event told in its sentence, the nearest one when there are
/// several ("عملية اقتحام … أسفرت عن مقتل ثمانية عناصر" → the attack).
fn link_claims_to_events(sentences: &[(usize, usize)], claims: &mut [Claim], events: &[riwaya_model::Event]) {
    if events.is_empty() {
        return;
    }
    let sentence_of = |pos: usize| sentences.iter().position(|&(s, e)| s <= pos && pos < e);
    // Stocks (a prison's detainees, a force's fighters) describe a state, not a happening.
    for c in claims.iter_mut().filter(|c| !matches!(c.quantity.as_str(), "other" | "detainees" | "fighters")) {
        let Some(sc) = sentence_of(c.start) else { continue };
        c.event = events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != "statement" && sentence_of(e.start) == Some(sc))
            .min_by_key(|(_, e)| if e.start >= c.start { e.start - c.start } else { c.start - e.start })
            .map(|(i, _)| i);
    }
}

/// A publication date written in the article itself: a full date (day, month, year;
/// Gregorian or Hijri) in the headline or the first lines, where datelines stand. Later
/// dates in the body are as likely the dates of events, so they are not used.
pub fn dateline(title: &str, text: &str) -> Option<String> {
    let head_end = text.char_indices().nth(400).map(|(i, _)| i).unwrap_or(text.len());
    [title, &text[..head_end]].into_iter().find_map(|part| {
        riwaya_dates::find_dates(part, None)
            .into_iter()
            .find(|t| matches!(t.kind, "absolute" | "hijri") && matches!(t.resolved, riwaya_dates::Resolved::Day(_)))
            .and_then(|t| t.date_string())
    })
}

/// Removed lines that may carry the page's own dates: bylines, lines of digits and
/// punctuation, embedded posts in Latin script (not lists of other articles).
fn is_dated_furniture(reason: &str) -> bool {
    matches!(reason, "no_words" | "foreign_script" | "byline")
}

/// A publication date announced as such anywhere on the page: «نشر في»، «نشر بتاريخ»،
/// «تاريخ النشر»، «آخر تحديث» (the first publication wins over an update), followed
/// within a few words by a full date.
pub fn dateline_marked(title: &str, furniture: &[&str], text: &str) -> Option<String> {
    let parts: Vec<&str> = std::iter::once(title).chain(furniture.iter().copied()).chain(std::iter::once(text)).collect();
    for markers in [PUBLISHED_MARKERS, UPDATED_MARKERS] {
        for part in &parts {
            let folded = riwaya_text::normalize(part);
            for m in markers {
                let Some(i) = folded.text.find(m) else { continue };
                let from = folded.to_original(i + m.len());
                let to = part[from..].char_indices().nth(60).map(|(k, _)| from + k).unwrap_or(part.len());
                let found = riwaya_dates::find_dates(&part[from..to], None)
                    .into_iter()
                    .find(|t| matches!(t.kind, "absolute" | "hijri") && matches!(t.resolved, riwaya_dates::Resolved::Day(_)));
                if let Some(d) = found.and_then(|t| t.date_string()) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// Folded words that announce the publication date.
const PUBLISHED_MARKERS: &[&str] = &["تاريخ النشر", "نشر في", "نشر بتاريخ", "نشرت في", "نشر يوم", "تاريخ نشر"];
/// Folded words that announce the last update, used when no publication marker dates the page.
const UPDATED_MARKERS: &[&str] = &["اخر تحديث", "تم التحديث", "تحديث في"];

/// Time expressions resolved against the publication date.
pub fn dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    mentions_of(riwaya_dates::find_dates(text, published))
}

fn mentions_of(found: Vec<riwaya_dates::TimeExpr>) -> Vec<DateMention> {
    found
        .into_iter()
        .filter_map(|t| {
            let date = t.date_string()?;
            Some(DateMention { text: t.text, date, start: t.start, end: t.end, anchor: t.anchor.to_string() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_from_the_first_lines_only() {
        assert_eq!(dateline("", "دمشق - الخميس 20 كانون الثاني/يناير 2022: قالت مصادر").as_deref(), Some("2022-01-20"));
        assert_eq!(dateline("هجوم على السجن في 5 رمضان 1436 هـ", "نص").as_deref(), Some("2015-06-22"));
        let late = format!("{} وفي 3 آذار 2019 وقع هجوم آخر.", "كلمة ".repeat(200));
        assert_eq!(dateline("", &late), None);
        assert_eq!(dateline("", "اليوم السبت قالت مصادر"), None);
    }

    #[test]
    fn figures_link_to_the_event_of_their_sentence() {
        let (ex, _) = Extractor::new(&[]).unwrap();
        let mut a = riwaya_model::Article {
            published: Some("2031-05-02".into()),
            ..riwaya_model::Article::new("t", "وأسفر هجوم شنه تنظيم داعش على حاجز للجيش العراقي عن مقتل خمسة جنود. ويضم السجن نحو ألفي معتقل.")
        };
        ex.extract(&mut a);
        let killed = a.claims.iter().find(|c| c.quantity == "killed").expect("a killed figure");
        let e = &a.events[killed.event.expect("linked to its event")];
        assert_eq!(e.kind, "attack");
        assert!(a.claims.iter().filter(|c| c.quantity == "detainees").all(|c| c.event.is_none()));
    }

    #[test]
    fn publication_markers_and_page_furniture() {
        assert_eq!(dateline_marked("", &[], "قال الوزير … آخر تحديث: 3 آذار 2031 نشر في 2 آذار 2031").as_deref(), Some("2031-03-02"));
        assert_eq!(dateline_marked("", &["تاريخ النشر: 17th, September 2031 GMT"], "نص").as_deref(), Some("2031-09-17"));
        assert_eq!(dateline_marked("", &[], "وقع الهجوم في 2 آذار 2031").as_deref(), None);
        let (ex, _) = Extractor::new(&[]).unwrap();
        let mut a = riwaya_model::Article {
            url: Some("https://x.example/news/2031/03/05/story".into()),
            title: Some("الأحد 5 مارس 2031 | 10:47 م".into()),
            ..riwaya_model::Article::new("t", "قال المتحدث اليوم إن القوات انسحبت.")
        };
        ex.extract(&mut a);
        assert_eq!(a.published.as_deref(), Some("2031-03-05"));
        assert!(a.dates.iter().any(|d| d.text == "الأحد 5 مارس 2031" && d.start == 0 && d.end == 0));
        assert!(a.dates.iter().any(|d| d.text == "اليوم" && d.date == "2031-03-05"));
    }

    #[test]
    fn dates_resolve_against_publication() {
        let d = dates("وأمس الجمعة، قالت المصادر", NaiveDate::from_ymd_opt(2022, 1, 22));
        assert_eq!(d[0].date, "2022-01-21");
        assert!(d[0].text.contains("أمس الجمعة"));
    }
}
