//! Where the objects of a JSON fixture and their fields start.

/// Where the objects of a JSON fixture and their fields start: `(section, index, field)` to a
/// byte offset, the field empty for the object itself. serde_json keeps no positions of values,
/// so a small scanner tracks the path of every value, once for the whole text.
pub(super) struct JsonPaths {
    offsets: std::collections::HashMap<(String, usize, String), usize>,
}

impl JsonPaths {
    pub(super) fn offset(&self, section: &str, index: usize, field: &str) -> Option<usize> {
        let field_at = self.offsets.get(&(section.to_string(), index, field.to_string()));
        field_at.or_else(|| self.offsets.get(&(section.to_string(), index, String::new()))).copied()
    }

    pub(super) fn scan(text: &str) -> JsonPaths {
        #[derive(Clone)]
        enum Seg {
            Key(String),
            Idx(usize),
        }
        let bytes = text.as_bytes();
        let mut offsets = std::collections::HashMap::new();
        // The places a problem can point at: an object of a section, and a field of one.
        let mut note = |path: &[Seg], at: usize| match path {
            [Seg::Key(s), Seg::Idx(n)] => {
                offsets.entry((s.clone(), *n, String::new())).or_insert(at);
            }
            // The key, not the value that follows it (an array-valued field notes both).
            [Seg::Key(s), Seg::Idx(n), Seg::Key(f)] if !f.is_empty() => {
                offsets.entry((s.clone(), *n, f.clone())).or_insert(at);
            }
            _ => {}
        };
        // Each open container: (is_array, next index, current key).
        let mut stack: Vec<(bool, usize, Option<String>)> = Vec::new();
        let mut path: Vec<Seg> = Vec::new();
        let mut i = 0;
        let mut expecting_key = false;
        while i < bytes.len() {
            let c = bytes[i];
            match c {
                b'{' | b'[' => {
                    note(&path, i);
                    stack.push((c == b'[', 0, None));
                    expecting_key = c == b'{';
                    if c == b'[' {
                        path.push(Seg::Idx(0));
                    }
                }
                b'}' | b']' => {
                    if let Some((is_array, _, key)) = stack.pop() {
                        if is_array || key.is_some() {
                            path.pop();
                        }
                    }
                    // The container we were a value of: its key/index is done.
                    expecting_key = false;
                }
                b',' => {
                    if let Some((is_array, n, key)) = stack.last_mut() {
                        if *is_array {
                            *n += 1;
                            path.pop();
                            path.push(Seg::Idx(*n));
                        } else {
                            if key.take().is_some() {
                                path.pop();
                            }
                            expecting_key = true;
                        }
                    }
                }
                b'"' => {
                    let start = i;
                    i += 1;
                    let from = i;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    if expecting_key {
                        // The key as serde read it: an escaped key (`"sl\u0075g"`) is `slug`.
                        let raw = &bytes[from..i.min(bytes.len())];
                        let key = if raw.contains(&b'\\') {
                            serde_json::from_slice::<String>(&bytes[start..(i + 1).min(bytes.len())])
                                .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned())
                        } else {
                            String::from_utf8_lossy(raw).into_owned()
                        };
                        if let Some((_, _, k)) = stack.last_mut() {
                            *k = Some(key.clone());
                        }
                        path.push(Seg::Key(key));
                        expecting_key = false;
                        note(&path, start);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        JsonPaths { offsets }
    }
}
