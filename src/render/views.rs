//! What templates see: plain, serializable views of the model, with every
//! number and date already in its Indonesian form and every link resolved.

use std::sync::OnceLock;

use serde::Serialize;

use super::format;
use super::markdown;
use super::placement::{groups, Spot};
use super::route::{figure_anchor, figure_path, Route};
use super::urls::Urls;
use crate::model::links::SiteLink;
use crate::model::{FigureId, NewsId, OfficialRegion, RegionId, Site};

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
    /// The article does not state the figure's period (`as_of: unknown`):
    /// undated, even when the article is dated.
    pub period_not_stated: bool,
    pub baseline: bool,
    pub note: Option<String>,
    pub conflict: bool,
    pub region: Link,
    pub source: SourceView,
    /// The figure's anchor on its news page.
    pub url: String,
    pub anchor: String,
    /// The id of the figure's table row, where a link lands on it.
    pub row_id: Option<String>,
    /// Where the conflict the figure takes part in is shown, on pages that
    /// link to it.
    pub conflict_url: Option<String>,
    /// Another figure of the region has a period overlapping this one's
    /// (a year and a day in it) and another value.
    pub overlap: bool,
    /// The overlap group on the region's page, when it is listed there.
    pub overlap_url: Option<String>,
    /// In a conflict's history, the date of the later article of the same
    /// outlet that gave this figure ("18 Juli 2019"), shown as
    /// "diperbarui …".
    pub updated: Option<String>,
    /// In a conflict's history, a figure a later article of another outlet
    /// gave: "dilaporkan kemudian oleh Antara, 18 Juli 2019". A second
    /// source is not a revision.
    pub reported_later: Option<String>,
}

/// The article behind a figure.
#[derive(Debug, Serialize, Clone)]
pub struct SourceView {
    pub title: String,
    pub outlet: String,
    pub date: String,
    /// The article has a date (`date` is not "tanggal tidak diketahui").
    pub dated: bool,
    pub url: String,
    pub external_url: Option<String>,
}

/// A news item in a list.
#[derive(Debug, Serialize, Clone)]
pub struct NewsCard {
    pub id: String,
    pub title: String,
    pub outlet: String,
    /// Where a copy of the article was read, shown after the outlet:
    /// "Serambi Indonesia, via tanohabu.blogspot.com".
    pub via: Option<String>,
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
    /// The values of the newest period, each once with every source that
    /// gave it ("15.364 — 3 sumber"), in the order first given; at most
    /// [`KEY_FIGURES_SHOWN`].
    pub figures: Vec<KeyValue>,
    /// Figures of the newest period not shown (of the values left out).
    pub more: usize,
    pub conflict: bool,
    /// Where the conflict among the figures is laid out, when the model
    /// groups them all as one (dated, or undated in one article); figures
    /// undated in several articles are several groups, and get no link.
    pub conflict_url: Option<String>,
    pub dated: bool,
}

/// One value of a key figure: the first figure that gave it (its value,
/// period and source, as any [`FigureView`]) and every source that agrees.
#[derive(Debug, Serialize, Clone)]
pub struct KeyValue {
    #[serde(flatten)]
    pub figure: FigureView,
    /// How many figures of the period give this value: "3 sumber".
    pub count: usize,
    /// When more than one does, each one's article, at most
    /// [`KEY_FIGURES_SHOWN`] (the first included).
    pub sources: Vec<Link>,
    /// Sources of this value not named in `sources`.
    pub sources_more: usize,
}

/// `items` grouped by key, each key once with every item that has it, in
/// the order the keys first come: sources that agree are one value
/// naming each of them, as a key figure and a growth comparison show
/// them. Linear search: the lists are a region's figures of one period.
pub fn agreeing<K: PartialEq, T>(items: impl IntoIterator<Item = (K, T)>) -> Vec<(K, Vec<T>)> {
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    for (key, item) in items {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => group.push(item),
            None => groups.push((key, vec![item])),
        }
    }
    groups
}

/// Figures a key figure shows for its period: a long archive can report
/// one period many times, and every page that shows key figures (a
/// region's, its parent's list, the home page) would grow with it.
pub const KEY_FIGURES_SHOWN: usize = 4;

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
    pub urls: Urls,
    /// Each news item's summary as HTML, rendered the first time a page
    /// shows it and kept: an item appears in the news index, its region,
    /// every topic and sector, and the feed, but one page shows only a few.
    summaries: Vec<OnceLock<String>>,
    /// For each overlap group, whether its region's page lists it.
    overlap_listed: Vec<bool>,
}

impl<'a> ViewBuilder<'a> {
    pub fn new(site: &'a Site, urls: Urls) -> Self {
        ViewBuilder {
            site,
            urls,
            summaries: site.news.iter().map(|_| OnceLock::new()).collect(),
            overlap_listed: groups::overlaps_listed(site),
        }
    }

    /// How many summaries pages have asked for so far.
    #[cfg(test)]
    pub fn summaries_made(&self) -> usize {
        self.summaries.iter().filter(|s| s.get().is_some()).count()
    }

    /// Whether overlap group `id` is listed on its region's page.
    pub fn overlap_listed(&self, id: usize) -> bool {
        self.overlap_listed[id]
    }

    /// The summary of news item `id` as safe HTML.
    pub fn summary_html(&self, id: NewsId) -> &str {
        self.summaries[id.index()].get_or_init(|| {
            let item = &self.site.news[id];
            self.markdown(&item.summary, &format!("catatan-{}", item.id))
        })
    }

    /// Authored Markdown as safe HTML, its `@/` links resolved (see
    /// [`ViewBuilder::site_link`]).
    pub fn markdown(&self, text: &str, id_prefix: &str) -> String {
        markdown::to_html(text, id_prefix, &|dest| self.site_link(dest))
    }

    /// The URL of an `@/` link (`@/wilayah/lebak#x` →
    /// `/ikm/wilayah/lebak/#x`) through the route table, under the base
    /// path; `None` for a page the site does not have, which the content
    /// stage has already refused.
    pub fn site_link(&self, dest: &str) -> Option<String> {
        let link = SiteLink::parse(dest)?.ok()?;
        let route = super::route::of_target(self.site, &link.target)?;
        let url = self.link(&route);
        Some(match link.fragment {
            Some(fragment) => format!("{url}#{fragment}"),
            None => url,
        })
    }

    /// Root-relative link to `route`, under the base path.
    pub fn link(&self, route: &Route) -> String {
        self.urls.link(&route.path(self.site))
    }

    /// Root-relative link to `spot`: its route and its anchor.
    pub fn spot_link(&self, spot: &Spot) -> String {
        format!("{}#{}", self.link(&spot.route), spot.anchor)
    }

    /// The link to the conflict `figure` takes part in, wherever
    /// [`groups::conflict_spot`] says it is shown.
    pub fn conflict_link(&self, figure: FigureId) -> Option<String> {
        groups::conflict_spot(self.site, figure).map(|spot| self.spot_link(&spot))
    }

    /// The link to the overlap group `figure` belongs to, when its
    /// region's page lists the group.
    pub fn overlap_link(&self, figure: FigureId) -> Option<String> {
        let id = self.site.overlap_of[figure.index()]?;
        self.overlap_listed(id)
            .then(|| self.spot_link(&groups::overlap_spot(self.site, id)))
    }

    pub fn region_link(&self, region: RegionId) -> Link {
        Link {
            name: self.site.regions[region].name.clone(),
            url: self.link(&Route::Region(region)),
        }
    }

    /// "Indonesia", then every region above `region`, from the top down:
    /// the breadcrumbs of a page about it (or about its news).
    pub fn breadcrumbs(&self, region: RegionId, with_itself: bool) -> Vec<Link> {
        let mut chain = vec![Link {
            name: "Indonesia".into(),
            url: self.link(&Route::RegionIndex),
        }];
        let above = self.site.ancestors(region).into_iter().rev();
        chain.extend(above.map(|id| self.region_link(id)));
        if with_itself {
            chain.push(self.region_link(region));
        }
        chain
    }

    pub fn source(&self, news: NewsId) -> SourceView {
        let item = &self.site.news[news];
        SourceView {
            title: item.title.clone(),
            outlet: outlet_label(&item.outlet),
            date: format::maybe_date(item.published.as_ref()),
            dated: item.published.is_some(),
            url: self.link(&Route::News(news)),
            external_url: item.url.clone(),
        }
    }

    /// Figure `id`'s value as pages show it: `15.769`, `sekitar 13.000`.
    pub fn value(&self, id: FigureId) -> String {
        let figure = &self.site.figures[id];
        let kind = self.site.metrics[figure.metric].kind;
        format::amount(figure.amount, kind, figure.approx)
    }

    pub fn figure(&self, id: FigureId) -> FigureView {
        let site = self.site;
        let figure = &site.figures[id];
        let metric = &site.metrics[figure.metric];
        FigureView {
            metric: metric.label.clone(),
            metric_id: metric.id.clone(),
            unit: metric.unit.clone(),
            value: self.value(id),
            period: if figure.period_not_stated {
                "periode tidak disebut".to_string()
            } else {
                format::maybe_date(figure.period.as_ref())
            },
            dated: figure.period.is_some(),
            period_from_published: figure.period_from_published,
            period_not_stated: figure.period_not_stated,
            baseline: figure.baseline,
            note: figure.note.clone(),
            conflict: site.conflict_of[id.index()].is_some(),
            region: self.region_link(figure.region),
            source: self.source(figure.news),
            url: self.urls.link(&figure_path(site, id)),
            anchor: figure_anchor(figure.position),
            row_id: None,
            conflict_url: None,
            overlap: site.overlap_of[id.index()].is_some(),
            overlap_url: self.overlap_link(id),
            updated: None,
            reported_later: None,
        }
    }

    pub fn news_card(&self, id: NewsId) -> NewsCard {
        let item = &self.site.news[id];
        NewsCard {
            id: item.id.clone(),
            title: item.title.clone(),
            outlet: outlet_label(&item.outlet),
            via: item.via.clone(),
            date: format::maybe_date(item.published.as_ref()),
            dated: item.published.is_some(),
            iso_date: item.published.map(|d| d.to_string()),
            url: self.link(&Route::News(id)),
            region: self.region_link(item.region),
            summary_html: self.summary_html(id).to_string(),
            figure_count: item.figures.len(),
        }
    }

    /// The figures `group` (one value, agreeing sources) as one row.
    fn key_value(&self, group: &[FigureId]) -> KeyValue {
        let sources: Vec<Link> = if group.len() > 1 {
            group
                .iter()
                .take(KEY_FIGURES_SHOWN)
                .map(|&f| Link {
                    name: outlet_label(&self.site.news[self.site.figures[f].news].outlet),
                    url: self.urls.link(&figure_path(self.site, f)),
                })
                .collect()
        } else {
            Vec::new()
        };
        KeyValue {
            figure: self.figure(group[0]),
            count: group.len(),
            sources_more: if sources.is_empty() {
                0
            } else {
                group.len() - sources.len()
            },
            sources,
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
                // Values as shown: two figures that read the same agree.
                // Differing values are a conflict only where the model
                // finds one: undated figures of two articles share no
                // period, so the page has no group (and no section) to
                // show for them, and a badge would link to nothing.
                let values: Vec<String> = latest.iter().map(|&f| self.value(f)).collect();
                let conflict = values.iter().any(|v| *v != values[0])
                    && latest
                        .iter()
                        .any(|&f| self.site.conflict_of[f.index()].is_some());
                let dated = latest
                    .iter()
                    .all(|&f| self.site.figures[f].period.is_some());
                // Sources that agree are one value with all of them (issue
                // 21): each distinct value once, in the order first given.
                let mut groups = agreeing(values.iter().zip(latest.iter().copied()));
                let hidden = groups.split_off(groups.len().min(KEY_FIGURES_SHOWN));
                let figures: Vec<KeyValue> =
                    groups.iter().map(|(_, g)| self.key_value(g)).collect();
                let more = hidden.iter().map(|(_, g)| g.len()).sum();
                let group = self.site.conflict_of[latest[0].index()];
                let one_group = latest
                    .iter()
                    .all(|&f| self.site.conflict_of[f.index()] == group);
                let conflict_url = (conflict && one_group)
                    .then(|| self.conflict_link(latest[0]))
                    .flatten();
                Some(KeyFigure {
                    metric: self.site.metrics[metric].label.clone(),
                    metric_id: self.site.metrics[metric].id.clone(),
                    more,
                    conflict,
                    conflict_url,
                    dated,
                    figures,
                })
            })
            .collect()
    }
}

/// A region in a list or tree of regions.
#[derive(Serialize)]
pub struct RegionRow {
    link: Link,
    level: &'static str,
    code: Option<String>,
    /// The region's latest figures, in a list that shows them; absent
    /// (not empty) in the tree of every region, which shows none.
    #[serde(skip_serializing_if = "Option::is_none")]
    key_figures: Option<Vec<KeyFigure>>,
    news_count: usize,
    /// Some figures of this region disagree between sources.
    has_conflict: bool,
    /// The first of its sub-regions, in a tree of regions.
    children: Vec<RegionRow>,
    /// How many sub-regions it has, and where they are all listed when
    /// `children` holds only the first.
    children_total: usize,
    all_children_url: Option<String>,
    /// A region of the official list without data here: named, unlinked.
    no_data: bool,
}

impl ViewBuilder<'_> {
    /// `id` as a row with its key figures, without its sub-regions.
    pub fn region_row(&self, id: RegionId) -> RegionRow {
        RegionRow {
            key_figures: Some(self.key_figures(id)),
            ..self.region_entry(id)
        }
    }

    /// `id` as a row of the tree of every region: named and linked, with
    /// its news count, but without key figures. `wilayah/` and `cari/`
    /// show none, and at national scale those of the 514 regencies and
    /// cities made each page's context 20 MiB, at the peak of every
    /// `build` and of every edit `serve` checks.
    fn region_entry(&self, id: RegionId) -> RegionRow {
        let region = &self.site.regions[id];
        RegionRow {
            link: self.region_link(id),
            level: region.level.label(),
            code: region.code.clone(),
            key_figures: None,
            news_count: region.news.len(),
            has_conflict: !self.site.conflicts_of_region[id.index()].is_empty(),
            children: Vec::new(),
            children_total: region.children.len(),
            all_children_url: None,
            no_data: false,
        }
    }

    /// A region of the official list that has no data in the site, as a
    /// row: its official name, no link (it has no page).
    pub fn no_data_row(&self, entry: &OfficialRegion) -> RegionRow {
        RegionRow {
            link: Link {
                name: entry.name.clone(),
                url: String::new(),
            },
            level: entry.level.label(),
            code: Some(entry.code.clone()),
            key_figures: Some(Vec::new()),
            news_count: 0,
            has_conflict: false,
            children: Vec::new(),
            children_total: 0,
            all_children_url: None,
            no_data: true,
        }
    }

    /// Provinces with their first `children_shown` regencies and cities,
    /// and past those a link to the province's own list of them (which
    /// exists past [`lists::REGION_CHILDREN_SHOWN`], the number to
    /// give), so the tree grows with the provinces, not with the regions
    /// under them. Regions whose province has no file come last on their
    /// own.
    ///
    /// [`lists::REGION_CHILDREN_SHOWN`]: super::placement::lists::REGION_CHILDREN_SHOWN
    pub fn province_tree(&self, children_shown: usize) -> Vec<RegionRow> {
        let tops = self.site.top_regions();
        tops.map(|id| {
            let children = &self.site.regions[id].children;
            let shown = &children[..children.len().min(children_shown)];
            RegionRow {
                children: shown.iter().map(|&c| self.region_entry(c)).collect(),
                all_children_url: (children.len() > shown.len()).then(|| {
                    self.link(&Route::RegionChildren {
                        region: id,
                        page: 1,
                    })
                }),
                ..self.region_entry(id)
            }
        })
        .collect()
    }
}

/// A province on the home page: its own latest figure and how much the
/// site knows under it, without listing its regions (its page does).
#[derive(Serialize)]
pub struct ProvinceSummary {
    link: Link,
    key_figures: Vec<KeyFigure>,
    /// Regions below it, at every level.
    regions: String,
    /// News items about it and every region below it.
    news: String,
    /// The first regions in it or below it whose figures disagree, each
    /// linked to where its disagreement is laid out.
    conflicts: Vec<Link>,
    /// Regions with disagreeing figures not named in `conflicts`.
    conflicts_more: usize,
}

/// Regions a province's line on the home page names for their conflicts.
const CONFLICT_REGIONS_NAMED: usize = 3;

impl ViewBuilder<'_> {
    /// Where `region`'s disagreeing figures are laid out: its one group
    /// itself, or the section of its page that lists them all.
    fn conflicts_of(&self, region: RegionId) -> String {
        let groups = &self.site.conflicts_of_region[region.index()];
        let first = self.site.conflicts[groups[0]].figures[0];
        match groups.len() {
            1 => self.conflict_link(first),
            _ => None,
        }
        .unwrap_or_else(|| format!("{}#angka-berbeda", self.link(&Route::Region(region))))
    }

    /// Every province (and region without one), with counts of what lies
    /// below it: a fixed size per province at any depth of the tree.
    pub fn province_summaries(&self) -> Vec<ProvinceSummary> {
        let site = self.site;
        site.top_regions()
            .map(|id| {
                let below = site.descendants(id);
                let tree = || std::iter::once(id).chain(below.iter().copied());
                let news: usize = tree().map(|r| site.regions[r].news.len()).sum();
                let disputed: Vec<RegionId> = tree()
                    .filter(|&r| !site.conflicts_of_region[r.index()].is_empty())
                    .collect();
                let conflicts = disputed
                    .iter()
                    .take(CONFLICT_REGIONS_NAMED)
                    .map(|&r| Link {
                        name: site.regions[r].short_name.clone(),
                        url: self.conflicts_of(r),
                    })
                    .collect();
                ProvinceSummary {
                    link: self.region_link(id),
                    key_figures: self.key_figures(id),
                    regions: format::number(below.len() as f64),
                    news: format::number(news as f64),
                    conflicts,
                    conflicts_more: disputed.len().saturating_sub(CONFLICT_REGIONS_NAMED),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `wilayah/` and `cari/` list every region by name and show no
    /// figure: their rows carry none (at national scale the key figures
    /// of the 514 regencies and cities made each page's context 20 MiB),
    /// while a region's list of its children still shows them.
    #[test]
    fn the_tree_of_every_region_carries_no_key_figures() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let views = ViewBuilder::new(&site, Urls::new(&site.config.base_url));
        let tree = serde_json::to_value(views.province_tree(50)).unwrap();
        let rows: Vec<&serde_json::Value> = tree
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| std::iter::once(p).chain(p["children"].as_array().unwrap()))
            .collect();
        assert!(rows.len() > 3, "{tree}");
        for row in rows {
            assert!(row.get("key_figures").is_none(), "{row}");
            assert!(row["link"]["url"].as_str().unwrap().contains("/wilayah/"));
        }

        let lebak = site
            .region_ids()
            .find(|&id| site.regions[id].slug == "lebak");
        let row = serde_json::to_value(views.region_row(lebak.unwrap())).unwrap();
        assert!(!row["key_figures"].as_array().unwrap().is_empty(), "{row}");
    }
}
