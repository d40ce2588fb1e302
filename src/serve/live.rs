//! The served site and its rebuilds: the current [`Version`], the problem
//! of the last rebuild if it failed, and which files a change can affect.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use ikm_site::content::reload::Reloader;
use ikm_site::BuildError;

use super::version::{self, Version};

/// What a rebuild did, for the line the terminal shows.
pub struct Rebuilt {
    /// Files rendered before the new version was served (every file, for
    /// a change that may affect them all; the others render when asked for).
    pub rendered: usize,
    /// Whether the change could affect every file.
    pub everything: bool,
    /// From the start of the rebuild to the new version in place.
    pub elapsed: Duration,
    /// Where that time went, for `serve --verbose`.
    pub phases: Phases,
    /// The files an incremental rebuild left to [`Live::check`].
    pub check: Option<Check>,
}

/// The parts of a rebuild, timed: reading and checking the content, the
/// new renderer (templates and route table), and finding the files the
/// change can affect (with carrying over the others). `render` is the
/// time the affected files then took, once the tabs were told to reload
/// (or, after a change that may affect everything, before).
#[derive(Clone, Copy, Default, Debug)]
pub struct Phases {
    pub load: Duration,
    pub plan: Duration,
    pub map: Duration,
    pub render: Duration,
}

/// What the server shows now: the last version that built, if any, and
/// the problem of the last rebuild if it failed. `number` counts the
/// versions, so a tab that loaded an older one knows to reload.
#[derive(Clone, Default)]
pub struct State {
    pub site: Option<Arc<Version>>,
    pub problem: Option<Arc<BuildError>>,
    pub number: u64,
}

/// The served site and its rebuilds.
pub struct Live {
    content_dir: PathBuf,
    state: RwLock<State>,
    /// Keeps the region files' own checks between rebuilds, so a rebuild
    /// reads only the changed files.
    reloader: Mutex<Reloader>,
}

impl Live {
    /// Nothing built yet; call [`Live::rebuild`] with no changed file to
    /// build the first version.
    pub fn new(content_dir: &Path) -> Live {
        Live {
            content_dir: content_dir.to_path_buf(),
            state: RwLock::new(State::default()),
            reloader: Mutex::new(Reloader::new(content_dir)),
        }
    }

    /// The current state, cheap to take (its parts are shared).
    pub fn state(&self) -> State {
        self.state.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set(&self, state: State) {
        *self.state.write().unwrap_or_else(|e| e.into_inner()) = state;
    }

    /// Loads the content again and builds a new version after `changed`
    /// (paths under the content folder or the theme's folders; empty for
    /// the first build). A change that may affect every file (and the first
    /// build) renders every file before the new version is served, as
    /// `check` does; a change to a region file or a free page puts the new
    /// version in place at once, with what the old one had rendered of the
    /// files the change cannot affect, and leaves the files it can affect
    /// to [`Live::check`]. On failure the last good version stays and the
    /// problem is kept; either way the state's number moves on, so the
    /// tabs hear of it.
    pub fn rebuild(&self, changed: &[PathBuf]) -> Result<Rebuilt, Arc<BuildError>> {
        let started = Instant::now();
        let before = self.state();
        let result =
            ikm_site::on_render_threads(|| self.build_after(before.site.as_deref(), changed))
                .and_then(|built| built);
        let number = before.number + 1;
        match result {
            Ok(Built {
                version,
                rendered,
                to_check,
                phases,
            }) => {
                let version = Arc::new(version);
                self.set(State {
                    site: Some(version.clone()),
                    problem: None,
                    number,
                });
                let check = to_check.map(|files| Check {
                    files,
                    version,
                    previous: before.site,
                });
                Ok(Rebuilt {
                    rendered,
                    everything: check.is_none(),
                    elapsed: started.elapsed(),
                    phases,
                    check,
                })
            }
            Err(error) => Err(self.failed(before.site, error, number)),
        }
    }

    /// Keeps `site` served with `error` as the problem.
    fn failed(
        &self,
        site: Option<Arc<Version>>,
        error: BuildError,
        number: u64,
    ) -> Arc<BuildError> {
        let error = Arc::new(error);
        self.set(State {
            site,
            problem: Some(error.clone()),
            number,
        });
        error
    }

    /// Renders the files an incremental rebuild may have changed, in
    /// parallel, to check the edit as `check` would (the pages the tabs
    /// ask for meanwhile are rendered for them, not waited for). A file
    /// that fails puts the previous version back (unless a newer one has
    /// replaced the checked one meanwhile) with the problem. Gives how
    /// many files were rendered.
    pub fn check(&self, check: Check) -> Result<usize, Arc<BuildError>> {
        let Check {
            files,
            version,
            previous,
        } = check;
        let rendered = ikm_site::in_render_threads(|| version.check_files(&files));
        rendered.map_err(|error| {
            let now = self.state();
            let current = now.site.as_ref().is_some_and(|s| Arc::ptr_eq(s, &version));
            let site = if current { previous } else { now.site };
            self.failed(site, error, now.number + 1)
        })
    }

    /// The new version after `changed`, with what was rendered of it.
    fn build_after(&self, old: Option<&Version>, changed: &[PathBuf]) -> Result<Built, BuildError> {
        let mut phases = Phases::default();
        let started = Instant::now();
        let (loaded, theme) = {
            let mut reloader = self.reloader.lock().unwrap_or_else(|e| e.into_inner());
            ikm_site::reload_stage(&mut reloader, &self.content_dir, changed)?
        };
        phases.load = started.elapsed();
        let version = Version::new(loaded, theme, old).map_err(BuildError::Render)?;
        phases.plan = started.elapsed() - phases.load;
        match old.and_then(|old| Some((old, affected(old, &version, changed, &self.content_dir)?)))
        {
            Some((old, affected)) => {
                // The old version's cache is emptied here, not when the
                // old version goes (only once the new one's files are
                // checked: it is put back should one fail, and then
                // renders what it is asked for); what the new version does
                // not take is stale and freed now.
                for (file, bytes) in old.take_cached() {
                    if !affected.contains(&file) && version.has_route(&file) {
                        version.carry(file, bytes);
                    }
                }
                let files = affected
                    .into_iter()
                    .filter(|file| !version.is_rendered_when_asked(file))
                    .collect();
                phases.map = started.elapsed() - phases.load - phases.plan;
                Ok(Built {
                    version,
                    rendered: 0,
                    to_check: Some(files),
                    phases,
                })
            }
            None => {
                // What `check` does, but for the search's files and the
                // downloads, rendered when asked for: every other file
                // rendered and dropped, and the links of what was rendered
                // checked, so a template that now links nowhere is refused
                // with its line. Pages are rendered again when asked for.
                let rendered = ikm_site::in_render_threads(|| version.check_everything())?;
                phases.render = started.elapsed() - phases.load - phases.plan;
                Ok(Built {
                    version,
                    rendered,
                    to_check: None,
                    phases,
                })
            }
        }
    }
}

/// A new version, before it is served.
struct Built {
    version: Version,
    /// How many files were rendered (and checked) before it is served.
    rendered: usize,
    /// For a change that cannot affect every file, the files left to
    /// [`Live::check`].
    to_check: Option<Vec<String>>,
    phases: Phases,
}

/// The files an incremental rebuild left to render, with the version they
/// belong to and the one to put back should one fail.
pub struct Check {
    files: Vec<String>,
    version: Arc<Version>,
    previous: Option<Arc<Version>>,
}

/// The output files `changed` can affect, or `None` when that may be
/// every file (a template, a static file, `site.yaml`, `metrics.yaml`, a
/// vocabulary, or the first build). A region file counts with the files
/// it fed before the edit and those it feeds after; a file that was or is
/// no region's (a region file added or removed) only where it was or is
/// one, since for any other path the map names everything. Files the new
/// version has and the old had not are added; those it lost are gone with
/// the old version. An editor's leftovers (`.x.swp`, `x~`, a probe file
/// gone again) change nothing.
fn affected(
    old: &Version,
    new: &Version,
    changed: &[PathBuf],
    content_dir: &Path,
) -> Option<BTreeSet<String>> {
    if changed.is_empty() {
        return None;
    }
    let (old_plan, new_plan) = (old.outline(), new.outline());
    let pages = content_dir.join("pages");
    let mut files = BTreeSet::new();
    for path in changed {
        let in_old = is_region_file(old, path);
        let in_new = is_region_file(new, path);
        let free_page = path.starts_with(&pages) && path.extension().is_some_and(|e| e == "md");
        if in_old && in_new {
            let (before, after) = (
                (old.site(), &old_plan.routes[..]),
                (new.site(), &new_plan.routes[..]),
            );
            files.extend(ikm_site::render::plan::files_of_edit(before, after, path));
        } else {
            if in_old || (free_page && !in_new) {
                files.extend(old_plan.files_of_file(old.site(), path));
            }
            if in_new || free_page {
                files.extend(new_plan.files_of_file(new.site(), path));
            }
        }
        if !(in_old || in_new || free_page || is_leftover(path)) {
            return None;
        }
    }
    files.extend(
        new_plan
            .files_not_in(old_plan)
            .into_iter()
            .map(str::to_string),
    );
    Some(files)
}

fn is_region_file(version: &Version, path: &Path) -> bool {
    version.site().region_of_file(path).is_some()
}

/// An editor's temporary file, a backup, a folder (its files are reported
/// one by one), or a file that is gone and was never content.
fn is_leftover(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let content = path
        .extension()
        .is_some_and(|e| e == "yaml" || e == "yml" || e == "md");
    name.starts_with('.') || name.ends_with('~') || path.is_dir() || (!content && !path.exists())
}

impl Version {
    /// Whether `file` is rendered only when asked for, never ahead of a
    /// request ([`version::is_rendered_when_asked`]).
    pub fn is_rendered_when_asked(&self, file: &str) -> bool {
        self.route_of(file)
            .is_some_and(version::is_rendered_when_asked)
            || version::is_shard_file(file)
    }
}
