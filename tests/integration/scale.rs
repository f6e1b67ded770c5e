//! Lists stream: memory does not grow with the number of rows, and a closed pipe ends the
//! command. Not timed: memory is bounded by a limit the process runs under.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::support::TestEnv;

/// 20,000 sites: listing them all as JSON took about 180 MB before lists streamed.
fn big_env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["seed", "generate", "--accounts", "4000", "--sites-per-account", "5", "--sectors-per-site", "2", "-q"]);
    env
}

#[test]
fn listing_a_large_database_needs_bounded_memory_and_stops_at_a_closed_pipe() {
    let env = big_env();
    // Under a 64 MB address-space limit (far below what holding 20,000 sites takes), every
    // streaming format lists every site.
    for (format, lines) in [("jsonl", 20_000), ("ids", 20_000), ("csv", 20_001), ("json", 0)] {
        let mut cmd = env.command(&[]);
        let script = format!("ulimit -v 65536; exec '{}' site list --format {format}", crate::support::BIN);
        let envs: Vec<_> = cmd.get_envs().filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))).collect();
        cmd = std::process::Command::new("bash");
        cmd.env_clear().envs(envs).arg("-c").arg(&script);
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        if format == "json" {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(v.as_array().unwrap().len(), 20_000);
        } else {
            assert_eq!(text.lines().count(), lines, "{format}");
        }
    }
    // `seed export` streams too, in every format, to stdout and to a file.
    for (format, args) in [
        ("json", ""),
        ("toml", ""),
        ("json", " -o out.json"),
        ("csv", " --section sites"),
        ("csv", " --section sites -o out.csv"),
    ] {
        let mut cmd = env.command(&[]);
        let script = format!(
            "cd '{}' && ulimit -v 65536; exec '{}' seed export --format {format}{args}",
            env.dir.path().display(),
            crate::support::BIN
        );
        let envs: Vec<_> = cmd.get_envs().filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))).collect();
        cmd = std::process::Command::new("bash");
        cmd.env_clear().envs(envs).arg("-c").arg(&script);
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "export {format}{args}: {}", String::from_utf8_lossy(&out.stderr));
        let text = match args.split_whitespace().skip_while(|a| *a != "-o").nth(1) {
            None => String::from_utf8(out.stdout).unwrap(),
            Some(file) => std::fs::read_to_string(env.dir.path().join(file)).unwrap(),
        };
        let sites = match format {
            "json" => serde_json::from_str::<serde_json::Value>(&text).unwrap()["sites"].as_array().unwrap().len(),
            "csv" => text.lines().count() - 1,
            _ => text.matches("[[sites]]").count(),
        };
        assert_eq!(sites, 20_000, "export {format}{args}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains(".partial-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Whole records are written straight from the record; naming every field reads them the
    // long way: the same bytes.
    let first: serde_json::Value =
        serde_json::from_str(&env.ok(&["site", "list", "--format", "jsonl", "--limit", "1"])).unwrap();
    let all_fields: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
    for format in ["json", "jsonl"] {
        assert_eq!(
            env.ok(&["site", "list", "--format", format, "--limit", "50"]),
            env.ok(&["site", "list", "--format", format, "--limit", "50", "--fields", &all_fields.join(",")]),
            "{format}"
        );
    }
    // Keyset paging walks the same sites in chunks.
    let first = env.ok(&["site", "list", "--format", "ids", "--limit", "3"]);
    let last: String = first.lines().last().unwrap().to_string();
    let next = env.ok(&["site", "list", "--format", "ids", "--limit", "3", "--after", &last]);
    let all = env.ok(&["site", "list", "--format", "ids", "--limit", "6"]);
    assert_eq!(format!("{first}{next}"), all);
    // A reader that stops after one line: the command ends, quietly and successfully.
    let mut child = env
        .command(&["site", "list", "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.starts_with('{'), "{line}");
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_terminal_table_prints_long_lists_in_bounded_tables() {
    let env = TestEnv::new();
    env.ok(&["seed", "generate", "--accounts", "230", "--sites-per-account", "5", "--sectors-per-site", "1", "-q"]);
    let (code, screen) = env.run_in_pty(&["site", "list", "--fields", "id,slug"], &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("more than 1000 rows"), "{}", &screen[..screen.len().min(400)]);
    // Two tables: 1,000 rows, then 150, each with its header.
    assert_eq!(screen.matches(" id ").count(), 2, "{}", &screen[..screen.len().min(400)]);
}

#[test]
fn lists_page_by_id_with_limit_and_after() {
    let env = TestEnv::new();
    env.ok(&["seed", "generate", "--accounts", "5", "--sites-per-account", "2", "--sectors-per-site", "6", "-q"]);
    for p in 1..=6 {
        env.ok(&[
            "plan",
            "create",
            &format!("p{p}"),
            "--name",
            "P",
            "--max-sites",
            "1",
            "--max-users",
            "1",
            "--max-sectors-per-site",
            "1",
        ]);
    }
    let site = env.ok(&["site", "list", "--format", "ids", "--limit", "1"]).trim().to_string();
    let lists: [&[&str]; 7] = [
        &["site", "list"],
        &["account", "list"],
        &["user", "list"],
        &["plan", "list"],
        &["industry", "list", "--all"],
        &["sectors", "list", &site, "--all"],
        &["access", "list"],
    ];
    for list in lists {
        let ids = |extra: &[&str]| {
            let mut args = list.to_vec();
            args.extend(["--format", "ids"]);
            args.extend(extra);
            env.ok(&args)
        };
        let first = ids(&["--limit", "3"]);
        assert_eq!(first.lines().count(), 3, "{list:?}");
        let last = first.lines().last().unwrap().to_string();
        let next = ids(&["--limit", "3", "--after", &last]);
        assert_eq!(format!("{first}{next}"), ids(&["--limit", "6"]), "{list:?}");
        assert_eq!(ids(&["--after", "999999"]), "", "{list:?}");
    }
    // The audit log: rows after the last one read, oldest first.
    let all = env.json(&["audit", "list"]);
    let first_id = all[0]["id"].as_i64().unwrap();
    let rest = env.json(&["audit", "list", "--after", &first_id.to_string()]);
    assert_eq!(rest.as_array().unwrap().len(), all.as_array().unwrap().len() - 1);
    assert!(env.fails(&["site", "list", "--after", "-1"], 2)["message"].as_str().is_some());
}

#[test]
fn mirror_lists_page_by_wordpress_id_and_events_by_id() {
    let env = TestEnv::new();
    let _wp = env.with_mock_blog();
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--full"]);
    let wp_ids = |args: &[&str]| -> Vec<i64> {
        env.json(args).as_array().unwrap().iter().map(|r| r["wp_id"].as_i64().unwrap()).collect()
    };
    for list in [&["wp", "content", "list", "acme/blog"][..], &["wp", "terms", "list", "acme/blog"]] {
        let all = wp_ids(list);
        assert!(all.len() >= 3, "{list:?}: {all:?}");
        assert!(all.windows(2).all(|w| w[0] < w[1]), "{list:?} is in WordPress id order: {all:?}");
        let first = wp_ids(&[list, &["--limit", "2"]].concat());
        let after = first.last().unwrap().to_string();
        let rest = wp_ids(&[list, &["--after", after.as_str()]].concat());
        assert_eq!([first, rest].concat(), all, "{list:?}");
    }
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args).as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()).collect()
    };
    let events = ids(&["wp", "events", "acme/blog"]);
    assert!(events.len() >= 3, "connect and two syncs: {events:?}");
    assert_eq!(ids(&["wp", "events", "acme/blog", "--limit", "1"]), events[events.len() - 1..]);
    assert_eq!(ids(&["wp", "events", "acme/blog", "--after", &events[0].to_string()]), events[1..]);
}
