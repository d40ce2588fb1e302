//! `ikm-site new region`: a starter region file, in the folder where its
//! neighbours are, checked against `check`'s rules for its arguments
//! before anything is written, and never replacing a file.

use std::path::{Path, PathBuf};

use super::official::{official, Listed};
use super::{existing_regions, refuse_links, regions_folder, Existing, Problem};
use crate::content::validate::{is_slug, too_long};
use crate::diagnostics::suggest;
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

/// What `new region` wrote, and what it changed of what it was given.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    /// The official name written in place of the one given (a
    /// misspelling of it), for the author to hear of.
    pub changed: Option<Message>,
}

/// Writes a starter file for a new region, with its official code and
/// name when the folder is checked against a list.
pub fn new_region(content: &Path, spec: &NewRegion) -> Result<Written, Vec<Problem>> {
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
    let listed = official(content, &regions, level, spec.parent.as_deref(), &spec.name)?;
    let depth = path
        .strip_prefix(content)
        .map_or(3, |relative| relative.components().count());
    let schema = format!("{}docs/schema/region.schema.json", "../".repeat(depth));
    let text = region_starter(spec, listed.as_ref(), &schema);
    std::fs::create_dir_all(&folder).map_err(|e| {
        vec![msg!(
            "cannot-create-folder",
            path = folder.display().to_string(),
            error = os_error(&e)
        )
        .into()]
    })?;
    write_new(&path, &text).map_err(|m| vec![m.into()])?;
    Ok(Written {
        path,
        changed: listed.and_then(|listed| listed.changed),
    })
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

fn region_starter(spec: &NewRegion, listed: Option<&Listed>, schema: &str) -> String {
    let mut text = format!("# yaml-language-server: $schema={schema}\n");
    let quote = crate::authoring::yaml_text;
    let name = listed.map_or(spec.name.trim(), |listed| listed.name.as_str());
    text.push_str(&format!("name: {}\n", quote(name)));
    text.push_str("# short_name: …       # nama pendek untuk grafik dan daftar\n");
    text.push_str(&format!("level: {}\n", quote(&spec.level)));
    if let Some(parent) = &spec.parent {
        text.push_str(&format!("parent: {}\n", quote(parent)));
    }
    match listed {
        Some(listed) => text.push_str(&format!(
            "code: \"{}\"       # kode wilayah Kemendagri, dari daftar resmi\n",
            listed.code
        )),
        // Not checked against a list, or the parent's code is unknown:
        // no code is offered rather than another region's.
        None => {
            text.push_str("# code: \"…\"        # kode wilayah Kemendagri, dalam tanda kutip\n")
        }
    }
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
