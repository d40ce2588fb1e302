//! Which sources changed: the content folder, and the theme's `templates/`
//! and `static/` beside it, watched with `notify` through
//! `notify-debouncer-full`. Never the output folder or anything else
//! beside the content.
//!
//! The debouncer gathers the events of one save (an editor that writes a
//! temporary file and renames it over the old one, or writes in several
//! steps) into one batch, once the files have been quiet for [`QUIET`],
//! and follows renames by file id. Its paths are reported under the folder
//! names the site was given, so they compare equal to the paths the loaded
//! content keeps.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use notify_debouncer_full::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use ikm_site::messages::Message;
use ikm_site::msg;

/// How long the sources must be quiet before a batch is reported: long
/// enough for a save by rename or in a few writes, short next to the time
/// a person takes to look at the browser.
pub const QUIET: Duration = Duration::from_millis(40);

/// The watch, kept alive as long as this is.
pub struct Watch {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    /// One batch of changed paths per quiet moment.
    pub changes: Receiver<Vec<PathBuf>>,
    /// The folders watched, as given.
    pub folders: Vec<PathBuf>,
}

/// Watches `content_dir` and the `templates/` and `static/` of
/// `theme_dir` that exist.
pub fn watch(content_dir: &Path, theme_dir: &Path) -> Result<Watch, Message> {
    let given: Vec<PathBuf> = [
        content_dir.to_path_buf(),
        theme_dir.join("templates"),
        theme_dir.join("static"),
    ]
    .into_iter()
    .filter(|folder| folder.is_dir())
    .collect();
    // Events name real paths; the site keeps the paths it was given.
    let roots: Vec<(PathBuf, PathBuf)> = given
        .iter()
        .map(|folder| {
            let real = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.clone());
            (real, folder.clone())
        })
        .collect();
    let (sender, changes) = mpsc::channel();
    let map = roots.clone();
    let handler = move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let mut paths: Vec<PathBuf> = events
            .iter()
            .filter(|event| !event.kind.is_access())
            .flat_map(|event| event.paths.iter())
            .filter_map(|path| {
                map.iter().find_map(|(real, as_given)| {
                    let rest = path.strip_prefix(real).ok()?;
                    Some(as_given.join(rest))
                })
            })
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            let _ = sender.send(paths);
        }
    };
    let failed = |error: notify_debouncer_full::notify::Error| {
        msg!("serve-watch-failed", error = error.to_string())
    };
    let mut debouncer = new_debouncer(QUIET, None, handler).map_err(failed)?;
    for (real, _) in &roots {
        debouncer
            .watch(real, RecursiveMode::Recursive)
            .map_err(failed)?;
    }
    Ok(Watch {
        _debouncer: debouncer,
        changes,
        folders: given,
    })
}
