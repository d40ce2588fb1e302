//! Writes the synthetic national content used by `benches/build.rs`.
//!
//! `cargo run --release --example national -- OUT_DIR [NEWS_PER_REGION]`
//! writes `OUT_DIR/content`, which `ikm-site build --content OUT_DIR/content`
//! then builds.

// A command-line tool: its output is the point, so printing is intended here
// (the crate denies printing elsewhere so library code never writes to the
// terminal behind the binary's back).
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/support/national.rs"]
mod national;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: national OUT_DIR [NEWS_PER_REGION]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out_dir, news_per_region) = match args.as_slice() {
        [out] => (PathBuf::from(out), national::DEFAULT_NEWS_PER_REGION),
        [out, n] => match n.parse::<usize>() {
            Ok(n) => (PathBuf::from(out), n),
            Err(_) => {
                eprintln!("NEWS_PER_REGION must be a whole number, found `{n}`\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let content = out_dir.join("content");
    match national::write_national(&content, news_per_region) {
        Ok(counts) => {
            println!(
                "Wrote {} provinces, {} kabupaten/kota, {} news items and {} figures into {}",
                counts.provinces,
                counts.regions,
                counts.news,
                counts.figures,
                content.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write {}: {error}", content.display());
            ExitCode::FAILURE
        }
    }
}
