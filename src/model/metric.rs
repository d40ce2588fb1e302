//! The vocabulary of figures a region can report.

/// How a metric's values are counted and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricKind {
    /// Whole numbers, shown as `15.769`.
    Count,
    /// Percentages, shown as `5%` or `3,1%`.
    Percent,
}

impl MetricKind {
    pub const NAMES: [&'static str; 2] = ["count", "percent"];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "count" => Some(MetricKind::Count),
            "percent" => Some(MetricKind::Percent),
            _ => None,
        }
    }
}

/// One entry of `metrics.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub id: String,
    pub label: String,
    pub unit: Option<String>,
    pub kind: MetricKind,
    /// For a percent metric that is the yearly growth of a count metric
    /// (`growth_of: jumlah_ikm` in `metrics.yaml`), that metric's index:
    /// a region page then sets a reported rate beside the one its dated
    /// counts imply.
    pub growth_of: Option<usize>,
}
