//! WordPress answers: the REST index, types and taxonomies, content items. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitectl::wordpress::fetch::{parse_content, parse_types_and_taxonomies, PostType};

fuzz_target!(|data: &[u8]| {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let url = url::Url::parse("http://127.0.0.1/").unwrap();
    let _ = sitectl::wordpress::discovery::parse_index(&url, &sitectl::wordpress::RestRoot(url.clone()), &v);
    let _ = parse_types_and_taxonomies(&v, &v);
    if let Some(items) = v.as_array() {
        let pt = PostType {
            slug: "post".into(),
            name: "Posts".into(),
            rest_base: "posts".into(),
            hierarchical: false,
            taxonomies: vec!["category".into(), "post_tag".into()],
            count: None,
        };
        let _ = parse_content(&pt, &[], items.clone());
    }
});
