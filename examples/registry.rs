//! Converts the official region list from idn-area-data's CSV files into the
//! two compact files built into `ikm-site` (`src/registry/data/`).
//!
//! `cargo run --example registry -- CSV_DIR [OUT_DIR]`
//!
//! CSV_DIR holds `provinces.csv`, `regencies.csv`, `districts.csv` and
//! `villages.csv` as idn-area-data 4.0.1 publishes them (`code,…,name`, the
//! code first and the name last). OUT_DIR defaults to `src/registry/data`.
//! The output is the same bytes for the same input: lines sorted by code,
//! gzip at the best level with no file name or time in its header.
//! Re-running it after an update of the data and committing the result is
//! the whole upgrade; `src/registry/data/README.md` says which version is in.

// A command-line tool: its output is the point.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const FILES: [&str; 4] = [
    "provinces.csv",
    "regencies.csv",
    "districts.csv",
    "villages.csv",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output) = match args.as_slice() {
        [input] => (PathBuf::from(input), PathBuf::from("src/registry/data")),
        [input, output] => (PathBuf::from(input), PathBuf::from(output)),
        _ => {
            eprintln!("usage: registry CSV_DIR [OUT_DIR]");
            return ExitCode::from(2);
        }
    };
    match convert(&input, &output) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn convert(input: &Path, output: &Path) -> Result<String, String> {
    let mut lines = Vec::new();
    for file in FILES {
        let path = input.join(file);
        let mut reader =
            csv::Reader::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for record in reader.records() {
            let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
            let (Some(code), Some(name)) = (record.get(0), record.iter().next_back()) else {
                return Err(format!("{}: a row without code or name", path.display()));
            };
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            lines.push(format!("{}\t{name}\n", code.trim()));
        }
    }
    lines.sort();
    let whole: String = lines.concat();
    // The library's own reader checks the shape, the order and every
    // parent, so a converted list that the build cannot read never lands.
    ikm_site::registry::Registry::parse(&whole).map_err(|errors| {
        let shown: Vec<String> = errors
            .first
            .iter()
            .map(|e| format!("line {}: {:?}", e.line, e.problem))
            .collect();
        format!(
            "the converted list is not well-formed:\n{}",
            shown.join("\n")
        )
    })?;
    let (villages, upper): (Vec<&String>, Vec<&String>) = lines.iter().partition(|line| {
        line.split('\t')
            .next()
            .is_some_and(|c| ikm_site::registry::rung(c) == ikm_site::registry::VILLAGE_RUNG)
    });
    let mut summary = Vec::new();
    for (name, part) in [("upper.tsv.gz", &upper), ("villages.tsv.gz", &villages)] {
        let text: String = part.iter().map(|s| s.as_str()).collect();
        let mut encoder = flate2::GzBuilder::new().write(Vec::new(), flate2::Compression::best());
        encoder
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?;
        let bytes = encoder.finish().map_err(|e| e.to_string())?;
        let path = output.join(name);
        std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        summary.push(format!(
            "{}: {} regions, {} bytes ({} uncompressed)",
            path.display(),
            part.len(),
            bytes.len(),
            text.len()
        ));
    }
    Ok(summary.join("\n"))
}
