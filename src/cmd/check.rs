//! `ikm-site check`: validate and render every file, write nothing.

use std::io::Write;

use ikm_site::diagnostics::Diagnostics;
use ikm_site::messages::Lang;
use ikm_site::{check_site_with, msg, BuildError};

use super::build::verbose_lines;
use super::terminal::{stderr_wants_color, Bar};
use crate::cli::{CheckArgs, Format};

/// Checks the content. As text: problems on stderr and one summary line on
/// stdout (`--quiet`: errors only; `--verbose`: counts and timings too). As
/// JSON: one object per problem on stdout and nothing else. Either way the
/// exit status is 1 when there is an error.
pub fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let (quiet, verbose) = (args.messages.quiet, args.messages.verbose);
    let text = args.format == Format::Text;
    let bar = Bar::new(!quiet && text, lang);
    let result = check_site_with(&args.content, &bar);
    bar.finish();
    if !text {
        let status = i32::from(result.is_err());
        let problems = match result {
            Ok((_, loaded, _)) => json_lines(&loaded.warnings, lang),
            Err(BuildError::Content(diagnostics)) => json_lines(&diagnostics, lang),
            Err(
                BuildError::Render(ikm_site::render::RenderError(message))
                | BuildError::Output(ikm_site::output::OutputError(message)),
            ) => {
                // Not tied to a content file: no file, line or column.
                vec![serde_json::json!({
                    "severity": "error",
                    "code": message.id(),
                    "file": null,
                    "line": null,
                    "column": null,
                    "message": message.render(lang),
                    "help": null,
                })]
            }
        };
        for problem in problems {
            let _ = writeln!(out, "{problem}");
        }
        return status;
    }
    let color = stderr_wants_color();
    match result {
        Ok(_) if quiet => 0,
        Ok((rendered, loaded, timings)) => {
            if !loaded.warnings.is_empty() {
                let _ = writeln!(err, "{}", loaded.warnings.shown(lang).colored(color));
            }
            if verbose {
                let site = &loaded.site;
                let counts = (site.regions.len(), site.news.len(), site.figures.len());
                verbose_lines(counts, timings, lang, out);
            }
            let line = msg!(
                "check-summary",
                content = args.content.display().to_string(),
                pages = rendered.pages,
                charts = rendered.charts,
                warnings = loaded.warnings.warning_count()
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

/// The diagnostics as JSON, exactly those the text output shows (at most
/// 50 per file, then an entry counting the rest), in the same order.
fn json_lines(diagnostics: &Diagnostics, lang: Lang) -> Vec<serde_json::Value> {
    diagnostics.report().iter().map(|e| e.json(lang)).collect()
}
