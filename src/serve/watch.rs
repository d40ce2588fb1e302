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
use std::sync::{Arc, Mutex, OnceLock, Weak};
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
    _debouncer: Arc<Shared>,
    /// One batch of changed paths per quiet moment.
    pub changes: Receiver<Vec<PathBuf>>,
    /// The folders watched from the start, as given.
    pub folders: Vec<PathBuf>,
}

/// The debouncer, shared with its own event handler, which adds the
/// watch of a theme folder that appears.
type Shared = Mutex<Debouncer<RecommendedWatcher, RecommendedCache>>;

/// The theme's folders beside the content, watched whenever they exist.
const THEME_FOLDERS: [&str; 2] = ["templates", "static"];

/// Watches `content_dir` and the `templates/` and `static/` of
/// `theme_dir`. A theme folder created while serving (the first template
/// override) is watched from then on: the theme folder itself is watched
/// without its sub-folders, and when one of the two appears its watch is
/// added and every file already in it is reported changed, since a copy
/// made at once into the new folder came before its watch.
pub fn watch(content_dir: &Path, theme_dir: &Path) -> Result<Watch, Message> {
    let given: Vec<PathBuf> = std::iter::once(content_dir.to_path_buf())
        .chain(THEME_FOLDERS.iter().map(|name| theme_dir.join(name)))
        .filter(|folder| folder.is_dir())
        .collect();
    // Events name real paths; the site keeps the paths it was given.
    let real =
        |folder: &Path| std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    let roots: Vec<(PathBuf, PathBuf)> = given.iter().map(|f| (real(f), f.clone())).collect();
    let theme_real = real(theme_dir);
    let appearing: Vec<(PathBuf, PathBuf)> = THEME_FOLDERS
        .iter()
        .map(|name| (theme_real.join(name), theme_dir.join(name)))
        .collect();
    let roots = Arc::new(Mutex::new(roots));
    let debouncer_cell: Arc<OnceLock<Weak<Shared>>> = Arc::new(OnceLock::new());
    let (sender, changes) = mpsc::channel();
    let (map, cell) = (roots.clone(), debouncer_cell.clone());
    let handler = move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let touched: Vec<&PathBuf> = events
            .iter()
            .filter(|event| !event.kind.is_access())
            .flat_map(|event| event.paths.iter())
            .collect();
        let mut paths = Vec::new();
        for (real, as_given) in &appearing {
            if touched.contains(&real) && real.is_dir() {
                paths.extend(follow_new_folder(&cell, &map, real, as_given));
            }
        }
        let roots = map.lock().unwrap_or_else(|e| e.into_inner());
        paths.extend(touched.iter().filter_map(|path| {
            roots.iter().find_map(|(real, as_given)| {
                let rest = path.strip_prefix(real).ok()?;
                Some(as_given.join(rest))
            })
        }));
        drop(roots);
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
    for (real, _) in roots.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        debouncer
            .watch(real, RecursiveMode::Recursive)
            .map_err(failed)?;
    }
    if theme_real.is_dir() {
        debouncer
            .watch(&theme_real, RecursiveMode::NonRecursive)
            .map_err(failed)?;
    }
    let debouncer = Arc::new(Mutex::new(debouncer));
    let _ = debouncer_cell.set(Arc::downgrade(&debouncer));
    Ok(Watch {
        _debouncer: debouncer,
        changes,
        folders: given,
    })
}

/// Watches the theme folder `real` that has just appeared (or appeared
/// again), maps its events to `as_given`, and gives every file already in
/// it, as the paths the site was given.
fn follow_new_folder(
    cell: &OnceLock<Weak<Shared>>,
    roots: &Mutex<Vec<(PathBuf, PathBuf)>>,
    real: &Path,
    as_given: &Path,
) -> Vec<PathBuf> {
    let Some(debouncer) = cell.get().and_then(Weak::upgrade) else {
        return Vec::new();
    };
    let watched = debouncer
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .watch(real, RecursiveMode::Recursive);
    if watched.is_err() {
        return Vec::new();
    }
    let mut roots = roots.lock().unwrap_or_else(|e| e.into_inner());
    if !roots.iter().any(|(r, _)| r == real) {
        roots.push((real.to_path_buf(), as_given.to_path_buf()));
    }
    walkdir::WalkDir::new(real)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter_map(|entry| Some(as_given.join(entry.path().strip_prefix(real).ok()?)))
        .collect()
}
