//! ikm-site turns region YAML files into a static website about small and
//! medium industry (IKM) in Indonesia, with the source of every number.
//!
//! The pipeline is visible in the modules, and data flows one way:
//! [`content`] (load and validate) → [`model`] → [`render`] (bytes in memory)
//! → [`output`] (atomic write). The binary, tests and benchmarks all go
//! through [`build`] or [`render_site`].

// Only the binary talks to the terminal, and nothing read from a file may
// panic: tests and benches are exempt, so the lints live here, not in Cargo.toml.
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub mod authoring;
pub mod content;
pub mod diagnostics;
pub mod messages;
pub mod model;
pub mod output;
pub mod progress;
pub mod render;
pub mod schema;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diagnostics::Diagnostics;
use messages::{Lang, Message};
pub use render::RenderedSite;

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub content_dir: PathBuf,
    pub output_dir: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
}

/// How long each stage of a build took, for `--verbose`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub render: Duration,
    pub write: Duration,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildSummary {
    pub pages: usize,
    pub charts: usize,
    pub files: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// The site's `templates/` and `static/` override folders that were
    /// used, so the author sees when their own look took part.
    pub overrides: Vec<PathBuf>,
    pub timings: Timings,
    /// How many regions, news items and figures the content holds.
    pub regions: usize,
    pub news: usize,
    pub figures: usize,
}

/// Why a build failed. Content problems carry every diagnostic of the run.
#[derive(Debug)]
pub enum BuildError {
    Content(Diagnostics),
    Render(Message),
    Output(Message),
}

impl std::error::Error for BuildError {}

impl BuildError {
    /// The error as shown to an author, in `lang`, with ANSI colour if
    /// `color`.
    pub fn shown(&self, lang: Lang, color: bool) -> String {
        match self {
            BuildError::Content(diagnostics) => diagnostics.shown(lang).colored(color).to_string(),
            BuildError::Render(message) | BuildError::Output(message) => {
                diagnostics::error_line(message, lang, color)
            }
        }
    }
}

/// In English; see [`BuildError::shown`].
impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown(Lang::English, false))
    }
}

/// The folder beside the content that may hold `templates/` and `static/`
/// overrides: `site/` for `site/content`. Found from the resolved content
/// folder, so a content folder reached through a link takes its theme from
/// where it really is, never from the folder the link sits in.
pub fn theme_dir(content_dir: &Path) -> PathBuf {
    let resolved =
        output::write::resolve(content_dir).unwrap_or_else(|_| content_dir.to_path_buf());
    match resolved.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The stack of each render thread: far more than the deepest template
/// nesting the checks allow needs (address space, not memory, until used).
const RENDER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// Loads, validates and renders the site in memory, writing nothing.
pub fn render_site(
    content_dir: &Path,
    base_url: Option<&str>,
) -> Result<(RenderedSite, Diagnostics), BuildError> {
    render_site_with(content_dir, base_url, &progress::Silent)
        .map(|(rendered, loaded, _)| (rendered, loaded.warnings))
}

/// [`render_site`], telling `progress` how far it has come, and giving the
/// loaded content and the time each stage took as well.
pub fn render_site_with(
    content_dir: &Path,
    base_url: Option<&str>,
    progress: &dyn progress::Progress,
) -> Result<(RenderedSite, content::Loaded, Timings), BuildError> {
    let started = Instant::now();
    progress.stage(progress::Stage::Load, 0);
    let loaded = content::load(content_dir, base_url).map_err(BuildError::Content)?;
    let load = started.elapsed();
    let theme = theme_dir(content_dir);
    // Rendering recurses with template nesting; the recursion is bounded
    // before rendering (see render::template_guard), and the render threads
    // get a stack that bound can never exhaust.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(RENDER_STACK_BYTES)
        .build()
        .map_err(|e| BuildError::Render(msg!("render-threads-failed", error = e.to_string())))?;
    let rendered = pool
        .install(|| render::render(&loaded.site, Some(&theme), progress))
        .map_err(|e| BuildError::Render(e.0))?;
    let timings = Timings {
        load,
        render: started.elapsed() - load,
        write: Duration::ZERO,
    };
    Ok((rendered, loaded, timings))
}

/// Builds the site into `options.output_dir`, replacing it only on success.
/// The output is resolved and checked before anything is read or written.
pub fn build(options: &BuildOptions) -> Result<BuildSummary, BuildError> {
    build_with(options, &progress::Silent)
}

/// [`build`], telling `progress` how far it has come.
pub fn build_with(
    options: &BuildOptions,
    progress: &dyn progress::Progress,
) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let plan = output::OutputPlan::new(&options.output_dir, &options.content_dir)
        .map_err(|e| BuildError::Output(e.0))?;
    let (rendered, loaded, mut timings) =
        render_site_with(&options.content_dir, options.base_url.as_deref(), progress)?;
    let writing = Instant::now();
    progress.stage(progress::Stage::Write, rendered.files.len());
    plan.write_reporting(&rendered.files, progress)
        .map_err(|e| BuildError::Output(e.0))?;
    timings.write = writing.elapsed();
    Ok(BuildSummary {
        pages: rendered.pages,
        charts: rendered.charts,
        files: rendered.files.len(),
        warnings: loaded.warnings,
        elapsed: started.elapsed(),
        overrides: render::templates::override_folders(Some(&theme_dir(&options.content_dir))),
        timings,
        regions: loaded.site.regions.len(),
        news: loaded.site.news.len(),
        figures: loaded.site.figures.len(),
    })
}
