//! The rules of one news item (its id, texts, URL, tags and date) and of
//! the dates a region file holds, with the limits that keep one small
//! file from making a huge site.

use super::super::names::{is_slug, slugify, too_long};
use super::FileCheck;
use crate::content::raw::{RawDate, RawNews};
use crate::content::spans::YamlPath;
use crate::messages::Message;
use crate::model::{NewsItem, PartialDate, RegionId};
use crate::msg;

/// Years a news date can have: IKM news is modern, and a year outside this
/// is a typo (`0000`, `20219`) that would stretch every chart.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Limits that keep one small file from making a huge site: every topic
/// and sector page repeats the item, so 6,000 topics on a 200 KB summary
/// wrote 1.2 GB. Each is several times what a real article needs.
pub(super) const MAX_TAGS_PER_ITEM: usize = 12;
/// Bytes of an item's `summary`: a summary is a few paragraphs.
pub(super) const MAX_SUMMARY_BYTES: usize = 20_000;

/// A warning when `date` (at `path`) is after the day of the build.
pub(super) fn warn_if_future(
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
pub(super) fn news_item(
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
        .and_then(|d| parse_date(check, d, &path.key("published"), msg!("date-shape-help")));
    warn_if_future(check, published, today, &path.key("published"));
    NewsItem {
        id: raw.id.clone(),
        region: RegionId::at(0),
        title: raw.title.trim().to_string(),
        outlet: raw.outlet.trim().to_string(),
        url: raw.url.clone(),
        via: raw
            .via
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string),
        published,
        date_note: raw.date_note.clone().filter(|n| !n.trim().is_empty()),
        summary: raw.summary.clone(),
        sectors: raw.sectors.clone(),
        topics: raw.topics.clone(),
        figures: Vec::new(),
        place,
    }
}

/// The date `raw` at `path`; a date of another shape is an error with
/// `shape_help`, which says what to write when the date is not known (a
/// news item leaves `published` out; a figure writes `as_of: unknown`).
pub(super) fn parse_date(
    check: &mut FileCheck,
    raw: &RawDate,
    path: &YamlPath,
    shape_help: Message,
) -> Option<PartialDate> {
    let parsed = PartialDate::parse(raw.0.trim());
    match parsed {
        None => check.push(
            check
                .error_at(path, msg!("date-shape", date = &raw.0))
                .with_help(shape_help),
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
