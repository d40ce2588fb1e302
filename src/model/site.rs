//! The whole site as one value, with the indices pages need.

use std::collections::{BTreeMap, HashMap};

use super::date::PartialDate;
use super::ids::{FigureId, NewsId, RegionId};
use super::metric::Metric;
use super::news::{Figure, NewsItem};
use super::overlaps::{find_overlaps, Overlap};
use super::region::Region;

/// The URL segments of the generator's own sections. The render stage's
/// route table builds every path from these, and free pages may not take
/// them, so the two can never disagree.
pub mod section {
    pub const REGIONS: &str = "wilayah";
    pub const NEWS: &str = "berita";
    pub const TOPICS: &str = "topik";
    pub const SECTORS: &str = "sektor";
    pub const CHARTS: &str = "grafik";
    pub const DATA: &str = "data";
    pub const SEARCH: &str = "cari";
    pub const CONFLICTS: &str = "angka-berbeda";
    pub const NOT_FOUND: &str = "404";
    pub const COVERAGE: &str = "cakupan";
}

/// Every name in [`section`], which no free page may take. A render test
/// fails if the site writes into a top-level folder missing here.
pub const SECTION_NAMES: &[&str] = &[
    section::REGIONS,
    section::NEWS,
    section::TOPICS,
    section::SECTORS,
    section::CHARTS,
    section::DATA,
    section::SEARCH,
    section::CONFLICTS,
    section::NOT_FOUND,
    section::COVERAGE,
];

/// `site.yaml`, validated; `base_url` already overridden by the CLI if asked.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteConfig {
    pub title: String,
    pub description: Option<String>,
    pub base_url: String,
    pub language: String,
    /// Custom domain for GitHub Pages (`CNAME`).
    pub cname: Option<String>,
    /// Which official list of regions the region files were checked
    /// against (`official_regions` in `site.yaml`).
    pub official_list: OfficialList,
}

/// Which official list of regions a site's region files were checked
/// against. The built-in one is shared under the Open Database License,
/// so a site checked against it credits it on every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficialList {
    /// `official_regions: false`: made-up or test regions, not checked.
    Off,
    /// The list built into the tool (idn-area-data 4.0.1, ODbL).
    Builtin,
    /// The content folder's own `official-regions.tsv`.
    Own,
}

/// A free page from `content/pages/NAME.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// `NAME`, the URL segment.
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    /// Markdown source after the front matter.
    pub body: String,
}

/// Figures of one region, metric and period whose values differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub region: RegionId,
    pub metric: usize,
    pub period: Option<PartialDate>,
    /// As a history: by the publication date of each figure's article,
    /// oldest first, undated articles last, then in the order written.
    /// A later article that gives another figure for the period does not
    /// replace the earlier one; both are kept, in the order they appeared.
    pub figures: Vec<FigureId>,
}

/// Everything the renderer needs.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// In the order of `metrics.yaml`.
    pub metrics: Vec<Metric>,
    /// Provinces first, each followed by nothing in particular: sorted by level, then name.
    pub regions: Vec<Region>,
    pub news: Vec<NewsItem>,
    pub figures: Vec<Figure>,
    pub pages: Vec<Page>,
    pub conflicts: Vec<Conflict>,
    /// For each region, its conflicts, so a page finds them without a scan.
    pub conflicts_of_region: Vec<Vec<usize>>,
    /// For each figure, the conflict it takes part in.
    pub conflict_of: Vec<Option<usize>>,
    /// Figures whose periods overlap (a year and a day in it) with other
    /// values: softer than a conflict, but marked.
    pub overlaps: Vec<Overlap>,
    /// For each region, its overlap groups.
    pub overlaps_of_region: Vec<Vec<usize>>,
    /// For each figure, the overlap group it belongs to.
    pub overlap_of: Vec<Option<usize>>,
    /// All news, newest first, undated last.
    pub news_by_date: Vec<NewsId>,
    /// Figures of each region, by metric order, then period (undated last).
    pub figures_of_region: Vec<Vec<FigureId>>,
    pub topics: BTreeMap<String, Vec<NewsId>>,
    pub sectors: BTreeMap<String, Vec<NewsId>>,
    /// `sectors.yaml` and `topics.yaml`, when the content has them.
    pub vocabularies: Vocabularies,
    /// The official regions the pages list beside the site's own, and
    /// count for coverage; `None` with `official_regions: false`.
    pub official: Option<super::coverage::OfficialFrame>,
    pub(super) region_by_slug: HashMap<String, RegionId>,
    pub(super) news_by_key: HashMap<String, NewsId>,
}

/// A known list of slugs with their labels, in display order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    pub entries: Vec<(String, String)>,
}

impl Vocabulary {
    pub fn label(&self, slug: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, label)| label.as_str())
    }

    /// Where `slug` stands in the display order, if it is listed.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.entries.iter().position(|(s, _)| s == slug)
    }
}

/// The name a sector or topic is shown with: its label from the
/// vocabulary, else the slug with spaces for dashes.
pub fn tag_name(vocabulary: &Option<Vocabulary>, slug: &str) -> String {
    vocabulary
        .as_ref()
        .and_then(|v| v.label(slug))
        .map_or_else(|| slug.replace('-', " "), str::to_string)
}

/// The optional vocabularies of sectors and topics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabularies {
    pub sectors: Option<Vocabulary>,
    pub topics: Option<Vocabulary>,
}

/// What a figure's period is compared on when looking for conflicts. Two
/// undated figures are only known to share a period when one article states
/// them together (and neither is the starting value of a change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum PeriodKey {
    Dated(PartialDate),
    UndatedIn { news: NewsId, baseline: bool },
}

impl Site {
    /// Builds the indices. `regions` need their `parent` set; `children` and
    /// `news` lists are filled in here.
    pub fn assemble(
        config: SiteConfig,
        metrics: Vec<Metric>,
        mut regions: Vec<Region>,
        news: Vec<NewsItem>,
        figures: Vec<Figure>,
        pages: Vec<Page>,
    ) -> Site {
        let mut news_by_date: Vec<NewsId> = (0..news.len()).map(NewsId::at).collect();
        news_by_date.sort_by(|&a, &b| newest_first(&news[a], &news[b]));

        for region in &mut regions {
            region.children.clear();
            region.news.clear();
        }
        for id in (0..regions.len()).map(RegionId::at) {
            if let Some(parent) = regions[id].parent {
                regions[parent].children.push(id);
            }
        }
        for &id in &news_by_date {
            regions[news[id].region].news.push(id);
        }

        let mut figures_of_region = vec![Vec::new(); regions.len()];
        for (id, figure) in figures.iter().enumerate() {
            figures_of_region[figure.region.index()].push(FigureId::at(id));
        }
        for list in &mut figures_of_region {
            list.sort_by(|&a, &b| {
                let (fa, fb) = (&figures[a], &figures[b]);
                (
                    fa.metric,
                    fa.period.is_none(),
                    fa.period,
                    &news[fa.news].id,
                    fa.position,
                )
                    .cmp(&(
                        fb.metric,
                        fb.period.is_none(),
                        fb.period,
                        &news[fb.news].id,
                        fb.position,
                    ))
            });
        }

        let (conflicts, conflict_of) = find_conflicts(&figures, &news);
        let mut conflicts_of_region = vec![Vec::new(); regions.len()];
        for (id, conflict) in conflicts.iter().enumerate() {
            conflicts_of_region[conflict.region.index()].push(id);
        }
        let (overlaps, overlap_of) = find_overlaps(&figures);
        let mut overlaps_of_region = vec![Vec::new(); regions.len()];
        for (id, overlap) in overlaps.iter().enumerate() {
            overlaps_of_region[overlap.region.index()].push(id);
        }

        let mut topics: BTreeMap<String, Vec<NewsId>> = BTreeMap::new();
        let mut sectors: BTreeMap<String, Vec<NewsId>> = BTreeMap::new();
        for &id in &news_by_date {
            for topic in &news[id].topics {
                topics.entry(topic.clone()).or_default().push(id);
            }
            for sector in &news[id].sectors {
                sectors.entry(sector.clone()).or_default().push(id);
            }
        }

        let region_by_slug = regions
            .iter()
            .enumerate()
            .map(|(id, r)| (r.slug.clone(), RegionId::at(id)))
            .collect();

        let news_by_key = news
            .iter()
            .enumerate()
            .map(|(id, n)| (n.id.clone(), NewsId::at(id)))
            .collect();

        Site {
            config,
            metrics,
            regions,
            news,
            figures,
            pages,
            conflicts,
            conflicts_of_region,
            conflict_of,
            overlaps,
            overlaps_of_region,
            overlap_of,
            news_by_date,
            figures_of_region,
            topics,
            sectors,
            vocabularies: Vocabularies::default(),
            official: None,
            region_by_slug,
            news_by_key,
        }
    }

    pub fn region_by_slug(&self, slug: &str) -> Option<&Region> {
        self.region_by_slug.get(slug).map(|&id| &self.regions[id])
    }

    /// The regions above `region`, nearest first. Parents are acyclic
    /// (validated); the bound keeps the walk finite anyway.
    pub fn ancestors(&self, region: RegionId) -> Vec<RegionId> {
        let mut chain = Vec::new();
        let mut next = self.regions[region].parent;
        while let Some(parent) = next.filter(|_| chain.len() < self.regions.len()) {
            chain.push(parent);
            next = self.regions[parent].parent;
        }
        chain
    }

    /// Every region below `region`, at every level.
    pub fn descendants(&self, region: RegionId) -> Vec<RegionId> {
        let mut found = Vec::new();
        let mut stack = self.regions[region].children.clone();
        while let Some(child) = stack.pop().filter(|_| found.len() < self.regions.len()) {
            found.push(child);
            stack.extend(&self.regions[child].children);
        }
        found
    }

    /// Every region, in the model's order.
    pub fn region_ids(&self) -> impl Iterator<Item = RegionId> + '_ {
        (0..self.regions.len()).map(RegionId::at)
    }

    /// Every news item, in the model's order.
    pub fn news_ids(&self) -> impl Iterator<Item = NewsId> + '_ {
        (0..self.news.len()).map(NewsId::at)
    }

    /// Every figure, in the model's order.
    pub fn figure_ids(&self) -> impl Iterator<Item = FigureId> + '_ {
        (0..self.figures.len()).map(FigureId::at)
    }

    /// The regions at the top of the tree: the provinces, and any region
    /// whose province has no file.
    pub fn top_regions(&self) -> impl Iterator<Item = RegionId> + '_ {
        self.region_ids().filter(|&id| {
            let region = &self.regions[id];
            region.level == super::Level::Provinsi || region.parent.is_none()
        })
    }

    /// The figures of `region` for `metric`.
    pub fn figures_for(
        &self,
        region: RegionId,
        metric: usize,
    ) -> impl Iterator<Item = FigureId> + '_ {
        self.figures_of_region[region.index()]
            .iter()
            .copied()
            .filter(move |&f| self.figures[f].metric == metric)
    }

    /// The most recent figures of a region for a metric: every figure of the
    /// latest known period (more than one when sources disagree), or, when
    /// none is dated, the undated ones. Starting values of a change are never
    /// "latest".
    pub fn latest(&self, region: RegionId, metric: usize) -> Vec<FigureId> {
        let candidates: Vec<FigureId> = self
            .figures_for(region, metric)
            .filter(|&f| !self.figures[f].baseline)
            .collect();
        let newest = candidates
            .iter()
            .filter_map(|&f| self.figures[f].period)
            .max();
        candidates
            .into_iter()
            .filter(|&f| self.figures[f].period == newest)
            .collect()
    }

    /// When figure `id` of a conflict is a later report: the publication
    /// date of its article, when that comes wholly after the earliest
    /// publication date in its group ("diperbarui 18 Juli 2019"). A
    /// figure of the earliest date, of an article as early as far as the
    /// dates tell (`2019` and `2019-07-18` may be the same day), or of an
    /// undated article is no update, and `None`.
    pub fn updated_on(&self, id: FigureId) -> Option<PartialDate> {
        let conflict = &self.conflicts[self.conflict_of[id.index()]?];
        let published = |f: FigureId| self.news[self.figures[f].news].published;
        // The group is in history order: its first dated figure is the earliest.
        let earliest = published(conflict.figures[0])?;
        published(id).filter(|date| date.is_after(&earliest))
    }

    /// The distinct dated periods of a region's metric: a chart needs two.
    pub fn dated_periods(&self, region: RegionId, metric: usize) -> Vec<PartialDate> {
        let mut periods: Vec<PartialDate> = self
            .figures_for(region, metric)
            .filter_map(|f| self.figures[f].period)
            .collect();
        periods.sort();
        periods.dedup();
        periods
    }
}

/// Newest first by date, undated last, then by id so the order is total.
fn newest_first(a: &NewsItem, b: &NewsItem) -> std::cmp::Ordering {
    match (a.published, b.published) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    }
}

fn find_conflicts(figures: &[Figure], news: &[NewsItem]) -> (Vec<Conflict>, Vec<Option<usize>>) {
    let mut groups: BTreeMap<(RegionId, usize, PeriodKey), Vec<FigureId>> = BTreeMap::new();
    for (id, figure) in figures.iter().enumerate() {
        let id = FigureId::at(id);
        let key = match figure.period {
            Some(date) => PeriodKey::Dated(date),
            None => PeriodKey::UndatedIn {
                news: figure.news,
                baseline: figure.baseline,
            },
        };
        groups
            .entry((figure.region, figure.metric, key))
            .or_default()
            .push(id);
    }
    let mut conflicts = Vec::new();
    let mut conflict_of = vec![None; figures.len()];
    for ((region, metric, key), mut ids) in groups {
        let first = figures[ids[0]].amount;
        if ids.iter().all(|&f| figures[f].amount == first) {
            continue;
        }
        // Stable, so figures of one date keep the order they were written in.
        ids.sort_by_key(|&f| {
            let published = news[figures[f].news].published;
            (published.is_none(), published)
        });
        for &f in &ids {
            conflict_of[f.index()] = Some(conflicts.len());
        }
        conflicts.push(Conflict {
            region,
            metric,
            period: match key {
                PeriodKey::Dated(date) => Some(date),
                PeriodKey::UndatedIn { .. } => None,
            },
            figures: ids,
        });
    }
    (conflicts, conflict_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Level, MetricKind};

    fn region(slug: &str) -> Region {
        Region {
            slug: slug.into(),
            name: slug.into(),
            short_name: slug.into(),
            level: Level::Kabupaten,
            parent: None,
            code: None,
            summary: None,
            news: vec![],
            children: vec![],
            place: crate::model::Place {
                file: std::sync::Arc::from(std::path::Path::new("regions/x.yaml")),
                line: 1,
            },
        }
    }

    fn item(id: &str, published: Option<&str>) -> NewsItem {
        NewsItem {
            id: id.into(),
            region: RegionId::at(0),
            title: id.into(),
            outlet: "x".into(),
            url: None,
            published: published.and_then(PartialDate::parse),
            date_note: None,
            summary: String::new(),
            sectors: vec![],
            topics: vec![],
            figures: vec![],
            place: crate::model::Place {
                file: std::sync::Arc::from(std::path::Path::new("regions/x.yaml")),
                line: 1,
            },
        }
    }

    fn figure(news: NewsId, value: f64, period: Option<&str>, baseline: bool) -> Figure {
        Figure {
            news,
            region: RegionId::at(0),
            metric: 0,
            amount: Amount::Exact(value),
            approx: false,
            period: period.and_then(PartialDate::parse),
            period_from_published: false,
            baseline,
            note: None,
            position: 0,
        }
    }

    fn site(news: Vec<NewsItem>, figures: Vec<Figure>) -> Site {
        let config = SiteConfig {
            title: "t".into(),
            description: None,
            base_url: "https://x.test/".into(),
            language: "id".into(),
            cname: None,
            official_list: OfficialList::Off,
        };
        let metric = Metric {
            id: "jumlah_ikm".into(),
            label: "Jumlah IKM".into(),
            unit: None,
            kind: MetricKind::Count,
        };
        Site::assemble(
            config,
            vec![metric],
            vec![region("lebak")],
            news,
            figures,
            vec![],
        )
    }

    #[test]
    fn news_is_newest_first_and_undated_last() {
        let s = site(
            vec![
                item("a", None),
                item("b", Some("2019")),
                item("c", Some("2021-11-08")),
            ],
            vec![],
        );
        let ids: Vec<_> = s
            .news_by_date
            .iter()
            .map(|&n| s.news[n].id.as_str())
            .collect();
        assert_eq!(ids, ["c", "b", "a"]);
    }

    #[test]
    fn differing_values_in_one_period_conflict() {
        let s = site(
            vec![item("a", Some("2019")), item("b", Some("2019"))],
            vec![
                figure(NewsId::at(0), 15.0, Some("2019"), false),
                figure(NewsId::at(1), 10.0, Some("2019"), false),
            ],
        );
        assert_eq!(s.conflicts.len(), 1);
        assert_eq!(s.conflict_of, [Some(0), Some(0)]);
        assert_eq!(s.latest(RegionId::at(0), 0), [0, 1].map(FigureId::at));
    }

    /// Issue 19: a later article giving another figure for a period an
    /// earlier one covered is kept beside it, as a history by publication
    /// date, the later marked as an update; undated articles come last.
    #[test]
    fn a_conflict_is_a_history_by_publication_date() {
        let s = site(
            vec![
                item("undated", None),
                item("later", Some("2019-07-18")),
                item("earlier", Some("2019-03-01")),
                item("same-year", Some("2019")),
            ],
            vec![
                figure(NewsId::at(0), 1.0, Some("2018"), false),
                figure(NewsId::at(1), 2.0, Some("2018"), false),
                figure(NewsId::at(2), 3.0, Some("2018"), false),
                figure(NewsId::at(3), 4.0, Some("2018"), false),
            ],
        );
        assert_eq!(s.conflicts.len(), 1);
        // "2019" sorts before "2019-03-01" (same start, less precise first).
        assert_eq!(s.conflicts[0].figures, [3, 2, 1, 0].map(FigureId::at));
        let updated: Vec<Option<String>> = s
            .figure_ids()
            .map(|f| s.updated_on(f).map(|d| d.to_string()))
            .collect();
        // No article is wholly after the group's earliest date, "2019",
        // which may be any day of that year; an undated one is never an
        // update.
        assert_eq!(updated, [None, None, None, None]);

        let s = site(
            vec![
                item("later", Some("2019-07-18")),
                item("earlier", Some("2019-03-01")),
                item("undated", None),
            ],
            vec![
                figure(NewsId::at(0), 2.0, Some("2018"), false),
                figure(NewsId::at(1), 3.0, Some("2018"), false),
                figure(NewsId::at(2), 1.0, Some("2018"), false),
            ],
        );
        assert_eq!(s.conflicts[0].figures, [1, 0, 2].map(FigureId::at));
        let updated: Vec<Option<String>> = s
            .figure_ids()
            .map(|f| s.updated_on(f).map(|d| d.to_string()))
            .collect();
        assert_eq!(updated, [Some("2019-07-18".into()), None, None]);
    }

    #[test]
    fn undated_figures_conflict_only_within_one_article() {
        let s = site(
            vec![item("a", None), item("b", None)],
            vec![
                figure(NewsId::at(0), 16_000.0, None, true),
                figure(NewsId::at(0), 16_500.0, None, false),
                figure(NewsId::at(0), 18_500.0, None, false),
                figure(NewsId::at(1), 14_000.0, None, false),
            ],
        );
        assert_eq!(s.conflicts.len(), 1);
        assert_eq!(s.conflicts[0].figures, [1, 2].map(FigureId::at));
        assert_eq!(s.conflict_of[0], None);
        assert_eq!(s.conflict_of[3], None);
    }

    #[test]
    fn latest_prefers_the_newest_dated_period() {
        let s = site(
            vec![item("a", None), item("b", Some("2019"))],
            vec![
                figure(NewsId::at(0), 16_500.0, None, false),
                figure(NewsId::at(1), 15_769.0, Some("2019"), false),
            ],
        );
        assert_eq!(s.latest(RegionId::at(0), 0), [FigureId::at(1)]);
        assert_eq!(s.dated_periods(RegionId::at(0), 0).len(), 1);
    }
}
