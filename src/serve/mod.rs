//! `serve`: the site kept in memory, served under its base path, rebuilt
//! when a source changes, and every open tab told to reload.
//!
//! [`live::Live`] holds the current [`version::Version`] of the site (the
//! loaded content and a renderer kept over it, which renders a file when
//! it is asked for) and the problem of the last rebuild, if it failed. A
//! rebuild loads the content again and builds a new version. What the
//! older version had rendered of the files the changed sources cannot
//! affect is carried over; those they can affect
//! ([`Plan::routes_of_file`](ikm_site::render::Plan::routes_of_file) of
//! each changed file before and after the edit, compared by output path
//! since positions shift when a region is added, plus the files that
//! appeared) are rendered anew. A template, a static file or a settings
//! file may change every page, so then every file is rendered, and checked
//! as `check` would, before the new version is served. A rebuild that
//! fails leaves the last good version served, with its problem kept for
//! the browser's overlay.
//!
//! The tabs are told to reload only once the new version is in place and
//! answers every address from the new content (zola#2626 reloaded before
//! the files were rewritten). After a region file's edit that is before
//! its files are rendered: they are rendered then, in parallel, while the
//! tabs reload and ask for them, and a file that fails puts the last good
//! version back and shows the problem.
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
            Ok(mut rebuilt) => {
                // The new version is in place and renders any file asked
                // for: the tabs reload now, while the files the change may
                // have affected are rendered for them and checked.
                hub.broadcast(&server::Event::Reload(live.state().number));
                let rendering = std::time::Instant::now();
                match rebuilt.check.take().map(|check| live.check(check)) {
                    Some(Err(error)) => {
                        // The previous version is back: the tabs reload to
                        // it and find the problem on connecting.
                        hub.broadcast(&server::Event::Reload(live.state().number));
                        report(Report::Failed(&error));
                    }
                    Some(Ok(checked)) => {
                        rebuilt.rendered = checked;
                        rebuilt.phases.render = rendering.elapsed();
                        report(Report::Rebuilt(&changed, rebuilt));
                    }
                    None => report(Report::Rebuilt(&changed, rebuilt)),
                }
            }
            Err(error) => {
                hub.broadcast(&server::Event::Problem(error.shown(lang, false)));
                report(Report::Failed(&error));
            }
        }
    }
}
