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

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::content::discover::{discover, not_a_content_folder};
use crate::content::raw::RawRegion;
use crate::content::source;
use crate::content::spans::{SpanTree, YamlPath};
use crate::content::validate::{is_slug, read_metrics, read_vocabulary, too_long, MAX_NAME_CHARS};
use crate::content::yaml::{self, FileKind};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::messages::{os_error, Message};
use crate::model::{Level, Tier};
use crate::msg;

use super::news_list;

/// What `new region` is asked to create.
#[derive(Debug, Clone)]
pub struct NewRegion {
    pub slug: String,
    pub level: String,
    pub parent: Option<String>,
    pub name: String,
}

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
        .into_iter()
        .map(|path| {
            let source = source::read(&path).ok();
            let level = source
                .as_ref()
                .and_then(|text| yaml::load::<RawRegion>(text, &REGION, |_, _| {}).ok())
                .and_then(|(raw, _)| Level::from_name(&raw.level));
            let ids = source.map_or_else(Vec::new, |source| news_ids(&source.text));
            let slug = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Existing {
                slug,
                level,
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

/// The problems `check` would find with `spec`'s own values, all of them.
fn argument_problems(spec: &NewRegion) -> (Option<Level>, Vec<Problem>) {
    let mut problems = Vec::new();
    if !is_slug(&spec.slug) {
        problems.push(msg!("new-slug-shape", slug = &spec.slug).into());
    } else if let Some(problem) = too_long(&spec.slug) {
        problems.push(msg!("new-slug-problem", problem = problem).into());
    }
    let level = Level::from_name(&spec.level);
    if level.is_none() {
        problems.push(
            match suggest(&spec.level, Level::NAMES) {
                Some(best) => msg!("new-level-near", level = &spec.level, name = best),
                None => msg!("new-level", level = &spec.level),
            }
            .into(),
        );
    }
    if spec.name.trim().is_empty() {
        problems.push(msg!("new-name-empty").into());
    }
    match (level, &spec.parent) {
        (Some(Level::Provinsi), Some(_)) => problems.push(msg!("province-has-parent").into()),
        (Some(level), None) if level != Level::Provinsi => {
            problems.push(msg!("region-parent-missing", level = &spec.level).into())
        }
        _ => {}
    }
    (level, problems)
}

/// Writes a starter file for a new region and returns its path.
pub fn new_region(content: &Path, spec: &NewRegion) -> Result<PathBuf, Vec<Problem>> {
    let (level, problems) = argument_problems(spec);
    let Some(level) = level.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    regions_folder(content).map_err(|p| vec![p])?;
    let regions = existing_regions(content);
    if let Some(taken) = regions.iter().find(|r| r.slug == spec.slug) {
        return Err(vec![msg!(
            "new-region-exists",
            slug = &spec.slug,
            path = taken.path.display().to_string()
        )
        .into()]);
    }
    let folder = match spec.parent.as_deref() {
        None => content.join("regions").join(&spec.slug),
        Some(parent) => parent_folder(content, &regions, level, &spec.level, parent)
            .map_err(|m| vec![m.into()])?,
    };
    let path = folder.join(format!("{}.yaml", spec.slug));
    refuse_links(content, &path).map_err(|d| vec![d.into()])?;
    let depth = path
        .strip_prefix(content)
        .map_or(3, |relative| relative.components().count());
    let schema = format!("{}docs/schema/region.schema.json", "../".repeat(depth));
    let text = region_starter(spec, level, &schema);
    std::fs::create_dir_all(&folder).map_err(|e| {
        vec![msg!(
            "cannot-create-folder",
            path = folder.display().to_string(),
            error = os_error(&e)
        )
        .into()]
    })?;
    write_new(&path, &text).map_err(|m| vec![m.into()])?;
    Ok(path)
}

/// The folder of the region `parent`, where a region of `level` goes: a
/// kabupaten in its province's folder, a kecamatan beside its kabupaten.
fn parent_folder(
    content: &Path,
    regions: &[Existing],
    level: Level,
    level_name: &str,
    parent: &str,
) -> Result<PathBuf, Message> {
    let expected = level.tier().parent().unwrap_or(Tier::Province);
    let candidates: Vec<&Existing> = regions
        .iter()
        .filter(|r| r.level.map(|l| l.tier()) == Some(expected))
        .collect();
    if let Some(found) = candidates.iter().find(|p| p.slug == parent) {
        return Ok(found
            .path
            .parent()
            .map_or_else(|| content.join("regions"), Path::to_path_buf));
    }
    if let Some(elsewhere) = regions.iter().find(|r| r.slug == parent) {
        if let Some(its_level) = elsewhere.level {
            return Err(msg!(
                "parent-wrong-level",
                parent = parent,
                level = its_level.to_string(),
                child = level_name,
                expected = expected.names()
            ));
        }
    }
    let names = candidates.iter().map(|p| p.slug.as_str());
    let level_hint = expected.names().split('/').next().unwrap_or("provinsi");
    Err(match suggest(parent, names) {
        Some(best) => msg!(
            "new-parent-unknown-near",
            parent = parent,
            expected = expected.names(),
            name = best
        ),
        None => msg!(
            "new-parent-unknown",
            parent = parent,
            expected = expected.names(),
            level = level_hint,
            // Below a province the new parent needs its own.
            parent_flag = if expected == Tier::Province {
                ""
            } else {
                " --parent …"
            }
        ),
    })
}

fn region_starter(spec: &NewRegion, level: Level, schema: &str) -> String {
    let mut text = format!("# yaml-language-server: $schema={schema}\n");
    let quote = super::yaml_text;
    text.push_str(&format!("name: {}\n", quote(spec.name.trim())));
    text.push_str("# short_name: …       # nama pendek untuk grafik dan daftar\n");
    text.push_str(&format!("level: {}\n", quote(&spec.level)));
    if let Some(parent) = &spec.parent {
        text.push_str(&format!("parent: {}\n", quote(parent)));
    }
    let example = ["36", "36.02", "36.02.01", "36.02.01.2001"]
        .get(level.tier().code_parts() - 1)
        .copied()
        .unwrap_or("36");
    text.push_str(&format!(
        "# code: \"{example}\"       # kode wilayah Kemendagri, dalam tanda kutip\n"
    ));
    text.push_str("# summary: |\n#   Ringkasan wilayah, dengan kata-kata sendiri.\n");
    text.push_str("# Tambahkan berita dengan `ikm-site new news --region ");
    text.push_str(&spec.slug);
    text.push_str("`.\nnews: []\n");
    text
}

/// Creates `path` with `text`; an existing file is never replaced.
fn write_new(path: &Path, text: &str) -> Result<(), Message> {
    use std::io::Write;
    let failed = |e: std::io::Error| {
        msg!(
            "cannot-write",
            path = path.display().to_string(),
            error = os_error(&e)
        )
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(failed)?;
    file.write_all(text.as_bytes()).map_err(failed)
}

/// That no region among `known` has the slug `slug`, with the closest
/// one when there is one: for the commands that take `--region`.
pub fn unknown_region<'a>(slug: &str, known: impl IntoIterator<Item = &'a str>) -> Message {
    match suggest(slug, known) {
        Some(best) => msg!("new-region-unknown-near", slug = slug, name = best),
        None => msg!("new-region-unknown", slug = slug),
    }
}

/// Adds a starter news item to the region `slug`; returns the file and
/// the new item's id.
pub fn new_news(content: &Path, slug: &str) -> Result<(PathBuf, String), Vec<Problem>> {
    // Outside a project there is no region to name: say so, rather than
    // that this one slug is unknown.
    regions_folder(content).map_err(|p| vec![p])?;
    let regions = existing_regions(content);
    let Some(region) = regions.iter().find(|r| r.slug == slug) else {
        return Err(vec![unknown_region(
            slug,
            regions.iter().map(|r| r.slug.as_str()),
        )
        .into()]);
    };
    refuse_links(content, &region.path).map_err(|d| vec![d.into()])?;
    let source = source::read(&region.path).map_err(|d| vec![d.into()])?;
    // Only a file that reads can be edited by its parse; its problems come
    // first, as `check` gives them.
    let tree = match yaml::load::<RawRegion>(&source, &REGION, |_, _| {}) {
        Ok((_, tree)) => tree,
        Err(problems) => {
            let mut all: Vec<Problem> = problems.iter().cloned().map(Problem::At).collect();
            all.push(msg!("new-news-unreadable").into());
            return Err(all);
        }
    };
    let used: HashSet<&str> = regions
        .iter()
        .flat_map(|r| r.ids.iter().map(String::as_str))
        .collect();
    let id = fresh_id(slug, &used);
    let text = news_list::insert(
        &source.text,
        &tree,
        &news_starter(&id, &StarterHints::of(content)),
    )
    .map_err(|u| {
        vec![source
            .error(u.line, u.column, u.message)
            .with_help(u.help)
            .into()]
    })?;
    let not_added = || {
        let (line, column) = tree.key_position(&YamlPath::root().key("news"));
        vec![source
            .error(line, column, msg!("new-news-not-added"))
            .with_help(msg!("new-news-not-added-help"))
            .into()]
    };
    if !adds_one_item(&source, &text, &id) {
        return Err(not_added());
    }
    replace(&region.path, &text).map_err(|m| vec![m.into()])?;
    // What is on disk is what counts: read it back, and put the old text
    // back if it is not the old file with the one new item.
    let written = source::read(&region.path);
    if !written.is_ok_and(|w| adds_one_item(&source, &w.text, &id)) {
        let mut problems = not_added();
        if let Err(m) = replace(&region.path, &source.text) {
            problems.push(m.into());
        }
        return Err(problems);
    }
    Ok((region.path.clone(), id))
}

/// Whether `text` is the region file `old` with one more news item, `id`,
/// at the end of its list, and still reads as a region.
fn adds_one_item(old: &source::Source, text: &str, id: &str) -> bool {
    let new = source::Source {
        path: old.path.clone(),
        text: text.to_string(),
    };
    news_list::adds_one_item(&old.text, text, id)
        && yaml::load::<RawRegion>(&new, &REGION, |_, _| {}).is_ok()
}

/// The first id `{slug}-berita-{n}` that `used` does not hold, with the
/// slug shortened if need be to keep it within `check`'s limit.
fn fresh_id(slug: &str, used: &HashSet<&str>) -> String {
    (1..)
        .map(|n| {
            let suffix = format!("berita-{n}");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.len() + 1);
            let stem: String = slug.chars().take(room).collect();
            match stem.trim_end_matches('-') {
                "" => suffix,
                stem => format!("{stem}-{suffix}"),
            }
        })
        .find(|id| !used.contains(id.as_str()))
        .unwrap_or_default()
}

/// What the starter's commented lines offer as examples: the content's own
/// sectors, topics and first metric, so an uncommented hint passes `check`.
struct StarterHints {
    sectors: String,
    topics: String,
    metric: String,
}

/// Slugs a hint names: the first two as the example, up to eight in all.
const HINT_SLUGS: usize = 8;

impl StarterHints {
    fn of(content: &Path) -> StarterHints {
        let mut ignored = Diagnostics::new();
        let mut list = |file: &str, what: &str| {
            let vocabulary = read_vocabulary(&content.join(file), what, &mut ignored);
            let slugs: Vec<&str> = vocabulary
                .as_ref()
                .map(|v| v.entries.iter().map(|(slug, _)| slug.as_str()).collect())
                .unwrap_or_default();
            match slugs.len() {
                0 => format!("[]                 # slug huruf kecil dan tanda hubung; {file} dapat mendaftarnya"),
                n => {
                    let example = slugs[..n.min(2)].join(", ");
                    let shown = slugs[..n.min(HINT_SLUGS)].join(", ");
                    let more = if n > HINT_SLUGS { ", …" } else { "" };
                    format!("[{example}]   # dari {file}: {shown}{more}")
                }
            }
        };
        let sectors = list("sectors.yaml", "sectors");
        let topics = list("topics.yaml", "topics");
        let metric = read_metrics(&content.join("metrics.yaml"), &mut ignored)
            .and_then(|metrics| metrics.first().map(|m| m.id.clone()))
            .unwrap_or_else(|| "jumlah_ikm".to_string());
        StarterHints {
            sectors,
            topics,
            metric,
        }
    }
}

/// The starter item, with its dash at column 0: [`news_list::insert`]
/// indents it as the list's other items are.
fn news_starter(id: &str, hints: &StarterHints) -> String {
    let quote = super::yaml_text;
    format!(
        "- id: {}
  title: {}
  outlet: {}
  # url: https://…       # alamat artikel
  # published: 2024-05-17   # setepat yang disebut artikel: 2024, 2024-05 atau 2024-05-17
  # date_note: …         # bagaimana tanggalnya diketahui, bila tidak tertulis
  summary: |
    TODO: ringkas artikel dengan kata-kata sendiri, jangan menyalin kalimatnya.
  # sectors: {}
  # topics: {}
  # figures:
  #   - metric: {}   # id dari metrics.yaml
  #     value: 700           # tanpa titik ribuan: 21000, bukan 21.000
",
        quote(id),
        quote("TODO: judul asli artikel"),
        quote("TODO: nama media, atau tidak diketahui"),
        hints.sectors,
        hints.topics,
        hints.metric,
    )
}

/// Replaces `path` with `text` through a temporary file beside it, so an
/// interrupted write leaves the old file whole.
fn replace(path: &Path, text: &str) -> Result<(), Message> {
    let failed = |e: std::io::Error| {
        msg!(
            "cannot-write",
            path = path.display().to_string(),
            error = os_error(&e)
        )
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
    std::io::Write::write_all(&mut temp, text.as_bytes()).map_err(failed)?;
    temp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
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

    /// Issue 16, item 6: a long slug made an id `check` refuses.
    #[test]
    fn a_fresh_id_is_unused_and_within_checks_limit() {
        let used: HashSet<&str> = ["a-berita-1"].into();
        assert_eq!(fresh_id("a", &used), "a-berita-2");
        let long = format!("{}-b{}", "a".repeat(70), "c".repeat(9));
        let id = fresh_id(&long, &HashSet::new());
        assert!(is_slug(&id) && too_long(&id).is_none(), "{id}");
        assert!(
            id.starts_with(&"a".repeat(70)) && id.ends_with("-berita-1"),
            "{id}"
        );
    }
}
