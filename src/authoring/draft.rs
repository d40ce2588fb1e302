//! `ikm-site draft`: a news item drafted from the plain text of an article.
//!
//! Reading an article for every number and working out its date by hand is
//! where `21.000`-style slips and wrong years come from, so the draft does
//! the reading: every number the article states, understood the Indonesian
//! way (`15.769`, `13 ribu`, `1,5 juta`, `30-40 persen`, `sekitar 700`,
//! `16.000 menjadi 16.500`), with the metric it most likely is and the words
//! around it as a note to check; the outlet from a domain or `(ANT)`; the
//! date only as far as the text pins it. It never writes the summary: the
//! article's sentences are not ours to publish, so that stays a TODO.
//!
//! Everything here is a guess for an author to confirm, and the output
//! says so; `check` still has the last word.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use crate::content::source::Source;
use crate::content::validate::MAX_FIGURES_PER_ITEM;
use crate::diagnostics::Diagnostic;
use crate::model::date::Precision;
use crate::model::number::{Decimal, Limit};
use crate::model::{Metric, MetricKind, PartialDate, Place, Vocabularies};
use crate::msg;

mod credit;
mod periods;
pub mod repeat;
mod words;
use credit::{copyright, outlet};
use periods::Periods;
use words::{month_named, regex};

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
    /// The starting value of `dari 16.000 menjadi 16.500`.
    pub baseline: bool,
    /// The metric it most likely is; `None` when no word around it says.
    pub metric: Option<String>,
    /// A period the same sentence names (`hingga November 2020`).
    pub as_of: Option<PartialDate>,
    /// The words around it, for the author to check against.
    pub context: String,
}

/// The date of the article as far as the text pins it, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct DateGuess {
    pub date: Option<PartialDate>,
    pub note: String,
}

/// A drafted news item.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub outlet: Option<String>,
    pub date: DateGuess,
    pub numbers: Vec<FoundNumber>,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    /// The region's news item this article already is, once looked for
    /// with [`repeat::repeat_of`]; the YAML then says so at its top.
    pub repeat: Option<Repeat>,
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

/// Words before a number that make it approximate.
const APPROX_WORDS: [&str; 8] = [
    "sekitar",
    "kurang lebih",
    "lebih dari",
    "hampir",
    "sedikitnya",
    "setidaknya",
    "kira-kira",
    "mencapai lebih",
];

/// Drafts a news item from `text` against the site's metrics and
/// vocabularies, as if on `today`.
pub fn draft(
    text: &str,
    metrics: &[Metric],
    vocabularies: &Vocabularies,
    today: PartialDate,
) -> Draft {
    let title = headline(text)
        .unwrap_or("TODO: judul asli artikel")
        .to_string();
    let named_years = named_years(text);
    Draft {
        title,
        outlet: outlet(text),
        date: date(text, &named_years, today).or_copyright(text, today),
        numbers: numbers(text, metrics),
        sectors: tags(text, vocabularies.sectors.as_ref()),
        topics: tags(text, vocabularies.topics.as_ref()),
        repeat: None,
    }
}

/// The headline: the first line of a few words that reads like one (not a
/// section label such as `Kendari`, not a whole first paragraph).
fn headline(text: &str) -> Option<&str> {
    text.lines().map(str::trim).take(5).find(|line| {
        let words = line.split_whitespace().count();
        (3..=25).contains(&words) && line.len() <= 160 && !line.ends_with('.')
    })
}

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

/// The article's date: a full date beside a weekday (`Kamis (18/7/2019)`,
/// `Senin 9 November 2020`); else a weekday with a day and a month
/// (`Senin (8/11)`, or a dateline `Lebak, 17/11 (Antara)` with `Kamis`
/// later), whose year is pinned only when one year fits; else unknown.
fn date(text: &str, named_years: &BTreeSet<i32>, today: PartialDate) -> DateGuess {
    static FULL_NUMERIC: OnceLock<Regex> = OnceLock::new();
    static FULL_WORDS: OnceLock<Regex> = OnceLock::new();
    static DAY_MONTH: OnceLock<Regex> = OnceLock::new();
    static DATELINE: OnceLock<Regex> = OnceLock::new();
    let weekday_word = WEEKDAY_WORD;

    let full = regex(
        &FULL_NUMERIC,
        &format!(r"{weekday_word},?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\s*\)"),
    );
    if let Some(c) = full.captures(text) {
        if let Some(guess) = exact(&c[0], &c[1], &c[2], &c[3], &c[4], today) {
            return guess;
        }
    }
    let words = regex(
        &FULL_WORDS,
        &format!(r"(?i){weekday_word},?\s+(\d{{1,2}})\s+([A-Za-z]+)\s+(\d{{4}})"),
    );
    for c in words.captures_iter(text) {
        if let Some(month) = month_named(&c[3]) {
            if let Some(guess) = exact(&c[0], &c[1], &c[2], &month.to_string(), &c[4], today) {
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
        return pin_year(&seen, weekday, day, month, named_years, today);
    }
    unknown(msg_unknown_date(text))
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

/// A full date as written, checked against its weekday.
fn exact(
    seen: &str,
    weekday: &str,
    day: &str,
    month: &str,
    year: &str,
    today: PartialDate,
) -> Option<DateGuess> {
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
    let partial = PartialDate::day(date.year(), date.month() as u8, date.day() as u8)?;
    if partial.is_after(&today) {
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
fn pin_year(
    seen: &str,
    weekday: Weekday,
    day: u32,
    month: u32,
    named_years: &BTreeSet<i32>,
    today: PartialDate,
) -> DateGuess {
    let this_year = today.year_number();
    let fits = |year: i32| {
        NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d.weekday() == weekday)
            && PartialDate::day(year, month as u8, day as u8).is_some_and(|d| !d.is_after(&today))
    };
    let named: Vec<i32> = named_years.iter().copied().filter(|&y| fits(y)).collect();
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

/// `15.769` → 15769, `3,1` → 3.1, `1,5` with `juta` → 1500000: exact,
/// whatever the number of digits (see [`Decimal`]).
pub fn indonesian_number(written: &str, multiplier: Option<&str>) -> Option<Decimal> {
    let power = match multiplier.map(str::to_lowercase).as_deref() {
        Some("ribu") => 3,
        Some("juta") => 6,
        Some("miliar") => 9,
        Some("triliun") => 12,
        _ => 0,
    };
    Some(Decimal::indonesian(written)?.times_ten_to(power))
}

/// What makes two statements of a number the same figure, but for the
/// metric: its value, high end, and whether it is a percent or a baseline.
type Sameness = (Decimal, Option<Decimal>, bool, bool);

/// Every number stated in `text`, placed where possible.
fn numbers(text: &str, metrics: &[Metric]) -> Vec<FoundNumber> {
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    static SKIP: OnceLock<Regex> = OnceLock::new();
    let num = r"\d+(?:[.,]\d+)*";
    let mult = r"(?:\s*(ribu|juta|miliar|triliun))?";
    let pattern = format!(
        r"(?i)(?:(?:dari\s+(?:semula\s+)?)?(?P<from>{num}){mult}\s+menjadi\s+(?P<to>{num}){mult})|(?:(?P<low>{num})\s*(?:-|–|hingga|sampai)\s*(?P<high>{num}){mult}\s*(?P<rp>persen|%)?)|(?:(?P<n>{num}){mult}(?:\s*(?P<p>persen|%))?)"
    );
    let number = regex(&NUMBER, &pattern);
    // Dates, times, years, names with numbers and an editor's tag such as
    // `(A1)` at the end of an article are not figures.
    let skip = regex(
        &SKIP,
        r"(?i)\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b|\b(?:19|20)\d\d\b|[A-Za-z]-\d+|(?-i:\(\s*[A-Z]{1,3}\s*\d{1,2}\s*\))",
    );
    let known = metric_words(metrics);
    let mut found: Vec<FoundNumber> = Vec::new();
    // Where each number already found is in `found`, so that a repeated
    // statement is met by a look-up, not a search of everything before it.
    let mut seen: HashMap<Sameness, Vec<usize>> = HashMap::new();
    for sentence in sentences(text) {
        let skipped: Vec<(usize, usize)> = skip
            .find_iter(&sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        let mut periods = Periods::of(&sentence);
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
            let before = &sentence[..whole.0];
            let after = &sentence[whole.1..];
            // The words that belong to this number: from the one before it
            // to the one after it, so a neighbour's words do not place it.
            let to = matches
                .peek()
                .and_then(|n| n.get(0))
                .map_or(sentence.len(), |m| m.start());
            let window = &sentence[previous_end..to];
            previous_end = whole.1;
            let approx = approx_before(before);
            let context = context(&sentence, whole);
            let mut push = |value: Decimal,
                            high: Option<Decimal>,
                            percent: bool,
                            baseline: bool,
                            as_of: Option<PartialDate>| {
                let metric = guess_metric(&known, percent, window, after);
                let number = FoundNumber {
                    value,
                    high,
                    percent,
                    approx,
                    baseline,
                    metric,
                    as_of,
                    context: context.clone(),
                };
                let key = (
                    number.value.clone(),
                    number.high.clone(),
                    number.percent,
                    number.baseline,
                );
                let same = seen.entry(key).or_default();
                // The same number for another metric (`15 IKM`, later
                // `15 produk`) is another figure.
                let first = same.iter().copied().find(|&f| {
                    found[f].metric == number.metric
                        || found[f].metric.is_none()
                        || number.metric.is_none()
                });
                match first.map(|f| &mut found[f]) {
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
                        first.as_of = first.as_of.or(number.as_of);
                        if first.metric.is_none() {
                            first.metric = number.metric;
                        }
                    }
                    None => {
                        same.push(found.len());
                        found.push(number);
                    }
                }
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
    }
    found
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
    words.push(sentence[start..end].trim());
    let mut after = sentence[end..].split_whitespace();
    words.extend(after.by_ref().take(4));
    let cut_after = after.next().is_some();
    // The context goes into a comment (or a note), so only characters a
    // YAML comment may hold survive.
    let text = super::comment_text(&words.join(" "));
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

/// Whether one of [`APPROX_WORDS`] is among the last three words before a
/// number (only those are lowered, not the whole sentence before it).
fn approx_before(before: &str) -> bool {
    let mut tail: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    tail.reverse();
    let tail = tail.join(" ").to_lowercase();
    APPROX_WORDS.iter().any(|w| tail.contains(w))
}

/// An Indonesian word reduced to a rough root, so that `melatih` meets
/// `pelatihan` and `bertumbuh` meets `pertumbuhan`.
fn root(word: &str) -> String {
    let mut word = word.to_lowercase();
    for suffix in ["nya", "kan", "an"] {
        if word.len() > suffix.len() + 3 {
            if let Some(stem) = word.strip_suffix(suffix) {
                word = stem.to_string();
            }
        }
    }
    for prefix in [
        "meng", "peng", "mem", "men", "pem", "pen", "per", "ber", "ter", "me", "pe", "di",
    ] {
        if word.len() > prefix.len() + 3 {
            if let Some(stem) = word.strip_prefix(prefix) {
                return stem.to_string();
            }
        }
    }
    word
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(|w| root(spelling(w)))
        .collect()
}

/// One spelling for a word news writes two ways (`retail`, `ritel`), so a
/// metric's label finds either.
fn spelling(word: &str) -> &str {
    match word.to_lowercase().as_str() {
        "retail" => "ritel",
        _ => word,
    }
}

/// What [`guess_metric`] compares of one metric, worked out once per
/// draft rather than again for every number of the article.
struct MetricWords<'a> {
    metric: &'a Metric,
    /// The words of its unit (`unit`, `usaha`), lower-case.
    unit_words: Vec<String>,
    /// The roots of its label's and id's words, less the words every
    /// metric shares and its unit's.
    label_words: BTreeSet<String>,
    /// A count whose first metric "jumlah …" is.
    jumlah: bool,
}

fn metric_words(metrics: &[Metric]) -> Vec<MetricWords<'_>> {
    // Compared as roots, as the label's words are: `dengan` is `deng`.
    let ignored: Vec<String> = ["jumlah", "ikm", "per", "tahun", "dengan"]
        .into_iter()
        .map(root)
        .collect();
    metrics
        .iter()
        .map(|metric| {
            let unit_words: Vec<String> = metric
                .unit
                .as_deref()
                .unwrap_or("")
                .split([' ', '/'])
                .filter(|w| !w.is_empty() && *w != "%")
                .map(str::to_lowercase)
                .collect();
            let label = format!("{} {}", metric.label, metric.id.replace('_', " "));
            // A metric's unit words count only right after the number, not
            // anywhere near it (`di 8 Kabupaten/kota` places the 8, not a 1
            // elsewhere in the sentence).
            let unit_roots: Vec<String> = unit_words.iter().map(|w| root(w)).collect();
            let label_words = words(&label)
                .into_iter()
                .filter(|w| !ignored.contains(w) && !unit_roots.contains(w))
                .collect();
            MetricWords {
                metric,
                unit_words,
                label_words,
                jumlah: metric.id == "jumlah_ikm"
                    || metric.label.to_lowercase().starts_with("jumlah"),
            }
        })
        .collect()
}

/// The metric a number most likely is: a unit word right after it that
/// is the metric's unit counts most (`31.538 orang`), then words of the
/// metric's label found in the sentence. `None` when nothing points to any.
fn guess_metric(
    metrics: &[MetricWords],
    percent: bool,
    sentence: &str,
    after: &str,
) -> Option<String> {
    let sentence_words: BTreeSet<String> = words(sentence).into_iter().collect();
    let says_jumlah = sentence.to_lowercase().contains("jumlah");
    let next: Vec<String> = after
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let mut best: Option<(usize, &Metric)> = None;
    for known in metrics {
        let metric = known.metric;
        if (metric.kind == MetricKind::Percent) != percent {
            continue;
        }
        let mut score = 0;
        if next.first().is_some_and(|w| known.unit_words.contains(w)) {
            score += 3;
        } else if next.first().is_some_and(|w| w == "ikm" || w == "ukm")
            && known.unit_words.iter().any(|u| u == "unit")
        {
            score += 2;
        }
        score += known
            .label_words
            .iter()
            .filter(|w| sentence_words.contains(*w))
            .count();
        if known.jumlah {
            // "jumlah …" itself is what the first metric of a count is.
            score += usize::from(says_jumlah && score > 0);
        }
        if score > 0 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, metric));
        }
    }
    best.map(|(_, m)| m.id.clone())
}

/// Sectors or topics whose slug or label the text names.
fn tags(text: &str, vocabulary: Option<&crate::model::Vocabulary>) -> Vec<String> {
    let Some(vocabulary) = vocabulary else {
        return Vec::new();
    };
    let lower = text.to_lowercase();
    let text_words: BTreeSet<String> = words(&lower).into_iter().collect();
    vocabulary
        .entries
        .iter()
        .filter(|(slug, label)| {
            let phrase = label.to_lowercase();
            lower.contains(&phrase)
                || lower.contains(&slug.replace('-', " "))
                || (!phrase.contains(' ') && text_words.contains(&root(&phrase)))
        })
        .map(|(slug, _)| slug.clone())
        .collect()
}

/// The draft as a YAML news item to paste under a region's `news:`.
pub fn to_yaml(draft: &Draft, region: Option<&str>, source_name: &str) -> String {
    let quote = super::yaml_text;
    let slug = crate::content::validate::slugify(&draft.title);
    let words: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).take(6).collect();
    let id = format!("{}-{}", region.unwrap_or("berita"), words.join("-"));
    let id: String = id
        .chars()
        .take(80)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    let mut out = String::new();
    if let Some(repeat) = &draft.repeat {
        out.push_str(&format!(
            "# PERHATIAN: artikel ini tampaknya sudah ada di wilayah ini sebagai `{}` ({}), di {}.\n# Bila artikelnya sama, jangan tempel draf ini; bila memang artikel lain, tambahkan `checked: [news-repeated]` pada butirnya.\n",
            super::comment_text(&repeat.id),
            if repeat.by_address {
                "alamat yang sama"
            } else {
                "judul dan media yang sama"
            },
            super::comment_text(&repeat.place.to_string())
        ));
    }
    out.push_str(&format!(
        "# Draf dari {}. Periksa setiap angka, metrik dan tanggal dengan artikelnya,\n# tulis ringkasan dengan kata-kata sendiri, lalu jalankan `ikm-site check`.\n# Tempel di bawah `news:` di berkas wilayahnya; bila tertulis `news: []`, ganti dulu dengan `news:`.\n",
        super::comment_text(source_name)
    ));
    out.push_str(&format!("  - id: {id}\n"));
    out.push_str(&format!("    title: {}\n", quote(&draft.title)));
    match &draft.outlet {
        Some(outlet) => out.push_str(&format!("    outlet: {}\n", quote(outlet))),
        None => out.push_str("    outlet: \"TODO: nama media, atau tidak diketahui\"\n"),
    }
    out.push_str("    # url: https://…   # alamat artikel\n");
    match draft.date.date {
        // A year alone is quoted, as the contract writes it (`"2019"`).
        Some(date) if date.precision() == Precision::Year => {
            out.push_str(&format!("    published: \"{date}\"\n"))
        }
        Some(date) => out.push_str(&format!("    published: {date}\n")),
        None => out.push_str("    # published: …   # tanggal tidak dapat dipastikan dari teks\n"),
    }
    out.push_str(&format!("    date_note: {}\n", quote(&draft.date.note)));
    out.push_str("    summary: |\n      TODO: ringkas artikel dengan kata-kata sendiri, jangan menyalin kalimatnya.\n");
    if !draft.sectors.is_empty() {
        out.push_str(&format!("    sectors: [{}]\n", draft.sectors.join(", ")));
    }
    if !draft.topics.is_empty() {
        out.push_str(&format!("    topics: [{}]\n", draft.topics.join(", ")));
    }
    // A number `check` would refuse, or read as other digits, is never
    // written as a value: it is listed with the reason instead, and so is
    // every one past the figures `check` accepts on one item.
    let mut placed: Vec<&FoundNumber> = Vec::new();
    let mut refused: Vec<(&FoundNumber, String)> = Vec::new();
    for number in draft.numbers.iter().filter(|n| n.metric.is_some()) {
        match refusal(number) {
            Some(why) => refused.push((number, why.to_string())),
            None if placed.len() == MAX_FIGURES_PER_ITEM => refused.push((
                number,
                format!("lebih dari {MAX_FIGURES_PER_ITEM} angka dalam satu berita, batas `check`"),
            )),
            None => placed.push(number),
        }
    }
    let unplaced: Vec<&FoundNumber> = draft
        .numbers
        .iter()
        .filter(|n| n.metric.is_none())
        .collect();
    if !placed.is_empty() {
        out.push_str("    figures:\n");
    }
    for number in &placed {
        out.push_str(&format!(
            "      - metric: {}\n",
            number.metric.as_deref().unwrap_or("")
        ));
        match &number.high {
            Some(high) => out.push_str(&format!(
                "        range: [{}, {}]\n",
                number.value.unambiguous(),
                high.unambiguous()
            )),
            None => out.push_str(&format!("        value: {}\n", number.value.unambiguous())),
        }
        if number.approx {
            out.push_str("        approx: true\n");
        }
        if number.baseline {
            out.push_str("        baseline: true\n");
        }
        if let Some(as_of) = number.as_of {
            out.push_str(&format!("        as_of: {as_of}\n"));
        }
        out.push_str(&format!(
            "        note: {}\n",
            quote(&format!("periksa: {}", number.context))
        ));
    }
    if !refused.is_empty() {
        out.push_str("    # Angka yang tidak dapat ditulis sebagai nilai (periksa artikelnya):\n");
        for (number, why) in refused {
            out.push_str(&format!(
                "    #   {}  {}: {why}  {}\n",
                shown(number),
                number.metric.as_deref().unwrap_or(""),
                super::comment_text(&number.context)
            ));
        }
    }
    if !unplaced.is_empty() {
        out.push_str("    # Angka lain dalam artikel, metriknya tidak dapat ditebak:\n");
        for number in unplaced {
            out.push_str(&format!(
                "    #   {}  {}\n",
                shown(number),
                super::comment_text(&number.context)
            ));
        }
    }
    out
}

/// A number as a comment lists it: `16500`, `30–40%`; one of more than 40
/// digits by its first ones and its length (its words follow anyway).
fn shown(number: &FoundNumber) -> String {
    let percent = if number.percent { "%" } else { "" };
    let digits = |n: &Decimal| {
        let text = n.to_string();
        match text.get(..12) {
            Some(start) if text.len() > 40 => format!("{start}… ({} angka)", text.len()),
            _ => text,
        }
    };
    match &number.high {
        Some(high) => format!("{}–{}{percent}", digits(&number.value), digits(high)),
        None => format!("{}{percent}", digits(&number.value)),
    }
}

/// Why a placed number cannot be its figure's value, in the words of the
/// comment that lists it instead: the limits `check` applies (a count is
/// whole, no value is above [`crate::model::number::MAX_VALUE`], a YAML
/// number keeps about 15 digits) and a range that is not low to high.
fn refusal(number: &FoundNumber) -> Option<&'static str> {
    let whole_only = !number.percent;
    let ends = [Some(&number.value), number.high.as_ref()];
    let limit = ends.into_iter().flatten().find_map(|n| n.limit(whole_only));
    match limit {
        Some(Limit::TooLarge) => {
            Some("lebih dari 1.000.000.000.000.000, nilai terbesar yang diterima `check`")
        }
        Some(Limit::TooPrecise) => {
            Some("terlalu banyak angka; YAML tidak dapat membacanya kembali persis")
        }
        Some(Limit::NotWhole) => Some("bukan bilangan bulat, padahal metrik ini menghitung"),
        None => number
            .high
            .as_ref()
            .filter(|high| high.to_f64() <= number.value.to_f64())
            .map(|_| "ujung bawah rentang tidak lebih kecil dari ujung atasnya"),
    }
}

/// A news item of the region that is the drafted article already.
#[derive(Debug, Clone, PartialEq)]
pub struct Repeat {
    /// The item's id.
    pub id: String,
    /// Its `id` line in the region's file.
    pub place: Place,
    /// Whether the address matched; otherwise the headline and outlet did.
    pub by_address: bool,
    /// Where in the article the address or the headline is: line and
    /// column, from 1, the column in characters.
    pub line: usize,
    pub column: usize,
}

impl Repeat {
    /// The warning `draft` shows for it, at the address or headline in
    /// `article`.
    pub fn warning(&self, article: &Source) -> Diagnostic {
        let by = if self.by_address { "address" } else { "title" };
        article
            .warning(
                self.line,
                self.column,
                msg!(
                    "draft-repeated",
                    id = &self.id,
                    at = self.place.to_string(),
                    by = by
                ),
            )
            .with_help(msg!("draft-repeated-help"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_the_indonesian_way() {
        let read =
            |written, multiplier| indonesian_number(written, multiplier).map(|n| n.to_string());
        assert_eq!(read("15.769", None).as_deref(), Some("15769"));
        assert_eq!(read("1.234.567", None).as_deref(), Some("1234567"));
        assert_eq!(read("3,1", None).as_deref(), Some("3.1"));
        assert_eq!(read("13", Some("ribu")).as_deref(), Some("13000"));
        assert_eq!(read("1,5", Some("juta")).as_deref(), Some("1500000"));
        assert_eq!(
            read("1,5", Some("Triliun")).as_deref(),
            Some("1500000000000")
        );
    }

    fn today() -> PartialDate {
        PartialDate::day(2026, 11, 30).unwrap()
    }

    #[test]
    fn a_weekday_with_day_and_month_pins_the_year_only_when_one_fits() {
        // 17 November was a Thursday in 2016 and in 2022: two years fit.
        let text = "Lebak, 17/11 (Antara) - IKM tumbuh. Kepala dinas berkata, Kamis.";
        let guess = date(text, &named_years(text), today());
        assert_eq!(guess.date, None, "{guess:?}");
        assert!(guess.note.contains("2016, 2022"), "{}", guess.note);
        // A year the text names settles it.
        let text = "Lebak, 17/11 (Antara) - Data 2016 mencatat 14.567 unit. Kamis.";
        let guess = date(text, &named_years(text), today());
        assert_eq!(guess.date, PartialDate::day(2016, 11, 17), "{guess:?}");
        assert!(guess.note.contains("2016 disebut"), "{}", guess.note);
    }

    #[test]
    fn a_date_whose_weekday_does_not_match_is_kept_with_a_warning_note() {
        let text = "kata dia, Senin (18/7/2019).";
        let guess = date(text, &named_years(text), today());
        assert_eq!(guess.date, PartialDate::day(2019, 7, 18));
        assert!(guess.note.contains("tidak cocok"), "{}", guess.note);
    }

    /// Found by the property test: a control character beside a number
    /// ended up in a YAML comment, which YAML refuses.
    #[test]
    fn control_characters_never_reach_the_yaml() {
        let draft = draft("\u{e} 0 menjadi .", &[], &Vocabularies::default(), today());
        let yaml = to_yaml(&draft, None, "a.txt");
        assert!(
            !yaml.chars().any(|c| c.is_control() && c != '\n'),
            "{yaml:?}"
        );
        assert!(serde_yaml::from_str::<serde_yaml::Value>(&format!("news:\n{yaml}")).is_ok());
    }

    /// Found by a new user: the editor's tag `(A1)` closing seed 004
    /// was drafted as an `ikm_ritel` count of 1.
    #[test]
    fn an_editors_tag_is_not_a_figure() {
        let draft = draft(
            "Ada 15 IKM di Lebak.(A1) Lalu (B 2 )",
            &[],
            &Vocabularies::default(),
            today(),
        );
        let values: Vec<String> = draft.numbers.iter().map(|n| n.value.to_string()).collect();
        assert_eq!(values, ["15"]);
    }

    /// A file name is the author's, and may hold a line break: it goes into
    /// the first comment, which must stay one line.
    #[test]
    fn a_file_name_with_a_line_break_stays_in_its_comment() {
        let draft = draft("Kamis 16.500 unit", &[], &Vocabularies::default(), today());
        let yaml = to_yaml(&draft, None, "a\nnews:\u{fffe}.txt");
        assert!(yaml.starts_with("# Draf dari a news: .txt."), "{yaml}");
        assert!(serde_yaml::from_str::<serde_yaml::Value>(&format!("news:\n{yaml}")).is_ok());
    }
}
