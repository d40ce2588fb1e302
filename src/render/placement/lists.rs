//! How the lists of the site are cut into pages, and which of its news,
//! figures and sub-regions a region's own page lists before it links
//! pages of their own: a long archive or a kecamatan of thousands of desa
//! would otherwise make one page grow without bound.

use crate::model::{FigureId, OfficialRegion, RegionId, Site};

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

/// One row of a region's list of sub-regions: one of the site's regions,
/// or a region of the official list that has no data here (and so no page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed<'a> {
    Page(RegionId),
    NoData(&'a OfficialRegion),
}

/// The sub-regions `region`'s page and its list name, in order of level,
/// then name. With an official list, a province names all its regencies
/// and cities, and a region below it with sub-regions of its own all its
/// official ones, those without data among them; otherwise the site's
/// own sub-regions. A sub-region of the site's that the list lacks is
/// kept, so nothing with a page is left out.
pub fn listed_children(site: &Site, region: RegionId) -> Vec<Listed<'_>> {
    let own = &site.regions[region].children;
    let official = match (&site.official, &site.regions[region].code) {
        (Some(frame), Some(code)) => frame.children_of(Some(code)),
        _ => &[],
    };
    if official.is_empty() {
        return own.iter().map(|&id| Listed::Page(id)).collect();
    }
    let mut listed: Vec<Listed> = official
        .iter()
        .filter(|entry| entry.region.is_none())
        .map(Listed::NoData)
        .collect();
    listed.extend(own.iter().map(|&id| Listed::Page(id)));
    let key = |row: &Listed<'_>| match *row {
        Listed::Page(id) => (site.regions[id].level, site.regions[id].name.clone()),
        Listed::NoData(entry) => (entry.level, entry.name.clone()),
    };
    listed.sort_by_cached_key(key);
    listed
}

/// How many rows `region`'s list of sub-regions has.
pub fn listed_children_count(site: &Site, region: RegionId) -> usize {
    let own = site.regions[region].children.len();
    match (&site.official, &site.regions[region].code) {
        (Some(frame), Some(code)) => {
            let official = frame.children_of(Some(code));
            let without = official.iter().filter(|e| e.region.is_none()).count();
            if official.is_empty() {
                own
            } else {
                own + without
            }
        }
        _ => own,
    }
}

/// Whether `region`'s sub-regions are listed on pages of their own.
pub fn has_children_pages(site: &Site, region: RegionId) -> bool {
    listed_children_count(site, region) > REGION_CHILDREN_SHOWN
}

/// How many pages list `region`'s sub-regions; none when its page lists
/// them all.
pub fn children_page_count(site: &Site, region: RegionId) -> usize {
    if has_children_pages(site, region) {
        listed_children_count(site, region).div_ceil(CHILDREN_PER_PAGE)
    } else {
        0
    }
}
