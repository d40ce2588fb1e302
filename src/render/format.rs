//! Indonesian numbers, percentages and dates: the one home of these rules.
//!
//! `.` groups thousands, `,` marks decimals (`15.769`, `3,1%`), a negative
//! number takes the minus sign U+2212 (`−3,35%`, read "minus" by screen
//! readers, where a hyphen may be skipped), rupiah take `Rp` and a scale
//! word (`Rp37 miliar`), months are Januari … Desember. Used by page
//! contexts, Tera filters, feeds and chart labels and axes alike, so a
//! number reads the same everywhere.

use crate::model::{Amount, Approx, MetricKind, PartialDate};

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

/// The minus sign of a negative number: U+2212, not the hyphen.
pub const MINUS: char = '\u{2212}';

/// `1553800` → `1.553.800`; `123456.78` → `123.456,78`; `-3.35` → `−3,35`.
/// At most two decimals, trailing zeros dropped.
///
/// ```
/// use ikm_site::render::format::number;
/// assert_eq!(number(15769.0), "15.769");
/// assert_eq!(number(3.1), "3,1");
/// ```
pub fn number(value: f64) -> String {
    decimal(value, 2, Zeros::Dropped)
}

/// Whether [`decimal`] keeps the trailing zeros of its decimals.
enum Zeros {
    Kept,
    Dropped,
}

/// `value` to `places` decimals in Indonesian form: thousands dots, a
/// decimal comma, a minus sign unless it rounds to zero.
fn decimal(value: f64, places: usize, zeros: Zeros) -> String {
    // Rounded by the standard library's exact decimal conversion: scaling
    // by 100 in floating point would invent cents past 2^53 / 100
    // (999999999999998 came out as `999.999.999.999.998,13`).
    let fixed = format!("{:.*}", places, value.abs());
    let (digits, decimals) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let decimals = match zeros {
        Zeros::Kept => decimals,
        Zeros::Dropped => decimals.trim_end_matches('0'),
    };
    let mut shown = group_thousands(digits);
    if !decimals.is_empty() {
        shown.push(',');
        shown.push_str(decimals);
    }
    if value < 0.0 && fixed.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        shown.insert(0, MINUS);
    }
    shown
}

/// The scale words of large numbers, largest first, and what each stands
/// for.
const SCALES: [(f64, &str); 3] = [(1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")];
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

/// A computed rate to `places` decimals, zeros kept, so it reads as
/// precise as it is: `3,0%` is not the round `3%` an article writes.
/// Rates compared with a reported one take its places, at least one
/// ([`places`]).
///
/// ```
/// use ikm_site::render::format::rate;
/// assert_eq!(rate(3.857, 1), "3,9%");
/// assert_eq!(rate(3.0384, 1), "3,0%");
/// assert_eq!(rate(3.0384, 2), "3,04%");
/// assert_eq!(rate(-2.26, 1), "−2,3%");
/// assert_eq!(rate(-0.04, 1), "0,0%");
/// assert_eq!(rate(1234.5, 1), "1.234,5%");
/// ```
pub fn rate(value: f64, places: usize) -> String {
    format!("{}%", decimal(value, places, Zeros::Kept))
}

/// How many decimals [`number`] shows of `value`: `3,03` has two, `5`
/// none.
///
/// ```
/// use ikm_site::render::format::places;
/// assert_eq!(places(3.03), 2);
/// assert_eq!(places(3.1), 1);
/// assert_eq!(places(5.0), 0);
/// ```
pub fn places(value: f64) -> usize {
    number(value).split_once(',').map_or(0, |(_, d)| d.len())
}

/// A gridline's value on a chart's axis, shorter than [`value`] from a
/// million on (`1,5 juta`, `200 miliar`, `1.200 triliun`), so a chart of
/// large figures keeps its width for the plot. Axis values are round;
/// the figures themselves are always printed in full by [`amount`].
/// Rupiah read as everywhere else (`Rp2,5 miliar`).
///
/// ```
/// use ikm_site::model::MetricKind;
/// use ikm_site::render::format::axis_value;
/// assert_eq!(axis_value(20_000.0, MetricKind::Count), "20.000");
/// assert_eq!(axis_value(1_500_000.0, MetricKind::Count), "1,5 juta");
/// assert_eq!(axis_value(2.5e9, MetricKind::Money), "Rp2,5 miliar");
/// ```
pub fn axis_value(v: f64, kind: MetricKind) -> String {
    match SCALES.iter().find(|(scale, _)| v.abs() >= *scale) {
        Some((scale, word)) if kind == MetricKind::Count => {
            format!("{} {word}", number(v / scale))
        }
        _ => value(v, kind),
    }
}

/// Rupiah as Indonesian news writes them: `Rp37 miliar`, `Rp81,4 miliar`,
/// `Rp1,2 triliun`, `Rp450 juta`, `Rp1,5 juta`, `Rp750.000`.
///
/// The largest scale word is used whose value is at least 1 and is exact
/// with at most two decimals; any other amount keeps all its digits
/// (`Rp37.001 juta`, `Rp999.999.999`) rather than being rounded. Two
/// figures that differ (a conflict) never read alike, and no page states
/// a rounder number than its article.
///
/// ```
/// use ikm_site::render::format::money;
/// assert_eq!(money(37e9), "Rp37 miliar");
/// assert_eq!(money(999_999_999.0), "Rp999.999.999");
/// ```
pub fn money(value: f64) -> String {
    // Exact integer arithmetic: a figure is at most 10^15, well inside i64,
    // and a money figure is whole (validated); a value that is not whole
    // (none should be) is shown in full.
    let whole = (value.fract() == 0.0 && value.abs() <= 1e15).then_some(value as i64);
    let scaled = SCALES.iter().find(|(scale, _)| {
        // Two decimals of the scale: 10^4 rupiah for juta, 10^7 for miliar.
        let cent = (*scale / 100.0) as i64;
        value.abs() >= *scale && whole.is_some_and(|w| w % cent == 0)
    });
    match scaled {
        Some((scale, word)) => format!("Rp{} {word}", number(value / scale)),
        None => format!("Rp{}", number(value)),
    }
}

/// A value in its metric's form: `15.769`, `3,1%`, `Rp37 miliar`.
pub fn value(value: f64, kind: MetricKind) -> String {
    match kind {
        MetricKind::Count => number(value),
        MetricKind::Percent => format!("{}%", number(value)),
        MetricKind::Money => money(value),
    }
}

/// An amount as a reader sees it: `sekitar 13.000`, `30–40%`,
/// `lebih dari 63.000`.
pub fn amount(amount: Amount, kind: MetricKind, approx: Approx) -> String {
    let text = match amount {
        Amount::Exact(v) => value(v, kind),
        // A dash between two negative numbers (`−5–−3%`) reads as a
        // subtraction: a range with a negative end says "sampai".
        Amount::Range(low, high) if low < 0.0 => {
            format!("{} sampai {}", value(low, kind), value(high, kind))
        }
        Amount::Range(low, high) => match kind {
            MetricKind::Count => format!("{}–{}", number(low), number(high)),
            MetricKind::Percent => format!("{}–{}%", number(low), number(high)),
            MetricKind::Money => format!("{}–{}", money(low), money(high)),
        },
    };
    match approx_words(approx) {
        Some(words) => format!("{words} {text}"),
        None => text,
    }
}

/// The words a reader sees before a figure that is not exact.
pub fn approx_words(approx: Approx) -> Option<&'static str> {
    match approx {
        Approx::Exact => None,
        Approx::About => Some("sekitar"),
        Approx::MoreThan => Some("lebih dari"),
        Approx::LessThan => Some("kurang dari"),
        Approx::Almost => Some("hampir"),
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
            (-3.5, "\u{2212}3,5"),
            (-3.35, "\u{2212}3,35"),
            (-1_234.5, "\u{2212}1.234,5"),
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
            amount(Amount::Exact(13_000.0), MetricKind::Count, Approx::About),
            "sekitar 13.000"
        );
        assert_eq!(
            amount(
                Amount::Range(30.0, 40.0),
                MetricKind::Percent,
                Approx::Exact
            ),
            "30–40%"
        );
        assert_eq!(
            amount(
                Amount::Range(1_000.0, 1_500.0),
                MetricKind::Count,
                Approx::Exact
            ),
            "1.000–1.500"
        );
        // Issue 21: a bound is said as the article said it, never "sekitar".
        for (approx, shown) in [
            (Approx::MoreThan, "lebih dari 63.000"),
            (Approx::LessThan, "kurang dari 63.000"),
            (Approx::Almost, "hampir 63.000"),
        ] {
            assert_eq!(
                amount(Amount::Exact(63_000.0), MetricKind::Count, approx),
                shown
            );
        }
    }

    #[test]
    fn negative_percents_and_their_ranges() {
        let percent = |v| value(v, MetricKind::Percent);
        assert_eq!(percent(-3.35), "\u{2212}3,35%");
        assert_eq!(
            amount(
                Amount::Range(-5.0, -3.0),
                MetricKind::Percent,
                Approx::Exact
            ),
            "\u{2212}5% sampai \u{2212}3%"
        );
        assert_eq!(
            amount(Amount::Range(-1.5, 2.0), MetricKind::Percent, Approx::About),
            "sekitar \u{2212}1,5% sampai 2%"
        );
        assert_eq!(axis_value(-2.5, MetricKind::Percent), "\u{2212}2,5%");
    }

    #[test]
    fn rupiah_take_the_largest_scale_word_that_keeps_them_exact() {
        for (input, expected) in [
            (37e9, "Rp37 miliar"),
            (81.4e9, "Rp81,4 miliar"),
            (1.2e12, "Rp1,2 triliun"),
            (450e6, "Rp450 juta"),
            (1.5e6, "Rp1,5 juta"),
            (1e6, "Rp1 juta"),
            (12.25e6, "Rp12,25 juta"),
            // Exact thousands below a million keep their digits.
            (750_000.0, "Rp750.000"),
            (15_000.0, "Rp15.000"),
            (0.0, "Rp0"),
            // Half a billion is 500 million, not "0,5 miliar".
            (500e6, "Rp500 juta"),
            // Rounding would say "Rp1 miliar" or "Rp1.000 juta": neither
            // is the article's number.
            (999_999_999.0, "Rp999.999.999"),
            // Three decimals of a miliar are a whole number of juta.
            (37_001_000_000.0, "Rp37.001 juta"),
            (1_234_567.0, "Rp1.234.567"),
            (1e15, "Rp1.000 triliun"),
        ] {
            assert_eq!(money(input), expected, "{input}");
            assert_eq!(value(input, MetricKind::Money), expected, "{input}");
        }
        assert_eq!(
            amount(Amount::Range(30e9, 40e9), MetricKind::Money, Approx::About),
            "sekitar Rp30 miliar–Rp40 miliar"
        );
        assert_eq!(axis_value(2.5e9, MetricKind::Money), "Rp2,5 miliar");
        assert_eq!(axis_value(0.0, MetricKind::Money), "Rp0");
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
