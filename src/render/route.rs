//! Every file the site writes is one [`Route`], and a route's
//! [`path`](Route::path) is the only way an output path is made: pages link
//! to each other through it, the sitemap lists it, and the plan checks that
//! no two routes share one.

use crate::messages::Message;
use crate::model::links::LinkTarget;
use crate::model::site::section;
use crate::model::{FigureId, NewsId, NewsKey, RegionId, RegionKey, Site};
use crate::msg;

/// One output file of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    /// `index.html`
    Home,
    /// `wilayah/`: every region, by province.
    RegionIndex,
    /// `wilayah/SLUG/`
    Region(RegionId),
    /// `cakupan/`: every province of the official list with how many of
    /// its regencies and cities have data; only for a site checked against
    /// an official list.
    Coverage,
    /// `wilayah/SLUG/berita/` and its `halaman/N/`: every news item of a
    /// region whose page shows only the latest.
    RegionNews { region: RegionId, page: usize },
    /// `wilayah/SLUG/angka/` and its `halaman/N/`: every figure of a region
    /// with more than its page lists.
    RegionFigures { region: RegionId, page: usize },
    /// `wilayah/SLUG/wilayah/` and its `halaman/N/`: every region one rung
    /// below a region with more than its page lists.
    RegionChildren { region: RegionId, page: usize },
    /// `berita/` and `berita/halaman/N/`; pages count from 1.
    NewsIndex { page: usize },
    /// `berita/ID/`
    News(NewsId),
    /// `topik/`: every topic and sector with its count.
    TagIndex,
    /// `topik/SLUG/` or `sektor/SLUG/`, and their `halaman/N/`.
    Tag {
        kind: TagKind,
        slug: String,
        page: usize,
    },
    /// `NAME/`, from `content/pages/NAME.md`; the index into `Site::pages`.
    FreePage(usize),
    /// `angka-berbeda/` and its `halaman/N/`: every conflict of the site,
    /// by region, metric and period.
    Conflicts { page: usize },
    /// `cari/`
    Search,
    /// `cari/indeks.json`: the search manifest.
    SearchIndex,
    /// `cari/kata/KEY.json`: the words starting with KEY.
    SearchShard(String),
    /// `cari/entri/N.json`: search entries N×16 onwards; from 0.
    SearchChunk(usize),
    /// `404.html`
    NotFound,
    /// `grafik/NAME.svg`
    Chart(ChartKey),
    /// `data/NAME.csv`: the figures a chart draws.
    ChartData(ChartKey),
    /// `data/`: the Data page, which explains the data files.
    DataPage,
    /// `data/angka.csv`, `.json`, `.xlsx`: every figure of the site.
    Figures(DataFormat),
    /// `data/wilayah/SLUG.csv`: every figure of one region that has any.
    RegionData(RegionId),
    /// `data/datapackage.json`: the Frictionless description of the data.
    DataPackage,
    /// `sitemap.xml`: the index of the sitemap parts.
    SitemapIndex,
    /// `sitemap-N.xml`, at most [`SITEMAP_PART_URLS`] URLs each; from 1.
    SitemapPart(usize),
    /// `feed.xml`
    Feed,
    /// `robots.txt`
    Robots,
    /// `CNAME`, for a custom domain on GitHub Pages.
    Cname,
    /// `.nojekyll`, so GitHub Pages serves the files as they are.
    NoJekyll,
    /// A file of the theme's `static/`, by its path.
    Static(String),
}

/// The sitemap protocol's limit of URLs in one file.
pub const SITEMAP_PART_URLS: usize = 50_000;

/// Topics and sectors are lists of the same shape under two sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TagKind {
    Topic,
    Sector,
}

impl TagKind {
    fn section(self) -> &'static str {
        match self {
            TagKind::Topic => section::TOPICS,
            TagKind::Sector => section::SECTORS,
        }
    }
}

/// The forms the file of every figure comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataFormat {
    Csv,
    Json,
    Xlsx,
}

impl DataFormat {
    pub const ALL: [DataFormat; 3] = [DataFormat::Csv, DataFormat::Json, DataFormat::Xlsx];

    pub fn extension(self) -> &'static str {
        match self {
            DataFormat::Csv => "csv",
            DataFormat::Json => "json",
            DataFormat::Xlsx => "xlsx",
        }
    }
}

/// The name of the files of every figure: `data/angka.csv`. No chart's
/// data can take it: their names start with `wilayah-`, `perbandingan-`
/// or a level.
const FIGURES_STEM: &str = "angka";

/// The folder of the per-region CSVs under `data/`. A chart's data is a
/// file directly under `data/`, never in a folder.
pub const REGION_DATA_FOLDER: &str = "wilayah";

/// Which chart: a region's metric over time, or regions compared on one
/// metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKey {
    Series {
        region: RegionId,
        metric: usize,
    },
    Compare {
        among: Among,
        metric: usize,
    },
    /// A region's own figures of one metric beside its sub-regions' and
    /// their sums (`model::rollup`).
    RollUp {
        region: RegionId,
        metric: usize,
    },
}

/// The regions a comparison chart sets side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Among {
    /// Every region of the site (the home page).
    All,
    /// The children of a region (its page).
    ChildrenOf(RegionId),
}

impl ChartKey {
    /// The file name shared by the chart and its data.
    fn name(self, site: &Site) -> String {
        match self {
            ChartKey::Series { region, metric } => format!(
                "wilayah-{}-{}",
                site.regions[region].slug, site.metrics[metric].id
            ),
            ChartKey::Compare {
                among: Among::All,
                metric,
            } => format!("perbandingan-{}", site.metrics[metric].id),
            // Named after the level of the region whose children it
            // compares: `provinsi-banten-…`, `kabupaten-lebak-…`.
            ChartKey::Compare {
                among: Among::ChildrenOf(region),
                metric,
            } => format!(
                "{}-{}-{}",
                site.regions[region].level, site.regions[region].slug, site.metrics[metric].id
            ),
            ChartKey::RollUp { region, metric } => format!(
                "rekap-{}-{}",
                site.regions[region].slug, site.metrics[metric].id
            ),
        }
    }
}

/// The addresses of the search shards and entry chunks, `{}` standing for
/// a shard's key or a chunk's number. The manifest hands them to
/// `search.js`, which fills them in, so they are written only here.
pub const SEARCH_SHARD: &str = "cari/kata/{}.json";
pub const SEARCH_CHUNK: &str = "cari/entri/{}.json";

/// The folder of a region's figure pages, beside its `berita/`.
const FIGURES_FOLDER: &str = "angka";

/// The folder of the pages listing a region's sub-regions, beside its
/// `berita/`. No region's own page can take it: those are one level up,
/// directly under `wilayah/`.
const CHILDREN_FOLDER: &str = "wilayah";

/// `base/halaman/N/` for page N > 1 of a list at `base/`.
fn list_page(base: String, page: usize) -> String {
    if page <= 1 {
        base
    } else {
        format!("{base}halaman/{page}/")
    }
}

impl Route {
    /// The route's address under the site root, without a leading `/`:
    /// `wilayah/lebak/` for a page (written as its `index.html`), the file
    /// name itself for anything else.
    pub fn path(&self, site: &Site) -> String {
        match self {
            Route::Home => String::new(),
            Route::RegionIndex => format!("{}/", section::REGIONS),
            Route::Region(id) => format!("{}/{}/", section::REGIONS, site.regions[*id].slug),
            Route::Coverage => format!("{}/", section::COVERAGE),
            Route::RegionNews { region, page } => list_page(
                format!(
                    "{}/{}/{}/",
                    section::REGIONS,
                    site.regions[*region].slug,
                    section::NEWS
                ),
                *page,
            ),
            Route::RegionFigures { region, page } => list_page(
                format!(
                    "{}/{}/{FIGURES_FOLDER}/",
                    section::REGIONS,
                    site.regions[*region].slug
                ),
                *page,
            ),
            Route::RegionChildren { region, page } => list_page(
                format!(
                    "{}/{}/{CHILDREN_FOLDER}/",
                    section::REGIONS,
                    site.regions[*region].slug
                ),
                *page,
            ),
            Route::NewsIndex { page } => list_page(format!("{}/", section::NEWS), *page),
            Route::News(id) => format!("{}/{}/", section::NEWS, site.news[*id].id),
            Route::TagIndex => format!("{}/", section::TOPICS),
            Route::Tag { kind, slug, page } => {
                list_page(format!("{}/{slug}/", kind.section()), *page)
            }
            Route::FreePage(index) => format!("{}/", site.pages[*index].name),
            Route::Conflicts { page } => list_page(format!("{}/", section::CONFLICTS), *page),
            Route::Search => format!("{}/", section::SEARCH),
            Route::SearchIndex => format!("{}/indeks.json", section::SEARCH),
            Route::SearchShard(key) => SEARCH_SHARD.replace("{}", key),
            Route::SearchChunk(n) => SEARCH_CHUNK.replace("{}", &n.to_string()),
            Route::NotFound => format!("{}.html", section::NOT_FOUND),
            Route::Chart(key) => format!("{}/{}.svg", section::CHARTS, key.name(site)),
            Route::ChartData(key) => format!("{}/{}.csv", section::DATA, key.name(site)),
            Route::DataPage => format!("{}/", section::DATA),
            Route::Figures(format) => {
                format!("{}/{FIGURES_STEM}.{}", section::DATA, format.extension())
            }
            Route::RegionData(id) => format!(
                "{}/{REGION_DATA_FOLDER}/{}.csv",
                section::DATA,
                site.regions[*id].slug
            ),
            Route::DataPackage => format!("{}/datapackage.json", section::DATA),
            Route::SitemapIndex => "sitemap.xml".to_string(),
            Route::SitemapPart(n) => format!("sitemap-{n}.xml"),
            Route::Feed => "feed.xml".to_string(),
            Route::Robots => "robots.txt".to_string(),
            Route::Cname => "CNAME".to_string(),
            Route::NoJekyll => ".nojekyll".to_string(),
            Route::Static(path) => path.clone(),
        }
    }

    /// The file the route is written to: a page at `wilayah/lebak/` is
    /// `wilayah/lebak/index.html`.
    pub fn file(&self, site: &Site) -> String {
        let path = self.path(site);
        if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path
        }
    }

    /// Whether the route is an HTML page a reader visits (and the sitemap
    /// lists, except the 404 page).
    pub fn is_page(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::RegionIndex
                | Route::Region(_)
                | Route::Coverage
                | Route::RegionNews { .. }
                | Route::RegionFigures { .. }
                | Route::RegionChildren { .. }
                | Route::NewsIndex { .. }
                | Route::News(_)
                | Route::TagIndex
                | Route::Tag { .. }
                | Route::FreePage(_)
                | Route::Conflicts { .. }
                | Route::Search
                | Route::NotFound
                | Route::DataPage
        )
    }

    /// Whether the route is one of the files of every figure, which grow
    /// with the whole site and so are streamed into the sink as they are
    /// written rather than held whole.
    pub fn is_streamed(&self) -> bool {
        matches!(self, Route::Figures(_))
    }

    /// Whether the sitemap lists the route: every page but the 404 page,
    /// which is served at addresses that do not exist.
    pub fn in_sitemap(&self) -> bool {
        self.is_page() && *self != Route::NotFound
    }

    /// Who writes this route, in the author's terms, for an error naming
    /// both owners of one path.
    pub fn owner(&self, site: &Site, static_from: Option<&std::path::Path>) -> Message {
        match self {
            Route::FreePage(index) => msg!("owner-free-page", name = &site.pages[*index].name),
            Route::Static(path) => match static_from {
                Some(file) => msg!("owner-site-static", file = file.display().to_string()),
                None => msg!("owner-default-static", file = path),
            },
            Route::Chart(_) | Route::ChartData(_) => msg!("owner-chart"),
            Route::SearchIndex | Route::SearchShard(_) | Route::SearchChunk(_) => {
                msg!("owner-search-index")
            }
            route if route.is_page() => msg!("owner-page", file = route.file(site)),
            route => msg!("owner-generated", file = route.file(site)),
        }
    }
}

impl Route {
    /// The YAML behind the route, when one region or news item is: so an
    /// error rendering it names the file and line an author can open. The
    /// match names every route, so a new one must say whether it has a
    /// place rather than silently lose it.
    pub fn place<'a>(&self, site: &'a Site) -> Option<&'a crate::model::Place> {
        let region = match self {
            Route::News(id) => return Some(&site.news[*id].place),
            Route::Region(id)
            | Route::RegionData(id)
            | Route::RegionNews { region: id, .. }
            | Route::RegionFigures { region: id, .. }
            | Route::RegionChildren { region: id, .. } => *id,
            Route::Chart(key) | Route::ChartData(key) => match key {
                ChartKey::Series { region, .. } | ChartKey::RollUp { region, .. } => *region,
                ChartKey::Compare {
                    among: Among::ChildrenOf(region),
                    ..
                } => *region,
                ChartKey::Compare {
                    among: Among::All, ..
                } => return None,
            },
            // Made from the whole site, a free page's Markdown (which has
            // no YAML) or the theme.
            Route::Home
            | Route::RegionIndex
            | Route::Coverage
            | Route::NewsIndex { .. }
            | Route::TagIndex
            | Route::Tag { .. }
            | Route::FreePage(_)
            | Route::Conflicts { .. }
            | Route::Search
            | Route::SearchIndex
            | Route::SearchShard(_)
            | Route::SearchChunk(_)
            | Route::NotFound
            | Route::SitemapIndex
            | Route::SitemapPart(_)
            | Route::Feed
            | Route::Robots
            | Route::Cname
            | Route::NoJekyll
            | Route::DataPage
            | Route::Figures(_)
            | Route::DataPackage
            | Route::Static(_) => return None,
        };
        Some(&site.regions[region].place)
    }
}

/// The route an `@/` link names, when the site has that page: the one
/// place an authored link becomes a route, so it is built like every
/// other link to that page.
pub fn of_target(site: &Site, target: &LinkTarget) -> Option<Route> {
    let first = 1;
    Some(match target {
        LinkTarget::Home => Route::Home,
        LinkTarget::Section(section::REGIONS) => Route::RegionIndex,
        LinkTarget::Section(section::NEWS) => Route::NewsIndex { page: first },
        LinkTarget::Section(section::TOPICS) => Route::TagIndex,
        LinkTarget::Section(section::SEARCH) => Route::Search,
        LinkTarget::Section(section::CONFLICTS) => Route::Conflicts { page: first },
        LinkTarget::Section(_) => return None,
        LinkTarget::Region(slug) => Route::Region(site.region_id(&RegionKey(slug.clone()))?),
        LinkTarget::News(id) => Route::News(site.news_id(&NewsKey(id.clone()))?),
        LinkTarget::Topic(slug) | LinkTarget::Sector(slug) => {
            let (kind, lists) = match target {
                LinkTarget::Topic(_) => (TagKind::Topic, &site.topics),
                _ => (TagKind::Sector, &site.sectors),
            };
            lists.get(slug)?;
            Route::Tag {
                kind,
                slug: slug.clone(),
                page: first,
            }
        }
        LinkTarget::Page(name) => Route::FreePage(site.pages.iter().position(|p| &p.name == name)?),
    })
}

/// The address of figure `id` on its news page: `berita/ID/#angka-N`.
pub fn figure_path(site: &Site, id: FigureId) -> String {
    let figure = &site.figures[id];
    format!(
        "{}#{}",
        Route::News(figure.news).path(site),
        figure_anchor(figure.position)
    )
}

/// The anchor of the figure at `position` (from 0) in its news item.
pub fn figure_anchor(position: usize) -> String {
    format!("angka-{}", position + 1)
}

/// The anchor of overlap group `id` on its region's page:
/// `tumpang-jumlah_ikm-2016`. One region has one group per metric and
/// widest period, so no two share an anchor, nor with a conflict's `beda-`.
pub fn overlap_anchor(site: &Site, id: usize) -> String {
    let overlap = &site.overlaps[id];
    let metric = &site.metrics[overlap.metric].id;
    format!("tumpang-{metric}-{}", overlap.period)
}

/// The anchor of conflict `id`, wherever it is shown: made of its metric
/// and period (or, undated, the article stating it), so a link to it keeps
/// working when other conflicts come and go. `beda-jumlah_ikm-2019`,
/// `beda-jumlah_ikm-berita-lebak-2024`, `beda-jumlah_ikm-awal-lebak-2024`
/// (the starting values of a change). A metric id has no `-`, a period
/// starts with a digit, and the words `berita` and `awal` with one, so no
/// two groups share an anchor even when a news id is `2019`.
pub fn conflict_anchor(site: &Site, id: usize) -> String {
    let conflict = &site.conflicts[id];
    let metric = &site.metrics[conflict.metric].id;
    match conflict.period {
        Some(period) => format!("beda-{metric}-{period}"),
        None => {
            let first = &site.figures[conflict.figures[0]];
            let kind = if first.baseline { "awal" } else { "berita" };
            format!("beda-{metric}-{kind}-{}", site.news[first.news].id)
        }
    }
}

/// The anchor of conflict `id` on the site-wide list: its region's slug,
/// `--`, then its [`conflict_anchor`] (`lebak--beda-jumlah_ikm-2019`). A
/// slug never holds `--`, so the region and the group read back apart and
/// no two regions' groups share an anchor.
pub fn site_conflict_anchor(site: &Site, id: usize) -> String {
    let region = &site.regions[site.conflicts[id].region].slug;
    format!("{region}--{}", conflict_anchor(site, id))
}

/// The anchor of `region`'s heading on the site-wide list of conflicts:
/// `wilayah-lebak`, which holds no `--` and so is no group's.
pub fn region_conflicts_anchor(site: &Site, region: RegionId) -> String {
    format!("wilayah-{}", site.regions[region].slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let dir = crate::test_support::site_fixture();
        crate::content::load(&dir, None)
            .expect("the site fixture loads")
            .site
    }

    #[test]
    fn a_route_made_from_one_region_or_news_item_names_its_yaml() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charts/content");
        let site = crate::content::load(&dir, None).unwrap().site;
        let province = site
            .region_ids()
            .find(|&r| !site.regions[r].children.is_empty())
            .unwrap();
        let region_file = &*site.regions[province].place.file;
        let news = site.regions[province]
            .news
            .first()
            .copied()
            .unwrap_or(NewsId::at(0));
        let file_of = |route: Route| route.place(&site).map(|p| p.file.to_path_buf());
        for route in [
            Route::Region(province),
            Route::RegionNews {
                region: province,
                page: 2,
            },
            Route::RegionFigures {
                region: province,
                page: 1,
            },
            Route::RegionChildren {
                region: province,
                page: 1,
            },
            Route::Chart(ChartKey::Series {
                region: province,
                metric: 0,
            }),
            Route::ChartData(ChartKey::Compare {
                among: Among::ChildrenOf(province),
                metric: 0,
            }),
        ] {
            assert_eq!(
                file_of(route.clone()).as_deref(),
                Some(region_file),
                "{route:?}"
            );
        }
        assert_eq!(Route::News(news).place(&site), Some(&site.news[news].place));
        for route in [
            Route::Home,
            Route::NewsIndex { page: 1 },
            Route::Chart(ChartKey::Compare {
                among: Among::All,
                metric: 0,
            }),
            Route::Feed,
            Route::Static("style.css".into()),
        ] {
            assert_eq!(route.place(&site), None, "{route:?}");
        }
    }

    #[test]
    fn every_kind_of_route_has_its_path_and_pages_are_index_files() {
        let site = site();
        let lebak = site
            .region_ids()
            .find(|&r| site.regions[r].slug == "lebak")
            .unwrap();
        let cases = [
            (Route::Home, "", "index.html"),
            (
                Route::Region(lebak),
                "wilayah/lebak/",
                "wilayah/lebak/index.html",
            ),
            (Route::NewsIndex { page: 1 }, "berita/", "berita/index.html"),
            (
                Route::RegionNews {
                    region: lebak,
                    page: 2,
                },
                "wilayah/lebak/berita/halaman/2/",
                "wilayah/lebak/berita/halaman/2/index.html",
            ),
            (
                Route::RegionFigures {
                    region: lebak,
                    page: 1,
                },
                "wilayah/lebak/angka/",
                "wilayah/lebak/angka/index.html",
            ),
            (
                Route::RegionFigures {
                    region: lebak,
                    page: 2,
                },
                "wilayah/lebak/angka/halaman/2/",
                "wilayah/lebak/angka/halaman/2/index.html",
            ),
            (
                Route::RegionChildren {
                    region: lebak,
                    page: 1,
                },
                "wilayah/lebak/wilayah/",
                "wilayah/lebak/wilayah/index.html",
            ),
            (
                Route::RegionChildren {
                    region: lebak,
                    page: 2,
                },
                "wilayah/lebak/wilayah/halaman/2/",
                "wilayah/lebak/wilayah/halaman/2/index.html",
            ),
            (
                Route::NewsIndex { page: 3 },
                "berita/halaman/3/",
                "berita/halaman/3/index.html",
            ),
            (
                Route::Tag {
                    kind: TagKind::Sector,
                    slug: "kopi".into(),
                    page: 2,
                },
                "sektor/kopi/halaman/2/",
                "sektor/kopi/halaman/2/index.html",
            ),
            (
                Route::Conflicts { page: 1 },
                "angka-berbeda/",
                "angka-berbeda/index.html",
            ),
            (
                Route::Conflicts { page: 2 },
                "angka-berbeda/halaman/2/",
                "angka-berbeda/halaman/2/index.html",
            ),
            (Route::NotFound, "404.html", "404.html"),
            (Route::Coverage, "cakupan/", "cakupan/index.html"),
            (Route::SitemapPart(2), "sitemap-2.xml", "sitemap-2.xml"),
            (Route::DataPage, "data/", "data/index.html"),
            (
                Route::Figures(DataFormat::Xlsx),
                "data/angka.xlsx",
                "data/angka.xlsx",
            ),
            (
                Route::RegionData(lebak),
                "data/wilayah/lebak.csv",
                "data/wilayah/lebak.csv",
            ),
            (
                Route::DataPackage,
                "data/datapackage.json",
                "data/datapackage.json",
            ),
            (
                Route::Chart(ChartKey::Series {
                    region: lebak,
                    metric: 0,
                }),
                "grafik/wilayah-lebak-jumlah_ikm.svg",
                "grafik/wilayah-lebak-jumlah_ikm.svg",
            ),
        ];
        for (route, path, file) in cases {
            assert_eq!(route.path(&site), path, "{route:?}");
            assert_eq!(route.file(&site), file, "{route:?}");
        }
        assert!(Route::NotFound.is_page() && !Route::Feed.is_page());
        assert_eq!(
            Route::SearchShard("ke_".into()).path(&site),
            "cari/kata/ke_.json"
        );
        assert_eq!(Route::SearchChunk(12).path(&site), "cari/entri/12.json");
        for pattern in [SEARCH_SHARD, SEARCH_CHUNK] {
            assert!(pattern.starts_with(&format!("{}/", section::SEARCH)));
        }
    }
}
