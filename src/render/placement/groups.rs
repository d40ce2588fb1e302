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
use crate::render::route::{conflict_anchor, overlap_anchor, Route};

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
