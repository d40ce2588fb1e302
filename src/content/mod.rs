//! Disk → checked model: every rule of the content format, with positions.
//!
//! `discover` finds the files, `source` reads them, `yaml` parses each into
//! its `raw` shape (with a `spans` tree for positions), and `validate` checks
//! each region file on the thread that parsed it, then applies the
//! cross-file rules and builds the [`Site`]. Files are gathered in path
//! order, so the result never depends on timing.

pub mod discover;
pub mod field_path;
pub mod layout;
pub mod links;
pub mod raw;
pub mod source;
pub mod spans;
pub mod theme;
pub mod validate;
pub mod yaml;

use std::path::Path;

use crate::diagnostics::Diagnostics;
use crate::messages::Lang;
use crate::model::{PartialDate, Site};

/// A site that passed every rule, with what `check` reports as warnings.
#[derive(Debug)]
pub struct Loaded {
    pub site: Site,
    pub warnings: Diagnostics,
}

/// Loads and validates the content folder. `base_url` overrides `site.yaml`.
/// On failure, every problem found in every file is returned together.
pub fn load(content_dir: &Path, base_url: Option<&str>) -> Result<Loaded, Diagnostics> {
    load_on(content_dir, base_url, today())
}

/// The language an author reads messages in: Indonesian when `site.yaml`
/// says `language: id` or says nothing (the contract's default), English
/// for any other language. Looked up on its own, before the load, so a
/// site whose files are broken is still told in its language; it reads
/// only the top-level `language:` line, through the same guards as the
/// loader, and an unreadable `site.yaml` gives the default.
pub fn message_language(content_dir: &Path) -> Lang {
    let Ok(site) = source::read(&content_dir.join("site.yaml")) else {
        return Lang::Id;
    };
    site.text
        .lines()
        .find_map(|line| line.strip_prefix("language:"))
        .map(|value| value.split(" #").next().unwrap_or(value))
        .map(|value| value.trim().trim_matches(['"', '\'']))
        .map_or(Lang::Id, Lang::for_site)
}

/// The day of the build, for warnings about dates after it.
pub fn today() -> PartialDate {
    use chrono::Datelike;
    let now = chrono::Local::now().date_naive();
    // chrono's months and days are always in range.
    PartialDate::day(now.year(), now.month() as u8, now.day() as u8)
        .unwrap_or_else(|| PartialDate::year(now.year()))
}

/// [`load`] as if run on `today`, so tests about dates are deterministic.
pub fn load_on(
    content_dir: &Path,
    base_url: Option<&str>,
    today: PartialDate,
) -> Result<Loaded, Diagnostics> {
    if let Some(wrong) = discover::not_a_content_folder(content_dir) {
        return Err(wrong.into());
    }
    let mut diagnostics = Diagnostics::new();
    let files = discover::discover(content_dir, &mut diagnostics);
    if diagnostics.has_errors() && !content_dir.is_dir() {
        return Err(diagnostics);
    }
    let site = validate::validate(&files, base_url, today, &mut diagnostics);
    match site {
        Some(site) if !diagnostics.has_errors() => Ok(Loaded {
            site,
            warnings: diagnostics,
        }),
        _ => Err(diagnostics),
    }
}
