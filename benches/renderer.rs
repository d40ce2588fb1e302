//! A kept [`Renderer`] at national scale (38 provinces and 514
//! kabupaten/kota with [`national::DEFAULT_NEWS_PER_REGION`] news items
//! each, generated once into a temporary folder): what building one costs,
//! and what rendering one kabupaten page through it costs. A dev server
//! builds a renderer per version of the content and renders the page asked
//! for, so neither may grow with work that only other routes need (the
//! search index, every news item's summary).
//!
//! `cargo bench --bench renderer`; the numbers are in the README's
//! "Benchmark" section.

#[path = "support/national.rs"]
mod national;

use std::sync::OnceLock;

use ikm_site::content::theme::Theme;
use ikm_site::model::{Level, Site};
use ikm_site::render::{Renderer, Route};

struct Input {
    site: Site,
    theme: Theme,
    /// The page of a kabupaten with news, figures and charts.
    kabupaten: Route,
}

static INPUT: OnceLock<Input> = OnceLock::new();

fn input() -> &'static Input {
    INPUT.get().expect("main loads the content first")
}

fn main() {
    let temp = tempfile::tempdir().expect("cannot create a temporary folder");
    let content = temp.path().join("content");
    national::write_national(&content, national::DEFAULT_NEWS_PER_REGION)
        .expect("cannot write the synthetic content");
    let site = match ikm_site::content::load(&content, None) {
        Ok(loaded) => loaded.site,
        Err(problems) => panic!("the synthetic content does not load: {problems:?}"),
    };
    let theme = Theme::defaults();
    // Measure a page, not an early error.
    let renderer = Renderer::new(&site, &theme).expect("the renderer builds");
    let slug = site
        .regions
        .iter()
        .find(|r| r.level == Level::Kabupaten && !r.news.is_empty() && r.summary.is_some())
        .map(|r| r.slug.clone())
        .expect("the national set has kabupaten with news");
    let file = format!("wilayah/{slug}/index.html");
    let kabupaten = renderer
        .outline()
        .routes
        .iter()
        .find(|route| matches!(route, Route::Region(_)) && route.file(&site) == file)
        .cloned()
        .expect("every region has a page");
    let page = renderer.render(&kabupaten).expect("the page renders");
    assert!(page.len() > 10_000, "a page of {} bytes", page.len());
    drop(renderer);
    let input = Input {
        site,
        theme,
        kabupaten,
    };
    if INPUT.set(input).is_err() {
        unreachable!("main runs once");
    }
    divan::main();
    drop(temp);
}

/// Parsing the templates and planning the outline: what a dev server pays
/// once per version of the content.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn new_renderer() -> usize {
    let input = input();
    match Renderer::new(&input.site, &input.theme) {
        Ok(renderer) => std::mem::size_of_val(&renderer),
        Err(error) => panic!("{error}"),
    }
}

/// One kabupaten page through a renderer built beforehand.
#[divan::bench(sample_count = 50, sample_size = 1)]
fn one_kabupaten_page(bencher: divan::Bencher) {
    let input = input();
    let renderer = match Renderer::new(&input.site, &input.theme) {
        Ok(renderer) => renderer,
        Err(error) => panic!("{error}"),
    };
    bencher.bench(|| match renderer.render(&input.kabupaten) {
        Ok(bytes) => bytes,
        Err(error) => panic!("{error}"),
    });
}

/// The whole route list of a kept renderer, search shards included: the
/// search index, made once.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn whole_plan() -> usize {
    let input = input();
    match Renderer::new(&input.site, &input.theme) {
        Ok(renderer) => renderer.plan().routes.len(),
        Err(error) => panic!("{error}"),
    }
}
