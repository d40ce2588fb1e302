//! What a number or an article is about: the metric a number most likely
//! is, and the sectors and topics an article names.
//!
//! Both compare words by a rough Indonesian root (`melatih` meets
//! `pelatihan`), so the root and the word lists live here together. A
//! metric's words are worked out once per draft ([`MetricWords`]), not
//! again for every number.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use super::words::regex;

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
    /// What a "Jumlah IKM" metric counts, by its abbreviation: a number
    /// with that abbreviation (or its words) near is one of them, and one
    /// with another's (`IMK`) near is not (issue 21, item 5).
    counts: Option<&'static Abbreviation>,
    /// The kinds of business its label names (`IKM bermitra …`).
    kinds: Vec<&'static str>,
}

/// An abbreviation news uses for a kind of business, and its words.
pub(super) struct Abbreviation {
    short: &'static str,
    words: &'static [&'static str],
}

/// The kinds of business a "Jumlah …" metric counts. Matched exactly, by
/// the abbreviation as a word or by its words: `IKM` and `IMK` are one
/// letter apart and two different counts.
const ABBREVIATIONS: [Abbreviation; 4] = [
    Abbreviation {
        short: "ikm",
        words: &["industri kecil menengah", "industri kecil dan menengah"],
    },
    Abbreviation {
        short: "imk",
        words: &["industri mikro dan kecil", "industri mikro kecil"],
    },
    Abbreviation {
        short: "umkm",
        words: &[
            "usaha mikro kecil menengah",
            "usaha mikro kecil dan menengah",
            "usaha mikro, kecil, dan menengah",
        ],
    },
    Abbreviation {
        short: "ukm",
        words: &["usaha kecil menengah", "usaha kecil dan menengah"],
    },
];

/// The pattern of one of [`ABBREVIATIONS`]: the abbreviation as a word,
/// or its words, in any case.
fn kind_pattern(i: usize) -> &'static Regex {
    static PATTERNS: [OnceLock<Regex>; 4] = [const { OnceLock::new() }; 4];
    let kind = &ABBREVIATIONS[i];
    let words: Vec<String> = std::iter::once(kind.short)
        .chain(kind.words.iter().copied())
        .map(regex::escape)
        .collect();
    // ASCII word boundaries: the words are ASCII, and these run for every
    // number of an article, where Unicode ones are several times slower.
    regex(
        &PATTERNS[i],
        &format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", words.join("|")),
    )
}

/// The abbreviations of [`ABBREVIATIONS`] that `text` names, by the
/// abbreviation as a word or by its words.
fn named_kinds(text: &str) -> Vec<&'static str> {
    // Every kind's words hold one of these: most text is passed over
    // without a pattern being run.
    let lower = text.to_ascii_lowercase();
    if !["ikm", "imk", "ukm", "industri", "usaha"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return Vec::new();
    }
    (0..ABBREVIATIONS.len())
        .filter(|&i| kind_pattern(i).is_match(text))
        .map(|i| ABBREVIATIONS[i].short)
        .collect()
}

/// Where a sentence first names each kind of business it names: read
/// once per sentence, so a number asks what was named before it without
/// reading the sentence again.
pub(super) fn first_named(sentence: &str) -> Vec<(&'static str, usize)> {
    (0..ABBREVIATIONS.len())
        .filter_map(|i| {
            let found = kind_pattern(i).find(sentence)?;
            Some((ABBREVIATIONS[i].short, found.start()))
        })
        .collect()
}

/// The words around one number that [`guess_metric`] reads.
pub(super) struct Around<'a> {
    /// From the previous number to the next.
    pub window: &'a str,
    /// From the previous number to this one.
    pub since_previous: &'a str,
    /// Everything after it in the sentence.
    pub after: &'a str,
    /// The kinds of business the sentence names before it (see
    /// [`first_named`]).
    pub earlier_kinds: Vec<&'static str>,
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
            let jumlah =
                metric.id == "jumlah_ikm" || metric.label.to_lowercase().starts_with("jumlah");
            let own = named_kinds(&format!("{} {}", metric.label, metric.id.replace('_', " ")));
            let counts = ABBREVIATIONS
                .iter()
                .find(|a| jumlah && own.len() == 1 && own[0] == a.short);
            MetricWords {
                metric,
                unit_words,
                label_words,
                jumlah,
                counts,
                kinds: own,
            }
        })
        .collect()
}

/// Units of measure: a number right before one is an amount of goods,
/// never a count of businesses or people; only a metric with that unit
/// takes it (issue 21, item 4: `5,2 ton` was placed as `jumlah_ikm`).
const MEASURES: [&str; 18] = [
    "ton", "kg", "kilogram", "gram", "gr", "kuintal", "kwintal", "liter", "meter", "m2", "m3",
    "km", "hektare", "hektar", "ha", "kwh", "mw", "watt",
];

/// Words after `unit` that keep it a count of businesses (`unit usaha`,
/// `unit IKM`) or just go on with the sentence (`unit pada 2015`). Any
/// other word names what the units are, a product (`595.371 unit
/// knalpot`), and such a count is no count of businesses.
const AFTER_A_BUSINESS_UNIT: [&str; 34] = [
    "usaha",
    "industri",
    "ikm",
    "ukm",
    "umkm",
    "imk",
    "sentra",
    "perusahaan",
    "dan",
    "di",
    "pada",
    "yang",
    "dengan",
    "atau",
    "tersebut",
    "ini",
    "itu",
    "dari",
    "ke",
    "untuk",
    "tahun",
    "per",
    "serta",
    "sedangkan",
    "namun",
    "hingga",
    "sampai",
    "menjadi",
    "lebih",
    "dalam",
    "sebanyak",
    "tercatat",
    "terdiri",
    "se",
];

/// Whether `after` (what follows a number) says it counts a product:
/// `unit` and then a word that names one (`unit knalpot`).
fn counts_a_product(after: &str) -> bool {
    static PRODUCT: OnceLock<Regex> = OnceLock::new();
    regex(&PRODUCT, r"^\s*(?i:unit)\s+([a-z]+)\b")
        .captures(after)
        .is_some_and(|c| !AFTER_A_BUSINESS_UNIT.contains(&&c[1]))
}

/// The metric a number most likely is: a unit word right after it that
/// is the metric's unit counts most (`31.538 orang`), and so do the
/// metric's own words right after it (`62.459 tenaga kerja`); then the
/// kind of business a "Jumlah …" metric counts, named near (`IKM
/// sebanyak 396`) or earlier in the sentence; then words of the metric's
/// label found around it. `None` when nothing points to any. A unit of
/// measure right after it (`5,2 ton`) allows only a metric with that unit,
/// and a product's units (`595.371 unit knalpot`) no count of businesses:
/// a number is better left unplaced than placed wrong.
pub(super) fn guess_metric(
    metrics: &[MetricWords],
    percent: bool,
    around: &Around,
) -> Option<String> {
    let sentence_words: BTreeSet<String> = words(around.window).into_iter().collect();
    let says_jumlah = around.window.to_lowercase().contains("jumlah");
    let next: Vec<String> = around
        .after
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let next_roots: Vec<String> = next.iter().map(|w| root(spelling(w))).collect();
    // The last words before the number, and those and the first after it.
    let mut tail: Vec<&str> = around
        .since_previous
        .split_whitespace()
        .rev()
        .take(8)
        .collect();
    tail.reverse();
    let before_kinds = named_kinds(&tail.join(" "));
    let near_kinds = named_kinds(&format!("{} {}", tail.join(" "), next.join(" ")));
    let measure = next.first().filter(|w| MEASURES.contains(&w.as_str()));
    let product = counts_a_product(around.after);
    let mut best: Option<(usize, &Metric)> = None;
    let mut fallback: Option<&Metric> = None;
    for known in metrics {
        let metric = known.metric;
        if (metric.kind == MetricKind::Percent) != percent {
            continue;
        }
        // A metric about one kind of business (`IKM …`) is not one about
        // another named right there (`5.970 usaha … (IMK)`).
        if !near_kinds.is_empty()
            && !known.kinds.is_empty()
            && !known.kinds.iter().any(|k| near_kinds.contains(k))
        {
            continue;
        }
        if measure.is_some_and(|m| !known.unit_words.contains(m)) {
            continue;
        }
        if product
            && (known.counts.is_some()
                || known.jumlah
                || known
                    .unit_words
                    .iter()
                    .any(|u| u == "usaha" || u == "orang"))
        {
            continue;
        }
        let mut score = 0;
        if let Some(kind) = known.counts {
            if before_kinds.contains(&kind.short) {
                score += 2;
            } else if fallback.is_none() && around.earlier_kinds.contains(&kind.short) {
                // Named earlier in the sentence (`jumlah IKM mencapai
                // 1061, sedangkan … tercatat ada 1172`): taken only when
                // nothing else points anywhere.
                fallback = Some(metric);
            }
        }
        if next.first().is_some_and(|w| known.unit_words.contains(w)) {
            score += 3;
        } else if next.first().is_some_and(|w| w == "ikm" || w == "ukm")
            && known.unit_words.iter().any(|u| u == "unit")
        {
            score += 2;
        } else if next_roots.iter().any(|w| known.label_words.contains(w)) {
            score += 3;
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
    best.map(|(_, m)| m).or(fallback).map(|m| m.id.clone())
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
