//! WordPress-style version comparison: PHP's `version_compare()`, which WordPress itself uses
//! for core, plugin and theme versions, so `--below` answers what WordPress would.
//!
//! The rules, as PHP's `ext/standard/versioning.c` has them:
//! - a version is first canonicalised: `-`, `_`, `+` and any other character that is not an
//!   ASCII letter or digit become a `.` (never two in a row), and a `.` is put between a digit
//!   and a non-digit (`1.0rc1` is `1.0.rc.1`); the first character is kept as it is;
//! - parts are compared left to right: two numbers as numbers (`5.10` > `5.9`); two words by
//!   their special form (`dev` < `alpha` = `a` < `beta` = `b` < `RC` = `rc` < a number < `pl` =
//!   `p`, found by prefix, so `abc` is `a`; any other word is below `dev`); a number against a
//!   word as a number's form against it (`1.0` > `1.0rc1`, `1.0pl1` > `1.0`);
//! - when one runs out first, a number left over makes the longer one newer (`6.1.9` > `6.1`,
//!   and also `6.1.0` > `6.1`: PHP does not treat them as equal), a word left over is compared
//!   as a word against a number (`1.0` > `1.0.rc1`);
//! - an empty version is older than any other; two empty ones are equal.
//!
//! PHP reads a numeric part with `strtol`, which stops at the largest 64-bit value: so does this.

use std::cmp::Ordering;

/// Compares two versions as PHP's `version_compare($a, $b)` does.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    compare(until_nul(a.as_bytes()), until_nul(b.as_bytes()))
}

/// PHP's strings end at a NUL.
fn until_nul(s: &[u8]) -> &[u8] {
    s.iter().position(|c| *c == 0).map_or(s, |n| &s[..n])
}

/// The placeholder for "a number" in PHP's special forms.
const NUMBER: &[u8] = b"#N#";

fn compare(a: &[u8], b: &[u8]) -> Ordering {
    if a.is_empty() || b.is_empty() {
        return (!a.is_empty()).cmp(&!b.is_empty());
    }
    let v1 = if a[0] == b'#' { a.to_vec() } else { canonical(a) };
    let v2 = if b[0] == b'#' { b.to_vec() } else { canonical(b) };
    let (mut p1, mut p2) = (0usize, 0usize);
    // Where the current part ends (a `.`), as C's `strchr`; `Some` before the first part.
    let (mut n1, mut n2) = (Some(0usize), Some(0usize));
    let mut order = Ordering::Equal;
    while p1 < v1.len() && p2 < v2.len() && n1.is_some() && n2.is_some() {
        n1 = v1[p1..].iter().position(|c| *c == b'.').map(|n| p1 + n);
        n2 = v2[p2..].iter().position(|c| *c == b'.').map(|n| p2 + n);
        let part1 = &v1[p1..n1.unwrap_or(v1.len())];
        let part2 = &v2[p2..n2.unwrap_or(v2.len())];
        order = compare_parts(part1, part2);
        if order != Ordering::Equal {
            break;
        }
        if let Some(n) = n1 {
            p1 = n + 1;
        }
        if let Some(n) = n2 {
            p2 = n + 1;
        }
    }
    if order == Ordering::Equal {
        if n1.is_some() {
            let rest = &v1[p1.min(v1.len())..];
            order = if rest.first().is_some_and(u8::is_ascii_digit) { Ordering::Greater } else { rest_cmp(rest, true) };
        } else if n2.is_some() {
            let rest = &v2[p2.min(v2.len())..];
            order = if rest.first().is_some_and(u8::is_ascii_digit) { Ordering::Less } else { rest_cmp(rest, false) };
        }
    }
    order
}

/// A word left over, against a number (PHP recurses with `#N#`, which is not canonicalised
/// again, so this ends after one more level).
fn rest_cmp(rest: &[u8], left: bool) -> Ordering {
    if left {
        compare(rest, NUMBER)
    } else {
        compare(NUMBER, rest)
    }
}

fn compare_parts(p1: &[u8], p2: &[u8]) -> Ordering {
    let digit1 = p1.first().is_some_and(u8::is_ascii_digit);
    let digit2 = p2.first().is_some_and(u8::is_ascii_digit);
    match (digit1, digit2) {
        (true, true) => number(p1).cmp(&number(p2)),
        (false, false) => special(p1).cmp(&special(p2)),
        (true, false) => special(NUMBER).cmp(&special(p2)),
        (false, true) => special(p1).cmp(&special(NUMBER)),
    }
}

/// The leading digits as a number, stopping at `i64::MAX` as `strtol` does.
fn number(part: &[u8]) -> i64 {
    part.iter()
        .take_while(|c| c.is_ascii_digit())
        .fold(0i64, |n, c| n.saturating_mul(10).saturating_add(i64::from(c - b'0')))
}

/// The order of a word: the first special form it starts with (PHP's `strncmp` by the form's
/// length), or -1.
fn special(part: &[u8]) -> i32 {
    const FORMS: [(&[u8], i32); 10] = [
        (b"dev", 0),
        (b"alpha", 1),
        (b"a", 1),
        (b"beta", 2),
        (b"b", 2),
        (b"RC", 3),
        (b"rc", 3),
        (b"#", 4),
        (b"pl", 5),
        (b"p", 5),
    ];
    FORMS.iter().find(|(form, _)| part.starts_with(form)).map_or(-1, |(_, order)| *order)
}

/// PHP's `php_canonicalize_version`.
fn canonical(v: &[u8]) -> Vec<u8> {
    let is_digit = |c: u8| c.is_ascii_digit();
    let is_non_digit = |c: u8| !c.is_ascii_digit() && c != b'.';
    let mut out = Vec::with_capacity(v.len() * 2);
    out.push(v[0]);
    let mut last = v[0];
    for &c in &v[1..] {
        let dot_last = out.last() == Some(&b'.');
        if matches!(c, b'-' | b'_' | b'+') || !c.is_ascii_alphanumeric() {
            if !dot_last {
                out.push(b'.');
            }
        } else if (is_non_digit(last) && is_digit(c)) || (is_digit(last) && is_non_digit(c)) {
            if !dot_last {
                out.push(b'.');
            }
            out.push(c);
        } else {
            out.push(c);
        }
        last = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compare_versions;
    use std::cmp::Ordering::{self, Equal, Greater, Less};

    /// Each pair with what PHP 8.2's `version_compare($a, $b)` answers (-1, 0, 1).
    const CASES: &[(&str, &str, Ordering)] = &[
        ("5.10", "5.9", Greater),
        ("6.1.9", "6.1", Greater),
        ("6.1", "6.1.0", Less),
        ("6.1.0", "6.1", Greater),
        ("6.1", "6.1", Equal),
        ("5.0.2", "5.0", Greater),
        ("4.9.9", "5.0", Less),
        ("1.0", "1.0rc1", Greater),
        ("1.0rc1", "1.0RC1", Equal),
        ("1.0rc1", "1.0beta2", Greater),
        ("1.0b1", "1.0beta1", Equal),
        ("1.0a1", "1.0alpha1", Equal),
        ("1.0dev", "1.0alpha", Less),
        ("1.0-dev", "1.0", Less),
        ("1.0pl1", "1.0", Greater),
        ("1.0p1", "1.0pl1", Equal),
        ("1.0.0", "1.0-0", Equal),
        ("1.0", "1.0.rc1", Greater),
        ("", "", Equal),
        ("", "1.0", Less),
        ("0", "", Greater),
        ("abc", "1.0", Less),
        ("abc", "alpha", Equal),
        ("xyz", "dev", Less),
        ("1..2", "1.2", Equal),
        ("1.", "1", Less),
        ("1__2", "1.2", Equal),
        ("v1.2", "1.2", Less),
        ("1.2 ", "1.2", Less),
        ("10", "9", Greater),
        ("01", "1", Equal),
        ("99999999999999999999", "99999999999999999998", Equal),
        ("99999999999999999999", "1", Greater),
        ("1.0é", "1.0", Less),
        ("#", "1", Equal),
        ("1.0\u{0}9", "1.0", Equal),
        ("...", "1.0", Less),
        ("-", "1.0", Less),
        (".1", "1.0", Less),
        ("#N#", "1.0", Less),
        ("1..", "1.0", Less),
        ("..1", "1.0", Less),
        ("\u{0}", "1.0", Less),
        // Not even equal to themselves in PHP: a trailing `.` leaves an empty part, older than
        // anything.
        ("1.", "1.", Less),
        ("...", "...", Less),
        ("1.0é", "1.0é", Less),
    ];

    #[test]
    fn versions_compare_as_php_version_compare() {
        for (a, b, want) in CASES {
            assert_eq!(compare_versions(a, b), *want, "version_compare({a:?}, {b:?})");
            if a != b {
                assert_eq!(compare_versions(b, a), want.reverse(), "version_compare({b:?}, {a:?})");
            }
        }
    }

    #[test]
    fn very_long_and_odd_versions_end() {
        let long = "1.".repeat(100_000) + "1";
        assert_eq!(compare_versions(&long, &long), Equal);
        let words = "rc-".repeat(100_000);
        assert_eq!(compare_versions(&words, "1"), Less);
        assert_eq!(compare_versions(&"9".repeat(100_000), "1"), Greater);
    }
}
