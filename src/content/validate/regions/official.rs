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
use crate::diagnostics::suggest;
use crate::model::Level;
use crate::msg;
use crate::registry::{
    comparable_name, parent_code, same_name, without_level_word, Official, Registry,
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
        let nearest = shown_entries(&list.nearest(code, OFFERED));
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
        let suggested = suggested_name(&raw.name, &entry);
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
    let parent = above.code;
    let mut found = list.named(parent, &raw.name);
    found.retain(|entry| entry.level() == level);
    let at = YamlPath::root().key("name");
    match found.as_slice() {
        [one] => Some(one.code.to_string()),
        [] => {
            let wanted = comparable_name(&raw.name);
            let on_level: Vec<Official> = list
                .children(parent)
                .into_iter()
                .filter(|entry| entry.level() == level)
                .collect();
            let names: Vec<String> = on_level.iter().map(|e| comparable_name(e.name)).collect();
            let close = suggest(&wanted, names.iter().map(String::as_str))
                .and_then(|close| names.iter().position(|n| n == close))
                .map(|i| on_level[i]);
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
                    suggested = suggested_name(&raw.name, &entry),
                    code = entry.code
                ),
                None => msg!("official-name-unknown-help"),
            }));
            None
        }
        several => {
            check.push(
                check
                    .error_at(
                        &at,
                        msg!(
                            "official-name-several",
                            name = raw.name.trim(),
                            found = shown_entries(several)
                        ),
                    )
                    .with_help(msg!("official-name-several-help")),
            );
            None
        }
    }
}

/// "`36.04` Kabupaten Serang, `36.73` Kota Serang".
fn shown_entries(entries: &[Official]) -> String {
    entries
        .iter()
        .map(|e| format!("`{}` {}", e.code, e.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The official name written the way the file writes names: with the level
/// word in front when the file's name has one ("Provinsi Banten"), as the
/// list gives it otherwise.
fn suggested_name(written: &str, entry: &Official) -> String {
    let bare = without_level_word(entry.name);
    let has_word = without_level_word(written.trim()).len() != written.trim().len();
    if has_word {
        format!("{} {bare}", entry.level().label())
    } else {
        bare.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_name_follows_the_files_way_of_writing_names() {
        let list = Registry::builtin();
        let banten = list.get("36").unwrap();
        assert_eq!(
            suggested_name("Provinsi Bantenn", &banten),
            "Provinsi Banten"
        );
        assert_eq!(suggested_name("Bantenn", &banten), "Banten");
        let lebak = list.get("36.02").unwrap();
        assert_eq!(
            suggested_name("Kabupaten Lebakk", &lebak),
            "Kabupaten Lebak"
        );
        assert_eq!(suggested_name("Lebakk", &lebak), "Lebak");
        let yoboi = list.get("91.03.01.3007").unwrap();
        assert_eq!(suggested_name("Desa Yoboi", &yoboi), "Desa Adat Yoboi");
    }
}
