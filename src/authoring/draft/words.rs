//! What the draft's readers share: the compiled patterns and the month
//! names. A leaf below `draft` and its readers (credit lines, periods,
//! repeats), so none of them imports the module that uses it.

use std::sync::OnceLock;

use regex::Regex;

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The compiled `pattern`, once. The patterns are constants of this
/// module, each exercised by the tests below, so compiling cannot fail on
/// any input.
#[allow(clippy::expect_used)]
pub(crate) fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("a pattern of this module"))
}

/// A month by its Indonesian name, from 1.
pub(crate) fn month_named(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    MONTHS.iter().position(|m| *m == word).map(|i| i as u32 + 1)
}

/// The Indonesian name of month `month` (from 1), capitalised.
pub(crate) fn month_name(month: u32) -> String {
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .map_or_else(String::new, |m| {
            let mut chars = m.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
}
