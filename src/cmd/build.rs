//! `ikm-site build`.

use std::io::Write;

use ikm_site::{build, BuildOptions};

use crate::cli::BuildArgs;

/// Builds the site; prints warnings to stderr and one summary line to stdout.
pub fn run(args: BuildArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let options = BuildOptions {
        content_dir: args.content,
        output_dir: args.output,
        base_url: args.base_url,
    };
    match build(&options) {
        Ok(summary) => {
            if !summary.warnings.is_empty() {
                let _ = writeln!(err, "{}", summary.warnings);
            }
            let overrides = if summary.overrides.is_empty() {
                String::new()
            } else {
                let here = std::env::current_dir().unwrap_or_default();
                let folders: Vec<String> = summary
                    .overrides
                    .iter()
                    .map(|f| f.strip_prefix(&here).unwrap_or(f).display().to_string())
                    .collect();
                format!(", with the site's own {}", folders.join(" and "))
            };
            let _ = writeln!(
                out,
                "Built {} pages and {} charts into {} in {:.2} s{overrides}",
                summary.pages,
                summary.charts,
                options.output_dir.display(),
                summary.elapsed.as_secs_f64()
            );
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{error}");
            1
        }
    }
}
