//! Region files checked by an earlier load of the same folder, kept so a
//! load after an edit parses and checks only the files that changed.
//!
//! A [`CheckedFile`] depends on its file's text and on the [`FileRules`]
//! (the metrics, the vocabularies and the day), nothing else. So a kept
//! check is good for as long as its file is not reported changed and the
//! rules compare equal to those it was made with; when they differ every
//! file is checked again. The rules across files (slugs, codes, parents,
//! ids used twice) run on every file, in [`super::regions::build_after`],
//! unless what they decided last time is kept as settled (see
//! [`super::regions::Settled`]).
//!
//! A kept check does not hold its own news items, figures and places:
//! once a load has built its lists it says where each file's are
//! ([`KeptChecks::record`]), and the next load copies an unchanged file's
//! out of them. Those lists are the served site's own, so between loads
//! they are held once, not twice.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::regions::{self, Built, BuiltAt, CheckedFile, FileRules};
use crate::diagnostics::Diagnostics;
use crate::model::{Metric, PartialDate, Vocabularies};

/// What a file's check came to: the checked file, or why it could not be
/// read.
pub type Checked = Result<CheckedFile, Diagnostics>;

/// The checks of the region files read so far: `checks[i]` is the check
/// of `paths[i]`, or `None` once forgotten. Kept in the order of the last
/// walk rather than in a map by path, since at desa scale hashing 83.000
/// paths on every load costs more than comparing the two lists.
#[derive(Default)]
pub struct KeptChecks {
    /// The rules the kept checks were made with.
    rules: Option<RulesSeen>,
    /// The walk's own list, shared.
    paths: Arc<[PathBuf]>,
    checks: Vec<Option<Checked>>,
    /// What the rules across files decided at the last load where they
    /// found nothing, kept so they need not run while nothing they read
    /// changes.
    pub(super) settled: Option<regions::Settled>,
}

/// The values a [`FileRules`] is made of, owned, to compare the next
/// load's against.
#[derive(PartialEq)]
struct RulesSeen {
    metrics: Option<Vec<Metric>>,
    vocabularies: Vocabularies,
    today: PartialDate,
}

impl KeptChecks {
    /// Forgets the checks of `paths` (files reported changed, added or
    /// removed) and of every file under any of them that is a folder (a
    /// folder renamed or removed is reported once, not file by file).
    pub fn forget(&mut self, paths: &[PathBuf]) {
        let folders: Vec<&PathBuf> = paths.iter().filter(|p| !p.is_file()).collect();
        for (path, check) in self.paths.iter().zip(&mut self.checks) {
            if paths.contains(path) || folders.iter().any(|f| path.starts_with(f)) {
                *check = None;
            }
        }
    }

    /// How many loads in a row took the decisions of the rules across
    /// files as settled rather than running them; `None` when none are
    /// kept (the last load had an error).
    pub fn settled_loads(&self) -> Option<usize> {
        self.settled.as_ref().map(|s| s.taken)
    }

    /// How many files' checks are kept.
    pub fn len(&self) -> usize {
        self.checks.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The check of every file of `paths`, in their order: a copy of the
    /// kept one where there is one (sharing its file, its parts in the
    /// last load's lists), else parsed and checked now (in parallel), a
    /// copy kept. Checks of files no longer in `paths` are dropped, and
    /// all of them when the rules changed. The load must then say where
    /// it put each file's parts ([`KeptChecks::record`]).
    pub(super) fn check_all(&mut self, paths: &Arc<[PathBuf]>, rules: &FileRules) -> Vec<Checked> {
        let (metrics, vocabularies, today) = rules.made_of();
        let now = RulesSeen {
            metrics: metrics.map(<[Metric]>::to_vec),
            vocabularies: vocabularies.clone(),
            today,
        };
        if self.rules.as_ref() != Some(&now) {
            self.checks.iter_mut().for_each(|check| *check = None);
            self.rules = Some(now);
        }
        if !same_paths(&self.paths, paths) {
            self.follow(paths);
        }
        // The walk's list is kept (when a new walk found the same files,
        // the old list is freed with it).
        self.paths = paths.clone();
        // A check whose load never said where its parts went is made
        // again.
        for check in &mut self.checks {
            if matches!(check, Some(Ok(c)) if c.is_pending()) {
                *check = None;
            }
        }
        let missing: Vec<usize> = (0..paths.len())
            .filter(|&i| self.checks[i].is_none())
            .collect();
        let fresh: Vec<Checked> = missing
            .par_iter()
            .map(|&i| check_one(&paths[i], rules))
            .collect();
        let mut fresh_at = missing.into_iter().zip(fresh).peekable();
        let mut all = Vec::with_capacity(paths.len());
        for (i, kept) in self.checks.iter_mut().enumerate() {
            match fresh_at.next_if(|(at, _)| *at == i) {
                Some((_, checked)) => {
                    *kept = Some(match &checked {
                        Ok(file) => Ok(file.kept_copy()),
                        Err(problems) => Err(problems.clone()),
                    });
                    all.push(checked);
                }
                None => all.extend(kept.clone()),
            }
        }
        all
    }

    /// Keeps where the load that the last [`KeptChecks::check_all`] was
    /// for put each file's news items, figures and places: `at` holds,
    /// for each file that parsed, in the order of its paths, its place in
    /// `built`. Should the two not match, every check is forgotten, so
    /// the next load reads every file again rather than mix files up.
    pub(super) fn record(&mut self, built: Built, at: &[BuiltAt]) {
        let built = Arc::new(built);
        let parsed = self.checks.iter().flatten().filter(|c| c.is_ok()).count();
        if parsed != at.len() {
            self.checks.iter_mut().for_each(|check| *check = None);
            return;
        }
        let parsed = self
            .checks
            .iter_mut()
            .flatten()
            .filter_map(|c| c.as_mut().ok());
        for (check, at) in parsed.zip(at) {
            check.found_in(&built, at);
        }
    }

    /// Puts the kept checks in the order of `paths`, the files of a new
    /// walk, dropping those of files it no longer found. The caller then
    /// keeps `paths` as the kept checks' list.
    fn follow(&mut self, paths: &[PathBuf]) {
        let mut old: HashMap<&Path, Checked> = self
            .paths
            .iter()
            .map(PathBuf::as_path)
            .zip(std::mem::take(&mut self.checks))
            .filter_map(|(path, check)| Some((path, check?)))
            .collect();
        self.checks = paths
            .iter()
            .map(|path| old.remove(path.as_path()))
            .collect();
    }
}

/// Whether two walks found the same files in the same order, compared as
/// bytes: a walk names a file the same way each time, and comparing
/// 83.000 paths part by part (as `Path`'s `==` does) took tens of
/// milliseconds of every load at desa scale.
fn same_paths(a: &[PathBuf], b: &[PathBuf]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.as_os_str() == b.as_os_str())
}

/// Parses and checks one region file.
pub(super) fn check_one(path: &Path, rules: &FileRules) -> Checked {
    regions::parse(path).map(|file| regions::check_file(file, rules))
}
