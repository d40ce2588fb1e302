//! `serve`: the site kept in memory, served under its base path, rebuilt
//! when a source changes, and every open tab told to reload.
//!
//! [`live::Live`] holds the current [`Version`] of the site and the problem of
//! the last rebuild, if it failed. A rebuild loads the content again, builds
//! a new [`version::Version`], and renders up front only the files the changed sources
//! can affect ([`Plan::routes_of_file`](ikm_site::render::Plan::routes_of_file)
//! of each changed file before and after the edit, compared by output path
//! since positions shift when a region is added, plus the files that
//! appeared): that checks the edit the way `check` would on those pages,
//! and what the older version had rendered of every other file is carried
//! over. A template, a static file or a settings file may change every
//! page, so then every file is rendered. A rebuild that fails leaves the
//! last good version served, with its problem kept for the browser's
//! overlay. Only when the whole rebuild is done does the caller signal the
//! tabs, so none reloads before its page is ready.
//!
//! [`respond`] maps a request to a reply the way GitHub Pages does,
//! [`server`] answers HTTP and holds the reload channel, [`watch`] reports
//! changed sources, debounced.

pub mod live;
pub mod respond;
pub mod server;
pub mod version;
pub mod watch;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::Duration;

use ikm_site::BuildError;
use live::{Live, Rebuilt};

/// What [`follow`] tells the terminal after each batch of changes.
pub enum Report<'a> {
    Rebuilt(&'a [PathBuf], Rebuilt),
    Failed(&'a BuildError),
}

/// Rebuilds after every batch of `changes` until `stop` says so (or its
/// sender is gone), and only then tells the tabs: a reload when the
/// rebuild succeeded, the problem when it failed. Batches that arrived
/// during a rebuild are taken together.
pub fn follow(
    live: &Live,
    hub: &server::Hub,
    changes: &std::sync::mpsc::Receiver<Vec<PathBuf>>,
    stop: &std::sync::mpsc::Receiver<()>,
    lang: ikm_site::messages::Lang,
    report: &mut dyn FnMut(Report),
) {
    use std::sync::mpsc::{RecvTimeoutError, TryRecvError};
    loop {
        match stop.try_recv() {
            Ok(()) | Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) => {}
        }
        let mut changed = match changes.recv_timeout(Duration::from_millis(100)) {
            Ok(paths) => paths,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        while let Ok(more) = changes.try_recv() {
            changed.extend(more);
        }
        changed.sort();
        changed.dedup();
        match live.rebuild(&changed) {
            Ok(rebuilt) => {
                hub.broadcast(&server::Event::Reload(live.state().number));
                report(Report::Rebuilt(&changed, rebuilt));
            }
            Err(error) => {
                hub.broadcast(&server::Event::Problem(error.shown(lang, false)));
                report(Report::Failed(&error));
            }
        }
    }
}
