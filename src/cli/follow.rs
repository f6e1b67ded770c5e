//! `--follow` for the log commands (`audit list`, `wp events`): print the rows there are, then
//! poll for new ones until SIGINT/SIGTERM or until stdout's reader goes away (exit 0 either way).
//! Each poll is its own short read transaction (see `ops::follow`); nothing is held between
//! polls. Polls back off from [`PAUSE_MIN`] to [`PAUSE_MAX`] while nothing comes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use sitectl::config::Format;
use sitectl::ops::follow::{Tail, BATCH};
use sitectl::ops::Ctx;
use sitectl::store::{Flow, Store};

use super::ui::ListWriter;
use super::{CliError, CommandContext};

const PAUSE_MIN: Duration = Duration::from_millis(200);
const PAUSE_MAX: Duration = Duration::from_secs(1);

type Each<'a, T> = &'a mut dyn FnMut(T) -> sitectl::Result<Flow>;

/// A record for the writer; a failed write (a closed pipe) is kept and stops the reading.
fn pusher<'a, 'u: 'a, T: Serialize>(
    writer: &'a mut ListWriter<'u>,
    failed: &'a mut Option<CliError>,
) -> impl FnMut(T) -> sitectl::Result<Flow> + use<'a, 'u, T> {
    move |item: T| match writer.push(&item) {
        Ok(()) => Ok(Flow::Continue(())),
        Err(e) => {
            *failed = Some(e);
            Ok(Flow::Break(()))
        }
    }
}

impl CommandContext {
    /// Prints what `start` reads, then what each `poll` reads, until told to stop. A JSON array
    /// cannot stream forever: `--format json` prints one object per line here, as `jsonl` does.
    pub fn follow_list<T: Serialize>(
        &mut self,
        columns: &[&str],
        start: impl FnOnce(&mut Store, &Ctx, Each<'_, T>) -> sitectl::Result<Tail>,
        mut poll: impl FnMut(&mut Store, &Ctx, &mut Tail, Each<'_, T>) -> sitectl::Result<i64>,
    ) -> Result<(), CliError> {
        if self.ui.format == Format::Json {
            self.ui.format = Format::Jsonl;
        }
        let stop = Arc::new(AtomicBool::new(false));
        for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            // The first signal stops the follow after the poll in progress (exit 0); a second
            // one, if that poll hangs (a locked database), ends the process at once (exit 130).
            signal_hook::flag::register_conditional_shutdown(signal, 130, stop.clone())
                .and_then(|_| signal_hook::flag::register(signal, stop.clone()))
                .map_err(|e| sitectl::Error::internal(format!("cannot watch for signals: {e}")))?;
        }
        let ui = self.ui.clone();
        let mut writer = ui.list_writer(columns)?;
        let mut failed = None;
        let mut tail = self.call(|s, c| start(s, c, &mut pusher(&mut writer, &mut failed)))?;
        let mut pause = PAUSE_MIN;
        loop {
            if let Some(e) = failed.take() {
                return Err(e);
            }
            writer.flush_rows()?;
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let read = self.call(|s, c| poll(s, c, &mut tail, &mut pusher(&mut writer, &mut failed)))?;
            if read >= BATCH {
                continue;
            }
            pause = if read > 0 { PAUSE_MIN } else { (pause * 2).min(PAUSE_MAX) };
            let until = Instant::now() + pause;
            while Instant::now() < until && !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(25));
            }
        }
        writer.finish()
    }
}
