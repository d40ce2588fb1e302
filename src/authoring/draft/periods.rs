//! Which period governs each number of a sentence.
//!
//! "Pada tahun 2013 jumlah IKM 14.327 unit, namun 2015 naik menjadi 15.454
//! unit" names a year for each count; giving both the sentence's first year
//! made `check` see a conflict the article does not have (issue 17, item 6).
//! A number is pinned to, in this order:
//!
//! 1. a year right after it (`15.454 unit pada 2015`, `3,03 persen di tahun
//!    2023`): at most two words (its unit) and then `pada`, `di`, `tahun`,
//!    `hingga` … before the year, with no other number or clause end between;
//! 2. the nearest year before it in its clause (`namun 2015 naik menjadi
//!    15.454`), or in the clause just before when that one holds no number,
//!    being only an opening such as `Pada tahun 2013,`;
//! 3. else the period the sentence names (`hingga November 2020`, `pada
//!    tahun 2013`), the rule from before clauses were read.
//!
//! `kini`, `sekarang`, `saat ini` (`hingga kini` …) end a year's reach: a
//! number after one, with no year after it or between, is for the
//! article's own date, not the year named earlier ("Pada 2008 jumlahnya
//! 1.141 orang dan kini 1.300 orang": issue 21, item 4).
//!
//! A clause ends at `, ` and `;`, and before `namun`, `sedangkan`, `tetapi`,
//! `sementara`, and a `dan` that opens a year (`dan pada 2015`). A bare
//! `dan` joins two names (`Industri Kecil dan Menengah`) more often than two
//! clauses, so it ends none.
//!
//! Clause ends and years are listed once per sentence in its order, and the
//! numbers ask in that order too, so cursors that only move forward answer
//! them; the look after a number reads a few words at most. A sentence
//! costs time linear in its length, however many numbers it holds.

use std::sync::OnceLock;

use regex::Regex;

use super::words::{month_named, regex};
use crate::model::PartialDate;

/// Words before a year that make it a point compared with or counted
/// from, not the period of the numbers near it: `1.458 orang dibandingkan
/// tahun 2022`, `sejak 2010`.
pub(super) const COMPARED: [&str; 7] = [
    "dibandingkan",
    "dibanding",
    "daripada",
    "ketimbang",
    "sejak",
    "dari",
    "sebelum",
];

/// Words after a compared year that go on to state its own figures
/// (`dibandingkan 2015 yang tercatat 60.056`).
const STATES_ITS_OWN: [&str; 5] = ["yang", "tercatat", "dengan", "sebanyak", "sebesar"];

/// Words that lead from a number to the year it is for.
const TO_ITS_YEAR: [&str; 11] = [
    "pada",
    "di",
    "ditahun",
    "per",
    "hingga",
    "sampai",
    "tahun",
    "bulan",
    "akhir",
    "awal",
    "pertengahan",
];

/// How far after a number its year is looked for, in bytes: a unit, a
/// preposition, `tahun`, a month and the year fit well within it.
const LOOK_AFTER: usize = 120;

/// The periods of one sentence, asked for number by number in order.
pub(super) struct Periods {
    /// Where each clause starts, ascending, the first at 0.
    clauses: Vec<usize>,
    /// Whether a number of each clause has been asked about.
    with_number: Vec<bool>,
    /// The years named, ascending: where each starts and ends, and the
    /// period (a month when one is written before the year).
    years: Vec<(usize, usize, PartialDate)>,
    /// Where each `kini`, `sekarang`, `saat ini` ends, ascending.
    nows: Vec<usize>,
    /// How many of them end before the last number asked about.
    nows_before: usize,
    /// The period of the whole sentence: the last resort.
    sentence: Option<PartialDate>,
    /// The clause of the last number asked about.
    clause: usize,
    /// How many years end before the last number asked about.
    years_before: usize,
}

impl Periods {
    pub(super) fn of(sentence: &str) -> Periods {
        static END: OnceLock<Regex> = OnceLock::new();
        static YEAR: OnceLock<Regex> = OnceLock::new();
        static NOW: OnceLock<Regex> = OnceLock::new();
        let nows = regex(&NOW, r"(?i)\b(?:kini|sekarang|saat\s+ini)\b")
            .find_iter(sentence)
            .map(|m| m.end())
            .collect();
        let end = regex(
            &END,
            r"(?i),\s|;|\s(?:namun|sedangkan|tetapi|sementara)\b|\sdan\s+(?:(?:pada|di)\s+)?(?:tahun\s+)?(?:19|20)\d\d\b",
        );
        let clauses: Vec<usize> = std::iter::once(0)
            .chain(
                end.find_iter(sentence)
                    .map(|m| m.start())
                    .filter(|&s| s > 0),
            )
            .collect();
        let year = regex(&YEAR, r"(?i)\b(?:([a-z]+)\s+)?((?:19|20)\d\d)\b");
        let bytes = sentence.as_bytes();
        let years = year
            .captures_iter(sentence)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let digits = c.get(2)?;
                // Part of a date (`18/7/2019`) or of a longer number
                // (`2019,5`): not a year of its own.
                let before = digits.start().checked_sub(1).map(|i| bytes[i]);
                let after = bytes.get(digits.end()).copied();
                let next = bytes.get(digits.end() + 1).copied();
                if before == Some(b'/')
                    || after == Some(b'/')
                    || (matches!(after, Some(b'.' | b','))
                        && next.is_some_and(|b| b.is_ascii_digit()))
                {
                    return None;
                }
                let word = c.get(1).map(|m| m.as_str().to_lowercase());
                // `dibandingkan 2015 yang tercatat 60.056` states 2015's
                // own figures: a year compared with that goes on to say
                // what it held is theirs (issue 21, item 3).
                let states_its_own = sentence[digits.end()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| STATES_ITS_OWN.contains(&w.to_lowercase().as_str()));
                if word.as_deref().is_some_and(|w| COMPARED.contains(&w)) && !states_its_own {
                    return None;
                }
                let year: i32 = digits.as_str().parse().ok()?;
                let month = word.as_deref().and_then(month_named);
                let (start, period) = match month {
                    Some(month) => (whole.start(), PartialDate::month(year, month as u8)?),
                    None => (digits.start(), PartialDate::year(year)),
                };
                Some((start, digits.end(), period))
            })
            .collect();
        Periods {
            with_number: vec![false; clauses.len()],
            clauses,
            years,
            sentence: period_in(sentence),
            nows,
            nows_before: 0,
            clause: 0,
            years_before: 0,
        }
    }

    /// The period of the number written at `start..end` of `sentence`,
    /// whose words after it end at `limit` (the next number, or the end).
    /// Numbers must be asked about in the order of the sentence.
    pub(super) fn of_number(
        &mut self,
        sentence: &str,
        (start, end): (usize, usize),
        limit: usize,
    ) -> Option<PartialDate> {
        while self
            .clauses
            .get(self.clause + 1)
            .is_some_and(|&c| c <= start)
        {
            self.clause += 1;
        }
        while self
            .years
            .get(self.years_before)
            .is_some_and(|&(_, e, _)| e <= start)
        {
            self.years_before += 1;
        }
        while self.nows.get(self.nows_before).is_some_and(|&e| e <= start) {
            self.nows_before += 1;
        }
        let clause = self.clause;
        let clause_end = self
            .clauses
            .get(clause + 1)
            .copied()
            .unwrap_or(sentence.len());
        let mut stop = limit.min(clause_end).min(end + LOOK_AFTER).max(end);
        while !sentence.is_char_boundary(stop) {
            stop -= 1;
        }
        let after = year_after(sentence.get(end..stop).unwrap_or(""));
        let before = self.years_before.checked_sub(1).and_then(|y| {
            let (year_start, _, period) = self.years[y];
            let own = year_start >= self.clauses[clause];
            let opening = clause > 0
                && year_start >= self.clauses[clause - 1]
                && !self.with_number[clause - 1];
            (own || opening).then_some(period)
        });
        self.with_number[clause] = true;
        // `kini` after the last year before the number: the article's
        // own time, unless a year follows the number itself.
        let last_year_end = self
            .years_before
            .checked_sub(1)
            .map_or(0, |y| self.years[y].1);
        let now = self
            .nows_before
            .checked_sub(1)
            .is_some_and(|n| self.nows[n] > last_year_end);
        if now {
            return after;
        }
        after.or(before).or(self.sentence)
    }
}

/// The year `words` (what follows a number) lead to at once: `unit pada
/// 2015`, `unit usaha pada tahun 2015`, `persen di tahun 2023`, `hingga
/// November 2020`.
fn year_after(words: &str) -> Option<PartialDate> {
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut words = words.split_whitespace().peekable();
    let mut unit_words = 0;
    while let Some(word) = words.peek() {
        let word = clean(word);
        if TO_ITS_YEAR.contains(&word.as_str()) || month_named(&word).is_some() {
            break;
        }
        if unit_words == 2
            || COMPARED.contains(&word.as_str())
            // Another item's: `14.327 unit dan 2015 …`.
            || word == "dan"
            || word == "atau"
            || word.is_empty()
            || !word.chars().all(char::is_alphabetic)
        {
            return None;
        }
        unit_words += 1;
        words.next();
    }
    let mut led = false;
    while words
        .peek()
        .is_some_and(|w| TO_ITS_YEAR.contains(&clean(w).as_str()))
    {
        led = true;
        words.next();
    }
    let month = words.peek().and_then(|w| month_named(&clean(w)));
    if month.is_some() {
        words.next();
    }
    let year = words.next().map(clean)?;
    let is_year = year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit());
    if !is_year || !(led || month.is_some()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    match month {
        Some(month) => PartialDate::month(year, month as u8),
        None => Some(PartialDate::year(year)),
    }
}

/// A period the sentence names for its figures: `hingga November 2020`,
/// `pada tahun 2013`, `hingga 2019`.
fn period_in(sentence: &str) -> Option<PartialDate> {
    static MONTH_YEAR: OnceLock<Regex> = OnceLock::new();
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let month_year = regex(
        &MONTH_YEAR,
        r"(?i)\b(?:hingga|sampai|per|pada|akhir|awal)\s+(?:bulan\s+)?([A-Za-z]+)\s+((?:19|20)\d\d)\b",
    );
    if let Some(c) = month_year.captures(sentence) {
        if let (Some(month), Ok(year)) = (month_named(&c[1]), c[2].parse::<i32>()) {
            return PartialDate::month(year, month as u8);
        }
    }
    let year = regex(
        &YEAR,
        r"(?i)\b(?:(?:di)?tahun|hingga|sampai|pada)\s+(?:tahun\s+)?((?:19|20)\d\d)\b",
    );
    year.captures(sentence)
        .and_then(|c| c[1].parse().ok())
        .map(PartialDate::year)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The periods of every number of `sentence` (each a run of digits
    /// with dots, not a year), in order.
    fn pinned(sentence: &str) -> Vec<(String, Option<String>)> {
        let number = Regex::new(r"\d+(?:\.\d{3})+|\b\d{1,3}\b").unwrap();
        let found: Vec<(usize, usize)> = number
            .find_iter(sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        let mut periods = Periods::of(sentence);
        found
            .iter()
            .enumerate()
            .map(|(i, &(start, end))| {
                let limit = found.get(i + 1).map_or(sentence.len(), |n| n.0);
                let period = periods.of_number(sentence, (start, end), limit);
                (
                    sentence[start..end].to_string(),
                    period.map(|p| p.to_string()),
                )
            })
            .collect()
    }

    fn pins(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(n, p)| (n.to_string(), p.map(str::to_string)))
            .collect()
    }

    #[test]
    fn each_number_takes_the_year_of_its_own_clause() {
        assert_eq!(
            pinned("Pada tahun 2013 jumlah IKM 14.327 unit, namun 2015 naik menjadi 15.454 unit."),
            pins(&[("14.327", Some("2013")), ("15.454", Some("2015"))])
        );
        // `sedangkan` ends a clause without a comma.
        assert_eq!(
            pinned("Tahun 2013 ada 14.327 unit sedangkan 2015 ada 15.454 unit."),
            pins(&[("14.327", Some("2013")), ("15.454", Some("2015"))])
        );
    }

    /// Found reading real articles: the number after `kini` took the
    /// year named before it.
    #[test]
    fn kini_ends_a_years_reach() {
        assert_eq!(
            pinned("Pada 2008 jumlahnya 1.141 orang dan kini 1.300 orang."),
            pins(&[("1.141", Some("2008")), ("1.300", None)])
        );
        assert_eq!(
            pinned("Tahun 2010 ada 120 unit, hingga saat ini 250 unit dan sekarang 300 unit pada 2015."),
            pins(&[("120", Some("2010")), ("250", None), ("300", Some("2015"))])
        );
    }

    #[test]
    fn a_year_right_after_a_number_is_its_own() {
        assert_eq!(
            pinned("Pada 2013 tercatat 14.327 unit dan naik menjadi 15.454 unit usaha pada tahun 2015."),
            pins(&[("14.327", Some("2013")), ("15.454", Some("2015"))])
        );
        assert_eq!(
            pinned("Jumlahnya 500 unit hingga November 2020."),
            pins(&[("500", Some("2020-11"))])
        );
    }

    #[test]
    fn a_year_compared_with_is_not_the_numbers_own() {
        // The year after `dibandingkan` is not this number's; the sentence's
        // period stays.
        assert_eq!(
            pinned("Pada tahun 2021 bertambah 1.458 orang dibandingkan tahun 2022."),
            pins(&[("1.458", Some("2021"))])
        );
    }

    /// Issue 21, item 3: the figures a compared year goes on to state
    /// are that year's; `ditahun 2022` is `di tahun 2022`.
    #[test]
    fn a_compared_year_that_states_its_figures_is_theirs() {
        assert_eq!(
            pinned("IKM menyerap 62.459 orang dari 12.356 IKM pada 2016 atau meningkat dibandingkan 2015 yang tercatat 60.056 orang dari 11.845 IKM."),
            pins(&[
                ("62.459", Some("2016")),
                ("12.356", Some("2016")),
                ("60.056", Some("2015")),
                ("11.845", Some("2015")),
            ])
        );
        assert_eq!(
            pinned("Lebih lanjut dia menerangkan, ditahun 2022 saja itu mencapai 16.345."),
            pins(&[("16.345", Some("2022"))])
        );
    }

    #[test]
    fn an_opening_clause_gives_its_year_to_the_next() {
        assert_eq!(
            pinned("Pada tahun 2013, jumlah IKM 14.327 unit, namun 2015, jumlahnya 15.454 unit."),
            pins(&[("14.327", Some("2013")), ("15.454", Some("2015"))])
        );
    }

    #[test]
    fn a_year_in_another_clause_does_not_reach_a_number() {
        // The clause of `Pada 2010` is closed by the comma after its number;
        // and `kini` ends its reach: the 500 is the article's own time,
        // not the sentence's period (issue 21, item 4).
        assert_eq!(
            pinned("Ada 12 sentra pada 2010, kini tercatat 500 unit."),
            pins(&[("12", Some("2010")), ("500", None)])
        );
        // `sejak 2010` counts from a year; it is no number's period.
        assert_eq!(pinned("Sejak 2010 ada 12 sentra."), pins(&[("12", None)]));
        // A bare `dan` joins names, not clauses.
        assert_eq!(
            pinned("namun 2015 jumlah industri kecil dan menengah naik menjadi 15.454 unit"),
            pins(&[("15.454", Some("2015"))])
        );
    }

    #[test]
    fn a_date_is_not_a_year_of_its_own() {
        assert_eq!(
            pinned("Kamis (18/7/2019) tercatat 500 unit."),
            pins(&[("18", None), ("7", None), ("500", None)])
        );
    }
}
