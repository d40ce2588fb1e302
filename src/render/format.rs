//! Indonesian numbers, percentages and dates: the one home of these rules.
//!
//! `.` groups thousands, `,` marks decimals (`15.769`, `3,1%`), months are
//! Januari … Desember. Used by page contexts, Tera filters and chart axes
//! alike, so a number reads the same everywhere.

use crate::model::{Amount, MetricKind, PartialDate};

pub const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// `1553800` → `1.553.800`; `123456.78` → `123.456,78`. At most two decimals,
/// trailing zeros dropped.
///
/// ```
/// use ikm_site::render::format::number;
/// assert_eq!(number(15769.0), "15.769");
/// assert_eq!(number(3.1), "3,1");
/// ```
pub fn number(value: f64) -> String {
    // Rounded by the standard library's exact decimal conversion: scaling
    // by 100 in floating point would invent cents past 2^53 / 100
    // (999999999999998 came out as `999.999.999.999.998,13`).
    let fixed = format!("{:.2}", value.abs());
    let (digits, cents) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut grouped = group_thousands(digits);
    let cents = cents.trim_end_matches('0');
    if !cents.is_empty() {
        grouped.push(',');
        grouped.push_str(cents);
    }
    if value < 0.0 && grouped != "0" {
        grouped.insert(0, '-');
    }
    grouped
}

/// ASCII digits with a dot between each group of three: `1553800` →
/// `1.553.800`.
fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

/// A whole number of any size, such as a sum of counts that may pass what
/// an `f64` holds exactly: `2999999999999997` → `2.999.999.999.999.997`.
///
/// ```
/// use ikm_site::render::format::whole;
/// assert_eq!(whole(16_469), "16.469");
/// ```
pub fn whole(value: u128) -> String {
    group_thousands(&value.to_string())
}

/// A computed rate, to one decimal as articles give rates: `3,857…` →
/// `3,9%`, `-0,04…` → `0%`.
///
/// ```
/// use ikm_site::render::format::rate;
/// assert_eq!(rate(3.857), "3,9%");
/// assert_eq!(rate(-2.26), "-2,3%");
/// assert_eq!(rate(10.0), "10%");
/// ```
pub fn rate(value: f64) -> String {
    let rounded = format!("{value:.1}").parse::<f64>().unwrap_or(value);
    format!("{}%", number(rounded))
}

/// A gridline's value on a chart's axis, shorter than [`value`] from a
/// million on (`1,5 juta`, `200 miliar`, `1.200 triliun`), so a chart of
/// large figures keeps its width for the plot. Axis values are round;
/// the figures themselves are always printed in full by [`amount`].
///
/// ```
/// use ikm_site::model::MetricKind;
/// use ikm_site::render::format::axis_value;
/// assert_eq!(axis_value(20_000.0, MetricKind::Count), "20.000");
/// assert_eq!(axis_value(1_500_000.0, MetricKind::Count), "1,5 juta");
/// ```
pub fn axis_value(v: f64, kind: MetricKind) -> String {
    const SCALES: [(f64, &str); 3] = [(1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")];
    match SCALES.iter().find(|(scale, _)| v.abs() >= *scale) {
        Some((scale, word)) if kind == MetricKind::Count => {
            format!("{} {word}", number(v / scale))
        }
        _ => value(v, kind),
    }
}

/// A value in its metric's form: `15.769` or `3,1%`.
pub fn value(value: f64, kind: MetricKind) -> String {
    match kind {
        MetricKind::Count => number(value),
        MetricKind::Percent => format!("{}%", number(value)),
    }
}

/// An amount as a reader sees it: `sekitar 13.000`, `30–40%`.
pub fn amount(amount: Amount, kind: MetricKind, approx: bool) -> String {
    let text = match amount {
        Amount::Exact(v) => value(v, kind),
        Amount::Range(low, high) => match kind {
            MetricKind::Count => format!("{}–{}", number(low), number(high)),
            MetricKind::Percent => format!("{}–{}%", number(low), number(high)),
        },
    };
    if approx {
        format!("sekitar {text}")
    } else {
        text
    }
}

/// `2019`, `Juli 2019` or `18 Juli 2019`: exactly as precise as the source.
///
/// ```
/// use ikm_site::model::PartialDate;
/// use ikm_site::render::format::date;
/// let day = PartialDate::parse("2019-07-18").unwrap();
/// assert_eq!(date(&day), "18 Juli 2019");
/// assert_eq!(date(&PartialDate::parse("2019").unwrap()), "2019");
/// ```
pub fn date(date: &PartialDate) -> String {
    match (date.month_number(), date.day_number()) {
        (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], date.year_number()),
        (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], date.year_number()),
        _ => date.year_number().to_string(),
    }
}

/// A date that may be unknown.
pub fn maybe_date(date: Option<&PartialDate>) -> String {
    date.map_or_else(|| "tanggal tidak diketahui".to_string(), self::date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_indonesian_conventions() {
        let table = [
            (0.0, "0"),
            (700.0, "700"),
            (15_769.0, "15.769"),
            (1_553_800.0, "1.553.800"),
            (123_456.78, "123.456,78"),
            (3.1, "3,1"),
            (3.10, "3,1"),
            (0.05, "0,05"),
            (2.999, "3"),
            // Past 2^53 / 100 a float scaled by 100 gains cents it never had.
            (999_999_999_999_998.0, "999.999.999.999.998"),
            (999_999_999_999_999.0, "999.999.999.999.999"),
            (1e15, "1.000.000.000.000.000"),
            (-3.5, "-3,5"),
            (-0.001, "0"),
        ];
        for (input, expected) in table {
            assert_eq!(number(input), expected, "{input}");
        }
    }

    #[test]
    fn values_and_amounts() {
        assert_eq!(value(5.0, MetricKind::Percent), "5%");
        assert_eq!(value(3.1, MetricKind::Percent), "3,1%");
        assert_eq!(
            amount(Amount::Exact(13_000.0), MetricKind::Count, true),
            "sekitar 13.000"
        );
        assert_eq!(
            amount(Amount::Range(30.0, 40.0), MetricKind::Percent, false),
            "30–40%"
        );
        assert_eq!(
            amount(Amount::Range(1_000.0, 1_500.0), MetricKind::Count, false),
            "1.000–1.500"
        );
    }

    #[test]
    fn axis_values_are_shortened_from_a_million() {
        let count = |v| axis_value(v, MetricKind::Count);
        assert_eq!(count(500.0), "500");
        assert_eq!(count(250_000.0), "250.000");
        assert_eq!(count(1_000_000.0), "1 juta");
        assert_eq!(count(2_500_000_000.0), "2,5 miliar");
        assert_eq!(count(1.2e15), "1.200 triliun");
        assert_eq!(axis_value(2.5e6, MetricKind::Percent), "2.500.000%");
    }

    #[test]
    fn dates_keep_their_precision() {
        let d = |s| date(&PartialDate::parse(s).unwrap());
        assert_eq!(d("2019-07-18"), "18 Juli 2019");
        assert_eq!(d("2020-11-03"), "3 November 2020");
        assert_eq!(d("2019-07"), "Juli 2019");
        assert_eq!(d("2019"), "2019");
        assert_eq!(maybe_date(None), "tanggal tidak diketahui");
    }
}
