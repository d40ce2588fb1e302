//! `ikm-site check`: validate and render in memory, write nothing.

use std::io::Write;

use ikm_site::{msg, render_site};

use crate::cli::CheckArgs;

pub fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    match render_site(&args.content, None) {
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
