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
pub mod reload;
pub mod source;
pub mod spans;
pub mod theme;
pub mod validate;
pub mod yaml;

use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Lang;
use crate::model::{PartialDate, Site};
use crate::msg;

/// A site that passed every rule, with what `check` reports as warnings.
#[derive(Debug)]
pub struct Loaded {
    pub site: Site,
    pub warnings: Diagnostics,
}

/// Loads and validates the content folder. `base_url` overrides `site.yaml`.
/// On failure, every problem found in every file is returned together.
/// The content is checked and cited as of [`build_day`]; a malformed
/// `SOURCE_DATE_EPOCH` is an error reported with the content's own.
pub fn load(content_dir: &Path, base_url: Option<&str>) -> Result<Loaded, Diagnostics> {
    on_build_day(|day| load_on(content_dir, base_url, day))
}

/// `load` as of [`build_day`]; when `SOURCE_DATE_EPOCH` is malformed, its
/// error joins what `load` finds as of [`today`].
fn on_build_day(
    mut load: impl FnMut(PartialDate) -> Result<Loaded, Diagnostics>,
) -> Result<Loaded, Diagnostics> {
    match build_day() {
        Ok(day) => load(day),
        Err(problem) => {
            let mut problems = match load(today()) {
                Ok(loaded) => loaded.warnings,
                Err(problems) => problems,
            };
            problems.push(problem);
            Err(problems)
        }
    }
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

/// The environment variable that fixes the day of a build, as the
/// reproducible-builds convention has it: seconds since 1970-01-01 UTC.
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// The day of the build: the UTC day of `SOURCE_DATE_EPOCH` when it is set
/// (CI sets it to the commit's time, so one commit builds to the same bytes
/// on any day), else [`today`]. Dates after it are warned about, and pages
/// cite it as the day they were read ("diakses"). An empty value counts as
/// unset; any other value that is not a whole number of seconds is an error,
/// as the convention asks, rather than a silent fall back to the clock.
pub fn build_day() -> Result<PartialDate, Diagnostic> {
    let Some(value) = std::env::var_os(SOURCE_DATE_EPOCH).filter(|v| !v.is_empty()) else {
        return Ok(today());
    };
    let value = value.to_string_lossy();
    day_of_epoch(&value).ok_or_else(|| {
        Diagnostic::error_in_file(
            Path::new(SOURCE_DATE_EPOCH),
            msg!("source-date-epoch-invalid", value = value.as_ref()),
        )
        .with_help(msg!("source-date-epoch-help"))
    })
}

/// The UTC day of `seconds` since 1970-01-01, written as a decimal integer
/// with no sign but `-` and nothing around it; `None` for anything else, or a
/// day outside what a date can hold.
pub fn day_of_epoch(seconds: &str) -> Option<PartialDate> {
    use chrono::Datelike;
    let digits = seconds.strip_prefix('-').unwrap_or(seconds);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = chrono::DateTime::from_timestamp(seconds.parse().ok()?, 0)?.date_naive();
    PartialDate::day(day.year(), day.month() as u8, day.day() as u8)
}

/// Today on this machine's clock, in its time zone: the day `draft` guesses
/// years against, and the day of a build without `SOURCE_DATE_EPOCH`.
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
    load_discovered(&files, diagnostics, base_url, today, None)
}

/// Validates the `files` discovery found (with its `diagnostics`) into the
/// site; with `kept`, reusing the checks of region files it keeps.
fn load_discovered(
    files: &discover::ContentFiles,
    mut diagnostics: Diagnostics,
    base_url: Option<&str>,
    today: PartialDate,
    kept: Option<&mut validate::KeptChecks>,
) -> Result<Loaded, Diagnostics> {
    let site = validate::validate(files, base_url, today, kept, &mut diagnostics);
    match site {
        Some(site) if !diagnostics.has_errors() => Ok(Loaded {
            site,
            warnings: diagnostics,
        }),
        _ => Err(diagnostics),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_gives_its_utc_day_and_refuses_anything_but_whole_seconds() {
        let day = |s| day_of_epoch(s).map(|d| d.to_string());
        assert_eq!(day("0").as_deref(), Some("1970-01-01"));
        // 2026-12-04T23:59:59Z is still the 4th in UTC, whatever the zone.
        assert_eq!(day("1796428799").as_deref(), Some("2026-12-04"));
        assert_eq!(day("1796428800").as_deref(), Some("2026-12-05"));
        assert_eq!(day("-86400").as_deref(), Some("1969-12-31"));
        for bad in [
            "",
            "-",
            "+1",
            " 1",
            "1 ",
            "1.5",
            "abc",
            "1e9",
            "99999999999999999999",
        ] {
            assert_eq!(day(bad), None, "{bad:?}");
        }
    }
}
