//! What the words right around a number say of it, and what its sentence
//! names: whether it is approximate, an upper bound, a baseline or a
//! change (issue 21, items 2 and 4), whether it is money or large firms,
//! which region its clause names (item 9), which kinds of business the
//! sentence names before it (item 5) and whether it is for `tahun lalu`
//! (item 3).
//!
//! Apart from `numbers`, which reads the numbers themselves: these are
//! word lists and a few patterns. A sentence's marks are read once
//! ([`Marks`]) and asked by each number with a binary search, so a
//! sentence of many numbers still costs time linear in its length.

use std::sync::OnceLock;

use regex::Regex;

use super::guess::first_named;
use super::words::regex;
use crate::model::number::MULTIPLIERS;

/// Words before a number that make it approximate.
const APPROX_WORDS: [&str; 10] = [
    "sekitar",
    "kurang lebih",
    "lebih kurang",
    "lebih dari",
    "hampir",
    "sedikitnya",
    "setidaknya",
    "kira-kira",
    "mencapai lebih",
    "kisaran",
];

/// Words before a number that make it an upper bound, so approximate
/// too: `tidak mencapai 1000 usaha` is fewer than 1000.
const UPPER_WORDS: [&str; 5] = [
    "tidak mencapai",
    "tidak sampai",
    "belum mencapai",
    "kurang dari",
    "di bawah",
];

/// Words before a number that make it a change rather than a level
/// (`meningkat 142 unit`), unless `menjadi` follows them (`meningkat
/// menjadi 1.166` is the new level).
const CHANGE_WORDS: [&str; 14] = [
    "meningkat",
    "naik",
    "bertambah",
    "berkurang",
    "turun",
    "menurun",
    "tumbuh",
    "penambahan",
    "pertambahan",
    "peningkatan",
    "kenaikan",
    "penurunan",
    "pengurangan",
    "pertumbuhan",
];

/// Words that may stand between a change word and its number
/// (`bertambah sebanyak 18.343`).
const BETWEEN_CHANGE: [&str; 6] = ["sebanyak", "sebesar", "lagi", "sekitar", "hampir", "pesat"];

/// Words after `N lebih` that make it a comparison (`15 persen lebih
/// tinggi`), not `7900 lebih`, "more than 7900".
const COMPARATIVES: [&str; 9] = [
    "tinggi", "rendah", "besar", "kecil", "banyak", "sedikit", "baik", "cepat", "lambat",
];

/// What the words right around a number say of it.
pub(super) struct Said {
    pub approx: bool,
    pub upper_bound: bool,
    /// What `approx` says when the words make the number a bound rather
    /// than "sekitar": `more_than` (`lebih dari`, `7900 lebih`),
    /// `less_than` (`tidak mencapai`), `almost` (`hampir`).
    pub bound: Option<&'static str>,
    pub baseline: bool,
    pub change: bool,
    /// Money (`Rp 4 juta`, `18 Milliar PDRB`) or large firms (`industri
    /// besar berjumlah 11`): no count of small industry, whatever else
    /// is near.
    pub not_a_count: bool,
}

impl Said {
    /// `before` is the text since the previous number, `written` the
    /// number and what follows, `after` what follows the whole match.
    pub(super) fn of(before: &str, written: &str, after: &str) -> Said {
        let clean = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        // The last five words before it (a word such as `lebih kurang`
        // may come before `per tahunnya tumbuh 14,7 persen`), and the
        // first three after it.
        let mut tail: Vec<String> = before.split_whitespace().rev().take(5).map(clean).collect();
        tail.reverse();
        let tail_text = tail.join(" ");
        let next: Vec<String> = after.split_whitespace().take(3).map(clean).collect();
        let next_word = |i: usize| next.get(i).map_or("", String::as_str);
        let upper_bound = UPPER_WORDS.iter().any(|w| tail_text.contains(w));
        // `7900 lebih`, `tiga ribuan`, `13 ribuan`.
        let more_after = next_word(0) == "lebih" && !COMPARATIVES.contains(&next_word(1));
        let approx = upper_bound
            || more_after
            || APPROX_WORDS.iter().any(|w| tail_text.contains(w))
            || written
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w.to_lowercase().ends_with("an"));
        let about = ["kurang lebih", "lebih kurang"]
            .iter()
            .any(|w| tail_text.contains(w));
        let bound = if upper_bound {
            Some("less_than")
        } else if about {
            None
        } else if more_after
            || ["lebih dari", "mencapai lebih"]
                .iter()
                .any(|w| tail_text.contains(w))
        {
            Some("more_than")
        } else if tail_text.contains("hampir") {
            Some("almost")
        } else {
            None
        };
        let last_two = tail
            .iter()
            .rev()
            .take(2)
            .map(String::as_str)
            .collect::<Vec<_>>();
        let baseline = last_two.first() == Some(&"sebelumnya")
            || last_two.first() == Some(&"semula")
            || last_two == ["sebelumnya", "dari"];
        let mut change = false;
        for word in tail.iter().rev() {
            if CHANGE_WORDS.contains(&word.as_str()) {
                change = true;
                break;
            }
            if !BETWEEN_CHANGE.contains(&word.as_str()) {
                break;
            }
        }
        let multiplier = written.split_whitespace().nth(1).map(clean);
        let money = tail.last().is_some_and(|w| w == "rp")
            || next.iter().any(|w| w == "rupiah" || w == "pdrb")
            || multiplier.is_some_and(|m| {
                MULTIPLIERS
                    .iter()
                    .any(|(word, power)| *word == m.trim_end_matches("an") && *power >= 9)
            });
        let large = tail
            .iter()
            .rev()
            .take(3)
            .chain(next.iter().take(2))
            .any(|w| w == "besar" || w == "berskala");
        Said {
            approx,
            upper_bound,
            bound,
            baseline,
            change,
            not_a_count: money || large,
        }
    }
}

/// What follows a number up to `to` (the next number) or the end of its
/// clause, whichever is first.
fn window_after(sentence: &str, end: usize, to: usize) -> &str {
    let rest = &sentence[end..to.max(end)];
    let stop = [", ", ";"]
        .iter()
        .filter_map(|mark| rest.find(mark))
        .min()
        .unwrap_or(rest.len());
    &rest[..stop]
}

/// A region named by its level word (`Kota Tarakan`, `Kabupaten Bulungan`,
/// `Kecamatan Kotamobagu Utara`).
fn region_named() -> &'static Regex {
    static NAMED: OnceLock<Regex> = OnceLock::new();
    regex(
        &NAMED,
        r"(?-u:\b)(?:Kota|Kabupaten|Kab\.|Kecamatan|Kec\.|Provinsi|Desa|Kelurahan)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?-u:\b)",
    )
}

/// What a sentence names, read once and asked by each of its numbers:
/// where its clauses start, the regions it names, and where it first
/// names each kind of business. Asking costs a binary search, so a long
/// sentence is not read again for every number.
pub(super) struct Marks {
    /// After each `, ` and `;`, ascending.
    clause_starts: Vec<usize>,
    /// Each region named by its level word: where it starts and ends.
    regions: Vec<(usize, usize)>,
    kinds: Vec<(&'static str, usize)>,
    /// Where the sentence first says `tahun lalu` or `tahun kemarin`.
    last_year: Option<usize>,
}

/// `tahun lalu`, `tahun kemarin`: the year before the article's.
fn last_year_named() -> &'static Regex {
    static LAST_YEAR: OnceLock<Regex> = OnceLock::new();
    regex(&LAST_YEAR, r"(?i)(?-u:\b)tahun\s+(?:lalu|kemarin)(?-u:\b)")
}

impl Marks {
    pub(super) fn of(sentence: &str) -> Marks {
        let mut clause_starts: Vec<usize> = sentence
            .match_indices(", ")
            .chain(sentence.match_indices(';'))
            .map(|(i, _)| i + 1)
            .collect();
        clause_starts.sort_unstable();
        Marks {
            clause_starts,
            regions: region_named()
                .find_iter(sentence)
                .map(|m| (m.start(), m.end()))
                .collect(),
            kinds: first_named(sentence),
            last_year: last_year_named().find(sentence).map(|m| m.start()),
        }
    }

    /// Whether the number at `start..end` is said to be for last year:
    /// `tahun lalu` before it in the sentence, or after it up to `to`.
    pub(super) fn last_year(
        &self,
        sentence: &str,
        (start, end): (usize, usize),
        to: usize,
    ) -> bool {
        self.last_year.is_some_and(|at| at < start)
            || last_year_named().is_match(window_after(sentence, end, to))
    }

    /// The kinds of business named before `start`.
    pub(super) fn earlier_kinds(&self, start: usize) -> Vec<&'static str> {
        self.kinds
            .iter()
            .filter(|(_, at)| *at < start)
            .map(|(kind, _)| *kind)
            .collect()
    }

    /// The region a number at `start..end` is for, when its clause names
    /// one by its level word: after it (`2.270 usaha di Kota Tarakan`, up
    /// to `to`, the next number), else the last before it in its clause
    /// (`di Kota Tarakan … mencapai 2.270 usaha`, `Untuk Kecamatan
    /// Kotamobagu Utara … 218 IKM`).
    pub(super) fn region(
        &self,
        sentence: &str,
        (start, end): (usize, usize),
        to: usize,
    ) -> Option<String> {
        let after = window_after(sentence, end, to);
        let in_after = region_named().find(after).filter(|m| {
            after[..m.start()]
                .split_whitespace()
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case("di"))
        });
        if let Some(m) = in_after {
            return Some(m.as_str().to_string());
        }
        let clause = self.clause_starts.partition_point(|&c| c <= start);
        let clause_start = clause.checked_sub(1).map_or(0, |i| self.clause_starts[i]);
        let before = self.regions.partition_point(|&(_, e)| e <= start);
        let (s, e) = *self.regions.get(before.checked_sub(1)?)?;
        (s >= clause_start).then(|| sentence[s..e].to_string())
    }
}
