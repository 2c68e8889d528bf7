//! robots.txt (RFC 9309): the group for our product token, else the `*` group; the longest
//! matching rule wins, Allow over Disallow on a tie; `*` and a final `$` in paths.

#[derive(Debug, Clone, Default)]
pub struct Robots {
    /// (allow, pattern).
    rules: Vec<(bool, String)>,
    deny_all: bool,
}

impl Robots {
    pub fn allow_all() -> Self {
        Robots::default()
    }

    pub fn disallow_all() -> Self {
        Robots { rules: vec![], deny_all: true }
    }

    pub fn parse(text: &str, token: &str) -> Self {
        let token = token.to_ascii_lowercase();
        // Groups: (agents, rules).
        type Group = (Vec<String>, Vec<(bool, String)>);
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((k, v)) = line.split_once(':') else { continue };
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_string());
            match k.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Vec::new()));
                    }
                    in_agents = true;
                    if let Some(g) = groups.last_mut() {
                        g.0.push(v.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        // An empty Disallow allows everything: no rule.
                        if !v.is_empty() {
                            g.1.push((k == "allow", v));
                        }
                    }
                }
                _ => {}
            }
        }
        let ours: Vec<(bool, String)> = groups.iter().filter(|g| g.0.iter().any(|a| a != "*" && token.contains(a.as_str()))).flat_map(|g| g.1.clone()).collect();
        let rules = if ours.is_empty() && !groups.iter().any(|g| g.0.iter().any(|a| a != "*" && token.contains(a.as_str()))) {
            groups.iter().filter(|g| g.0.iter().any(|a| a == "*")).flat_map(|g| g.1.clone()).collect()
        } else {
            ours
        };
        Robots { rules, deny_all: false }
    }

    /// `path` with its query (`/a/b?x=1`).
    pub fn allowed(&self, path: &str) -> bool {
        if self.deny_all {
            return path == "/robots.txt";
        }
        let mut best: Option<(usize, bool)> = None;
        for (allow, pat) in &self.rules {
            if matches(pat, path) {
                let len = pat.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, *allow)),
                };
            }
        }
        best.is_none_or(|(_, a)| a)
    }
}

/// A robots.txt path pattern: a prefix, `*` any run of characters, `$` the end.
fn matches(pat: &str, path: &str) -> bool {
    let (pat, anchored) = match pat.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pat, false),
    };
    let parts: Vec<&str> = pat.split('*').collect();
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
        } else if i == parts.len() - 1 && anchored {
            return path.len() >= pos + part.len() && path.ends_with(part);
        } else {
            match path[pos..].find(part) {
                Some(j) => pos += j + part.len(),
                None => return false,
            }
        }
    }
    !anchored || pos == path.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_longest_match() {
        let r = Robots::parse("User-agent: *\nDisallow: /private\nAllow: /private/ok\n\nUser-agent: other\nDisallow: /\n", "riwaya");
        assert!(r.allowed("/news/1"));
        assert!(!r.allowed("/private/x"));
        assert!(r.allowed("/private/ok/1"));
        let r = Robots::parse("User-agent: Riwaya\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "riwaya");
        assert!(!r.allowed("/a"));
        let r = Robots::parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?\n", "riwaya");
        assert!(!r.allowed("/a/b.pdf"));
        assert!(r.allowed("/a/b.pdf.html"));
        assert!(!r.allowed("/search?q=1"));
        let r = Robots::parse("User-agent: *\nDisallow:\n", "riwaya");
        assert!(r.allowed("/x"));
        assert!(Robots::parse("garbage\n\u{0}\u{1}:::", "riwaya").allowed("/x"));
        assert!(!Robots::disallow_all().allowed("/x"));
    }
}
