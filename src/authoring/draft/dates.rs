//! When an article appeared, as far as its text pins it.
//!
//! A date is read from a weekday beside a full date (`Kamis (18/7/2019)`,
//! `Senin 9 November 2020`), else from a weekday with a day and a month
//! whose year only one candidate fits; otherwise it stays unknown, with a
//! note saying why and which years fit. A copyright line's year only bounds
//! the date from above (a site's footer carries the year the page was
//! seen). A date is never invented: a wrong year is worse than none.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use super::credit::copyright;
use super::periods::COMPARED;
use super::words::{month_name, month_named, regex};
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

/// Every year from 1900 to 2100 the text names, outside its copyright
/// lines: a site's footer carries the year the page was seen, not one
/// the article is about.
fn named_years(text: &str) -> BTreeSet<i32> {
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let year = regex(&YEAR, r"\b(19\d\d|20\d\d|2100)\b");
    text.lines()
        .filter(|line| {
            let lower = line.to_lowercase();
            !(lower.contains("copyright") || lower.contains("hak cipta") || line.contains('©'))
        })
        .flat_map(|line| year.captures_iter(line))
        .filter_map(|c| c[1].parse().ok())
        .collect()
}

/// The years of [`named_years`] the text names at least once as a time
/// of its own, not only as a point counted from or compared with (`sejak
/// 1970`, `dibandingkan 2010`): the likelier years of the article.
fn own_years(text: &str) -> BTreeSet<i32> {
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let year = regex(&YEAR, r"(?i)(?:\b([a-z]+)\s+)?\b(19\d\d|20\d\d|2100)\b");
    let named = named_years(text);
    year.captures_iter(text)
        .filter(|c| {
            c.get(1)
                .is_none_or(|w| !COMPARED.contains(&w.as_str().to_lowercase().as_str()))
        })
        .filter_map(|c| c[2].parse().ok())
        .filter(|y| named.contains(y))
        .collect()
}

/// A date as the notes write it: `22 Februari 2023`.
fn shown_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// A weekday's Indonesian name, capitalised.
fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Senin",
        Weekday::Tue => "Selasa",
        Weekday::Wed => "Rabu",
        Weekday::Thu => "Kamis",
        Weekday::Fri => "Jumat",
        Weekday::Sat => "Sabtu",
        Weekday::Sun => "Minggu",
    }
}

/// `2017 dan 2023`, `2016, 2019 dan 2022`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} dan {last}", rest.join(", ")),
    }
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
    /// The latest year the article can be from: its copyright line's, when
    /// that is not after today.
    latest: Option<i32>,
}

impl<'a> Dating<'a> {
    pub(super) fn of(text: &'a str, today: PartialDate) -> Dating<'a> {
        let latest = copyright(text)
            .map(|c| c.year)
            .filter(|&year| !PartialDate::year(year).is_after(&today));
        Dating {
            text,
            named_years: named_years(text),
            today,
            latest,
        }
    }

    /// The article's date as far as the text pins it, else unknown; with
    /// a note saying how, and what its copyright line bounds.
    pub(super) fn guess(&self) -> DateGuess {
        self.date().with_copyright(self.text, self.today)
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
            r"(?m)^[A-Z][A-Za-z .]+,\s*(\d{1,2})/(\d{1,2})\s*\([A-Za-z][^)\n]{1,40}\)",
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
        let named = weekday_named(weekday);
        let note = match named {
            Some(named) if named != date.weekday() => format!(
                "Dari \"{}\" dalam artikel; harinya tidak cocok dengan tanggalnya: {} jatuh pada hari {}. {} Periksa kembali.",
                seen.trim(),
                shown_date(date),
                weekday_name(date.weekday()),
                self.matching_near(date, named)
            ),
            _ => format!("Dari \"{}\" dalam artikel.", seen.trim()),
        };
        Some(DateGuess {
            date: Some(partial),
            note,
        })
    }

    /// The dates near `date` that fall on `weekday`, for a note: the
    /// nearest ones before and after it, and the nearest month in which
    /// its day of the month does (`Rabu (10/5/2020)`: 6 or 13 May, or 10
    /// June 2020, a typo of the month being as likely as one of the day).
    fn matching_near(&self, date: NaiveDate, weekday: Weekday) -> String {
        let not_after_today = |d: &NaiveDate| {
            PartialDate::day(d.year(), d.month() as u8, d.day() as u8)
                .is_some_and(|p| !p.is_after(&self.today))
        };
        let mut near: Vec<NaiveDate> = Vec::new();
        for step in [-1i64, 1] {
            let found = (1..7)
                .filter_map(|days| date.checked_add_signed(chrono::Duration::days(days * step)))
                .find(|d| d.weekday() == weekday);
            near.extend(found.filter(not_after_today));
        }
        let same_day = (1..=12).find_map(|months| {
            [-months, months].into_iter().find_map(|m| {
                let total = date.year() * 12 + date.month0() as i32 + m;
                let candidate = NaiveDate::from_ymd_opt(
                    total.div_euclid(12),
                    total.rem_euclid(12) as u32 + 1,
                    date.day(),
                )?;
                (candidate.weekday() == weekday && not_after_today(&candidate)).then_some(candidate)
            })
        });
        let shown: Vec<String> = near.iter().copied().map(shown_date).collect();
        let mut note = format!(
            "Hari {} terdekat: {}.",
            weekday_name(weekday),
            and_list(&shown).replace(" dan ", " atau ")
        );
        if let Some(same_day) = same_day {
            note.push_str(&format!(
                " Tanggal {} yang jatuh pada hari {} terdekat: {}.",
                date.day(),
                weekday_name(weekday),
                shown_date(same_day)
            ));
        }
        note
    }

    /// The year in which `day`/`month` fell on `weekday`: among the years the
    /// text names if exactly one fits, else within the last [`YEARS_BACK`]
    /// years if exactly one fits there; otherwise the date stays unknown.
    fn pin_year(&self, seen: &str, weekday: Weekday, day: u32, month: u32) -> DateGuess {
        let (today, this_year) = (self.today, self.today.year_number());
        let latest = self.latest;
        let fits = |year: i32| {
            NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d.weekday() == weekday)
                && PartialDate::day(year, month as u8, day as u8)
                    .is_some_and(|d| !d.is_after(&today))
                && latest.is_none_or(|latest| year <= latest)
        };
        let named: Vec<i32> = self
            .named_years
            .iter()
            .copied()
            .filter(|&y| fits(y))
            .collect();
        // The copyright line's year, when there is one, ends the window.
        let last_year = latest.map_or(this_year, |latest| latest.min(this_year));
        let window: Vec<i32> = (this_year - YEARS_BACK..=last_year)
            .filter(|&y| fits(y))
            .collect();
        let (year, how) = match (named.as_slice(), window.as_slice()) {
            ([year], _) => (*year, format!("tahun {year} disebut dalam artikel")),
            ([], [year]) => (
                *year,
                format!(
                    "dalam {}–{last_year} hanya pada tahun {year} tanggal itu jatuh pada hari tersebut",
                    this_year - YEARS_BACK,
                ),
            ),
            _ => {
                let (years, within) = if named.len() > 1 {
                    (&named, "di antara tahun yang disebut artikel".to_string())
                } else {
                    (&window, format!("dalam {}–{last_year}", this_year - YEARS_BACK))
                };
                // Of several named years that fit, the one the text names
                // as a time of its own (not `sejak 1970`) is the likely
                // one: proposed, never taken (issue 21, item 4).
                let own = own_years(self.text);
                let likely: Vec<i32> = named.iter().copied().filter(|y| own.contains(y)).collect();
                let likely = match likely.as_slice() {
                    [year] if named.len() > 1 => format!(
                        " Kemungkinan besar tahun {year}: satu-satunya di antaranya yang disebut artikel sebagai waktunya sendiri, bukan sebagai titik awal atau pembanding; tahun ini hanya disimpulkan, periksa dengan artikel."
                    ),
                    _ => String::new(),
                };
                let years: Vec<String> = years.iter().map(i32::to_string).collect();
                let date = format!("{day} {}", month_name(month));
                let weekday = weekday_name(weekday);
                return unknown(if years.is_empty() {
                    format!(
                        "Dari \"{seen}\" dalam artikel; tahunnya tidak disebut, dan {within} tidak ada tahun yang {date}-nya jatuh pada hari {weekday}."
                    )
                } else {
                    format!(
                        "Dari \"{seen}\" dalam artikel; tahunnya tidak disebut: {within}, {date} jatuh pada hari {weekday} pada tahun {}.{likely}",
                        and_list(&years)
                    )
                });
            }
        };
        DateGuess {
            date: PartialDate::day(year, month as u8, day as u8),
            note: format!("Dari \"{seen}\" dalam artikel; {how}."),
        }
    }
}

impl DateGuess {
    /// This guess, and when it found no date, what the article's copyright
    /// line (`Copyright © ANTARA 2024`) says: only that the article is
    /// from that year or before. The line is the site's footer as often
    /// as the article's own, so its year is never taken for the
    /// publication date (issue 21, item 7).
    fn with_copyright(self, text: &str, today: PartialDate) -> DateGuess {
        if self.date.is_some() {
            return self;
        }
        let Some(found) = copyright(text) else {
            return self;
        };
        if PartialDate::year(found.year).is_after(&today) {
            return self;
        }
        DateGuess {
            date: None,
            note: format!(
                "{} Baris hak cipta \"{}\" hanya batas atas: terbit paling lambat tahun {}.",
                self.note, found.line, found.year
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

    /// Found reading real articles: `Rabu (16/9)` fits 1970 and 2015,
    /// both named, but 1970 only as `sejak 1970`.
    #[test]
    fn of_several_named_years_the_one_not_counted_from_is_proposed() {
        let text =
            "IKM knalpot ada sejak 1970. Tahun 2015 ini produksinya naik, kata dia, Rabu (16/9).";
        let guess = Dating::of(text, today()).date();
        assert_eq!(guess.date, None, "{guess:?}");
        assert!(
            guess
                .note
                .contains("pada tahun 1970 dan 2015. Kemungkinan besar tahun 2015:"),
            "{}",
            guess.note
        );
        // Both named as times of their own: no year is proposed.
        let text = "Pada 1970 ada 5 IKM. Tahun 2015 ini produksinya naik, kata dia, Rabu (16/9).";
        let guess = Dating::of(text, today()).date();
        assert!(!guess.note.contains("Kemungkinan"), "{}", guess.note);
    }

    #[test]
    fn a_weekday_with_day_and_month_pins_the_year_only_when_one_fits() {
        // 17 November was a Thursday in 2016 and in 2022: two years fit.
        let text = "Lebak, 17/11 (Antara) - IKM tumbuh. Kepala dinas berkata, Kamis.";
        let guess = Dating::of(text, today()).date();
        assert_eq!(guess.date, None, "{guess:?}");
        assert!(
            guess
                .note
                .contains("17 November jatuh pada hari Kamis pada tahun 2016 dan 2022"),
            "{}",
            guess.note
        );
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

    /// Issue 21, item 7: a weekday that does not match its date is offered
    /// the dates near it that do.
    #[test]
    fn a_weekday_that_does_not_match_is_offered_the_dates_that_do() {
        let guess = Dating::of("jelas dia, Rabu (10/5/2020).", today()).date();
        assert_eq!(guess.date, PartialDate::day(2020, 5, 10));
        assert_eq!(
            guess.note,
            "Dari \"Rabu (10/5/2020)\" dalam artikel; harinya tidak cocok dengan tanggalnya: \
             10 Mei 2020 jatuh pada hari Minggu. Hari Rabu terdekat: 6 Mei 2020 atau 13 Mei 2020. \
             Tanggal 10 yang jatuh pada hari Rabu terdekat: 10 Juni 2020. Periksa kembali."
        );
    }

    /// Issue 21, item 7: a dateline with an outlet's regional credit and a
    /// weekday says which years fit; a copyright line's year bounds them
    /// and is never the date.
    #[test]
    fn a_dateline_without_a_year_says_which_years_fit() {
        let text = "Minahasa Utara, 22/2 (Antara Sulut) - IKM tumbuh, kata dia, Rabu.";
        let guess = Dating::of(text, today()).guess();
        assert_eq!(guess.date, None);
        assert!(
            guess.note.ends_with(
                "tahunnya tidak disebut: dalam 2016–2026, 22 Februari jatuh pada hari Rabu pada tahun 2017 dan 2023."
            ),
            "{}",
            guess.note
        );
        let text = format!("{text}\nCopyright © ANTARA 2020");
        let guess = Dating::of(&text, today()).guess();
        assert_eq!(guess.date, PartialDate::day(2017, 2, 22), "{guess:?}");
        let text = "Kendari - IKM tumbuh, kata dia, Selasa.\nCopyright © ANTARA 2024";
        let guess = Dating::of(text, today()).guess();
        assert_eq!(guess.date, None);
        assert!(
            guess
                .note
                .ends_with("Baris hak cipta \"Copyright © ANTARA 2024\" hanya batas atas: terbit paling lambat tahun 2024."),
            "{}",
            guess.note
        );
    }
}
