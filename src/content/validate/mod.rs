//! Every rule of `content-format.md`: raw shapes → model, never stopping early.
//!
//! Each file kind has its own module. A module reports problems into the
//! shared [`Diagnostics`] and keeps going with whatever is still usable, so
//! one run lists every mistake; the [`Site`] is only assembled when the
//! content as a whole could be read.

mod markdown;
mod names;
mod pages;
mod regions;
mod settings;

use std::collections::HashSet;
use std::path::Path;

use rayon::prelude::*;

use super::discover::ContentFiles;
use super::source::{self, Source};
use super::spans::SpanTree;
use super::yaml::{self, UnknownKey};
use crate::diagnostics::Diagnostics;
use crate::model::{PartialDate, Site, Vocabularies};

pub use names::is_slug;

/// A parsed YAML file: its text, positions and typed shape.
pub(crate) struct Parsed<T> {
    pub source: Source,
    pub tree: SpanTree,
    pub raw: T,
}

/// Reads and parses one YAML file, reporting what goes wrong.
pub(crate) fn parse_file<T: serde::de::DeserializeOwned>(
    path: &Path,
    kind: &yaml::FileKind,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> Result<Parsed<T>, Diagnostics> {
    let source = source::read(path)?;
    let (raw, tree) = yaml::load::<T>(&source, kind, schema)?;
    Ok(Parsed { source, tree, raw })
}

/// Builds the site from the discovered files; `None` when too little could
/// be read to build anything (all problems are in `diagnostics`).
pub fn validate(
    files: &ContentFiles,
    base_url: Option<&str>,
    today: PartialDate,
    diagnostics: &mut Diagnostics,
) -> Option<Site> {
    let config = settings::site_config(&files.site, base_url, diagnostics);
    let metrics = settings::metrics(&files.metrics, diagnostics);
    let vocabularies = Vocabularies {
        sectors: settings::vocabulary(&files.sectors, "sector", diagnostics),
        topics: settings::vocabulary(&files.topics, "topic", diagnostics),
    };

    let parsed: Vec<_> = files
        .regions
        .par_iter()
        .map(|path| regions::parse(path))
        .collect();
    let mut region_files = Vec::with_capacity(parsed.len());
    let mut unreadable = HashSet::new();
    for (result, path) in parsed.into_iter().zip(&files.regions) {
        match result {
            Ok(file) => region_files.push(file),
            Err(problems) => {
                diagnostics.extend(problems);
                if let Some(stem) = path.file_stem() {
                    unreadable.insert(stem.to_string_lossy().into_owned());
                }
            }
        }
    }
    let pages = pages::pages(&files.pages, diagnostics);

    // Region rules run even when metrics.yaml or site.yaml is broken, so one
    // run lists every problem; the site is only assembled when both are read.
    let content = regions::build(
        region_files,
        metrics.as_deref(),
        &unreadable,
        today,
        &vocabularies,
        diagnostics,
    );
    let (config, metrics) = (config?, metrics?);
    let mut site = Site::assemble(
        config,
        metrics,
        content.regions,
        content.news,
        content.figures,
        pages,
    );
    site.vocabularies = vocabularies;
    regions::report_conflicts(&site, &content.positions, diagnostics);
    Some(site)
}
