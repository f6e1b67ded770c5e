//! Settings: layers, file parsing, and their errors.

use super::*;

fn inputs(file: &str, profile: Option<&str>) -> Inputs {
    let path = PathBuf::from("/cfg/config.toml");
    let cfg = FileConfig::parse(file, &path).unwrap();
    Inputs {
        default_db: PathBuf::from("/data/sitectl.db"),
        file: Some((path, Source::Default, cfg)),
        profile: profile.map(|p| Setting { value: p.to_string(), source: Source::Flag("--profile") }),
        env: EnvLayer::default(),
        flags: FlagLayer::default(),
    }
}

const FILE: &str = "db = '/file.db'\nformat = 'csv'\n[profiles.prod]\ndb = '/prod.db'\nactor = 'ops@example.com'\n";

#[test]
fn precedence_default_file_profile_env_flag() {
    let s = resolve(inputs("", None)).unwrap();
    assert_eq!((s.db.value.to_string().as_str(), &s.db.source), ("/data/sitectl.db", &Source::Default));

    let s = resolve(inputs(FILE, None)).unwrap();
    assert_eq!(s.db.value.to_string(), "/file.db");
    assert!(matches!(s.db.source, Source::File(_)));
    assert_eq!(s.format.value, Format::Csv);

    let s = resolve(inputs(FILE, Some("prod"))).unwrap();
    assert_eq!(s.db.value.to_string(), "/prod.db");
    assert_eq!(s.db.source, Source::Profile("prod".into()));
    assert_eq!(s.format.value, Format::Csv, "the profile does not set format: the file's applies");
    assert_eq!(s.actor.value.as_deref(), Some("ops@example.com"));

    let mut i = inputs(FILE, Some("prod"));
    i.env.db = Some("/env.db".into());
    i.env.format = Some("json".into());
    let s = resolve(i.clone()).unwrap();
    assert_eq!((s.db.value.to_string(), s.db.source), ("/env.db".to_string(), Source::Env("SITECTL_DB")));
    assert_eq!(s.format.value, Format::Json);

    i.flags.db = Some(PathBuf::from("/flag.db"));
    i.flags.format = Some(Format::Ids);
    let s = resolve(i).unwrap();
    assert_eq!((s.db.value.to_string(), s.db.source), ("/flag.db".to_string(), Source::Flag("--db")));
    assert_eq!(s.format.value, Format::Ids);
}

#[test]
fn colour_layers() {
    let mut i = inputs("color = 'always'\n", None);
    assert_eq!(resolve(i.clone()).unwrap().color.value, ColorChoice::Always);
    i.env.no_color = true;
    assert_eq!(resolve(i.clone()).unwrap().color.value, ColorChoice::Never);
    i.flags.color = Some(ColorChoice::Always);
    assert_eq!(resolve(i).unwrap().color.value, ColorChoice::Always);
}

#[test]
fn unknown_keys_name_key_and_line() {
    let e = FileConfig::parse("db = 'x'\n\ncolour = 'never'\n", Path::new("/c.toml")).unwrap_err();
    assert_eq!(e.code, "config_invalid");
    assert!(e.message.contains("colour") && e.message.contains("line 3"), "{}", e.message);
    let e = FileConfig::parse("[profiles.prod]\ndb = 'x'\nactr = 'y'\n", Path::new("/c.toml")).unwrap_err();
    assert!(e.message.contains("actr") && e.message.contains("line 3"), "{}", e.message);
    let e = FileConfig::parse("format = 'yaml'\n", Path::new("/c.toml")).unwrap_err();
    assert!(e.message.contains("yaml"), "{}", e.message);
}

#[test]
fn unknown_profile_and_bad_env() {
    assert_eq!(resolve(inputs(FILE, Some("nope"))).unwrap_err().code, "unknown_profile");
    let mut i = inputs("", None);
    i.env.busy_timeout_ms = Some("soon".into());
    assert_eq!(resolve(i).unwrap_err().code, "invalid_env");
}

#[test]
fn numbers_are_range_checked_where_read() {
    for key in ["busy_timeout_ms", "http_timeout_ms", "statement_timeout_ms"] {
        for text in [format!("{key} = 2147483648\n"), format!("[profiles.p]\n{key} = 9223372036854775807\n")] {
            let e = FileConfig::parse(&text, Path::new("/c.toml")).unwrap_err();
            assert_eq!(e.code, "invalid_number", "{text}");
            assert!(e.message.contains(key), "{}", e.message);
        }
        assert!(FileConfig::parse(&format!("{key} = 2147483647\n"), Path::new("/c.toml")).is_ok());
    }
    let mut i = inputs("", None);
    i.env.statement_timeout_ms = Some("2147483648".into());
    assert_eq!(resolve(i).unwrap_err().code, "invalid_number");
}

#[test]
fn toml_errors_never_quote_the_file() {
    let text = "db = \"postgresql://u:Zx9SeCrEt@h/d\"\nformat = 'json' 'x'\n";
    let e = FileConfig::parse(text, Path::new("/c.toml")).unwrap_err();
    assert!(!e.message.contains("Zx9SeCrEt") && e.message.contains("line 2"), "{}", e.message);
    let e = FileConfig::parse("db = \"postgresql://u:Zx9SeCrEt@h/d\n", Path::new("/c.toml")).unwrap_err();
    assert!(!e.message.contains("Zx9SeCrEt"), "{}", e.message);
    let e =
        FileConfig::parse("busy_timeout_ms = \"postgresql://u:Zx9SeCrEt@h/d\"\n", Path::new("/c.toml")).unwrap_err();
    assert!(!e.message.contains("Zx9SeCrEt"), "{}", e.message);
}

#[test]
fn a_number_setting_of_the_wrong_type_is_named_by_key_and_line() {
    for (value, code) in [
        ("-1", "invalid_number"),
        ("1.5", "invalid_number"),
        ("1e9", "invalid_number"),
        ("\"100\"", "config_invalid"),
        ("[1]", "config_invalid"),
    ] {
        for (text, line) in [
            (format!("db = \"postgresql://u:Zx9SeCrEt@h/d\"\nstatement_timeout_ms = {value}\n"), "line 2"),
            (format!("format = \"json\"\n[profiles.p]\nhttp_timeout_ms = {value}\n"), "line 3"),
        ] {
            let e = FileConfig::parse(&text, Path::new("/c.toml")).unwrap_err();
            assert_eq!(e.code, code, "{text}");
            assert!(e.message.contains("_timeout_ms`") && e.message.contains(line), "{text}: {}", e.message);
            assert!(!e.message.contains("Zx9SeCrEt"), "{}", e.message);
        }
    }
    let long = format!("[profiles.{}]\nbusy_timeout_ms = -1\n", "\"é".to_string() + &"é".repeat(40) + "\"");
    assert_eq!(FileConfig::parse(&long, Path::new("/c.toml")).unwrap_err().code, "invalid_number");
}
