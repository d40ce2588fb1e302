//! `ikm-site new region` and `ikm-site new news`: starter text an author
//! fills in, commented in Indonesian.
//!
//! A region file goes where its neighbours are (a province in its own
//! folder, a regency beside its province's file), is created only if no
//! region has that slug yet, and names its schema so the editor helps from
//! the first keystroke. A news item is added to its region's file with an
//! id no other item uses ([`super::news_list`] finds where). Both commands
//! apply `check`'s rules before writing: the slug and id limits, every
//! scalar quoted by [`super::yaml_text`], and no path through a symbolic
//! link, since `check` would refuse to read what was written there. A file
//! is never left broken or half-written: the new text is checked before it
//! replaces the old one, and read back after.

//!
//! `region` and `news` are the two commands; this module holds what both
//! need: the problems they report, the region files that exist and the
//! news ids they use, and the checks on the content folder.

use std::path::{Path, PathBuf};

use crate::content::discover::{discover, not_a_content_folder};
use crate::content::raw::RawRegion;
use crate::content::source;
use crate::content::spans::{SpanTree, YamlPath};
use crate::content::yaml::{self, FileKind};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::Level;
use crate::msg;

mod news;
mod official;
mod region;
pub use news::new_news;
pub use region::{new_region, NewRegion, Written};

/// Why `new` wrote nothing.
#[derive(Debug)]
pub enum Problem {
    /// A mistake in the command's arguments, or a folder or file that
    /// could not be written: nothing in a file to point at.
    Plain(Message),
    /// A problem with one file or folder, at its line and column.
    At(Diagnostic),
}

impl From<Message> for Problem {
    fn from(message: Message) -> Self {
        Problem::Plain(message)
    }
}

impl From<Diagnostic> for Problem {
    fn from(diagnostic: Diagnostic) -> Self {
        Problem::At(diagnostic)
    }
}

/// How a region file is parsed here: only whether it reads matters, so
/// no starter text is needed.
const REGION: FileKind = FileKind {
    what: || msg!("kind-region"),
    starter: "",
};

/// A region file that exists, as far as `new` needs to know it.
struct Existing {
    slug: String,
    level: Option<Level>,
    /// Its name, parent and code as written, if it parses: what finds
    /// the official code of a region below it.
    name: Option<String>,
    parent: Option<String>,
    code: Option<String>,
    path: PathBuf,
    /// The news ids of the file: from its parse, or, for a file whose YAML
    /// does not read, every `id:` in its text, so that fixing it later
    /// cannot bring back an id given out meanwhile.
    ids: Vec<String>,
}

/// Every region file under `content/regions/`, each read once: its level
/// if it parses, and its news ids.
fn existing_regions(content: &Path) -> Vec<Existing> {
    let mut ignored = Diagnostics::new();
    let files = discover(content, &mut ignored);
    files
        .regions
        .iter()
        .cloned()
        .map(|path| {
            let source = source::read(&path).ok();
            let raw = source
                .as_ref()
                .and_then(|text| yaml::load::<RawRegion>(text, &REGION, |_, _| {}).ok())
                .map(|(raw, _)| raw);
            let level = raw.as_ref().and_then(|raw| Level::from_name(&raw.level));
            let (name, parent, code) = match raw {
                Some(raw) => (Some(raw.name), raw.parent, raw.code),
                None => (None, None, None),
            };
            let ids = source.map_or_else(Vec::new, |source| news_ids(&source.text));
            let slug = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Existing {
                slug,
                level,
                name,
                parent,
                code,
                path,
                ids,
            }
        })
        .collect()
}

/// The news ids of a region file's text: `news[*].id` of its parse, which
/// sees `- id: x # note` and `- {id: x}` as `check` does.
fn news_ids(text: &str) -> Vec<String> {
    let Ok(tree) = SpanTree::parse(text) else {
        return ids_written(text);
    };
    let news = YamlPath::root().key("news");
    let count = tree
        .node(&news)
        .and_then(|n| n.as_sequence())
        .map_or(0, |list| list.len());
    (0..count)
        .filter_map(|i| tree.scalar_text(&news.index(i).key("id")))
        .map(str::to_string)
        .collect()
}

/// Everything written as an `id:` value in `text`, however it is laid
/// out: more than the ids, which only ever skips a number. The pattern is
/// a constant, exercised by the tests below, so compiling it cannot fail.
#[allow(clippy::expect_used)]
fn ids_written(text: &str) -> Vec<String> {
    static ID: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let id = ID.get_or_init(|| {
        regex::Regex::new(r#"\bid\s*:\s*["']?([A-Za-z0-9-]+)"#).expect("a constant pattern")
    });
    id.captures_iter(text).map(|c| c[1].to_string()).collect()
}

/// Refuses `path` if it, or any folder between `content` and it, is a
/// symbolic link: `check` reads nothing through one, and writing through
/// one would put the file outside the content folder. Parts that do not
/// exist yet are fine; they are created as real folders.
fn refuse_links(content: &Path, path: &Path) -> Result<(), Diagnostic> {
    let Ok(relative) = path.strip_prefix(content) else {
        return Ok(());
    };
    let mut at = content.to_path_buf();
    for part in relative.components() {
        at.push(part);
        let is_link = std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink());
        if is_link {
            return Err(Diagnostic::error_in_file(&at, msg!("entry-is-symlink"))
                .with_help(msg!("entry-is-symlink-help")));
        }
    }
    Ok(())
}

/// Why `content` cannot take a new file: it is part of a content folder
/// (say which folder to give, as `build` does), or it has no `regions/`.
fn no_regions_folder(content: &Path) -> Message {
    let path = content.display().to_string();
    match not_a_content_folder(content).and_then(|wrong| Some((wrong.message, wrong.help?))) {
        Some((problem, help)) => msg!(
            "new-wrong-folder",
            path = path,
            problem = problem,
            help = help
        ),
        None => msg!("new-no-regions-folder", path = path),
    }
}

/// That `content` is a project: it has a real `regions/` folder.
fn regions_folder(content: &Path) -> Result<(), Problem> {
    let regions = content.join("regions");
    refuse_links(content, &regions)?;
    if !regions.is_dir() {
        return Err(no_regions_folder(content).into());
    }
    Ok(())
}

/// That no region among `known` has the slug `slug`, with the closest
/// one when there is one: for the commands that take `--region`.
pub fn unknown_region<'a>(slug: &str, known: impl IntoIterator<Item = &'a str>) -> Message {
    match suggest(slug, known) {
        Some(best) => msg!("new-region-unknown-near", slug = slug, name = best),
        None => msg!("new-region-unknown", slug = slug),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 16, item 5: ids were scraped from lines and missed these two.
    #[test]
    fn ids_come_from_the_parse_or_from_every_id_in_a_broken_file() {
        let text = "news:\n  - id: a # catatan\n    title: T\n  - {id: b, title: T}\n";
        assert_eq!(news_ids(text), ["a", "b"]);
        let broken = "news:\n  - id: a # catatan\n  - {id: 'b', title: [\n";
        assert_eq!(news_ids(broken), ["a", "b"]);
    }
}
