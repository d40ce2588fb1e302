//! A region's sub-regions in full, cut into pages, for a region with more
//! than its own page lists: a kecamatan may have thousands of desa, and
//! naming them all would make its page grow without bound, the way its
//! news and figures are moved to pages of their own.

use super::format;
use super::kit::{Head, Kit, RenderError};
use super::list_pages::Pager;
use super::placement::lists::{
    children_page_count, listed_children, listed_children_count, Listed, CHILDREN_PER_PAGE,
};
use super::placement::page_of;
use super::route::Route;
use super::views::RegionRow;
use crate::model::{RegionId, Site, Tier};

/// The rung of the sub-regions `region` lists, which names them in
/// headings and sentences ("Desa dan kelurahan"); `None` when it lists
/// none. Children are one rung below their parent, so the first names
/// them all.
pub fn rung_below(site: &Site, listed: &[Listed]) -> Option<Tier> {
    let level = match *listed.first()? {
        Listed::Page(id) => site.regions[id].level,
        Listed::NoData(entry) => entry.level,
    };
    Some(level.tier())
}

/// How many of the `listed` sub-regions have data ("1 dari 8"), when
/// some are listed from the official list without it.
pub fn coverage(listed: &[Listed]) -> Option<String> {
    let with_data = listed
        .iter()
        .filter(|row| matches!(row, Listed::Page(_)))
        .count();
    (with_data < listed.len()).then(|| {
        format!(
            "{} dari {}",
            format::number(with_data as f64),
            format::number(listed.len() as f64)
        )
    })
}

/// `listed` sub-regions of a region as the rows its page and its list
/// show.
pub fn rows(kit: &Kit, listed: &[Listed]) -> Vec<RegionRow> {
    listed
        .iter()
        .map(|row| match *row {
            Listed::Page(id) => kit.views.region_row(id),
            Listed::NoData(entry) => kit.views.no_data_row(entry),
        })
        .collect()
}

/// Page `page` (from 1) of every sub-region of `region`, by name, each
/// with its key figure.
pub fn region_children(kit: &Kit, region: RegionId, page: usize) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let r = &site.regions[region];
    // The route exists only for a region with sub-regions.
    let listed = listed_children(site, region);
    let tier = rung_below(site, &listed).unwrap_or(Tier::Village);
    let shown = rows(kit, page_of(&listed, page, CHILDREN_PER_PAGE));
    let at = |page| Route::RegionChildren { region, page };
    let pager = Pager::new(
        kit,
        page,
        children_page_count(site, region),
        at,
        Pager::SEQUENCE,
    );
    let title = format!("{} di {}", tier.heading(), r.name);
    let title = match page {
        1 => title,
        _ => format!("{title}, halaman {page}"),
    };
    let head = Head::titled(title)
        .described(format!(
            "Semua {} di {}, menurut nama, masing-masing dengan angka IKM terbarunya.",
            tier.plural_label(),
            r.name
        ))
        .under(kit.views.breadcrumbs(region, true));
    kit.page(&at(page), "children.html", head, |c| {
        c.insert("region_name", &r.name);
        c.insert("children_plural", tier.plural_label());
        c.insert(
            "children_total",
            &format::number(listed_children_count(site, region) as f64),
        );
        c.insert("children", &shown);
        c.insert("pager", &pager);
        c.insert("children_coverage", &coverage(&listed));
        c.insert("coverage_url", &kit.link(&Route::Coverage));
    })
}
