//! Disk → checked model: every rule of the content format, with positions.
//!
//! `discover` finds the files, `source` reads them, `yaml` parses each into
//! its `raw` shape (with a `spans` tree for positions), and `validate` applies
//! the cross-file rules and builds the [`Site`]. Files are parsed in parallel
//! and gathered in path order, so the result never depends on timing.

pub mod discover;
pub mod raw;
pub mod source;
pub mod spans;
pub mod validate;
pub mod yaml;

use std::path::Path;

use crate::diagnostics::Diagnostics;
use crate::model::Site;

/// A site that passed every rule, with what `check` reports as warnings.
#[derive(Debug)]
pub struct Loaded {
    pub site: Site,
    pub warnings: Diagnostics,
}

/// Loads and validates the content folder. `base_url` overrides `site.yaml`.
/// On failure, every problem found in every file is returned together.
pub fn load(content_dir: &Path, base_url: Option<&str>) -> Result<Loaded, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let files = discover::discover(content_dir, &mut diagnostics);
    if diagnostics.has_errors() && !content_dir.is_dir() {
        return Err(diagnostics);
    }
    let site = validate::validate(&files, base_url, &mut diagnostics);
    match site {
        Some(site) if !diagnostics.has_errors() => Ok(Loaded {
            site,
            warnings: diagnostics,
        }),
        _ => Err(diagnostics),
    }
}
