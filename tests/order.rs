//! The order of news in lists and in the feed, on the fixed content of
//! `tests/fixtures/order/` (made-up items of every date precision and a
//! tie), so a new real article never changes what these tests expect.

mod common;

fn order_site() -> common::Built {
    common::build_into_temp(&common::repo().join("tests/fixtures/order/content"), None)
}

/// The titles of `html`'s news list, in order.
fn titles(html: &str) -> Vec<String> {
    html.split("class=\"news-title\"><a href=")
        .skip(1)
        .filter_map(|rest| rest.split_once('>')?.1.split_once('<'))
        .map(|(title, _)| title.to_string())
        .collect()
}

#[test]
fn news_is_newest_first_ties_by_id_and_undated_last() {
    let site = order_site();
    assert_eq!(
        titles(&site.read("berita/index.html")),
        [
            "Berita uji dua A, 15 Maret 2022",
            "Berita uji dua B, 15 Maret 2022",
            "Berita uji satu, 14 Maret 2022",
            "Berita uji satu, angka lain untuk 2020",
            "Berita uji satu, Juni 2021",
            "Berita uji satu, 2020",
            "Berita uji satu tanpa tanggal",
        ]
    );
    // A topic and a region list in the same order.
    assert_eq!(
        titles(&site.read("topik/pelatihan/index.html")),
        [
            "Berita uji dua A, 15 Maret 2022",
            "Berita uji satu, 14 Maret 2022",
            "Berita uji satu, Juni 2021",
        ]
    );
}

#[test]
fn the_feed_holds_only_items_dated_to_the_day_newest_first() {
    let site = order_site();
    let xml = site.read("feed.xml");
    let feed: atom_syndication::Feed = xml.parse().unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let entries: Vec<(String, String)> = feed
        .entries()
        .iter()
        .map(|e| (e.title().to_string(), e.updated().to_rfc3339()))
        .collect();
    assert_eq!(
        entries,
        [
            (
                "Berita uji dua A, 15 Maret 2022",
                "2022-03-15T00:00:00+07:00"
            ),
            (
                "Berita uji dua B, 15 Maret 2022",
                "2022-03-15T00:00:00+07:00"
            ),
            (
                "Berita uji satu, 14 Maret 2022",
                "2022-03-14T00:00:00+07:00"
            ),
            (
                "Berita uji satu, angka lain untuk 2020",
                "2021-07-01T00:00:00+07:00"
            ),
        ]
        .map(|(t, d)| (t.to_string(), d.to_string()))
    );
    assert_eq!(feed.updated().to_rfc3339(), "2022-03-15T00:00:00+07:00");
}

/// A region's code beside its name is labelled, so "Provinsi Uji 99" beside
/// "3 berita" is not read as a count.
#[test]
fn the_region_index_labels_a_code_as_a_code() {
    let html = order_site().read("wilayah/index.html");
    assert!(
        html.contains("Provinsi Uji</a> <small>kode 99</small>"),
        "{html}"
    );
    assert!(!html.contains("<small>99</small>"), "{html}");
}
