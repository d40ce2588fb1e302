//! The shipped `content/` itself: it checks clean, and what its methodology
//! page says the site shows is what the site shows. These are the only tests
//! that read the shipped content for what it says rather than as a sample.

mod common;

use ikm_site::model::PartialDate;
use ikm_site::render::format::maybe_date;

/// A clean checkout checks clean, so a new warning stands out: every known
/// conflict or gap in the shipped content is acknowledged with `checked:`.
#[test]
fn the_shipped_content_checks_without_a_warning() {
    let content = common::repo().join("content");
    let (_, loaded, _) = ikm_site::check_site_with(&content, &ikm_site::progress::Silent)
        .unwrap_or_else(|e| panic!("the shipped content fails: {e:?}"));
    let warnings: Vec<String> = loaded
        .warnings
        .iter()
        .map(|w| w.shown(ikm_site::messages::Lang::Id).to_string())
        .collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
}

/// The methodology page's table of dates ("Disimpan dalam data | Ditampilkan
/// di situs") shows exactly the strings the site renders for each form.
#[test]
fn the_methodology_pages_date_examples_are_what_the_site_renders() {
    let page = std::fs::read_to_string(common::repo().join("content/pages/tentang.md")).unwrap();
    let rows: Vec<(String, String)> = page
        .lines()
        .skip_while(|line| !line.starts_with("| Disimpan dalam data"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect();
    assert!(
        rows.len() >= 4,
        "the table of date forms was not found: {rows:?}"
    );
    for (stored, shown) in rows {
        let date = match stored.trim_matches('`') {
            "(tidak ada)" => None,
            text => Some(PartialDate::parse(text).unwrap_or_else(|| panic!("{text} is no date"))),
        };
        assert_eq!(maybe_date(date.as_ref()), shown, "the row for {stored}");
    }
}
