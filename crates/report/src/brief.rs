//! Story reports for people: the HTML report and the Markdown brief. Both read the
//! story stage's [`Story`] values; the HTML adds range plots, a timeline and links from
//! every figure to its sentence.

use crate::html::{anchor, esc, page};
use crate::svg::{range_plot, value_words, Bar};
use riwaya_stories::{Figure, Report, Story};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

/// Arabic label and English name of a quantity kind.
pub fn quantity_label(q: &str) -> (&'static str, &'static str) {
    match q {
        "killed" => ("قتلى", "killed"),
        "wounded" => ("جرحى", "wounded"),
        "casualties" => ("قتلى وجرحى", "casualties"),
        "escaped" => ("فارّون", "escaped"),
        "surrendered" => ("مستسلمون", "surrendered"),
        "arrested" => ("معتقلون", "arrested"),
        "released" => ("مُفرج عنهم", "released"),
        "hostages" => ("رهائن", "hostages"),
        "detainees" => ("محتجزون", "detainees"),
        "fighters" => ("مقاتلون", "fighters"),
        "displaced" => ("نازحون", "displaced"),
        "vehicles" => ("آليات", "vehicles"),
        "strikes" => ("غارات وضربات", "strikes"),
        _ => ("أرقام أخرى", "other"),
    }
}

fn event_label(t: &str) -> &'static str {
    match t {
        "attack" => "هجوم",
        "bombing" => "تفجير",
        "air_strike" => "غارة جوية",
        "shelling" => "قصف مدفعي",
        "clash" => "اشتباكات",
        "takeover" => "سيطرة",
        "control" => "استعادة السيطرة",
        "siege" => "حصار",
        "surrender" => "استسلام",
        "escape" => "فرار",
        "hostage_taking" => "احتجاز رهائن",
        "release" => "إفراج",
        "arrest" => "اعتقالات",
        "curfew" => "حظر تجول",
        "displacement" => "نزوح",
        "demolition" => "هدم",
        "statement" => "تصريح",
        _ => "حدث",
    }
}

/// The anchor of a report's sentence in the evidence list.
fn claim_anchor(r: &Report) -> String {
    anchor("c", &format!("{}#{}", r.article, r.start))
}

fn event_anchor(article: &str, start: usize) -> String {
    anchor("e", &format!("{article}#{start}"))
}

fn chain(attribution: &[String]) -> String {
    if attribution.is_empty() {
        "صوت الوسيلة نفسها (own voice)".to_string()
    } else {
        attribution.join(" ← ")
    }
}

fn value_tags(r: &Report) -> String {
    let mut s = String::new();
    if r.vague {
        s += "<span class=\"tag\">تقديري vague</span>";
    } else if r.approx {
        s += "<span class=\"tag\">تقريبي approx.</span>";
    }
    if r.party_claim {
        s += "<span class=\"tag party\">رواية طرف party claim</span>";
    }
    s
}

/// Reports of a figure that are part of some contradiction.
fn flagged(story: &Story, fi: usize) -> HashSet<usize> {
    story
        .contradictions
        .iter()
        .filter(|c| c.kind == "figure" && c.index == fi)
        .flat_map(|c| [c.a, c.b])
        .collect()
}

/// The whole HTML report. `subject_name` gives the English label of a subject or entity.
pub fn html_report(stories: &[Story], articles_total: usize, title: &str) -> String {
    let mut body = String::new();
    let _ = write!(
        body,
        "<p class=\"meta\">{} قصة (stories) من {} مقالاً (articles). كل رقم يحيل إلى جملته في قسم «الشواهد».</p>",
        stories.len(),
        articles_total
    );
    if stories.is_empty() {
        body += "<p>لم تُجمع أي قصة من أكثر من مقال واحد. (No story has more than one article.)</p>";
    }
    body += &crate::story_parts::html_threads(stories);
    // Contents.
    if stories.len() > 1 {
        body += "<nav><h3>القصص (Stories)</h3><ol>";
        for s in stories {
            let _ = write!(body, "<li><a href=\"#{}\">{}</a> <span class=\"meta\">({} articles)</span></li>", esc(&s.id), esc(&s.title), s.articles.len());
        }
        body += "</ol></nav>";
    }
    for s in stories {
        story_html(&mut body, s);
    }
    let subtitle = format!("{} stories, {} articles", stories.len(), articles_total);
    page(title, &subtitle, &body)
}

fn story_html(b: &mut String, s: &Story) {
    let _ = write!(b, "<section class=\"story\" id=\"{}\"><h2>{}</h2>", esc(&s.id), esc(&s.title));
    let outlets: Vec<String> = {
        let mut v: Vec<String> = s.articles.iter().map(|a| a.outlet.clone().unwrap_or_else(|| "(unknown outlet)".into())).collect();
        v.sort();
        v.dedup();
        v
    };
    let _ = write!(
        b,
        "<p class=\"meta\">{} — {} · {} مقالات (articles) · {} وسائل (outlets): {}</p>",
        esc(s.first.as_deref().unwrap_or("?")),
        esc(s.last.as_deref().unwrap_or("?")),
        s.articles.len(),
        outlets.len(),
        esc(&outlets.join("، "))
    );
    if !s.actors.is_empty() || !s.places.is_empty() {
        b.push_str("<p class=\"meta\">");
        let names: Vec<String> = s.actors.iter().take(8).map(|a| format!("<span class=\"en\">{}</span>", esc(&a.name))).collect();
        let places: Vec<String> = s.places.iter().take(6).map(|a| format!("<span class=\"en\">{}</span>", esc(&a.name))).collect();
        let _ = write!(b, "الفاعلون (actors): {} · الأماكن (places): {}</p>", names.join(" · "), places.join(" · "));
    }

    // Articles.
    b.push_str("<h3>المقالات (Articles)</h3><table class=\"articles\"><tr><th>الوسيلة (outlet)</th><th>التاريخ (published)</th><th>العنوان (title)</th></tr>");
    for a in &s.articles {
        let dup = a
            .near_duplicate_of
            .as_ref()
            .map(|d| format!("<span class=\"tag\">نسخة شبه مطابقة near-copy of {}</span>", esc(d)))
            .unwrap_or_default();
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}{dup}<div class=\"meta en\">{}</div></td></tr>",
            esc(a.outlet.as_deref().unwrap_or("(unknown outlet)")),
            esc(a.published.as_deref().unwrap_or("?")),
            esc(a.title.as_deref().unwrap_or("")),
            esc(&a.id)
        );
    }
    b.push_str("</table>");

    // Contradictions first: they are what an analyst looks for.
    if !s.contradictions.is_empty() {
        let _ = write!(b, "<h3>تناقضات (Contradictions): {}</h3>", s.contradictions.len());
        for c in &s.contradictions {
            let heading = match (c.kind.as_str(), s.figures.get(c.index), s.events.get(c.index)) {
                ("figure", Some(f), _) => {
                    let (ar, en) = quantity_label(&f.quantity);
                    format!("{ar} — {en}, {}", f.subject.as_deref().unwrap_or("unspecified"))
                }
                ("event", _, Some(e)) => format!("{} — {}", event_label(&e.kind), e.kind),
                _ => c.about.clone(),
            };
            let _ = write!(b, "<div class=\"contra\"><h4>{} <span class=\"en\">({})</span></h4>", esc(&heading), esc(&c.why));
            b.push_str(&crate::story_parts::html_evolution(s, c));
            if c.kind == "figure" {
                if let Some(f) = s.figures.get(c.index) {
                    b.push_str("<table><tr><th>الوسيلة</th><th>الرقم</th><th>المصدر (source)</th><th>النص</th></tr>");
                    for r in [c.a, c.b].iter().filter_map(|i| f.reports.get(*i)) {
                        let _ = write!(
                            b,
                            "<tr class=\"contradiction\"><td>{}</td><td class=\"val\">{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                            esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                            esc(&value_words(r.low, r.high)),
                            esc(&chain(&r.attribution)),
                            claim_anchor(r),
                            esc(&r.text)
                        );
                    }
                    b.push_str("</table>");
                }
            } else if let Some(e) = s.events.get(c.index) {
                b.push_str("<table><tr><th>الوسيلة</th><th>الحدث</th><th>المصدر (source)</th><th>النص</th></tr>");
                for r in [c.a, c.b].iter().filter_map(|i| e.reports.get(*i)) {
                    let _ = write!(
                        b,
                        "<tr class=\"contradiction\"><td>{}</td><td>{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                        esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                        esc(event_label(&e.kind)),
                        esc(&chain(&r.attribution)),
                        event_anchor(&r.article, r.start),
                        esc(&r.text)
                    );
                }
                b.push_str("</table>");
            }
            b.push_str("</div>");
        }
    }

    b.push_str(&crate::story_parts::html_incidents(s));
    // Figures: comparison table and range plot each.
    if !s.figures.is_empty() {
        b.push_str("<h3>الأرقام (Figures): مقارنة المصادر</h3>");
        for (fi, f) in s.figures.iter().enumerate() {
            figure_html(b, s, fi, f);
        }
    }

    // Events.
    if !s.events.is_empty() {
        b.push_str("<h3>الأحداث (Events)</h3><table><tr><th>النوع (type)</th><th>الفاعل (agent)</th><th>المكان (place)</th><th>التاريخ</th><th>الروايات (reports)</th></tr>");
        for e in &s.events {
            let reports: Vec<String> = e
                .reports
                .iter()
                .map(|r| {
                    format!(
                        "<a href=\"#{}\">{}</a>: {}",
                        event_anchor(&r.article, r.start),
                        esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                        esc(&chain(&r.attribution))
                    )
                })
                .collect();
            let _ = write!(
                b,
                "<tr><td>{} <span class=\"en\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(event_label(&e.kind)),
                esc(&e.kind),
                esc(e.agent.as_deref().unwrap_or("—")),
                esc(e.place.as_deref().unwrap_or("—")),
                esc(e.date.as_deref().unwrap_or("?")),
                reports.join("<br>")
            );
        }
        b.push_str("</table>");
    }

    timeline_html(b, s);
    outlets_html(b, s);
    evidence_html(b, s);
    b.push_str("</section>");
}

fn figure_html(b: &mut String, s: &Story, fi: usize, f: &Figure) {
    let (ar, en) = quantity_label(&f.quantity);
    let subject = f.subject.as_deref().unwrap_or("unspecified");
    let flags = flagged(s, fi);
    let _ = write!(
        b,
        "<div class=\"figure\" id=\"{}-f{fi}\"><h4>{ar} — <span class=\"en\">{en}, {}</span>{}</h4>",
        esc(&s.id),
        esc(subject),
        if flags.is_empty() { String::new() } else { "<span class=\"tag warn\">متناقض contradictory</span>".into() }
    );
    let _ = write!(
        b,
        "<p class=\"estimate\">المدى (range): <span class=\"val\">{}</span> · تقدير (low / best / high): <span class=\"val\">{} / {} / {}</span> <span class=\"en\">— {}</span></p>",
        esc(&value_words(f.range_low, f.range_high)),
        f.low.map(|v| v.to_string()).unwrap_or("?".into()),
        f.best.map(|v| v.to_string()).unwrap_or("?".into()),
        f.high.map(|v| v.to_string()).unwrap_or("?".into()),
        esc(&f.reason)
    );
    let labels: Vec<String> = f
        .reports
        .iter()
        .map(|r| {
            let src = r.attribution.last().cloned().unwrap_or_else(|| "own voice".into());
            format!("{} · {}", r.outlet.as_deref().unwrap_or("?"), src)
        })
        .collect();
    let hrefs: Vec<String> = f.reports.iter().map(|r| format!("#{}", claim_anchor(r))).collect();
    let bars: Vec<Bar> = f
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| Bar {
            label: &labels[i],
            low: r.low,
            high: r.high,
            soft: r.vague || r.approx,
            flagged: flags.contains(&i),
            href: &hrefs[i],
        })
        .collect();
    b.push_str(&range_plot(&format!("{en} — {subject}"), &bars));
    b.push_str("<table><tr><th>الوسيلة (outlet)</th><th>النشر</th><th>الرقم (value)</th><th>سلسلة الإسناد (attribution)</th><th>تحفّظ (hedge)</th><th>تاريخ الحدث</th><th>النص (text)</th></tr>");
    for (i, r) in f.reports.iter().enumerate() {
        let _ = write!(
            b,
            "<tr{}><td>{}</td><td>{}</td><td><span class=\"val\">{}</span>{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
            if flags.contains(&i) { " class=\"contradiction\"" } else { "" },
            esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
            esc(r.published.as_deref().unwrap_or("?")),
            esc(&value_words(r.low, r.high)),
            value_tags(r),
            esc(&chain(&r.attribution)),
            esc(r.hedge.as_deref().unwrap_or("")),
            esc(r.date.as_deref().unwrap_or("?")),
            claim_anchor(r),
            esc(&r.text)
        );
    }
    b.push_str("</table></div>");
}

fn timeline_html(b: &mut String, s: &Story) {
    // Day → what was reported to have happened that day.
    let mut days: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &s.figures {
        let (ar, _) = quantity_label(&f.quantity);
        for r in &f.reports {
            let day = r.date.clone().or_else(|| r.published.clone()).unwrap_or_else(|| "?".into());
            days.entry(day).or_default().push(format!(
                "{ar}: <span class=\"val\">{}</span> — {} (<a href=\"#{}\">{}</a>)",
                esc(&value_words(r.low, r.high)),
                esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                claim_anchor(r),
                esc(&chain(&r.attribution))
            ));
        }
    }
    for e in &s.events {
        let day = e.date.clone().unwrap_or_else(|| "?".into());
        let outlets: Vec<String> = e.reports.iter().map(|r| r.outlet.clone().unwrap_or_else(|| "?".into())).collect();
        days.entry(day).or_default().push(format!(
            "{}{}{} — {}",
            esc(event_label(&e.kind)),
            e.agent.as_deref().map(|a| format!(" · {}", esc(a))).unwrap_or_default(),
            e.place.as_deref().map(|p| format!(" · {}", esc(p))).unwrap_or_default(),
            esc(&outlets.join("، "))
        ));
    }
    if days.is_empty() {
        return;
    }
    b.push_str("<h3>الخط الزمني (Timeline)</h3><ol class=\"timeline\">");
    for (day, items) in days {
        let _ = write!(b, "<li><strong class=\"val\">{}</strong><ul>", esc(&day));
        for i in items {
            let _ = write!(b, "<li>{i}</li>");
        }
        b.push_str("</ul></li>");
    }
    b.push_str("</ol>");
}

fn outlets_html(b: &mut String, s: &Story) {
    if s.outlets.is_empty() {
        return;
    }
    b.push_str("<h3>التأطير والمصادر حسب الوسيلة (Framing and sourcing per outlet)</h3><table><tr><th>الوسيلة</th><th>أسماء الفاعلين (names used)</th><th>مفردات مشحونة (loaded terms)</th><th>تستشهد بـ (cites)</th><th>أرقام لا ترد إلا عندها (only here)</th></tr>");
    for o in &s.outlets {
        let names: Vec<String> = o
            .names
            .iter()
            .map(|n| {
                let forms: Vec<String> = n.forms.iter().map(|(f, c)| format!("{} ×{c}", esc(f))).collect();
                format!("<span class=\"en\">{}</span>: {}", esc(n.name.as_deref().unwrap_or(&n.entity)), forms.join("، "))
            })
            .collect();
        let terms: Vec<String> = o
            .loaded_terms
            .iter()
            .map(|t| format!("«{}» <span class=\"tag\">{}</span> ×{}", esc(&t.text), esc(&t.signal), t.count))
            .collect();
        let cites: Vec<String> = o.cites.iter().map(|(c, n)| format!("{} ×{n}", esc(c))).collect();
        let only: Vec<String> = o
            .only_here
            .iter()
            .filter_map(|i| s.figures.get(*i))
            .map(|f| format!("{} ({})", quantity_label(&f.quantity).0, esc(f.subject.as_deref().unwrap_or("?"))))
            .collect();
        let _ = write!(
            b,
            "<tr><td>{} <span class=\"meta\">({} articles)</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&o.outlet),
            o.articles,
            names.join("<br>"),
            terms.join("<br>"),
            cites.join("<br>"),
            only.join("، ")
        );
    }
    b.push_str("</table>");
}

/// Every sentence a figure or event comes from, with an anchor the tables link to.
fn evidence_html(b: &mut String, s: &Story) {
    let mut seen = HashSet::new();
    let mut items = Vec::new();
    for f in &s.figures {
        for r in &f.reports {
            let id = claim_anchor(r);
            if seen.insert(id.clone()) {
                items.push(format!(
                    "<p id=\"{id}\"><strong>{}</strong> <span class=\"meta\">{}</span> — {}</p>",
                    esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                    esc(&r.article),
                    esc(&r.sentence)
                ));
            }
        }
    }
    for e in &s.events {
        for r in &e.reports {
            let id = event_anchor(&r.article, r.start);
            if seen.insert(id.clone()) {
                items.push(format!(
                    "<p id=\"{id}\"><strong>{}</strong> <span class=\"meta\">{}</span> — {}</p>",
                    esc(r.outlet.as_deref().unwrap_or("(unknown outlet)")),
                    esc(&r.article),
                    esc(&r.text)
                ));
            }
        }
    }
    if items.is_empty() {
        return;
    }
    b.push_str("<h3>الشواهد (Evidence)</h3><div class=\"evidence\">");
    for i in items {
        b.push_str(&i);
    }
    b.push_str("</div>");
}

/// The Markdown brief: per story, the figures side by side and the contradictions.
pub fn markdown_brief(stories: &[Story], articles_total: usize) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# Riwaya brief\n\n{} stories from {} articles.\n", stories.len(), articles_total);
    m += &crate::story_parts::md_threads(stories);
    for s in stories {
        let _ = writeln!(m, "## {}\n", md(&s.title));
        let outlets: Vec<String> = s.articles.iter().filter_map(|a| a.outlet.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let _ = writeln!(
            m,
            "{} – {} · {} articles · outlets: {}\n",
            md(s.first.as_deref().unwrap_or("?")),
            md(s.last.as_deref().unwrap_or("?")),
            s.articles.len(),
            md(&outlets.join(", "))
        );
        if !s.contradictions.is_empty() {
            let _ = writeln!(m, "### Contradictions\n");
            for c in &s.contradictions {
                let detail = if c.kind == "figure" {
                    s.figures.get(c.index).map(|f| {
                        let r = |i: usize| {
                            f.reports
                                .get(i)
                                .map(|r| format!("{} per {} ({})", value_words(r.low, r.high), r.attribution.last().cloned().unwrap_or_else(|| "own voice".into()), r.outlet.as_deref().unwrap_or("?")))
                                .unwrap_or_default()
                        };
                        format!("{} vs {}", r(c.a), r(c.b))
                    })
                } else {
                    None
                };
                let _ = writeln!(m, "- **{}**: {} — {}", md(&c.about), md(&detail.unwrap_or_default()), md(&c.why));
                m += &crate::story_parts::md_evolution(s, c);
            }
            m.push('\n');
        }
        m += &crate::story_parts::md_incidents(s);
        if !s.figures.is_empty() {
            let _ = writeln!(m, "### Figures\n\n| figure | low / best / high | reports |\n| --- | --- | --- |");
            for f in &s.figures {
                let reports: Vec<String> = f
                    .reports
                    .iter()
                    .map(|r| {
                        format!(
                            "{}: {} ({})",
                            r.outlet.as_deref().unwrap_or("?"),
                            value_words(r.low, r.high),
                            if r.attribution.is_empty() { "own voice".to_string() } else { r.attribution.join(" ← ") }
                        )
                    })
                    .collect();
                let _ = writeln!(
                    m,
                    "| {} {} | {} / {} / {} | {} |",
                    quantity_label(&f.quantity).1,
                    md(f.subject.as_deref().unwrap_or("")),
                    f.low.map(|v| v.to_string()).unwrap_or("?".into()),
                    f.best.map(|v| v.to_string()).unwrap_or("?".into()),
                    f.high.map(|v| v.to_string()).unwrap_or("?".into()),
                    md(&reports.join("; "))
                );
            }
            m.push('\n');
        }
    }
    m
}

/// Markdown-safe text: one line; HTML and entities written as text; the characters that
/// make links, images, emphasis, code and table cells escaped (`[x](javascript:…)` and
/// `![](https://…)` stay text); control and bidi characters dropped.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '~' | '#' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_payloads_stay_text() {
        let m = md("<script>alert(1)</script> [x](javascript:alert(1)) ![](https://evil.example/t.png) a|b\n# h &lt;");
        for live in ["<script", "[x](", "![](", "a|b", "\n"] {
            assert!(!m.contains(live), "{live} in {m}");
        }
        assert!(m.contains("\\[x\\]\\(javascript:alert\\(1\\)\\)"), "{m}");
        assert_eq!(md("قتلى"), "قتلى");
    }
}
