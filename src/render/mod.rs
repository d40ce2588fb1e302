//! Model → files, one route at a time. Nothing here touches the disk.
//!
//! [`plan`] decides every output file of the site as a [`Route`] before any
//! is rendered; a [`Renderer`], built once from the site and the theme,
//! renders one route on its own, building its context when it is called;
//! [`render_into`] builds one and renders the planned routes in parallel
//! into a [`Sink`], which keeps them in memory or writes each into the
//! build's staging folder as it arrives. So memory holds one page per
//! render thread, not the site.
//!
//! The renderer is made to be kept: a dev server builds one per version of
//! the content and renders the page asked for. So building it does only
//! what every page needs (parsing the templates, the plan's [`Outline`],
//! the layout's links), and work that only some routes need is done the
//! first time one of them is rendered: the search index (which also decides
//! the word shards, the one part of the route list the outline lacks) when a
//! search file or the whole [`Renderer::plan`] is asked for, and a news
//! item's summary when a page shows it.

pub mod chart_layout;
pub mod chart_pages;
pub mod charts;
pub mod child_pages;
pub mod citation;
pub mod conflicts;
pub mod coverage_page;
pub mod data_page;
pub mod discovery;
pub mod error;
pub mod figure_pages;
pub mod fixed_pages;
pub mod format;
pub mod home_page;
pub mod kit;
pub mod links;
pub mod list_pages;
pub mod markdown;
pub mod news_page;
pub mod open_data;
pub mod overlaps;
pub mod placement;
pub mod plan;
pub mod region_page;
pub mod rollups;
pub mod route;
pub mod search;
pub mod svg;
pub mod template_guard;
pub mod templates;
pub mod urls;
pub mod views;

use std::collections::HashSet;
use std::io::Write;
use std::sync::OnceLock;

use rayon::prelude::*;
use tera::Tera;

pub use crate::sink::{Discard, MemorySink, Sink, StreamedFile};
pub use error::RenderError;
pub use plan::{plan, Outline, Plan};
pub use route::Route;

use crate::content::theme::Theme;
use crate::messages::Message;
use crate::model::Site;
use crate::progress::{Progress, Stage};
use kit::{Common, Kit};
use placement::search::SearchIndex;
use urls::Urls;
use views::ViewBuilder;

/// Every output file in memory, sorted by path, plus counts for the
/// summary line.
#[derive(Debug, Default)]
pub struct RenderedSite {
    pub files: Vec<(String, Vec<u8>)>,
    pub pages: usize,
    pub charts: usize,
}

/// What a render wrote into its sink, and the warnings of its link check
/// (malformed addresses of other sites).
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub pages: usize,
    pub charts: usize,
    pub files: usize,
    pub warnings: crate::diagnostics::Diagnostics,
}

/// Why a render stopped: a file could not be rendered, the sink could not
/// take one, or a link of the rendered site is broken (each at the file
/// and line that wrote it, with the link check's warnings).
#[derive(Debug)]
pub enum RenderFailure {
    Render(RenderError),
    Sink(Message),
    Links(crate::diagnostics::Diagnostics),
}

impl From<RenderError> for RenderFailure {
    fn from(error: RenderError) -> Self {
        RenderFailure::Render(error)
    }
}

/// What rendering any route of one site needs, built once and kept: the
/// templates, the plan's outline, the URLs, the views and the layout's
/// context. Rendering takes `&self`, so one renderer serves every render
/// thread.
pub struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    tera: Tera,
    /// Owns the URLs, which the kit lends out again.
    views: ViewBuilder<'a>,
    common: Common,
    outline: Outline,
    /// Made the first time a search file or the whole plan needs it.
    search: OnceLock<SearchIndex>,
    plan: OnceLock<Plan>,
}

impl<'a> Renderer<'a> {
    /// Parses `theme`'s templates and plans `site`'s outline: the errors a
    /// build reports before rendering anything (a template that does not
    /// parse, two routes on one path).
    pub fn new(site: &'a Site, theme: &'a Theme) -> Result<Renderer<'a>, RenderError> {
        Renderer::after(site, theme, None)
    }

    /// [`Renderer::new`] for a site loaded again after an edit, given the
    /// `previous` renderer (of the version before it, which planned
    /// without error): its outline's map of files is shared when every
    /// file is the same ([`plan::outline_after`]).
    pub fn after(
        site: &'a Site,
        theme: &'a Theme,
        previous: Option<&Renderer>,
    ) -> Result<Renderer<'a>, RenderError> {
        let tera = templates::load(theme).map_err(|e| RenderError(e.0))?;
        let previous = previous.map(|old| (old.site, &old.outline));
        let outline = plan::outline_after(site, theme, previous)?;
        let urls = Urls::new(&site.config.base_url);
        let common = Common::new(site, &urls, outline.has_feed);
        Ok(Renderer {
            site,
            theme,
            tera,
            views: ViewBuilder::new(site, urls),
            common,
            outline,
            search: OnceLock::new(),
            plan: OnceLock::new(),
        })
    }

    /// Every route of the site, in plan order. The first call makes the
    /// search index, whose word shards are routes too.
    pub fn plan(&self) -> &Plan {
        self.plan
            .get_or_init(|| self.outline.complete(self.kit().search_index()))
    }

    /// Every route but the search's word shards, and what pages read of
    /// the plan: enough to find the route of most addresses without the
    /// search index.
    pub fn outline(&self) -> &Outline {
        &self.outline
    }

    /// Renders `route` alone. A render error names the YAML behind the
    /// route, where one file is.
    pub fn render(&self, route: &Route) -> Result<Vec<u8>, RenderError> {
        render_route(&self.kit(), route).map_err(|e| self.placed(route, e))
    }

    /// Renders a [streamed](Route::is_streamed) route into `out` as it is
    /// made, rather than into memory; any other route is rendered whole,
    /// then written.
    pub fn render_to(&self, route: &Route, out: &mut dyn Write) -> Result<(), RenderError> {
        let written = match route {
            Route::Figures(format) => open_data::write_figures(&self.kit(), *format, out),
            _ => render_route(&self.kit(), route).and_then(|bytes| {
                out.write_all(&bytes).map_err(|e| {
                    RenderError(crate::msg!(
                        "data-file-failed",
                        file = route.file(self.site),
                        error = e.to_string()
                    ))
                })
            }),
        };
        written.map_err(|e| self.placed(route, e))
    }

    /// `error` naming the YAML behind `route`, where one file is.
    fn placed(&self, route: &Route, RenderError(problem): RenderError) -> RenderError {
        RenderError(match route.place(self.site) {
            Some(place) => crate::msg!(
                "render-failed-for",
                place = place.to_string(),
                problem = problem
            ),
            None => problem,
        })
    }

    /// What the page renderers read, borrowed from the renderer.
    fn kit(&self) -> Kit<'_> {
        Kit {
            site: self.site,
            urls: &self.views.urls,
            views: &self.views,
            tera: &self.tera,
            theme: self.theme,
            plan: &self.outline,
            common: &self.common,
            search: &self.search,
        }
    }
}

/// Renders `route` alone.
pub fn render_route(kit: &Kit, route: &Route) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    match route {
        Route::Home => home_page::home_page(kit),
        Route::RegionIndex => fixed_pages::region_index(kit),
        Route::Region(id) => region_page::region_page(kit, *id),
        Route::Coverage => coverage_page::coverage_page(kit),
        Route::RegionNews { region, page } => list_pages::region_news(kit, *region, *page),
        Route::RegionFigures { region, page } => figure_pages::region_figures(kit, *region, *page),
        Route::RegionChildren { region, page } => child_pages::region_children(kit, *region, *page),
        Route::NewsIndex { page } => list_pages::news_index(kit, *page),
        Route::News(id) => news_page::news_page(kit, *id),
        Route::TagIndex => list_pages::tag_index(kit),
        Route::Tag { kind, slug, page } => list_pages::tag_page(kit, *kind, slug, *page),
        Route::FreePage(index) => fixed_pages::free_page(kit, *index),
        Route::Conflicts { page } => conflicts::all_conflicts(kit, *page),
        Route::Search => fixed_pages::search(kit),
        Route::SearchIndex => search::manifest(kit),
        Route::SearchShard(key) => search::shard(kit, key),
        Route::SearchChunk(n) => search::chunk(kit, *n),
        Route::NotFound => fixed_pages::not_found(kit),
        Route::Chart(key) => chart_pages::svg(site, *key),
        Route::ChartData(key) => chart_pages::data(site, kit.urls, *key),
        Route::DataPage => data_page::data_page(kit),
        Route::Figures(format) => {
            let mut out = Vec::new();
            open_data::write_figures(kit, *format, &mut out)?;
            Ok(out)
        }
        Route::RegionData(region) => open_data::region_csv(kit, *region),
        Route::DataPackage => open_data::datapackage(kit),
        Route::SitemapIndex => discovery::sitemap_index(kit),
        Route::SitemapPart(part) => discovery::sitemap_part(kit, *part),
        Route::Feed => discovery::feed(kit),
        Route::Robots => Ok(discovery::robots(kit)),
        Route::Cname => Ok(discovery::cname(site)),
        Route::NoJekyll => Ok(Vec::new()),
        Route::Static(path) => Ok(kit
            .theme
            .statics
            .get(path)
            .map(|file| file.bytes.clone())
            .unwrap_or_default()),
    }
}

/// Plans the site and renders every route into `sink`, in parallel,
/// telling `progress` of each file; then checks every internal link of
/// what was rendered (see [`links`]), so a broken one fails the render
/// before a build swaps its output in.
pub fn render_into(
    site: &Site,
    theme: &Theme,
    sink: &dyn Sink,
    progress: &dyn Progress,
) -> Result<Counts, RenderFailure> {
    let renderer = Renderer::new(site, theme)?;
    let plan = renderer.plan();
    progress.stage(Stage::Render, plan.routes.len());
    // The outline knows its files already; only the word shards' are named here.
    let shards: HashSet<String> = plan
        .routes
        .iter()
        .filter(|route| matches!(route, Route::SearchShard(_)))
        .map(|route| route.file(site))
        .collect();
    let outline = renderer.outline();
    let is_file = |file: &str| outline.has_file(file) || shards.contains(file);
    let warnings = render_checked(&renderer, &plan.routes, &is_file, sink, progress)?;
    Ok(Counts {
        pages: plan.pages().count(),
        charts: plan.chart_count(),
        files: plan.routes.len(),
        warnings,
    })
}

/// Renders `routes` with `renderer` into `sink`, in parallel, telling
/// `progress` of each file; then checks every internal link of what was
/// rendered against `is_file` (whether the site has a file) and the ids
/// of the rendered pages. Gives the link check's warnings. `serve` checks
/// a new site with this, on the routes of its outline but the search's
/// and the downloads', which pages do not link into by id: it needs
/// neither the search index nor the plan, which a served version would
/// then keep.
pub fn render_checked(
    renderer: &Renderer,
    routes: &[Route],
    is_file: &(dyn Fn(&str) -> bool + Sync),
    sink: &dyn Sink,
    progress: &dyn Progress,
) -> Result<crate::diagnostics::Diagnostics, RenderFailure> {
    let checked = links::LinkCheck::new(is_file, &renderer.views.urls, sink);
    render_into_check(renderer, routes, &checked, progress)?;
    report_links(renderer, &checked)
}

/// What [`render_checked`] does for part of the site: the files an edit
/// can change (`serve` checks them before it keeps the edit). Their links
/// are checked as a build checks them. A `#fragment` an author wrote
/// (`@/wilayah/x#id`) that leads to a page outside `routes` is looked for
/// on that page, rendered for its ids alone. A template's fragment on
/// such a page is not: that page is one the edit did not change, and the
/// template and the page's ids come from the same model (at national
/// scale, rendering those pages too doubled the CPU of an edit).
pub fn render_checked_part(
    renderer: &Renderer,
    routes: &[Route],
    is_file: &(dyn Fn(&str) -> bool + Sync),
) -> Result<crate::diagnostics::Diagnostics, RenderFailure> {
    let checked = links::LinkCheck::new(is_file, &renderer.views.urls, &Discard);
    render_into_check(renderer, routes, &checked, &crate::progress::Silent)?;
    let rendered: HashSet<String> = routes.iter().map(|r| r.file(renderer.site)).collect();
    let outline = renderer.outline();
    let others: Vec<(String, &Route)> = checked
        .authored_fragment_pages(&rendered, renderer.site, &renderer.views)
        .into_iter()
        .filter_map(|file| outline.route_of_file(&file).map(|route| (file, route)))
        .collect();
    others.par_iter().try_for_each(|(file, route)| {
        let bytes = renderer.render(route)?;
        checked.read_ids(file, &bytes);
        Ok::<_, RenderFailure>(())
    })?;
    report_links(renderer, &checked)
}

/// Renders `routes` into `checked`, in parallel.
fn render_into_check(
    renderer: &Renderer,
    routes: &[Route],
    checked: &links::LinkCheck,
    progress: &dyn Progress,
) -> Result<(), RenderFailure> {
    let sink: &dyn Sink = checked;
    // Every route is tried, and the first failure in plan order is the
    // one reported: the same input always gives the same error, whichever
    // thread met a failure first.
    let first_failure = routes
        .par_iter()
        .enumerate()
        .filter_map(|(index, route)| {
            render_one(renderer, route, sink)
                .map(|()| progress.done(1))
                .err()
                .map(|failure| (index, failure))
        })
        .min_by_key(|(index, _)| *index);
    match first_failure {
        Some((_, failure)) => Err(failure),
        None => Ok(()),
    }
}

/// The warnings of the links `checked` read, or their errors as a
/// failure.
fn report_links(
    renderer: &Renderer,
    checked: &links::LinkCheck,
) -> Result<crate::diagnostics::Diagnostics, RenderFailure> {
    let report = checked.finish(renderer.site, renderer.theme, &renderer.views);
    if report.errors.has_errors() {
        let mut problems = report.errors;
        problems.extend(report.warnings);
        return Err(RenderFailure::Links(problems));
    }
    Ok(report.warnings)
}

/// Renders `route` and puts it into `sink`: whole, or for a streamed
/// route written into the sink's file as it is made. A write the sink
/// could not make is the sink's failure, whatever the render then said.
fn render_one(renderer: &Renderer, route: &Route, sink: &dyn Sink) -> Result<(), RenderFailure> {
    let file = route.file(renderer.site);
    if !route.is_streamed() {
        let bytes = renderer.render(route)?;
        return sink.put(file, bytes).map_err(RenderFailure::Sink);
    }
    let mut out = sink.create(file).map_err(RenderFailure::Sink)?;
    match renderer.render_to(route, &mut out) {
        Ok(()) => out.finish(sink).map_err(RenderFailure::Sink),
        Err(error) => Err(match out.failure() {
            Some(problem) => RenderFailure::Sink(problem),
            None => RenderFailure::Render(error),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a dev server pays for one page: building a renderer and
    /// rendering a region's page make neither the search index nor the
    /// whole plan, and only the summaries the page shows; a search file
    /// makes the index, which the whole plan then reuses.
    #[test]
    fn a_region_page_needs_neither_the_search_index_nor_every_summary() {
        let dir = crate::test_support::site_fixture();
        let site = crate::content::load(&dir, None).unwrap().site;
        let theme = Theme::defaults();
        let renderer = Renderer::new(&site, &theme).unwrap();
        let file = "wilayah/lebak/index.html";
        let mut routes = renderer.outline().routes.iter();
        let lebak = routes.find(|r| r.file(&site) == file).unwrap();
        renderer.render(lebak).unwrap();
        assert!(renderer.search.get().is_none(), "the search index was made");
        assert!(renderer.plan.get().is_none(), "the whole plan was made");
        let its_news = site.region_by_slug("lebak").unwrap().news.len();
        assert!(its_news < site.news.len());
        assert!(
            renderer.views.summaries_made() <= its_news,
            "{} summaries made for a page about {its_news} news items",
            renderer.views.summaries_made()
        );

        renderer.render(&Route::SearchIndex).unwrap();
        let index: *const SearchIndex = renderer.search.get().unwrap();
        let shards = renderer.plan().routes.iter();
        assert!(
            shards
                .filter(|r| matches!(r, Route::SearchShard(_)))
                .count()
                > 1
        );
        assert!(std::ptr::eq(index, renderer.search.get().unwrap()));
    }

    /// A part of the site checked alone: a `#fragment` it links to on a
    /// page outside it is looked for on that page, rendered for its ids.
    #[test]
    fn a_part_checks_its_fragments_on_the_pages_outside_it() {
        let fixture = crate::test_support::site_fixture();
        let dir = tempfile::tempdir().unwrap();
        crate::test_support::copy_folder(&fixture, dir.path());
        let lebak = dir.path().join("regions/banten/lebak.yaml");
        let text = std::fs::read_to_string(&lebak).unwrap();
        let theme = Theme::defaults();
        for (fragment, refused) in [("tidak-ada-di-sini", true), ("angka-kunci", false)] {
            let link =
                format!("summary: |\n  Lihat [Kendari](@/wilayah/kota-kendari#{fragment}).\n");
            std::fs::write(&lebak, text.replacen("summary: |\n", &link, 1)).unwrap();
            let site = crate::content::load(dir.path(), None).unwrap().site;
            let renderer = Renderer::new(&site, &theme).unwrap();
            let outline = renderer.outline();
            let page = outline.route_of_file("wilayah/lebak/index.html").unwrap();
            let is_file = |file: &str| outline.has_file(file);
            let checked = render_checked_part(&renderer, std::slice::from_ref(page), &is_file);
            match checked {
                Err(RenderFailure::Links(problems)) if refused => {
                    let shown = format!("{problems:?}");
                    assert!(
                        shown.contains("lebak.yaml") && shown.contains(fragment),
                        "{shown}"
                    );
                }
                Ok(_) if !refused => {}
                other => panic!("#{fragment}: {:?}", other.map_err(|e| format!("{e:?}"))),
            }
        }
    }
}
