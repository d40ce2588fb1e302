//! The page of one region: key figures, charts, conflicts, sub-regions
//! (the first [`REGION_CHILDREN_SHOWN`], then a link to the pages listing
//! them all), news timeline, and every figure with its source (or, past
//! [`REGION_FIGURES_IN_FULL`], a link to the pages listing them).
//!
//! [`REGION_FIGURES_IN_FULL`]: super::placement::lists::REGION_FIGURES_IN_FULL

use serde::Serialize;

use super::chart_pages::{self, ChartView};
use super::child_pages;
use super::citation;
use super::conflicts;
use super::figure_pages;
use super::format;
use super::kit::{Head, Kit, RenderError};
use super::overlaps;
use super::placement::has_region_data;
use super::placement::lists::{
    has_children_pages, has_figure_pages, listed_children, region_news_pages,
    REGION_CHILDREN_SHOWN, REGION_NEWS_IN_FULL, REGION_NEWS_NAMED,
};
use super::rollups;
use super::route::{ChartKey, Route};
use super::views::{Link, NewsCard};
use crate::model::RegionId;

#[derive(Serialize)]
struct RegionHead<'a> {
    name: &'a str,
    short_name: &'a str,
    level: &'static str,
    code: Option<&'a str>,
    parent: Option<Link>,
    summary_html: Option<String>,
}

pub fn region_page(kit: &Kit, id: RegionId) -> Result<Vec<u8>, RenderError> {
    let (site, views) = (kit.site, kit.views);
    let region = &site.regions[id];
    // A roll-up's chart is shown with its table, below.
    let charts: Vec<ChartView> = kit.plan.region_charts[id.index()]
        .iter()
        .filter(|key| !matches!(key, ChartKey::RollUp { .. }))
        .map(|&key| chart_pages::view(kit, key))
        .collect::<Result<_, _>>()?;
    let rollups = rollups::roll_ups(kit, id)?;
    let (growth, growth_more) = rollups::growth(kit, id);
    // A region with more figures than fit lists them on pages of their
    // own; its page keeps the key figures, charts and conflicts.
    let figure_count = site.figures_of_region[id.index()].len();
    let listed_elsewhere = has_figure_pages(site, id);
    let all_figures_url = listed_elsewhere.then(|| {
        kit.link(&Route::RegionFigures {
            region: id,
            page: 1,
        })
    });
    let (dated, undated) = if listed_elsewhere {
        (Vec::new(), Vec::new())
    } else {
        figure_pages::split(kit, &site.figures_of_region[id.index()])
    };
    let (conflicts, conflicts_more) = conflicts::shown(kit, id);
    let all_conflicts_url = conflicts::all_of_region_url(kit, id);
    let (overlaps, overlaps_more) = overlaps::shown(kit, id);
    let named = &region.news[..region.news.len().min(REGION_NEWS_NAMED)];
    let (in_full, by_title) = named.split_at(named.len().min(REGION_NEWS_IN_FULL));
    let news: Vec<NewsCard> = in_full.iter().map(|&n| views.news_card(n)).collect();
    let more_news: Vec<Link> = by_title
        .iter()
        .map(|&n| Link {
            name: site.news[n].title.clone(),
            url: kit.link(&Route::News(n)),
        })
        .collect();
    let all_news_url = (region_news_pages(site, id) > 0).then(|| {
        kit.link(&Route::RegionNews {
            region: id,
            page: 1,
        })
    });
    // Past the first few, sub-regions are listed on pages of their own.
    let listed = listed_children(site, id);
    let shown_children = listed.len().min(REGION_CHILDREN_SHOWN);
    let children = child_pages::rows(kit, &listed[..shown_children]);
    let all_children_url = has_children_pages(site, id).then(|| {
        kit.link(&Route::RegionChildren {
            region: id,
            page: 1,
        })
    });
    let below = child_pages::rung_below(site, &listed);
    let children_coverage = child_pages::coverage(&listed);
    let head = Head::titled(&region.name)
        .described(format!(
            "Angka IKM {}: {} berita, {} angka, masing-masing dengan sumbernya.",
            region.name,
            region.news.len(),
            site.figures_of_region[id.index()].len()
        ))
        .under(views.breadcrumbs(id, false));
    kit.page(&Route::Region(id), "region.html", head, |c| {
        c.insert(
            "region",
            &RegionHead {
                name: &region.name,
                short_name: &region.short_name,
                level: region.level.label(),
                code: region.code.as_deref(),
                parent: region.parent.map(|p| views.region_link(p)),
                summary_html: region
                    .summary
                    .as_deref()
                    .map(|s| views.markdown(s, "catatan-wilayah")),
            },
        );
        c.insert("key_figures", &views.key_figures(id));
        c.insert("charts", &charts);
        c.insert("rollups", &rollups);
        c.insert("rollup_labels", &rollups::labels(site, id));
        c.insert("rollup_periods", &crate::model::rollup::ROLLUP_PERIODS);
        c.insert("rollup_parts_shown", &rollups::PARTS_SHOWN);
        c.insert("growth", &growth);
        c.insert("growth_more", &growth_more);
        c.insert("growth_tolerance", &rollups::tolerance());
        c.insert("dated_figures", &dated);
        c.insert("undated_figures", &undated);
        c.insert("conflicts", &conflicts);
        c.insert("conflicts_more", &conflicts_more);
        c.insert("all_conflicts_url", &all_conflicts_url);
        c.insert("overlaps", &overlaps);
        c.insert("overlaps_more", &overlaps_more);
        c.insert("news", &news);
        c.insert("more_news", &more_news);
        c.insert("news_total", &region.news.len());
        c.insert("all_news_url", &all_news_url);
        c.insert("figure_total", &format::number(figure_count as f64));
        c.insert("all_figures_url", &all_figures_url);
        c.insert(
            "region_csv_url",
            &has_region_data(site, id).then(|| kit.link(&Route::RegionData(id))),
        );
        c.insert("children", &children);
        c.insert("children_heading", &below.map(|t| t.heading()));
        c.insert("children_plural", &below.map(|t| t.plural_label()));
        c.insert("children_total", &listed.len());
        c.insert("all_children_url", &all_children_url);
        c.insert("children_coverage", &children_coverage);
        c.insert("coverage_url", &kit.link(&Route::Coverage));
        c.insert(
            "citation",
            &citation::of(kit, &Route::Region(id), &region.name, None),
        );
    })
}
