//! The rules that need every region file: slugs and Kemendagri codes used
//! twice, a parent that exists and is one rung up, a code under its
//! parent's, and (without vocabularies) a tag used once that looks like a
//! typo of another. They run once all files are read, in path order, so
//! the first of two files is the one in the folder's order.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::super::names::{is_region_code, is_slug, slugify, too_long};
use super::{FigurePosition, FileCheck, RegionFile};
use crate::content::raw::RawRegion;
use crate::content::spans::YamlPath;
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::model::{Level, RegionId, Tier};
use crate::msg;

/// Every region file that parsed, for the rules that look across files:
/// the files in their final order, each slug's place in it, and the slugs
/// of the files that did not parse.
pub(super) struct Regions<'a> {
    pub files: &'a [std::sync::Arc<RegionFile>],
    pub index: HashMap<&'a str, usize>,
    pub unreadable: &'a HashSet<String>,
}

/// Where a sector or topic slug was written, when no vocabulary lists them.
#[derive(Clone)]
pub(super) struct TagUse {
    pub field: &'static str,
    pub slug: String,
    pub at: FigurePosition,
}

/// Without `sectors.yaml`/`topics.yaml`, a slug used once that is close to
/// one used elsewhere is most likely a typo (`kerajnan` for `kerajinan`) that
/// would quietly get a page of its own.
pub(super) fn warn_lone_tags(uses: &[&TagUse], diagnostics: &mut Diagnostics) {
    for field in ["sectors", "topics"] {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for u in uses.iter().filter(|u| u.field == field) {
            *counts.entry(u.slug.as_str()).or_default() += 1;
        }
        for lone in uses
            .iter()
            .filter(|u| u.field == field && counts[u.slug.as_str()] == 1)
        {
            let others: Vec<&str> = counts.keys().copied().filter(|s| *s != lone.slug).collect();
            let Some(close) = suggest(&lone.slug, others.iter().copied()) else {
                continue;
            };
            let Some(other) = uses.iter().find(|u| u.field == field && u.slug == close) else {
                continue;
            };
            diagnostics.push(
                lone.at
                    .warning(msg!(
                        "lone-tag",
                        field = field,
                        slug = &lone.slug,
                        close = close,
                        file = other.at.file.display().to_string(),
                        line = other.at.line
                    ))
                    .with_help(msg!("lone-tag-help", close = close, field = field)),
            );
        }
    }
}

/// The region a file's `parent` names, if it is one rung up from the file's
/// level. A province has none; every other level must name one. When the
/// parent is on the wrong rung the help walks up its own chain to the
/// region that fits (a kabupaten naming a kabupaten is told its province).
pub(super) fn parent_of(
    check: &mut FileCheck,
    raw: &RawRegion,
    level: Option<Level>,
    regions: &Regions,
) -> Option<RegionId> {
    let Regions {
        files,
        index,
        unreadable,
    } = regions;
    let root = YamlPath::root();
    let level_of = |p: usize| Level::from_name(&files[p].raw.level);
    let expected = level.and_then(|l| l.tier().parent());
    let Some(parent) = &raw.parent else {
        if let Some(expected) = expected {
            check.push(
                check
                    .error_at(&root, msg!("region-parent-missing", level = &raw.level))
                    .with_help(msg!(
                        "region-parent-missing-help",
                        expected = expected.names()
                    )),
            );
        }
        return None;
    };
    if level == Some(Level::Provinsi) {
        check.push(
            check
                .error_at(&root.key("parent"), msg!("province-has-parent"))
                .with_help(msg!("province-has-parent-help")),
        );
        return None;
    }
    let on_rung = |tier: Tier| -> Vec<&str> {
        files
            .iter()
            .enumerate()
            .filter(|&(p, _)| level_of(p).map(|l| l.tier()) == Some(tier))
            .map(|(_, f)| f.slug.as_str())
            .collect()
    };
    match index.get(parent.as_str()) {
        Some(&p) => {
            let (Some(expected), Some(parent_level)) = (expected, level_of(p)) else {
                // The level of one of the two is already reported as wrong.
                return Some(RegionId::at(p));
            };
            if parent_level.tier() == expected {
                return Some(RegionId::at(p));
            }
            let tier_of = |q: usize| level_of(q).map(|l| l.tier());
            // The chain above a region, itself first, following only links
            // that go exactly one rung up (a broken link is not a route);
            // four rungs at most, so a loop of parents cannot hang it.
            let chain = |from: usize| {
                std::iter::successors(Some(from), move |&q| {
                    let up = index.get(files[q].raw.parent.as_deref()?).copied()?;
                    let one_up = tier_of(q).and_then(Tier::parent);
                    (one_up.is_some() && tier_of(up) == one_up).then_some(up)
                })
                .take(4)
            };
            let on_expected = |q: &usize| tier_of(*q) == Some(expected);
            let help = if parent_level.tier() > expected {
                // Named too low: the region above it on the right rung.
                match chain(p).find(on_expected) {
                    Some(q) => msg!(
                        "parent-use-level",
                        expected = expected.names(),
                        name = files[q].slug.as_str()
                    ),
                    None => msg!("parent-use-level-slug", expected = expected.names()),
                }
            } else {
                // Named too high up: the regions under it on the right rung,
                // when they are few enough to list.
                let below: Vec<String> = (0..files.len())
                    .filter(|q| on_expected(q) && chain(*q).skip(1).any(|a| a == p))
                    .map(|q| format!("`{}`", files[q].slug))
                    .take(6)
                    .collect();
                if !below.is_empty() && below.len() <= 5 {
                    msg!(
                        "parent-use-one-below",
                        expected = expected.names(),
                        parent = parent,
                        names = below.join(", ")
                    )
                } else {
                    msg!("parent-use-level-slug", expected = expected.names())
                }
            };
            check.push(
                check
                    .error_at(
                        &root.key("parent"),
                        msg!(
                            "parent-wrong-level",
                            parent = parent,
                            level = parent_level.to_string(),
                            child = &raw.level,
                            expected = expected.names()
                        ),
                    )
                    .with_help(help),
            );
            None
        }
        None if unreadable.contains(parent.as_str()) => None,
        None => {
            let slugs = files.iter().map(|f| f.slug.as_str());
            let near = expected
                .and_then(|tier| suggest(parent, on_rung(tier)))
                .or_else(|| suggest(parent, slugs));
            let expected = expected.unwrap_or(Tier::Province).names();
            let help = match near {
                Some(best) => msg!("did-you-mean", name = best),
                None => msg!("parent-unknown-help", expected = expected),
            };
            check.push(
                check
                    .error_at(&root.key("parent"), msg!("parent-unknown", parent = parent))
                    .with_help(help),
            );
            None
        }
    }
}

///
/// Returns the files reported as a copy of an earlier one.
pub(super) fn check_slugs<'a>(
    files: impl Iterator<Item = &'a RegionFile>,
    diagnostics: &mut Diagnostics,
) -> HashSet<&'a Path> {
    let mut copies = HashSet::new();
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for file in files {
        let path = &file.source.path;
        if !is_slug(&file.slug) {
            diagnostics.push(
                Diagnostic::error(path, 1, 1, msg!("region-file-not-slug", name = &file.slug))
                    .with_help(msg!(
                        "rename-to",
                        name = format!("{}.yaml", slugify(&file.slug))
                    )),
            );
        } else if let Some(problem) = too_long(&file.slug) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    1,
                    1,
                    msg!("region-file-name-problem", problem = problem),
                )
                .with_help(msg!("page-name-problem-help")),
            );
        }
        if let Some(first) = seen.insert(&file.slug, path) {
            copies.insert(path.as_path());
            diagnostics.push(
                Diagnostic::error(path, 1, 1, msg!("region-slug-again", slug = &file.slug))
                    .with_help(msg!(
                        "region-slug-again-help",
                        file = first.display().to_string()
                    )),
            );
        }
    }
    copies
}

/// Two regions with one Kemendagri code: the later file in the folder is
/// reported at its `code`, naming the first and the line of its `code`. A
/// file whose slug is already taken is left out: it is reported as a copy,
/// and it would repeat its original's code. A code of the wrong shape, or
/// of another rung than its region's level, is reported as such, not again
/// here. Returns the files reported.
pub(super) fn check_codes<'a>(
    files: impl Iterator<Item = &'a RegionFile>,
    diagnostics: &mut Diagnostics,
) -> HashSet<&'a Path> {
    let mut repeats = HashSet::new();
    let at = YamlPath::root().key("code");
    let mut slugs: HashSet<&str> = HashSet::new();
    let mut seen: HashMap<&str, &RegionFile> = HashMap::new();
    for file in files {
        let copy = !slugs.insert(&file.slug);
        let Some(code) = file.raw.code.as_deref() else {
            continue;
        };
        let level = Level::from_name(&file.raw.level);
        let fits = level.is_none_or(|l| l.tier().code_parts() == code.split('.').count());
        if copy || !is_region_code(code) || !fits {
            continue;
        }
        let Some(first) = seen.get(code) else {
            seen.insert(code, file);
            continue;
        };
        let (line, column) = file.positions.value_position(&at);
        repeats.insert(file.source.path.as_path());
        diagnostics.push(
            file.source
                .error(
                    line,
                    column,
                    msg!(
                        "region-code-again",
                        code = code,
                        name = first.raw.name.trim(),
                        file = first.source.path.display().to_string(),
                        line = first.positions.value_position(&at).0
                    ),
                )
                .with_help(msg!("region-code-again-help")),
        );
    }
    repeats
}

/// The shape rules of a written code; `true` when it passed them.
pub(super) fn check_code(
    check: &mut FileCheck,
    code: &str,
    level: Option<Level>,
    parent_code: Option<&str>,
) -> bool {
    let at = YamlPath::root().key("code");
    let parts = code.split('.').count();
    let expected_parts = level.map(|l| l.tier().code_parts());
    if !is_region_code(code) {
        check.push(
            check
                .error_at(&at, msg!("code-shape", code = code))
                .with_help(msg!("code-shape-help")),
        );
        false
    } else if let Some(expected) = expected_parts.filter(|n| *n != parts) {
        let level = level.map(|l| l.to_string()).unwrap_or_default();
        check.push(check.error_at(
            &at,
            msg!(
                "code-for-level",
                code = code,
                level = level,
                parts = expected
            ),
        ));
        false
    } else if let Some(parent_code) = parent_code.filter(|p| !code.starts_with(&format!("{p}."))) {
        check.push(
            check
                .error_at(
                    &at,
                    msg!("code-not-under-parent", code = code, parent = parent_code),
                )
                .with_help(msg!("code-not-under-parent-help", parent = parent_code)),
        );
        false
    } else {
        true
    }
}
