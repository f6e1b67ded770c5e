//! No input crashes or hangs: every subcommand (found by walking `--help`, so a new one is
//! covered without touching this test) runs with hostile values in every argument and option,
//! and never exits 101 (a panic) or runs past a deadline.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{TestEnv, BIN};

const HOSTILE: &[&str] = &[
    "",
    " ",
    "\u{1b}[2J\u{7}",
    "é",
    "5é",
    "-1",
    "99999999999999999999",
    "../../etc/passwd",
    "a/b/c/d",
    "\u{202e}x",
    "/dev/zero",
    "0",
];

/// The lines of one `Heading:` section of a help text.
fn section<'a>(help: &'a str, heading: &str) -> Vec<&'a str> {
    help.lines().skip_while(|l| l.trim_end() != heading).skip(1).take_while(|l| !l.trim().is_empty()).collect()
}

fn help(path: &[String]) -> String {
    let out = std::process::Command::new(BIN).args(path).arg("--help").env("COLUMNS", "200").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every leaf command path, with its positional arguments and value-taking options.
fn leaves(path: Vec<String>, out: &mut Vec<(Vec<String>, usize, Vec<String>)>) {
    let text = help(&path);
    let subs: Vec<String> = section(&text, "Commands:")
        .iter()
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|n| n != "help")
        .collect();
    if !subs.is_empty() {
        for s in subs {
            let mut p = path.clone();
            p.push(s);
            leaves(p, out);
        }
        return;
    }
    let positionals = section(&text, "Arguments:").iter().filter(|l| l.trim_start().starts_with(['<', '['])).count();
    let options = section(&text, "Options:")
        .iter()
        .filter(|l| l.contains(" <"))
        .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("--")).map(|w| w.trim_end_matches(',').to_string()))
        .collect();
    out.push((path, positionals, options));
}

#[test]
fn no_subcommand_panics_or_hangs_on_hostile_values() {
    let env = TestEnv::new();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml");
    env.ok(&["seed", "apply", demo.to_str().unwrap()]);
    let work = env.path("cwd");
    std::fs::create_dir_all(&work).unwrap();
    let mut all = Vec::new();
    leaves(Vec::new(), &mut all);
    assert!(all.len() > 40, "the walk found only {} commands", all.len());
    let mut runs = 0;
    let mut failures = Vec::new();
    for (path, positionals, options) in &all {
        let mut invocations: Vec<Vec<String>> = Vec::new();
        for v in HOSTILE {
            let mut args = path.clone();
            args.extend(std::iter::repeat_n(v.to_string(), *positionals));
            invocations.push(args);
        }
        for (i, option) in options.iter().enumerate() {
            for v in HOSTILE.iter().skip(i % 3).step_by(3) {
                let mut args = path.clone();
                args.extend(std::iter::repeat_n("x".to_string(), *positionals));
                args.extend([option.clone(), v.to_string()]);
                invocations.push(args);
            }
        }
        for extra in [&["--format", "toml"][..], &["--fields", ","], &["--as", " "], &["--json", "--dry-run"]] {
            let mut args = path.clone();
            args.extend(std::iter::repeat_n("x".to_string(), *positionals));
            args.extend(extra.iter().map(|s| s.to_string()));
            invocations.push(args);
        }
        for mut args in invocations {
            args.push("--yes".into());
            runs += 1;
            let (out_path, err_path) = (env.path("sweep.out"), env.path("sweep.err"));
            let mut child = env
                .command(&args.iter().map(String::as_str).collect::<Vec<_>>())
                .current_dir(&work)
                .env("SITECTL_HTTP_TIMEOUT_MS", "2000")
                .stdout(Stdio::from(std::fs::File::create(&out_path).unwrap()))
                .stderr(Stdio::from(std::fs::File::create(&err_path).unwrap()))
                .spawn()
                .unwrap();
            let started = Instant::now();
            let code = loop {
                if let Some(status) = child.try_wait().unwrap() {
                    break status.code();
                }
                if started.elapsed() > Duration::from_secs(20) {
                    let _ = child.kill();
                    break Some(-1);
                }
                std::thread::sleep(Duration::from_millis(5));
            };
            match code {
                Some(101) => failures.push(format!("panicked: sitectl {args:?}")),
                Some(-1) => failures.push(format!("hung: sitectl {args:?}")),
                _ => {}
            }
            // Human output (no machine format asked for) never carries JSON text.
            let machine = args.iter().any(|a| a == "--json") || matches!(args[0].as_str(), "completions" | "man");
            if !machine {
                for path in [&out_path, &err_path] {
                    let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
                    if text.contains("{\"") || text.contains("[{") {
                        failures.push(format!("JSON in human output of sitectl {args:?}:\n{text}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {runs} runs failed:\n{}", failures.len(), failures.join("\n"));
}
