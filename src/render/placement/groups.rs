//! Where a conflict or an overlap group is shown. A region's page shows
//! its conflicts side by side; past
//! [`REGION_FIGURES_IN_FULL`](super::lists::REGION_FIGURES_IN_FULL)
//! figures it shows the groups of the newest periods only, and the
//! region's figure pages mark the rest; a news page's "angka berbeda"
//! links to the group wherever it landed. Overlap groups, a softer
//! difference, are listed beside the conflicts: the newest few, and a
//! figure of a group not listed links nowhere.

use super::lists::{figure_page_holding, has_figure_pages};
use super::Spot;
use crate::model::{FigureId, RegionId, Site};
use crate::render::route::{conflict_anchor, overlap_anchor, region_conflicts_anchor, Route};

/// On the page of a region whose figures have pages of their own, the
/// conflicts shown: this many groups, each with its first figures.
pub const CONFLICT_GROUPS_SHOWN: usize = 10;
pub const CONFLICT_FIGURES_SHOWN: usize = 6;

/// A region's page lists this many overlap groups, each with this many
/// figures at most, so the page stays bounded whatever the archive holds.
pub const OVERLAP_GROUPS_SHOWN: usize = 10;
pub const OVERLAP_FIGURES_SHOWN: usize = 6;

/// The conflicts `region`'s page shows, in the model's order (by metric,
/// then period): all of them, or, for a region with figure pages, the
/// [`CONFLICT_GROUPS_SHOWN`] of the newest periods, which a reader is
/// likelier to ask about than the oldest.
pub fn conflicts_on_region_page(site: &Site, region: RegionId) -> Vec<usize> {
    let all = &site.conflicts_of_region[region.index()];
    if !has_figure_pages(site, region) || all.len() <= CONFLICT_GROUPS_SHOWN {
        return all.clone();
    }
    newest(all, CONFLICT_GROUPS_SHOWN, |c| site.conflicts[c].period)
}

/// The `count` of `groups` with the newest periods, back in the model's
/// order. Newest first, undated (`None`) last; the sort is stable, so the
/// model's order breaks ties.
fn newest<P: Ord>(groups: &[usize], count: usize, period: impl Fn(usize) -> P) -> Vec<usize> {
    let mut newest = groups.to_vec();
    newest.sort_by_key(|&g| std::cmp::Reverse(period(g)));
    newest.truncate(count);
    newest.sort_unstable();
    newest
}

/// How many figures of each conflict `region`'s page shows: all of them,
/// unless its figures have pages of their own, which list the rest.
pub fn conflict_figures_shown(site: &Site, region: RegionId) -> usize {
    if has_figure_pages(site, region) {
        CONFLICT_FIGURES_SHOWN
    } else {
        usize::MAX
    }
}

/// Where the conflict `figure` takes part in is shown: its group on the
/// region's page, or else the group's rows on the figure page that holds
/// `figure`.
pub fn conflict_spot(site: &Site, figure: FigureId) -> Option<Spot> {
    let id = site.conflict_of[figure.index()]?;
    let region = site.conflicts[id].region;
    Some(if conflicts_on_region_page(site, region).contains(&id) {
        Spot {
            route: Route::Region(region),
            anchor: conflict_anchor(site, id),
        }
    } else {
        conflict_on_figure_pages(site, id, figure)
    })
}

/// The rows of conflict `id` on the figure page that holds `figure`, one
/// of its figures.
pub fn conflict_on_figure_pages(site: &Site, id: usize, figure: FigureId) -> Spot {
    let region = site.conflicts[id].region;
    Spot {
        route: Route::RegionFigures {
            region,
            page: figure_page_holding(site, region, figure),
        },
        anchor: conflict_anchor(site, id),
    }
}

/// For each overlap group, whether its region's page lists it: the
/// [`OVERLAP_GROUPS_SHOWN`] groups of each region with the newest periods.
pub fn overlaps_listed(site: &Site) -> Vec<bool> {
    let mut listed = vec![false; site.overlaps.len()];
    for groups in &site.overlaps_of_region {
        for &id in newest_overlaps(site, groups).iter() {
            listed[id] = true;
        }
    }
    listed
}

/// The overlap groups `region`'s page lists, in the model's order.
pub fn overlaps_on_region_page(site: &Site, region: RegionId) -> Vec<usize> {
    newest_overlaps(site, &site.overlaps_of_region[region.index()])
}

/// The groups of `groups` a region's page lists, in the model's order.
fn newest_overlaps(site: &Site, groups: &[usize]) -> Vec<usize> {
    newest(groups, OVERLAP_GROUPS_SHOWN, |o| site.overlaps[o].period)
}

/// Where overlap group `id` is listed, when [`overlaps_listed`] says it
/// is: on its region's page.
pub fn overlap_spot(site: &Site, id: usize) -> Spot {
    Spot {
        route: Route::Region(site.overlaps[id].region),
        anchor: overlap_anchor(site, id),
    }
}

/// Figures per page of the site-wide list of conflicts (`angka-berbeda/`),
/// as many as a page of a region's figures: a row of it is a value and its
/// source, so a page stays near 50 KB.
pub const CONFLICT_FIGURES_PER_PAGE: usize = 100;

/// For each conflict, the page (from 1) of the site-wide list that shows
/// it. Groups are in the model's order (by region, in the regions' order,
/// then metric, then period); a page takes groups until the next would
/// bring it past [`CONFLICT_FIGURES_PER_PAGE`] figures. A group is never
/// cut, so it is read whole as a history; one larger than a page gets a
/// page of its own. Cut by figures rather than groups, since one group may
/// hold two figures or two hundred.
pub fn conflict_pages(site: &Site) -> Vec<usize> {
    let mut pages = Vec::with_capacity(site.conflicts.len());
    let (mut page, mut on_page) = (1, 0);
    for conflict in &site.conflicts {
        let size = conflict.figures.len();
        if on_page > 0 && on_page + size > CONFLICT_FIGURES_PER_PAGE {
            page += 1;
            on_page = 0;
        }
        on_page += size;
        pages.push(page);
    }
    pages
}

/// How many pages the site-wide list of conflicts takes, from
/// [`conflict_pages`]: one even with no conflict, where the page says so.
pub fn conflict_page_count(pages: &[usize]) -> usize {
    pages.last().copied().unwrap_or(1)
}

/// The conflicts page `page` of the site-wide list shows, from
/// [`conflict_pages`] (which only grows).
pub fn conflicts_on_page(pages: &[usize], page: usize) -> std::ops::Range<usize> {
    pages.partition_point(|&p| p < page)..pages.partition_point(|&p| p <= page)
}

/// Where `region`'s conflicts start on the site-wide list: its heading on
/// the page of its first group; `None` for a region without conflicts.
pub fn region_on_conflict_pages(site: &Site, pages: &[usize], region: RegionId) -> Option<Spot> {
    let first = *site.conflicts_of_region[region.index()].first()?;
    Some(Spot {
        route: Route::Conflicts { page: pages[first] },
        anchor: region_conflicts_anchor(site, region),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_wide_list_of_conflicts_is_cut_by_figures_never_inside_a_group() {
        let dir = crate::test_support::site_fixture();
        let mut site = crate::content::load(&dir, None).unwrap().site;
        assert!(!site.conflicts.is_empty());
        let mut small = site.conflicts[0].clone();
        let figure = small.figures[0];
        small.figures = vec![figure; 2];
        let mut big = small.clone();
        big.figures = vec![figure; CONFLICT_FIGURES_PER_PAGE + 1];
        // 50 pairs fill page 1's 100 figures and the 51st opens page 2; the
        // big group gets page 3 of its own, and the pair after it page 4.
        site.conflicts = vec![small.clone(); 51];
        site.conflicts.push(big);
        site.conflicts.push(small.clone());
        let pages = conflict_pages(&site);
        assert_eq!(pages[..50], [1; 50]);
        assert_eq!(pages[50..], [2, 3, 4]);
        assert_eq!(conflict_page_count(&pages), 4);
        assert_eq!(conflicts_on_page(&pages, 1), 0..50);
        assert_eq!(conflicts_on_page(&pages, 3), 51..52);
        assert_eq!(conflicts_on_page(&pages, 5), 53..53);
        assert_eq!(conflict_page_count(&[]), 1);
        assert_eq!(conflicts_on_page(&[], 1), 0..0);
    }
}
