//! What templates see: plain, serializable views of the model, with every
//! number and date already in its Indonesian form and every link resolved.

use serde::Serialize;

use super::format;
use super::markdown;
use super::urls::{path, Urls};
use crate::model::{FigureId, NewsId, RegionId, Site};

#[derive(Debug, Serialize, Clone)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// A figure with everything needed to trace it to its article.
#[derive(Debug, Serialize, Clone)]
pub struct FigureView {
    pub metric: String,
    pub metric_id: String,
    pub unit: Option<String>,
    pub value: String,
    /// "18 Juli 2019", "2019", or "tanggal tidak diketahui".
    pub period: String,
    pub dated: bool,
    /// The period is the article's date, not one the figure states.
    pub period_from_published: bool,
    pub baseline: bool,
    pub note: Option<String>,
    pub conflict: bool,
    pub region: Link,
    pub source: SourceView,
    /// The figure's anchor on its news page.
    pub url: String,
    pub anchor: String,
}

/// The article behind a figure.
#[derive(Debug, Serialize, Clone)]
pub struct SourceView {
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub url: String,
    pub external_url: Option<String>,
}

/// A news item in a list.
#[derive(Debug, Serialize, Clone)]
pub struct NewsCard {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub dated: bool,
    pub iso_date: Option<String>,
    pub url: String,
    pub region: Link,
    pub summary_html: String,
    pub figure_count: usize,
}

/// The latest figures of one metric for a region.
#[derive(Debug, Serialize, Clone)]
pub struct KeyFigure {
    pub metric: String,
    pub metric_id: String,
    pub figures: Vec<FigureView>,
    pub conflict: bool,
    pub dated: bool,
}

/// The contract lets an author write `tidak diketahui` for an unnamed
/// outlet; alone as link text it reads like a name, so say what is unknown.
pub fn outlet_label(outlet: &str) -> String {
    if outlet.eq_ignore_ascii_case("tidak diketahui") {
        "media tidak diketahui".to_string()
    } else {
        outlet.to_string()
    }
}

pub struct ViewBuilder<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    /// Each news item's summary as HTML, rendered once: an item appears in
    /// the news index, its region, every topic and sector, and the feed.
    summaries: Vec<String>,
}

impl<'a> ViewBuilder<'a> {
    pub fn new(site: &'a Site, urls: &'a Urls) -> Self {
        use rayon::prelude::*;
        let summaries = site
            .news
            .par_iter()
            .map(|n| markdown::to_html(&n.summary, &format!("catatan-{}", n.id)))
            .collect();
        ViewBuilder {
            site,
            urls,
            summaries,
        }
    }

    /// The summary of news item `id` as safe HTML.
    pub fn summary_html(&self, id: NewsId) -> &str {
        &self.summaries[id]
    }

    pub fn region_link(&self, region: RegionId) -> Link {
        let r = &self.site.regions[region];
        Link {
            name: r.name.clone(),
            url: self.urls.link(&path::region(&r.slug)),
        }
    }

    pub fn source(&self, news: NewsId) -> SourceView {
        let item = &self.site.news[news];
        SourceView {
            title: item.title.clone(),
            outlet: outlet_label(&item.outlet),
            date: format::maybe_date(item.published.as_ref()),
            url: self.urls.link(&path::news(&item.id)),
            external_url: item.url.clone(),
        }
    }

    pub fn figure(&self, id: FigureId) -> FigureView {
        let site = self.site;
        let figure = &site.figures[id];
        let metric = &site.metrics[figure.metric];
        let item = &site.news[figure.news];
        FigureView {
            metric: metric.label.clone(),
            metric_id: metric.id.clone(),
            unit: metric.unit.clone(),
            value: format::amount(figure.amount, metric.kind, figure.approx),
            period: format::maybe_date(figure.period.as_ref()),
            dated: figure.period.is_some(),
            period_from_published: figure.period_from_published,
            baseline: figure.baseline,
            note: figure.note.clone(),
            conflict: site.conflict_of[id].is_some(),
            region: self.region_link(figure.region),
            source: self.source(figure.news),
            url: self
                .urls
                .link(&path::figure_anchor(&item.id, figure.position)),
            anchor: format!("angka-{}", figure.position + 1),
        }
    }

    pub fn news_card(&self, id: NewsId) -> NewsCard {
        let item = &self.site.news[id];
        NewsCard {
            id: item.id.clone(),
            title: item.title.clone(),
            outlet: outlet_label(&item.outlet),
            date: format::maybe_date(item.published.as_ref()),
            dated: item.published.is_some(),
            iso_date: item.published.map(|d| d.to_string()),
            url: self.urls.link(&path::news(&item.id)),
            region: self.region_link(item.region),
            summary_html: self.summaries[id].clone(),
            figure_count: item.figures.len(),
        }
    }

    /// The latest figures of every metric the region reports.
    pub fn key_figures(&self, region: RegionId) -> Vec<KeyFigure> {
        (0..self.site.metrics.len())
            .filter_map(|metric| {
                let latest = self.site.latest(region, metric);
                if latest.is_empty() {
                    return None;
                }
                let figures: Vec<FigureView> = latest.iter().map(|&f| self.figure(f)).collect();
                let values: std::collections::BTreeSet<&str> =
                    figures.iter().map(|f| f.value.as_str()).collect();
                Some(KeyFigure {
                    metric: self.site.metrics[metric].label.clone(),
                    metric_id: self.site.metrics[metric].id.clone(),
                    conflict: values.len() > 1,
                    dated: figures.iter().all(|f| f.dated),
                    figures,
                })
            })
            .collect()
    }
}
