//! The user WordPress acts as for our credentials (`wp/v2/users/me`).

use serde_json::Value;

use super::posts::bad_answer;
use super::{Http, RestRoot};
use crate::error::{Code, Result};

/// The connected user's id. No user has an id below 1 (0 is WordPress's "nobody", the author of
/// an orphaned post), so an answer without one is refused.
pub fn connected_user(http: &Http, root: &RestRoot) -> Result<i64> {
    let me = http.get_json(root, "wp/v2/users/me", &[("_fields", "id".into())])?;
    me.body
        .get("id")
        .and_then(Value::as_i64)
        .filter(|id| *id > 0)
        .ok_or_else(|| bad_answer("wp/v2/users/me", "no user id"))
}

/// Whether WordPress accepts the credentials: `users/me` answers 200 with a user (a wrong
/// Application Password is silently anonymous on public routes, so a public route proves
/// nothing). `false` also when WordPress refused them outright; other failures are errors.
pub fn credentials_accepted(http: &Http, root: &RestRoot) -> Result<bool> {
    match http.get_json(root, "wp/v2/users/me", &[("_fields", "id,name".into())]) {
        Ok(page) => Ok(page.body.get("id").and_then(Value::as_i64).is_some_and(|id| id > 0)),
        Err(e) if e.code == Code::WpCredentialsRefused => Ok(false),
        Err(e) => Err(e),
    }
}
