//! Writes the synthetic national content used by `benches/build.rs`.
//!
//! `cargo run --release --example national -- OUT_DIR [NEWS_PER_REGION [DEPTH]]`
//! writes `OUT_DIR/content`, which `ikm-site build --content OUT_DIR/content`
//! then builds. DEPTH is `kabupaten` (the default: 552 regions), `kecamatan`
//! (~7.200 more) or `desa` (~84.000 regions in all).

// A command-line tool: its output is the point, so printing is intended here
// (the crate denies printing elsewhere so library code never writes to the
// terminal behind the binary's back).
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/support/national.rs"]
mod national;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: national OUT_DIR [NEWS_PER_REGION [kabupaten|kecamatan|desa]]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out_dir, news_per_region, depth) = match args.as_slice() {
        [out] => (
            PathBuf::from(out),
            national::DEFAULT_NEWS_PER_REGION,
            national::Depth::Regencies,
        ),
        [out, n, rest @ ..] if rest.len() <= 1 => {
            let Ok(n) = n.parse::<usize>() else {
                eprintln!("NEWS_PER_REGION must be a whole number, found `{n}`\n{USAGE}");
                return ExitCode::from(2);
            };
            let depth = match rest.first() {
                None => national::Depth::Regencies,
                Some(name) => match national::Depth::from_name(name) {
                    Some(depth) => depth,
                    None => {
                        eprintln!("unknown DEPTH `{name}`\n{USAGE}");
                        return ExitCode::from(2);
                    }
                },
            };
            (PathBuf::from(out), n, depth)
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let content = out_dir.join("content");
    match national::write_country(&content, news_per_region, depth) {
        Ok(counts) => {
            println!(
                "Wrote {} provinces, {} kabupaten/kota, {} kecamatan, {} desa/kelurahan, {} news items and {} figures into {}",
                counts.provinces,
                counts.regions,
                counts.kecamatan,
                counts.desa,
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
