//! A region file against the official list of regions
//! ([`crate::registry`]): its `code` exists, its `name` and `level` are the
//! ones the list gives that code, and a file without a `code` gets the one
//! its name and parent match.
//!
//! These rules run after the shape rules of [`super::across::check_code`]
//! (a code of the wrong shape, rung or parent is reported there, once),
//! and only when `site.yaml` leaves `official_regions` on.

use super::FileCheck;
use crate::content::raw::RawRegion;
use crate::content::spans::YamlPath;
use crate::model::Level;
use crate::msg;
use crate::registry::{
    listed, parent_code, same_name, written_like, NameMatch, Official, Registry,
};

/// How many official entries an error offers.
const OFFERED: usize = 3;

/// What is known of the region above a file, for finding its code.
pub(super) struct Above<'a> {
    /// The parent's code, written or filled in; `None` for a province, or
    /// when the parent has none or is not found (reported elsewhere).
    pub code: Option<&'a str>,
    /// The parent's name, for messages.
    pub name: &'a str,
}

/// Checks `raw` against `list` and returns the region's code: the one
/// written, or the official one its name and parent match.
///
/// `code_fits` says the written code passed the shape rules; a code that
/// did not is left alone here.
pub(super) fn official_code(
    check: &mut FileCheck,
    raw: &RawRegion,
    level: Option<Level>,
    above: &Above,
    code_fits: bool,
    list: &Registry,
) -> Option<String> {
    let Some(level) = level else {
        // An unknown level is already an error; nothing to look up by.
        return raw.code.clone();
    };
    match raw.code.as_deref() {
        Some(code) if code_fits => {
            check_written(check, raw, level, code, list);
            Some(code.to_string())
        }
        Some(code) => Some(code.to_string()),
        None => fill_in(check, raw, level, above, list),
    }
}

/// A written code: it exists, and the file's name and level are the ones
/// the list gives it.
fn check_written(
    check: &mut FileCheck,
    raw: &RawRegion,
    level: Level,
    code: &str,
    list: &Registry,
) {
    let root = YamlPath::root();
    let Some(entry) = list.get(code) else {
        let nearest = listed(&list.nearest(code, OFFERED));
        check.push(
            check
                .error_at(
                    &root.key("code"),
                    msg!("official-code-unknown", code = code),
                )
                .with_help(msg!("official-code-unknown-help", nearest = nearest)),
        );
        return;
    };
    if !same_name(&raw.name, entry.name) {
        let suggested = written_like(&raw.name, &entry);
        // The name may be the right one and the code a sibling's (Cakung
        // written with Kelapa Gading's code): then either field can be the
        // mistake, and the help offers both fixes.
        let help = match namesake(list, code, &raw.name, entry.level()).as_slice() {
            [other] => msg!(
                "official-name-or-code-help",
                suggested = suggested,
                name = other.name,
                code = other.code
            ),
            _ => msg!("official-name-help", suggested = suggested),
        };
        check.push(
            check
                .error_at(
                    &root.key("name"),
                    msg!(
                        "official-name",
                        name = raw.name.trim(),
                        code = code,
                        official = entry.name
                    ),
                )
                .with_help(help),
        );
    }
    if entry.level() != level {
        check.push(
            check
                .error_at(
                    &root.key("level"),
                    msg!(
                        "official-level",
                        level = level.to_string(),
                        code = code,
                        official = entry.level().to_string()
                    ),
                )
                .with_help(msg!(
                    "official-level-help",
                    official = entry.level().to_string()
                )),
        );
    }
}

/// The official entries named `name` on `level` beside `code`, under the
/// same parent: the region a file may be about when its `code` is another
/// one's.
fn namesake<'a>(list: &'a Registry, code: &str, name: &str, level: Level) -> Vec<Official<'a>> {
    let mut found = list.named(parent_code(code), name);
    found.retain(|entry| entry.level() == level && entry.code != code);
    found
}

/// A file without a code: the one official entry under its parent, on its
/// level, with its name; an error when there are several or none.
fn fill_in(
    check: &mut FileCheck,
    raw: &RawRegion,
    level: Level,
    above: &Above,
    list: &Registry,
) -> Option<String> {
    if level != Level::Provinsi && above.code.is_none() {
        // No parent, or one without a code: nothing to look under.
        return None;
    }
    let at = YamlPath::root().key("name");
    let close = match list.find(above.code, level, &raw.name) {
        NameMatch::One(one) => return Some(one.code.to_string()),
        NameMatch::Several(several) => {
            check.push(
                check
                    .error_at(
                        &at,
                        msg!(
                            "official-name-several",
                            name = raw.name.trim(),
                            found = listed(&several)
                        ),
                    )
                    .with_help(msg!("official-name-several-help")),
            );
            return None;
        }
        NameMatch::Close(entry) => Some(entry),
        NameMatch::Unknown(_) => None,
    };
    let error = check.error_at(
        &at,
        msg!(
            "official-name-unknown",
            name = raw.name.trim(),
            level = level.to_string(),
            parent = if above.name.is_empty() {
                "none"
            } else {
                above.name
            }
        ),
    );
    check.push(error.with_help(match close {
        Some(entry) => msg!(
            "official-name-unknown-close",
            suggested = written_like(&raw.name, &entry),
            code = entry.code
        ),
        None => msg!("official-name-unknown-help"),
    }));
    None
}
