//! Region files checked by an earlier load of the same folder, kept so a
//! load after an edit parses and checks only the files that changed.
//!
//! A [`CheckedFile`] depends on its file's text and on the [`FileRules`]
//! (the metrics, the vocabularies and the day), nothing else. So a kept
//! check is good for as long as its file is not reported changed and the
//! rules compare equal to those it was made with; when they differ every
//! file is checked again. The rules across files (slugs, codes, parents,
//! ids used twice) always run on every file, in [`super::regions::build`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::regions::{self, CheckedFile, FileRules};
use crate::diagnostics::Diagnostics;
use crate::model::{Metric, PartialDate, Vocabularies};

/// What a file's check came to: the checked file, or why it could not be
/// read.
pub type Checked = Result<CheckedFile, Diagnostics>;

/// The checks of the region files read so far, by path.
#[derive(Default)]
pub struct KeptChecks {
    /// The rules the kept checks were made with.
    rules: Option<RulesSeen>,
    files: HashMap<PathBuf, Checked>,
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
        for path in paths {
            self.files.remove(path);
        }
        if paths.iter().any(|p| !p.is_file()) {
            self.files
                .retain(|kept, _| !paths.iter().any(|p| kept.starts_with(p)));
        }
    }

    /// How many files' checks are kept.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The check of every file of `paths`, in their order: a copy of the
    /// kept one where there is one, else parsed and checked now (in
    /// parallel) and kept. Checks of files no longer in `paths` are
    /// dropped, and all of them when the rules changed.
    pub(super) fn check_all(
        &mut self,
        paths: &[PathBuf],
        rules: &FileRules,
        seen: (Option<&[Metric]>, &Vocabularies, PartialDate),
    ) -> Vec<Checked> {
        let (metrics, vocabularies, today) = seen;
        let now = RulesSeen {
            metrics: metrics.map(<[Metric]>::to_vec),
            vocabularies: vocabularies.clone(),
            today,
        };
        if self.rules.as_ref() != Some(&now) {
            self.files.clear();
            self.rules = Some(now);
        }
        let wanted: std::collections::HashSet<&Path> = paths.iter().map(PathBuf::as_path).collect();
        self.files.retain(|path, _| wanted.contains(path.as_path()));
        let missing: Vec<&PathBuf> = paths
            .iter()
            .filter(|p| !self.files.contains_key(*p))
            .collect();
        let fresh: Vec<Checked> = missing
            .par_iter()
            .map(|path| check_one(path, rules))
            .collect();
        for (path, checked) in missing.into_iter().zip(fresh) {
            self.files.insert(path.clone(), checked);
        }
        paths.iter().map(|path| self.files[path].clone()).collect()
    }
}

/// Parses and checks one region file.
pub(super) fn check_one(path: &Path, rules: &FileRules) -> Checked {
    regions::parse(path).map(|file| regions::check_file(file, rules))
}
