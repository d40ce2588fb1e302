//! Region files: regions, their news items and the figures those report.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::markdown;
use super::names::{is_region_code, is_slug, slugify, too_long};
use super::{parse_file, Parsed};
use crate::content::raw::{
    RawDate, RawFigure, RawNews, RawRegion, FIGURE_FIELDS, NEWS_FIELDS, REGION_FIELDS,
};
use crate::content::spans::{SpanTree, YamlPath};
use crate::content::yaml::{
    check_keys, check_required, for_each_item, without_thousands_dots, FileKind,
};
use crate::diagnostics::{suggest, suggestion_help, Diagnostic, Diagnostics};
use crate::model::{
    Amount, Figure, Level, Metric, MetricKind, NewsItem, PartialDate, Region, Site, Vocabularies,
};

/// A region file that parsed, with its slug.
pub struct RegionFile {
    slug: String,
    parsed: Parsed<RawRegion>,
}

/// Where a value was written, kept after the parse tree is gone, for
/// warnings that are only known once every file is read (conflicts, lone
/// near-duplicate tags).
pub struct FigurePosition {
    file: PathBuf,
    line: usize,
    column: usize,
    line_text: String,
}

impl FigurePosition {
    fn of(source: &crate::content::source::Source, tree: &SpanTree, path: &YamlPath) -> Self {
        let (line, column) = tree.value_position(path);
        FigurePosition {
            file: source.path.clone(),
            line,
            column,
            line_text: source
                .text
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .to_string(),
        }
    }

    /// A warning at this place, showing its line.
    fn warning(&self, message: String) -> Diagnostic {
        Diagnostic::warning(&self.file, self.line, self.column, message).with_line(&self.line_text)
    }
}

/// What the region files hold, ready for [`Site::assemble`].
pub struct Content {
    pub regions: Vec<Region>,
    pub news: Vec<NewsItem>,
    pub figures: Vec<Figure>,
    pub positions: Vec<FigurePosition>,
}

pub fn parse(path: &Path) -> Result<RegionFile, Diagnostics> {
    let parsed = parse_file::<RawRegion>(
        path,
        &FileKind {
            what: "a region with at least `name` and `level`",
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
    let slug = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(RegionFile { slug, parsed })
}

/// Applies the per-file and cross-file rules and numbers everything.
///
/// `metrics` is `None` when metrics.yaml could not be read: every other rule
/// still runs, so one run shows all problems. `unreadable` holds the slugs of
/// region files that did not parse; a child naming one as its parent is not
/// told that the parent does not exist.
pub fn build(
    mut files: Vec<RegionFile>,
    metrics: Option<&[Metric]>,
    unreadable: &HashSet<String>,
    today: PartialDate,
    vocabularies: &Vocabularies,
    diagnostics: &mut Diagnostics,
) -> Content {
    let mut tag_uses: Vec<TagUse> = Vec::new();
    check_slugs(&files, diagnostics);
    let metrics_readable = metrics.is_some();
    let metrics = metrics.unwrap_or_default();
    let metric_index: HashMap<&str, usize> = metrics
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let metric_ids: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();

    // Regions are numbered by level, then name, so pages list them in that order.
    files.sort_by(|a, b| {
        let key = |f: &RegionFile| {
            (
                Level::from_name(&f.parsed.raw.level),
                f.parsed.raw.name.clone(),
                f.slug.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let index: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.slug.as_str(), i))
        .collect();
    let slugs: Vec<&str> = files.iter().map(|f| f.slug.as_str()).collect();

    let mut content = Content {
        regions: Vec::with_capacity(files.len()),
        news: Vec::new(),
        figures: Vec::new(),
        positions: Vec::new(),
    };
    let mut news_ids: HashMap<String, (PathBuf, usize)> = HashMap::new();

    for (region_id, file) in files.iter().enumerate() {
        let Parsed { source, tree, raw } = &file.parsed;
        let error_at = |path: &YamlPath, message: String| {
            let (line, column) = tree.value_position(path);
            source.error(line, column, message)
        };
        let root = YamlPath::root();

        let level = Level::from_name(&raw.level);
        if level.is_none() {
            diagnostics.push(
                error_at(
                    &root.key("level"),
                    format!(
                        "found the level `{}`; expected `provinsi`, `kabupaten` or `kota`",
                        raw.level
                    ),
                )
                .with_help(suggestion_help(&raw.level, &Level::NAMES)),
            );
        }
        if raw.name.trim().is_empty() {
            diagnostics.push(error_at(
                &root.key("name"),
                "`name` is empty; expected the region's full name, e.g. `Kabupaten Lebak`".into(),
            ));
        }

        let parent = match (&raw.parent, level) {
            (None, Some(Level::Kabupaten | Level::Kota)) => {
                diagnostics.push(
                    error_at(
                        &root,
                        format!("a {} needs a `parent`; found none", raw.level),
                    )
                    .with_help(
                        "add `parent:` with the slug of its provinsi file, e.g. `parent: banten`",
                    ),
                );
                None
            }
            (Some(_), Some(Level::Provinsi)) => {
                diagnostics.push(
                    error_at(
                        &root.key("parent"),
                        "found a `parent` on a provinsi; expected none".into(),
                    )
                    .with_help("remove `parent`, or change `level` to `kabupaten` or `kota`"),
                );
                None
            }
            (Some(parent), _) => match index.get(parent.as_str()) {
                Some(&p)
                    if Level::from_name(&files[p].parsed.raw.level) == Some(Level::Provinsi) =>
                {
                    Some(p)
                }
                Some(&p) => {
                    let provinces: Vec<&str> = files
                        .iter()
                        .filter(|f| f.parsed.raw.level == "provinsi")
                        .map(|f| f.slug.as_str())
                        .collect();
                    let grandparent = files[p].parsed.raw.parent.as_deref();
                    let help =
                        match grandparent.or_else(|| suggest(parent, provinces.iter().copied())) {
                            Some(best) => {
                                format!("use the provinsi it belongs to: `{best}`")
                            }
                            None => "use the slug of a provinsi file".to_string(),
                        };
                    diagnostics.push(
                        error_at(
                            &root.key("parent"),
                            format!(
                                "the parent `{parent}` is a {}, not a provinsi; expected the slug of a provinsi file",
                                files[p].parsed.raw.level
                            ),
                        )
                        .with_help(help),
                    );
                    None
                }
                None if unreadable.contains(parent.as_str()) => None,
                None => {
                    let provinces: Vec<&str> = files
                        .iter()
                        .filter(|f| f.parsed.raw.level == "provinsi")
                        .map(|f| f.slug.as_str())
                        .collect();
                    let help = match suggest(parent, provinces.iter().copied()).or_else(|| suggest(parent, slugs.iter().copied())) {
                        Some(best) => format!("did you mean `{best}`?"),
                        None => "the parent is the file name, without `.yaml`, of a provinsi in content/regions/".into(),
                    };
                    diagnostics.push(
                        error_at(
                            &root.key("parent"),
                            format!(
                                "found the parent `{parent}`, but no region file has that slug"
                            ),
                        )
                        .with_help(help),
                    );
                    None
                }
            },
            (None, _) => None,
        };

        if let Some(code) = &raw.code {
            check_code(
                code,
                level,
                parent.and_then(|p| files[p].parsed.raw.code.as_deref()),
                &error_at,
                diagnostics,
            );
        }

        if let Some(summary) = &raw.summary {
            check_markdown(summary, &root.key("summary"), tree, source, diagnostics);
        }
        let mut region_news = Vec::new();
        for (n, raw_news) in raw.news.iter().enumerate() {
            let path = root.key("news").index(n);
            let news_id = content.news.len();
            let item = news_item(raw_news, region_id, &path, today, &error_at, diagnostics);
            for (field, list, vocabulary) in [
                ("sectors", &raw_news.sectors, &vocabularies.sectors),
                ("topics", &raw_news.topics, &vocabularies.topics),
            ] {
                for (i, slug) in list.iter().enumerate().take(MAX_TAGS_PER_ITEM) {
                    let at = path.key(field).index(i);
                    match vocabulary {
                        Some(known) if is_slug(slug) && known.label(slug).is_none() => {
                            let names: Vec<&str> =
                                known.entries.iter().map(|(s, _)| s.as_str()).collect();
                            diagnostics.push(
                                error_at(
                                    &at,
                                    format!(
                                        "found the {} `{slug}`, which {field}.yaml does not list",
                                        &field[..field.len() - 1]
                                    ),
                                )
                                .with_help(format!(
                                    "{} (or add `{slug}` to {field}.yaml)",
                                    suggestion_help(slug, &names)
                                )),
                            );
                        }
                        Some(_) => {}
                        None => tag_uses.push(TagUse {
                            field,
                            slug: slug.clone(),
                            at: FigurePosition::of(source, tree, &at),
                        }),
                    }
                }
            }
            if raw_news.summary.len() <= MAX_SUMMARY_BYTES {
                check_markdown(
                    &raw_news.summary,
                    &path.key("summary"),
                    tree,
                    source,
                    diagnostics,
                );
            }
            match news_ids.get(&raw_news.id) {
                Some((other_file, other_line)) => diagnostics.push(
                    error_at(
                        &path.key("id"),
                        format!(
                            "found the news id `{}` again; expected ids unique across the site",
                            raw_news.id
                        ),
                    )
                    .with_help(format!(
                        "it is already used at {}:{other_line}; give this item another id",
                        other_file.display()
                    )),
                ),
                None => {
                    news_ids.insert(
                        raw_news.id.clone(),
                        (source.path.clone(), tree.value_position(&path.key("id")).0),
                    );
                }
            }
            let mut item = item;
            for (f, raw_figure) in raw_news.figures.iter().enumerate() {
                let fpath = path.key("figures").index(f);
                if !metrics_readable {
                    continue;
                }
                let kind = metric_index
                    .get(raw_figure.metric.as_str())
                    .map(|&m| metrics[m].kind);
                if kind == Some(MetricKind::Count)
                    && written_with_thousands_dots(tree, &fpath, &error_at, diagnostics)
                {
                    continue;
                }
                if f == MAX_FIGURES_PER_ITEM {
                    diagnostics.push(
                        error_at(&path.key("figures"), format!("found {} figures in one news item; expected at most {MAX_FIGURES_PER_ITEM}", raw_news.figures.len()))
                            .with_help("an article reports a few figures; split a table into the items that reported it"),
                    );
                }
                if f >= MAX_FIGURES_PER_ITEM {
                    break;
                }
                let Some(figure) = figure(
                    raw_figure,
                    &item,
                    today,
                    news_id,
                    region_id,
                    f,
                    &fpath,
                    metrics,
                    &metric_index,
                    &metric_ids,
                    &error_at,
                    diagnostics,
                ) else {
                    continue;
                };
                content
                    .positions
                    .push(FigurePosition::of(source, tree, &fpath));
                item.figures.push(content.figures.len());
                content.figures.push(figure);
            }
            region_news.push(news_id);
            content.news.push(item);
        }

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
            news: region_news,
            children: Vec::new(),
        });
    }
    warn_lone_tags(&tag_uses, diagnostics);
    content
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
                    .warning(format!(
                        "found the {} `{}` only here, and `{close}` at {}:{}; is it a typo?",
                        &field[..field.len() - 1],
                        lone.slug,
                        other.at.file.display(),
                        other.at.line
                    ))
                    .with_help(format!("write `{close}` if that was meant; a {field}.yaml file listing the known {field} turns this into a check")),
            );
        }
    }
}

fn check_slugs(files: &[RegionFile], diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for file in files {
        let path = &file.parsed.source.path;
        if !is_slug(&file.slug) {
            diagnostics.push(
                Diagnostic::error(path, 1, 1, format!("found the file name `{}`; expected a slug of lower-case letters, digits and single dashes", file.slug))
                    .with_help(format!("rename the file to `{}.yaml`", slugify(&file.slug))),
            );
        } else if let Some(problem) = too_long(&file.slug) {
            diagnostics.push(
                Diagnostic::error(path, 1, 1, format!("the file name: {problem}"))
                    .with_help("rename the file; its name is the page's address"),
            );
        }
        if let Some(first) = seen.insert(&file.slug, path) {
            diagnostics.push(
                Diagnostic::error(path, 1, 1, format!("found the slug `{}` a second time; expected slugs unique across content/regions/", file.slug))
                    .with_help(format!("{} already uses it; rename one of the two files", first.display())),
            );
        }
    }
}

fn check_code(
    code: &str,
    level: Option<Level>,
    parent_code: Option<&str>,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) {
    let at = YamlPath::root().key("code");
    let parts = code.split('.').count();
    let expected_parts = match level {
        Some(Level::Provinsi) => Some((1, "two digits, e.g. `\"36\"`")),
        Some(Level::Kabupaten | Level::Kota) => Some((2, "`NN.NN`, e.g. `\"36.02\"`")),
        None => None,
    };
    if !is_region_code(code) {
        let mut problem = error_at(&at, format!("found the code `{code}`; expected a Kemendagri code such as `\"36\"` or `\"36.02\"`"));
        problem = problem.with_help(
            "each part has two digits (a village part four), separated by dots: `\"36\"`, `\"36.02\"`, `\"36.02.01\"`",
        );
        diagnostics.push(problem);
    } else if let Some((_, shape)) = expected_parts.filter(|(n, _)| *n != parts) {
        diagnostics.push(error_at(
            &at,
            format!(
                "found the code `{code}` on a {}; expected {shape}",
                level.map(|l| l.to_string()).unwrap_or_default()
            ),
        ));
    } else if let Some(parent_code) = parent_code {
        if !code.starts_with(&format!("{parent_code}.")) {
            diagnostics.push(
                error_at(&at, format!("found the code `{code}`, which is not under the parent's code `{parent_code}`"))
                    .with_help(format!("a code in this province starts with `{parent_code}.`")),
            );
        }
    }
}

fn parse_date(
    raw: &RawDate,
    path: &YamlPath,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) -> Option<PartialDate> {
    let parsed = PartialDate::parse(raw.0.trim());
    match parsed {
        None => diagnostics.push(
            error_at(path, format!("found the date `{}`; expected `YYYY`, `YYYY-MM` or `YYYY-MM-DD`", raw.0))
                .with_help("write only as much as the source says: `2019`, `2019-07` or `2019-07-18`; leave the field out when the date is unknown"),
        ),
        Some(date) if !YEARS.contains(&date.year_number()) => {
            diagnostics.push(
                error_at(path, format!("found the year {:04} in `{}`; expected a year from {} to {}", date.year_number(), raw.0, YEARS.start(), YEARS.end()))
                    .with_help("check the year against the article"),
            );
            return None;
        }
        Some(_) => {}
    }
    parsed
}

/// Reports a Markdown `text` at `path` that breaks the limits of
/// [`markdown::check`], at the line of the text where the problem is.
fn check_markdown(
    text: &str,
    path: &YamlPath,
    tree: &SpanTree,
    source: &crate::content::source::Source,
    diagnostics: &mut Diagnostics,
) {
    let Some(problem) = markdown::check(text) else {
        return;
    };
    // The value's position is where its text starts (for a block scalar,
    // the first line after `|`), and its lines follow at the same indent.
    let (line, column) = tree.value_position(path);
    diagnostics.push(
        source
            .error(
                line + problem.line - 1,
                column,
                format!("`{path}`: {}", problem.message),
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
const MAX_FIGURES_PER_ITEM: usize = 100;
/// Bytes of an item's `summary`: a summary is a few paragraphs.
const MAX_SUMMARY_BYTES: usize = 20_000;

/// A warning when `date` (at `path`) is after the day of the build.
fn warn_if_future(
    date: Option<PartialDate>,
    today: PartialDate,
    path: &YamlPath,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) {
    if let Some(date) = date.filter(|d| d.is_after(&today)) {
        let mut warning = error_at(
            path,
            format!("found the date `{date}`, which is after today ({today}); expected a date that has passed"),
        )
        .with_help("check the year against the article; a date in the future is usually a typo");
        warning.severity = crate::diagnostics::Severity::Warning;
        diagnostics.push(warning);
    }
}

fn news_item(
    raw: &RawNews,
    region: usize,
    path: &YamlPath,
    today: PartialDate,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) -> NewsItem {
    if !is_slug(&raw.id) {
        diagnostics.push(
            error_at(&path.key("id"), format!("found the id `{}`; expected a slug of lower-case letters, digits and single dashes", raw.id))
                .with_help(format!("e.g. `{}`", slugify(&raw.id))),
        );
    } else if let Some(problem) = too_long(&raw.id) {
        diagnostics.push(
            error_at(&path.key("id"), problem)
                .with_help("shorten the id; it is part of the page's address"),
        );
    }
    if raw.summary.len() > MAX_SUMMARY_BYTES {
        diagnostics.push(
            error_at(&path.key("summary"), format!("found a summary of {} bytes; expected at most {MAX_SUMMARY_BYTES}", raw.summary.len()))
                .with_help("a summary is a few paragraphs in your own words; keep the details for the article it links to"),
        );
    }
    for (field, text) in [
        ("title", &raw.title),
        ("outlet", &raw.outlet),
        ("summary", &raw.summary),
    ] {
        if text.trim().is_empty() {
            let help = match field {
                "outlet" => {
                    "write the outlet's name, or `tidak diketahui` when the article names none"
                }
                "summary" => "summarise the article in your own words",
                _ => "copy the article's headline",
            };
            diagnostics.push(
                error_at(
                    &path.key(field),
                    format!("`{field}` is empty; expected text"),
                )
                .with_help(help),
            );
        }
    }
    if let Some(url) = &raw.url {
        let ok = url::Url::parse(url)
            .map(|u| matches!(u.scheme(), "http" | "https"))
            .unwrap_or(false);
        if !ok {
            diagnostics.push(error_at(
                &path.key("url"),
                format!("found the url `{url}`; expected an absolute `https://` or `http://` link"),
            ));
        }
    }
    for (field, list) in [("sectors", &raw.sectors), ("topics", &raw.topics)] {
        if list.len() > MAX_TAGS_PER_ITEM {
            diagnostics.push(
                error_at(
                    &path.key(field).index(MAX_TAGS_PER_ITEM),
                    format!(
                        "found {} {field} on one news item; expected at most {MAX_TAGS_PER_ITEM}",
                        list.len()
                    ),
                )
                .with_help(format!("keep the {field} the article is really about")),
            );
        }
        for (i, slug) in list.iter().enumerate() {
            if let Some(problem) = too_long(slug).filter(|_| is_slug(slug)) {
                diagnostics.push(error_at(&path.key(field).index(i), problem));
            } else if !is_slug(slug) {
                diagnostics.push(
                    error_at(&path.key(field).index(i), format!("found `{slug}` in `{field}`; expected a slug of lower-case letters, digits and single dashes"))
                        .with_help(format!("e.g. `{}`", slugify(slug))),
                );
            }
        }
    }
    let published = raw
        .published
        .as_ref()
        .and_then(|d| parse_date(d, &path.key("published"), error_at, diagnostics));
    warn_if_future(
        published,
        today,
        &path.key("published"),
        error_at,
        diagnostics,
    );
    NewsItem {
        id: raw.id.clone(),
        region,
        title: raw.title.trim().to_string(),
        outlet: raw.outlet.trim().to_string(),
        url: raw.url.clone(),
        published,
        date_note: raw.date_note.clone().filter(|n| !n.trim().is_empty()),
        summary: raw.summary.clone(),
        sectors: raw.sectors.clone(),
        topics: raw.topics.clone(),
        figures: Vec::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn figure(
    raw: &RawFigure,
    item: &NewsItem,
    today: PartialDate,
    news: usize,
    region: usize,
    position: usize,
    path: &YamlPath,
    metrics: &[Metric],
    metric_index: &HashMap<&str, usize>,
    metric_ids: &[&str],
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) -> Option<Figure> {
    let Some(&metric) = metric_index.get(raw.metric.as_str()) else {
        diagnostics.push(
            error_at(
                &path.key("metric"),
                format!(
                    "found the metric `{}`, which metrics.yaml does not define",
                    raw.metric
                ),
            )
            .with_help(suggestion_help(&raw.metric, metric_ids)),
        );
        return None;
    };
    let kind = metrics[metric].kind;
    let amount = match (raw.value, &raw.range) {
        (Some(_), Some(_)) => {
            diagnostics.push(
                error_at(
                    &path.key("range"),
                    "found both `value` and `range`; expected one of them".into(),
                )
                .with_help(
                    "keep `value` for one number, or `range` for \"between … and …\", not both",
                ),
            );
            return None;
        }
        (None, None) => {
            diagnostics.push(
                error_at(
                    path,
                    "found a figure with neither `value` nor `range`; expected one of them".into(),
                )
                .with_help("add `value: 700`, or `range: [30, 40]` for \"30–40\""),
            );
            return None;
        }
        (Some(value), None) => {
            check_number(value, kind, &path.key("value"), error_at, diagnostics)?;
            Amount::Exact(value)
        }
        (None, Some(range)) => {
            let at = path.key("range");
            let [low, high] = range.as_slice() else {
                diagnostics.push(error_at(
                    &at,
                    format!(
                        "found a range of {} numbers; expected two, `[low, high]`",
                        range.len()
                    ),
                ));
                return None;
            };
            check_number(*low, kind, &at.index(0), error_at, diagnostics)?;
            check_number(*high, kind, &at.index(1), error_at, diagnostics)?;
            if low >= high {
                let shown = |v: &f64| v.to_string();
                diagnostics.push(
                    error_at(
                        &at,
                        format!(
                            "found the range `[{}, {}]`, whose low end is not below its high end; expected `[low, high]`",
                            shown(low),
                            shown(high)
                        ),
                    )
                    .with_help(if low > high {
                        format!("swap the ends: `[{}, {}]`", shown(high), shown(low))
                    } else {
                        format!("for a single number write `value: {}`", shown(low))
                    }),
                );
                return None;
            }
            Amount::Range(*low, *high)
        }
    };
    let as_of = match &raw.as_of {
        Some(date) => Some(parse_date(date, &path.key("as_of"), error_at, diagnostics)?),
        None => None,
    };
    warn_if_future(as_of, today, &path.key("as_of"), error_at, diagnostics);
    if let (Some(as_of), Some(published)) = (as_of, item.published) {
        if as_of.is_after(&published) {
            let mut warning = error_at(
                &path.key("as_of"),
                format!("found `as_of: {as_of}`, which is after the article's date `{published}`; expected the period the article reports, which cannot come after it"),
            )
            .with_help("check both dates against the article; `as_of` is the period the figure describes");
            warning.severity = crate::diagnostics::Severity::Warning;
            diagnostics.push(warning);
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
            let mut warning = error_at(
                &at,
                format!(
                    "found `{value}` for a percent metric, which is below 1%; did you mean {}%?",
                    percent.replace('.', ",")
                ),
            )
            .with_help(format!(
                "percent metrics take the number before `%`: write `{percent}` for {}%",
                percent.replace('.', ",")
            ));
            warning.severity = crate::diagnostics::Severity::Warning;
            diagnostics.push(warning);
        }
    }
    let from_published = as_of.is_none() && !raw.baseline && item.published.is_some();
    Some(Figure {
        news,
        region,
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

/// Reports each number of a count figure written with Indonesian thousands
/// dots (`21.000`, `1.234.567`): YAML reads `21.000` as twenty-one, so
/// such a figure would be published wrong without a word. Looks at the
/// text as written, since the parsed value no longer shows the dots.
fn written_with_thousands_dots(
    tree: &SpanTree,
    figure: &YamlPath,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) -> bool {
    let value = figure.key("value");
    let range = figure.key("range");
    let mut found = false;
    for at in [value, range.index(0), range.index(1)] {
        let Some(written) = tree.scalar_text(&at) else {
            continue;
        };
        if let Some(number) = without_thousands_dots(written) {
            let read_as = written
                .parse::<f64>()
                .map_or(String::new(), |v| format!(", which YAML reads as {v}"));
            diagnostics.push(
                error_at(&at, format!("found `{written}`{read_as}; expected a whole number written without thousands dots"))
                    .with_help(format!("a dot in YAML is a decimal point, not a thousands separator: write `{number}`")),
            );
            found = true;
        }
    }
    found
}

fn check_number(
    value: f64,
    kind: MetricKind,
    at: &YamlPath,
    error_at: &dyn Fn(&YamlPath, String) -> Diagnostic,
    diagnostics: &mut Diagnostics,
) -> Option<()> {
    let problem = if !value.is_finite() || value < 0.0 {
        Some("expected a number of 0 or more")
    } else if kind == MetricKind::Count && value.fract() != 0.0 {
        Some("this metric counts whole things; expected a whole number")
    } else if value > 1e15 {
        Some("expected a number below 1.000.000.000.000.000")
    } else {
        None
    };
    match problem {
        Some(problem) => {
            let mut diagnostic = error_at(at, format!("found the value `{value}`; {problem}"));
            // "15.769" in Indonesian text is fifteen thousand; YAML reads a decimal point.
            let thousands = value * 1000.0;
            if kind == MetricKind::Count && value.fract() != 0.0 && thousands.fract() == 0.0 {
                diagnostic = diagnostic.with_help(format!(
                    "a dot in YAML is a decimal point, not a thousands separator: write `{thousands}`"
                ));
            }
            diagnostics.push(diagnostic);
            None
        }
        None => Some(()),
    }
}

/// One warning per conflict, at the first figure, naming the others.
pub fn report_conflicts(site: &Site, positions: &[FigurePosition], diagnostics: &mut Diagnostics) {
    for conflict in &site.conflicts {
        let first = &positions[conflict.figures[0]];
        let others: Vec<String> = conflict.figures[1..]
            .iter()
            .map(|&f| format!("{}:{}", positions[f].file.display(), positions[f].line))
            .collect();
        let metric = &site.metrics[conflict.metric].id;
        let period = conflict
            .period
            .map_or("an undated period".to_string(), |p| p.to_string());
        let warning = first
            .warning(format!("figures for `{metric}` in {period} differ; the site shows them side by side, each with its source"))
            .with_help(format!("the other figure(s): {}", others.join(", ")));
        diagnostics.push(warning);
    }
}
