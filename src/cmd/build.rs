//! `ikm-site build`.

use std::io::Write;

use ikm_site::messages::Lang;
use ikm_site::{build, msg, BuildOptions};

use crate::cli::BuildArgs;

/// Builds the site; prints warnings to stderr and one summary line to stdout.
pub fn run(args: BuildArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let options = BuildOptions {
        content_dir: args.content,
        output_dir: args.output,
        base_url: args.base_url,
    };
    match build(&options) {
        Ok(summary) => {
            if !summary.warnings.is_empty() {
                let _ = writeln!(err, "{}", summary.warnings.shown(lang));
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
            let _ = writeln!(err, "{}", error.shown(lang));
            1
        }
    }
}

/// Seconds with two decimals, with the decimal mark of `lang` (`1,51`).
fn seconds(value: f64, lang: Lang) -> String {
    let text = format!("{value:.2}");
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::English => text,
    }
}
