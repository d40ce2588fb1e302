//! One version of the served site: the content and theme as loaded, a
//! [`Renderer`] kept over them (whose outline finds a route by its output
//! file), and the bytes of the files rendered so far.
//!
//! The site is not held whole: pages are rendered when asked for (a third
//! of a millisecond for a region's page at national scale) and kept in a
//! bounded cache, so memory stays that of the content plus what was viewed,
//! not that of the whole output (hundreds of megabytes at desa scale). The
//! renderer borrows the site it renders, so the two are kept together in a
//! [`self_cell`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use ikm_site::content::theme::Theme;
use ikm_site::content::Loaded;
use ikm_site::model::Site;
use ikm_site::render::{
    render_checked, render_checked_part, Discard, Outline, RenderError, RenderFailure, Renderer,
    Route,
};

/// The rendered bytes a version keeps at most; past this the cache starts
/// again empty. A page is 20 to 150 KB, so this holds some dozens: a page
/// asked for again is rendered in a millisecond or two, and at national
/// scale a cache of 16 MiB was 9 MiB of the server's peak memory.
pub const CACHE_BYTES: usize = 2 * 1024 * 1024;

/// What a version renders from.
pub struct Sources {
    pub site: Site,
    pub theme: Theme,
}

self_cell::self_cell!(
    /// The sources and the renderer that borrows them.
    struct Rendering {
        owner: Sources,
        #[not_covariant]
        dependent: Renderer,
    }
);

/// A version of the site that loaded and planned without error.
pub struct Version {
    rendering: Rendering,
    /// The search's word shards by output file, made with the search index
    /// the first time a file that is in neither map is asked for.
    shards: OnceLock<HashMap<String, Route>>,
    /// The path the site is served under, `/ikm/`.
    pub base_path: String,
    /// How many warnings the load gave. Only the count is kept: the
    /// terminal has shown them, and at desa scale (40.000 warnings, each
    /// with its line) the list was held by every version.
    warnings: usize,
    cache: Mutex<Cache>,
}

/// Rendered files by output path, within [`CACHE_BYTES`].
#[derive(Default)]
struct Cache {
    files: HashMap<String, Arc<[u8]>>,
    bytes: usize,
}

impl Cache {
    fn insert(&mut self, file: String, bytes: Arc<[u8]>) {
        if self.bytes + bytes.len() > CACHE_BYTES {
            self.files.clear();
            self.bytes = 0;
        }
        self.bytes += bytes.len();
        if let Some(old) = self.files.insert(file, bytes) {
            self.bytes -= old.len();
        }
    }
}

impl Version {
    /// Builds the renderer over `sources` (parsing the templates and
    /// planning the outline, whose map of files is shared with the
    /// `previous` version's when every file is the same).
    pub fn new(
        loaded: Loaded,
        theme: Theme,
        previous: Option<&Version>,
    ) -> Result<Version, RenderError> {
        let Loaded { site, warnings } = loaded;
        let (warnings, sources) = (warnings.warning_count(), Sources { site, theme });
        fn rendering(
            sources: Sources,
            previous: Option<&Renderer>,
        ) -> Result<Rendering, RenderError> {
            Rendering::try_new(sources, |sources| {
                Renderer::after(&sources.site, &sources.theme, previous)
            })
        }
        let rendering = match previous {
            Some(old) => old
                .rendering
                .with_dependent(|_, old| rendering(sources, Some(old)))?,
            None => rendering(sources, None)?,
        };
        let base_path = rendering.with_dependent(|sources, _| {
            let urls = ikm_site::render::urls::Urls::new(&sources.site.config.base_url);
            urls.base_path().to_string()
        });
        Ok(Version {
            rendering,
            shards: OnceLock::new(),
            base_path,
            warnings,
            cache: Mutex::new(Cache::default()),
        })
    }

    /// The site of this version.
    pub fn site(&self) -> &Site {
        &self.rendering.borrow_owner().site
    }

    /// How many warnings the content's load gave.
    pub fn warning_count(&self) -> usize {
        self.warnings
    }

    /// Whether `file` (an output path such as `wilayah/lebak/index.html`)
    /// is a file of this version. A word shard of the search is looked up
    /// only when no other route has the path, since finding them makes the
    /// search index.
    pub fn has(&self, file: &str) -> bool {
        self.route(file).is_some()
    }

    /// The route of `file` among the outline's (every route but the word
    /// shards), without making the search index.
    pub fn route_of(&self, file: &str) -> Option<&Route> {
        self.outline().route_of_file(file)
    }

    /// Whether `file` is a route of the outline.
    pub fn has_route(&self, file: &str) -> bool {
        self.route_of(file).is_some()
    }

    fn route(&self, file: &str) -> Option<&Route> {
        self.route_of(file).or_else(|| {
            if !is_shard_file(file) {
                return None;
            }
            let shards = self.shards.get_or_init(|| {
                self.rendering.with_dependent(|sources, renderer| {
                    let site = &sources.site;
                    renderer
                        .plan()
                        .routes
                        .iter()
                        .filter(|r| matches!(r, Route::SearchShard(_)))
                        .map(|r| (r.file(site), r.clone()))
                        .collect()
                })
            });
            shards.get(file)
        })
    }

    /// The bytes of output file `file`, rendered now unless the cache has
    /// them; `None` when the site has no such file.
    pub fn file(&self, file: &str) -> Option<Result<Arc<[u8]>, RenderError>> {
        if let Some(bytes) = self.lock().files.get(file) {
            return Some(Ok(bytes.clone()));
        }
        let route = self.route(file)?;
        let rendered = self.render(route).map(Arc::<[u8]>::from);
        if let Ok(bytes) = &rendered {
            self.lock().insert(file.to_string(), bytes.clone());
        }
        Some(rendered)
    }

    fn render(&self, route: &Route) -> Result<Vec<u8>, RenderError> {
        self.rendering
            .with_dependent(|_, renderer| renderer.render(route))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The outline of this version's renderer: every route but the
    /// search's word shards, each found by its output file.
    pub fn outline(&self) -> &Outline {
        self.rendering
            .with_dependent(|_, renderer| renderer.outline())
    }

    /// Renders the routes of `files` (those this version has) in parallel,
    /// on the calling thread pool, and checks their links as `check`
    /// would ([`render_checked_part`]: a `#fragment` on a page outside
    /// `files` is looked for on that page). The bytes are dropped, not
    /// cached: a page asked for is rendered in a millisecond or two, and
    /// caching the few hundred files an edit can affect held about 15 MB
    /// more at the peak of a national edit. The first failure in the
    /// order of `files` is the one reported, so the same edit always
    /// gives the same error. Gives how many files were rendered.
    pub fn check_files(&self, files: &[String]) -> Result<usize, RenderFailure> {
        self.rendering.with_dependent(|_, renderer| {
            let outline = renderer.outline();
            let routes: Vec<Route> = files
                .iter()
                .filter_map(|file| outline.route_of_file(file))
                .cloned()
                .collect();
            let is_file = |file: &str| is_linkable_file(outline, file);
            render_checked_part(renderer, &routes, &is_file).map(|_| routes.len())
        })
    }

    /// Renders every file but those rendered only when asked for (see
    /// [`Version::is_rendered_when_asked`]) and checks their links, as
    /// `check` does, with the bytes dropped: pages are rendered again
    /// when asked for. Made without the search index (at desa scale
    /// making it took 100 MiB more at the peak), and with a renderer of
    /// the check's own, whose summaries made for every page are dropped
    /// afterwards (50 MiB at desa scale that the version's renderer
    /// would keep), but which shares the version's map of files. Gives
    /// how many files were rendered.
    pub fn check_everything(&self) -> Result<usize, RenderFailure> {
        self.rendering.with_dependent(|sources, kept| {
            let (site, theme) = (&sources.site, &sources.theme);
            let renderer = &Renderer::after(site, theme, Some(kept))?;
            let outline = renderer.outline();
            let routes: Vec<Route> = outline
                .routes
                .iter()
                .filter(|route| !is_rendered_when_asked(route))
                .cloned()
                .collect();
            let is_file = |file: &str| is_linkable_file(outline, file);
            let silent = &ikm_site::progress::Silent;
            render_checked(renderer, &routes, &is_file, &Discard, silent).map(|_| routes.len())
        })
    }

    /// Empties the cache and gives what it held by output file: what a
    /// newer version may carry over of the files its edit cannot have
    /// changed. The rest is freed once the caller drops it.
    pub fn take_cached(&self) -> HashMap<String, Arc<[u8]>> {
        std::mem::take(&mut *self.lock()).files
    }

    /// Puts bytes rendered by an older version into this one's cache.
    pub fn carry(&self, file: String, bytes: Arc<[u8]>) {
        self.lock().insert(file, bytes);
    }
}

/// Whether `route` is rendered only when asked for, never ahead of a
/// request: the search's data files (its manifest and entry chunks, its
/// word shards), since making them makes the whole search index, and the
/// open data downloads (`data/angka.xlsx` and the others), which hold
/// every figure (at desa scale the XLSX alone takes seconds to compress)
/// and have no links to check.
pub fn is_rendered_when_asked(route: &Route) -> bool {
    matches!(
        route,
        Route::SearchIndex
            | Route::SearchChunk(_)
            | Route::SearchShard(_)
            | Route::Figures(_)
            | Route::RegionData(_)
            | Route::DataPackage
    )
}

/// Whether a link to `file` leads to a file of the version whose
/// `outline` it is, for the link check. A word shard of the search is a
/// file too, though not in the outline; no page links to one by its name.
fn is_linkable_file(outline: &Outline, file: &str) -> bool {
    outline.has_file(file) || is_shard_file(file)
}

/// Whether `file` is where the search's word shards go (`cari/kata/…`).
pub fn is_shard_file(file: &str) -> bool {
    let folder = ikm_site::render::route::SEARCH_SHARD.split("{}").next();
    folder.is_some_and(|folder| file.starts_with(folder))
}
