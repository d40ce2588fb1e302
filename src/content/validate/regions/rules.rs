//! What the rules of one region file need to know of the rest of the
//! content. A leaf below [`super::file`] and [`super::figures`], which
//! both read it, so neither imports the other for it.

use std::collections::HashMap;

use crate::model::{Metric, PartialDate, Vocabularies};

/// What the rules of one file need to know of the rest of the content:
/// the metrics (`None` when metrics.yaml could not be read: every other
/// rule still runs, so one run shows all problems), the vocabularies and
/// the day of the build.
pub struct FileRules<'a> {
    pub(super) metrics: Option<&'a [Metric]>,
    pub(super) metric_index: HashMap<&'a str, usize>,
    pub(super) metric_ids: Vec<&'a str>,
    pub(super) today: PartialDate,
    pub(super) vocabularies: &'a Vocabularies,
}

impl<'a> FileRules<'a> {
    /// What the rules are made of: the metrics, the vocabularies and the
    /// day, for telling whether two sets of rules check alike.
    pub fn made_of(&self) -> (Option<&'a [Metric]>, &'a Vocabularies, PartialDate) {
        (self.metrics, self.vocabularies, self.today)
    }

    pub fn new(
        metrics: Option<&'a [Metric]>,
        today: PartialDate,
        vocabularies: &'a Vocabularies,
    ) -> Self {
        let all = metrics.unwrap_or_default();
        FileRules {
            metrics,
            metric_index: all
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str(), i))
                .collect(),
            metric_ids: all.iter().map(|m| m.id.as_str()).collect(),
            today,
            vocabularies,
        }
    }
}
