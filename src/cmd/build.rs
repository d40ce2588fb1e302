//! `ikm-site build`.

use std::io::Write;

use ikm_site::messages::Lang;
use ikm_site::{build_with, msg, BuildOptions, Timings};

use super::terminal::{stderr_wants_color, Bar};
use crate::cli::BuildArgs;

/// Builds the site; prints warnings to stderr and one summary line to
/// stdout (`--quiet`: errors only; `--verbose`: counts and timings too).
pub fn run(args: BuildArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let (quiet, verbose) = (args.messages.quiet, args.messages.verbose);
    let color = stderr_wants_color();
    let options = BuildOptions {
        content_dir: args.content,
        output_dir: args.output,
        base_url: args.base_url,
    };
    let bar = Bar::new(!quiet, lang);
    let result = build_with(&options, &bar);
    bar.finish();
    match result {
        Ok(summary) => {
            if quiet {
                return 0;
            }
            if !summary.warnings.is_empty() {
                let _ = writeln!(err, "{}", summary.warnings.shown(lang).colored(color));
            }
            if verbose {
                let counts = (summary.regions, summary.news, summary.figures);
                verbose_lines(counts, summary.timings, lang, out);
            }
            let here = std::env::current_dir().unwrap_or_default();
            let folders: Vec<String> = summary
                .overrides
                .iter()
                .map(|f| f.strip_prefix(&here).unwrap_or(f).display().to_string())
                .collect();
            let line = msg!(
                "build-summary",
                pages = summary.pages,
                charts = summary.charts,
                output = options.output_dir.display().to_string(),
                seconds = seconds(summary.elapsed.as_secs_f64(), lang),
                overrides = match folders.as_slice() {
                    [] => "none".to_string(),
                    [one] => one.clone(),
                    [first, second, ..] =>
                        msg!("both", first = first, second = second).render(lang),
                }
            );
            let _ = writeln!(out, "{}", line.render(lang));
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{}", error.shown(lang, color));
            1
        }
    }
}

/// What `--verbose` adds: how many regions, news items and figures were
/// read, and where the time went.
pub fn verbose_lines(
    (regions, news, figures): (usize, usize, usize),
    t: Timings,
    lang: Lang,
    out: &mut dyn Write,
) {
    let read = msg!(
        "verbose-content",
        regions = regions,
        news = news,
        figures = figures
    );
    let timings = msg!(
        "verbose-timings",
        load = seconds(t.load.as_secs_f64(), lang),
        render = seconds(t.render.as_secs_f64(), lang),
        write = seconds(t.write.as_secs_f64(), lang)
    );
    let _ = writeln!(out, "{}", read.render(lang));
    let _ = writeln!(out, "{}", timings.render(lang));
}

/// Seconds with two decimals, with the decimal mark of `lang` (`1,51`).
pub fn seconds(value: f64, lang: Lang) -> String {
    let text = format!("{value:.2}");
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::English => text,
    }
}
