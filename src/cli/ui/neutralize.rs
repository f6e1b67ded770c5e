//! Text from outside made safe for a terminal. Its own file: errors, views and every output
//! path use it, and it uses nothing of theirs.

/// Text from outside (WordPress, the database, files) made safe for a terminal: control
/// characters (C0, DEL, C1: escape sequences among them) and invisible or text-direction
/// characters are shown escaped (`\u{1b}`), so nothing printed can move the cursor, recolour
/// the screen or disguise itself. Machine formats (JSON) carry text exactly instead.
pub fn neutralize(text: &str) -> std::borrow::Cow<'_, str> {
    // U+2028/U+2029 end a line in editors, log viewers and web consoles (not a control
    // character to Rust): escaped, so no line of outside text starts a line of its own there.
    let unsafe_char =
        |c: char| c.is_control() || sitectl::domain::is_deceptive_char(c) || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A message for a person (an error, its hint, a warning) made safe for a terminal like
/// [`neutralize`], except that its line breaks are kept: a fixture's list of problems or a TOML
/// error reads as the lines it was written in. A `\r\n` pair is a line break too; every other
/// control character (a lone `\r`, a tab, an escape sequence) is shown escaped. Each line after
/// the first starts indented, so text from outside cannot pose as a line of ours (`hint: ...`).
pub fn neutralize_message(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return neutralize(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if i > 0 {
            out.push('\n');
            if !line.is_empty() && !line.starts_with(' ') {
                out.push_str("  ");
            }
        }
        out.push_str(&neutralize(line));
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::neutralize;

    #[test]
    fn terminal_text_is_neutralised() {
        assert_eq!(neutralize("plain é 漢字"), "plain é 漢字");
        assert_eq!(neutralize("\x1b[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(neutralize("a\nb\tc\r\u{7}"), "a\\u{a}b\\u{9}c\\u{d}\\u{7}");
        assert_eq!(neutralize("\u{9b}31m"), "\\u{9b}31m", "C1 CSI");
        assert_eq!(neutralize("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(neutralize("zero\u{200b}width"), "zero\\u{200b}width");
    }

    #[test]
    fn messages_keep_their_line_breaks() {
        use super::neutralize_message as m;
        assert_eq!(m("one line"), "one line");
        assert_eq!(m("3 problems:\n  f.toml:1:1: a\n  f.toml:2:1: b"), "3 problems:\n  f.toml:1:1: a\n  f.toml:2:1: b");
        // Lines that do not start indented are indented: nothing can pose as `hint:` or `Error:`.
        assert_eq!(m("bad\nhint: run this"), "bad\n  hint: run this");
        assert_eq!(m("a\r\nb\r\n"), "a\n  b\n");
        // Control characters inside a line stay escaped, line breaks or not.
        assert_eq!(m("x\x1b[2J\n\x1b[31mred\ttab\rcr"), "x\\u{1b}[2J\n  \\u{1b}[31mred\\u{9}tab\\u{d}cr");
        assert_eq!(m("a\rb"), "a\\u{d}b");
        assert_eq!(m("\n\n\n"), "\n\n\n");
        assert_eq!(m("\n\u{202e}x\u{85}"), "\n  \\u{202e}x\\u{85}");
        // Unicode's own line and paragraph separators are no line break of ours.
        assert_eq!(m("a\u{2028}Error: b\u{2029}c"), "a\\u{2028}Error: b\\u{2029}c");
        assert_eq!(m("a\n\u{2028}hint: x"), "a\n  \\u{2028}hint: x");
        assert_eq!(m("a\nError: forged\n\thint: x"), "a\n  Error: forged\n  \\u{9}hint: x");
    }
}
