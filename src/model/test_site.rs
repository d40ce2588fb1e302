//! A small site built in code for the model's unit tests: regions under
//! one another and figures with the amounts, periods and flags a test
//! needs, each in a news item of its own.

use std::path::Path;
use std::sync::Arc;

use super::date::PartialDate;
use super::ids::{FigureId, NewsId, RegionId};
use super::metric::{Metric, MetricKind};
use super::news::{Amount, Approx, Figure, NewsItem};
use super::region::{Level, Region};
use super::site::{OfficialList, Site, SiteConfig};
use super::Place;

/// `jumlah_ikm` (a count), and `pertumbuhan_ikm` (a percent, its growth).
pub const COUNT: usize = 0;
pub const RATE: usize = 1;

#[derive(Default)]
pub struct Builder {
    regions: Vec<Region>,
    news: Vec<NewsItem>,
    figures: Vec<Figure>,
}

/// How a figure is written, beyond its value and period.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub approx: bool,
    pub baseline: bool,
}

fn place() -> Place {
    Place {
        file: Arc::from(Path::new("regions/x.yaml")),
        line: 1,
    }
}

impl Builder {
    pub fn region(&mut self, slug: &str, level: Level, parent: Option<RegionId>) -> RegionId {
        self.regions.push(Region {
            slug: slug.into(),
            name: slug.into(),
            short_name: slug.into(),
            level,
            parent,
            code: None,
            summary: None,
            news: vec![],
            children: vec![],
            place: place(),
        });
        RegionId::at(self.regions.len() - 1)
    }

    /// A figure of `region`, in a news item of its own published on `period`.
    pub fn figure(
        &mut self,
        region: RegionId,
        metric: usize,
        amount: Amount,
        period: Option<&str>,
        flags: Flags,
    ) -> FigureId {
        let news = NewsId::at(self.news.len());
        let period = period.map(|p| PartialDate::parse(p).unwrap_or(PartialDate::year(0)));
        self.news.push(NewsItem {
            id: format!("n{}", self.news.len()),
            region,
            title: "t".into(),
            outlet: "o".into(),
            url: None,
            published: period,
            date_note: None,
            via: None,
            summary: String::new(),
            sectors: vec![],
            topics: vec![],
            figures: vec![FigureId::at(self.figures.len())],
            place: place(),
        });
        self.figures.push(Figure {
            news,
            region,
            metric,
            amount,
            approx: if flags.approx {
                Approx::About
            } else {
                Approx::Exact
            },
            period,
            period_from_published: true,
            period_not_stated: false,
            baseline: flags.baseline,
            note: None,
            position: 0,
        });
        FigureId::at(self.figures.len() - 1)
    }

    /// Another exact count in the news item of figure `of`, with its
    /// period: two undated figures conflict only within one article.
    pub fn also(&mut self, of: FigureId, value: f64) -> FigureId {
        let mut figure = self.figures[of.index()].clone();
        figure.amount = Amount::Exact(value);
        figure.baseline = false;
        figure.approx = Approx::Exact;
        figure.position += 1;
        self.figures.push(figure);
        let id = FigureId::at(self.figures.len() - 1);
        self.news[self.figures[of.index()].news.index()]
            .figures
            .push(id);
        id
    }

    /// An exact count of `region` for `period`.
    pub fn count(&mut self, region: RegionId, value: f64, period: Option<&str>) -> FigureId {
        self.figure(
            region,
            COUNT,
            Amount::Exact(value),
            period,
            Flags::default(),
        )
    }

    pub fn build(self) -> Site {
        let config = SiteConfig {
            title: "t".into(),
            description: None,
            base_url: "https://x.test/".into(),
            language: "id".into(),
            built_on: PartialDate::parse("2026-12-04").unwrap_or(PartialDate::year(2026)),
            data_license: super::DataLicense::default_license(),
            cname: None,
            official_list: OfficialList::Off,
        };
        let metrics = vec![
            Metric {
                id: "jumlah_ikm".into(),
                label: "Jumlah IKM".into(),
                unit: None,
                kind: MetricKind::Count,
                growth_of: None,
            },
            Metric {
                id: "pertumbuhan_ikm".into(),
                label: "Pertumbuhan IKM".into(),
                unit: Some("%".into()),
                kind: MetricKind::Percent,
                growth_of: Some(COUNT),
            },
        ];
        Site::assemble(
            config,
            metrics,
            self.regions,
            std::sync::Arc::new(self.news.into_iter().map(std::sync::Arc::new).collect()),
            std::sync::Arc::new(self.figures.into_iter().map(std::sync::Arc::new).collect()),
            vec![],
        )
    }
}
