//! What a draft needs of the content folder: the metrics, sectors and
//! topics it places numbers and tags under, and the region slugs `--region`
//! may name.
//!
//! A draft used to need the whole folder to load, so one broken region
//! file, unrelated to the article, stopped it with that file's error and
//! no draft (issue 21, item 1). The vocabulary lives in three files of its
//! own, so when the folder does not load they are read alone: the draft
//! is still made, and the command says in one line how many errors the
//! folder has and to run `check`. Only a `metrics.yaml` that does not read
//! stops it, since then no figure could be placed.

use std::path::Path;

use crate::content::discover::discover;
use crate::content::validate::{read_metrics, read_vocabulary};
use crate::diagnostics::Diagnostics;
use crate::model::{Metric, Vocabularies};

/// The vocabulary of a content folder that does not load as a whole.
#[derive(Debug)]
pub struct Vocabulary {
    pub metrics: Vec<Metric>,
    pub vocabularies: Vocabularies,
    /// The slug of every region file, read or not.
    pub region_slugs: Vec<String>,
}

/// The metrics, sectors and topics of `content_dir` read on their own;
/// the problems of `metrics.yaml` when it does not read. A sectors or
/// topics file that does not read leaves its tags out.
pub fn vocabulary(content_dir: &Path) -> Result<Vocabulary, Diagnostics> {
    let mut ignored = Diagnostics::new();
    let files = discover(content_dir, &mut ignored);
    let mut problems = Diagnostics::new();
    let metrics = read_metrics(&files.metrics, &mut problems);
    let Some(metrics) = metrics.filter(|_| !problems.has_errors()) else {
        return Err(problems);
    };
    let vocabularies = Vocabularies {
        sectors: read_vocabulary(&files.sectors, "sector", &mut ignored),
        topics: read_vocabulary(&files.topics, "topic", &mut ignored),
    };
    let region_slugs = files
        .regions
        .iter()
        .filter_map(|path| path.file_stem())
        .map(|stem| stem.to_string_lossy().into_owned())
        .collect();
    Ok(Vocabulary {
        metrics,
        vocabularies,
        region_slugs,
    })
}
