//! What every page kind shares: the state of one build's render ([`Kit`]),
//! the layout's context ([`Common`]), and the one way a page is rendered
//! ([`Kit::page`]).

use std::sync::OnceLock;

use serde::Serialize;
use tera::{Context, Tera};

pub use super::error::RenderError;
use super::placement::search::SearchIndex;
use super::plan::Outline;
use super::route::Route;
use super::template_guard;
use super::templates::error_chain;
use super::urls::Urls;
use super::views::{Link, ViewBuilder};
use crate::content::theme::Theme;
use crate::model::{OfficialList, Site};
use crate::msg;

/// Everything a route's render reads, borrowed from the
/// [`Renderer`](super::Renderer) that keeps it and shared by the render
/// threads.
pub struct Kit<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub views: &'a ViewBuilder<'a>,
    pub tera: &'a Tera,
    pub theme: &'a Theme,
    pub plan: &'a Outline,
    pub common: &'a Common,
    /// The search index, made by the first render that needs it.
    pub search: &'a OnceLock<SearchIndex>,
}

impl<'a> Kit<'a> {
    /// The words and entries of the search files, made the first time a
    /// render asks (once, whichever thread asks first): only the search
    /// files and the whole route list need them.
    pub fn search_index(&self) -> &'a SearchIndex {
        self.search.get_or_init(|| SearchIndex::of(self.site))
    }

    /// Root-relative link to `route`, under the base path.
    pub fn link(&self, route: &Route) -> String {
        self.views.link(route)
    }

    /// Absolute URL of `route`, for canonical links, the sitemap and feed.
    pub fn absolute(&self, route: &Route) -> String {
        self.urls.absolute(&route.path(self.site))
    }

    /// Renders the page at `route` with `template`: the layout's context,
    /// the page's head, and what `fill` adds.
    pub fn page(
        &self,
        route: &Route,
        template: &'static str,
        head: Head,
        fill: impl FnOnce(&mut Context),
    ) -> Result<Vec<u8>, RenderError> {
        let file = route.file(self.site);
        let mut context = Context::from_serialize(self.common)
            .map_err(|e| RenderError(msg!("render-context-failed", error = error_chain(&e))))?;
        context.insert("page_title", &head.title);
        let description = head.description.as_deref();
        context.insert(
            "page_description",
            &description
                .or(self.common.site_description.as_deref())
                .unwrap_or(&head.title),
        );
        context.insert("page_url", &self.link(route));
        // A 404 page is served at any address, so it names no canonical URL.
        let canonical = (*route != Route::NotFound).then(|| self.absolute(route));
        context.insert("canonical", &canonical);
        context.insert("breadcrumbs", &head.breadcrumbs);
        fill(&mut context);
        template_guard::render(self.tera, template, &context)
            .map(String::into_bytes)
            .map_err(|e| {
                RenderError(msg!(
                    "render-page-failed",
                    file = file,
                    template = template,
                    error = error_chain(&e)
                ))
            })
    }

    /// Renders a file that is not a page (the sitemap, the feed) from
    /// `template` and `context` alone.
    pub fn file(&self, template: &str, context: &Context) -> Result<Vec<u8>, RenderError> {
        template_guard::render(self.tera, template, context)
            .map(String::into_bytes)
            .map_err(|e| {
                RenderError(msg!(
                    "render-file-failed",
                    template = template,
                    error = error_chain(&e)
                ))
            })
    }
}

/// A page's title, description and breadcrumbs.
pub struct Head {
    pub title: String,
    pub description: Option<String>,
    pub breadcrumbs: Vec<Link>,
}

impl Head {
    pub fn titled(title: impl Into<String>) -> Head {
        Head {
            title: title.into(),
            description: None,
            breadcrumbs: Vec::new(),
        }
    }

    pub fn described(mut self, description: impl Into<String>) -> Head {
        self.description = Some(description.into());
        self
    }

    pub fn under(mut self, breadcrumbs: Vec<Link>) -> Head {
        self.breadcrumbs = breadcrumbs;
        self
    }
}

/// What every page's layout needs: the site's name, the navigation and the
/// addresses of the shared files.
#[derive(Serialize)]
pub struct Common {
    site_title: String,
    site_description: Option<String>,
    lang: String,
    pub base: String,
    home_url: String,
    style_url: String,
    favicon_url: String,
    /// The absolute base URL, for canonical links and Open Graph.
    site_url: String,
    feed_url: Option<String>,
    nav: Vec<Link>,
    /// The addresses of the site's sections, so templates never build one.
    links: SectionLinks,
    /// The site was checked against the built-in official list of regions,
    /// whose licence (ODbL) asks that it be credited.
    credits_official_list: bool,
}

/// Links to the site's own sections and scripts, from the route table.
#[derive(Serialize)]
struct SectionLinks {
    home: String,
    regions: String,
    news: String,
    topics: String,
    search: String,
    search_script: String,
    conflicts: String,
    data: String,
}

impl Common {
    pub fn new(site: &Site, urls: &Urls, has_feed: bool) -> Common {
        let link = |route: Route| urls.link(&route.path(site));
        let mut nav: Vec<Link> = [
            ("Beranda", Route::Home),
            ("Wilayah", Route::RegionIndex),
            ("Berita", Route::NewsIndex { page: 1 }),
            ("Topik", Route::TagIndex),
            ("Cari", Route::Search),
        ]
        .into_iter()
        .map(|(name, route)| Link {
            name: name.into(),
            url: link(route),
        })
        .collect();
        nav.extend(site.pages.iter().enumerate().map(|(i, p)| Link {
            name: p.title.clone(),
            url: link(Route::FreePage(i)),
        }));
        Common {
            site_title: site.config.title.clone(),
            site_description: site.config.description.clone(),
            lang: site.config.language.clone(),
            base: urls.base_path().to_string(),
            home_url: link(Route::Home),
            style_url: link(Route::Static("style.css".into())),
            favicon_url: link(Route::Static("favicon.svg".into())),
            site_url: site.config.base_url.clone(),
            feed_url: has_feed.then(|| link(Route::Feed)),
            nav,
            links: SectionLinks {
                home: link(Route::Home),
                regions: link(Route::RegionIndex),
                news: link(Route::NewsIndex { page: 1 }),
                topics: link(Route::TagIndex),
                search: link(Route::Search),
                search_script: link(Route::Static("search.js".into())),
                conflicts: link(Route::Conflicts { page: 1 }),
                data: link(Route::DataPage),
            },
            credits_official_list: site.config.official_list == OfficialList::Builtin,
        }
    }
}
