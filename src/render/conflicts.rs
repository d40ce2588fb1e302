//! Where a conflict is shown. A region's page shows its conflicts side by
//! side; past [`figure_pages::REGION_FIGURES_IN_FULL`] figures it shows the
//! groups of the newest periods only, and the region's figure pages mark
//! the rest. A news page's "angka berbeda" links to the group wherever it
//! landed.

use serde::Serialize;

use super::figure_pages;
use super::format;
use super::kit::Kit;
use super::route::{conflict_anchor, Route};
use super::views::{FigureView, ViewBuilder};
use crate::model::{FigureId, RegionId, Site};

/// On the page of a region whose figures have pages of their own, the
/// conflicts shown: this many groups, each with its first figures.
const GROUPS_SHOWN: usize = 10;
const FIGURES_SHOWN: usize = 6;

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
    let per_group = if figure_pages::has_pages(site, region) {
        FIGURES_SHOWN
    } else {
        usize::MAX
    };
    let views: Vec<ConflictView> = on_region_page(site, region)
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
                more_url: conflict
                    .figures
                    .get(figures.len())
                    .map(|&rest| on_figure_pages(kit.views, c, rest)),
            }
        })
        .collect();
    let more = site.conflicts_of_region[region].len() - views.len();
    (views, more)
}

/// The conflicts `region`'s page shows, in the model's order (by metric,
/// then period): all of them, or, for a region with figure pages, the
/// [`GROUPS_SHOWN`] of the newest periods, which a reader is likelier to
/// ask about than the oldest.
fn on_region_page(site: &Site, region: RegionId) -> Vec<usize> {
    let all = &site.conflicts_of_region[region];
    if !figure_pages::has_pages(site, region) || all.len() <= GROUPS_SHOWN {
        return all.clone();
    }
    let mut newest = all.clone();
    // Newest period first, undated last; the sort is stable, so the
    // model's order breaks ties.
    newest.sort_by_key(|&c| std::cmp::Reverse(site.conflicts[c].period));
    newest.truncate(GROUPS_SHOWN);
    newest.sort_unstable();
    newest
}

/// The link to the conflict `figure` takes part in: its group on the
/// region's page, or else the group's rows on the figure page that holds
/// `figure`.
pub fn link(views: &ViewBuilder, figure: FigureId) -> Option<String> {
    let site = views.site;
    let id = site.conflict_of[figure]?;
    let region = site.conflicts[id].region;
    Some(if on_region_page(site, region).contains(&id) {
        format!(
            "{}#{}",
            views.link(&Route::Region(region)),
            conflict_anchor(site, id)
        )
    } else {
        on_figure_pages(views, id, figure)
    })
}

/// The rows of conflict `id` on the figure page that holds `figure`, one
/// of its figures.
fn on_figure_pages(views: &ViewBuilder, id: usize, figure: FigureId) -> String {
    let site = views.site;
    let region = site.conflicts[id].region;
    let route = Route::RegionFigures {
        region,
        page: figure_pages::page_holding(site, region, figure),
    };
    format!("{}#{}", views.link(&route), conflict_anchor(site, id))
}
