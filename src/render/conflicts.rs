//! The conflicts a region's page shows, side by side. Which groups and
//! figures it shows, and where a link to a group lands, are
//! [`placement::groups`](super::placement::groups)' rules.

use serde::Serialize;

use super::format;
use super::kit::Kit;
use super::placement::groups;
use super::route::conflict_anchor;
use super::views::FigureView;
use crate::model::RegionId;

/// One group of figures that disagree, as a region's page shows it.
#[derive(Serialize)]
pub struct ConflictView {
    pub anchor: String,
    pub metric: String,
    pub period: String,
    pub figures: Vec<FigureView>,
    /// Figures of the group not shown here (on the figure pages instead).
    pub more: usize,
    /// The group on the figure pages, where they are.
    pub more_url: Option<String>,
}

/// The conflicts `region`'s page shows, and how many groups it leaves to
/// the figure pages.
pub fn shown(kit: &Kit, region: RegionId) -> (Vec<ConflictView>, usize) {
    let site = kit.site;
    let per_group = groups::conflict_figures_shown(site, region);
    let views: Vec<ConflictView> = groups::conflicts_on_region_page(site, region)
        .into_iter()
        .map(|c| {
            let conflict = &site.conflicts[c];
            let figures = &conflict.figures[..conflict.figures.len().min(per_group)];
            ConflictView {
                anchor: conflict_anchor(site, c),
                metric: site.metrics[conflict.metric].label.clone(),
                period: format::maybe_date(conflict.period.as_ref()),
                figures: figures.iter().map(|&f| kit.views.figure(f)).collect(),
                more: conflict.figures.len() - figures.len(),
                // Where the first figure left out is listed.
                more_url: conflict.figures.get(figures.len()).map(|&rest| {
                    kit.views
                        .spot_link(&groups::conflict_on_figure_pages(site, c, rest))
                }),
            }
        })
        .collect();
    let more = site.conflicts_of_region[region.index()].len() - views.len();
    (views, more)
}
