//! The shipped `content/` itself: it checks clean, it builds, and what its
//! methodology page says the site shows is what the site shows. These are
//! the only tests that read the shipped content (besides the schema test of
//! every shipped file); the rest read its frozen copy in
//! `tests/fixtures/site/`, so editing an article breaks only these.

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

/// The one build of the shipped content: every region file gets its page.
#[test]
fn the_shipped_content_builds() {
    let content = common::repo().join("content");
    let site = common::build_into_temp(&content, Some(common::BASE));
    assert!(site.out().join("index.html").is_file());
    let regions: Vec<String> = walkdir::WalkDir::new(content.join("regions"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| e.path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(site.summary.regions, regions.len());
    for slug in regions {
        let page = format!("wilayah/{slug}/index.html");
        assert!(site.out().join(&page).is_file(), "missing {page}");
    }
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
