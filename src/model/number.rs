//! Numbers as authors and articles write them, read exactly.
//!
//! One home for the Indonesian way of writing a number (`15.769` is fifteen
//! thousand, `3,1` is three point one, `1.234.567,5`), for the shape YAML
//! misreads (`21.000` is twenty-one to YAML), and for the limits a figure's
//! value has (what `check` accepts). `draft` reads articles with it and the
//! validator judges region files with it, so the two can never disagree on
//! what a number is or whether it may be written.
//!
//! Digits stay digits: a [`Decimal`] is text, never a float, so reading
//! `147.720.915.161.315` cannot turn its last digit into a 4 the way
//! floating-point arithmetic on it did.

use std::fmt;

/// The largest value a figure may have. Every whole number up to it is
/// exact in the `f64` a figure is read into (2^53 is about 9 × 10^15), and
/// no count of small industry comes near it.
pub const MAX_VALUE: f64 = 1e15;

/// A non-negative decimal number, exactly as written: `whole` has no
/// leading zeros (`"0"` for zero) and `fraction` no trailing ones, so two
/// equal numbers are equal values of this type (and hash alike).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    whole: String,
    fraction: String,
}

/// Why a number cannot be written as a figure's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Above [`MAX_VALUE`].
    TooLarge,
    /// More digits than a YAML number keeps: it would read back otherwise.
    TooPrecise,
    /// A fraction for a metric that counts whole things.
    NotWhole,
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

impl Decimal {
    /// `whole` and `fraction` as ASCII digits, canonicalised.
    fn new(whole: &str, fraction: &str) -> Decimal {
        let whole = whole.trim_start_matches('0');
        Decimal {
            whole: if whole.is_empty() { "0" } else { whole }.to_string(),
            fraction: fraction.trim_end_matches('0').to_string(),
        }
    }

    /// A number as YAML writes one: `15769`, `3.1`. Nothing else (no sign,
    /// exponent or separator).
    pub fn parse(text: &str) -> Option<Decimal> {
        match text.split_once('.') {
            Some((whole, fraction)) => {
                (all_digits(whole) && all_digits(fraction)).then(|| Decimal::new(whole, fraction))
            }
            None => all_digits(text).then(|| Decimal::new(text, "")),
        }
    }

    /// A number as Indonesian text writes it: `15.769` → 15769,
    /// `1.234.567,5` → 1234567.5, `3,1` → 3.1. A dot that is not followed
    /// by groups of three digits is a decimal point (`1.5`, as English
    /// text and YAML write it), and so is the dot of `0.035`: no grouped
    /// number starts with 0.
    pub fn indonesian(written: &str) -> Option<Decimal> {
        let (int_part, fraction) = match written.split_once(',') {
            Some((int_part, fraction)) => (int_part, Some(fraction)),
            None => (written, None),
        };
        if let Some(whole) = grouped(int_part) {
            return match fraction {
                Some(fraction) => all_digits(fraction).then(|| Decimal::new(&whole, fraction)),
                None => Some(Decimal::new(&whole, "")),
            };
        }
        match fraction {
            Some(fraction) => (all_digits(int_part) && all_digits(fraction))
                .then(|| Decimal::new(int_part, fraction)),
            None => Decimal::parse(int_part),
        }
    }

    /// This number times 10^`power`: `1,5` with `juta` is 1500000. Moves
    /// digits, so it is exact at any size.
    pub fn times_ten_to(&self, power: usize) -> Decimal {
        let moved = self.fraction.len().min(power);
        let mut whole = self.whole.clone();
        whole.push_str(&self.fraction[..moved]);
        whole.push_str(&"0".repeat(power - moved));
        Decimal::new(&whole, &self.fraction[moved..])
    }

    pub fn is_whole(&self) -> bool {
        self.fraction.is_empty()
    }

    /// The nearest `f64`, as YAML reads this number.
    pub fn to_f64(&self) -> f64 {
        self.to_string().parse().unwrap_or(f64::INFINITY)
    }

    /// Whether YAML reads this number back as exactly these digits.
    pub fn is_exact_in_f64(&self) -> bool {
        let value = self.to_f64();
        value.is_finite() && value.to_string() == self.to_string()
    }

    /// Why this number cannot be a figure's value, if it cannot: the
    /// limits `check` applies, in the order it reports them.
    pub fn limit(&self, whole_only: bool) -> Option<Limit> {
        if whole_only && !self.is_whole() {
            Some(Limit::NotWhole)
        } else if self.whole.len() > 16 || self.to_f64() > MAX_VALUE {
            Some(Limit::TooLarge)
        } else if !self.is_exact_in_f64() {
            Some(Limit::TooPrecise)
        } else {
            None
        }
    }

    /// The number as a YAML value that `check` reads as this number and
    /// nothing else: `3.125` would look like Indonesian thousands, so it is
    /// written `3.1250`.
    pub fn unambiguous(&self) -> String {
        let text = self.to_string();
        if without_thousands_dots(&text).is_some() {
            format!("{text}0")
        } else {
            text
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fraction.is_empty() {
            f.write_str(&self.whole)
        } else {
            write!(f, "{}.{}", self.whole, self.fraction)
        }
    }
}

/// The words Indonesian writes after a number to multiply it (`13 ribu`,
/// `1,5 juta`), lower-case, and the power of ten each stands for.
///
/// With the spellings and short forms news uses (`rb`, `jt`, `milyar`,
/// `Milliar`: issue 21, item 6), so `18 Milliar` is not read as 18.
pub const MULTIPLIERS: [(&str, usize); 9] = [
    ("ribu", 3),
    ("rb", 3),
    ("juta", 6),
    ("jt", 6),
    ("miliar", 9),
    ("milyar", 9),
    ("milliar", 9),
    ("milyard", 9),
    ("triliun", 12),
];

/// `15.769` → 15769, `3,1` → 3.1, `1,5` with `juta` → 1500000: exact,
/// whatever the number of digits (see [`Decimal`]). A `multiplier` that is
/// none of [`MULTIPLIERS`] (in any case) multiplies by one.
pub fn indonesian_number(written: &str, multiplier: Option<&str>) -> Option<Decimal> {
    let multiplier = multiplier.map(str::to_lowercase);
    let power = MULTIPLIERS
        .iter()
        .find(|(word, _)| multiplier.as_deref() == Some(*word))
        .map_or(0, |(_, power)| *power);
    Some(Decimal::indonesian(written)?.times_ten_to(power))
}

/// `15769` for `15.769`: the digits of a number written in groups of three
/// joined by dots, the first group of one to three digits and not starting
/// with 0; `None` for any other text.
fn grouped(written: &str) -> Option<String> {
    let mut groups = written.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let shaped = (1..=3).contains(&first.len())
        && all_digits(first)
        && !first.starts_with('0')
        && !rest.is_empty()
        && rest.iter().all(|g| g.len() == 3 && all_digits(g));
    shaped.then(|| written.replace('.', ""))
}

/// What YAML reads for `written`, a plain number at most [`MAX_VALUE`],
/// when that is not the number written: `0.12345678901234567` (read as
/// `0.12345678901234566`) has more
/// digits than the `f64` a value is read into keeps. `None` for a number
/// read exactly and for any other text.
pub fn read_otherwise(written: &str) -> Option<f64> {
    let decimal = Decimal::parse(written)?;
    (decimal.limit(false) == Some(Limit::TooPrecise)).then(|| decimal.to_f64())
}

/// The number an author meant by text in Indonesian thousands (`21000`
/// for `21.000`, `1234567` for `1.234.567`, `1234567.5` for `1.234.567,5`),
/// as YAML should be given it; `None` unless the text has dots grouping
/// thousands. YAML reads `21.000` as twenty-one and `1.234.567` as text.
pub fn without_thousands_dots(written: &str) -> Option<String> {
    let (int_part, fraction) = match written.split_once(',') {
        Some((int_part, fraction)) => (int_part, Some(fraction)),
        None => (written, None),
    };
    let whole = grouped(int_part)?;
    match fraction {
        Some(fraction) => all_digits(fraction).then(|| Decimal::new(&whole, fraction).to_string()),
        None => Some(Decimal::new(&whole, "").to_string()),
    }
}

/// `3.1` for `3,1`: a decimal comma, as Indonesian writes it, turned into
/// the dot YAML reads, digits kept as written; `None` unless the text is
/// digits, one comma, digits.
pub fn with_decimal_comma(written: &str) -> Option<String> {
    let (whole, fraction) = written.split_once(',')?;
    (all_digits(whole) && all_digits(fraction)).then(|| format!("{whole}.{fraction}"))
}

/// `15769` for `15.769 unit` or `3.1` for `3,1%`: the number a value
/// starts with, when words or a sign follow it, read as Indonesian text
/// or YAML writes it.
pub fn leading_number(written: &str) -> Option<String> {
    let end = written
        .find(|c: char| c.is_whitespace() || c == '%')
        .filter(|&end| end > 0)?;
    let number = &written[..end];
    without_thousands_dots(number)
        .or_else(|| with_decimal_comma(number))
        .or_else(|| number.parse::<f64>().is_ok().then(|| number.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indonesian(text: &str) -> Option<String> {
        Decimal::indonesian(text).map(|d| d.to_string())
    }

    #[test]
    fn indonesian_numbers_are_read_digit_for_digit() {
        for (written, read) in [
            ("15.769", "15769"),
            ("1.234.567", "1234567"),
            ("3,1", "3.1"),
            ("1.234.567,50", "1234567.5"),
            ("1.5", "1.5"),
            ("0.035", "0.035"),
            ("007", "7"),
            ("64.099.460.295.929", "64099460295929"),
            ("147.720.915.161.315", "147720915161315"),
        ] {
            assert_eq!(indonesian(written).as_deref(), Some(read), "{written}");
        }
        for refused in ["", "1,2,3", "1.5,3", "1.5.6", "٣", "1e5", "-1", ".5", "5."] {
            assert_eq!(indonesian(refused), None, "{refused}");
        }
    }

    #[test]
    fn numbers_are_read_the_indonesian_way() {
        let read =
            |written, multiplier| indonesian_number(written, multiplier).map(|n| n.to_string());
        assert_eq!(read("15.769", None).as_deref(), Some("15769"));
        assert_eq!(read("1.234.567", None).as_deref(), Some("1234567"));
        assert_eq!(read("3,1", None).as_deref(), Some("3.1"));
        assert_eq!(read("13", Some("ribu")).as_deref(), Some("13000"));
        assert_eq!(read("1,5", Some("juta")).as_deref(), Some("1500000"));
        assert_eq!(read("2", Some("miliar")).as_deref(), Some("2000000000"));
        assert_eq!(
            read("1,5", Some("Triliun")).as_deref(),
            Some("1500000000000")
        );
        assert_eq!(read("7", Some("buah")).as_deref(), Some("7"));
    }

    #[test]
    fn a_multiplier_moves_digits_without_rounding() {
        let shifted = |text: &str, power| {
            Decimal::indonesian(text)
                .map(|d| d.times_ten_to(power).to_string())
                .unwrap_or_default()
        };
        assert_eq!(shifted("1,5", 6), "1500000");
        assert_eq!(shifted("13", 3), "13000");
        assert_eq!(shifted("0,0001", 3), "0.1");
        assert_eq!(shifted("2,123456", 3), "2123.456");
    }

    #[test]
    fn the_limits_are_those_check_applies() {
        let limit = |text: &str, whole| Decimal::parse(text).and_then(|d| d.limit(whole));
        assert_eq!(limit("1000000000000000", true), None);
        assert_eq!(limit("1000000000000001", true), Some(Limit::TooLarge));
        assert_eq!(limit(&"9".repeat(400), true), Some(Limit::TooLarge));
        assert_eq!(limit("3.1", true), Some(Limit::NotWhole));
        assert_eq!(limit("3.1", false), None);
        assert_eq!(limit("0.12345678901234567", false), Some(Limit::TooPrecise));
        assert_eq!(limit("147720915161315", true), None);
    }

    #[test]
    fn thousands_dots_give_the_number_meant() {
        assert_eq!(without_thousands_dots("21.000").as_deref(), Some("21000"));
        assert_eq!(
            without_thousands_dots("1.234.567").as_deref(),
            Some("1234567")
        );
        assert_eq!(
            without_thousands_dots("1.234.567,5").as_deref(),
            Some("1234567.5")
        );
        for other in ["21", "3.1", "0.035", "1234.567", "21.0000", "1.234,"] {
            assert_eq!(without_thousands_dots(other), None, "{other}");
        }
    }

    #[test]
    fn a_number_with_more_digits_than_yaml_keeps_is_read_otherwise() {
        assert_eq!(
            read_otherwise("0.12345678901234567"),
            Some(0.12345678901234566)
        );
        for exact in ["15769", "3.1", "1000000000000000", "99999999999999999", "x"] {
            assert_eq!(read_otherwise(exact), None, "{exact}");
        }
    }

    #[test]
    fn a_value_is_written_so_that_it_cannot_look_like_thousands() {
        let written = |text: &str| Decimal::parse(text).map(|d| d.unambiguous());
        assert_eq!(written("3.125").as_deref(), Some("3.1250"));
        assert_eq!(written("3.12").as_deref(), Some("3.12"));
        assert_eq!(written("15769").as_deref(), Some("15769"));
    }

    #[test]
    fn a_decimal_comma_becomes_a_dot_with_its_digits_kept() {
        assert_eq!(with_decimal_comma("3,1").as_deref(), Some("3.1"));
        assert_eq!(with_decimal_comma("03,10").as_deref(), Some("03.10"));
        for other in ["3.1", "3,", ",1", "1,2,3", "1.234,5", "3,1%"] {
            assert_eq!(with_decimal_comma(other), None, "{other}");
        }
    }

    #[test]
    fn the_number_before_words_or_a_sign_is_the_one_meant() {
        for (written, number) in [
            ("15.769 unit", "15769"),
            ("3,1%", "3.1"),
            ("12 unit usaha", "12"),
            ("2.5 persen", "2.5"),
        ] {
            assert_eq!(
                leading_number(written).as_deref(),
                Some(number),
                "{written}"
            );
        }
        for other in ["15769", "unit 12", " 12 unit", "tiga unit", "%"] {
            assert_eq!(leading_number(other), None, "{other}");
        }
    }
}
