//! A region's figures in full, cut into pages, for a region with more than
//! its own page shows: a long archive reports hundreds of figures, and
//! listing them all would make the region's page grow without bound.

use std::collections::HashSet;

use super::format;
use super::kit::{Head, Kit, RenderError};
use super::list_pages::Pager;
use super::placement::lists::{figure_page_count, figures_in_list_order, FIGURES_PER_PAGE};
use super::placement::page_of;
use super::route::{conflict_anchor, Route};
use super::views::FigureView;
use crate::model::{FigureId, RegionId};

/// Views of `figures`, split into the dated and the undated, each in the
/// order given.
pub fn split(kit: &Kit, figures: &[FigureId]) -> (Vec<FigureView>, Vec<FigureView>) {
    split_with(kit, figures, |_| None)
}

/// [`split`], giving each figure, in order, the row id `row_id` says.
fn split_with(
    kit: &Kit,
    figures: &[FigureId],
    mut row_id: impl FnMut(FigureId) -> Option<String>,
) -> (Vec<FigureView>, Vec<FigureView>) {
    figures
        .iter()
        .map(|&f| FigureView {
            row_id: row_id(f),
            ..kit.views.figure(f)
        })
        .partition(|f| f.dated)
}

/// Page `page` (from 1) of every figure of `region`, each with its source.
pub fn region_figures(kit: &Kit, region: RegionId, page: usize) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let r = &site.regions[region];
    let all = figures_in_list_order(site, region);
    let total = figure_page_count(site, region);
    // The first figure of each conflict on this page carries the
    // conflict's anchor, for an "angka berbeda" elsewhere to land on: a
    // group cut by the page break has one on each of its pages.
    let shown = page_of(&all, page, FIGURES_PER_PAGE);
    let mut anchored = HashSet::new();
    let (dated, undated) = split_with(kit, shown, |f| {
        let c = site.conflict_of[f.index()]?;
        anchored.insert(c).then(|| conflict_anchor(site, c))
    });
    let at = |page| Route::RegionFigures { region, page };
    let pager = Pager::new(kit, page, total, at, Pager::SEQUENCE);
    let title = match page {
        1 => format!("Angka {}", r.name),
        _ => format!("Angka {}, halaman {page}", r.name),
    };
    let head = Head::titled(title)
        .described(format!(
            "Semua angka IKM {} dari berita, masing-masing dengan sumbernya.",
            r.name
        ))
        .under(kit.views.breadcrumbs(region, true));
    kit.page(&at(page), "figures.html", head, |c| {
        c.insert("region_name", &r.name);
        c.insert("figure_total", &format::number(all.len() as f64));
        c.insert("dated_figures", &dated);
        c.insert("undated_figures", &undated);
        c.insert("pager", &pager);
    })
}
