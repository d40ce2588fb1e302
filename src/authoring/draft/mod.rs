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
//!
//! One file per job: `dates` works out when the article appeared,
//! `numbers` reads every number it states, `around` what the words next
//! to a number say of it (approximate, a change, another region's),
//! `guess` says which metric a number is and which sectors and topics the
//! article names, `vocabulary` reads those from a folder that does not
//! load, `yaml` writes the draft for the author to paste; this module puts them
//! together. Each reader produces its own type ([`DateGuess`],
//! [`FoundNumber`]) and imports nothing from here, so the imports run one
//! way, from this module down.

use crate::content::source::Source;
use crate::diagnostics::Diagnostic;
use crate::model::{Metric, PartialDate, Place, Vocabularies};
use crate::msg;

mod around;
mod credit;
mod dates;
mod guess;
mod numbers;
mod periods;
pub mod repeat;
mod vocabulary;
mod words;
mod yaml;
pub use crate::model::number::indonesian_number;
use credit::outlet;
pub use dates::DateGuess;
pub use numbers::FoundNumber;
pub use vocabulary::{vocabulary, Vocabulary};
pub use yaml::to_yaml;

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
    let date = dates::Dating::of(text, today).guess();
    let mut numbers = numbers::numbers(text, metrics);
    // `tahun lalu` is the year before the article's, once that is known.
    if let Some(published) = date.date {
        for number in numbers.iter_mut().filter(|n| n.last_year) {
            number.as_of = Some(PartialDate::year(published.year_number() - 1));
        }
    }
    Draft {
        title,
        outlet: outlet(text),
        date,
        numbers,
        sectors: guess::tags(text, vocabularies.sectors.as_ref()),
        topics: guess::tags(text, vocabularies.topics.as_ref()),
        repeat: None,
    }
}

/// The headline: the first line of a few words that reads like one (not a
/// section label such as `Kendari`, not a whole first paragraph, not a
/// byline or credit such as `Pewarta : Suparman`, `Baca juga: …` or
/// `Copyright © ANTARA 2024`: issue 21, item 8).
fn headline(text: &str) -> Option<&str> {
    text.lines().map(str::trim).take(5).find(|line| {
        let words = line.split_whitespace().count();
        (3..=25).contains(&words)
            && line.len() <= 160
            && !line.ends_with('.')
            && !is_credit_line(line)
            && !is_dateline(line)
    })
}

/// A date line such as `Senin, 14 September 2015 - 10:30 WIB` or `Rabu
/// (16/9/2015)`: a weekday and a date, perhaps a time. It is never the
/// headline; `dates` reads the date from it (issue 21, item 4).
fn is_dateline(line: &str) -> bool {
    static DATELINE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    words::regex(
        &DATELINE,
        r"(?i)^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*\(?\s*\d{1,2}(?:/\d{1,2}|\s+[a-z]+\b)",
    )
    .is_match(line)
}

/// Words that open a byline, a credit, a copyright line or a link to
/// another article.
const CREDIT_WORDS: [&str; 10] = [
    "pewarta",
    "editor",
    "reporter",
    "penulis",
    "baca juga",
    "fotografer",
    "sumber",
    "copyright",
    "hak cipta",
    "©",
];

fn is_credit_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    CREDIT_WORDS.iter().any(|word| {
        lower.strip_prefix(word).is_some_and(|rest| {
            word == &"©" || rest.is_empty() || rest.starts_with([' ', ':', '\t'])
        })
    })
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

    /// Found reading real articles: the line above the body, a weekday, a
    /// date and a time, was taken for the title.
    #[test]
    fn a_date_line_is_not_the_title() {
        let text =
            "Senin, 14 September 2015 - 10:30 WIB\nIKM Batik Tumbuh Pesat di Kota\nAda 15 IKM.";
        assert_eq!(headline(text), Some("IKM Batik Tumbuh Pesat di Kota"));
        assert_eq!(
            headline("Rabu (16/9/2015) 21.58 WITA\nJudul Berita Ini Saja"),
            Some("Judul Berita Ini Saja")
        );
    }
}
