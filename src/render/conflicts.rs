//! The conflicts of the site, side by side: a region's page shows its own,
//! and `angka-berbeda/` lists every one, region by region, with the same
//! view of a group. Which groups and figures a page shows, how the list is
//! paged, and where a link to a group lands are
//! [`placement::groups`](super::placement::groups)' rules.
//!
//! A group is a history: its figures come in the order their articles
//! appeared, and a figure a later article of the same outlet gave is
//! marked "diperbarui" with that article's date, so a newer figure never
//! silently replaces an older; a later article of another outlet is a
//! second source, "dilaporkan kemudian oleh <outlet>, <date>".

use serde::Serialize;

use super::format;
use super::kit::{Head, Kit, RenderError};
use super::list_pages::Pager;
use super::placement::groups;
use super::route::{conflict_anchor, region_conflicts_anchor, site_conflict_anchor, Route};
use super::views::{FigureView, Link};
use crate::model::{LaterReport, RegionId};

/// One group of figures that disagree, as a page shows it.
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

/// Conflict `c` with its first `shown` figures, at `anchor`.
fn view(kit: &Kit, c: usize, anchor: String, shown: usize) -> ConflictView {
    let site = kit.site;
    let conflict = &site.conflicts[c];
    let figures = &conflict.figures[..conflict.figures.len().min(shown)];
    ConflictView {
        anchor,
        metric: site.metrics[conflict.metric].label.clone(),
        period: format::maybe_date(conflict.period.as_ref()),
        figures: figures
            .iter()
            .map(|&f| {
                let view = kit.views.figure(f);
                match site.later_report(f) {
                    Some(LaterReport::Update(date)) => FigureView {
                        updated: Some(format::date(&date)),
                        ..view
                    },
                    Some(LaterReport::OtherOutlet(date)) => FigureView {
                        reported_later: Some(format!(
                            "{}, {}",
                            view.source.outlet,
                            format::date(&date)
                        )),
                        ..view
                    },
                    None => view,
                }
            })
            .collect(),
        more: conflict.figures.len() - figures.len(),
        // Where the first figure left out is listed.
        more_url: conflict.figures.get(figures.len()).map(|&rest| {
            kit.views
                .spot_link(&groups::conflict_on_figure_pages(site, c, rest))
        }),
    }
}

/// The conflicts `region`'s page shows, and how many groups it leaves to
/// the figure pages.
pub fn shown(kit: &Kit, region: RegionId) -> (Vec<ConflictView>, usize) {
    let site = kit.site;
    let per_group = groups::conflict_figures_shown(site, region);
    let views: Vec<ConflictView> = groups::conflicts_on_region_page(site, region)
        .into_iter()
        .map(|c| view(kit, c, conflict_anchor(site, c), per_group))
        .collect();
    let more = site.conflicts_of_region[region.index()].len() - views.len();
    (views, more)
}

/// Where `region`'s groups are on the site-wide list, for its page's
/// "Lihat semua angka berbeda"; `None` when it has no conflict.
pub fn all_of_region_url(kit: &Kit, region: RegionId) -> Option<String> {
    groups::region_on_conflict_pages(kit.site, &kit.plan.conflict_pages, region)
        .map(|spot| kit.views.spot_link(&spot))
}

/// One region's groups on a page of the site-wide list.
#[derive(Serialize)]
struct RegionConflicts {
    region: Link,
    anchor: String,
    /// The region's level and the regions above it, "kabupaten · Banten".
    context: String,
    groups: Vec<ConflictView>,
}

/// Page `page` (from 1) of every conflict of the site, by region, metric
/// and period, each group with every figure and its source.
///
/// The page is written even for a site without conflicts, saying so:
/// the footer and the home page link it on every site, and "no figures
/// disagree" is itself worth stating to a reader who came to check.
pub fn all_conflicts(kit: &Kit, page: usize) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let pages = &kit.plan.conflict_pages;
    let mut regions: Vec<RegionConflicts> = Vec::new();
    for c in groups::conflicts_on_page(pages, page) {
        let region = site.conflicts[c].region;
        let group = view(kit, c, site_conflict_anchor(site, c), usize::MAX);
        match regions.last_mut() {
            Some(last) if last.anchor == region_conflicts_anchor(site, region) => {
                last.groups.push(group)
            }
            _ => regions.push(RegionConflicts {
                region: kit.views.region_link(region),
                anchor: region_conflicts_anchor(site, region),
                context: std::iter::once(site.regions[region].level.label().to_string())
                    .chain(
                        site.ancestors(region)
                            .into_iter()
                            .map(|r| site.regions[r].name.clone()),
                    )
                    .collect::<Vec<_>>()
                    .join(" · "),
                groups: vec![group],
            }),
        }
    }
    let total = groups::conflict_page_count(pages);
    let at = |page| Route::Conflicts { page };
    let pager = Pager::new(kit, page, total, at, Pager::SEQUENCE);
    let disputed = site
        .conflicts_of_region
        .iter()
        .filter(|c| !c.is_empty())
        .count();
    let title = match page {
        1 => "Angka berbeda".to_string(),
        _ => format!("Angka berbeda, halaman {page}"),
    };
    let head = Head::titled(title).described(
        "Semua angka yang tidak sama untuk wilayah, ukuran dan periode yang sama, \
         masing-masing dengan sumbernya, menurut wilayah.",
    );
    kit.page(&at(page), "conflicts.html", head, |c| {
        c.insert("regions", &regions);
        c.insert("groups_total", &format::number(site.conflicts.len() as f64));
        c.insert("regions_total", &format::number(disputed as f64));
        c.insert("pager", &pager);
    })
}
