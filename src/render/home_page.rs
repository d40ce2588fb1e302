//! The home page: the site's totals, a chart comparing regions, each
//! province with counts (its regions are on its page and on `wilayah/`),
//! and the latest news. Its size grows with the provinces, never with the
//! regions or news below them.

use serde::Serialize;

use super::chart_pages;
use super::coverage_page;
use super::format;
use super::kit::{Head, Kit, RenderError};
use super::placement::home_news;
use super::route::Route;
use super::views::NewsCard;
use crate::model::Site;

#[derive(Serialize)]
struct Stats {
    regions: String,
    news: String,
    figures: String,
    conflicts: String,
}

impl Stats {
    fn of(site: &Site) -> Stats {
        let n = |x: usize| format::number(x as f64);
        Stats {
            regions: n(site.regions.len()),
            news: n(site.news.len()),
            figures: n(site.figures.len()),
            conflicts: n(site.conflicts.len()),
        }
    }
}

pub fn home_page(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let latest: Vec<NewsCard> = home_news(site)
        .iter()
        .map(|&n| kit.views.news_card(n))
        .collect();
    let chart = kit
        .plan
        .home_chart
        .map(|key| chart_pages::view(kit, key))
        .transpose()?;
    let provinces = kit.views.province_summaries();
    kit.page(
        &Route::Home,
        "index.html",
        Head::titled(&site.config.title),
        |c| {
            c.insert("provinces", &provinces);
            c.insert("latest_news", &latest);
            c.insert("chart", &chart);
            c.insert("stats", &Stats::of(site));
            c.insert("coverage", &coverage_page::country(kit));
        },
    )
}
