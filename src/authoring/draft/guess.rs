//! What a number or an article is about: the metric a number most likely
//! is, and the sectors and topics an article names.
//!
//! Both compare words by a rough Indonesian root (`melatih` meets
//! `pelatihan`), so the root and the word lists live here together. A
//! metric's words are worked out once per draft ([`MetricWords`]), not
//! again for every number.

use std::collections::BTreeSet;

use crate::model::{Metric, MetricKind, Vocabulary};

/// An Indonesian word reduced to a rough root, so that `melatih` meets
/// `pelatihan` and `bertumbuh` meets `pertumbuhan`.
fn root(word: &str) -> String {
    let mut word = word.to_lowercase();
    for suffix in ["nya", "kan", "an"] {
        if word.len() > suffix.len() + 3 {
            if let Some(stem) = word.strip_suffix(suffix) {
                word = stem.to_string();
            }
        }
    }
    for prefix in [
        "meng", "peng", "mem", "men", "pem", "pen", "per", "ber", "ter", "me", "pe", "di",
    ] {
        if word.len() > prefix.len() + 3 {
            if let Some(stem) = word.strip_prefix(prefix) {
                return stem.to_string();
            }
        }
    }
    word
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(|w| root(spelling(w)))
        .collect()
}

/// One spelling for a word news writes two ways (`retail`, `ritel`), so a
/// metric's label finds either.
fn spelling(word: &str) -> &str {
    match word.to_lowercase().as_str() {
        "retail" => "ritel",
        _ => word,
    }
}

/// What [`guess_metric`] compares of one metric, worked out once per
/// draft rather than again for every number of the article.
pub(super) struct MetricWords<'a> {
    metric: &'a Metric,
    /// The words of its unit (`unit`, `usaha`), lower-case.
    unit_words: Vec<String>,
    /// The roots of its label's and id's words, less the words every
    /// metric shares and its unit's.
    label_words: BTreeSet<String>,
    /// A count whose first metric "jumlah …" is.
    jumlah: bool,
}

pub(super) fn metric_words(metrics: &[Metric]) -> Vec<MetricWords<'_>> {
    // Compared as roots, as the label's words are: `dengan` is `deng`.
    let ignored: Vec<String> = ["jumlah", "ikm", "per", "tahun", "dengan"]
        .into_iter()
        .map(root)
        .collect();
    metrics
        .iter()
        .map(|metric| {
            let unit_words: Vec<String> = metric
                .unit
                .as_deref()
                .unwrap_or("")
                .split([' ', '/'])
                .filter(|w| !w.is_empty() && *w != "%")
                .map(str::to_lowercase)
                .collect();
            let label = format!("{} {}", metric.label, metric.id.replace('_', " "));
            // A metric's unit words count only right after the number, not
            // anywhere near it (`di 8 Kabupaten/kota` places the 8, not a 1
            // elsewhere in the sentence).
            let unit_roots: Vec<String> = unit_words.iter().map(|w| root(w)).collect();
            let label_words = words(&label)
                .into_iter()
                .filter(|w| !ignored.contains(w) && !unit_roots.contains(w))
                .collect();
            MetricWords {
                metric,
                unit_words,
                label_words,
                jumlah: metric.id == "jumlah_ikm"
                    || metric.label.to_lowercase().starts_with("jumlah"),
            }
        })
        .collect()
}

/// The metric a number most likely is: a unit word right after it that
/// is the metric's unit counts most (`31.538 orang`), then words of the
/// metric's label found in the sentence. `None` when nothing points to any.
pub(super) fn guess_metric(
    metrics: &[MetricWords],
    percent: bool,
    sentence: &str,
    after: &str,
) -> Option<String> {
    let sentence_words: BTreeSet<String> = words(sentence).into_iter().collect();
    let says_jumlah = sentence.to_lowercase().contains("jumlah");
    let next: Vec<String> = after
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let mut best: Option<(usize, &Metric)> = None;
    for known in metrics {
        let metric = known.metric;
        if (metric.kind == MetricKind::Percent) != percent {
            continue;
        }
        let mut score = 0;
        if next.first().is_some_and(|w| known.unit_words.contains(w)) {
            score += 3;
        } else if next.first().is_some_and(|w| w == "ikm" || w == "ukm")
            && known.unit_words.iter().any(|u| u == "unit")
        {
            score += 2;
        }
        score += known
            .label_words
            .iter()
            .filter(|w| sentence_words.contains(*w))
            .count();
        if known.jumlah {
            // "jumlah …" itself is what the first metric of a count is.
            score += usize::from(says_jumlah && score > 0);
        }
        if score > 0 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, metric));
        }
    }
    best.map(|(_, m)| m.id.clone())
}

/// Sectors or topics whose slug or label the text names.
pub(super) fn tags(text: &str, vocabulary: Option<&Vocabulary>) -> Vec<String> {
    let Some(vocabulary) = vocabulary else {
        return Vec::new();
    };
    let lower = text.to_lowercase();
    let text_words: BTreeSet<String> = words(&lower).into_iter().collect();
    vocabulary
        .entries
        .iter()
        .filter(|(slug, label)| {
            let phrase = label.to_lowercase();
            lower.contains(&phrase)
                || lower.contains(&slug.replace('-', " "))
                || (!phrase.contains(' ') && text_words.contains(&root(&phrase)))
        })
        .map(|(slug, _)| slug.clone())
        .collect()
}
