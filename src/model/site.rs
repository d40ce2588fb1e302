//! The whole site as one value, with the indices pages need.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

pub use super::config::{
    section, tag_name, OfficialList, Page, SiteConfig, Vocabularies, Vocabulary, SECTION_NAMES,
};
use super::conflicts::find_conflicts;
pub use super::conflicts::Conflict;
use super::date::PartialDate;
use super::ids::{FigureId, NewsId, RegionId};
use super::metric::Metric;
use super::news::{same_outlet, Figure, NewsItem};
use super::overlaps::{find_overlaps, Overlap};
use super::region::Region;

/// Everything the renderer needs.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// In the order of `metrics.yaml`.
    pub metrics: Vec<Metric>,
    /// Provinces first, each followed by nothing in particular: sorted by level, then name.
    pub regions: Vec<Region>,
    /// Shared, not owned: `serve` keeps them between loads and builds the
    /// next version's lists from them, so the items are held once rather
    /// than once by the model and again by the reloader (see
    /// [`crate::content::reload`]).
    pub news: Arc<Vec<Arc<NewsItem>>>,
    pub figures: Arc<Vec<Arc<Figure>>>,
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
    /// Every `@/` link of the summaries and free pages, checked to exist.
    pub links: Vec<super::links::ContentLink>,
    pub(super) region_by_slug: HashMap<String, RegionId>,
    pub(super) news_by_key: HashMap<String, NewsId>,
}

impl Site {
    /// Builds the indices. `regions` need their `parent` set; `children` and
    /// `news` lists are filled in here.
    pub fn assemble(
        config: SiteConfig,
        metrics: Vec<Metric>,
        mut regions: Vec<Region>,
        news: Arc<Vec<Arc<NewsItem>>>,
        figures: Arc<Vec<Arc<Figure>>>,
        pages: Vec<Page>,
    ) -> Site {
        let mut news_by_date: Vec<NewsId> = (0..news.len()).map(NewsId::at).collect();
        news_by_date.par_sort_by(|&a, &b| newest_first(&news[a], &news[b]));

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
        figures_of_region.par_iter_mut().for_each(|list| {
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
        });

        // Independent of each other, so made on both threads: at desa
        // scale each is some tens of milliseconds of every load.
        let (((conflicts, conflict_of), (overlaps, overlap_of)), (region_by_slug, news_by_key)) =
            rayon::join(
                || {
                    rayon::join(
                        || find_conflicts(&figures, &news),
                        || find_overlaps(&figures),
                    )
                },
                || {
                    rayon::join(
                        || {
                            regions
                                .iter()
                                .enumerate()
                                .map(|(id, r)| (r.slug.clone(), RegionId::at(id)))
                                .collect::<HashMap<_, _>>()
                        },
                        || {
                            news.iter()
                                .enumerate()
                                .map(|(id, n)| (n.id.clone(), NewsId::at(id)))
                                .collect::<HashMap<_, _>>()
                        },
                    )
                },
            );
        let mut conflicts_of_region = vec![Vec::new(); regions.len()];
        for (id, conflict) in conflicts.iter().enumerate() {
            conflicts_of_region[conflict.region.index()].push(id);
        }
        let mut overlaps_of_region = vec![Vec::new(); regions.len()];
        for (id, overlap) in overlaps.iter().enumerate() {
            overlaps_of_region[overlap.region.index()].push(id);
        }

        let mut topics: BTreeMap<String, Vec<NewsId>> = BTreeMap::new();
        let mut sectors: BTreeMap<String, Vec<NewsId>> = BTreeMap::new();
        // A tag's name is copied once, for its list, not once per item.
        let add = |lists: &mut BTreeMap<String, Vec<NewsId>>, tag: &String, id: NewsId| match lists
            .get_mut(tag)
        {
            Some(list) => list.push(id),
            None => {
                lists.insert(tag.clone(), vec![id]);
            }
        };
        for &id in &news_by_date {
            for topic in &news[id].topics {
                add(&mut topics, topic, id);
            }
            for sector in &news[id].sectors {
                add(&mut sectors, sector, id);
            }
        }

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
            links: Vec::new(),
            region_by_slug,
            news_by_key,
        }
    }

    pub fn region_by_slug(&self, slug: &str) -> Option<&Region> {
        self.region_by_slug.get(slug).map(|&id| &self.regions[id])
    }

    /// The region written in `file`, if any. A region's slug is its
    /// file's name and no two regions share one, so the name finds the
    /// only candidate; comparing `file` with every region's path took
    /// tens of milliseconds at desa scale.
    pub fn region_of_file(&self, file: &std::path::Path) -> Option<RegionId> {
        let slug = file.file_stem()?.to_string_lossy();
        let id = *self.region_by_slug.get(slug.as_ref())?;
        (&*self.regions[id].place.file == file).then_some(id)
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
    /// publication date in its group. A figure of the earliest date, of an
    /// article as early as far as the dates tell (`2019` and `2019-07-18`
    /// may be the same day), or of an undated article is no later report,
    /// and `None`.
    ///
    /// A later report is an update ("diperbarui 18 Juli 2019") only when
    /// its outlet gave an earlier figure of the group: another outlet's
    /// later figure is a second source, not a revision ("dilaporkan
    /// kemudian oleh …").
    pub fn later_report(&self, id: FigureId) -> Option<LaterReport> {
        let conflict = &self.conflicts[self.conflict_of[id.index()]?];
        let item = |f: FigureId| &self.news[self.figures[f].news];
        // The group is in history order: its first dated figure is the earliest.
        let earliest = item(conflict.figures[0]).published?;
        let date = item(id).published.filter(|date| date.is_after(&earliest))?;
        let revises = conflict.figures.iter().any(|&f| {
            item(f).published.is_some_and(|d| date.is_after(&d))
                && same_outlet(&item(f).outlet, &item(id).outlet)
        });
        Some(if revises {
            LaterReport::Update(date)
        } else {
            LaterReport::OtherOutlet(date)
        })
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

/// A figure of a conflict whose article appeared after the group's first
/// (see [`Site::later_report`]), with that article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaterReport {
    /// The same outlet reported the period earlier: a revision.
    Update(PartialDate),
    /// Only other outlets reported it earlier: a second source.
    OtherOutlet(PartialDate),
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
            via: None,
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
            approx: crate::model::Approx::Exact,
            period: period.and_then(PartialDate::parse),
            period_from_published: false,
            period_not_stated: false,
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
            built_on: PartialDate::year(2026),
            data_license: crate::model::DataLicense::default_license(),
        };
        let metric = Metric {
            id: "jumlah_ikm".into(),
            label: "Jumlah IKM".into(),
            unit: None,
            kind: MetricKind::Count,
            growth_of: None,
        };
        Site::assemble(
            config,
            vec![metric],
            vec![region("lebak")],
            Arc::new(news.into_iter().map(Arc::new).collect()),
            Arc::new(figures.into_iter().map(Arc::new).collect()),
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
            .map(|f| s.later_report(f).map(|l| format!("{l:?}")))
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
            .map(|f| s.later_report(f).map(|l| format!("{l:?}")))
            .collect();
        assert_eq!(
            updated,
            [
                Some("Update(PartialDate { year: 2019, month: Some(7), day: Some(18) })".into()),
                None,
                None
            ]
        );
    }

    /// Issue 21: another outlet's later figure is a second source, not an
    /// update; the same outlet's (case and spacing aside) is.
    #[test]
    fn a_later_figure_is_an_update_only_from_the_same_outlet() {
        let from = |id, date, outlet: &str| NewsItem {
            outlet: outlet.into(),
            ..item(id, Some(date))
        };
        let s = site(
            vec![
                from("first", "2019-03-01", "Kompas"),
                from("other", "2019-07-18", "Antara"),
                from("revised", "2019-09-02", "kompas "),
                from("unknown", "2019-10-01", "tidak diketahui"),
            ],
            (0..4)
                .map(|n| figure(NewsId::at(n), 10.0 + n as f64, Some("2018"), false))
                .collect(),
        );
        let later: Vec<Option<LaterReport>> = s.figure_ids().map(|f| s.later_report(f)).collect();
        let date = |t| PartialDate::parse(t).unwrap_or(PartialDate::year(1900));
        assert_eq!(
            later,
            [
                None,
                Some(LaterReport::OtherOutlet(date("2019-07-18"))),
                Some(LaterReport::Update(date("2019-09-02"))),
                Some(LaterReport::OtherOutlet(date("2019-10-01"))),
            ]
        );
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
