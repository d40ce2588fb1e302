//! The route table: every file the site will write, decided before any is
//! rendered, with no two routes on one path.

use std::collections::HashMap;

use rayon::prelude::*;

use super::chart_pages;
use super::discovery;
use super::kit::RenderError;
use super::list_pages;
use super::route::{ChartKey, Route, TagKind, SITEMAP_PART_URLS};
use crate::content::theme::Theme;
use crate::messages::Message;
use crate::model::Site;
use crate::msg;

/// Every route of the site, in a fixed order, and what the planning found
/// out that pages need again.
#[derive(Debug)]
pub struct Plan {
    pub routes: Vec<Route>,
    /// The charts of each region's page, in the order shown.
    pub region_charts: Vec<Vec<ChartKey>>,
    /// The home page's chart.
    pub home_chart: Option<ChartKey>,
    /// Whether the site has a feed (a news item dated to the day).
    pub has_feed: bool,
}

impl Plan {
    /// The routes that are HTML pages.
    pub fn pages(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter().filter(|r| r.is_page())
    }

    /// The pages the sitemap lists: every page but the 404 page.
    pub fn sitemap_pages(&self) -> impl Iterator<Item = &Route> {
        self.pages().filter(|r| **r != Route::NotFound)
    }

    /// How many charts (SVG files) the site has.
    pub fn chart_count(&self) -> usize {
        let charts = self.routes.iter();
        charts.filter(|r| matches!(r, Route::Chart(_))).count()
    }
}

/// Plans every route of `site` with `theme`'s static files. Two routes on
/// one path are an error that names both.
pub fn plan(site: &Site, theme: &Theme) -> Result<Plan, RenderError> {
    let region_charts: Vec<Vec<ChartKey>> = (0..site.regions.len())
        .into_par_iter()
        .map(|region| chart_pages::charts_of_region(site, region))
        .collect();
    let home_chart = chart_pages::home_chart(site);
    let has_feed = discovery::has_feed(site);

    let mut routes = vec![Route::Home, Route::RegionIndex];
    routes.extend((0..site.regions.len()).map(Route::Region));
    for (region, r) in site.regions.iter().enumerate() {
        if r.news.len() > list_pages::REGION_NEWS_IN_FULL {
            let pages = list_pages::page_count(r.news.len());
            routes.extend((1..=pages).map(|page| Route::RegionNews { region, page }));
        }
    }
    let pages = list_pages::page_count(site.news_by_date.len());
    routes.extend((1..=pages).map(|page| Route::NewsIndex { page }));
    routes.extend(site.news_by_date.iter().map(|&id| Route::News(id)));
    routes.push(Route::TagIndex);
    for (kind, lists) in [
        (TagKind::Topic, &site.topics),
        (TagKind::Sector, &site.sectors),
    ] {
        for (slug, news) in lists {
            let pages = list_pages::page_count(news.len());
            routes.extend((1..=pages).map(|page| Route::Tag {
                kind,
                slug: slug.clone(),
                page,
            }));
        }
    }
    routes.extend((0..site.pages.len()).map(Route::FreePage));
    routes.extend([Route::Search, Route::NotFound]);

    let sitemap_pages = routes.iter().filter(|r| r.is_page()).count() - 1;
    let parts = sitemap_pages.div_ceil(SITEMAP_PART_URLS).max(1);
    routes.push(Route::SitemapIndex);
    routes.extend((1..=parts).map(Route::SitemapPart));
    routes.push(Route::SearchIndex);
    if has_feed {
        routes.push(Route::Feed);
    }
    routes.push(Route::Robots);
    if site.config.cname.is_some() {
        routes.push(Route::Cname);
    }
    routes.push(Route::NoJekyll);
    let charts = home_chart.iter().chain(region_charts.iter().flatten());
    for &key in charts {
        routes.extend([Route::Chart(key), Route::ChartData(key)]);
    }
    routes.extend(theme.statics.keys().cloned().map(Route::Static));

    check_paths(site, theme, &routes)?;
    Ok(Plan {
        routes,
        region_charts,
        home_chart,
        has_feed,
    })
}

/// Every output path gets one owner; a second claim is an error naming
/// both, so no file silently shadows another. The build's stamp is
/// reserved.
fn check_paths(site: &Site, theme: &Theme, routes: &[Route]) -> Result<(), RenderError> {
    let owner = |route: &Route| -> Message {
        let from = match route {
            Route::Static(path) => theme.statics.get(path).and_then(|f| f.from.as_deref()),
            _ => None,
        };
        route.owner(site, from)
    };
    let mut owners: HashMap<String, Option<&Route>> = HashMap::with_capacity(routes.len() + 1);
    owners.insert(crate::output::STAMP_FILE.to_string(), None);
    for route in routes {
        let file = route.file(site);
        if let Some(first) = owners.get(&file) {
            let first = first.map_or_else(|| msg!("owner-stamp"), owner);
            return Err(RenderError(msg!(
                "output-path-collision",
                path = file,
                first = first,
                second = owner(route)
            )));
        }
        owners.insert(file, Some(route));
    }
    Ok(())
}
