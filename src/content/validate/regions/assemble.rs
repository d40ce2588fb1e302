//! The checked region files to the model's lists: regions numbered by
//! level, then name, so pages list them in that order; news items and
//! figures after them, in file order, each given its region. The rules
//! across files run here too, on the files in path order.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::across::{
    check_code, check_codes, check_slugs, parent_of, warn_lone_tags, Regions, TagUse,
};
use super::built::{OwnParts, Parts};
use super::official::{official_code, Above};
use super::{BuiltAt, CheckedFile, Content, FileCheck, Places, RegionFile};
use crate::content::spans::YamlPath;
use crate::diagnostics::Diagnostics;
use crate::model::{Figure, FigureId, Level, NewsId, NewsItem, Region, RegionId};
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
    build_after(checked, unreadable, official, diagnostics, &mut None)
}

/// What the rules across files decided at a load where no rule found
/// anything wrong: the order of the files, each region's parent and code.
/// Every rule across files that can fail reports an error, so those rules
/// decide the same again, and report nothing again, for as long as no
/// file has an error of its own and every file still has the path, name,
/// level, parent, code and news ids it had; after an edit of a region's
/// text that is nearly always so, and at desa scale the rules take a
/// third of a second of every edit. The official list must be the
/// built-in one (or none), as it was.
pub struct Settled {
    /// Each file as it was read, in path order, with the range of its
    /// news items in `news`.
    files: Vec<(Arc<RegionFile>, std::ops::Range<usize>)>,
    /// The news items of that load, shared with its model: their ids are
    /// what is compared, and copying 84.000 ids at every load (desa
    /// scale) held them twice.
    news: Vec<Arc<NewsItem>>,
    /// For each position of the model, the position of its file in path
    /// order.
    order: Vec<usize>,
    /// Each region's parent and code, in the model's order.
    parents: Vec<Option<RegionId>>,
    codes: Vec<Option<String>>,
    /// Whether they were checked against the built-in official list (the
    /// only list they are kept for) or against none.
    with_list: bool,
    /// How many loads in a row took these decisions instead of running
    /// the rules, for the tests.
    pub(crate) taken: usize,
}

impl Settled {
    /// Whether the rules across files would decide again what they
    /// decided, and find nothing, for `checked`.
    fn holds_for(
        &self,
        checked: &[CheckedFile],
        unreadable: &HashSet<String>,
        official: Option<&Registry>,
    ) -> bool {
        let same = |c: &CheckedFile, (file, news): &(Arc<RegionFile>, std::ops::Range<usize>)| {
            let ids = self.news[news.clone()].iter().map(|item| item.id.as_str());
            let (a, b) = (&c.file.raw, &file.raw);
            Arc::ptr_eq(&c.file, file)
                || (c.file.source.path.as_os_str() == file.source.path.as_os_str()
                    && (&a.name, &a.level, &a.parent, &a.code)
                        == (&b.name, &b.level, &b.parent, &b.code)
                    && c.parts.news_ids().eq(ids))
        };
        unreadable.is_empty()
            && is_builtin(official)
            && self.with_list == official.is_some()
            && self.files.len() == checked.len()
            && checked
                .iter()
                .zip(&self.files)
                .all(|(c, kept)| !c.diagnostics.has_errors() && same(c, kept))
    }
}

/// Whether `official` is the built-in list or none: a list of the
/// content's own is read again at every load, so what was decided with
/// one is not kept.
fn is_builtin(official: Option<&Registry>) -> bool {
    official.is_none_or(|list| std::ptr::eq(list, Registry::builtin()))
}

/// [`build`] for a load after an edit: with what the rules across files
/// decided at the last load where they found nothing ([`Settled`]), they
/// are not run again when nothing they read has changed. `settled` is
/// then updated, or emptied when this load has an error.
pub fn build_after(
    checked: Vec<CheckedFile>,
    unreadable: &HashSet<String>,
    official: Option<&Registry>,
    diagnostics: &mut Diagnostics,
    settled: &mut Option<Settled>,
) -> Content {
    let decided = settled
        .take()
        .filter(|s| s.holds_for(&checked, unreadable, official));
    let read: Vec<Arc<RegionFile>> = checked.iter().map(|c| c.file.clone()).collect();
    // In path order, so the file named first of two with one slug is the
    // first in the folder.
    // A file that copies another's slug or code is reported as such; the
    // official list is not asked about it too, nor about a file with errors
    // of its own (a name with a control character is not compared): those
    // are checked once fixed.
    let mut unofficial: HashSet<std::path::PathBuf> = HashSet::new();
    let order = match &decided {
        Some(decided) => decided.order.clone(),
        None => {
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
            model_order(&checked)
        }
    };
    let checked = arranged(checked, &order);
    let mut tag_uses: Vec<Arc<[TagUse]>> = Vec::new();
    let mut links = Vec::new();
    let mut files = Vec::with_capacity(checked.len());
    let mut parts = Vec::with_capacity(checked.len());
    for c in checked {
        diagnostics.extend(c.diagnostics);
        tag_uses.push(c.tag_uses);
        links.extend(c.links);
        files.push(c.file);
        parts.push((c.level, c.parts));
    }
    // Only the rules across files look parents up.
    let index = match &decided {
        Some(_) => HashMap::new(),
        None => files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.slug.as_str(), i))
            .collect(),
    };
    let regions = Regions {
        files: &files,
        index,
        unreadable,
    };

    // Sized up front: grown item by item, the lists were copied over and
    // over, a tenth of a second of a desa-scale load.
    let news_count = parts.iter().map(|(_, parts)| parts.counts().0).sum();
    let figure_count = parts.iter().map(|(_, parts)| parts.counts().1).sum();
    let mut content = Content {
        regions: Vec::with_capacity(files.len()),
        news: Vec::with_capacity(news_count),
        figures: Vec::with_capacity(figure_count),
        places: Places::with_capacity(files.len()),
        links,
        at: vec![BuiltAt::default(); files.len()],
    };
    let mut news_ids: HashMap<String, (&Path, usize)> = HashMap::with_capacity(news_count);
    for (position, (file, (level, parts))) in files.iter().zip(parts).enumerate() {
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
        let (parent, code) = match &decided {
            Some(decided) => (decided.parents[position], decided.codes[position].clone()),
            None => {
                let parent = parent_of(check, raw, level, &regions);
                // Regions are numbered by level, so a parent is already in
                // the model, with its code written or filled in.
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
                (parent, code)
            }
        };

        let (first_news, first_figure) = (content.news.len(), content.figures.len());
        let numbers = Numbers {
            region: region_id,
            first_news,
            first_figure,
        };
        match parts {
            Parts::Own(own) => {
                let OwnParts {
                    news,
                    figures,
                    places,
                } = *own;
                content
                    .news
                    .extend(news.into_iter().map(|item| Arc::new(numbers.item(item))));
                content
                    .figures
                    .extend(figures.into_iter().map(|f| Arc::new(numbers.figure(f))));
                content.places.push(Arc::new(places));
            }
            Parts::Built(built, at) => {
                let (news, figures) = (
                    &built.news[at.news.clone()],
                    &built.figures[at.figures.clone()],
                );
                // The numbers the last load gave are the ones it would give
                // now: the items are shared, not copied.
                if at.region == position
                    && (at.news.start, at.figures.start) == (first_news, first_figure)
                {
                    content.news.extend(news.iter().cloned());
                    content.figures.extend(figures.iter().cloned());
                } else {
                    let within = Numbers {
                        region: region_id,
                        first_news: at.news.start,
                        first_figure: at.figures.start,
                    };
                    content.news.extend(news.iter().map(|item| {
                        Arc::new(numbers.item(within.item_back(NewsItem::clone(item))))
                    }));
                    content.figures.extend(
                        figures.iter().map(|f| {
                            Arc::new(numbers.figure(within.figure_back(Figure::clone(f))))
                        }),
                    );
                }
                if let Some(places) = built.places.file(at.region) {
                    content.places.push(places.clone());
                }
            }
            // Never given: a loader keeps it only until it knows where
            // the parts went.
            Parts::Pending => {}
        }
        // With settled decisions the ids are those that were used once.
        if decided.is_none() {
            for (n, item) in content.news[first_news..].iter().enumerate() {
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
            }
        }
        // The region's own place: the line of its `name`, found once by
        // the file's check (looking it up again per region took tens of
        // milliseconds at desa scale), and its file's shared path.
        let place = match content.places.file(position).map(|f| &f.region) {
            Some(kept) => crate::model::Place {
                file: kept.at.file.clone(),
                line: kept.at.line,
            },
            None => crate::model::Place {
                file: Arc::from(source.path.as_path()),
                line: tree.value_position(&root.key("name")).0,
            },
        };
        content.at[order[position]] = BuiltAt {
            region: position,
            news: first_news..content.news.len(),
            figures: first_figure..content.figures.len(),
        };

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
            place,
        });
    }
    let tag_uses: Vec<&TagUse> = tag_uses.iter().flat_map(|file| file.iter()).collect();
    warn_lone_tags(&tag_uses, diagnostics);
    if !diagnostics.has_errors() && unreadable.is_empty() && is_builtin(official) {
        let taken = decided.map_or(0, |d| d.taken + 1);
        *settled = Some(Settled {
            taken,
            // Every file parsed (no file is unreadable), so each has its
            // place in `content.at`, in path order.
            files: read
                .into_iter()
                .zip(content.at.iter().map(|at| at.news.clone()))
                .collect(),
            news: content.news.clone(),
            order,
            parents: content.regions.iter().map(|r| r.parent).collect(),
            codes: content.regions.iter().map(|r| r.code.clone()).collect(),
            with_list: official.is_some(),
        });
    }
    content
}

/// The numbers a file's items take in the model: its region's, and the
/// positions of its first news item and first figure.
struct Numbers {
    region: RegionId,
    first_news: usize,
    first_figure: usize,
}

impl Numbers {
    /// `item`, numbered within its file, numbered in the model.
    fn item(&self, mut item: NewsItem) -> NewsItem {
        item.region = self.region;
        for figure in &mut item.figures {
            *figure = FigureId::at(figure.index() + self.first_figure);
        }
        item
    }

    /// `figure`, numbered within its file, numbered in the model.
    fn figure(&self, mut figure: Figure) -> Figure {
        figure.news = NewsId::at(figure.news.index() + self.first_news);
        figure.region = self.region;
        figure
    }

    /// `item`, numbered in a model with these numbers, numbered within
    /// its file again.
    fn item_back(&self, mut item: NewsItem) -> NewsItem {
        for figure in &mut item.figures {
            *figure = FigureId::at(figure.index() - self.first_figure);
        }
        item
    }

    /// `figure`, numbered in a model with these numbers, numbered within
    /// its file again.
    fn figure_back(&self, mut figure: Figure) -> Figure {
        figure.news = NewsId::at(figure.news.index() - self.first_news);
        figure
    }
}

/// The positions of `checked` sorted by level, then name, then slug
/// (stably, so of two files alike the first in path order stays first),
/// on both threads: the model's order.
fn model_order(checked: &[CheckedFile]) -> Vec<usize> {
    fn key(c: &CheckedFile) -> (Option<Level>, &str, &str) {
        (c.level, &c.file.raw.name, &c.file.slug)
    }
    let mut order: Vec<usize> = (0..checked.len()).collect();
    order.par_sort_by(|&a, &b| key(&checked[a]).cmp(&key(&checked[b])));
    order
}

/// `checked` in `order`, each file moved once: sorting the checked files
/// themselves moved each large value a dozen times, a tenth of a second of
/// a desa-scale load.
fn arranged(checked: Vec<CheckedFile>, order: &[usize]) -> Vec<CheckedFile> {
    let mut slots: Vec<Option<CheckedFile>> = checked.into_iter().map(Some).collect();
    order.iter().filter_map(|&at| slots[at].take()).collect()
}
