//! `new region` against the official list of regions: the code and name
//! the starter writes.
//!
//! The starter used to show one example code (`# code: "36.02"`, Lebak's)
//! for every regency, and took any name (issue 21, item 10). Now the name
//! and parent are looked up in the list `check` would use (the built-in
//! one, the folder's own `official-regions.tsv`, or none with
//! `official_regions: false`), through the same [`Registry::find`] as
//! `check`'s filling in of a missing code: one match gives its code; a
//! name one letter off gives the official one, said aloud; several, or
//! none near, is an error that lists them, so nothing is written that
//! `check` would refuse.

use std::path::Path;

use super::{Existing, Problem};
use crate::content::discover::discover;
use crate::content::validate::{read_own_official_list, read_site_config};
use crate::diagnostics::Diagnostics;
use crate::messages::Message;
use crate::model::{Level, OfficialList};
use crate::msg;
use crate::registry::{listed, same_name, written_like, NameMatch, Registry};

/// What the list gives a new region: its code, the name to write, and
/// what was changed of the name given, to tell the author.
#[derive(Debug)]
pub(super) struct Listed {
    pub code: String,
    pub name: String,
    pub changed: Option<Message>,
}

/// How many ancestors are followed to find a parent's code: a desa's are
/// three; more means the files' parents go round in a circle.
const MAX_DEPTH: usize = 4;

/// The list a folder is checked against.
enum List {
    Builtin,
    Own(Box<Registry>),
}

impl List {
    fn registry(&self) -> &Registry {
        match self {
            List::Builtin => Registry::builtin(),
            List::Own(own) => own,
        }
    }
}

/// The list `check` uses for `content`: none when `site.yaml` says
/// `official_regions: false` (or cannot be read, as `check` then skips the
/// rule too), the folder's own list, or the built-in one. A broken own
/// list is the author's to fix first, and its problems are returned.
fn list_of(content: &Path) -> Result<Option<List>, Vec<Problem>> {
    let mut problems = Diagnostics::new();
    let files = discover(content, &mut problems);
    let mut ignored = Diagnostics::new();
    // Only `official_regions` is read here, which does not depend on the
    // day, so a malformed SOURCE_DATE_EPOCH (reported by `check`) is no
    // reason to refuse.
    let day = crate::content::build_day().unwrap_or_else(|_| crate::content::today());
    let on = read_site_config(&files.site, None, day, &mut ignored)
        .is_some_and(|config| config.official_list != OfficialList::Off);
    if !on {
        return Ok(None);
    }
    let mut broken = Diagnostics::new();
    match read_own_official_list(&files.official_regions, &mut broken) {
        Ok(Some(own)) => Ok(Some(List::Own(Box::new(own)))),
        Ok(None) => Ok(Some(List::Builtin)),
        Err(()) => Err(broken.iter().cloned().map(Problem::At).collect()),
    }
}

/// The code of the existing region `slug`: written in its file, or the
/// one its name and its own parent's code find in `list`, as `check`
/// fills it in.
fn code_of(regions: &[Existing], slug: &str, list: &Registry, depth: usize) -> Option<String> {
    let region = regions.iter().find(|r| r.slug == slug)?;
    if let Some(code) = &region.code {
        return Some(code.clone());
    }
    let (level, name) = (region.level?, region.name.as_deref()?);
    let above = match (&region.parent, depth) {
        (None, _) => None,
        (Some(_), 0) => return None,
        (Some(parent), _) => Some(code_of(regions, parent, list, depth - 1)?),
    };
    match list.find(above.as_deref(), level, name) {
        NameMatch::One(entry) => Some(entry.code.to_string()),
        _ => None,
    }
}

/// The official code and name of a new region of `level` named `name`
/// under `parent`; `None` when the folder is not checked against a list,
/// or the parent's code cannot be found (`check` then has nothing to look
/// under either).
pub(super) fn official(
    content: &Path,
    regions: &[Existing],
    level: Level,
    parent: Option<&str>,
    name: &str,
) -> Result<Option<Listed>, Vec<Problem>> {
    let Some(list) = list_of(content)? else {
        return Ok(None);
    };
    let list = list.registry();
    let above = match parent {
        None => None,
        Some(parent) => match code_of(regions, parent, list, MAX_DEPTH) {
            Some(code) => Some(code),
            None => return Ok(None),
        },
    };
    let under = above
        .as_deref()
        .and_then(|code| list.get(code))
        .map_or_else(|| "Indonesia".to_string(), |entry| entry.name.to_string());
    match list.find(above.as_deref(), level, name) {
        NameMatch::One(entry) => {
            // A name that is the official one but for case, spacing or the
            // level word is kept as written: `check` accepts it.
            debug_assert!(same_name(name, entry.name));
            Ok(Some(Listed {
                code: entry.code.to_string(),
                name: name.trim().to_string(),
                changed: None,
            }))
        }
        NameMatch::Close(entry) => {
            let official = written_like(name, &entry);
            Ok(Some(Listed {
                code: entry.code.to_string(),
                changed: Some(msg!(
                    "new-official-name-changed",
                    name = name.trim(),
                    official = official.as_str(),
                    code = entry.code
                )),
                name: official,
            }))
        }
        NameMatch::Several(several) => Err(vec![msg!(
            "new-official-several",
            name = name.trim(),
            regions = listed(&several)
        )
        .into()]),
        NameMatch::Unknown(nearest) => Err(vec![msg!(
            "new-official-unknown",
            name = name.trim(),
            level = level.to_string(),
            under = under,
            regions = if nearest.is_empty() {
                "-".to_string()
            } else {
                listed(&nearest)
            }
        )
        .into()]),
    }
}
