//! `ikm-site check`: validate and render in memory, write nothing.

use std::io::Write;

use ikm_site::render_site;

use crate::cli::CheckArgs;

pub fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match render_site(&args.content, None) {
        Ok((rendered, warnings)) => {
            if !warnings.is_empty() {
                let _ = writeln!(err, "{warnings}");
            }
            let _ = writeln!(
                out,
                "Checked {}: {} pages and {} charts would be built, {} warning(s)",
                args.content.display(),
                rendered.pages,
                rendered.charts,
                warnings.warning_count()
            );
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{error}");
            1
        }
    }
}
