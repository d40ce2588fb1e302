//! Where things are: which routes exist beyond one per region and news
//! item, how lists are cut into pages, which page shows a figure, a news
//! item, a conflict or an overlap group, and which search file holds a
//! word or an entry.
//!
//! These rules are a model of the site's layout, not a detail of any one
//! page: the [`plan`](super::plan) asks them which routes to make, and the
//! page renderers ask them what to show and where to link. So this module
//! depends only on the model and the route table, never on a renderer,
//! and every page kind reads the same answer (a conflict linked from a news
//! page lands where the region's page or its figure pages put it).

pub mod charts;
pub mod groups;
pub mod lists;
pub mod search;

use super::route::Route;
use crate::model::{Precision, Site};

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

/// Whether the site has a feed: at least one news item dated to the day.
/// Atom requires a full timestamp on every entry, and turning "2019" or
/// "Juli 2019" into one would invent a day.
pub fn has_feed(site: &Site) -> bool {
    site.news
        .iter()
        .any(|n| n.published.is_some_and(|d| d.precision() == Precision::Day))
}
