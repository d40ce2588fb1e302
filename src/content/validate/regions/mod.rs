//! Region files: regions, their news items and the figures those report.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::markdown;
use super::names::{is_region_code, is_slug, slugify, too_long};
use super::Parsed;
use crate::content::raw::{
    RawDate, RawFigure, RawNews, RawRegion, FIGURE_FIELDS, NEWS_FIELDS, REGION_FIELDS,
};
use crate::content::source::{self, Source};
use crate::content::spans::{Positions, YamlPath};
use crate::content::yaml::{check_keys, check_required, for_each_item, FileKind};
use crate::diagnostics::{suggest, suggestion_help, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::number::{self, without_thousands_dots};
use crate::model::{
    Amount, Figure, Level, Metric, MetricKind, NewsItem, PartialDate, Region, RegionId, Tier,
    Vocabularies,
};
use crate::msg;

/// A region file that parsed, with its slug.
pub struct RegionFile {
    slug: String,
    source: Source,
    /// Where each value is: the parse tree itself is dropped as soon as the
    /// file's own checks are done.
    positions: Positions,
    raw: RawRegion,
    /// Errors of misspelt fields, read past so the file's other rules run.
    misspelt: Diagnostics,
}

/// Where a value was written, kept after the parse tree is gone, for
/// warnings that are only known once every file is read (conflicts, lone
/// near-duplicate tags).
pub struct FigurePosition {
    pub(super) file: PathBuf,
    pub(super) line: usize,
    column: usize,
    line_text: String,
}

impl FigurePosition {
    /// The place of `path` in `source`, whose lines are `lines`.
    fn of(source: &Source, lines: &[&str], tree: &Positions, path: &YamlPath) -> Self {
        let (line, column) = tree.value_position(path);
        FigurePosition {
            file: source.path.clone(),
            line,
            column,
            line_text: lines
                .get(line.saturating_sub(1))
                .copied()
                .unwrap_or("")
                .to_string(),
        }
    }

    /// `file:line`, for a message that points at this place from another.
    pub(super) fn reference(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }

    /// A warning at this place, showing its line.
    pub(super) fn warning(&self, message: Message) -> Diagnostic {
        Diagnostic::warning(&self.file, self.line, self.column, message).with_line(&self.line_text)
    }
}

/// One region file under check: where its values are and where its
/// problems go. Every rule about a value takes this one argument, instead
/// of a closure for positions and the list of problems threaded beside it.
pub(super) struct FileCheck<'a> {
    pub source: &'a Source,
    pub tree: &'a Positions,
    pub diagnostics: &'a mut Diagnostics,
}

impl FileCheck<'_> {
    /// An error at the value at `path`.
    pub fn error_at(&self, path: &YamlPath, message: Message) -> Diagnostic {
        let (line, column) = self.tree.value_position(path);
        self.source.error(line, column, message)
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
}

/// What the region files hold, ready for [`Site::assemble`].
pub struct Content {
    pub regions: Vec<Region>,
    pub news: Vec<NewsItem>,
    pub figures: Vec<Figure>,
    /// Where each figure, news item and region was written, with the
    /// warnings an editor acknowledged there, in the order of the model.
    pub places: Places,
}

/// A place in a region file and the codes its `checked` list acknowledges.
pub struct Kept {
    pub at: FigurePosition,
    pub checked: Vec<String>,
}

/// [`Kept`] for every figure, news item and region, indexed like the model.
#[derive(Default)]
pub struct Places {
    pub figures: Vec<Kept>,
    pub news: Vec<Kept>,
    pub regions: Vec<Kept>,
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

/// Reads and parses the region file at `path`.
pub fn parse(path: &Path) -> Result<RegionFile, Diagnostics> {
    parse_source(source::read(path)?)
}

/// Parses a region file's text; its slug is the file's name.
pub fn parse_source(source: Source) -> Result<RegionFile, Diagnostics> {
    let slug = source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parsed = super::parse_source::<RawRegion>(
        source,
        &FileKind {
            what: || msg!("kind-region"),
            starter: "name: Kabupaten …\nlevel: kabupaten\nparent: <slug of its provinsi file>",
        },
        |tree, out| {
            let root = YamlPath::root();
            check_keys(tree, &root, REGION_FIELDS, out);
            check_required(tree, &root, REGION_FIELDS, &["name", "level"], out);
            for_each_item(tree, &root.key("news"), |news| {
                check_keys(tree, &news, NEWS_FIELDS, out);
                check_required(
                    tree,
                    &news,
                    NEWS_FIELDS,
                    &["id", "title", "outlet", "summary"],
                    out,
                );
                for_each_item(tree, &news.key("figures"), |figure| {
                    check_keys(tree, &figure, FIGURE_FIELDS, out);
                    check_required(tree, &figure, FIGURE_FIELDS, &["metric"], out);
                });
            });
        },
    )?;
    let Parsed {
        source,
        tree,
        raw,
        misspelt,
    } = parsed;
    // Numbers with thousands dots keep their text for the check in `build`,
    // which needs the metric's kind; `21.000` parses as twenty-one.
    // So do numbers with more digits than YAML keeps, for the same check.
    let positions = Positions::of(&tree, |text| {
        without_thousands_dots(text).is_some() || number::read_otherwise(text).is_some()
    });
    Ok(RegionFile {
        slug,
        source,
        positions,
        raw,
        misspelt,
    })
}

/// What the rules of one file need to know of the rest of the content:
/// the metrics (`None` when metrics.yaml could not be read: every other
/// rule still runs, so one run shows all problems), the vocabularies and
/// the day of the build.
pub struct FileRules<'a> {
    metrics: Option<&'a [Metric]>,
    metric_index: HashMap<&'a str, usize>,
    metric_ids: Vec<&'a str>,
    today: PartialDate,
    vocabularies: &'a Vocabularies,
}

impl<'a> FileRules<'a> {
    pub fn new(
        metrics: Option<&'a [Metric]>,
        today: PartialDate,
        vocabularies: &'a Vocabularies,
    ) -> Self {
        let all = metrics.unwrap_or_default();
        FileRules {
            metrics,
            metric_index: all
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str(), i))
                .collect(),
            metric_ids: all.iter().map(|m| m.id.as_str()).collect(),
            today,
            vocabularies,
        }
    }
}

/// A region file after every rule it can break on its own: its news items
/// and figures as model values, numbered within the file, and the problems
/// found. What needs other files (its parent, its code's prefix, news ids
/// used twice, the numbering) is left to [`build`].
pub struct CheckedFile {
    /// The file, without its news (now in `news`).
    file: RegionFile,
    level: Option<Level>,
    /// Each with `region` unset and `figures` numbered within the file.
    news: Vec<NewsItem>,
    /// Each with `news` numbered within the file and `region` unset.
    figures: Vec<Figure>,
    places: Places,
    tag_uses: Vec<TagUse>,
    diagnostics: Diagnostics,
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
    if let Some(summary) = &raw.summary {
        check_markdown(check, summary, &root.key("summary"));
    }

    let mut items = Vec::with_capacity(news.len());
    let mut figures = Vec::new();
    let mut places = Places::default();
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
                        at: FigurePosition::of(source, &lines, tree, &at),
                    }),
                }
            }
        }
        if raw_news.summary.len() <= MAX_SUMMARY_BYTES {
            check_markdown(check, &raw_news.summary, &path.key("summary"));
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
            let Some(figure) = figure(check, rules, raw_figure, &item, &fpath, (news_id, f)) else {
                continue;
            };
            places.figures.push(Kept {
                at: FigurePosition::of(source, &lines, tree, &fpath),
                checked: checked(check, &raw_figure.checked, FIGURE_ACKS, &fpath),
            });
            item.figures.push(figures.len());
            figures.push(figure);
        }
        items.push(item);
        places.news.push(Kept {
            at: FigurePosition::of(source, &lines, tree, &path.key("id")),
            checked: checked(check, &raw_news.checked, NEWS_ACKS, &path),
        });
    }
    places.regions.push(Kept {
        at: FigurePosition::of(source, &lines, tree, &root.key("name")),
        checked: checked(check, &raw.checked, REGION_ACKS, &root),
    });
    CheckedFile {
        file,
        level,
        news: items,
        figures,
        places,
        tag_uses,
        diagnostics,
    }
}

/// Applies the rules across files and numbers everything: regions by
/// level, then name, so pages list them in that order; news items and
/// figures after them, in file order.
///
/// `unreadable` holds the slugs of region files that did not parse; a
/// child naming one as its parent is not told that the parent does not
/// exist.
pub fn build(
    mut checked: Vec<CheckedFile>,
    unreadable: &HashSet<String>,
    diagnostics: &mut Diagnostics,
) -> Content {
    // In path order, so the file named first of two with one slug is the
    // first in the folder.
    check_slugs(checked.iter().map(|c| &c.file), diagnostics);
    check_codes(checked.iter().map(|c| &c.file), diagnostics);
    checked.sort_by(|a, b| {
        (a.level, &a.file.raw.name, &a.file.slug).cmp(&(b.level, &b.file.raw.name, &b.file.slug))
    });
    let mut tag_uses: Vec<TagUse> = Vec::new();
    let mut files = Vec::with_capacity(checked.len());
    let mut parts = Vec::with_capacity(checked.len());
    for c in checked {
        diagnostics.extend(c.diagnostics);
        tag_uses.extend(c.tag_uses);
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

    let mut content = Content {
        regions: Vec::with_capacity(files.len()),
        news: Vec::new(),
        figures: Vec::new(),
        places: Places::default(),
    };
    let mut news_ids: HashMap<String, (&Path, usize)> = HashMap::new();
    for (region_id, (file, (level, news, figures, places))) in files.iter().zip(parts).enumerate() {
        let RegionFile {
            source,
            positions: tree,
            raw,
            ..
        } = file;
        let check = &mut FileCheck {
            source,
            tree,
            diagnostics: &mut *diagnostics,
        };
        let root = YamlPath::root();
        let parent = parent_of(check, raw, level, &regions);
        if let Some(code) = &raw.code {
            check_code(
                check,
                code,
                level,
                parent.and_then(|p| files[p].raw.code.as_deref()),
            );
        }

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
                *figure += first_figure;
            }
            content.news.push(item);
        }
        for mut figure in figures {
            figure.news += first_news;
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
            code: raw.code.clone(),
            summary: raw.summary.clone().filter(|s| !s.trim().is_empty()),
            news: (first_news..content.news.len()).collect(),
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

/// Every region file that parsed, for the rules that look across files:
/// the files in their final order, each slug's place in it, and the slugs
/// of the files that did not parse.
struct Regions<'a> {
    files: &'a [RegionFile],
    index: HashMap<&'a str, usize>,
    unreadable: &'a HashSet<String>,
}

/// Where a sector or topic slug was written, when no vocabulary lists them.
struct TagUse {
    field: &'static str,
    slug: String,
    at: FigurePosition,
}

/// Without `sectors.yaml`/`topics.yaml`, a slug used once that is close to
/// one used elsewhere is most likely a typo (`kerajnan` for `kerajinan`) that
/// would quietly get a page of its own.
fn warn_lone_tags(uses: &[TagUse], diagnostics: &mut Diagnostics) {
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
fn parent_of(
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
                return Some(p);
            };
            if parent_level.tier() == expected {
                return Some(p);
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

fn check_slugs<'a>(files: impl Iterator<Item = &'a RegionFile>, diagnostics: &mut Diagnostics) {
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
            diagnostics.push(
                Diagnostic::error(path, 1, 1, msg!("region-slug-again", slug = &file.slug))
                    .with_help(msg!(
                        "region-slug-again-help",
                        file = first.display().to_string()
                    )),
            );
        }
    }
}

/// Two regions with one Kemendagri code: the later file in the folder is
/// reported at its `code`, naming the first and the line of its `code`. A
/// file whose slug is already taken is left out: it is reported as a copy,
/// and it would repeat its original's code. A code of the wrong shape, or
/// of another rung than its region's level, is reported as such, not again
/// here.
fn check_codes<'a>(files: impl Iterator<Item = &'a RegionFile>, diagnostics: &mut Diagnostics) {
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
}

fn check_code(check: &mut FileCheck, code: &str, level: Option<Level>, parent_code: Option<&str>) {
    let at = YamlPath::root().key("code");
    let parts = code.split('.').count();
    let expected_parts = level.map(|l| l.tier().code_parts());
    if !is_region_code(code) {
        check.push(
            check
                .error_at(&at, msg!("code-shape", code = code))
                .with_help(msg!("code-shape-help")),
        );
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
    } else if let Some(parent_code) = parent_code {
        if !code.starts_with(&format!("{parent_code}.")) {
            check.push(
                check
                    .error_at(
                        &at,
                        msg!("code-not-under-parent", code = code, parent = parent_code),
                    )
                    .with_help(msg!("code-not-under-parent-help", parent = parent_code)),
            );
        }
    }
}

fn parse_date(check: &mut FileCheck, raw: &RawDate, path: &YamlPath) -> Option<PartialDate> {
    let parsed = PartialDate::parse(raw.0.trim());
    match parsed {
        None => check.push(
            check
                .error_at(path, msg!("date-shape", date = &raw.0))
                .with_help(msg!("date-shape-help")),
        ),
        Some(date) if !YEARS.contains(&date.year_number()) => {
            check.push(
                check
                    .error_at(
                        path,
                        msg!(
                            "date-year-range",
                            year = format!("{:04}", date.year_number()),
                            date = &raw.0,
                            from = *YEARS.start(),
                            to = *YEARS.end()
                        ),
                    )
                    .with_help(msg!("date-year-range-help")),
            );
            return None;
        }
        Some(_) => {}
    }
    parsed
}

/// Reports a Markdown `text` at `path` that breaks the limits of
/// [`markdown::check`], at the line of the text where the problem is.
fn check_markdown(check: &mut FileCheck, text: &str, path: &YamlPath) {
    let FileCheck { source, tree, .. } = *check;
    let Some(problem) = markdown::check(text) else {
        return;
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
                    field = crate::content::field_path::field(&path.to_string(), &|news| {
                        tree.scalar_text(&crate::content::field_path::news_id_path(news))
                            .map(str::to_string)
                    }),
                    problem = problem.message
                ),
            )
            .with_help(problem.help),
    );
}

/// Years a news date can have: IKM news is modern, and a year outside this
/// is a typo (`0000`, `20219`) that would stretch every chart.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Limits that keep one small file from making a huge site: every topic
/// and sector page repeats the item, so 6,000 topics on a 200 KB summary
/// wrote 1.2 GB. Each is several times what a real article needs.
const MAX_TAGS_PER_ITEM: usize = 12;
/// (`draft` lists a longer article's other numbers in a comment.)
pub const MAX_FIGURES_PER_ITEM: usize = 100;
/// Bytes of an item's `summary`: a summary is a few paragraphs.
const MAX_SUMMARY_BYTES: usize = 20_000;

/// A warning when `date` (at `path`) is after the day of the build.
fn warn_if_future(
    check: &mut FileCheck,
    date: Option<PartialDate>,
    today: PartialDate,
    path: &YamlPath,
) {
    if let Some(date) = date.filter(|d| d.is_after(&today)) {
        check.push(
            check
                .error_at(
                    path,
                    msg!(
                        "date-in-future",
                        date = date.to_string(),
                        today = today.to_string()
                    ),
                )
                .with_help(msg!("date-in-future-help"))
                .as_warning(),
        );
    }
}

/// The news item `raw` as a model value, not yet given its region.
fn news_item(
    check: &mut FileCheck,
    raw: &RawNews,
    place: crate::model::Place,
    path: &YamlPath,
    today: PartialDate,
) -> NewsItem {
    if !is_slug(&raw.id) {
        check.push(
            check
                .error_at(&path.key("id"), msg!("news-id-not-slug", id = &raw.id))
                .with_help(msg!("for-example", example = slugify(&raw.id))),
        );
    } else if let Some(problem) = too_long(&raw.id) {
        check.push(
            check
                .error_at(&path.key("id"), problem)
                .with_help(msg!("news-id-too-long-help")),
        );
    }
    if raw.summary.len() > MAX_SUMMARY_BYTES {
        check.push(
            check
                .error_at(
                    &path.key("summary"),
                    msg!(
                        "summary-too-large",
                        size = raw.summary.len(),
                        limit = MAX_SUMMARY_BYTES
                    ),
                )
                .with_help(msg!("summary-too-large-help")),
        );
    }
    for (field, text) in [
        ("title", &raw.title),
        ("outlet", &raw.outlet),
        ("summary", &raw.summary),
    ] {
        if text.trim().is_empty() {
            let help = match field {
                "outlet" => msg!("outlet-empty-help"),
                "summary" => msg!("summary-empty-help"),
                _ => msg!("title-empty-help"),
            };
            check.push(
                check
                    .error_at(&path.key(field), msg!("field-empty", field = field))
                    .with_help(help),
            );
        } else if text.trim_start().starts_with("TODO") {
            // `ikm-site new news` writes these; they must not reach a page.
            check.push(
                check
                    .error_at(&path.key(field), msg!("field-todo", field = field))
                    .with_help(msg!("field-todo-help"))
                    .as_warning(),
            );
        }
    }
    if let Some(url) = &raw.url {
        let ok = url::Url::parse(url)
            .map(|u| matches!(u.scheme(), "http" | "https"))
            .unwrap_or(false);
        if !ok {
            check.push(check.error_at(&path.key("url"), msg!("news-url", url = url)));
        }
    }
    for (field, list) in [("sectors", &raw.sectors), ("topics", &raw.topics)] {
        if list.len() > MAX_TAGS_PER_ITEM {
            check.push(
                check
                    .error_at(
                        &path.key(field).index(MAX_TAGS_PER_ITEM),
                        msg!(
                            "too-many-tags",
                            count = list.len(),
                            field = field,
                            limit = MAX_TAGS_PER_ITEM
                        ),
                    )
                    .with_help(msg!("too-many-tags-help", field = field)),
            );
        }
        for (i, slug) in list.iter().enumerate() {
            if let Some(problem) = too_long(slug).filter(|_| is_slug(slug)) {
                check.push(check.error_at(&path.key(field).index(i), problem));
            } else if !is_slug(slug) {
                check.push(
                    check
                        .error_at(
                            &path.key(field).index(i),
                            msg!("tag-not-slug", slug = slug, field = field),
                        )
                        .with_help(msg!("for-example", example = slugify(slug))),
                );
            }
        }
    }
    let published = raw
        .published
        .as_ref()
        .and_then(|d| parse_date(check, d, &path.key("published")));
    warn_if_future(check, published, today, &path.key("published"));
    NewsItem {
        id: raw.id.clone(),
        region: 0,
        title: raw.title.trim().to_string(),
        outlet: raw.outlet.trim().to_string(),
        url: raw.url.clone(),
        published,
        date_note: raw.date_note.clone().filter(|n| !n.trim().is_empty()),
        summary: raw.summary.clone(),
        sectors: raw.sectors.clone(),
        topics: raw.topics.clone(),
        figures: Vec::new(),
        place,
    }
}

/// The figure `raw` as a model value, its news item numbered within the
/// file and its region not yet given; `None` when it breaks a rule.
///
/// `(news, position)` is the index of its news item in the file and its
/// own index in that item.
fn figure(
    check: &mut FileCheck,
    rules: &FileRules,
    raw: &RawFigure,
    item: &NewsItem,
    path: &YamlPath,
    (news, position): (usize, usize),
) -> Option<Figure> {
    let FileRules {
        metric_index,
        metric_ids,
        today,
        ..
    } = rules;
    let metrics = rules.metrics.unwrap_or_default();
    let Some(&metric) = metric_index.get(raw.metric.as_str()) else {
        check.push(
            check
                .error_at(
                    &path.key("metric"),
                    msg!("metric-unknown", metric = &raw.metric),
                )
                .with_help(suggestion_help(&raw.metric, metric_ids)),
        );
        return None;
    };
    let kind = metrics[metric].kind;
    let amount = match (raw.value, &raw.range) {
        (Some(_), Some(_)) => {
            check.push(
                check
                    .error_at(&path.key("range"), msg!("value-and-range"))
                    .with_help(msg!("value-and-range-help")),
            );
            return None;
        }
        (None, None) => {
            check.push(
                check
                    .error_at(path, msg!("no-value-or-range"))
                    .with_help(msg!("no-value-or-range-help")),
            );
            return None;
        }
        (Some(value), None) => {
            check_number(check, value, kind, &path.key("value"))?;
            Amount::Exact(value)
        }
        (None, Some(range)) => {
            let at = path.key("range");
            let [low, high] = range.as_slice() else {
                check.push(check.error_at(&at, msg!("range-length", count = range.len())));
                return None;
            };
            check_number(check, *low, kind, &at.index(0))?;
            check_number(check, *high, kind, &at.index(1))?;
            if low >= high {
                let shown = |v: &f64| v.to_string();
                check.push(
                    check
                        .error_at(
                            &at,
                            msg!("range-order", low = shown(low), high = shown(high)),
                        )
                        .with_help(if low > high {
                            msg!("range-swap-help", low = shown(high), high = shown(low))
                        } else {
                            msg!("range-single-help", value = shown(low))
                        }),
                );
                return None;
            }
            Amount::Range(*low, *high)
        }
    };
    let as_of = match &raw.as_of {
        Some(date) => Some(parse_date(check, date, &path.key("as_of"))?),
        None => None,
    };
    warn_if_future(check, as_of, *today, &path.key("as_of"));
    if let (Some(as_of), Some(published)) = (as_of, item.published) {
        if as_of.is_after(&published) {
            check.push(
                check
                    .error_at(
                        &path.key("as_of"),
                        msg!(
                            "as-of-after-published",
                            as_of = as_of.to_string(),
                            published = published.to_string()
                        ),
                    )
                    .with_help(msg!("as-of-after-published-help"))
                    .as_warning(),
            );
        }
    }
    if kind == MetricKind::Percent {
        let values = match amount {
            Amount::Exact(v) => vec![(path.key("value"), v)],
            Amount::Range(low, high) => vec![
                (path.key("range").index(0), low),
                (path.key("range").index(1), high),
            ],
        };
        for (at, value) in values.into_iter().filter(|(_, v)| *v > 0.0 && *v < 1.0) {
            let percent = format!("{:.4}", value * 100.0);
            let percent = percent.trim_end_matches('0').trim_end_matches('.');
            let shown = percent.replace('.', ",");
            check.push(
                check
                    .error_at(
                        &at,
                        msg!(
                            "percent-below-one",
                            value = value.to_string(),
                            percent = &shown
                        ),
                    )
                    .with_help(msg!(
                        "percent-below-one-help",
                        written = percent,
                        percent = &shown
                    ))
                    .as_warning(),
            );
        }
    }
    let from_published = as_of.is_none() && !raw.baseline && item.published.is_some();
    Some(Figure {
        news,
        region: 0,
        metric,
        amount,
        approx: raw.approx,
        period: as_of.or(if raw.baseline { None } else { item.published }),
        period_from_published: from_published,
        baseline: raw.baseline,
        note: raw.note.clone().filter(|n| !n.trim().is_empty()),
        position,
    })
}

/// Reports each number of a figure written with Indonesian thousands dots
/// (`21.000`, `1.234.567`), in `value` or at either end of a `range`: YAML
/// reads `21.000` as twenty-one, so such a figure would be published wrong
/// without a word. Looks at the text as written, since the parsed value no
/// longer shows the dots. A count cannot have three decimals, so its fix
/// is the number meant; a percent (or a metric not known) could, so its
/// help offers both readings, each written so that it cannot be misread.
fn written_with_thousands_dots(
    check: &mut FileCheck,
    figure: &YamlPath,
    kind: Option<MetricKind>,
) -> bool {
    let value = figure.key("value");
    let range = figure.key("range");
    let mut found = false;
    for at in [value, range.index(0), range.index(1)] {
        let Some(written) = check.tree.scalar_text(&at) else {
            continue;
        };
        let Some(number) = without_thousands_dots(written) else {
            continue;
        };
        let decimal = number::Decimal::parse(written);
        let diagnostic = match (kind, decimal) {
            (Some(MetricKind::Percent) | None, Some(decimal)) => check
                .error_at(
                    &at,
                    msg!(
                        "thousands-dots-ambiguous",
                        written = written,
                        read_as = decimal.to_string(),
                        number = &number
                    ),
                )
                .with_help(msg!(
                    "thousands-dots-ambiguous-help",
                    number = &number,
                    decimal = decimal.unambiguous(),
                    read_as = decimal.to_string()
                )),
            (_, Some(decimal)) => check
                .error_at(
                    &at,
                    msg!(
                        "thousands-dots-read-as",
                        written = written,
                        read_as = decimal.to_string()
                    ),
                )
                .with_help(msg!("thousands-dot-help", number = &number)),
            (_, None) => check
                .error_at(&at, msg!("thousands-dots", written = written))
                .with_help(msg!("thousands-dot-help", number = &number)),
        };
        check.push(diagnostic);
        found = true;
    }
    found
}

/// Reports each number of a figure with more digits than YAML keeps
/// (`0.12345678901234567`): it would be published as other digits than
/// the article's, without a word.
fn written_beyond_precision(check: &mut FileCheck, figure: &YamlPath) -> bool {
    let range = figure.key("range");
    let mut found = false;
    for at in [figure.key("value"), range.index(0), range.index(1)] {
        let Some(written) = check.tree.scalar_text(&at) else {
            continue;
        };
        if let Some(read_as) = number::read_otherwise(written) {
            check.push(
                check
                    .error_at(
                        &at,
                        msg!(
                            "value-not-exact",
                            written = written,
                            read_as = read_as.to_string()
                        ),
                    )
                    .with_help(msg!("value-not-exact-help", read_as = read_as.to_string())),
            );
            found = true;
        }
    }
    found
}

fn check_number(check: &mut FileCheck, value: f64, kind: MetricKind, at: &YamlPath) -> Option<()> {
    let value_text = value.to_string();
    let problem = if !value.is_finite() || value < 0.0 {
        Some(msg!("value-negative", value = &value_text))
    } else if kind == MetricKind::Count && value.fract() != 0.0 {
        Some(msg!("value-not-whole", value = &value_text))
    } else if value > number::MAX_VALUE {
        Some(msg!("value-too-large", value = &value_text))
    } else {
        None
    };
    match problem {
        Some(problem) => {
            let mut diagnostic = check.error_at(at, problem);
            // "15.769" in Indonesian text is fifteen thousand; YAML reads a
            // decimal point. Only a number of that shape is offered its
            // thousands: `64099460295929.01` is not 1000 times more.
            if kind == MetricKind::Count && value.fract() != 0.0 {
                if let Some(number) = without_thousands_dots(&value_text) {
                    diagnostic = diagnostic.with_help(msg!("thousands-dot-help", number = number));
                }
            }
            check.push(diagnostic);
            None
        }
        None => Some(()),
    }
}
