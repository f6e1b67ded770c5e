//! Masking what could be a password in a database value or in free text (a command line, a
//! config file, an error): every message about a database value goes through here.

/// Whether a path segment reads as `user:password@host`.
pub(super) fn userinfo_shaped(value: &str) -> bool {
    value.split(['/', '\\']).any(|seg| seg.find(':').is_some_and(|colon| seg[colon + 1..].contains('@')))
}

/// What may be a password in text that need not be a well-formed URL (a command line, a config
/// file): for each `://`, what follows the first `:` of the userinfo up to the last `@` on the
/// line, and each `password=` value. For masking these exact strings wherever they show up,
/// spaces and all.
pub fn loose_passwords(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        // A bounded number per line: a hostile line of `://` repeated costs linear time.
        for _ in 0..16 {
            let Some(i) = rest.find("://") else { break };
            rest = &rest[i + 3..];
            if let Some(at) = rest.rfind('@') {
                if let Some(colon) = rest[..at].find(':') {
                    found.push(rest[colon + 1..at].to_string());
                }
            }
        }
        let lower = line.to_ascii_lowercase();
        let mut pos = 0;
        while let Some(i) = lower[pos..].find("password=") {
            let start = pos + i + "password=".len();
            let len = line[start..].find(['&', '"', '\'', ' ']).unwrap_or(line.len() - start);
            found.push(line[start..start + len].to_string());
            pos = start;
        }
    }
    found.retain(|p| p.chars().count() >= 3);
    found.sort_by_key(|p| std::cmp::Reverse(p.len()));
    found.dedup();
    found
}

/// A value that is not a URL sitectl parses, masked without trusting its shape: whatever sits
/// between the scheme and the last `@` after a `user:` is hidden.
pub(super) fn mask_loose(value: &str) -> String {
    if !value.contains("://") && userinfo_shaped(value) {
        // Each `user:password@host` segment shows as `user:***@host`.
        let segments: Vec<String> = value
            .split('/')
            .map(|seg| match (seg.find(':'), seg.rfind('@')) {
                (Some(colon), Some(at)) if colon < at => format!("{}:***{}", &seg[..colon], &seg[at..]),
                _ => seg.to_string(),
            })
            .collect();
        return mask_secrets(&segments.join("/"));
    }
    let start = value.find("://").map(|i| i + 3).or_else(|| value.find(':').map(|i| i + 1)).unwrap_or(0);
    match value.rfind('@') {
        Some(at) if at > start => {
            let userinfo = &value[start..at];
            let shown = match userinfo.find(':') {
                Some(colon) => format!("{}:***", &userinfo[..colon]),
                None => userinfo.to_string(),
            };
            mask_secrets(&format!("{}{shown}{}", &value[..start], &value[at..]))
        }
        _ => mask_secrets(value),
    }
}

/// Replaces what could be a password in free text with `***`: the userinfo password of every
/// `scheme://user:password@` (up to the last `@` of the word, as URL parsers read it) and the
/// value of every `password=`. Over-masking is harmless; this is what every message about a
/// database value, and every error sitectl prints, goes through.
pub fn mask_secrets(text: &str) -> String {
    let ends_word = |c: char| c.is_whitespace() || c.is_control() || "\"'`<>".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        out.push_str(&rest[..i + 3]);
        rest = &rest[i + 3..];
        let word_end = rest.find(ends_word).unwrap_or(rest.len());
        let word = &rest[..word_end];
        // The rest of the word is done here (its last `@` covers any later userinfo in it), so a
        // word made of many `://` costs one pass, not one per occurrence.
        match (word.rfind('@'), word.find(':')) {
            (Some(at), Some(colon)) if colon < at => {
                out.push_str(&word[..colon + 1]);
                out.push_str("***");
                out.push_str(&word[at..]);
            }
            _ => out.push_str(word),
        }
        rest = &rest[word_end..];
    }
    out.push_str(rest);
    mask_password_params(&out)
}

fn mask_password_params(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("password=") {
        let value_start = pos + i + "password=".len();
        out.push_str(&text[pos..value_start]);
        let len = text[value_start..]
            .find(|c: char| c == '&' || c.is_whitespace() || c.is_control() || "\"'`<>".contains(c))
            .unwrap_or(text.len() - value_start);
        if len > 0 {
            out.push_str("***");
        }
        pos = value_start + len;
    }
    out.push_str(&text[pos..]);
    out
}
