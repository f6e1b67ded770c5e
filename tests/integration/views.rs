//! What people read (issue 15): designed views on a terminal, machine-friendly pipes, no JSON
//! text in human output, a sane width on terminals that report none, and progress on stderr
//! only where someone watches.

use crate::support::mockwp::{connect_core, MockWp};
use crate::support::{wait, Screen, TestEnv};

fn demo_env() -> TestEnv {
    let env = TestEnv::new();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml");
    env.ok(&["seed", "apply", demo.to_str().unwrap()]);
    env
}

/// Strips ANSI escape sequences (what a terminal would interpret).
fn plain(screen: &str) -> String {
    let mut out = String::new();
    let mut chars = screen.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn no_human_output_carries_json_text() {
    let env = demo_env();
    let wp = MockWp::start();
    connect_core(&env, "brightsmile/downtown", &wp);
    env.ok(&["wp", "sync", "brightsmile/downtown", "--content", "--types", "page"]);
    let commands: &[&[&str]] = &[
        &["site", "show", "brightsmile/downtown"],
        &["site", "list"],
        &["account", "show", "brightsmile"],
        &["account", "show", "harbor-law"],
        &["account", "list"],
        &["user", "show", "tom.becker@brightsmile.example"],
        &["user", "list"],
        &["plan", "show", "growth"],
        &["plan", "list"],
        &["industry", "show", "healthcare"],
        &["industry", "list"],
        &["sectors", "list", "brightsmile/downtown", "--all"],
        &["access", "list"],
        &["wp", "status", "brightsmile/downtown"],
        &["wp", "events", "brightsmile/downtown"],
        &["wp", "content", "list", "brightsmile/downtown"],
        &["wp", "terms", "list", "brightsmile/downtown"],
        &["wp", "test", "--all"],
        &["wp", "sync", "--all", "--structure"],
        &["wp", "sync", "brightsmile/downtown", "--structure"],
        &["audit", "list"],
        &["db", "info"],
        &["db", "doctor"],
        &["config", "show"],
        &["site", "show", "nowhere/none"],
        &["seed", "apply", "/nonexistent.toml"],
    ];
    for args in commands {
        let mut a = args.to_vec();
        a.extend(["--format", "table", "-v"]);
        let out = env.run(&a);
        assert_ne!(out.code, 101, "{args:?}");
        for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(!text.contains("{\"") && !text.contains("[{"), "{args:?} printed JSON on {stream}:\n{text}");
        }
    }
    // Piped detail records are key<TAB>value lines with dotted keys for nested values.
    let piped = env.ok(&["site", "show", "brightsmile/downtown"]);
    assert!(piped.starts_with("field\tvalue\n"), "{piped}");
    for line in [
        "sector_usage.used\t2\n",
        "sector_usage.limit\t5\n",
        "sectors.0.slug\tdental-clinics\n",
        "grants.0.user\ttom.becker@brightsmile.example\n",
    ] {
        assert!(piped.contains(line), "missing {line:?} in:\n{piped}");
    }
}

#[test]
fn a_terminal_gets_the_designed_view_at_a_sane_width() {
    let mut env = demo_env();
    env.set_env("SITECTL_NOW", "2099-01-01T00:00:00Z");
    // `script` gives a pseudo-terminal that reports no size: never squeezed to nothing.
    let (code, screen) = env.run_in_pty(&["site", "show", "brightsmile/downtown", "--color", "never"], &[]);
    assert_eq!(code, 0, "{screen}");
    let screen = plain(&screen);
    for part in [
        "BrightSmile Downtown  brightsmile/downtown",
        "[active]",
        "Plan usage",
        "2 of 5 sectors on this site",
        "Sectors (2)",
        "dental-clinics",
        "Access grants (1)",
        "years ago (",
    ] {
        assert!(screen.contains(part), "missing {part:?} in:\n{screen}");
    }
    assert!(!screen.contains("{\""), "{screen}");
    let (code, screen) = env.run_in_pty(&["site", "list", "--color", "never"], &[]);
    assert_eq!(code, 0);
    // Laid out at a default width (100): every column keeps several characters.
    let screen = plain(&screen);
    for part in ["account", "domain", "brightsm", "downtown", "BrightSm"] {
        assert!(screen.contains(part), "a squeezed table:\n{screen}");
    }
    assert!(screen.lines().all(|l| l.chars().count() <= 100), "{screen}");
    // COLUMNS is honoured.
    env.set_env("COLUMNS", "70");
    let (_, screen) = env.run_in_pty(&["site", "list", "--color", "never"], &[]);
    let widest = plain(&screen).lines().map(|l| l.trim_end().chars().count()).max().unwrap();
    assert!(widest <= 70, "a line of {widest} columns with COLUMNS=70:\n{screen}");
}

#[test]
fn sync_progress_shows_on_a_terminal_and_never_in_a_pipe() {
    let env = demo_env();
    let wp = MockWp::start();
    connect_core(&env, "brightsmile/downtown", &wp);
    // The answers after the first wait until the bar shows: it is drawn while items arrive.
    let screen = Screen::default();
    let shown = screen.clone();
    wp.set_gate(move |r| {
        if r.path.ends_with("/posts") && r.query.contains_key("offset") {
            wait::at_most(|| String::from_utf8_lossy(&shown.lock().unwrap()).contains("/250"));
        }
    });
    let (code, screen) =
        env.run_in_pty_showing(&["wp", "sync", "brightsmile/downtown", "--content", "--full"], &[], screen);
    assert_eq!(code, 0, "{screen}");
    wp.clear_gate();
    let screen = plain(&screen);
    assert!(screen.contains("post") && screen.contains("/250"), "no progress bar on the terminal:\n{screen}");
    let piped = env.run(&["wp", "sync", "brightsmile/downtown", "--content", "--full"]);
    assert_eq!(piped.code, 0);
    assert!(!piped.stderr.contains("/250") && !piped.stderr.contains('\r'), "progress in a pipe:\n{}", piped.stderr);
}
