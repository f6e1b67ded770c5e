//! The `--jq` filter's own process: it compiles the expression, then reads one JSON value per
//! line on stdin, runs the filter over it and writes each result to stdout (which is sitectl's
//! stdout), one per line: a string raw, anything else as compact JSON.
//!
//! Why a process of its own: jaq evaluates on the native stack and has no step or depth budget,
//! so an expression such as `def f: 1 + f; f` would overflow the stack, and Rust aborts the
//! whole process on a stack overflow; `[range(1e12)]` would take the machine's memory; and
//! `def f: f; f` never ends. In a process of its own each of these ends that process only,
//! within a bound (a stack of [`STACK_BYTES`], a data limit of [`DATA_BYTES`], [`STEP_TIME`] of
//! wall time per input value), and sitectl reports it as a clear error (see `jq.rs`).
//!
//! Protocol with the parent: one line on stderr once compiled (`ok BYTES`, the data limit; or `error: MESSAGE` and
//! exit [`EXIT_SYNTAX`]); at the end, `error: MESSAGE` and exit [`EXIT_RUNTIME`] when the
//! filter failed, exit [`EXIT_TIMEOUT`] past the time budget; exit 0 when the input ended or
//! stdout was closed by its reader.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Ctx, Vars};
use jaq_json::Val;

/// The argument that starts this process as the filter (never offered by `--help`).
pub const WORKER_ARG: &str = "__sitectl-jq-worker";
pub const EXIT_SYNTAX: i32 = 2;
pub const EXIT_RUNTIME: i32 = 3;
pub const EXIT_TIMEOUT: i32 = 4;
/// The stack the filter runs on: deep enough for any sane filter over our records.
pub const STACK_BYTES: usize = 64 << 20;
/// At most this much data memory (inherited lower limits stay).
pub const DATA_BYTES: u64 = 1 << 30;
/// Wall time the filter may spend on one input value.
pub const STEP_TIME: Duration = Duration::from_secs(10);

type Filter = jaq_core::Filter<jaq_core::data::JustLut<Val>>;

/// Parses and compiles `code`; the error is the parser's or compiler's message.
pub fn compile(code: &str) -> Result<Filter, String> {
    let defs = jaq_core::defs().chain(jaq_std::defs()).chain(jaq_json::defs());
    // Not the `input`/`inputs` filters (the input is sitectl's, not a file's): not offered.
    let funs = jaq_core::funs().chain(jaq_std::funs()).chain(jaq_json::funs());
    let arena = Arena::default();
    let loader = Loader::new(defs);
    let modules = loader.load(&arena, File { code, path: () }).map_err(|errs| load_message(code, errs))?;
    jaq_core::Compiler::default().with_funs(funs).compile(modules).map_err(|errs| {
        let names: Vec<String> = errs
            .into_iter()
            .flat_map(|(_, e)| e)
            .map(|(name, what)| format!("undefined {} {name:?}", what.as_str()))
            .collect();
        names.join("; ")
    })
}

fn load_message(code: &str, errs: jaq_core::load::Errors<&str, ()>) -> String {
    use jaq_core::load::Error;
    let at = |part: &str| jaq_core::load::span(code, part).start;
    let mut out = Vec::new();
    for (_, e) in errs {
        match e {
            Error::Io(v) => out.extend(v.into_iter().map(|(path, e)| format!("cannot load {path:?}: {e}"))),
            Error::Lex(v) => {
                out.extend(v.into_iter().map(|(exp, part)| format!("expected {} at byte {}", exp.as_str(), at(part))))
            }
            Error::Parse(v) => out.extend(v.into_iter().map(|(exp, part)| {
                let found = if part.is_empty() { "end of input".to_string() } else { format!("{part:?}") };
                format!(
                    "expected {} at byte {}, found {}",
                    exp.as_str(),
                    at(part),
                    found.chars().take(40).collect::<String>()
                )
            })),
        }
    }
    out.join("; ")
}

/// The filter process's main: returns its exit code.
pub fn main(code: &str) -> i32 {
    let filter = match compile(code) {
        Ok(f) => f,
        Err(e) => {
            say(&format!("error: {e}"));
            return EXIT_SYNTAX;
        }
    };
    // sitectl decides when this ends (it closes stdin): a Ctrl-C reaching the whole process
    // group must not cut a result in half.
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        let _ = signal_hook::flag::register(signal, Arc::new(std::sync::atomic::AtomicBool::new(false)));
    }
    let data = rlimit::Resource::DATA.get().map_or(DATA_BYTES, |(_, hard)| hard.min(DATA_BYTES));
    let _ = rlimit::Resource::DATA.set(data, rlimit::Resource::DATA.get().map_or(data, |(_, h)| h));
    // The limit in force (a lower inherited one stays), for sitectl's message if it is reached.
    say(&format!("ok {data}"));
    // Milliseconds since `start` at which the value in progress began (0: waiting for input).
    let busy = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let worker = {
        let busy = busy.clone();
        std::thread::Builder::new().name("jq".into()).stack_size(STACK_BYTES).spawn(move || run(&filter, &busy, start))
    };
    let Ok(worker) = worker else {
        say("error: cannot start the filter");
        return EXIT_RUNTIME;
    };
    // A sitectl that was killed (SIGKILL, or a signal it does not handle) cannot close our
    // input: when it is gone (we are handed to another parent), nothing more may be printed.
    let parent = std::os::unix::process::parent_id();
    loop {
        if worker.is_finished() {
            return worker.join().unwrap_or(EXIT_RUNTIME);
        }
        if std::os::unix::process::parent_id() != parent {
            return EXIT_RUNTIME;
        }
        let since = busy.load(Ordering::Relaxed);
        if since > 0 && start.elapsed().saturating_sub(Duration::from_millis(since)) > STEP_TIME {
            say(&format!("error: the --jq expression ran for more than {} s on one input", STEP_TIME.as_secs()));
            return EXIT_TIMEOUT;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn say(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Reads values, runs the filter, writes results; the exit code.
fn run(filter: &Filter, busy: &AtomicU64, start: Instant) -> i32 {
    let terminal = io::stdout().is_terminal();
    let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    // Values back to back (a record, a list, a fixture, one line each or pretty).
    let values = serde_json::Deserializer::from_reader(io::BufReader::new(io::stdin().lock())).into_iter::<Val>();
    for value in values {
        let value = match value {
            Ok(v) => v,
            Err(e) if e.is_io() => return 0,
            Err(e) => {
                say(&format!("error: internal: the filter's input is not JSON ({e})"));
                return EXIT_RUNTIME;
            }
        };
        busy.store((start.elapsed().as_millis() as u64).max(1), Ordering::Relaxed);
        let ctx = Ctx::<jaq_core::data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
        for result in filter.id.run((ctx, value)) {
            let written = match result {
                Ok(v) => write_result(&mut out, &v, terminal),
                Err(exn) => {
                    let _ = out.flush();
                    return ended(exn);
                }
            };
            if written.is_err() {
                // The reader went away (`| head`): nothing more is wanted.
                return 0;
            }
        }
        if out.flush().is_err() {
            return 0;
        }
        busy.store(0, Ordering::Relaxed);
    }
    0
}

/// The exit code when the filter raised an error or halted. `halt` (`halt(0)`) ends the output
/// as jq's ends jq; any other exit code it asks for is a failure of the filter, reported by
/// sitectl (the process's own exit codes are sitectl's protocol, not the expression's).
fn ended(exn: jaq_core::Exn<'_, Val>) -> i32 {
    match exn.get_err() {
        Ok(e) => {
            say(&format!("error: {}", e.to_string().chars().take(1000).collect::<String>()));
            EXIT_RUNTIME
        }
        Err(exn) => match exn.get_halt() {
            Ok(0) => 0,
            Ok(code) => {
                say(&format!("error: the expression halted with exit code {code}"));
                EXIT_RUNTIME
            }
            Err(_) => {
                say("error: the expression ended in an unexpected way");
                EXIT_RUNTIME
            }
        },
    }
}

/// One result: a string raw (made safe for a terminal when stdout is one), anything else as
/// compact JSON.
fn write_result(out: &mut impl Write, v: &Val, terminal: bool) -> io::Result<()> {
    match v {
        Val::TStr(b) | Val::BStr(b) => {
            if terminal {
                let text = String::from_utf8_lossy(b);
                out.write_all(super::neutralize::neutralize(&text).as_bytes())?;
            } else {
                out.write_all(b)?;
            }
        }
        other => {
            let mut text = String::new();
            json(&mut text, other);
            out.write_all(text.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

/// Compact JSON of a value. jaq's values are a superset of JSON: byte strings are written as
/// text, NaN as null, infinities as the largest finite numbers (as jq does), other keys as
/// their JSON text.
fn json(out: &mut String, v: &Val) {
    use jaq_json::Num;
    match v {
        Val::Null => out.push_str("null"),
        Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Val::Num(Num::Float(x)) if x.is_nan() => out.push_str("null"),
        Val::Num(Num::Float(x)) if x.is_infinite() => {
            out.push_str(if *x > 0.0 { "1.7976931348623157e308" } else { "-1.7976931348623157e308" })
        }
        Val::Num(n) => out.push_str(&n.to_string()),
        Val::TStr(b) | Val::BStr(b) => string(out, &String::from_utf8_lossy(b)),
        Val::Arr(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json(out, x);
            }
            out.push(']');
        }
        Val::Obj(map) => {
            out.push('{');
            for (i, (k, x)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match k {
                    Val::TStr(b) | Val::BStr(b) => string(out, &String::from_utf8_lossy(b)),
                    other => {
                        let mut key = String::new();
                        json(&mut key, other);
                        string(out, &key);
                    }
                }
                out.push(':');
                json(out, x);
            }
            out.push('}');
        }
    }
}

fn string(out: &mut String, s: &str) {
    out.push_str(&serde_json::Value::String(s.to_string()).to_string());
}

#[cfg(test)]
mod tests {
    use super::{compile, json};

    #[test]
    fn syntax_errors_say_where() {
        let e = compile(".a | ").err().unwrap();
        assert!(e.contains("expected"), "{e}");
        assert!(compile("nosuchfilter").err().unwrap().contains("undefined filter"));
        assert!(compile("map(.id) | .[0]").is_ok());
    }

    #[test]
    fn results_are_json() {
        let v: jaq_json::Val =
            serde::Deserialize::deserialize(&serde_json::json!({"a": [1, "x\u{1b}", null]})).unwrap();
        let mut out = String::new();
        json(&mut out, &v);
        assert_eq!(out, r#"{"a":[1,"x\u001b",null]}"#);
    }
}
