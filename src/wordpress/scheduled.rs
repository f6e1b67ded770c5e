//! The posts a WordPress holds as scheduled (`status=future`): what `check` needs to find its
//! "missed schedule" (a scheduled post whose time passed without WordPress's cron publishing it).
//!
//! Listing scheduled posts needs a user who may edit them (core mode with an Application
//! Password); WordPress refuses the status to anyone else (400 `rest_invalid_param`, or 401/403),
//! which is "not permitted", never an error. One page of the oldest is read: the posts whose time
//! has passed are the oldest, and a site with more than a page of scheduled posts still shows
//! whether its oldest are late.
//!
//! This read serves monitoring only, so it never fails a sync: an answer that is not what was
//! asked (not a list, too large, posts in another status, dates not in WordPress's form) is
//! "unreadable" and nothing of it is kept, so it can raise no alarm either. A post not scheduled
//! is never taken for one: a server that ignores the status filter cannot make a published
//! post look late.

use serde_json::Value;

use super::fetch::is_wordpress_time;
use super::wire::MAX_TITLE_BYTES;
use super::{Http, RestRoot};
use crate::bounded::truncate_utf8;
use crate::error::{Code, Error, Result};

/// Scheduled posts read per post type: one page, WordPress's largest.
pub const SCHEDULED_PAGE: usize = 100;

pub use crate::domain::ScheduledPost;

/// What reading a type's scheduled posts gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scheduled {
    /// The oldest scheduled posts (at most [`SCHEDULED_PAGE`]).
    Read(Vec<ScheduledPost>),
    /// The credentials may not list scheduled posts.
    NotPermitted,
    /// The answer was not a list of scheduled posts (or did not come).
    Unreadable,
}

fn bad(route: &str, what: &str) -> Error {
    Error::new(Code::WpBadResponse, format!("WordPress answered {route} (scheduled posts) with {what}"))
}

/// The oldest scheduled posts of the type served at `rest_base`; never an error.
pub fn scheduled_posts(http: &Http, root: &RestRoot, rest_base: &str) -> Scheduled {
    let route = format!("wp/v2/{rest_base}");
    let query = [
        ("status", "future".to_string()),
        ("_fields", "id,title,status,date_gmt".to_string()),
        ("orderby", "date".to_string()),
        ("order", "asc".to_string()),
        ("per_page", SCHEDULED_PAGE.to_string()),
    ];
    let page = match http.get_json(root, &route, &query) {
        Ok(page) => page,
        Err(e) if matches!(e.details.get("status").and_then(Value::as_u64), Some(400 | 401 | 403)) => {
            return Scheduled::NotPermitted
        }
        // Whatever else went wrong (a timeout, a 500, a refused body): not read, not kept.
        Err(_) => return Scheduled::Unreadable,
    };
    match parse(&route, &page.body) {
        Ok(posts) => Scheduled::Read(posts),
        Err(_) => Scheduled::Unreadable,
    }
}

/// The posts of one answer, checked: ids, WordPress's own time format, bounded titles.
pub fn parse(route: &str, body: &Value) -> Result<Vec<ScheduledPost>> {
    let items = body.as_array().ok_or_else(|| bad(route, "something other than a list"))?;
    if items.len() > SCHEDULED_PAGE {
        return Err(bad(route, &format!("{} posts when at most {SCHEDULED_PAGE} were asked for", items.len())));
    }
    items
        .iter()
        // Only what WordPress says is scheduled (an answer may hold other statuses).
        .filter(|item| item.get("status").and_then(Value::as_str) == Some("future"))
        .map(|item| {
            let wp_id = item.get("id").and_then(Value::as_i64).filter(|id| *id > 0);
            let wp_id = wp_id.ok_or_else(|| bad(route, "a post without a valid id"))?;
            let date = item.get("date_gmt").and_then(Value::as_str).unwrap_or_default();
            if !is_wordpress_time(date) {
                return Err(bad(route, &format!("post {wp_id} with a date_gmt that is not a date")));
            }
            let title = match item.get("title") {
                Some(Value::Object(t)) => t.get("rendered").and_then(Value::as_str).unwrap_or_default(),
                Some(Value::String(t)) => t.as_str(),
                _ => "",
            };
            Ok(ScheduledPost {
                wp_id,
                title: truncate_utf8(title, MAX_TITLE_BYTES).0.to_string(),
                date_gmt: date.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_are_checked_and_bounded() {
        let ok = json!([
            {"id": 7, "status": "future", "title": {"rendered": "x".repeat(10_000)}, "date_gmt": "2026-01-02T03:04:05"},
            {"id": 8, "status": "publish", "date_gmt": "2026-01-02T03:04:05"},
            {"id": 9, "date_gmt": "not even a date"},
        ]);
        let posts = parse("r", &ok).unwrap();
        assert_eq!(posts.len(), 1, "only scheduled posts");
        assert_eq!((posts[0].wp_id, posts[0].title.len()), (7, MAX_TITLE_BYTES));
        let future = |v: Value| {
            let mut v = v;
            v["status"] = json!("future");
            json!([v])
        };
        for bad in [
            json!({"id": 1}),
            future(json!({"id": 1, "date_gmt": "soon"})),
            future(json!({"id": 1, "date_gmt": null})),
            future(json!({"id": -1, "date_gmt": "2026-01-02T03:04:05"})),
            future(json!({"id": "1", "date_gmt": "2026-01-02T03:04:05"})),
            future(json!({"id": 1, "date_gmt": "+2026-01-02T03:04:05"})),
            Value::Array(vec![
                json!({"id": 1, "status": "future", "date_gmt": "2026-01-02T03:04:05"});
                SCHEDULED_PAGE + 1
            ]),
        ] {
            assert!(parse("r", &bad).is_err(), "{bad}");
        }
    }
}
