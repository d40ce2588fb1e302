//! Who published an article, and the year its copyright line gives.
//!
//! Indonesian news prints its outlet in a few set places: a dateline or a
//! closing credit in brackets (`Lebak (ANTARA News) -`, `Kota (ANTARA) -`,
//! `(Antaranews)`, `(ANT)`), a copyright line (`Copyright © ANTARA 2015`,
//! `© 2015 Antara`), or the outlet's address as a dateline (`KOMPAS.com -`,
//! `Bisnis.com, JAKARTA -`, `RADARLAMPUNG.CO.ID`). They are read in that
//! order (issue 17, item 7), after a dateline's own credit (`Denpasar
//! (Bisnis Bali) –`, issue 21, item 8). A copyright line's year is read
//! too: the dates module takes it as the latest the article can be from.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::words::regex;

/// Outlets as their datelines, credits and copyright lines spell them
/// (in any case), and the name to show.
const OUTLETS: [(&str, &str); 7] = [
    (r"antara\s*news(?:\.com)?|antara|ant", "Antara"),
    (r"kompas(?:\.com|\.id)?", "Kompas"),
    (r"detik(?:com|\.com)", "detikcom"),
    (r"tribun\s*news(?:\.com)?", "Tribunnews"),
    (r"medcom(?:\.id)?", "Medcom.id"),
    (r"republika(?:\.co\.id)?", "Republika"),
    (r"bisnis\.com", "Bisnis.com"),
];

/// [`OUTLETS`] as one alternation, a group for each, between `open` and
/// `close`.
fn outlets_between(open: &str, close: &str) -> String {
    let names: Vec<String> = OUTLETS
        .iter()
        .map(|(spelt, _)| format!("({spelt})"))
        .collect();
    format!("(?i){open}(?:{}){close}", names.join("|"))
}

/// The outlet whose group of [`outlets_between`] matched.
fn shown(captures: &Captures) -> Option<&'static str> {
    OUTLETS
        .iter()
        .enumerate()
        .find(|(i, _)| captures.get(i + 1).is_some())
        .map(|(_, (_, shown))| *shown)
}

/// The outlet, from a credit in brackets, a copyright line, the first web
/// domain the text names, or a `detikNews`-style name.
pub(super) fn outlet(text: &str) -> Option<String> {
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    static DETIK: OnceLock<Regex> = OnceLock::new();
    if let Some(name) = dateline_credit(text) {
        return Some(name);
    }
    let credit = regex(&CREDIT, &outlets_between(r"\(\s*", r"\s*\)"));
    if let Some(name) = credit.captures(text).as_ref().and_then(shown) {
        return Some(name.into());
    }
    if let Some(name) = copyright(text).and_then(|c| c.outlet) {
        return Some(name.into());
    }
    if let Some(name) = domain(text) {
        return Some(name);
    }
    regex(&DETIK, r"\bdetik(?:com|[A-Z][a-z]+)\b")
        .is_match(text)
        .then(|| "detikcom".into())
}

/// The outlet a dateline credits, in brackets (`Denpasar (Bisnis Bali)
/// –`, `Minahasa Utara, 22/2 (Antara Sulut) -`, `Lebak (ANTARA News) -`)
/// or after a comma (`Kendari, Antara Sultra -`): one of [`OUTLETS`] by
/// its name, any other as written (issue 21, item 8).
fn dateline_credit(text: &str) -> Option<String> {
    static BRACKETS: OnceLock<Regex> = OnceLock::new();
    static KNOWN: OnceLock<Regex> = OnceLock::new();
    static AFTER_COMMA: OnceLock<Regex> = OnceLock::new();
    let brackets = regex(
        &BRACKETS,
        r"(?m)^\s*[A-Z][A-Za-z .]{1,40}?(?:,\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*\(\s*([A-Za-z][^)\n]{1,40}?)\s*\)\s*[-–—]",
    );
    let known = regex(&KNOWN, &outlets_between(r"^", r"\b"));
    let after_comma = regex(
        &AFTER_COMMA,
        &outlets_between(
            r"(?m)^\s*[A-Z][A-Za-z .]{1,40}?,\s*",
            r"\b[A-Za-z ]{0,20}?\s*[-–—]",
        ),
    );
    if let Some(credit) = brackets.captures(text).and_then(|c| c.get(1)) {
        let credit = credit.as_str().trim();
        return Some(match known.captures(credit).as_ref().and_then(shown) {
            Some(name) => name.to_string(),
            None => credit.to_string(),
        });
    }
    after_comma
        .captures(text)
        .as_ref()
        .and_then(shown)
        .map(str::to_string)
}

/// The outlet the first web domain of the text names
/// (`RADARLAMPUNG.CO.ID`, `BANTENDAY.co.id`, `Bisnis.com`). A domain not
/// known here takes the masthead's spelling when the text writes the name
/// with the domain's letters (`harianmerapi.com` with `Harian Merapi` →
/// Harian Merapi), else the domain's own casing (`MBInews.id` → MBInews),
/// capitalised only when it has none (issue 21, item 4).
fn domain(text: &str) -> Option<String> {
    static DOMAIN: OnceLock<Regex> = OnceLock::new();
    let domain = regex(
        &DOMAIN,
        r"(?i)\b([a-z0-9-]{3,})\.(co\.id|com|id|net|or\.id)\b",
    );
    let captures = domain.captures(text)?;
    let written = captures.get(1)?.as_str();
    let name = written.to_lowercase();
    // Kompas's site calls itself Kompas.com, its paper Kompas.
    if name == "kompas" && captures[2].eq_ignore_ascii_case("com") {
        return Some("Kompas.com".into());
    }
    let known = [
        ("radarlampung", "Radar Lampung"),
        ("bantenday", "Banten Day"),
        ("medialampung", "Medialampung"),
        ("republika", "Republika"),
        ("antaranews", "Antara"),
        ("kompas", "Kompas"),
        ("detik", "detikcom"),
        ("tribunnews", "Tribunnews"),
        ("medcom", "Medcom.id"),
        ("bisnis", "Bisnis.com"),
    ];
    if let Some((_, shown)) = known.iter().find(|(key, _)| name == *key) {
        return Some(shown.to_string());
    }
    if let Some(masthead) = masthead(text, &name) {
        return Some(masthead);
    }
    // Tribun's regional papers: `TRIBUNJATENG.COM` is Tribun Jateng.
    match name.strip_prefix("tribun") {
        Some(region) if !region.is_empty() => Some(format!("Tribun {}", capitalized(region))),
        _ if written == name || written == written.to_uppercase() => Some(capitalized(&name)),
        _ => Some(written.to_string()),
    }
}

/// The name `domain` (lower case) as the text writes it apart from the
/// domain itself, with spaces between its letters allowed: `Harian
/// Merapi` for `harianmerapi`.
fn masthead(text: &str, domain: &str) -> Option<String> {
    let letters: Vec<String> = domain
        .chars()
        .map(|c| regex::escape(&c.to_string()))
        .collect();
    let pattern = Regex::new(&format!(r"(?i)\b{}\b", letters.join(r"[ ]?"))).ok()?;
    let found = pattern
        .find_iter(text)
        .find(|m| {
            !text[m.end()..]
                .strip_prefix('.')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
        .map(|m| m.as_str().to_string());
    found
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// What the article's copyright lines say.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Copyright {
    /// The line the year is from, as written (up to its end or 80
    /// characters).
    pub line: String,
    /// Its year; of several lines, the earliest (a site's footer carries
    /// the current year, the article's own line its year), and of a span
    /// `2010-2015`, its end.
    pub year: i32,
    /// The outlet the first line that names one of [`OUTLETS`] names.
    pub outlet: Option<&'static str>,
}

/// The copyright lines of `text` (`Copyright © ANTARA 2015`, `© 2015
/// Antara`, `Hak cipta …`) that name a year.
pub(super) fn copyright(text: &str) -> Option<Copyright> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    static YEAR: OnceLock<Regex> = OnceLock::new();
    static NAME: OnceLock<Regex> = OnceLock::new();
    let line = regex(&LINE, r"(?i)(?:copyright|hak\s+cipta|©)[^\n]{0,80}");
    let year = regex(&YEAR, r"\b(?:19|20)\d\d\b");
    let name = regex(&NAME, &outlets_between(r"\b", r"\b"));
    let mut found: Option<Copyright> = None;
    for m in line.find_iter(text) {
        let seen = m.as_str().trim();
        let outlet = name.captures(seen).as_ref().and_then(shown);
        let Some(year) = year
            .find_iter(seen)
            .last()
            .and_then(|y| y.as_str().parse::<i32>().ok())
        else {
            continue;
        };
        match &mut found {
            Some(first) => {
                first.outlet = first.outlet.or(outlet);
                if year < first.year {
                    first.year = year;
                    first.line = seen.to_string();
                }
            }
            None => {
                found = Some(Copyright {
                    line: seen.to_string(),
                    year,
                    outlet,
                })
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_comes_from_a_credit_or_a_domain() {
        assert_eq!(outlet("… kata dia. (ANT)").as_deref(), Some("Antara"));
        assert_eq!(
            outlet("LEBAK,BANTENDAY.co.id-Data").as_deref(),
            Some("Banten Day")
        );
        assert_eq!(
            outlet("KENDARI, DETIKSULTRA.COM – Dinas").as_deref(),
            Some("Detiksultra")
        );
        assert_eq!(outlet("Tanpa sumber."), None);
    }

    /// Issue 17, item 7: the usual datelines and credits of Indonesian
    /// outlets.
    #[test]
    fn the_outlet_comes_from_the_usual_datelines() {
        for (text, shown) in [
            ("Lebak (ANTARA News) - Jumlah IKM", "Antara"),
            ("Serang (ANTARA) - Jumlah IKM", "Antara"),
            ("… kata dia. (Antaranews)", "Antara"),
            ("KOMPAS.com - Jumlah IKM", "Kompas.com"),
            (
                "harianmerapi.com - IKM di Harian Merapi hari ini",
                "Harian Merapi",
            ),
            ("MBInews.id - Jumlah IKM", "MBInews"),
            ("beritajogja.id - Jumlah IKM", "Beritajogja"),
            ("Jakarta (Kompas) - Jumlah IKM", "Kompas"),
            ("Jakarta - Jumlah IKM … (detikcom)", "detikcom"),
            ("Baca berita lain di detikFinance.", "detikcom"),
            ("TRIBUNNEWS.COM, JAKARTA - Jumlah IKM", "Tribunnews"),
            ("TRIBUNJATENG.COM, SEMARANG - Jumlah IKM", "Tribun Jateng"),
            ("Medcom.id, Jakarta: Jumlah IKM", "Medcom.id"),
            ("REPUBLIKA.CO.ID, JAKARTA -- Jumlah IKM", "Republika"),
            ("Bisnis.com, JAKARTA - Jumlah IKM", "Bisnis.com"),
            ("Jumlah IKM naik.\nCopyright © ANTARA 2015", "Antara"),
            ("Jumlah IKM naik.\n© 2015 Antara", "Antara"),
        ] {
            assert_eq!(outlet(text).as_deref(), Some(shown), "{text}");
        }
        // A word in brackets that only looks like a name is no credit.
        assert_eq!(outlet("pelaku usaha (bisnis) kecil"), None);
    }

    /// Issue 21, item 8: a dateline credits its outlet, a regional bureau
    /// of a known one under that one's name.
    #[test]
    fn a_dateline_credit_gives_the_outlet() {
        for (text, shown) in [
            ("Denpasar (Bisnis Bali) – Dinas mencatat", "Bisnis Bali"),
            ("Minahasa Utara, 22/2 (Antara Sulut) - Pemerintah", "Antara"),
            ("Lebak (ANTARA News) - Jumlah IKM", "Antara"),
            ("Kendari, Antara Sultra - Industri kecil", "Antara"),
        ] {
            assert_eq!(outlet(text).as_deref(), Some(shown), "{text}");
        }
    }

    #[test]
    fn a_copyright_line_gives_its_year() {
        let found = copyright("Jumlah IKM naik.\nCopyright © ANTARA 2015\n").unwrap();
        assert_eq!(
            (found.line.as_str(), found.year, found.outlet),
            ("Copyright © ANTARA 2015", 2015, Some("Antara"))
        );
        let found = copyright("© 2015 Antara").unwrap();
        assert_eq!((found.year, found.outlet), (2015, Some("Antara")));
        // A span gives its end; of two lines, the earlier year is the
        // article's (the later one, the site's footer).
        let found = copyright("Hak cipta © 2010-2014 Kabar\n…\n© 2024 Kabar").unwrap();
        assert_eq!((found.year, found.outlet), (2014, None));
        assert_eq!(copyright("Copyright © ANTARA"), None);
    }
}
