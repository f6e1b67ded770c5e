//! Bounded reads: every file, pipe or stream sitectl reads from outside goes through here, so a
//! huge or endless input (`/dev/zero`, a runaway pipe) is an error, never memory exhaustion.

use crate::error::Code;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Fixture, taxonomy and other data files.
pub const DATA_FILE_BYTES: usize = 64 * 1024 * 1024;
/// Config files.
pub const CONFIG_FILE_BYTES: usize = 1024 * 1024;
/// A secret read from stdin or a key file.
pub const SECRET_BYTES: usize = 64 * 1024;

/// Reads at most `limit` bytes of UTF-8 text from `reader`; `name` says what it is in errors.
pub fn read_text(mut reader: impl Read, limit: usize, name: &str) -> Result<String> {
    let mut bytes = Vec::new();
    // One byte past the limit tells "exactly at the limit" from "larger".
    (&mut reader).take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| {
        if e.kind() == std::io::ErrorKind::Interrupted {
            Error::new(Code::Interrupted, format!("reading {name} was interrupted"))
        } else {
            Error::new(Code::FileReadFailed, format!("cannot read {name}: {e}")).with_cause(&e)
        }
    })?;
    if bytes.len() > limit {
        return Err(Error::new(Code::InputTooLarge, format!("{name} is larger than {limit} bytes; nothing was read"))
            .with_hint("check that the right file or stream was given"));
    }
    String::from_utf8(bytes).map_err(|_| Error::new(Code::InputNotText, format!("{name} is not UTF-8 text")))
}

/// Reads a whole file as text, up to `limit` bytes. A missing file is `NotFound`.
pub fn read_file_text(path: &Path, limit: usize) -> Result<String> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound { Code::FileUnreadable } else { Code::FileReadFailed };
        Error::new(code, format!("cannot read {name}: {e}")).with_cause(&e)
    })?;
    read_text(file, limit, &name)
}

/// `text` cut to at most `max` bytes, on a character boundary (never inside a multi-byte
/// character), and whether anything was cut.
pub fn truncate_utf8(text: &str, max: usize) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncate_utf8("abc", 3), ("abc", false));
        assert_eq!(truncate_utf8("abcd", 3), ("abc", true));
        // "é" is two bytes, "漢" three, "😀" four: a cut inside one drops it whole.
        assert_eq!(truncate_utf8("aé", 2), ("a", true));
        assert_eq!(truncate_utf8("漢字", 5), ("漢", true));
        assert_eq!(truncate_utf8("😀😀", 7), ("😀", true));
        assert_eq!(truncate_utf8("😀", 0), ("", true));
        for max in 0..12 {
            let (cut, _) = truncate_utf8("a😀é漢b", max);
            assert!(cut.len() <= max && "a😀é漢b".starts_with(cut));
        }
    }

    #[test]
    fn limits_and_encoding() {
        assert_eq!(read_text(&b"abc"[..], 3, "x").unwrap(), "abc");
        assert_eq!(read_text(&b"abcd"[..], 3, "x").unwrap_err().code, "input_too_large");
        assert_eq!(read_text(std::io::repeat(b'a'), 1024, "x").unwrap_err().code, "input_too_large");
        assert_eq!(read_text(&[0xff, 0xfe][..], 10, "x").unwrap_err().code, "input_not_text");
        assert_eq!(
            read_file_text(Path::new("/nonexistent/x"), 10).unwrap_err().kind,
            crate::error::ErrorKind::NotFound
        );
    }
}
