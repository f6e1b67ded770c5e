//! Finding the 1-based line and column of byte offsets of a fixture's text, in one pass.

/// Bytes per checkpoint of [`Positions`]: a column is found by counting at most this many
/// bytes past the nearest checkpoint.
pub(super) const CHECKPOINT: usize = 256;

/// Finds the 1-based line and column of byte offsets of one text, each in O(log lines +
/// [`CHECKPOINT`]) from an index built in one pass; a file with a hundred thousand problems is
/// placed in one pass, not one pass per problem.
///
/// Lines end at `\n` (a `\r\n` pair is one break, its `\r` ends the line's text), as the
/// TOML and JSON parsers count them; columns count characters, so a line with multi-byte
/// characters or one enormous line (minified JSON) is placed as quickly as any other.
pub(super) struct Positions {
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// Characters before each checkpoint (every [`CHECKPOINT`] bytes).
    chars_before: Vec<usize>,
    /// Bytes examined by [`Positions::line_col`] calls so far: the work the tests bound.
    pub(super) scanned: std::cell::Cell<usize>,
}

impl Positions {
    pub(super) fn new(text: &str) -> Positions {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if i % CHECKPOINT == 0 {
                chars_before.push(chars);
            }
            if !is_continuation(b) {
                chars += 1;
            }
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        chars_before.push(chars);
        Positions { line_starts, chars_before, scanned: std::cell::Cell::new(0) }
    }

    /// Characters before byte `offset`.
    fn chars_before(&self, bytes: &[u8], offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let tail = &bytes[block * CHECKPOINT..offset];
        self.scanned.set(self.scanned.get() + tail.len());
        self.chars_before[block] + tail.iter().filter(|b| !is_continuation(**b)).count()
    }

    /// 1-based line and column of the byte `offset` of `text` (the text the index was built on).
    pub(super) fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        let offset = offset.min(bytes.len());
        // The last line starting at or before the offset.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self.chars_before(bytes, offset) - self.chars_before(bytes, start) + 1;
        (line, column)
    }
}

/// A UTF-8 continuation byte: part of a character that started earlier.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// 1-based line and column of one byte offset (a single error: no index worth building).
pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    Positions::new(text).line_col(text, offset)
}

/// The line a record starts on, from the byte the reader says it starts at (which may be the
/// line break before it): counted forward, record after record, so a file costs one pass.
pub(super) struct LineOf<'t> {
    pub text: &'t [u8],
    /// Newlines before this byte are counted in `line`.
    pub upto: usize,
    pub line: usize,
}

impl LineOf<'_> {
    pub fn of(&mut self, byte: usize) -> usize {
        let mut start = byte.min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start < self.upto {
            (self.upto, self.line) = (0, 1);
        }
        self.line += self.text[self.upto..start].iter().filter(|b| **b == b'\n').count();
        self.upto = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obvious line and column of an offset, to hold the index to.
    fn naive_line_col(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rfind('\n').map_or(before.chars().count(), |i| before[i + 1..].chars().count()) + 1;
        (line, column)
    }

    #[test]
    fn positions_match_a_scan_from_the_start() {
        let long_line = format!("{}é漢{}", "x".repeat(1000), "y".repeat(700));
        let texts = [
            "",
            "\n",
            "\n\n\n",
            "a = 1\r\nb = 2\r\n",
            "a\rb\rc",
            "é\n漢字\n🦀x\n",
            long_line.as_str(),
            "no break at the end",
        ];
        for text in texts {
            let index = Positions::new(text);
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.line_col(text, offset), naive_line_col(text, offset), "{text:?} at {offset}");
            }
        }
    }
}
