//! Files for machines: `sitemap.xml`, the Atom feed, `robots.txt`, `CNAME`
//! and `.nojekyll`.
//!
//! The feed carries only news items dated to the day: Atom requires a full
//! timestamp on every entry, and turning "2019" or "Juli 2019" into one would
//! invent a day. Those items stay on the site's news pages. A day is given as
//! midnight Western Indonesian Time, the convention for a date with no time.

use serde::Serialize;
use tera::{Context, Tera};

use super::pages::{OutputFile, RenderError};
use super::templates::error_chain;
use super::urls::path;
use super::views::ViewBuilder;
use crate::model::{PartialDate, Precision, Site};

/// Entries in the feed, newest first.
pub const FEED_ENTRIES: usize = 50;

#[derive(Serialize)]
struct Entry {
    id: String,
    title: String,
    url: String,
    updated: String,
    outlet: String,
    summary_html: String,
}

/// `2019-07-18` → `2019-07-18T00:00:00+07:00`; `None` unless dated to the day.
pub fn atom_timestamp(date: &PartialDate) -> Option<String> {
    (date.precision() == Precision::Day).then(|| format!("{date}T00:00:00+07:00"))
}

/// Whether the site has a feed: at least one news item dated to the day.
pub fn has_feed(site: &Site) -> bool {
    site.news
        .iter()
        .any(|n| n.published.is_some_and(|d| d.precision() == Precision::Day))
}

fn render(tera: &Tera, template: &str, context: &Context) -> Result<Vec<u8>, RenderError> {
    super::template_guard::render(tera, template, context)
        .map(String::into_bytes)
        .map_err(|e| {
            RenderError(crate::msg!(
                "render-file-failed",
                template = template,
                error = error_chain(&e)
            ))
        })
}

/// The machine-readable files; `pages` are the relative paths of every page.
pub fn files(
    views: &ViewBuilder,
    tera: &Tera,
    pages: &[String],
) -> Result<Vec<OutputFile>, RenderError> {
    let (site, urls) = (views.site, views.urls);
    let mut out = Vec::new();

    let mut page_urls: Vec<String> = pages
        .iter()
        .filter(|p| *p != "404.html")
        .map(|p| urls.absolute(p))
        .collect();
    page_urls.sort();
    let mut context = Context::new();
    context.insert("urls", &page_urls);
    out.push((
        "sitemap.xml".to_string(),
        render(tera, "sitemap.xml", &context)?,
    ));

    if has_feed(site) {
        let entries: Vec<Entry> = site
            .news_by_date
            .iter()
            .filter_map(|&id| {
                let item = &site.news[id];
                let updated = item.published.as_ref().and_then(atom_timestamp)?;
                Some(Entry {
                    id: urls.absolute(&path::news(&item.id)),
                    title: item.title.clone(),
                    url: urls.absolute(&path::news(&item.id)),
                    updated,
                    outlet: item.outlet.clone(),
                    summary_html: views.summary_html(id).to_string(),
                })
            })
            .take(FEED_ENTRIES)
            .collect();
        let mut context = Context::new();
        context.insert("title", &site.config.title);
        context.insert("description", &site.config.description);
        context.insert("home", &urls.absolute(""));
        context.insert("self_url", &urls.absolute(&path::feed()));
        context.insert("updated", &entries[0].updated);
        context.insert("entries", &entries);
        out.push((path::feed(), render(tera, "feed.xml", &context)?));
    }

    let robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        urls.absolute("sitemap.xml")
    );
    out.push(("robots.txt".to_string(), robots.into_bytes()));
    if let Some(domain) = &site.config.cname {
        out.push(("CNAME".to_string(), format!("{domain}\n").into_bytes()));
    }
    out.push((".nojekyll".to_string(), Vec::new()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_day_becomes_a_timestamp() {
        let day = PartialDate::parse("2019-07-18").unwrap();
        assert_eq!(
            atom_timestamp(&day).as_deref(),
            Some("2019-07-18T00:00:00+07:00")
        );
        assert_eq!(
            atom_timestamp(&PartialDate::parse("2019-07").unwrap()),
            None
        );
        assert_eq!(atom_timestamp(&PartialDate::parse("2019").unwrap()), None);
    }
}
