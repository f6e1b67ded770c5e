//! Many processes on one database file: plan limits hold and nobody sees a lock error.

use std::collections::BTreeSet;
use std::process::Stdio;

use crate::support::TestEnv;

#[test]
fn eight_concurrent_creators_respect_max_sites() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "five", "--name", "Five", "--max-sites", "5", "--max-users", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "five", "--owner", "o@acme.example"]);
    let children: Vec<_> = (0..8)
        .map(|i| {
            env.command(&["site", "create", &format!("Site {i}"), "--account", "acme", "--json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut codes = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code().unwrap();
        if code == 4 {
            let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
            assert_eq!(err["error"]["code"], "site_limit_reached");
        }
        codes.push(code);
    }
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 5, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 4).count(), 3, "{codes:?}");
    assert_eq!(env.json(&["site", "list", "--account", "acme"]).as_array().unwrap().len(), 5);
}

#[test]
fn parallel_sector_selections_never_mix_or_exceed_the_limit() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let requests: Vec<(&str, &str)> = vec![
        ("healthcare", "dental-clinics,optometry,urgent-care"),
        ("healthcare", "chiropractic,dermatology"),
        ("legal-services", "family-law,estate-planning,immigration-law"),
        ("legal-services", "criminal-defense"),
        ("healthcare", "dental-clinics,optometry,urgent-care,dermatology"), // over the limit of 3
        ("real-estate", "property-management,vacation-rentals"),
        ("home-services", "plumbing,roofing,hvac"),
        ("automotive", "auto-repair"),
    ];
    for round in 0..3 {
        let children: Vec<_> = requests
            .iter()
            .map(|(industry, sectors)| {
                env.command(&["sectors", "select", "acme/blog", "--industry", industry, "--sectors", sectors, "--json"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for (child, (_, sectors)) in children.into_iter().zip(&requests) {
            let out = child.wait_with_output().unwrap();
            let want = if sectors.split(',').count() > 3 { 4 } else { 0 };
            assert_eq!(
                out.status.code(),
                Some(want),
                "round {round} {sectors}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let site = env.json(&["site", "show", "acme/blog"]);
        let active: BTreeSet<String> =
            site["sectors"].as_array().unwrap().iter().map(|s| s["slug"].as_str().unwrap().to_string()).collect();
        let industry = site["industry"].as_str().unwrap();
        let matches_one = requests.iter().any(|(i, s)| {
            *i == industry
                && s.split(',').count() <= 3
                && s.split(',').map(String::from).collect::<BTreeSet<_>>() == active
        });
        assert!(matches_one, "round {round}: the site holds a mix: {industry} {active:?}");
    }
}
