//! Every rule of `content-format.md`: raw shapes → model, never stopping early.
//!
//! Each file kind has its own module. A module reports problems into the
//! shared [`Diagnostics`] and keeps going with whatever is still usable, so
//! one run lists every mistake; the [`Site`] is only assembled when the
//! content as a whole could be read.

mod advice;
mod coverage;
mod kept;
mod markdown;
mod names;
mod pages;
mod parsed;
mod regions;
mod settings;
mod text;

/// The settings readers, for the authoring tools' hints.
pub(crate) use parsed::parse_file;
pub(crate) use settings::{
    metrics as read_metrics, own_official_list as read_own_official_list,
    site_config as read_site_config, vocabulary as read_vocabulary,
};

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::discover::ContentFiles;
use super::source;
use crate::diagnostics::Diagnostics;
use crate::model::{OfficialList, PartialDate, Site, Vocabularies};
use crate::registry::Registry;

pub use kept::KeptChecks;
pub use names::{is_slug, slugify, too_long, MAX_NAME_CHARS};
pub use regions::MAX_FIGURES_PER_ITEM;

/// Every rule that one region file can break on its own, applied to its
/// text in memory against `metrics`: syntax, fields, names, values, dates
/// and Markdown, exactly as [`validate`] applies them (a parent is looked
/// for among this one file only). The fuzz target feeds it bytes, with
/// nothing read from the disk.
pub fn check_region(
    path: &Path,
    bytes: Vec<u8>,
    metrics: &[crate::model::Metric],
    today: PartialDate,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::new();
    let file = source::decode(path, bytes)
        .map_err(Diagnostics::from)
        .and_then(regions::parse_source);
    match file {
        Ok(file) => {
            let vocabularies = Vocabularies::default();
            let rules = regions::FileRules::new(Some(metrics), today, &vocabularies);
            let checked = regions::check_file(file, &rules);
            regions::build(vec![checked], &HashSet::new(), None, &mut diagnostics);
        }
        Err(problems) => diagnostics.extend(problems),
    }
    diagnostics
}

/// Builds the site from the discovered files; `None` when too little could
/// be read to build anything (all problems are in `diagnostics`). With
/// `kept`, the region files whose checks it keeps are not read again (see
/// [`KeptChecks`]), and the checks made now are kept in it.
pub fn validate(
    files: &ContentFiles,
    base_url: Option<&str>,
    today: PartialDate,
    mut kept: Option<&mut KeptChecks>,
    diagnostics: &mut Diagnostics,
) -> Option<Site> {
    let config = settings::site_config(&files.site, base_url, today, diagnostics);
    let metrics = settings::metrics(&files.metrics, diagnostics);
    let vocabularies = Vocabularies {
        sectors: settings::vocabulary(&files.sectors, "sector", diagnostics),
        topics: settings::vocabulary(&files.topics, "topic", diagnostics),
    };

    // Each file is parsed and put through its own rules on one thread,
    // its parse tree dropped before the next file is read.
    let rules = regions::FileRules::new(metrics.as_deref(), today, &vocabularies);
    let parsed: Vec<_> = match kept.as_deref_mut() {
        Some(kept) => kept.check_all(&files.regions, &rules),
        None => files
            .regions
            .par_iter()
            .map(|path| kept::check_one(path, &rules))
            .collect(),
    };
    let mut region_files = Vec::with_capacity(parsed.len());
    let mut unreadable = HashSet::new();
    for (result, path) in parsed.into_iter().zip(files.regions.iter()) {
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
    let (pages, page_links) = pages::pages(&files.pages, diagnostics);

    // Region rules run even when metrics.yaml or site.yaml is broken, so one
    // run lists every problem; the site is only assembled when both are read.
    // The official list is read only when site.yaml asks for the check
    // (and could be read: a broken site.yaml leaves it out of this run).
    let own_list = config
        .as_ref()
        .filter(|c| c.official_list != OfficialList::Off)
        .map(|_| settings::own_official_list(&files.official_regions, diagnostics));
    let list = match &own_list {
        Some(Ok(Some(own))) => Some(own),
        Some(Ok(None)) => Some(Registry::builtin()),
        // Off, or a broken list of the folder's own (reported).
        Some(Err(())) | None => None,
    };
    let mut content = match kept.as_deref_mut() {
        Some(kept) => {
            let settled = &mut kept.settled;
            regions::build_after(region_files, &unreadable, list, diagnostics, settled)
        }
        None => regions::build(region_files, &unreadable, list, diagnostics),
    };
    // Shared with the kept checks, which take unchanged files' parts from
    // them at the next load.
    let news = Arc::new(std::mem::take(&mut content.news));
    let figures = Arc::new(std::mem::take(&mut content.figures));
    let places = Arc::new(std::mem::take(&mut content.places));
    if let Some(kept) = kept {
        let built = regions::Built {
            news: news.clone(),
            figures: figures.clone(),
            places: places.clone(),
        };
        kept.record(built, &content.at);
    }
    let (mut config, metrics) = (config?, metrics?);
    if matches!(own_list, Some(Ok(Some(_)))) {
        config.official_list = OfficialList::Own;
    }
    let mut site = Site::assemble(config, metrics, content.regions, news, figures, pages);
    site.vocabularies = vocabularies;
    site.links = std::mem::take(&mut content.links);
    site.links.extend(page_links);
    crate::content::links::check_targets(&site, diagnostics);
    site.official = list.map(|list| coverage::official_frame(list, &site));
    advice::report(&site, &places, diagnostics);
    Some(site)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, MetricKind};

    fn metrics() -> Vec<Metric> {
        vec![Metric {
            id: "jumlah_ikm".into(),
            label: "Jumlah IKM".into(),
            unit: None,
            kind: MetricKind::Count,
            growth_of: None,
        }]
    }

    const REGION: &str = "name: Provinsi Uji\nlevel: provinsi\nnews:\n  - id: a\n    title: T\n    outlet: O\n    published: 2020-01-02\n    summary: S\n    figures:\n      - metric: jumlah_ikm\n        value: 15769\n";

    #[test]
    fn a_region_checked_in_memory_passes_or_names_its_problem() {
        let today = PartialDate::day(2026, 11, 30).unwrap();
        let path = Path::new("regions/provinsi-uji.yaml");
        let clean = check_region(path, REGION.into(), &metrics(), today);
        assert!(clean.is_empty(), "{clean}");

        let dotted = REGION.replace("15769", "21.000");
        let found = check_region(path, dotted.into_bytes(), &metrics(), today);
        assert_eq!(found.error_count(), 1, "{found}");
        let problem = found.iter().next().unwrap();
        assert_eq!((problem.line, problem.column), (11, 16));
        assert_eq!(problem.code(), "thousands-dots-read-as");

        let found = check_region(path, b"name: \xff\n".to_vec(), &metrics(), today);
        assert_eq!(found.iter().next().unwrap().code(), "file-not-utf8");
    }
}
