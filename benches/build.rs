//! Build time at national scale: 38 provinces and 514 kabupaten/kota with
//! [`national::DEFAULT_NEWS_PER_REGION`] news items each, generated once into
//! a temporary folder before the benchmarks run.
//!
//! `cargo bench --bench build`

#[path = "support/national.rs"]
mod national;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The generated `content/` folder, set by `main` before any benchmark runs.
static CONTENT: OnceLock<PathBuf> = OnceLock::new();

fn content_dir() -> &'static Path {
    CONTENT.get().expect("main generates the content first")
}

fn main() {
    let temp = tempfile::tempdir().expect("cannot create a temporary folder");
    let content = temp.path().join("content");
    let counts = national::write_national(&content, national::DEFAULT_NEWS_PER_REGION)
        .expect("cannot write the synthetic content");

    // Check once that the data is valid and that the benchmark measures a
    // site of the expected size, not an early error.
    let (site, _warnings) = match ikm_site::render_site(&content, None) {
        Ok(rendered) => rendered,
        Err(error) => panic!("the synthetic content does not build:\n{error}"),
    };
    let expected_pages = counts.provinces + counts.regions + counts.news;
    assert!(
        site.pages >= expected_pages && counts.figures >= counts.news,
        "rendered {} pages for {counts:?}",
        site.pages
    );

    CONTENT.set(content).expect("main runs once");
    divan::main();
    drop(temp);
}

/// Loading, validating and rendering every page and chart in memory.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_and_render() -> ikm_site::render::RenderedSite {
    match ikm_site::render_site(content_dir(), None) {
        Ok((site, _warnings)) => site,
        Err(error) => panic!("{error}"),
    }
}

/// `load_and_render` plus writing the site to disk and swapping it in.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn full_build() -> ikm_site::BuildSummary {
    let content_dir = content_dir().to_path_buf();
    let output_dir = content_dir.with_file_name("public");
    let options = ikm_site::BuildOptions {
        content_dir,
        output_dir,
        base_url: None,
    };
    match ikm_site::build(&options) {
        Ok(summary) => summary,
        Err(error) => panic!("{error}"),
    }
}
