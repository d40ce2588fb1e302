//! Every rule one region file can break on its own: its level and name,
//! its news items and their figures, tags against the vocabularies, the
//! `checked` lists and Markdown. It runs on each file as soon as it is
//! parsed, on that file's thread, so what needs other files is left to
//! [`super::across`] and [`super::assemble`].

use std::sync::Arc;

use super::super::markdown;
use super::super::names::is_slug;
use super::across::TagUse;
use super::built::{Built, BuiltAt, OwnParts, Parts};
use super::figures::{
    figure, written_beyond_precision, written_with_thousands_dots, MAX_FIGURES_PER_ITEM,
};
use super::news::{news_item, MAX_SUMMARY_BYTES, MAX_TAGS_PER_ITEM};
use super::rules::FileRules;
use super::{FigurePosition, FileCheck, FilePlaces, Kept, RegionFile};
use crate::content::spans::YamlPath;
use crate::diagnostics::{suggestion_help, Diagnostics};
use crate::model::links::ContentLink;
use crate::model::{FigureId, Level, NewsId};
use crate::msg;

/// A region file after every rule it can break on its own: its news items
/// and figures as model values, numbered within the file, and the problems
/// found. What needs other files (its parent, its code's prefix, news ids
/// used twice, the numbering) is left to [`build`].
///
/// It depends on nothing but the file's text and the [`FileRules`], so a
/// loader that reads the same folder again (`serve`) keeps it and gives
/// [`build`] a copy for each file that did not change: the parsed file is
/// shared, and its news items, figures and places are taken from the
/// lists the last load built ([`Parts::Built`]).
#[derive(Clone)]
pub struct CheckedFile {
    /// The file, without its news (now in `parts`); read, never changed,
    /// by the rules across files.
    pub(super) file: Arc<RegionFile>,
    pub(super) level: Option<Level>,
    /// Its news items (each with `region` unset), their figures and
    /// where each was written.
    pub(super) parts: Parts,
    /// Shared, so the copy a loader keeps and the one each load takes
    /// are one list: at desa scale, with no vocabulary, every load copied
    /// 34 MiB of them.
    pub(super) tag_uses: Arc<[TagUse]>,
    /// The `@/` links of its summaries, for the check of their pages once
    /// every file is read.
    pub(super) links: Vec<ContentLink>,
    pub(super) diagnostics: Diagnostics,
}

impl CheckedFile {
    /// What a loader keeps of this check while the load that made it
    /// builds its lists: all but the parts, which it then finds there
    /// ([`CheckedFile::found_in`]).
    pub(crate) fn kept_copy(&self) -> CheckedFile {
        CheckedFile {
            file: self.file.clone(),
            level: self.level,
            parts: Parts::Pending,
            tag_uses: self.tag_uses.clone(),
            links: self.links.clone(),
            diagnostics: self.diagnostics.clone(),
        }
    }

    /// Whether the parts are still to be found ([`Parts::Pending`]).
    pub(crate) fn is_pending(&self) -> bool {
        matches!(self.parts, Parts::Pending)
    }

    /// Takes the parts from where they are in `built`.
    pub(crate) fn found_in(&mut self, built: &Arc<Built>, at: &BuiltAt) {
        self.parts = Parts::Built(built.clone(), at.clone());
    }
}

/// Applies every rule of one region file that needs no other file. Runs
/// on each file as soon as it is parsed, in parallel.
pub fn check_file(mut file: RegionFile, rules: &FileRules) -> CheckedFile {
    let mut diagnostics = std::mem::take(&mut file.misspelt);
    let news = std::mem::take(&mut file.raw.news);
    let RegionFile {
        source,
        positions: tree,
        raw,
        ..
    } = &file;
    let check = &mut FileCheck {
        source,
        tree,
        diagnostics: &mut diagnostics,
    };
    let root = YamlPath::root();
    let file_place: std::sync::Arc<std::path::Path> = std::sync::Arc::from(source.path.as_path());
    let metrics = rules.metrics.unwrap_or_default();
    // Split once: every kept place copies its line.
    let lines: Vec<&str> = source.text.lines().collect();

    let level = Level::from_name(&raw.level);
    if level.is_none() {
        check.push(
            check
                .error_at(&root.key("level"), msg!("region-level", level = &raw.level))
                .with_help(suggestion_help(&raw.level, &Level::NAMES)),
        );
    }
    if raw.name.trim().is_empty() {
        check.push(check.error_at(&root.key("name"), msg!("region-name-empty")));
    }
    let mut links = Vec::new();
    if let Some(summary) = &raw.summary {
        links.extend(check_markdown(check, summary, &root.key("summary")));
    }

    let mut items = Vec::with_capacity(news.len());
    let mut figures = Vec::new();
    let (mut figure_places, mut news_places) = (Vec::new(), Vec::new());
    let mut tag_uses = Vec::new();
    for (news_id, raw_news) in news.iter().enumerate() {
        let path = root.key("news").index(news_id);
        let place = crate::model::Place {
            file: file_place.clone(),
            line: tree.value_position(&path.key("id")).0,
        };
        let mut item = news_item(check, raw_news, place, &path, rules.today);
        for (field, list, vocabulary) in [
            ("sectors", &raw_news.sectors, &rules.vocabularies.sectors),
            ("topics", &raw_news.topics, &rules.vocabularies.topics),
        ] {
            for (i, slug) in list.iter().enumerate().take(MAX_TAGS_PER_ITEM) {
                let at = path.key(field).index(i);
                match vocabulary {
                    Some(known) if is_slug(slug) && known.label(slug).is_none() => {
                        let names: Vec<&str> =
                            known.entries.iter().map(|(s, _)| s.as_str()).collect();
                        check.push(
                            check
                                .error_at(
                                    &at,
                                    msg!("tag-not-in-vocabulary", field = field, slug = slug),
                                )
                                .with_help(msg!(
                                    "tag-not-in-vocabulary-help",
                                    suggestion = suggestion_help(slug, &names),
                                    field = field,
                                    slug = slug
                                )),
                        );
                    }
                    Some(_) => {}
                    None => tag_uses.push(TagUse {
                        field,
                        slug: slug.clone(),
                        at: FigurePosition::of(&file_place, &lines, tree, &at),
                    }),
                }
            }
        }
        if raw_news.summary.len() <= MAX_SUMMARY_BYTES {
            links.extend(check_markdown(
                check,
                &raw_news.summary,
                &path.key("summary"),
            ));
        }
        for (f, raw_figure) in raw_news.figures.iter().enumerate() {
            let fpath = path.key("figures").index(f);
            if rules.metrics.is_none() {
                continue;
            }
            let kind = rules
                .metric_index
                .get(raw_figure.metric.as_str())
                .map(|&m| metrics[m].kind);
            // Every number an author writes, of any metric: an unknown
            // metric's figure is then also reported as such.
            let misread = written_with_thousands_dots(check, &fpath, kind)
                | written_beyond_precision(check, &fpath);
            if misread && kind.is_some() {
                continue;
            }
            if f == MAX_FIGURES_PER_ITEM {
                check.push(
                    check
                        .error_at(
                            &path.key("figures"),
                            msg!(
                                "too-many-figures",
                                count = raw_news.figures.len(),
                                limit = MAX_FIGURES_PER_ITEM
                            ),
                        )
                        .with_help(msg!("too-many-figures-help")),
                );
            }
            if f >= MAX_FIGURES_PER_ITEM {
                break;
            }
            let Some(figure) = figure(
                check,
                rules,
                raw_figure,
                &item,
                &fpath,
                (NewsId::at(news_id), f),
            ) else {
                continue;
            };
            figure_places.push(Kept {
                at: FigurePosition::of(&file_place, &lines, tree, &fpath),
                checked: checked(check, &raw_figure.checked, FIGURE_ACKS, &fpath),
            });
            item.figures.push(FigureId::at(figures.len()));
            figures.push(figure);
        }
        items.push(item);
        news_places.push(Kept {
            at: FigurePosition::of(&file_place, &lines, tree, &path.key("id")),
            checked: checked(check, &raw_news.checked, NEWS_ACKS, &path),
        });
    }
    let places = FilePlaces {
        figures: figure_places,
        news: news_places,
        region: Kept {
            at: FigurePosition::of(&file_place, &lines, tree, &root.key("name")),
            checked: checked(check, &raw.checked, REGION_ACKS, &root),
        },
    };
    file.keep_for_cross_file_rules(news.len());
    CheckedFile {
        file: Arc::new(file),
        level,
        parts: Parts::Own(Box::new(OwnParts {
            news: items,
            figures,
            places,
        })),
        tag_uses: tag_uses.into(),
        links,
        diagnostics,
    }
}

/// The warnings a `checked` list may acknowledge, where it stands.
const REGION_ACKS: &[&str] = &["region-without-news"];
const NEWS_ACKS: &[&str] = &["news-without-url", "news-repeated"];
const FIGURE_ACKS: &[&str] = &[
    "conflict",
    "period-overlap",
    "metric-jump",
    "figure-undated",
];

/// The `checked` list at `path`, with each code it may not hold reported.
fn checked(
    check: &mut FileCheck,
    list: &[String],
    allowed: &[&str],
    path: &YamlPath,
) -> Vec<String> {
    for (i, code) in list.iter().enumerate() {
        if !allowed.contains(&code.as_str()) {
            check.push(
                check
                    .error_at(
                        &path.key("checked").index(i),
                        msg!("checked-unknown", code = code),
                    )
                    .with_help(suggestion_help(code, allowed)),
            );
        }
    }
    list.to_vec()
}

/// Reports a Markdown `text` at `path` that breaks the limits of
/// [`markdown::check`], at the line of the text where the problem is; a
/// text within them has its links checked (see [`crate::content::links`]),
/// and its `@/` links are given back.
fn check_markdown(check: &mut FileCheck, text: &str, path: &YamlPath) -> Vec<ContentLink> {
    let FileCheck { source, tree, .. } = *check;
    let Some(problem) = markdown::check(text) else {
        let start = tree.value_position(path);
        return crate::content::links::check(source, text, start, check.diagnostics);
    };
    // The value's position is where its text starts (for a block scalar,
    // the first line after `|`), and its lines follow at the same indent.
    let (line, column) = tree.value_position(path);
    check.push(
        source
            .error(
                line + problem.line - 1,
                column,
                msg!(
                    "markdown-in-field",
                    field = crate::content::field_path::field(&path.to_string(), &|p| {
                        tree.scalar_text(p)
                    }),
                    problem = problem.message
                ),
            )
            .with_help(problem.help),
    );
    Vec::new()
}
