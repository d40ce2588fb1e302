//! Figures of overlapping periods as a region's page lists them, beside
//! its conflicts as a softer difference: the groups of the newest periods,
//! each with its first figures ([`placement::groups`] decides which).
//! Every table row and news-page figure in a group carries the words
//! "periode bertumpang tindih", linking to the group where it is listed.
//!
//! [`placement::groups`]: super::placement::groups

use serde::Serialize;

use super::format;
use super::kit::Kit;
use super::placement::groups;
use super::route::overlap_anchor;
use super::views::FigureView;
use crate::model::RegionId;

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

/// The groups `region`'s page lists, and how many it leaves out.
pub fn shown(kit: &Kit, region: RegionId) -> (Vec<OverlapView>, usize) {
    let site = kit.site;
    let all = &site.overlaps_of_region[region.index()];
    let views: Vec<OverlapView> = groups::overlaps_on_region_page(site, region)
        .into_iter()
        .map(|id| {
            let overlap = &site.overlaps[id];
            let shown = overlap.figures.len().min(groups::OVERLAP_FIGURES_SHOWN);
            let figures = &overlap.figures[..shown];
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
