//! When an article appeared, as far as its text pins it.
//!
//! A date is read from a weekday beside a full date (`Kamis (18/7/2019)`,
//! `Senin 9 November 2020`), else from a weekday with a day and a month
//! whose year only one candidate fits, else from a copyright line's year;
//! and otherwise it stays unknown, with a note saying why. A date is never
//! invented: a wrong year is worse than none.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use super::credit::copyright;
use super::words::{month_named, regex};
use crate::model::PartialDate;

/// The date of the article as far as the text pins it, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct DateGuess {
    pub date: Option<PartialDate>,
    pub note: String,
}

const WEEKDAYS: [(&str, Weekday); 9] = [
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("jum'at", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
    ("ahad", Weekday::Sun),
];

/// How many years back a weekday and a day of the month are looked for
/// when the text names no year: news is drafted soon after it appears.
const YEARS_BACK: i32 = 10;

/// Every year from 1900 to 2100 the text names, and the year of a
/// copyright line.
fn named_years(text: &str) -> BTreeSet<i32> {
    static YEAR: OnceLock<Regex> = OnceLock::new();
    regex(&YEAR, r"\b(19\d\d|20\d\d|2100)\b")
        .captures_iter(text)
        .filter_map(|c| c[1].parse().ok())
        .collect()
}

fn weekday_named(word: &str) -> Option<Weekday> {
    let word = word.to_lowercase();
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, day)| *day)
}

/// What dating an article reads at every step: its text, the years it
/// names, and the day it is drafted on (no later date can be the
/// article's). Built once per article rather than passed to each step.
pub(super) struct Dating<'a> {
    text: &'a str,
    named_years: BTreeSet<i32>,
    today: PartialDate,
}

impl<'a> Dating<'a> {
    pub(super) fn of(text: &'a str, today: PartialDate) -> Dating<'a> {
        Dating {
            text,
            named_years: named_years(text),
            today,
        }
    }

    /// The article's date as far as the text pins it, else the year of its
    /// copyright line, else unknown; with a note saying how.
    pub(super) fn guess(&self) -> DateGuess {
        self.date().or_copyright(self.text, self.today)
    }

    /// The article's date: a full date beside a weekday (`Kamis (18/7/2019)`,
    /// `Senin 9 November 2020`); else a weekday with a day and a month
    /// (`Senin (8/11)`, or a dateline `Lebak, 17/11 (Antara)` with `Kamis`
    /// later), whose year is pinned only when one year fits; else unknown.
    fn date(&self) -> DateGuess {
        static FULL_NUMERIC: OnceLock<Regex> = OnceLock::new();
        static FULL_WORDS: OnceLock<Regex> = OnceLock::new();
        static DAY_MONTH: OnceLock<Regex> = OnceLock::new();
        static DATELINE: OnceLock<Regex> = OnceLock::new();
        let text = self.text;
        let weekday_word = WEEKDAY_WORD;

        let full = regex(
            &FULL_NUMERIC,
            &format!(r"{weekday_word},?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\s*\)"),
        );
        if let Some(c) = full.captures(text) {
            if let Some(guess) = self.exact(&c[0], &c[1], &c[2], &c[3], &c[4]) {
                return guess;
            }
        }
        let words = regex(
            &FULL_WORDS,
            &format!(r"(?i){weekday_word},?\s+(\d{{1,2}})\s+([A-Za-z]+)\s+(\d{{4}})"),
        );
        for c in words.captures_iter(text) {
            if let Some(month) = month_named(&c[3]) {
                if let Some(guess) = self.exact(&c[0], &c[1], &c[2], &month.to_string(), &c[4]) {
                    return guess;
                }
            }
        }
        let day_month = regex(
            &DAY_MONTH,
            &format!(r"{weekday_word},?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})\s*\)"),
        );
        let dateline = regex(
            &DATELINE,
            r"(?m)^[A-Z][A-Za-z .]+,\s*(\d{1,2})/(\d{1,2})\s*\((?:Antara|ANTARA|ANT)\)",
        );
        let pinned = if let Some(c) = day_month.captures(text) {
            Some((
                c[0].to_string(),
                weekday_named(&c[1]),
                c[2].to_string(),
                c[3].to_string(),
            ))
        } else {
            dateline.captures(text).map(|c| {
                let named = first_weekday(text);
                let seen = match named {
                    Some(day) => format!("{} … {day}", &c[0].trim()),
                    None => c[0].trim().to_string(),
                };
                let weekday = named.and_then(weekday_named);
                (seen, weekday, c[1].to_string(), c[2].to_string())
            })
        };
        if let Some((seen, Some(weekday), day, month)) = pinned {
            let (Ok(day), Ok(month)) = (day.parse::<u32>(), month.parse::<u32>()) else {
                return unknown(msg_unknown_date(text));
            };
            return self.pin_year(&seen, weekday, day, month);
        }
        unknown(msg_unknown_date(text))
    }

    /// A full date as written, checked against its weekday.
    fn exact(
        &self,
        seen: &str,
        weekday: &str,
        day: &str,
        month: &str,
        year: &str,
    ) -> Option<DateGuess> {
        let date =
            NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
        let partial = PartialDate::day(date.year(), date.month() as u8, date.day() as u8)?;
        if partial.is_after(&self.today) {
            return None;
        }
        let fits = weekday_named(weekday) == Some(date.weekday());
        let note = if fits {
            format!("Dari \"{}\" dalam artikel.", seen.trim())
        } else {
            format!(
                "Dari \"{}\" dalam artikel; harinya tidak cocok dengan tanggalnya, periksa kembali.",
                seen.trim()
            )
        };
        Some(DateGuess {
            date: Some(partial),
            note,
        })
    }

    /// The year in which `day`/`month` fell on `weekday`: among the years the
    /// text names if exactly one fits, else within the last [`YEARS_BACK`]
    /// years if exactly one fits there; otherwise the date stays unknown.
    fn pin_year(&self, seen: &str, weekday: Weekday, day: u32, month: u32) -> DateGuess {
        let (today, this_year) = (self.today, self.today.year_number());
        let fits = |year: i32| {
            NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d.weekday() == weekday)
                && PartialDate::day(year, month as u8, day as u8)
                    .is_some_and(|d| !d.is_after(&today))
        };
        let named: Vec<i32> = self
            .named_years
            .iter()
            .copied()
            .filter(|&y| fits(y))
            .collect();
        let window: Vec<i32> = (this_year - YEARS_BACK..=this_year)
            .filter(|&y| fits(y))
            .collect();
        let (year, how) = match (named.as_slice(), window.as_slice()) {
            ([year], _) => (*year, format!("tahun {year} disebut dalam artikel")),
            ([], [year]) => (
                *year,
                format!(
                    "dalam {}–{} hanya pada tahun {year} tanggal itu jatuh pada hari tersebut",
                    this_year - YEARS_BACK,
                    this_year
                ),
            ),
            _ => {
                let years: Vec<String> = window.iter().map(i32::to_string).collect();
                return unknown(format!(
                    "Dari \"{seen}\" dalam artikel; tahunnya tidak dapat dipastikan (bisa {}).",
                    if years.is_empty() {
                        "tahun lain".into()
                    } else {
                        years.join(", ")
                    }
                ));
            }
        };
        DateGuess {
            date: PartialDate::day(year, month as u8, day as u8),
            note: format!("Dari \"{seen}\" dalam artikel; {how}."),
        }
    }
}

impl DateGuess {
    /// This guess, or when it found no date, the year of the article's
    /// copyright line (`Copyright © ANTARA 2015`), with a note saying so:
    /// a year is all such a line gives, and it is the outlet's own.
    fn or_copyright(self, text: &str, today: PartialDate) -> DateGuess {
        if self.date.is_some() {
            return self;
        }
        let Some(found) = copyright(text) else {
            return self;
        };
        let year = PartialDate::year(found.year);
        if year.is_after(&today) {
            return self;
        }
        DateGuess {
            date: Some(year),
            note: format!(
                "Hanya tahunnya, dari baris hak cipta \"{}\"; tanggal terbitnya tidak disebut dalam teks.",
                found.line
            ),
        }
    }
}

fn unknown(note: String) -> DateGuess {
    DateGuess { date: None, note }
}

/// The names of the days of the week, as a group for the date patterns.
const WEEKDAY_WORD: &str = r"(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)";

/// The first day of the week the text names, as written.
fn first_weekday(text: &str) -> Option<&str> {
    static WEEKDAY: OnceLock<Regex> = OnceLock::new();
    let pattern = format!(r"\b{WEEKDAY_WORD}\b");
    regex(&WEEKDAY, &pattern).find(text).map(|m| m.as_str())
}

fn msg_unknown_date(text: &str) -> String {
    match first_weekday(text) {
        Some(day) => format!(
            "Artikel hanya menyebut hari {day} tanpa tanggal; tanggal terbitnya tidak diketahui."
        ),
        None => "Artikel tidak mencantumkan tanggal; tanggal terbitnya tidak diketahui.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> PartialDate {
        PartialDate::day(2026, 11, 30).unwrap()
    }

    #[test]
    fn a_weekday_with_day_and_month_pins_the_year_only_when_one_fits() {
        // 17 November was a Thursday in 2016 and in 2022: two years fit.
        let text = "Lebak, 17/11 (Antara) - IKM tumbuh. Kepala dinas berkata, Kamis.";
        let guess = Dating::of(text, today()).date();
        assert_eq!(guess.date, None, "{guess:?}");
        assert!(guess.note.contains("2016, 2022"), "{}", guess.note);
        // A year the text names settles it.
        let text = "Lebak, 17/11 (Antara) - Data 2016 mencatat 14.567 unit. Kamis.";
        let guess = Dating::of(text, today()).date();
        assert_eq!(guess.date, PartialDate::day(2016, 11, 17), "{guess:?}");
        assert!(guess.note.contains("2016 disebut"), "{}", guess.note);
    }

    #[test]
    fn a_date_whose_weekday_does_not_match_is_kept_with_a_warning_note() {
        let text = "kata dia, Senin (18/7/2019).";
        let guess = Dating::of(text, today()).date();
        assert_eq!(guess.date, PartialDate::day(2019, 7, 18));
        assert!(guess.note.contains("tidak cocok"), "{}", guess.note);
    }
}
