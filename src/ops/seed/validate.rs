//! Validation: every problem of the file, at once, with positions. Each section checks its
//! own objects (`Section::check`); this runs them in order and adds what no section owns: text
//! that no database can store.

use super::check::Check;
use super::file::Problem;
use super::sections::{check_sections, Snapshot, Source};
use super::EnvLookup;
use crate::error::{Code, Error};

/// Every problem of the file, checked against `snap` (a snapshot with every part).
pub(super) fn validate(snap: &Snapshot, src: &Source, env: EnvLookup<'_>) -> Vec<Problem> {
    let mut c = Check { src, env, problems: Vec::new() };
    check_sections(&mut c, snap);
    // Text no database can store is a problem of its value. A value its own check already
    // refuses keeps that problem (an invalid name stays `invalid_name`); any other finding about
    // it ("not found" for a reference) only follows from the NUL and is dropped.
    // Sets of paths, so a file with a problem in every object is still checked in one pass.
    let mut problems = c.problems;
    let unstorable = src.unstorable();
    if !unstorable.is_empty() {
        let refused: std::collections::HashSet<String> = problems
            .iter()
            .filter(|p| p.code.kind() == crate::error::ErrorKind::Invalid)
            .map(|p| p.path.clone())
            .collect();
        let (taken_over, _): (Vec<Problem>, Vec<Problem>) =
            unstorable.into_iter().partition(|u| !refused.contains(&u.path));
        let paths: std::collections::HashSet<&str> = taken_over.iter().map(|u| u.path.as_str()).collect();
        problems.retain(|p| !paths.contains(p.path.as_str()));
        problems.extend(taken_over);
    }
    problems.sort_by_key(|p| (p.line, p.column));
    problems
}

/// The error for a file with problems: the single problem's own code (and so its kind), or
/// `seed_invalid`.
pub(super) fn problems_error(src: &Source, problems: Vec<Problem>) -> Error {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    let code = if problems.len() == 1 { problems[0].code } else { Code::SeedInvalid };
    Error::new(
        code,
        format!(
            "{} problem{} in {}; nothing was applied:\n{}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            src.name,
            lines.join("\n")
        ),
    )
    .with_hint("fix every problem listed, then apply again")
    .with_details(serde_json::json!({ "problems": problems }))
}
