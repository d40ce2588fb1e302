//! The route table: every file the site will write, decided before any is
//! rendered, with no two routes on one path. Which lists have pages, which
//! charts and search files exist, and whether there is a feed are
//! [`placement`]'s rules; the plan asks them, in a fixed order, and never a
//! page renderer, which may then read the plan's [`Outline`] through the kit.
//!
//! Planning comes in two steps so that one page can be rendered without
//! the whole site's work: the [`Outline`] is every route but the search's
//! word shards, whose keys only the whole search index knows (words are cut
//! into shards by size), and everything pages read again (their charts,
//! whether there is a feed). A kept [`Renderer`](super::Renderer) plans the
//! outline at once and completes it into the [`Plan`] only when the whole
//! route list is asked for.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use super::error::RenderError;
use super::placement::lists::{self, NEWS_PER_PAGE};
use super::placement::search::{self, SearchIndex};
use super::placement::{self, charts, groups};
use super::route::{Among, ChartKey, DataFormat, Route, TagKind, SEARCH_SHARD, SITEMAP_PART_URLS};
use crate::content::theme::Theme;
use crate::messages::Message;
use crate::model::{NewsId, RegionId, Site};
use crate::msg;

/// Every route of the site, in a fixed order.
#[derive(Debug)]
pub struct Plan {
    pub routes: Vec<Route>,
}

impl Plan {
    /// The routes that are HTML pages.
    pub fn pages(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter().filter(|r| r.is_page())
    }

    /// How many charts (SVG files) the site has.
    pub fn chart_count(&self) -> usize {
        let charts = self.routes.iter();
        charts.filter(|r| matches!(r, Route::Chart(_))).count()
    }
}

/// The plan without the search's word shards, and what the planning found
/// out that pages need again. Cheap next to the search index: one pass
/// over the regions, news and figures.
#[derive(Debug)]
pub struct Outline {
    /// Every route but [`Route::SearchShard`], in the plan's order.
    pub routes: Vec<Route>,
    /// Where in `routes` the word shards go.
    shards_at: usize,
    /// The charts of each region's page, in the order shown.
    pub region_charts: Vec<Vec<ChartKey>>,
    /// The home page's chart.
    pub home_chart: Option<ChartKey>,
    /// Whether the site has a feed (a news item dated to the day).
    pub has_feed: bool,
    /// For each conflict, its page of the site-wide list
    /// ([`groups::conflict_pages`]), which region pages link to.
    pub conflict_pages: Vec<usize>,
    /// Each route's position in `routes` by its output file. Checking
    /// that no two routes share a path names every file anyway; kept, it
    /// answers which route a served address is, and which files a
    /// link may point at, without formatting half a million paths again
    /// (a fifth of a second at desa scale). Shared with the outline of
    /// the next version when its routes and names are the same
    /// ([`outline_after`]).
    files: Arc<HashMap<String, usize>>,
    /// Whether a file of the outline is on a word shard's path, so that
    /// the check needed the whole plan: then the next version's shards
    /// may claim other paths, and its files are checked again.
    checked_with_shards: bool,
}

impl Outline {
    /// The route whose output is `file` (`wilayah/lebak/index.html`).
    pub fn route_of_file(&self, file: &str) -> Option<&Route> {
        self.files.get(file).map(|&at| &self.routes[at])
    }

    /// Whether some route writes `file`.
    pub fn has_file(&self, file: &str) -> bool {
        self.files.contains_key(file)
    }

    /// Every output file of the outline, in no particular order.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The pages the sitemap lists: every page but the 404 page (search
    /// shards are not pages, so the outline has them all).
    pub fn sitemap_pages(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter().filter(|r| r.in_sitemap())
    }

    /// The whole plan: the outline's routes with the word shards of
    /// `search` in their place.
    pub fn complete(&self, search: &SearchIndex) -> Plan {
        let (before, after) = self.routes.split_at(self.shards_at);
        let shards = search.shards.keys().cloned().map(Route::SearchShard);
        let mut routes = Vec::with_capacity(self.routes.len() + search.shards.len());
        routes.extend(before.iter().cloned());
        routes.extend(shards);
        routes.extend(after.iter().cloned());
        Plan { routes }
    }
}

/// Plans every route of `site` with `theme`'s static files. Two routes on
/// one path are an error that names both.
pub fn plan(site: &Site, theme: &Theme) -> Result<Plan, RenderError> {
    Ok(outline(site, theme)?.complete(&SearchIndex::of(site)))
}

/// Plans every route of `site` but the search's word shards, with the
/// same check as [`plan`]: two routes on one path are an error that names
/// both, the same error the whole plan gives. Shards, each on its own key,
/// can only meet a route on a shard's path (a theme's static file there),
/// so only then, or when the outline has a collision to report in the
/// whole plan's order, is the search index made here.
pub fn outline(site: &Site, theme: &Theme) -> Result<Outline, RenderError> {
    outline_after(site, theme, None)
}

/// [`outline`], for a site loaded again after an edit whose `previous`
/// version (its site and outline) planned without error: when the new
/// routes are the same as the previous, in the same order, and so is
/// every name a file is made of (the slug and level of each region, the
/// id of each news item, the name of each free page, the id of each
/// metric), every file is the same and the previous check holds, so its
/// map of files is shared rather than made again. After an edit of one
/// region's text that is nearly always so, and at desa scale it saves a
/// fifth of a second of every edit.
pub fn outline_after(
    site: &Site,
    theme: &Theme,
    previous: Option<(&Site, &Outline)>,
) -> Result<Outline, RenderError> {
    let region_charts: Vec<Vec<ChartKey>> = (0..site.regions.len())
        .into_par_iter()
        .map(|region| charts::charts_of_region(site, RegionId::at(region)))
        .collect();
    let home_chart = charts::home_chart(site);
    let has_feed = placement::has_feed(site);
    let conflict_pages = groups::conflict_pages(site);
    let mut routes = vec![Route::Home, Route::RegionIndex];
    if site.official.is_some() {
        routes.push(Route::Coverage);
    }
    routes.extend(site.region_ids().map(Route::Region));
    for region in site.region_ids() {
        let pages = lists::region_news_pages(site, region);
        routes.extend((1..=pages).map(|page| Route::RegionNews { region, page }));
    }
    for region in site.region_ids() {
        let pages = lists::figure_page_count(site, region);
        routes.extend((1..=pages).map(|page| Route::RegionFigures { region, page }));
    }
    for region in site.region_ids() {
        let pages = lists::children_page_count(site, region);
        routes.extend((1..=pages).map(|page| Route::RegionChildren { region, page }));
    }
    let pages = lists::page_count(site.news_by_date.len());
    routes.extend((1..=pages).map(|page| Route::NewsIndex { page }));
    routes.extend(site.news_by_date.iter().map(|&id| Route::News(id)));
    routes.push(Route::TagIndex);
    for (kind, lists) in [
        (TagKind::Topic, &site.topics),
        (TagKind::Sector, &site.sectors),
    ] {
        for (slug, news) in lists {
            let pages = lists::page_count(news.len());
            routes.extend((1..=pages).map(|page| Route::Tag {
                kind,
                slug: slug.clone(),
                page,
            }));
        }
    }
    routes.extend((0..site.pages.len()).map(Route::FreePage));
    let pages = groups::conflict_page_count(&conflict_pages);
    routes.extend((1..=pages).map(|page| Route::Conflicts { page }));
    routes.extend([Route::Search, Route::NotFound, Route::DataPage]);

    let sitemap_pages = routes.iter().filter(|r| r.in_sitemap()).count();
    let parts = sitemap_pages.div_ceil(SITEMAP_PART_URLS).max(1);
    routes.push(Route::SitemapIndex);
    routes.extend((1..=parts).map(Route::SitemapPart));
    routes.push(Route::SearchIndex);
    let shards_at = routes.len();
    routes.extend((0..search::chunk_count(site)).map(Route::SearchChunk));
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
    routes.extend(DataFormat::ALL.map(Route::Figures));
    routes.push(Route::DataPackage);
    let with_figures = site
        .region_ids()
        .filter(|&r| placement::has_region_data(site, r));
    routes.extend(with_figures.map(Route::RegionData));
    routes.extend(theme.statics.keys().cloned().map(Route::Static));

    let mut outline = Outline {
        routes,
        shards_at,
        region_charts,
        home_chart,
        has_feed,
        conflict_pages,
        files: Arc::default(),
        checked_with_shards: false,
    };
    let same_files = previous.filter(|(old_site, old)| {
        !old.checked_with_shards && old.routes == outline.routes && same_names(old_site, site)
    });
    if let Some((_, old)) = same_files {
        outline.files = old.files.clone();
        return Ok(outline);
    }
    let (shard_folder, shard_suffix) = SEARCH_SHARD.split_once("{}").unwrap_or((SEARCH_SHARD, ""));
    let on_a_shards_path =
        |file: &String| file.starts_with(shard_folder) && file.ends_with(shard_suffix);
    let checked = check_paths(site, theme, &outline.routes);
    let needs_the_shards = checked
        .as_ref()
        .map_or(true, |files| files.keys().any(on_a_shards_path));
    if needs_the_shards {
        let whole = outline.complete(&SearchIndex::of(site));
        check_paths(site, theme, &whole.routes)?;
    }
    outline.files = Arc::new(checked?);
    outline.checked_with_shards = needs_the_shards;
    Ok(outline)
}

/// Whether every name [`Route::file`] reads of a site is the same in `a`
/// and `b`: each region's slug and level, each news item's id, each free
/// page's name and each metric's id, position by position.
fn same_names(a: &Site, b: &Site) -> bool {
    a.regions.len() == b.regions.len()
        && a.news.len() == b.news.len()
        && a.regions
            .iter()
            .zip(&b.regions)
            .all(|(a, b)| a.slug == b.slug && a.level == b.level)
        && a.news
            .iter()
            .map(|n| &n.id)
            .eq(b.news.iter().map(|n| &n.id))
        && a.pages
            .iter()
            .map(|p| &p.name)
            .eq(b.pages.iter().map(|p| &p.name))
        && a.metrics
            .iter()
            .map(|m| &m.id)
            .eq(b.metrics.iter().map(|m| &m.id))
}

/// Every output path gets one owner; a second claim is an error naming
/// both, so no file silently shadows another. The build's stamp is
/// reserved. Gives each file's route, by its position in `routes`. The
/// paths are formatted in parallel: at desa scale they are most of the
/// planning's time.
fn check_paths(
    site: &Site,
    theme: &Theme,
    routes: &[Route],
) -> Result<HashMap<String, usize>, RenderError> {
    let owner = |route: &Route| -> Message {
        let from = match route {
            Route::Static(path) => theme.statics.get(path).and_then(|f| f.from.as_deref()),
            _ => None,
        };
        route.owner(site, from)
    };
    let paths: Vec<String> = routes.par_iter().map(|route| route.file(site)).collect();
    let mut owners: HashMap<String, usize> = HashMap::with_capacity(routes.len());
    for (at, file) in paths.into_iter().enumerate() {
        let first = if file == crate::sink::STAMP_FILE {
            Some(msg!("owner-stamp"))
        } else {
            owners.get(&file).map(|&first| owner(&routes[first]))
        };
        if let Some(first) = first {
            return Err(RenderError(msg!(
                "output-path-collision",
                path = file,
                first = first,
                second = owner(&routes[at])
            )));
        }
        owners.insert(file, at);
    }
    Ok(owners)
}

impl Plan {
    /// The routes whose output may change when `file` changes, so a dev
    /// server re-renders only those. For a region file: its page, news
    /// list and list of sub-regions, its charts and its children's pages,
    /// the lists of sub-regions that name it, the pages and comparison
    /// charts of the regions above it, the pages of its news (and of the
    /// news below it, whose breadcrumbs name it), the pages of the news
    /// index and of each topic and sector from the first that shows its
    /// news on, and the site-wide pages that count or list every region or
    /// every conflict (a conflict added or gone moves every group after
    /// it, to the last page of the list), with, when the file's region
    /// has a conflict, the page of every region that has one (it links to
    /// where its groups are on that list); the files of every figure and
    /// the Data page that counts them, and the CSVs of its regions and the
    /// regions below them (whose rows carry their parent's code), but not
    /// `datapackage.json`, which only the settings make.
    /// A free page changes every page (they are in the navigation), and
    /// any other file (`site.yaml`, `metrics.yaml`, a vocabulary) changes
    /// everything.
    ///
    /// The map is kept by hand, beside what each renderer reads, and
    /// proven by `tests/dependencies.rs`: on generated sites of several
    /// rungs and paged lists, a random edit of one region file may change
    /// only files this map lists for it, before the edit or after, and the
    /// map may name no page of an unrelated region. Deriving it instead
    /// would mean recording every read each renderer makes of the site
    /// (a tracking wrapper around `Site`) for a map that is, as it stands,
    /// one match over the route table.
    pub fn routes_of_file<'a>(&'a self, site: &'a Site, file: &std::path::Path) -> Vec<&'a Route> {
        routes_of_file(&self.routes, site, file, ListsMoved::Maybe)
    }

    /// [`routes_of_file`](Plan::routes_of_file) as output files
    /// (`wilayah/lebak/index.html`). Pages, charts and feeds are named from
    /// slugs and ids, so they stay the same from one build to the next when
    /// a file elsewhere is added or removed, where routes hold this build's
    /// positions. The search files are the exception: chunks are numbered
    /// by entry and shards cut by the words of the whole site, so a dev
    /// server rewrites all of `cari/` after any edit.
    pub fn files_of_file(&self, site: &Site, file: &std::path::Path) -> BTreeSet<String> {
        files_of_file(&self.routes, site, file, ListsMoved::Maybe)
    }
}

impl Outline {
    /// [`Plan::files_of_file`] over the outline's routes (every route but
    /// the search's word shards, which any edit replaces anyway), without
    /// copying them into a plan.
    pub fn files_of_file(&self, site: &Site, file: &std::path::Path) -> BTreeSet<String> {
        files_of_file(&self.routes, site, file, ListsMoved::Maybe)
    }

    /// The files of this outline that `other` does not have, found on
    /// both threads (half a million lookups at desa scale).
    pub fn files_not_in(&self, other: &Outline) -> Vec<&str> {
        let mut files: Vec<&str> = self
            .files
            .par_iter()
            .filter(|(file, _)| !other.files.contains_key(*file))
            .map(|(file, _)| file.as_str())
            .collect();
        files.sort_unstable();
        files
    }
}

/// The files an edit of region file `file` can change, from the site and
/// routes before the edit (`old`) and after it (`new`): the files of
/// [`Plan::files_of_file`] in both. When every list of news (the news
/// index, each topic, each sector) holds the same items in the same order
/// before and after, as after an edit of a region's text, no item moved,
/// so of each list only the pages that show one of the file's items can
/// change rather than every page from the first of them on: at desa scale
/// a summary's edit then renders some tens of files, not four thousand.
/// Proven with the rest of the map by `tests/dependencies.rs`.
pub fn files_of_edit(
    old: (&Site, &[Route]),
    new: (&Site, &[Route]),
    file: &std::path::Path,
) -> BTreeSet<String> {
    let moved = if same_news_lists(old.0, new.0) {
        ListsMoved::No
    } else {
        ListsMoved::Maybe
    };
    let mut files = files_of_file(old.1, old.0, file, moved);
    files.extend(files_of_file(new.1, new.0, file, moved));
    files
}

/// Whether a list of news may have items added, removed or moved.
#[derive(Clone, Copy)]
enum ListsMoved {
    Maybe,
    No,
}

/// Whether every list of news of `a` holds the items of `b`'s by id, in
/// the same order.
fn same_news_lists(a: &Site, b: &Site) -> bool {
    let same_list = |x: &[NewsId], y: &[NewsId]| {
        x.len() == y.len() && x.iter().zip(y).all(|(&m, &n)| a.news[m].id == b.news[n].id)
    };
    let same_lists = |x: &BTreeMap<String, Vec<NewsId>>, y: &BTreeMap<String, Vec<NewsId>>| {
        x.len() == y.len()
            && x.iter()
                .zip(y)
                .all(|((k, l), (m, n))| k == m && same_list(l, n))
    };
    same_list(&a.news_by_date, &b.news_by_date)
        && same_lists(&a.topics, &b.topics)
        && same_lists(&a.sectors, &b.sectors)
}

fn files_of_file(
    routes: &[Route],
    site: &Site,
    file: &std::path::Path,
    moved: ListsMoved,
) -> BTreeSet<String> {
    routes_of_file(routes, site, file, moved)
        .into_iter()
        .map(|route| route.file(site))
        .collect()
}

/// [`Plan::routes_of_file`] over `routes`; with [`ListsMoved::No`], of
/// each list of news only the pages that show one of the file's items.
fn routes_of_file<'a>(
    routes: &'a [Route],
    site: &'a Site,
    file: &std::path::Path,
    moved: ListsMoved,
) -> Vec<&'a Route> {
    let in_file: std::collections::HashSet<RegionId> =
        site.region_of_file(file).into_iter().collect();
    if in_file.is_empty() {
        let free_page = file.extension().is_some_and(|e| e == "md");
        return routes
            .iter()
            .filter(|r| !free_page || r.is_page() || matches!(r, Route::SitemapPart(_)))
            .collect();
    }
    let above: std::collections::HashSet<RegionId> =
        in_file.iter().flat_map(|&r| site.ancestors(r)).collect();
    let below: std::collections::HashSet<RegionId> =
        in_file.iter().flat_map(|&r| site.descendants(r)).collect();
    let named = |region: RegionId| in_file.contains(&region) || below.contains(&region);
    // The regions whose lists of sub-regions name a region of the file.
    let parents: std::collections::HashSet<RegionId> = in_file
        .iter()
        .filter_map(|&r| site.regions[r].parent)
        .collect();
    let its_news = |news: &NewsId| in_file.contains(&site.news[*news].region);
    // A news item added, removed or re-dated moves every item after it
    // by one place, so a list of news changes from the first page that
    // shows one of the file's (in the build before the edit or after
    // it) to its last page, not only on the pages that show them. When
    // no list moved, only those pages. The pages of each list, found
    // once: a list has a route per page, and at desa scale the news index
    // alone has thousands of pages.
    let pages_of = |list: &[NewsId]| -> Option<ListPages> {
        let mut shown = list
            .iter()
            .enumerate()
            .filter(|(_, news)| its_news(news))
            .map(|(at, _)| at / NEWS_PER_PAGE + 1);
        match moved {
            ListsMoved::Maybe => shown.next().map(ListPages::From),
            ListsMoved::No => {
                let pages: BTreeSet<usize> = shown.collect();
                (!pages.is_empty()).then_some(ListPages::Only(pages))
            }
        }
    };
    let by_date = pages_of(&site.news_by_date);
    let by_tag = |lists: &'a BTreeMap<String, Vec<NewsId>>| -> HashMap<&'a str, ListPages> {
        lists
            .iter()
            .filter_map(|(slug, list)| Some((slug.as_str(), pages_of(list)?)))
            .collect()
    };
    let (by_topic, by_sector) = (by_tag(&site.topics), by_tag(&site.sectors));
    let list_page_changes =
        |pages: Option<&ListPages>, page: usize| pages.is_some_and(|p| p.has(page));
    let has_news = site.news.iter().any(|n| in_file.contains(&n.region));
    let has_conflict = |r: RegionId| !site.conflicts_of_region[r.index()].is_empty();
    let has_conflicts = in_file.iter().any(|&r| has_conflict(r));
    // On both threads: at desa scale the table has half a million routes.
    routes
        .par_iter()
        .filter(|route| match route {
                // Coverage counts every region file that has a code.
                Route::Home
                | Route::RegionIndex
                | Route::Coverage
                | Route::Search
                | Route::SearchIndex
                | Route::SearchShard(_)
                | Route::SearchChunk(_)
                | Route::TagIndex
                | Route::Conflicts { .. }
                | Route::SitemapIndex
                | Route::SitemapPart(_)
                | Route::DataPage
                | Route::Figures(_) => true,
                // A page with conflicts links to where its groups are on
                // the site-wide list, which a conflict added or gone
                // anywhere before them moves to another page.
                Route::Region(r) => {
                    named(*r) || above.contains(r) || (has_conflicts && has_conflict(*r))
                }
                // Their breadcrumbs name the regions above.
                Route::RegionNews { region, .. } | Route::RegionFigures { region, .. } => {
                    named(*region)
                }
                // Its rows carry the region's name and code and its
                // parent's code, so a sub-region's file changes with it.
                Route::RegionData(region) => named(*region),
                // Its rows name and show the latest figures of the
                // sub-regions; a new name can move any of them to another page.
                Route::RegionChildren { region, .. } => named(*region) || parents.contains(region),
                Route::News(n) => named(site.news[*n].region),
                Route::NewsIndex { page } => list_page_changes(by_date.as_ref(), *page),
                Route::Tag { kind, slug, page } => {
                    let lists = match kind {
                        TagKind::Topic => &by_topic,
                        TagKind::Sector => &by_sector,
                    };
                    list_page_changes(lists.get(slug.as_str()), *page)
                }
                Route::Feed => has_news,
                Route::Chart(key) | Route::ChartData(key) => match key {
                    ChartKey::Series { region, .. } => in_file.contains(region),
                    // Its own figures and its sub-regions'.
                    ChartKey::RollUp { region, .. } => {
                        in_file.contains(region) || above.contains(region)
                    }
                    ChartKey::Compare { among, .. } => match among {
                        Among::All => true,
                        Among::ChildrenOf(parent) => {
                            above.contains(parent) || in_file.contains(parent)
                        }
                    },
                },
                Route::FreePage(_)
                | Route::NotFound
                | Route::Robots
                | Route::Cname
                | Route::NoJekyll
                // Made from the settings and the columns alone.
                | Route::DataPackage
                | Route::Static(_) => false,
            })
        .collect()
}

/// The pages of a list of news an edit can change: every page from the
/// first on, or only some.
enum ListPages {
    From(usize),
    Only(BTreeSet<usize>),
}

impl ListPages {
    fn has(&self, page: usize) -> bool {
        match self {
            ListPages::From(first) => page >= *first,
            ListPages::Only(pages) => pages.contains(&page),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_region_file_maps_to_its_routes_and_no_other_region_or_news() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let plan = plan(&site, &Theme::defaults()).unwrap();
        let slug = |r: RegionId| site.regions[r].slug.as_str();
        let lebak = dir.join("regions/banten/lebak.yaml");
        let routes = plan.routes_of_file(&site, &lebak);

        let mut regions: Vec<&str> = routes
            .iter()
            .filter_map(|r| match r {
                Route::Region(id) => Some(slug(*id)),
                _ => None,
            })
            .collect();
        regions.sort();
        assert_eq!(regions, ["banten", "lebak"]);
        // Lebak counts towards the coverage the home page states and
        // `cakupan/` lists.
        assert!(plan.routes.contains(&Route::Coverage));
        assert!(routes.contains(&&Route::Coverage) && routes.contains(&&Route::Home));

        let news: std::collections::BTreeSet<&str> = routes
            .iter()
            .filter_map(|r| match r {
                Route::News(id) => Some(site.news[*id].id.as_str()),
                _ => None,
            })
            .collect();
        let lebak_news: std::collections::BTreeSet<&str> = site
            .news
            .iter()
            .filter(|n| slug(n.region) == "lebak")
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(news, lebak_news);
        assert!(!lebak_news.is_empty());

        for route in &routes {
            assert!(
                !matches!(
                    route,
                    Route::FreePage(_) | Route::Static(_) | Route::NotFound
                ),
                "{route:?}"
            );
            if let Route::Chart(ChartKey::Series { region, .. }) = route {
                assert_eq!(slug(*region), "lebak");
            }
        }
        assert!(routes
            .iter()
            .any(|r| matches!(r, Route::Chart(ChartKey::Series { .. }))));
        assert!(routes.contains(&&Route::Home));

        // Stable across builds: a region added before Lebak in the sort
        // shifts every position, not the files Lebak's file maps to.
        let files = plan.files_of_file(&site, &lebak);
        assert!(files.contains("wilayah/lebak/index.html"), "{files:?}");
        // Every figure is in the data files and Lebak's in its own CSV;
        // the package is made from the settings alone.
        for file in [
            "data/angka.csv",
            "data/angka.json",
            "data/angka.xlsx",
            "data/index.html",
            "data/wilayah/lebak.csv",
        ] {
            assert!(files.contains(file), "{file} not in {files:?}");
        }
        assert!(!files.contains("data/datapackage.json"));
        assert!(!files.iter().any(|f| f.starts_with("data/wilayah/lampung")));
        let copy = tempfile::tempdir().unwrap();
        crate::test_support::copy_folder(&dir, copy.path());
        std::fs::write(
            copy.path().join("regions/sulawesi-tenggara/bombana.yaml"),
            "name: Kabupaten Bombana\nlevel: kabupaten\nparent: sulawesi-tenggara\nchecked: [region-without-news]\n",
        )
        .unwrap();
        let grown = crate::content::load(copy.path(), None).unwrap().site;
        let grown_plan = super::plan(&grown, &Theme::defaults()).unwrap();
        assert_ne!(
            grown.region_by_slug("lebak").map(|r| &r.name),
            None,
            "Lebak is still there"
        );
        // The search files are cut from the whole site (the new file brings
        // its own shard, `bo` for "Bombana"); every other file is the same.
        let without_shards = |files: BTreeSet<String>| -> BTreeSet<String> {
            files
                .into_iter()
                .filter(|f| !f.starts_with("cari/kata/") && !f.starts_with("cari/entri/"))
                .collect()
        };
        assert_eq!(
            without_shards(
                grown_plan.files_of_file(&grown, &copy.path().join("regions/banten/lebak.yaml"))
            ),
            without_shards(files)
        );

        // site.yaml changes everything; a free page every page.
        assert_eq!(
            plan.routes_of_file(&site, &dir.join("site.yaml")).len(),
            plan.routes.len()
        );
        let free = plan.routes_of_file(&site, &dir.join("pages/tentang.md"));
        assert!(free
            .iter()
            .all(|r| r.is_page() || matches!(r, Route::SitemapPart(_))));
    }

    /// A theme's static file on the path of a word shard: the outline,
    /// which has no shards, still reports the collision, naming the search
    /// index first as the whole plan does.
    #[test]
    fn a_static_file_on_a_shards_path_collides_in_the_outline() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let mut theme = Theme::defaults();
        let from = dir.join("../static/cari/kata/le.json");
        theme.statics.insert(
            "cari/kata/le.json".into(),
            crate::content::theme::StaticFile {
                bytes: b"{}".to_vec(),
                from: Some(from.clone()),
            },
        );
        let expected = msg!(
            "output-path-collision",
            path = "cari/kata/le.json",
            first = msg!("owner-search-index"),
            second = msg!("owner-site-static", file = from.display().to_string())
        );
        let Err(RenderError(found)) = outline(&site, &theme) else {
            panic!("the outline took a shard's path for a static file");
        };
        assert_eq!(found, expected);
        // Elsewhere under the folder, the same file is no shard's.
        let file = theme.statics.remove("cari/kata/le.json").unwrap();
        theme
            .statics
            .insert("cari/kata/tidak-ada.json".into(), file);
        assert!(outline(&site, &theme).is_ok());
    }

    #[test]
    fn the_outline_finds_each_route_by_its_file_and_nothing_else() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let outline = outline(&site, &Theme::defaults()).unwrap();
        assert_eq!(outline.files().count(), outline.routes.len());
        for route in &outline.routes {
            assert_eq!(outline.route_of_file(&route.file(&site)), Some(route));
        }
        let lebak = site.region_by_slug("lebak").unwrap();
        let found = outline.route_of_file("wilayah/lebak/index.html");
        assert!(matches!(found, Some(Route::Region(id)) if site.regions[*id].slug == lebak.slug));
        for missing in [
            "wilayah/tidak-ada/index.html",
            "wilayah/lebak/",
            "",
            crate::sink::STAMP_FILE,
        ] {
            assert!(!outline.has_file(missing), "{missing}");
        }
    }

    #[test]
    fn an_outline_after_an_edit_shares_the_files_only_when_every_name_is_the_same() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let theme = Theme::defaults();
        let first = outline(&site, &theme).unwrap();

        // A summary edited: the same routes and names, the map shared.
        let mut edited = site.clone();
        edited.regions[0].summary = Some("Ringkasan baru.".into());
        let after = outline_after(&edited, &theme, Some((&site, &first))).unwrap();
        assert!(Arc::ptr_eq(&after.files, &first.files));

        // A news item's id changed: the same routes, another file.
        let mut renamed = site.clone();
        let old_file = Route::News(NewsId::at(0)).file(&site);
        Arc::make_mut(&mut Arc::make_mut(&mut renamed.news)[0]).id = "berita-baru".into();
        let after = outline_after(&renamed, &theme, Some((&site, &first))).unwrap();
        assert!(!Arc::ptr_eq(&after.files, &first.files));
        assert!(after.has_file("berita/berita-baru/index.html"));
        assert!(!after.has_file(&old_file), "{old_file}");
        assert_eq!(after.files().count(), after.routes.len());

        // A region's level changed: its comparison charts are named after it.
        let mut moved = site.clone();
        let parent = moved
            .regions
            .iter()
            .position(|r| !r.children.is_empty())
            .unwrap();
        moved.regions[parent].level = crate::model::Level::Kota;
        assert!(!same_names(&site, &moved));
    }
}
