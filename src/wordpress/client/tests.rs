use super::*;

#[test]
fn the_date_header_is_read_as_utc() {
    let mut h = HeaderMap::new();
    assert_eq!(header_date(&h), None);
    h.insert(reqwest::header::DATE, "Wed, 01 Jan 2031 00:05:00 GMT".parse().unwrap());
    assert_eq!(header_date(&h).unwrap().to_string(), "2031-01-01 00:05:00");
    h.insert(reqwest::header::DATE, "Wed, 01 Jan 2031 02:05:00 +0200".parse().unwrap());
    assert_eq!(header_date(&h).unwrap().to_string(), "2031-01-01 00:05:00");
    h.insert(reqwest::header::DATE, "yesterday".parse().unwrap());
    assert_eq!(header_date(&h), None);
}

#[test]
fn rest_root_urls_in_both_forms() {
    let pretty = RestRoot(Url::parse("http://h/blog/wp-json/").unwrap());
    assert_eq!(pretty.url("wp/v2/posts").as_str(), "http://h/blog/wp-json/wp/v2/posts");
    assert_eq!(pretty.url("/").as_str(), "http://h/blog/wp-json/");
    let query = RestRoot(Url::parse("http://h/?rest_route=/").unwrap());
    assert_eq!(query.url("wp/v2/posts").as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fposts");
    let mut u = query.url("wp/v2/posts");
    u.query_pairs_mut().append_pair("page", "2");
    assert_eq!(u.as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fposts&page=2");
    // A route built from a name the site supplied stays under the root.
    for (route, path) in [
        ("wp/v2/../../../wp-admin/x.php", "/blog/wp-json/wp/v2/wp-admin/x.php"),
        ("wp/v2/%2e%2e/x?y#z", "/blog/wp-json/wp/v2/%252e%252e/x%3Fy%23z"),
        ("wp/v2/a\\..\\b", "/blog/wp-json/wp/v2/a%5C..%5Cb"),
        ("wp/v2//http://evil.example/", "/blog/wp-json/wp/v2/http:/evil.example"),
    ] {
        let url = pretty.url(route);
        assert_eq!((url.host_str(), url.path()), (Some("h"), path), "{route}");
    }
    assert_eq!(query.url("wp/v2/../../x").as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fx");
}

#[test]
fn credentials_are_bound_to_one_origin_and_its_https_upgrade() {
    let u = |s: &str| Url::parse(s).unwrap();
    let named = Origin::of(&u("http://blog.example/")).unwrap();
    assert!(named.permits(&u("http://blog.example/wp-json/")));
    assert!(named.permits(&u("https://blog.example/wp-json/")), "the https upgrade");
    assert!(named.permits(&u("http://BLOG.example:80/x")));
    for other in
        ["http://blog.example:8080/", "https://blog.example:8443/", "http://evil.example/", "ftp://blog.example/"]
    {
        assert!(!named.permits(&u(other)), "{other}");
    }
    let tls = Origin::of(&u("https://blog.example/")).unwrap();
    assert!(!tls.permits(&u("http://blog.example/")), "never a downgrade");
    let port = Origin::of(&u("http://127.0.0.1:8080/")).unwrap();
    assert!(!port.permits(&u("https://127.0.0.1:8080/")) && !port.permits(&u("http://127.0.0.1:8081/")));
    assert!(port.is_loopback() && Origin::of(&u("http://[::1]:1/")).unwrap().is_loopback());
    assert!(!named.is_loopback());
    let anon = Http::new(HttpSettings::default()).unwrap();
    let key = Auth::ApiKey("k".into());
    assert_eq!(
        anon.with_credentials(key.clone(), &u("http://blog.example/"), false).unwrap_err().code,
        "wp_insecure_http"
    );
    assert!(anon.with_credentials(key.clone(), &u("http://blog.example/"), true).is_ok());
    assert!(anon.with_credentials(key, &u("http://localhost:9/"), false).is_ok());
}

#[test]
fn auth_debug_never_shows_secrets() {
    let a = Auth::AppPassword { username: "admin".into(), password: "s3cr3t".into() };
    assert!(!format!("{a:?}").contains("s3cr3t"));
    assert!(!format!("{:?}", Auth::ApiKey("igk_x".into())).contains("igk_x"));
}
