//! Files for machines: the sitemap index and its parts, the Atom feed,
//! `robots.txt` and `CNAME`.
//!
//! The feed carries only news items dated to the day
//! ([`placement::feed_news`](super::placement::feed_news)): Atom requires a
//! full timestamp on every entry, and turning "2019" or "Juli 2019" into one
//! would invent a day. Those items stay on the site's news pages. A day is
//! given as midnight Western Indonesian Time, the convention for a date with
//! no time.

use serde::Serialize;
use tera::Context;

use super::kit::{Kit, RenderError};
use super::placement::{feed_news, page_of};
use super::route::{Route, SITEMAP_PART_URLS};
use crate::model::{PartialDate, Precision, Site};

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

/// `sitemap.xml`: the index of the sitemap parts, so no part breaks the
/// protocol's limit of [`SITEMAP_PART_URLS`] URLs at any scale.
pub fn sitemap_index(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let parts: Vec<String> = kit
        .plan
        .routes
        .iter()
        .filter(|r| matches!(r, Route::SitemapPart(_)))
        .map(|r| kit.absolute(r))
        .collect();
    let mut context = Context::new();
    context.insert("parts", &parts);
    kit.file("sitemap_index.xml", &context)
}

/// `sitemap-N.xml`: the N-th [`SITEMAP_PART_URLS`] pages, by address.
pub fn sitemap_part(kit: &Kit, part: usize) -> Result<Vec<u8>, RenderError> {
    let mut urls: Vec<String> = kit.plan.sitemap_pages().map(|r| kit.absolute(r)).collect();
    urls.sort();
    let mut context = Context::new();
    context.insert("urls", page_of(&urls, part, SITEMAP_PART_URLS));
    kit.file("sitemap.xml", &context)
}

/// `feed.xml`: the newest news items dated to the day, as Atom.
pub fn feed(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let entries: Vec<Entry> = feed_news(site)
        .filter_map(|id| {
            let item = &site.news[id];
            let updated = item.published.as_ref().and_then(atom_timestamp)?;
            let url = kit.absolute(&Route::News(id));
            Some(Entry {
                id: url.clone(),
                title: item.title.clone(),
                url,
                updated,
                outlet: item.outlet.clone(),
                summary_html: kit.views.summary_html(id).to_string(),
            })
        })
        .collect();
    let mut context = Context::new();
    context.insert("title", &site.config.title);
    context.insert("description", &site.config.description);
    context.insert("home", &kit.absolute(&Route::Home));
    context.insert("self_url", &kit.absolute(&Route::Feed));
    context.insert("updated", &entries.first().map(|e| e.updated.as_str()));
    context.insert("entries", &entries);
    kit.file("feed.xml", &context)
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn robots(kit: &Kit) -> Vec<u8> {
    let sitemap = kit.absolute(&Route::SitemapIndex);
    format!("User-agent: *\nAllow: /\nSitemap: {sitemap}\n").into_bytes()
}

/// `CNAME`: the custom domain GitHub Pages serves the site at.
pub fn cname(site: &Site) -> Vec<u8> {
    let domain = site.config.cname.as_deref().unwrap_or_default();
    format!("{domain}\n").into_bytes()
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
