//! `ikm-site new news`: a starter news item added at the end of its
//! region's `news:` list, with an id no region uses; the file is checked
//! before it replaces the old one and read back after.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{existing_regions, refuse_links, regions_folder, unknown_region, Problem, REGION};
use crate::authoring::news_list;
use crate::content::raw::RawRegion;
use crate::content::source;
use crate::content::spans::YamlPath;
use crate::content::validate::{read_metrics, read_vocabulary, MAX_NAME_CHARS};
use crate::content::yaml;
use crate::diagnostics::Diagnostics;
use crate::messages::{os_error, Message};
use crate::msg;

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
    let quote = crate::authoring::yaml_text;
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
    use crate::content::validate::{is_slug, too_long};

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
