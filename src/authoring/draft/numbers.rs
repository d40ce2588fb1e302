//! Every number an article states, read the Indonesian way and placed.
//!
//! An article is read sentence by sentence: each number (`15.769`, `13
//! ribu`, `30-40 persen`, `dari 16.000 menjadi 16.500`) with whether it is
//! approximate, the period that governs it (see `periods`), the metric it
//! most likely is (see `guess`) and the words around it for the author to
//! check. A number stated twice is one figure, keeping what the fuller
//! statement adds. Dates, years, times and an editor's tag are not figures.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::around::{Marks, Said};
use super::guess::{guess_metric, metric_words, Around, MetricWords};
use super::periods::Periods;
use super::words::regex;
use crate::model::number::{indonesian_number, Decimal, MULTIPLIERS};
use crate::model::{Metric, PartialDate};

/// One number the article states, read and placed.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    /// The value, digit for digit: `15.769` → 15769, `13 ribu` → 13000.
    pub value: Decimal,
    /// The high end, for `30-40 persen`.
    pub high: Option<Decimal>,
    pub percent: bool,
    /// `sekitar`, `kurang lebih`, `sedikitnya` … before it.
    pub approx: bool,
    /// An upper bound (`tidak mencapai 1000`, `kurang dari 50`): also
    /// approximate, and said in its note.
    pub upper_bound: bool,
    /// When the words make it a bound, what `approx` says (`more_than`,
    /// `less_than`, `almost`) rather than "sekitar".
    pub bound: Option<&'static str>,
    /// The starting value of `dari 16.000 menjadi 16.500`, or of `dari
    /// sebelumnya 26.336`.
    pub baseline: bool,
    /// A change, not a level: `meningkat 142 unit`, `penambahan sebanyak
    /// 2.896 unit`. Never written as a figure's value (issue 21, item 4).
    pub change: bool,
    /// Another region the article says the number is for (`2.270 usaha di
    /// Kota Tarakan`), as written (issue 21, item 9).
    pub region: Option<String>,
    /// The metric it most likely is; `None` when no word around it says.
    pub metric: Option<String>,
    /// A period the same sentence names (`hingga November 2020`).
    pub as_of: Option<PartialDate>,
    /// Said to be for the year before the article's (`tahun lalu`,
    /// `tahun kemarin`), with no year of its own: [`super::draft`] gives it
    /// that year when the article's date is known.
    pub last_year: bool,
    /// The words around it, for the author to check against.
    pub context: String,
}

/// The article split into sentences, keeping line breaks as ends.
fn sentences(text: &str) -> Vec<String> {
    static END: OnceLock<Regex> = OnceLock::new();
    let end = regex(&END, r#"[.!?]["”’]?\s+"#);
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut start = 0;
        for m in end.find_iter(line) {
            // A sentence ends only where the next one starts with a capital
            // or a quote, not inside `Rp 1.5 juta` or `dll. dan`.
            let next = line[m.end()..].chars().next();
            if !next.is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“')) {
                continue;
            }
            out.push(line[start..m.end()].trim().to_string());
            start = m.end();
        }
        if start < line.len() {
            out.push(line[start..].trim().to_string());
        }
    }
    out
}

/// What makes two statements of a number the same figure, but for the
/// metric: its value, high end, and whether it is a percent or a baseline.
type Sameness = (Decimal, Option<Decimal>, bool, bool);

/// The numbers found so far, and where each is by what makes it the same
/// figure, so that a repeated statement is met by a look-up, not a search
/// of everything before it.
#[derive(Default)]
struct Found {
    numbers: Vec<FoundNumber>,
    seen: HashMap<Sameness, Vec<usize>>,
}

impl Found {
    /// Adds `number`, or merges it into the same figure stated before.
    fn add(&mut self, number: FoundNumber) {
        let key = (
            number.value.clone(),
            number.high.clone(),
            number.percent,
            number.baseline,
        );
        let same = self.seen.entry(key).or_default();
        // The same number for another metric (`15 IKM`, later
        // `15 produk`) is another figure.
        let first = same.iter().copied().find(|&f| {
            self.numbers[f].metric == number.metric
                || self.numbers[f].metric.is_none()
                || number.metric.is_none()
        });
        match first.map(|f| &mut self.numbers[f]) {
            // A number stated twice (a headline, then the body) keeps
            // what the fuller statement adds: `sekitar`, a period,
            // a metric, and that statement's words.
            Some(first) => {
                if (number.approx && !first.approx)
                    || (number.as_of.is_some() && first.as_of.is_none())
                {
                    first.context = number.context;
                }
                first.approx |= number.approx;
                first.bound = first.bound.or(number.bound);
                first.as_of = first.as_of.or(number.as_of);
                if first.metric.is_none() {
                    first.metric = number.metric;
                }
            }
            None => {
                same.push(self.numbers.len());
                self.numbers.push(number);
            }
        }
    }
}

/// Every number stated in `text`, placed where possible.
pub(super) fn numbers(text: &str, metrics: &[Metric]) -> Vec<FoundNumber> {
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    static SKIP: OnceLock<Regex> = OnceLock::new();
    let num = r"\d+(?:[.,]\d+)*";
    let words: Vec<&str> = MULTIPLIERS.iter().map(|(word, _)| *word).collect();
    // `ribuan` is `ribu` read as approximate; `\b` keeps `rb` from the
    // start of a word.
    let mult = format!(r"(?:\s*({})(?:an)?\b)?", words.join("|"));
    let pattern = format!(
        r"(?i)(?:(?:dari\s+(?:semula\s+)?)?(?P<from>{num}){mult}\s+menjadi\s+(?P<to>{num}){mult})|(?:(?P<low>{num})\s*(?:-|–|hingga|sampai)\s*(?P<high>{num}){mult}\s*(?P<rp>persen|%)?)|(?:(?P<n>{num}){mult}(?:\s*(?P<p>persen|%))?)"
    );
    let number = regex(&NUMBER, &pattern);
    // Dates, times, years, names with numbers and an editor's tag such as
    // `(A1)` at the end of an article are not figures. A clock time is
    // `17:46`, `21.58 WITA` or `pukul 09.00`: with a colon always, with a
    // dot only beside its zone or `pukul`, as `21.58` alone could be a
    // figure written the English way (issue 21, item 4).
    let skip = regex(
        &SKIP,
        r"(?i)\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b|\b(?:19|20)\d\d\b|[A-Za-z]-\d+|\bcovid[\s-]*19\b|\b\d+\s+(?:tahun|bulan|minggu|hari)\s+(?:yang\s+)?(?:lalu|silam|terakhir|belakangan)\b|(?-i:\(\s*[A-Z]{1,3}\s*\d{1,2}\s*\))|\b(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?\b|\b\d{1,2}[.:]\d{2}\s*(?:WITA|WIB|WIT)\b|\b\d{1,2}:\d{2}\b",
    );
    let known = metric_words(metrics);
    let mut found = Found::default();
    for sentence in sentences(text) {
        let skipped: Vec<(usize, usize)> = skip
            .find_iter(&sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        let mut periods = Periods::of(&sentence);
        let marks = Marks::of(&sentence);
        // Both lists are in the order of the sentence, so one pass over
        // each finds the numbers no skipped span overlaps; each number is
        // placed as it comes, knowing only its neighbours.
        let mut next_skip = 0;
        let mut matches = number
            .captures_iter(&sentence)
            .filter(|c| {
                let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
                while skipped.get(next_skip).is_some_and(|&(_, e)| e <= start) {
                    next_skip += 1;
                }
                skipped.get(next_skip).is_none_or(|&(s, _)| s >= end)
            })
            .peekable();
        let mut previous_end = 0;
        while let Some(c) = matches.next() {
            let whole = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let after = &sentence[whole.1..];
            // The words that belong to this number: from the one before it
            // to the one after it, so a neighbour's words do not place it.
            let to = matches
                .peek()
                .and_then(|n| n.get(0))
                .map_or(sentence.len(), |m| m.start());
            let window = &sentence[previous_end..to];
            let previous_before = previous_end;
            previous_end = whole.1;
            let since_previous = &sentence[previous_before..whole.0];
            let said = Said::of(since_previous, &sentence[whole.0..whole.1], after);
            // `naik dari 16.000 menjadi 16.500` is a baseline and a level.
            let said = Said {
                change: said.change && c.name("from").is_none(),
                ..said
            };
            let region = marks.region(&sentence, whole, to);
            let context = context(&sentence, whole);
            let mut push = |value: Decimal,
                            high: Option<Decimal>,
                            percent: bool,
                            baseline: bool,
                            as_of: Option<PartialDate>| {
                let metric = if said.not_a_count {
                    None
                } else {
                    guess_metric(
                        &known,
                        percent,
                        &Around {
                            window,
                            since_previous,
                            after,
                            earlier_kinds: marks.earlier_kinds(whole.0),
                        },
                    )
                };
                let number = FoundNumber {
                    value,
                    high,
                    percent,
                    approx: said.approx,
                    upper_bound: said.upper_bound,
                    bound: said.bound,
                    baseline: baseline || said.baseline,
                    change: said.change && !percent && !baseline,
                    region: region.clone(),
                    metric,
                    as_of,
                    last_year: as_of.is_none() && marks.last_year(&sentence, whole, to),
                    context: context.clone(),
                };
                found.add(number);
            };
            let multiplier = |i: usize| c.get(i).map(|m| m.as_str());
            if let (Some(from_match), Some(to_match)) = (c.name("from"), c.name("to")) {
                let from_as_of = periods.of_number(&sentence, span(&from_match), to_match.start());
                let to_as_of = periods.of_number(&sentence, span(&to_match), to);
                let (Some(from), Some(to)) = (
                    indonesian_number(from_match.as_str(), multiplier(2)),
                    indonesian_number(to_match.as_str(), multiplier(4)),
                ) else {
                    continue;
                };
                push(from, None, false, true, from_as_of);
                push(to, None, false, false, to_as_of);
            } else if let (Some(low), Some(high)) = (c.name("low"), c.name("high")) {
                let (Some(low), Some(high)) = (
                    indonesian_number(low.as_str(), None),
                    indonesian_number(high.as_str(), multiplier(7)),
                ) else {
                    continue;
                };
                let as_of = periods.of_number(&sentence, whole, to);
                push(low, Some(high), c.name("rp").is_some(), false, as_of);
            } else if let Some(n) = c.name("n") {
                let Some(value) = indonesian_number(n.as_str(), multiplier(10)) else {
                    continue;
                };
                let as_of = periods.of_number(&sentence, whole, to);
                push(value, None, c.name("p").is_some(), false, as_of);
            }
        }
        word_numbers(&sentence, &known, &marks, &mut found);
    }
    found.numbers
}

/// How far around a number written in words its metric's words are
/// looked for, in bytes: the numbers next to it are not known.
const NEAR_BYTES: usize = 120;

/// The numbers of a sentence written in words with a scale (`tiga
/// ribuan`, `seratus`, `dua juta`): `ribuan` and the like are approximate
/// (issue 21, item 6). A compound (`lima ratus ribu`) is left alone
/// rather than read as part of it.
fn word_numbers(sentence: &str, known: &[MetricWords], marks: &Marks, found: &mut Found) {
    static WORDS: OnceLock<Regex> = OnceLock::new();
    let words = regex(
        &WORDS,
        r"(?i)\b(se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(ratus|ribu|juta)(an)?\b",
    );
    const DIGITS: [&str; 11] = [
        "se", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh",
    ];
    let mut periods = Periods::of(sentence);
    for c in words.captures_iter(sentence) {
        let Some(whole) = c.get(0) else { continue };
        let after = &sentence[whole.end()..];
        let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
        if ["ratus", "ribu", "juta", "miliar"].contains(&next.as_str()) {
            continue;
        }
        let digit = DIGITS
            .iter()
            .position(|d| c[1].eq_ignore_ascii_case(d))
            .map_or(1, |i| i.max(1));
        let power = match c[2].to_lowercase().as_str() {
            "ratus" => 2,
            "ribu" => 3,
            _ => 6,
        };
        let Some(value) = Decimal::parse(&digit.to_string()).map(|d| d.times_ten_to(power)) else {
            continue;
        };
        let before = &sentence[..whole.start()];
        let said = Said::of(before, whole.as_str(), after);
        let as_of = periods.of_number(sentence, (whole.start(), whole.end()), sentence.len());
        // The words around it, a few on each side, as a window.
        let mut from = whole.start().saturating_sub(NEAR_BYTES);
        while !sentence.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (whole.end() + NEAR_BYTES).min(sentence.len());
        while !sentence.is_char_boundary(to) {
            to += 1;
        }
        let metric = if said.not_a_count {
            None
        } else {
            guess_metric(
                known,
                false,
                &Around {
                    window: &sentence[from..to],
                    since_previous: &sentence[from..whole.start()],
                    after,
                    earlier_kinds: marks.earlier_kinds(whole.start()),
                },
            )
        };
        found.add(FoundNumber {
            value,
            high: None,
            percent: false,
            approx: said.approx || c.get(3).is_some(),
            upper_bound: said.upper_bound,
            bound: said.bound,
            baseline: said.baseline,
            change: said.change,
            region: marks.region(sentence, (whole.start(), whole.end()), sentence.len()),
            metric,
            as_of,
            last_year: as_of.is_none()
                && marks.last_year(sentence, (whole.start(), whole.end()), sentence.len()),
            context: context(sentence, (whole.start(), whole.end())),
        });
    }
}

/// Where a match is in its sentence.
fn span(m: &regex::Match) -> (usize, usize) {
    (m.start(), m.end())
}

/// The words around a match, four on each side, for the author to check:
/// enough to find the place in the article, too few to be a quotation.
/// Read outward from the match, so a long sentence is not split again for
/// each of its numbers. A `…` marks only where the sentence was cut, and
/// takes the place of a full stop or comma there, so a note never ends
/// `15.454 unit.…` (issue 17, item 13).
fn context(sentence: &str, (start, end): (usize, usize)) -> String {
    let mut before = sentence[..start].split_whitespace().rev();
    let mut words: Vec<&str> = before.by_ref().take(4).collect();
    let cut_before = before.next().is_some();
    words.reverse();
    // Punctuation right after the number stays with it (`1061,`).
    let rest = &sentence[end..];
    let attached = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let number = format!("{}{}", sentence[start..end].trim(), &rest[..attached]);
    words.push(number.as_str());
    let mut after = rest[attached..].split_whitespace();
    words.extend(after.by_ref().take(4));
    let cut_after = after.next().is_some();
    // The context goes into a comment (or a note), so only characters a
    // YAML comment may hold survive.
    let text = crate::authoring::comment_text(&words.join(" "));
    let mut text = text
        .trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c == ' ')
        .to_string();
    if cut_after {
        let kept = text.trim_end_matches(['.', ',', ';', ':', '…', ' ']).len();
        text.truncate(kept);
        text.push('…');
    }
    if cut_before {
        text.insert(0, '…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by a new user: the editor's tag `(A1)` closing seed 004
    /// was drafted as an `ikm_ritel` count of 1.
    #[test]
    fn an_editors_tag_is_not_a_figure() {
        let found = numbers("Ada 15 IKM di Lebak.(A1) Lalu (B 2 )", &[]);
        let values: Vec<String> = found.iter().map(|n| n.value.to_string()).collect();
        assert_eq!(values, ["15"]);
    }

    /// Found reading real articles: `17:46 WIB` was listed as 17 and 46.
    #[test]
    fn a_clock_time_is_not_a_figure() {
        let found = numbers(
            "Diunggah 17:46 WIB, dibuka 10:30 dan pukul 09.00, tutup 21.58 WITA. Ada 15 IKM.",
            &[],
        );
        let values: Vec<String> = found.iter().map(|n| n.value.to_string()).collect();
        assert_eq!(values, ["15"]);
    }

    #[test]
    fn a_bound_is_drafted_as_its_own_kind_of_approx() {
        let found = numbers(
            "Ada lebih dari 63.000 pekerja, hampir 73 ribu unit, tidak mencapai 1.000 produk, sekitar 700 sentra dan 7900 lebih usaha.",
            &[],
        );
        let kinds: Vec<(String, bool, Option<&str>)> = found
            .iter()
            .map(|n| (n.value.to_string(), n.approx, n.bound))
            .collect();
        assert_eq!(
            kinds,
            [
                ("63000".to_string(), true, Some("more_than")),
                ("73000".to_string(), true, Some("almost")),
                ("1000".to_string(), true, Some("less_than")),
                ("700".to_string(), true, None),
                ("7900".to_string(), true, Some("more_than")),
            ]
        );
    }
}
