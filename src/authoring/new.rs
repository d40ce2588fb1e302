//! `ikm-site new region` and `ikm-site new news`: starter text an author
//! fills in, commented in Indonesian.
//!
//! A region file goes where its neighbours are (a province in its own
//! folder, a regency beside its province's file), is created only if no
//! region has that slug yet, and names its schema so the editor helps from
//! the first keystroke. A news item is appended to its region's file with an
//! id no other item uses; the new text is parsed before it replaces the old
//! one, so a file is never left broken or half-written.

use std::path::{Path, PathBuf};

use crate::content::discover::{discover, not_a_content_folder};
use crate::content::raw::RawRegion;
use crate::content::source;
use crate::content::validate::is_slug;
use crate::content::yaml::{self, FileKind};
use crate::diagnostics::{suggest, Diagnostics};
use crate::messages::{os_error, Message};
use crate::model::{Level, Tier};
use crate::msg;

/// What `new region` is asked to create.
#[derive(Debug, Clone)]
pub struct NewRegion {
    pub slug: String,
    pub level: String,
    pub parent: Option<String>,
    pub name: String,
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
    /// Every `id:` written in the file, found in its text so that a file
    /// that does not parse still keeps its ids from being reused.
    ids: Vec<String>,
}

/// Why `content` cannot take a new file: it is part of a content folder
/// (say which folder to give, as `build` does), or it has no `regions/`.
fn no_regions_folder(content: &Path) -> Message {
    let path = content.display().to_string();
    match not_a_content_folder(content) {
        Some(wrong) => match wrong.help {
            Some(help) => msg!(
                "new-wrong-folder",
                path = path,
                problem = wrong.message,
                help = help
            ),
            None => msg!("new-no-regions-folder", path = path),
        },
        None => msg!("new-no-regions-folder", path = path),
    }
}

/// Every region file under `content/regions/`, each read once: its level
/// if it parses, and the news ids written in it.
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
            let ids = source.map_or_else(Vec::new, |source| ids_written(&source.text));
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

/// Writes a starter file for a new region and returns its path.
pub fn new_region(content: &Path, spec: &NewRegion) -> Result<PathBuf, Message> {
    if !is_slug(&spec.slug) {
        return Err(msg!("new-slug-shape", slug = &spec.slug));
    }
    let Some(level) = Level::from_name(&spec.level) else {
        return Err(match suggest(&spec.level, Level::NAMES) {
            Some(best) => msg!("new-level-near", level = &spec.level, name = best),
            None => msg!("new-level", level = &spec.level),
        });
    };
    if spec.name.trim().is_empty() {
        return Err(msg!("new-name-empty"));
    }
    if !content.join("regions").is_dir() {
        return Err(no_regions_folder(content));
    }
    let regions = existing_regions(content);
    if let Some(taken) = regions.iter().find(|r| r.slug == spec.slug) {
        return Err(msg!(
            "new-region-exists",
            slug = &spec.slug,
            path = taken.path.display().to_string()
        ));
    }
    let folder = match (level, spec.parent.as_deref()) {
        (Level::Provinsi, None) => content.join("regions").join(&spec.slug),
        (Level::Provinsi, Some(_)) => return Err(msg!("province-has-parent")),
        (_, None) => return Err(msg!("region-parent-missing", level = &spec.level)),
        (_, Some(parent)) => {
            // A region's file goes beside its parent's: a kabupaten in its
            // province's folder, a kecamatan beside its kabupaten.
            let expected = level.tier().parent().unwrap_or(Tier::Province);
            let candidates: Vec<&Existing> = regions
                .iter()
                .filter(|r| r.level.map(|l| l.tier()) == Some(expected))
                .collect();
            match candidates.iter().find(|p| p.slug == parent) {
                Some(found) => found
                    .path
                    .parent()
                    .map_or_else(|| content.join("regions"), Path::to_path_buf),
                None => {
                    if let Some(elsewhere) = regions.iter().find(|r| r.slug == parent) {
                        if let Some(its_level) = elsewhere.level {
                            return Err(msg!(
                                "parent-wrong-level",
                                parent = parent,
                                level = its_level.to_string(),
                                child = &spec.level,
                                expected = expected.names()
                            ));
                        }
                    }
                    let names = candidates.iter().map(|p| p.slug.as_str());
                    let level_hint = expected.names().split('/').next().unwrap_or("provinsi");
                    return Err(match suggest(parent, names) {
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
                    });
                }
            }
        }
    };
    let path = folder.join(format!("{}.yaml", spec.slug));
    let depth = path
        .strip_prefix(content)
        .map_or(3, |relative| relative.components().count());
    let schema = format!("{}docs/schema/region.schema.json", "../".repeat(depth));
    let text = region_starter(spec, level, &schema);
    std::fs::create_dir_all(&folder).map_err(|e| {
        msg!(
            "cannot-create-folder",
            path = folder.display().to_string(),
            error = os_error(&e)
        )
    })?;
    write_new(&path, &text)?;
    Ok(path)
}

fn region_starter(spec: &NewRegion, level: Level, schema: &str) -> String {
    let mut text = format!("# yaml-language-server: $schema={schema}\n");
    text.push_str(&format!("name: {}\n", super::yaml_text(spec.name.trim())));
    text.push_str("# short_name: …       # nama pendek untuk grafik dan daftar\n");
    text.push_str(&format!("level: {}\n", spec.level));
    if let Some(parent) = &spec.parent {
        text.push_str(&format!("parent: {parent}\n"));
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

/// Appends a starter news item to the region `slug`; returns the file and
/// the new item's id.
pub fn new_news(content: &Path, slug: &str) -> Result<(PathBuf, String), Message> {
    // Outside a project there is no region to name: say so, rather than
    // that this one slug is unknown.
    if !content.join("regions").is_dir() {
        return Err(no_regions_folder(content));
    }
    let regions = existing_regions(content);
    let Some(region) = regions.iter().find(|r| r.slug == slug) else {
        return Err(unknown_region(
            slug,
            regions.iter().map(|r| r.slug.as_str()),
        ));
    };
    let source = source::read(&region.path).map_err(|d| d.message)?;
    let used: std::collections::HashSet<&str> = regions
        .iter()
        .flat_map(|r| r.ids.iter().map(String::as_str))
        .collect();
    let id = (1..)
        .map(|n| format!("{slug}-berita-{n}"))
        .find(|id| !used.contains(id.as_str()))
        .unwrap_or_default();
    let text = with_news_item(&source.text, &id)
        .ok_or_else(|| msg!("new-news-layout", path = region.path.display().to_string()))?;
    // The new text must still read as a region before it replaces the old.
    let check = source::Source {
        path: region.path.clone(),
        text: text.clone(),
    };
    if yaml::load::<RawRegion>(&check, &REGION, |_, _| {}).is_err() {
        return Err(msg!(
            "new-news-layout",
            path = region.path.display().to_string()
        ));
    }
    replace(&region.path, &text)?;
    Ok((region.path.clone(), id))
}

/// Every `id:` value written in a region file's text.
fn ids_written(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start().trim_start_matches("- ").trim_start();
            let id = line.strip_prefix("id:")?;
            Some(id.trim().trim_matches(['"', '\'']).to_string())
        })
        .collect()
}

/// `text` with a starter news item added at the end of its `news` list:
/// after the last line when `news` is the file's last field, in place of
/// `news: []`, or with a new `news:` when there is none. `None` when the
/// list is followed by other fields, where appending would land in them.
fn with_news_item(text: &str, id: &str) -> Option<String> {
    let item = news_starter(id);
    let lines: Vec<&str> = text.lines().collect();
    let top_level = |line: &&str| !line.starts_with([' ', '#', '-']) && !line.trim().is_empty();
    let news_at = lines.iter().position(|l| l.starts_with("news:"));
    let mut out = String::new();
    match news_at {
        None => {
            out.push_str(text.trim_end());
            out.push_str("\nnews:\n");
            out.push_str(&item);
        }
        Some(at) => {
            let value = lines[at]["news:".len()..]
                .split(" #")
                .next()
                .unwrap_or("")
                .trim();
            let later_field = lines[at + 1..].iter().any(top_level);
            match value {
                "[]" => {
                    for (i, line) in lines.iter().enumerate() {
                        if i == at {
                            out.push_str("news:\n");
                            out.push_str(&item);
                        } else {
                            out.push_str(line);
                            out.push('\n');
                        }
                    }
                }
                "" if !later_field => {
                    out.push_str(text.trim_end());
                    out.push('\n');
                    out.push_str(&item);
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

fn news_starter(id: &str) -> String {
    format!(
        "  - id: {id}
    title: \"TODO: judul asli artikel\"
    outlet: \"TODO: nama media, atau tidak diketahui\"
    # url: https://…       # alamat artikel
    # published: 2024-05-17   # setepat yang disebut artikel: 2024, 2024-05 atau 2024-05-17
    # date_note: …         # bagaimana tanggalnya diketahui, bila tidak tertulis
    summary: |
      TODO: ringkas artikel dengan kata-kata sendiri, jangan menyalin kalimatnya.
    # sectors: [makanan]
    # topics: [pemasaran]
    # figures:
    #   - metric: jumlah_ikm   # id dari metrics.yaml
    #     value: 700           # tanpa titik ribuan: 21000, bukan 21.000
"
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

    #[test]
    fn a_news_item_goes_at_the_end_of_the_list_or_replaces_an_empty_one() {
        let empty = "name: A\nlevel: provinsi\nnews: []\n";
        let added = with_news_item(empty, "a-berita-1").unwrap();
        assert!(added.contains("news:\n  - id: a-berita-1\n"), "{added}");
        let none = "name: A\nlevel: provinsi\n";
        assert!(with_news_item(none, "x")
            .unwrap()
            .contains("\nnews:\n  - id: x\n"));
        let listed = "name: A\nlevel: provinsi\nnews:\n  - id: old\n    title: T\n";
        let added = with_news_item(listed, "x").unwrap();
        assert!(
            added.ends_with("title: T\n  - id: x\n") || added.contains("    title: T\n  - id: x\n"),
            "{added}"
        );
        let middle = "name: A\nnews:\n  - id: old\nlevel: provinsi\n";
        assert_eq!(with_news_item(middle, "x"), None);
    }
}
