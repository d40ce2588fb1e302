//! The page of one region: key figures, charts, conflicts, sub-regions,
//! news timeline, and every figure with its source.

use serde::Serialize;

use super::chart_pages::{comparison_chart, region_charts, ChartView};
use super::format;
use super::markdown;
use super::pages::{job, region_row, Common, Job, OutputFile, RegionRow, RenderError};
use super::urls::{path, Urls};
use super::views::{FigureView, Link, NewsCard, ViewBuilder};
use crate::model::{RegionId, Site};

#[derive(Serialize)]
struct ConflictView {
    metric: String,
    period: String,
    figures: Vec<FigureView>,
}

pub fn region_page(
    site: &Site,
    views: &ViewBuilder,
    urls: &Urls,
    common: &Common,
    id: RegionId,
) -> Result<(Job, Vec<OutputFile>), RenderError> {
    let region = &site.regions[id];
    let mut charts = region_charts(views, id)?;
    if !region.children.is_empty() {
        if let Some(c) = comparison_chart(
            views,
            &format!("provinsi-{}", region.slug),
            &format!("di {}", region.name),
            &region.children,
        )? {
            charts.push(c);
        }
    }
    let (chart_views, chart_files): (Vec<ChartView>, Vec<[OutputFile; 2]>) =
        charts.into_iter().unzip();
    let chart_files: Vec<OutputFile> = chart_files.into_iter().flatten().collect();

    let all: Vec<FigureView> = site.figures_of_region[id]
        .iter()
        .map(|&f| views.figure(f))
        .collect();
    let (dated, undated): (Vec<FigureView>, Vec<FigureView>) =
        all.into_iter().partition(|f| f.dated);
    let conflicts: Vec<ConflictView> = site
        .conflicts
        .iter()
        .filter(|c| c.region == id)
        .map(|c| ConflictView {
            metric: site.metrics[c.metric].label.clone(),
            period: format::maybe_date(c.period.as_ref()),
            figures: c.figures.iter().map(|&f| views.figure(f)).collect(),
        })
        .collect();
    let news: Vec<NewsCard> = region.news.iter().map(|&n| views.news_card(n)).collect();
    let children: Vec<RegionRow> = region
        .children
        .iter()
        .map(|&c| region_row(site, views, c, false))
        .collect();

    let mut breadcrumbs = vec![Link {
        name: "Indonesia".into(),
        url: urls.link(&path::regions()),
    }];
    if let Some(parent) = region.parent {
        breadcrumbs.push(views.region_link(parent));
    }
    let description = format!(
        "Angka IKM {}: {} berita, {} angka, masing-masing dengan sumbernya.",
        region.name,
        region.news.len(),
        site.figures_of_region[id].len()
    );
    let page = job(
        common,
        path::region(&region.slug),
        "region.html",
        &region.name,
        Some(&description),
        breadcrumbs,
        |c| {
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
                        .map(|s| markdown::to_html(s, "catatan-wilayah")),
                },
            );
            c.insert("key_figures", &views.key_figures(id));
            c.insert("charts", &chart_views);
            c.insert("dated_figures", &dated);
            c.insert("undated_figures", &undated);
            c.insert("conflicts", &conflicts);
            c.insert("news", &news);
            c.insert("children", &children);
        },
    )?;
    Ok((page, chart_files))
}

#[derive(Serialize)]
struct RegionHead<'a> {
    name: &'a str,
    short_name: &'a str,
    level: &'static str,
    code: Option<&'a str>,
    parent: Option<Link>,
    summary_html: Option<String>,
}
