//! How the lists of the site are cut into pages, and which of its news,
//! figures and sub-regions a region's own page lists before it links
//! pages of their own: a long archive or a kecamatan of thousands of desa
//! would otherwise make one page grow without bound.

use crate::model::{FigureId, RegionId, Site};

/// News items per page of a list.
pub const NEWS_PER_PAGE: usize = 50;

/// News items a region's page shows with their summaries; past them it
/// lists titles, and links the region's own paginated list.
pub const REGION_NEWS_IN_FULL: usize = 10;

/// News items a region's page names at most (in full or by title), so the
/// page stays small however long the region's archive grows.
pub const REGION_NEWS_NAMED: usize = 40;

/// How many pages a list of `items` news items takes: one even when it is
/// empty.
pub fn page_count(items: usize) -> usize {
    items.div_ceil(NEWS_PER_PAGE).max(1)
}

/// How many pages list `region`'s own news; none when its page shows them
/// all in full.
pub fn region_news_pages(site: &Site, region: RegionId) -> usize {
    let news = site.regions[region].news.len();
    if news > REGION_NEWS_IN_FULL {
        page_count(news)
    } else {
        0
    }
}

/// Figures a region's page lists in its tables; past them, it links the
/// region's figure pages instead.
pub const REGION_FIGURES_IN_FULL: usize = 60;

/// Figures per page of a region's figure list.
pub const FIGURES_PER_PAGE: usize = 100;

/// Whether `region`'s figures are listed on pages of their own.
pub fn has_figure_pages(site: &Site, region: RegionId) -> bool {
    site.figures_of_region[region.index()].len() > REGION_FIGURES_IN_FULL
}

/// How many figure pages `region` has; none when its page lists them all.
pub fn figure_page_count(site: &Site, region: RegionId) -> usize {
    if has_figure_pages(site, region) {
        site.figures_of_region[region.index()]
            .len()
            .div_ceil(FIGURES_PER_PAGE)
    } else {
        0
    }
}

/// The figures of `region` in list order: dated first (by metric and
/// period), then undated, so a page holds a run of each.
pub fn figures_in_list_order(site: &Site, region: RegionId) -> Vec<FigureId> {
    let figures = &site.figures_of_region[region.index()];
    let dated = |&&f: &&FigureId| site.figures[f].period.is_some();
    let mut ordered: Vec<FigureId> = figures.iter().filter(dated).copied().collect();
    ordered.extend(figures.iter().filter(|f| !dated(f)).copied());
    ordered
}

/// The figure page (from 1) of `region`'s list that holds `figure`.
pub fn figure_page_holding(site: &Site, region: RegionId, figure: FigureId) -> usize {
    let position = figures_in_list_order(site, region)
        .iter()
        .position(|&f| f == figure)
        .unwrap_or(0);
    position / FIGURES_PER_PAGE + 1
}

/// Sub-regions a region's page lists, the first by name; past them, it
/// links the region's own pages of sub-regions. A row names the region and
/// its key figure (at most four values), so 50 rows (about 50 KB) stay
/// inside the bound of a region's page beside all else it shows.
pub const REGION_CHILDREN_SHOWN: usize = 50;

/// Sub-regions per page of a region's list of them, as many as a news
/// list's: a row of long names and four values is about 1 KB, so a page
/// of them stays near 50 KB.
pub const CHILDREN_PER_PAGE: usize = 50;

/// Whether `region`'s sub-regions are listed on pages of their own.
pub fn has_children_pages(site: &Site, region: RegionId) -> bool {
    site.regions[region].children.len() > REGION_CHILDREN_SHOWN
}

/// How many pages list `region`'s sub-regions; none when its page lists
/// them all.
pub fn children_page_count(site: &Site, region: RegionId) -> usize {
    if has_children_pages(site, region) {
        site.regions[region]
            .children
            .len()
            .div_ceil(CHILDREN_PER_PAGE)
    } else {
        0
    }
}
