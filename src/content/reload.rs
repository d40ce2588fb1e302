//! The content folder loaded again after each edit, as `serve` does:
//! only the files reported changed are read and checked again.
//!
//! A one-off [`super::load`] reads, parses and checks every region file,
//! most of its time at national scale (about 130 of 180 ms for 552 files)
//! and nearly all of it at desa scale. After an edit to one file the other
//! files' own checks cannot have changed, so a [`Reloader`] keeps them
//! ([`KeptChecks`]) and parses only the files the watcher names. What
//! needs every file runs on all of them each time (the model's
//! numbering, conflicts and advice), or, for the rules across files
//! (slugs and codes used twice, parents, news ids, the official list),
//! whenever what they read may have changed: while every file keeps its
//! name, level, parent, code and news ids, and none has an error, they
//! decide what they decided at the last load where they found nothing,
//! which [`KeptChecks`] keeps. So a load gives the same
//! site and the same problems as a one-off load of the same folder;
//! `tests/reload.rs` compares the two after every kind of edit.
//!
//! The folder is walked again unless every changed path is a region file,
//! free page or settings file it already had, still a regular file: an
//! edit that adds, removes or renames anything is found by a new walk.

use std::path::{Path, PathBuf};

use super::discover::{self, ContentFiles};
use super::validate::KeptChecks;
use super::{load_discovered, on_build_day, Loaded};
use crate::diagnostics::Diagnostics;
use crate::model::PartialDate;

/// One content folder, loaded again and again.
pub struct Reloader {
    content_dir: PathBuf,
    /// The last walk of the folder and what it reported.
    discovered: Option<(ContentFiles, Diagnostics)>,
    kept: KeptChecks,
}

impl Reloader {
    /// Nothing read yet: the first [`Reloader::load`] reads everything.
    pub fn new(content_dir: &Path) -> Reloader {
        Reloader {
            content_dir: content_dir.to_path_buf(),
            discovered: None,
            kept: KeptChecks::default(),
        }
    }

    /// The site after `changed` (paths the watcher reported; empty for
    /// the first load), as of the day of the build.
    pub fn load(&mut self, changed: &[PathBuf]) -> Result<Loaded, Diagnostics> {
        on_build_day(|day| self.load_on(changed, day))
    }

    /// [`Reloader::load`] as of `today`.
    pub fn load_on(
        &mut self,
        changed: &[PathBuf],
        today: PartialDate,
    ) -> Result<Loaded, Diagnostics> {
        self.kept.forget(changed);
        if let Some(wrong) = discover::not_a_content_folder(&self.content_dir) {
            self.discovered = None;
            return Err(wrong.into());
        }
        let walked = self.discovered.take();
        let (files, diagnostics) = match walked.filter(|(files, _)| only_edited(files, changed)) {
            Some(walked) => walked,
            None => {
                let mut diagnostics = Diagnostics::new();
                let files = discover::discover(&self.content_dir, &mut diagnostics);
                if diagnostics.has_errors() && !self.content_dir.is_dir() {
                    return Err(diagnostics);
                }
                (files, diagnostics)
            }
        };
        let loaded = load_discovered(
            &files,
            diagnostics.clone(),
            None,
            today,
            Some(&mut self.kept),
        );
        self.discovered = Some((files, diagnostics));
        loaded
    }

    /// How many region files' checks are kept for the next load.
    pub fn kept_files(&self) -> usize {
        self.kept.len()
    }

    /// How many loads in a row did not run the rules across files, since
    /// nothing they read had changed ([`KeptChecks::settled_loads`]).
    pub fn settled_loads(&self) -> Option<usize> {
        self.kept.settled_loads()
    }
}

/// Whether every path of `changed` is a file the walk found (a region
/// file, a free page, a settings file) and is still a regular file, so a
/// new walk would find the same files.
fn only_edited(files: &ContentFiles, changed: &[PathBuf]) -> bool {
    let settings = [
        &files.site,
        &files.metrics,
        &files.sectors,
        &files.topics,
        &files.official_regions,
    ];
    changed.iter().all(|path| {
        let known =
            files.regions.contains(path) || files.pages.contains(path) || settings.contains(&path);
        known && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
    })
}
