//! `ikm-site check`: validate and render in memory, write nothing.

use std::io::Write;

use ikm_site::diagnostics::Diagnostics;
use ikm_site::messages::Lang;
use ikm_site::{msg, render_site, BuildError};

use crate::cli::{CheckArgs, Format};

/// Checks the content. As text: problems on stderr and one summary line on
/// stdout. As JSON: one object per problem on stdout and nothing else.
/// Either way the exit status is 1 when there is an error.
pub fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let result = render_site(&args.content, None);
    if args.format == Format::Json {
        let status = i32::from(result.is_err());
        let problems = match result {
            Ok((_, warnings)) => json_lines(&warnings, lang),
            Err(BuildError::Content(diagnostics)) => json_lines(&diagnostics, lang),
            Err(BuildError::Render(message) | BuildError::Output(message)) => {
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
    match result {
        Ok((rendered, warnings)) => {
            if !warnings.is_empty() {
                let _ = writeln!(err, "{}", warnings.shown(lang));
            }
            let line = msg!(
                "check-summary",
                content = args.content.display().to_string(),
                pages = rendered.pages,
                charts = rendered.charts,
                warnings = warnings.warning_count()
            );
            let _ = writeln!(out, "{}", line.render(lang));
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{}", error.shown(lang));
            1
        }
    }
}

/// Every diagnostic as JSON, in the order the text output shows them.
fn json_lines(diagnostics: &Diagnostics, lang: Lang) -> Vec<serde_json::Value> {
    diagnostics.sorted().iter().map(|d| d.json(lang)).collect()
}
