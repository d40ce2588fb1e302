//! ikm-site turns region YAML files into a static website about small and
//! medium industry (IKM) in Indonesia, with the source of every number.
//!
//! The pipeline is visible in the modules, and data flows one way:
//! [`content`] (load and validate the content and the theme) → [`model`] →
//! [`render`] (one route at a time, into a [`sink`]) → [`output`] (the
//! staging folder, swapped in whole, a sink itself). The sink sits below
//! both, so render and output never import each other. The binary, tests and benchmarks all go
//! through [`build`] or [`render_site`], and `serve` (in the binary) through [`load_stage`] and a kept [`render::Renderer`].

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
pub mod registry;
pub mod render;
pub mod schema;
pub mod sink;
#[cfg(test)]
mod test_support;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diagnostics::Diagnostics;
use messages::Lang;
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
    /// Reading and checking the content and the theme.
    pub load: Duration,
    /// Rendering every file, and in a build writing each into the staging
    /// folder as it is rendered.
    pub render: Duration,
    /// Putting the finished folder in place.
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
    Render(render::RenderError),
    Output(output::OutputError),
}

/// The error kept whole: a caller can walk down to the diagnostics or to
/// the render or output error with its message's id and arguments.
impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Content(diagnostics) => Some(diagnostics),
            BuildError::Render(error) => Some(error),
            BuildError::Output(error) => Some(error),
        }
    }
}

impl BuildError {
    /// The error as shown to an author, in `lang`, with ANSI colour if
    /// `color`.
    pub fn shown(&self, lang: Lang, color: bool) -> String {
        match self {
            BuildError::Content(diagnostics) => diagnostics.shown(lang).colored(color).to_string(),
            BuildError::Render(render::RenderError(message))
            | BuildError::Output(output::OutputError(message)) => {
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
        output::place::resolve(content_dir).unwrap_or_else(|_| content_dir.to_path_buf());
    match resolved.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The stack of each render thread: far more than the deepest template
/// nesting the checks allow needs (address space, not memory, until used).
pub const RENDER_STACK_BYTES: usize = 64 * 1024 * 1024;

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
    let sink = render::MemorySink::default();
    let (counts, loaded, timings) = load_and_render(content_dir, base_url, &sink, progress)?;
    let rendered = RenderedSite {
        files: sink.into_files(),
        pages: counts.pages,
        charts: counts.charts,
    };
    Ok((rendered, loaded, timings))
}

/// Loads, validates and renders the site as `check` does: every route is
/// rendered and then dropped, so memory does not grow with the output.
/// Gives what was rendered, the loaded content and the time each stage
/// took.
pub fn check_site_with(
    content_dir: &Path,
    progress: &dyn progress::Progress,
) -> Result<(render::Counts, content::Loaded, Timings), BuildError> {
    load_and_render(content_dir, None, &render::Discard, progress)
}

/// Loads the content and renders every route into `sink`, timing both.
fn load_and_render(
    content_dir: &Path,
    base_url: Option<&str>,
    sink: &dyn render::Sink,
    progress: &dyn progress::Progress,
) -> Result<(render::Counts, content::Loaded, Timings), BuildError> {
    let started = Instant::now();
    let (mut loaded, theme) = load_stage(content_dir, base_url, None, progress)?;
    let load = started.elapsed();
    let counts = render_checked(&mut loaded, &theme, sink, progress)?;
    let timings = Timings {
        load,
        render: started.elapsed() - load,
        write: Duration::ZERO,
    };
    Ok((counts, loaded, timings))
}

/// Reads and checks the content and the theme beside it, reporting the
/// problems of both together; as of `day`, or of the day of the build.
pub fn load_stage(
    content_dir: &Path,
    base_url: Option<&str>,
    day: Option<model::PartialDate>,
    progress: &dyn progress::Progress,
) -> Result<(content::Loaded, content::theme::Theme), BuildError> {
    progress.stage(progress::Stage::Load, 0);
    let loaded = match day {
        Some(day) => content::load_on(content_dir, base_url, day),
        None => content::load(content_dir, base_url),
    };
    with_theme(content_dir, loaded)
}

/// [`load_stage`] for `serve`: the content loaded again by `reloader`
/// after `changed` (see [`content::reload`]), and the theme beside it.
pub fn reload_stage(
    reloader: &mut content::reload::Reloader,
    content_dir: &Path,
    changed: &[PathBuf],
) -> Result<(content::Loaded, content::theme::Theme), BuildError> {
    with_theme(content_dir, reloader.load(changed))
}

/// Loads the theme beside `content_dir` and reports its problems with the
/// content's.
fn with_theme(
    content_dir: &Path,
    loaded: Result<content::Loaded, diagnostics::Diagnostics>,
) -> Result<(content::Loaded, content::theme::Theme), BuildError> {
    let theme = content::theme::load(Some(&theme_dir(content_dir)));
    match (loaded, theme) {
        (Ok(loaded), Ok(theme)) => Ok((loaded, theme)),
        (Err(mut problems), Err(more)) => {
            problems.extend(more);
            Err(BuildError::Content(problems))
        }
        (Err(problems), Ok(_)) => Err(BuildError::Content(problems)),
        (Ok(loaded), Err(mut problems)) => {
            problems.extend(loaded.warnings);
            Err(BuildError::Content(problems))
        }
    }
}

/// Renders every route into `sink` and checks the links of what was
/// rendered: the link check's warnings join the content's, and its errors
/// are reported with them.
fn render_checked(
    loaded: &mut content::Loaded,
    theme: &content::theme::Theme,
    sink: &dyn render::Sink,
    progress: &dyn progress::Progress,
) -> Result<render::Counts, BuildError> {
    let site = &loaded.site;
    match in_render_threads(|| render::render_into(site, theme, sink, progress)) {
        Ok(mut counts) => {
            loaded.warnings.extend(std::mem::take(&mut counts.warnings));
            Ok(counts)
        }
        Err(BuildError::Content(mut problems)) => {
            problems.extend(std::mem::take(&mut loaded.warnings));
            Err(BuildError::Content(problems))
        }
        Err(other) => Err(other),
    }
}

/// Runs `render` on threads whose stack the deepest template nesting can
/// never exhaust: rendering recurses with nesting, which is bounded before
/// rendering (see render::template_guard). The threads are made once and
/// kept: `serve` renders after every edit, and threads made anew each
/// time left their allocator's pages behind them (at national scale
/// 9 of the server's 143 MiB peak over 20 edits).
pub fn in_render_threads<T: Send>(
    render: impl FnOnce() -> Result<T, render::RenderFailure> + Send,
) -> Result<T, BuildError> {
    on_render_threads(render)?.map_err(|failure| match failure {
        render::RenderFailure::Render(e) => BuildError::Render(e),
        render::RenderFailure::Links(problems) => BuildError::Content(problems),
        render::RenderFailure::Sink(problem) => {
            BuildError::Output(output::write::unchanged(problem))
        }
    })
}

/// Runs `work` on the render threads ([`in_render_threads`]), its own
/// parallel loops included. `serve` loads each edit there: loading on
/// rayon's global threads as well made two more threads whose allocator
/// kept pages of their own between edits.
pub fn on_render_threads<T: Send>(work: impl FnOnce() -> T + Send) -> Result<T, BuildError> {
    static POOL: std::sync::OnceLock<Result<rayon::ThreadPool, String>> =
        std::sync::OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(RENDER_STACK_BYTES)
            .build()
            .map_err(|e| e.to_string())
    });
    let pool = pool.as_ref().map_err(|error| {
        BuildError::Render(render::RenderError(msg!(
            "render-threads-failed",
            error = error.clone()
        )))
    })?;
    Ok(pool.install(work))
}

/// Builds the site into `options.output_dir`, replacing it only on success.
/// The output is resolved and checked before anything is read or written.
pub fn build(options: &BuildOptions) -> Result<BuildSummary, BuildError> {
    build_with(options, &progress::Silent)
}

/// [`build`] as if on `day` rather than on [`content::build_day`], as
/// [`content::load_on`] loads: tests pin the date pages cite with it, so
/// their output never depends on the day they run.
pub fn build_on(
    options: &BuildOptions,
    day: model::PartialDate,
) -> Result<BuildSummary, BuildError> {
    build_as_of(options, Some(day), &progress::Silent)
}

/// [`build`], telling `progress` how far it has come. Each file is written
/// into the staging folder as soon as it is rendered, so memory holds the
/// content and one page per render thread, never the whole site.
pub fn build_with(
    options: &BuildOptions,
    progress: &dyn progress::Progress,
) -> Result<BuildSummary, BuildError> {
    build_as_of(options, None, progress)
}

/// [`build_with`] on `day`, or on the day of the build when `None`.
fn build_as_of(
    options: &BuildOptions,
    day: Option<model::PartialDate>,
    progress: &dyn progress::Progress,
) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let plan = output::OutputPlan::new(&options.output_dir, &options.content_dir)
        .map_err(BuildError::Output)?;
    let (mut loaded, theme) = load_stage(
        &options.content_dir,
        options.base_url.as_deref(),
        day,
        progress,
    )?;
    let load = started.elapsed();
    let staging = plan.stage().map_err(BuildError::Output)?;
    let counts = render_checked(&mut loaded, &theme, &staging, progress)?;
    let rendered = started.elapsed();
    progress.stage(progress::Stage::Write, 1);
    staging.finish().map_err(BuildError::Output)?;
    progress.done(1);
    let timings = Timings {
        load,
        render: rendered - load,
        write: started.elapsed() - rendered,
    };
    Ok(BuildSummary {
        pages: counts.pages,
        charts: counts.charts,
        files: counts.files,
        warnings: loaded.warnings,
        elapsed: started.elapsed(),
        overrides: theme.folders,
        timings,
        regions: loaded.site.regions.len(),
        news: loaded.site.news.len(),
        figures: loaded.site.figures.len(),
    })
}
