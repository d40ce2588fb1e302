//! The vocabulary of figures a region can report.

/// How a metric's values are counted and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricKind {
    /// Whole numbers, shown as `15.769`.
    Count,
    /// Percentages, shown as `5%`, `3,1%` or `−3,35%`: the only kind that
    /// may be negative, since growth and change rates are percents.
    Percent,
    /// Amounts of rupiah, whole, shown with the scale word a reader
    /// expects (`Rp37 miliar`, `Rp450 juta`) rather than twelve digits.
    Money,
}

impl MetricKind {
    pub const NAMES: [&'static str; 3] = ["count", "percent", "money"];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "count" => Some(MetricKind::Count),
            "percent" => Some(MetricKind::Percent),
            "money" => Some(MetricKind::Money),
            _ => None,
        }
    }

    /// Whether a value may be below zero: a percent may (a growth of
    /// production of −3,35%); a count or an amount of money may not.
    pub fn may_be_negative(self) -> bool {
        self == MetricKind::Percent
    }

    /// Whether a value must be whole: things counted and rupiah are.
    pub fn is_whole(self) -> bool {
        self != MetricKind::Percent
    }
}

/// The unit a `money` metric is in, which it may state or leave out.
pub const MONEY_UNIT: &str = "rupiah";

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
