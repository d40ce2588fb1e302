//! Helpers for the unit tests only.

use std::path::{Path, PathBuf};

/// The frozen copy of the shipped content (`tests/fixtures/site/`): unit
/// tests that need a real-looking site read it, so editing `content/`
/// never breaks them.
pub fn site_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site/content")
}

/// Copies the folder `from` into `to`, so a test can edit a copy of a
/// content folder.
pub fn copy_folder(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
