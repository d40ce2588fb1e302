//! The shapes of the content files exactly as authors write them.
//!
//! These structs accept what `content-format.md` allows and nothing more
//! (`deny_unknown_fields`); they hold text, not meaning. `validate` turns them
//! into the model, the way ripgrep's low-level arguments become high-level
//! ones. Each struct's field names are also listed in a `*_FIELDS` constant,
//! which the span-aware key check uses to report every unknown field of a file
//! at once with its line; a test keeps each list equal to what serde accepts.

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer};

/// `site.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    pub title: String,
    pub description: Option<String>,
    pub base_url: String,
    pub language: Option<String>,
    /// Extension: a custom domain for GitHub Pages, written to `CNAME`.
    pub cname: Option<String>,
}

pub const SITE_FIELDS: &[&str] = &["title", "description", "base_url", "language", "cname"];

/// One entry of `metrics.yaml`; the file is a map from id to this.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetric {
    pub label: String,
    pub unit: Option<String>,
    pub kind: String,
}

pub const METRIC_FIELDS: &[&str] = &["label", "unit", "kind"];

/// `metrics.yaml`, in the order written.
pub type RawMetrics = IndexMap<String, RawMetric>;

/// `sectors.yaml` or `topics.yaml`: slug → label, in display order.
pub type RawVocabulary = IndexMap<String, String>;

/// A region file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub name: String,
    pub short_name: Option<String>,
    pub level: String,
    pub parent: Option<String>,
    pub code: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub news: Vec<RawNews>,
}

pub const REGION_FIELDS: &[&str] = &[
    "name",
    "short_name",
    "level",
    "parent",
    "code",
    "summary",
    "news",
];

/// A news item inside a region file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNews {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub url: Option<String>,
    pub published: Option<RawDate>,
    pub date_note: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub figures: Vec<RawFigure>,
}

pub const NEWS_FIELDS: &[&str] = &[
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "date_note",
    "summary",
    "sectors",
    "topics",
    "figures",
];

/// A figure inside a news item.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub metric: String,
    pub value: Option<f64>,
    pub range: Option<Vec<f64>>,
    #[serde(default)]
    pub approx: bool,
    pub as_of: Option<RawDate>,
    pub note: Option<String>,
    /// Extension: the starting value of a change ("dari 16.000 menjadi …").
    #[serde(default)]
    pub baseline: bool,
}

pub const FIGURE_FIELDS: &[&str] = &[
    "metric", "value", "range", "approx", "as_of", "note", "baseline",
];

/// Front matter of `pages/NAME.md`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPageMeta {
    pub title: String,
    pub description: Option<String>,
    /// Extension: position in the navigation (lower first); default 0.
    #[serde(default)]
    pub weight: i64,
}

pub const PAGE_FIELDS: &[&str] = &["title", "description", "weight"];

/// A date as written: `published: 2019` is a YAML integer while
/// `published: 2019-07` is a string, and authors should not have to care.
/// Parsing into a real date happens in `validate`, where the error can point
/// at the line.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDate(pub String);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RawDate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date such as 2019, 2019-07 or 2019-07-18")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawDate, E> {
                Ok(RawDate(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field list serde reports for an unknown field, e.g. from
    /// "unknown field `x`, expected one of `a`, `b`".
    fn serde_fields<T: for<'de> Deserialize<'de> + std::fmt::Debug>(yaml: &str) -> Vec<String> {
        let message = serde_yaml::from_str::<T>(yaml).unwrap_err().to_string();
        let expected = message.split("expected ").nth(1).unwrap();
        let expected = expected.split(" at line").next().unwrap();
        expected
            .trim_start_matches("one of ")
            .split(", ")
            .flat_map(|s| s.split(" or "))
            .map(|s| s.trim_matches('`').to_string())
            .collect()
    }

    #[test]
    fn field_lists_match_what_serde_accepts() {
        let cases: [(&[&str], Vec<String>); 6] = [
            (SITE_FIELDS, serde_fields::<RawSite>("zz: 1")),
            (METRIC_FIELDS, serde_fields::<RawMetric>("zz: 1")),
            (REGION_FIELDS, serde_fields::<RawRegion>("zz: 1")),
            (NEWS_FIELDS, serde_fields::<RawNews>("zz: 1")),
            (FIGURE_FIELDS, serde_fields::<RawFigure>("zz: 1")),
            (PAGE_FIELDS, serde_fields::<RawPageMeta>("zz: 1")),
        ];
        for (listed, accepted) in cases {
            assert_eq!(listed, accepted.as_slice());
        }
    }

    #[test]
    fn a_date_may_be_an_integer_year_or_a_string() {
        #[derive(Deserialize)]
        struct D {
            d: RawDate,
        }
        assert_eq!(serde_yaml::from_str::<D>("d: 2019").unwrap().d.0, "2019");
        assert_eq!(
            serde_yaml::from_str::<D>("d: 2019-07").unwrap().d.0,
            "2019-07"
        );
        assert_eq!(
            serde_yaml::from_str::<D>("d: '2019-07-18'").unwrap().d.0,
            "2019-07-18"
        );
    }
}
