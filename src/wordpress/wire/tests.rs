use super::*;

#[test]
fn fields_are_bounded_while_decoded() {
    let huge = "é".repeat(MAX_TITLE_BYTES); // twice the limit in bytes
    let body = serde_json::json!([
        {"id": 1, "title": {"rendered": huge, "raw": "x"}, "slug": "a\u{0}b", "status": "publish",
         "link": "l", "author": 2, "modified_gmt": "2020-01-01T00:00:00", "categories": (0..5000).collect::<Vec<i64>>(),
         "junk": {"deep": [1, 2, {"x": "y"}]}},
        "not an object",
        {"id": "7", "title": 5, "slug": null, "tags": "x"}
    ])
    .to_string();
    let (items, extra) =
        content_page(body.as_bytes(), &[("category", "categories"), ("post_tag", "tags")], 100).unwrap();
    assert_eq!(extra, 0);
    let first = items[0].as_ref().unwrap();
    assert_eq!(first.id, Some(1));
    assert_eq!(first.title.text.len(), MAX_TITLE_BYTES);
    assert!(first.title.truncated && first.truncated());
    assert_eq!(first.slug.text, "a\u{FFFD}b");
    assert_eq!(first.terms["category"].len(), MAX_TERM_IDS);
    assert!(first.terms_truncated);
    assert!(items[1].is_none());
    let third = items[2].as_ref().unwrap();
    assert_eq!((third.id, third.title.text.as_str(), third.truncated()), (None, "", false));
    assert!(third.terms["post_tag"].is_empty());
}

#[test]
fn pages_count_what_is_past_the_limit_and_refuse_what_is_not_a_list() {
    let body = serde_json::json!([{"id": 1}, {"id": 2}, {"id": 3}]).to_string();
    let (items, extra) = term_page(body.as_bytes(), 2).unwrap();
    assert_eq!((items.len(), extra), (2, 1));
    assert!(term_page(&b"{\"id\": 1}"[..], 2).is_err());
    assert!(term_page(&b"[{\"id\": 1}] trailing"[..], 2).is_err());
    // Deep nesting is skipped without recursion (or refused by the decoder), never a crash.
    let deep = format!(
        "[{}{}, {{\"id\": 4, \"x\": {}{}}}]",
        "[".repeat(100_000),
        "]".repeat(100_000),
        "{\"a\":".repeat(50_000),
        "}".repeat(50_000)
    );
    if let Ok((items, _)) = term_page(deep.as_bytes(), 2) {
        assert!(items[0].is_none());
    }
    let nul_cut = text_of(&format!("{}\u{0}", "a".repeat(9)), 10);
    assert!(nul_cut.text.len() <= 10 && nul_cut.truncated);
}
