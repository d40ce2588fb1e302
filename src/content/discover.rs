//! Finding the content files, in an order that never changes.
//!
//! `walkdir` sorts each folder by file name, so two runs over the same tree
//! see the same files in the same order and produce the same site.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics};

/// Where each kind of content file is.
#[derive(Debug, Default)]
pub struct ContentFiles {
    pub site: PathBuf,
    pub metrics: PathBuf,
    /// `regions/**/*.yaml`, sorted by path.
    pub regions: Vec<PathBuf>,
    /// `pages/*.md`, sorted by name.
    pub pages: Vec<PathBuf>,
}

/// Lists the files under `root`; `.yml` files in `regions/` are reported,
/// since skipping them silently would drop a region without a word.
pub fn discover(root: &Path, diagnostics: &mut Diagnostics) -> ContentFiles {
    let mut files = ContentFiles {
        site: root.join("site.yaml"),
        metrics: root.join("metrics.yaml"),
        ..ContentFiles::default()
    };
    if !root.is_dir() {
        diagnostics.push(
            Diagnostic::error(
                root,
                1,
                1,
                "the content folder does not exist or is not a folder",
            )
            .with_help(
                "pass the folder that holds site.yaml, metrics.yaml and regions/ with --content",
            ),
        );
        return files;
    }
    files.regions = walk(
        &root.join("regions"),
        usize::MAX,
        diagnostics,
        |path| match extension(path) {
            Some("yaml") => Ok(true),
            Some("yml") => Err("region files end in `.yaml`; this one ends in `.yml`"),
            _ => Ok(false),
        },
    );
    files.pages = walk(&root.join("pages"), 1, diagnostics, |path| {
        Ok(extension(path) == Some("md"))
    });
    files
}

fn extension(path: &Path) -> Option<&str> {
    path.extension().and_then(|e| e.to_str())
}

/// Files under `dir` (if it exists) that `accept` takes; hidden files are skipped.
fn walk(
    dir: &Path,
    max_depth: usize,
    diagnostics: &mut Diagnostics,
    accept: impl Fn(&Path) -> Result<bool, &'static str>,
) -> Vec<PathBuf> {
    if !dir.exists() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let entries = WalkDir::new(dir)
        .max_depth(max_depth)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() => match accept(entry.path()) {
                Ok(true) => found.push(entry.into_path()),
                Ok(false) => {}
                Err(message) => diagnostics.push(
                    Diagnostic::error(entry.path(), 1, 1, message)
                        .with_help("rename the file so that it ends in `.yaml`"),
                ),
            },
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                diagnostics.push(Diagnostic::error(&path, 1, 1, format!("cannot read: {e}")));
            }
        }
    }
    found
}
