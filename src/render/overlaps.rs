//! Where figures of overlapping periods are shown. A region's page lists
//! its overlap groups beside its conflicts, as a softer difference: the
//! [`GROUPS_SHOWN`] of the newest periods, each with its first figures.
//! Every table row and news-page figure in a group carries the words
//! "periode bertumpang tindih", linking to the group where it is listed.

use serde::Serialize;

use super::format;
use super::kit::Kit;
use super::route::{overlap_anchor, Route};
use super::views::{FigureView, ViewBuilder};
use crate::model::{FigureId, RegionId, Site};

/// A region's page lists this many overlap groups, each with this many
/// figures at most, so the page stays bounded whatever the archive holds.
const GROUPS_SHOWN: usize = 10;
const FIGURES_SHOWN: usize = 6;

/// One group of figures whose periods overlap, as a region's page shows it.
#[derive(Serialize)]
pub struct OverlapView {
    pub anchor: String,
    pub metric: String,
    pub period: String,
    pub figures: Vec<FigureView>,
    /// Figures of the group not listed here.
    pub more: usize,
}

/// For each overlap group, whether its region's page lists it: the
/// [`GROUPS_SHOWN`] groups of each region with the newest periods.
pub fn listed_on_region_page(site: &Site) -> Vec<bool> {
    let mut listed = vec![false; site.overlaps.len()];
    for groups in &site.overlaps_of_region {
        for &id in newest(site, groups).iter() {
            listed[id] = true;
        }
    }
    listed
}

/// The groups of `groups` a region's page lists, in the model's order.
fn newest(site: &Site, groups: &[usize]) -> Vec<usize> {
    let mut newest = groups.to_vec();
    newest.sort_by_key(|&o| std::cmp::Reverse(site.overlaps[o].period));
    newest.truncate(GROUPS_SHOWN);
    newest.sort_unstable();
    newest
}

/// The groups `region`'s page lists, and how many it leaves out.
pub fn shown(kit: &Kit, region: RegionId) -> (Vec<OverlapView>, usize) {
    let site = kit.site;
    let all = &site.overlaps_of_region[region];
    let views: Vec<OverlapView> = newest(site, all)
        .into_iter()
        .map(|id| {
            let overlap = &site.overlaps[id];
            let figures = &overlap.figures[..overlap.figures.len().min(FIGURES_SHOWN)];
            OverlapView {
                anchor: overlap_anchor(site, id),
                metric: site.metrics[overlap.metric].label.clone(),
                period: format::date(&overlap.period),
                figures: figures.iter().map(|&f| kit.views.figure(f)).collect(),
                more: overlap.figures.len() - figures.len(),
            }
        })
        .collect();
    let more = all.len() - views.len();
    (views, more)
}

/// The link to the overlap group `figure` belongs to, when its region's
/// page lists the group.
pub fn link(views: &ViewBuilder, figure: FigureId) -> Option<String> {
    let site = views.site;
    let id = site.overlap_of[figure]?;
    views.overlap_listed(id).then(|| {
        format!(
            "{}#{}",
            views.link(&Route::Region(site.overlaps[id].region)),
            overlap_anchor(site, id)
        )
    })
}
