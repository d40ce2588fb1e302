//! Where things are: which routes exist beyond one per region and news
//! item, how lists are cut into pages, which page shows a figure, a news
//! item, a conflict or an overlap group, and which search file holds a
//! word or an entry.
//!
//! These rules are a model of the site's layout, not a detail of any one
//! page: the [`plan`](mod@super::plan) asks them which routes to make, and the
//! page renderers ask them what to show and where to link. So this module
//! depends only on the model and the route table, never on a renderer,
//! and every page kind reads the same answer (a conflict linked from a news
//! page lands where the region's page or its figure pages put it).

pub mod charts;
pub mod groups;
pub mod lists;
pub mod search;

use super::route::Route;
use crate::model::{NewsId, Precision, RegionId, Site};

/// Where something is shown: a route, and the anchor on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub route: Route,
    pub anchor: String,
}

/// Page `page` (from 1) of `items` cut into pages of `per_page`; empty past
/// the end.
pub fn page_of<T>(items: &[T], page: usize, per_page: usize) -> &[T] {
    let start = page
        .saturating_sub(1)
        .saturating_mul(per_page)
        .min(items.len());
    let end = start.saturating_add(per_page).min(items.len());
    &items[start..end]
}

/// Whether `region` has a CSV of its own (`data/wilayah/SLUG.csv`): it
/// has a figure.
pub fn has_region_data(site: &Site, region: RegionId) -> bool {
    !site.figures_of_region[region.index()].is_empty()
}

/// News items on the home page: the newest.
pub const HOME_NEWS: usize = 8;

/// Entries in the feed, newest first.
pub const FEED_ENTRIES: usize = 50;

/// The news the home page shows: the newest [`HOME_NEWS`], undated last.
pub fn home_news(site: &Site) -> &[NewsId] {
    &site.news_by_date[..site.news_by_date.len().min(HOME_NEWS)]
}

/// The news the feed carries: the newest [`FEED_ENTRIES`] dated to the
/// day (see [`has_feed`]); the others stay on the site's news pages.
pub fn feed_news(site: &Site) -> impl Iterator<Item = NewsId> + '_ {
    site.news_by_date
        .iter()
        .copied()
        .filter(|&id| dated_to_the_day(site, id))
        .take(FEED_ENTRIES)
}

fn dated_to_the_day(site: &Site, id: NewsId) -> bool {
    site.news[id]
        .published
        .is_some_and(|d| d.precision() == Precision::Day)
}

/// Whether the site has a feed: at least one news item dated to the day.
/// Atom requires a full timestamp on every entry, and turning "2019" or
/// "Juli 2019" into one would invent a day.
pub fn has_feed(site: &Site) -> bool {
    site.news_ids().any(|id| dated_to_the_day(site, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_a_list_is_its_slice_and_empty_past_the_end() {
        let items = [1, 2, 3, 4, 5];
        assert_eq!(page_of(&items, 1, 2), [1, 2]);
        assert_eq!(page_of(&items, 3, 2), [5]);
        assert!(page_of(&items, 4, 2).is_empty());
        // Page 0 is read as the first, and no count overflows.
        assert_eq!(page_of(&items, 0, 2), [1, 2]);
        assert!(page_of(&items, usize::MAX, usize::MAX).is_empty());
    }

    #[test]
    fn the_feed_carries_the_newest_news_dated_to_the_day_and_the_home_page_the_newest() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/order/content");
        let site = crate::content::load(&dir, None).unwrap().site;
        let feed: Vec<NewsId> = feed_news(&site).collect();
        let by_day: Vec<NewsId> = site
            .news_by_date
            .iter()
            .copied()
            .filter(|&id| {
                site.news[id]
                    .published
                    .is_some_and(|d| d.precision() == Precision::Day)
            })
            .collect();
        assert!(!feed.is_empty() && feed.len() < site.news.len(), "{feed:?}");
        assert_eq!(feed, by_day);
        assert!(has_feed(&site));
        let home = home_news(&site);
        assert_eq!(home, &site.news_by_date[..home.len()]);
        assert_eq!(home.len(), site.news.len().min(HOME_NEWS));
    }
}
