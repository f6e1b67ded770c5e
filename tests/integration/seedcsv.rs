//! CSV seeds: one section a file, in (`seed apply`, `seed diff`) and out (`seed export`).

use std::path::Path;

use serde_json::Value;

use crate::support::TestEnv;

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml").display().to_string()
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// `(line, column, code)` of every problem of an error.
fn problems(e: &Value) -> Vec<(u64, u64, String)> {
    e["details"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["line"].as_u64().unwrap(), p["column"].as_u64().unwrap(), p["code"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn a_users_csv_and_a_sites_csv_with_sectors_apply_then_reapply_unchanged() {
    let env = TestEnv::new();
    env.seed_basic();
    let users = write(
        &env,
        "users.csv",
        "email,account,role,name\nann@acme.example,acme,editor,Ann Lee\nbo@acme.example,acme,viewer,\n",
    );
    // CRLF line ends and a byte order mark, as spreadsheets write them; `TRUE` as they spell it.
    let sites = write(
        &env,
        "sites.csv",
        "\u{feff}account,name,slug,domain,active,industry,sectors\r\nacme,Dental Blog,dental,dental.acme.example,TRUE,healthcare,dental-clinics; dermatology\r\n",
    );
    let r = env.json(&["seed", "apply", &users]);
    assert_eq!(r["totals"]["created"], 2, "{r}");
    assert_eq!(env.json(&["user", "show", "ann@acme.example"])["name"], "Ann Lee");
    let r = env.json(&["seed", "apply", &sites]);
    assert_eq!(r["items"][0]["key"], "acme/dental");
    assert_eq!(r["items"][0]["action"], "created");
    let sectors: Vec<String> = env
        .json(&["sectors", "list", "acme/dental"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sectors, ["dental-clinics", "dermatology"]);
    assert_eq!(env.json(&["site", "show", "acme/dental"])["domain"], "dental.acme.example");
    for file in [&users, &sites] {
        let again = env.json(&["seed", "apply", file]);
        assert!(again["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"), "{again}");
        assert_eq!(env.run(&["seed", "diff", file, "--exit-code"]).code, 0);
    }
    // `-` reads stdin, with the section named.
    let out = env.run_stdin(
        &["seed", "diff", "-", "--section", "users", "--json"],
        "email,account,role\nann@acme.example,acme,viewer\n",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let r = out.json();
    assert_eq!(r["items"][0]["changes"][0], serde_json::json!({"field": "role", "old": "editor", "new": "viewer"}));
}

#[test]
fn every_problem_of_every_row_is_placed_and_nothing_is_applied() {
    let env = TestEnv::new();
    env.seed_basic();
    let before = env.dump();
    let users = write(
        &env,
        "users.csv",
        "email,account,role,name\nnot-an-email,acme,editor,A\nok@acme.example,acme,wizard,B\nx@acme.example,ghost,editor,\nfine@acme.example,acme,viewer,C\n",
    );
    let e = env.fails(&["seed", "apply", &users], 4);
    assert_eq!(e["code"], "seed_invalid");
    assert_eq!(
        problems(&e),
        [(2, 1, "invalid_email".into()), (3, 3, "invalid_role".into()), (4, 2, "account_not_found".into())]
    );
    assert!(e["message"].as_str().unwrap().contains("users.csv:3:3: invalid role"), "{e}");
    // Wrong types and empty required cells: every row, at its column.
    let sites = write(
        &env,
        "sites.csv",
        "account,name,active,sectors,industry\nacme,One,maybe,,\nacme,,true,,\nacme,Three,yes,,\n",
    );
    let e = env.fails(&["seed", "apply", &sites], 4);
    assert_eq!(e["code"], "fixture_syntax");
    assert_eq!(problems(&e).iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(2, 3), (3, 2), (4, 3)]);
    assert_eq!(env.dump(), before, "nothing applied");
}

/// Export a section as CSV, apply it back: every row unchanged, and exporting again gives the
/// same bytes; for every section the demo holds.
#[test]
fn a_csv_export_round_trips() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    // Text a CSV must quote: quotes, commas, semicolons, line breaks, leading spaces.
    let tricky = write(
        &env,
        "tricky.toml",
        "[[content]]\nsite = \"brightsmile/downtown\"\nsector = \"dental-clinics\"\ntitle = \"Quotes, \\\"commas\\\"; and more\"\n\
         body = \"\"\"\n  first line, \"quoted\"\r\nsecond; line\n\"\"\"\ntags = [\"a\", \"b\"]\n",
    );
    env.ok(&["seed", "apply", &tricky]);
    let whole = env.json(&["seed", "export"]);
    for section in ["plans", "accounts", "users", "sites", "grants", "integrations", "content"] {
        let file = env.path(&format!("{section}.csv"));
        let path = file.to_str().unwrap();
        env.ok(&["seed", "export", "--section", section, "--format", "csv", "--output", path]);
        let first = std::fs::read_to_string(&file).unwrap();
        let r = env.json(&["seed", "apply", path]);
        assert!(r["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"), "{section}: {r}");
        assert_eq!(r["items"].as_array().unwrap().len(), whole[section].as_array().unwrap().len(), "{section}");
        let again = env.ok(&["seed", "export", "--section", section, "--format", "csv"]);
        assert_eq!(again, first, "{section}");
    }
    let sites = env.ok(&["seed", "export", "--section", "sites", "--format", "csv"]);
    assert!(sites.starts_with("account,name,slug,domain,"), "{sites}");
    assert!(sites.contains(",healthcare,dental-clinics;dermatology,"), "a list's items joined by ';': {sites}");
}

#[test]
fn usage_errors_of_csv() {
    let env = TestEnv::new();
    env.seed_basic();
    let tenants = write(&env, "tenants.csv", "email,account,role\n");
    let e = env.fails(&["seed", "apply", &tenants], 2);
    assert!(e["message"].as_str().unwrap().contains("--section"), "{e}");
    env.fails(&["seed", "apply", &tenants, "--section", "nope"], 2);
    env.fails(&["seed", "diff", &tenants, "--section", "Users"], 2);
    env.fails(&["seed", "export", "--format", "csv"], 2);
    env.fails(&["seed", "export", "--section", "users"], 2);
    env.fails(&["seed", "export", "--section", "nope", "--format", "csv"], 2);
    // With the section named, any file name will do.
    let r = env.json(&["seed", "apply", &tenants, "--section", "users"]);
    assert_eq!(r["items"], Value::Array(vec![]), "only a header: no objects, nothing to do");
}

#[test]
fn hostile_csv_files_are_refused_with_positions_and_change_nothing() {
    let env = TestEnv::new();
    env.seed_basic();
    let before = env.dump();
    let huge_cell = format!("email,account,role,name\nbig@acme.example,acme,viewer,{}\n", "x".repeat(10 * 1024 * 1024));
    let huge_flag = format!("account,name,active\nacme,Big,{}\n", "x".repeat(10 * 1024 * 1024));
    // What the file is, its text, and where its problems are.
    type Case = (&'static str, String, Vec<(u64, u64)>);
    let cases: Vec<Case> = vec![
        (
            "unbalanced quote",
            "email,account,role\n\"a@acme.example,acme,editor\nb@acme.example,acme,editor\n".into(),
            vec![(2, 1), (2, 2)],
        ),
        ("empty file", String::new(), vec![(1, 1)]),
        ("only a BOM", "\u{feff}".into(), vec![(1, 1)]),
        (
            "unknown, duplicate and missing columns",
            "email,acount,role,role\nq@acme.example,acme,editor,editor\n".into(),
            vec![(1, 2), (1, 4), (1, 5)],
        ),
        (
            "ragged rows",
            "email,account,role\na@acme.example,acme\nb@acme.example,acme,editor,extra\n".into(),
            vec![(2, 3), (3, 4)],
        ),
        ("a 10 MB cell", huge_cell, vec![(2, 4)]),
        ("NUL in a value", "email,account,role,name\nn@acme.example,acme,viewer,a\u{0}b\n".into(), vec![(2, 4)]),
    ];
    for (what, text, at) in cases {
        let file = write(&env, "users.csv", &text);
        let out = env.run(&["seed", "apply", &file, "--json"]);
        assert_eq!(out.code, 4, "{what}: {}", out.stderr);
        assert!(out.stderr.len() < 10_000, "{what}: the error does not quote a huge value");
        let got: Vec<(u64, u64)> = problems(&out.error()).iter().map(|p| (p.0, p.1)).collect();
        assert_eq!(got, at, "{what}: {}", out.stderr);
    }
    // A huge cell of the wrong type: refused at its cell, quoted in part only.
    let flag = write(&env, "sites.csv", &huge_flag);
    let out = env.run(&["seed", "apply", &flag, "--json"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(out.stderr.len() < 10_000, "the error does not quote a huge value");
    assert_eq!(problems(&out.error()).iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(2, 3)]);
    let header = write(&env, "users.csv", &format!("email,account,role,{}\n", "y".repeat(10 * 1024 * 1024)));
    let out = env.run(&["seed", "apply", &header, "--json"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(out.stderr.len() < 10_000, "the error does not quote a huge column name");
    // Millions of rows, each wrong: the list stops at a bound, saying so.
    let many = write(&env, "users.csv", &format!("email,account,role\n{}", "a\n".repeat(2_000_000)));
    let out = env.run(&["seed", "apply", &many, "--json"]);
    assert_eq!(out.code, 4, "{}", &out.stderr[..out.stderr.len().min(500)]);
    let listed = problems(&out.error());
    assert_eq!(listed.len(), 1_001);
    assert!(out.stderr.contains("stopped reading after 1000 problems"));
    // A spreadsheet set to `;` as its separator: one unknown column, said so.
    let semicolons = write(&env, "users.csv", "email;account;role\nx@acme.example;acme;editor\n");
    let e = env.fails(&["seed", "apply", &semicolons], 4);
    assert!(e["message"].as_str().unwrap().contains("users.csv:1:1: unknown column \"email;account;role\""), "{e}");
    assert!(e["message"].as_str().unwrap().contains("separated by ';'"), "{e}");
    assert_eq!(env.dump(), before);

    // A formula is text: stored and exported as it is (the README says to open exports as text).
    let formula = write(&env, "users.csv", "email,account,role,name\nf@acme.example,acme,viewer,=cmd|' /C calc'!A0\n");
    env.ok(&["seed", "apply", &formula]);
    assert_eq!(env.json(&["user", "show", "f@acme.example"])["name"], "=cmd|' /C calc'!A0");
    let out = env.ok(&["seed", "export", "--section", "users", "--format", "csv"]);
    assert!(out.contains("f@acme.example,acme,viewer,=cmd|' /C calc'!A0\n"), "{out}");
}

/// A CSV export carries text as it is (so it round-trips), but not to a terminal: there an
/// escape sequence in a body is shown escaped, never run.
#[test]
fn a_csv_export_to_a_terminal_is_neutralised() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let export = env.ok(&["seed", "export", "--section", "content", "--format", "csv"]);
    let header = export.lines().next().unwrap();
    let cell = |column: &str| match column {
        "site" => "brightsmile/downtown",
        "sector" => "dental-clinics",
        "title" => "Red",
        "body" => "\u{1b}[31mRED\u{1b}[0m",
        _ => "",
    };
    let row: Vec<&str> = header.split(',').map(cell).collect();
    let content = write(&env, "content.csv", &format!("{header}\n{}\n", row.join(",")));
    env.ok(&["seed", "apply", &content]);
    let piped = env.ok(&["seed", "export", "--section", "content", "--format", "csv"]);
    assert!(piped.contains("\u{1b}[31mRED"), "a file gets the text as it is");
    let (code, screen) = env.run_in_pty(&["seed", "export", "--section", "content", "--format", "csv"], &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\\u{1b}[31mRED") && !screen.contains("\u{1b}[31mRED"), "{screen}");
}
