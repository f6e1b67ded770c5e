//! Fixture files (TOML and JSON), config files and taxonomy files: never a panic, and problems
//! are located inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for name in ["f.toml", "f.json"] {
        if let Ok(src) = sitectl::fixture::Source::parse(name, s.to_string()) {
            let p = src.problem("sites", 0, "domain", "x", "y".into());
            assert!(p.line >= 1 && p.column >= 1);
            let again = sitectl::fixture::Source::parse("g.toml", src.fixture.to_toml().unwrap()).unwrap();
            assert_eq!(again.fixture, src.fixture);
        }
    }
    let _ = sitectl::config::FileConfig::parse(s, std::path::Path::new("c.toml"));
    let _ = sitectl::domain::Taxonomy::parse(s, "t.toml");
});
