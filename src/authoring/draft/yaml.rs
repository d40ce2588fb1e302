//! The draft as YAML for the author to paste under a region's `news:`.
//!
//! Every line it writes reads back as `check` expects: text values quoted
//! when they must be, a year alone quoted, numbers written so they cannot
//! look like Indonesian thousands. A number `check` would refuse is never
//! written as a value; it is listed in a comment with the reason.

use super::{Draft, FoundNumber};
use crate::content::validate::MAX_FIGURES_PER_ITEM;
use crate::model::date::Precision;
use crate::model::number::{Decimal, Limit};

/// The draft as a YAML news item to paste under a region's `news:`.
pub fn to_yaml(draft: &Draft, region: Option<&str>, source_name: &str) -> String {
    let quote = crate::authoring::yaml_text;
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
            crate::authoring::comment_text(&repeat.id),
            if repeat.by_address {
                "alamat yang sama"
            } else {
                "judul dan media yang sama"
            },
            crate::authoring::comment_text(&repeat.place.to_string())
        ));
    }
    out.push_str(&format!(
        "# Draf dari {}. Periksa setiap angka, metrik dan tanggal dengan artikelnya,\n# tulis ringkasan dengan kata-kata sendiri, lalu jalankan `ikm-site check`.\n# Tempel di bawah `news:` di berkas wilayahnya; bila tertulis `news: []`, ganti dulu dengan `news:`.\n",
        crate::authoring::comment_text(source_name)
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
    for number in draft
        .numbers
        .iter()
        .filter(|n| n.metric.is_some() && !n.change)
    {
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
        .filter(|n| n.metric.is_none() && !n.change)
        .collect();
    let changes: Vec<&FoundNumber> = draft.numbers.iter().filter(|n| n.change).collect();
    if !placed.is_empty() {
        out.push_str("    figures:\n");
    }
    for number in &placed {
        if let Some(other) = number.region.as_deref().filter(|r| !is_region(r, region)) {
            out.push_str(&format!(
                "      # Menurut artikel, angka ini untuk {}; bila itu bukan wilayah berkas ini, pindahkan ke berkas wilayah itu.\n",
                crate::authoring::comment_text(other)
            ));
        }
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
            let approx = number.bound.unwrap_or("true");
            out.push_str(&format!("        approx: {approx}\n"));
        }
        if number.baseline {
            out.push_str("        baseline: true\n");
        }
        if let Some(as_of) = number.as_of {
            out.push_str(&format!("        as_of: {as_of}\n"));
        }
        let bound = match (
            number.upper_bound,
            number.last_year && number.as_of.is_none(),
        ) {
            (true, _) => " (batas atas)",
            (false, true) => " (\"tahun lalu\": setahun sebelum tanggal terbit)",
            (false, false) => "",
        };
        out.push_str(&format!(
            "        note: {}\n",
            quote(&format!("periksa{bound}: {}", number.context))
        ));
    }
    if !refused.is_empty() {
        out.push_str("    # Angka yang tidak dapat ditulis sebagai nilai (periksa artikelnya):\n");
        for (number, why) in refused {
            out.push_str(&format!(
                "    #   {}  {}: {why}  {}\n",
                shown(number),
                number.metric.as_deref().unwrap_or(""),
                crate::authoring::comment_text(&number.context)
            ));
        }
    }
    if !changes.is_empty() {
        out.push_str(
            "    # Angka perubahan (kenaikan atau penurunan), bukan jumlah; tidak ditulis sebagai nilai:\n",
        );
        for number in changes {
            out.push_str(&format!(
                "    #   {}  {}{}\n",
                shown(number),
                number
                    .metric
                    .as_deref()
                    .map_or(String::new(), |m| format!("{m}  ")),
                crate::authoring::comment_text(&number.context)
            ));
        }
    }
    if !unplaced.is_empty() {
        out.push_str("    # Angka lain dalam artikel, metriknya tidak dapat ditebak:\n");
        for number in unplaced {
            out.push_str(&format!(
                "    #   {}  {}\n",
                shown(number),
                crate::authoring::comment_text(&number.context)
            ));
        }
    }
    out
}

/// Whether `named` (`Kota Tarakan`) is the region `slug` the draft is
/// for, so that naming it is no news.
fn is_region(named: &str, slug: Option<&str>) -> bool {
    let slugify = crate::content::validate::slugify;
    slug.is_some_and(|slug| {
        slugify(named) == slug || slugify(crate::registry::without_level_word(named)) == slug
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::draft::draft;
    use crate::model::{PartialDate, Vocabularies};

    fn today() -> PartialDate {
        PartialDate::day(2026, 11, 30).unwrap()
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
