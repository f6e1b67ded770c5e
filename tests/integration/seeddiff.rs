//! `seed diff`: what `seed apply` would change, field by field, without changing anything.

use std::path::Path;

use serde_json::Value;

use crate::support::TestEnv;

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml").display().to_string()
}

/// The demo applied and `brightsmile` exported to `b.toml`; returns the file's path.
fn exported(env: &TestEnv) -> String {
    env.ok(&["seed", "apply", &demo()]);
    let file = env.path("b.toml");
    env.ok(&["seed", "export", "--account", "brightsmile", "--output", file.to_str().unwrap()]);
    file.display().to_string()
}

fn item<'a>(report: &'a Value, kind: &str, key: &str) -> &'a Value {
    report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == kind && i["key"] == key)
        .unwrap_or_else(|| panic!("no {kind} {key} in {report}"))
}

/// `(old, new)` of one field of an item's changes.
fn change(item: &Value, field: &str) -> (Value, Value) {
    let c = item["changes"].as_array().unwrap().iter().find(|c| c["field"] == field);
    let c = c.unwrap_or_else(|| panic!("no change of {field} in {item}"));
    (c["old"].clone(), c["new"].clone())
}

#[test]
fn an_export_diffs_clean_and_exit_code_0() {
    let env = TestEnv::new();
    let file = exported(&env);
    let before = env.db_bytes();
    let out = env.run(&["seed", "diff", &file, "--exit-code", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let r = out.json();
    assert_eq!(r["differs"], false);
    assert_eq!((r["totals"]["created"].as_u64(), r["totals"]["updated"].as_u64()), (Some(0), Some(0)));
    assert!(r["items"].as_array().unwrap().len() >= 10, "{r}");
    assert!(r["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["action"] == "unchanged" && i["changes"] == Value::Array(vec![])));
    assert_eq!(env.db_bytes(), before, "a diff writes nothing");
}

#[test]
fn changes_are_reported_field_by_field_with_old_and_new_values() {
    let env = TestEnv::new();
    let file = exported(&env);
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replace("domain = \"downtown.brightsmile.example\"", "domain = \"new.brightsmile.example\"")
        .replace("sectors = [\"dental-clinics\"]\n", "sectors = [\"dermatology\", \"optometry\"]\n")
        // Left out of the file: a field at its default (draft), and one set away from it.
        .replace("SPF 30 or more, and a hat.</p>\"\nstatus = \"review\"\n", "SPF 30 or more, and a hat.</p>\"\n")
        .replace("slug = \"growth\"\n", "slug = \"growth\"\nactive = false\n")
        + "\n[[sites]]\naccount = \"brightsmile\"\nname = \"Brand New\"\ndomain = \"brandnew.example\"\n";
    std::fs::write(&file, text).unwrap();
    let before = env.db_bytes();
    let audit = env.json(&["audit", "list"]).as_array().unwrap().len();

    let out = env.run(&["seed", "diff", &file, "--exit-code", "--json"]);
    assert_eq!(out.code, 10, "drift is exit 10 with --exit-code: {}", out.stderr);
    let r = out.json();
    assert_eq!(r["differs"], true);
    let downtown = item(&r, "site", "brightsmile/downtown");
    assert_eq!(downtown["action"], "updated");
    assert_eq!(change(downtown, "domain"), ("downtown.brightsmile.example".into(), "new.brightsmile.example".into()));
    assert_eq!(downtown["changes"].as_array().unwrap().len(), 1, "only what differs: {downtown}");
    let kids = item(&r, "site", "brightsmile/kids");
    assert_eq!(
        change(kids, "sectors"),
        (serde_json::json!(["dental-clinics"]), serde_json::json!(["dermatology", "optometry"]))
    );
    let sun = item(&r, "content", "brightsmile/downtown/sun-care-for-sensitive-skin");
    assert_eq!(change(sun, "status"), ("review".into(), "draft".into()), "a default left out is that default");
    assert_eq!(change(item(&r, "plan", "growth"), "active"), (true.into(), false.into()));
    let new = item(&r, "site", "brightsmile/brand-new");
    assert_eq!(new["action"], "created");
    assert_eq!(change(new, "domain"), (Value::Null, "brandnew.example".into()));
    assert_eq!(change(new, "account"), (Value::Null, "brightsmile".into()));
    assert_eq!(item(&r, "site", "brightsmile/journal")["action"], "unchanged");
    // Objects the file does not mention are left alone, not reported.
    assert!(r["items"].as_array().unwrap().iter().all(|i| !i["key"].as_str().unwrap().starts_with("northwind")));
    assert_eq!((r["totals"]["created"].as_u64(), r["totals"]["updated"].as_u64()), (Some(1), Some(4)));

    // Without --exit-code a diff with changes is a success; JSONL is an object a line; the
    // table a row per changed field.
    let lines = env.ok(&["seed", "diff", &file, "--format", "jsonl"]);
    assert_eq!(lines.lines().count(), r["items"].as_array().unwrap().len());
    let one: Value = serde_json::from_str(lines.lines().find(|l| l.contains("brightsmile/kids")).unwrap()).unwrap();
    assert_eq!(one["changes"][0]["field"], "sectors");
    let table = env.ok(&["seed", "diff", &file]);
    assert_eq!(table.lines().next().unwrap(), "kind\tkey\taction\tfield\told\tnew");
    assert!(
        table.contains(
            "site\tbrightsmile/downtown\tupdated\tdomain\tdowntown.brightsmile.example\tnew.brightsmile.example"
        ),
        "{table}"
    );

    // Nothing was written, not even an audit row; apply then does what the diff said.
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.json(&["audit", "list"]).as_array().unwrap().len(), audit);
    let applied = env.json(&["seed", "apply", &file]);
    let actions = |v: &Value| -> Vec<(String, String)> {
        v["items"].as_array().unwrap().iter().map(|i| (i["key"].to_string(), i["action"].to_string())).collect()
    };
    assert_eq!(actions(&applied), actions(&r));
    let out = env.run(&["seed", "diff", &file, "--exit-code"]);
    assert_eq!(out.code, 0, "applied: no drift left: {}", out.stdout);
}

/// A file `apply` refuses gets the same error and exit code from `diff`, and so does an
/// actor `apply` refuses (a tenant may not apply seed files: nor see what one would change).
#[test]
fn diff_refuses_what_apply_refuses() {
    let env = TestEnv::new();
    let file = exported(&env);
    let bad = env.path("bad.toml");
    std::fs::write(&bad, "[[users]]\nemail = \"nope\"\naccount = \"ghost\"\nrole = \"wizard\"\n").unwrap();
    let syntax = env.path("syntax.toml");
    std::fs::write(&syntax, "[[users]]\nemail = 1\n").unwrap();
    let before = env.db_bytes();
    for (args, code) in [
        (vec![bad.to_str().unwrap()], 4),
        (vec![syntax.to_str().unwrap()], 4),
        (vec![file.as_str(), "--as", "maria.lopez@brightsmile.example"], 5),
        (vec![file.as_str(), "--as", "ghost@nowhere.example"], 3),
    ] {
        let apply: Vec<&str> = ["seed", "apply"].into_iter().chain(args.iter().copied()).collect();
        let diff: Vec<&str> = ["seed", "diff"].into_iter().chain(args.iter().copied()).chain(["--exit-code"]).collect();
        let a = env.fails(&apply, code);
        let d = env.fails(&diff, code);
        assert_eq!(a, d, "{args:?}");
    }
    // Another tenant's objects named by a tenant: refused before anything is read.
    let other = env.path("other.toml");
    std::fs::write(
        &other,
        "[[sites]]\naccount = \"northwind\"\nname = \"Shop\"\nslug = \"shop\"\ndomain = \"x.example\"\n",
    )
    .unwrap();
    let e = env.fails(&["seed", "diff", other.to_str().unwrap(), "--as", "maria.lopez@brightsmile.example"], 5);
    assert_eq!(e["code"], "operator_only");
    assert!(!e.to_string().contains("shop.northwind"), "nothing of northwind shows: {e}");
    assert_eq!(env.db_bytes(), before);
}

/// A diff opens the database as a dry run: a schema that needs a migration is refused
/// (exit 9), not migrated; a file over the size limit is refused before it is parsed.
#[test]
fn diff_migrates_nothing_and_reads_bounded_files() {
    let env = TestEnv::new();
    let file = exported(&env);
    let big = env.path("big.toml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(64 * 1024 * 1024 + 1).unwrap();
    let e = env.fails(&["seed", "diff", big.to_str().unwrap()], 4);
    assert_eq!(e["code"], "input_too_large");
    env.set_schema_version(1);
    let before = env.db_bytes();
    let e = env.fails(&["seed", "diff", &file, "--exit-code"], 9);
    assert_eq!(e["code"], "migration_needed");
    assert_eq!(env.db_bytes(), before);
}
