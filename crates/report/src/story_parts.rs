//! The parts of the story sections that show threads, incidents and each contradiction's
//! evolution, in Markdown and HTML (kept apart from `brief.rs`, which calls them).

use crate::html::{bdi, label, ltr};
use crate::svg::value_words;
use riwaya_stories::{Contradiction, Story};
use std::fmt::Write as _;

/// "ISIS escaped: 800 (2022-01-20/2022-01-21, مصدر من داعش) → 20–99 (2022-01-22, …)".
fn evolution_line(s: &Story, c: &Contradiction) -> Option<String> {
    let f = s.figures.get(c.index)?;
    if c.kind != "figure" || c.evolution.len() < 2 {
        return None;
    }
    let steps: Vec<String> = c
        .evolution
        .iter()
        .filter_map(|&i| f.reports.get(i))
        .map(|r| {
            format!(
                "{} ({}, {})",
                value_words(r.low, r.high),
                r.date.as_deref().or(r.published.as_deref()).unwrap_or("?"),
                r.attribution.last().cloned().unwrap_or_else(|| r.outlet.clone().unwrap_or_else(|| "?".into()))
            )
        })
        .collect();
    Some(steps.join(" → "))
}

/// Markdown: the threads (stories on one ongoing subject) of a run.
pub fn md_threads(stories: &[Story]) -> String {
    let threads = riwaya_stories::threads(stories);
    if threads.is_empty() {
        return String::new();
    }
    let title: std::collections::HashMap<&str, &str> = stories.iter().map(|s| (s.id.as_str(), s.title.as_str())).collect();
    let mut m = String::from("## Threads\n\nStories on one ongoing subject, grouped for browsing.\n\n");
    for t in threads.iter().take(30) {
        let _ = writeln!(
            m,
            "- **{}** ({} – {}, {} stories, {} articles): {}",
            md(&t.title),
            t.first.as_deref().unwrap_or("?"),
            t.last.as_deref().unwrap_or("?"),
            t.stories.len(),
            t.articles,
            t.stories.iter().take(6).map(|id| md(title.get(id.as_str()).copied().unwrap_or(id))).collect::<Vec<_>>().join(" · ")
        );
    }
    m.push('\n');
    m
}

/// Markdown: a contradiction's evolution line, for beneath it.
pub fn md_evolution(s: &Story, c: &Contradiction) -> String {
    evolution_line(s, c).map(|l| format!("  - evolution: {}\n", md(&l))).unwrap_or_default()
}

/// Markdown: a story's thread and its incidents with their estimates.
pub fn md_incidents(s: &Story) -> String {
    let mut m = String::new();
    if let Some(t) = &s.thread {
        let _ = writeln!(m, "Thread: {t}\n");
    }
    let shown: Vec<_> = s.incidents.iter().filter(|i| !i.estimates.is_empty()).take(20).collect();
    if shown.is_empty() {
        return m;
    }
    let _ = writeln!(m, "### Incidents\n\n| incident | place | date | events | figure: low / best / high |\n| --- | --- | --- | --- | --- |");
    for i in shown {
        let est: Vec<String> = i
            .estimates
            .iter()
            .map(|e| {
                let v = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or("?".into());
                format!(
                    "{} {}: {} / {} / {}{}",
                    e.quantity,
                    e.subject.as_deref().unwrap_or(""),
                    v(e.low),
                    v(e.best),
                    v(e.high),
                    if e.party_claims > 0 { format!(" ({} party claim(s))", e.party_claims) } else { String::new() }
                )
            })
            .collect();
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} |",
            i.id,
            md(i.place.as_deref().unwrap_or("")),
            md(i.date.as_deref().unwrap_or("")),
            md(&kinds_text(&i.kinds)),
            md(&est.join("; "))
        );
    }
    m.push('\n');
    m
}

/// HTML: the threads of a run, as a contents list. `href` gives a story's link.
pub fn html_threads(stories: &[Story], href: &dyn Fn(&str) -> String) -> String {
    let threads = riwaya_stories::threads(stories);
    if threads.is_empty() {
        return String::new();
    }
    let title: std::collections::HashMap<&str, &str> = stories.iter().map(|s| (s.id.as_str(), s.title.as_str())).collect();
    let mut b = format!("<nav class=\"threads\"><h3>{}</h3><ol>", label("threads"));
    for t in threads.iter().take(30) {
        let links: Vec<String> = t
            .stories
            .iter()
            .take(8)
            .map(|id| format!("<a href=\"{}\">{}</a>", href(id), bdi(title.get(id.as_str()).copied().unwrap_or(id))))
            .collect();
        let _ = write!(
            b,
            "<li><b>{}</b> <span class=\"meta\">{}</span>: {}</li>",
            bdi(&t.title),
            ltr(&format!("({} – {}, {} stories, {} articles)", t.first.as_deref().unwrap_or("?"), t.last.as_deref().unwrap_or("?"), t.stories.len(), t.articles)),
            links.join(" · ")
        );
    }
    b.push_str("</ol></nav>");
    b
}

/// HTML: a contradiction's rule and the figure's evolution beside it.
pub fn html_evolution(s: &Story, c: &Contradiction) -> String {
    let mut b = format!("<p class=\"meta\" dir=\"ltr\">{}</p>", ltr(&format!("rule: {}", c.reason)));
    if let Some(l) = evolution_line(s, c) {
        let _ = write!(b, "<p class=\"meta\" dir=\"ltr\">{}: {}</p>", label("evolution"), crate::html::mixed(&l));
    }
    b
}

/// HTML: a story's incidents with their estimates.
pub fn html_incidents(s: &Story, names: &crate::brief::Names) -> String {
    let shown: Vec<_> = s.incidents.iter().filter(|i| !i.estimates.is_empty()).take(20).collect();
    if shown.is_empty() {
        return String::new();
    }
    let mut b = format!(
        "<h3>{}</h3><table class=\"incidents\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        label("incidents"),
        label("place"),
        label("date"),
        label("events"),
        label("estimates_low_best_high")
    );
    for i in shown {
        let est: Vec<String> = i
            .estimates
            .iter()
            .map(|e| {
                let v = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or("?".into());
                format!(
                    "{}{}",
                    ltr(&format!("{} {}: {} / {} / {}", e.quantity, e.subject.as_deref().unwrap_or(""), v(e.low), v(e.best), v(e.high))),
                    if e.party_claims > 0 { format!(" <span class=\"tag\">{}</span>", ltr(&format!("{} party claim(s)", e.party_claims))) } else { String::new() }
                )
            })
            .collect();
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            bdi(&i.place.as_deref().map(|p| names.show(p)).unwrap_or_default()),
            ltr(i.date.as_deref().unwrap_or("")),
            ltr(&kinds_text(&i.kinds)),
            est.join("<br>")
        );
    }
    b.push_str("</table>");
    b
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ").replace('<', "&lt;").replace('>', "&gt;")
}

/// An incident's event kinds as the reports write them: `attack, shelling`.
fn kinds_text(kinds: &[riwaya_model::EventKind]) -> String {
    kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
}
