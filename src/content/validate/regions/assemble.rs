//! The checked region files to the model's lists: regions numbered by
//! level, then name, so pages list them in that order; news items and
//! figures after them, in file order, each given its region. The rules
//! across files run here too, on the files in path order.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

use super::across::{
    check_code, check_codes, check_slugs, parent_of, warn_lone_tags, Regions, TagUse,
};
use super::official::{official_code, Above};
use super::{CheckedFile, Content, FileCheck, Places, RegionFile};
use crate::content::spans::YamlPath;
use crate::diagnostics::Diagnostics;
use crate::model::{FigureId, Level, NewsId, Region, RegionId};
use crate::msg;
use crate::registry::Registry;

/// Applies the rules across files and numbers everything: regions by
/// level, then name, so pages list them in that order; news items and
/// figures after them, in file order.
///
/// `unreadable` holds the slugs of region files that did not parse; a
/// child naming one as its parent is not told that the parent does not
/// exist. With `official`, every region is checked against that list and a
/// region without a `code` gets the official one.
pub fn build(
    checked: Vec<CheckedFile>,
    unreadable: &HashSet<String>,
    official: Option<&Registry>,
    diagnostics: &mut Diagnostics,
) -> Content {
    // In path order, so the file named first of two with one slug is the
    // first in the folder.
    // A file that copies another's slug or code is reported as such; the
    // official list is not asked about it too, nor about a file with errors
    // of its own (a name with a control character is not compared): those
    // are checked once fixed.
    let mut unofficial: HashSet<std::path::PathBuf> = HashSet::new();
    let copies = check_slugs(checked.iter().map(|c| &*c.file), diagnostics);
    unofficial.extend(copies.into_iter().map(Path::to_path_buf));
    let repeats = check_codes(checked.iter().map(|c| &*c.file), diagnostics);
    unofficial.extend(repeats.into_iter().map(Path::to_path_buf));
    unofficial.extend(
        checked
            .iter()
            .filter(|c| c.diagnostics.has_errors())
            .map(|c| c.file.source.path.clone()),
    );
    let checked = in_model_order(checked);
    let mut tag_uses: Vec<TagUse> = Vec::new();
    let mut links = Vec::new();
    let mut files = Vec::with_capacity(checked.len());
    let mut parts = Vec::with_capacity(checked.len());
    for c in checked {
        diagnostics.extend(c.diagnostics);
        tag_uses.extend(c.tag_uses);
        links.extend(c.links);
        files.push(c.file);
        parts.push((c.level, c.news, c.figures, c.places));
    }
    let regions = Regions {
        files: &files,
        index: files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.slug.as_str(), i))
            .collect(),
        unreadable,
    };

    // Sized up front: grown item by item, the lists were copied over and
    // over, a tenth of a second of a desa-scale load.
    let news_count = parts.iter().map(|(_, news, _, _)| news.len()).sum();
    let figure_count = parts.iter().map(|(_, _, figures, _)| figures.len()).sum();
    let mut content = Content {
        regions: Vec::with_capacity(files.len()),
        news: Vec::with_capacity(news_count),
        figures: Vec::with_capacity(figure_count),
        places: Places {
            figures: Vec::with_capacity(figure_count),
            news: Vec::with_capacity(news_count),
            regions: Vec::with_capacity(files.len()),
        },
        links,
    };
    let mut news_ids: HashMap<String, (&Path, usize)> = HashMap::with_capacity(news_count);
    for (position, (file, (level, news, figures, places))) in files.iter().zip(parts).enumerate() {
        let region_id = RegionId::at(position);
        let RegionFile {
            source,
            positions: tree,
            raw,
            ..
        } = &**file;
        let check = &mut FileCheck {
            source,
            tree,
            diagnostics: &mut *diagnostics,
        };
        let root = YamlPath::root();
        let parent = parent_of(check, raw, level, &regions);
        // Regions are numbered by level, so a parent is already in the
        // model, with its code written or filled in.
        let parent_region = parent.and_then(|p| content.regions.get(p.index()));
        let parent_code = parent_region.and_then(|p| p.code.as_deref());
        let code_fits = raw
            .code
            .as_deref()
            .is_some_and(|code| check_code(check, code, level, parent_code));
        let code = match official.filter(|_| !unofficial.contains(&source.path)) {
            Some(list) => {
                let above = Above {
                    code: parent_code,
                    name: parent_region.map_or("", |p| p.name.as_str()),
                };
                official_code(check, raw, level, &above, code_fits, list)
            }
            None => raw.code.clone(),
        };

        let (first_news, first_figure) = (content.news.len(), content.figures.len());
        for (n, mut item) in news.into_iter().enumerate() {
            match news_ids.get(&item.id) {
                Some((other_file, other_line)) => check.push(
                    check
                        .error_at(
                            &root.key("news").index(n).key("id"),
                            msg!("news-id-again", id = &item.id),
                        )
                        .with_help(msg!(
                            "news-id-again-help",
                            file = other_file.display().to_string(),
                            line = *other_line
                        )),
                ),
                None => {
                    news_ids.insert(item.id.clone(), (&source.path, item.place.line));
                }
            }
            item.region = region_id;
            for figure in &mut item.figures {
                *figure = FigureId::at(figure.index() + first_figure);
            }
            content.news.push(item);
        }
        for mut figure in figures {
            figure.news = NewsId::at(figure.news.index() + first_news);
            figure.region = region_id;
            content.figures.push(figure);
        }
        content.places.figures.extend(places.figures);
        content.places.news.extend(places.news);
        content.places.regions.extend(places.regions);

        content.regions.push(Region {
            slug: file.slug.clone(),
            name: raw.name.trim().to_string(),
            short_name: raw
                .short_name
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .unwrap_or(raw.name.trim())
                .to_string(),
            level: level.unwrap_or(Level::Kabupaten),
            parent,
            code,
            summary: raw.summary.clone().filter(|s| !s.trim().is_empty()),
            news: (first_news..content.news.len()).map(NewsId::at).collect(),
            children: Vec::new(),
            place: crate::model::Place {
                file: std::sync::Arc::from(source.path.as_path()),
                line: tree.value_position(&root.key("name")).0,
            },
        });
    }
    warn_lone_tags(&tag_uses, diagnostics);
    content
}

/// `checked` sorted by level, then name, then slug (stably, so of two
/// files alike the first in path order stays first). The positions are
/// sorted, on both threads, and the files moved once: sorting the checked
/// files themselves moved each large value a dozen times, a tenth of a
/// second of a desa-scale load.
fn in_model_order(checked: Vec<CheckedFile>) -> Vec<CheckedFile> {
    fn key(c: &CheckedFile) -> (Option<Level>, &str, &str) {
        (c.level, &c.file.raw.name, &c.file.slug)
    }
    let mut order: Vec<usize> = (0..checked.len()).collect();
    order.par_sort_by(|&a, &b| key(&checked[a]).cmp(&key(&checked[b])));
    let mut slots: Vec<Option<CheckedFile>> = checked.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|at| slots[at].take())
        .collect()
}
