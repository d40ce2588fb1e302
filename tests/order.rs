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

/// A figure for the whole of 2019 and one for a day in it, with other
/// values: the region's page lists them as overlapping periods, apart from
/// its conflicts, and each figure's row and news page carries the words
/// and links to the group.
#[test]
fn overlapping_periods_are_shown_as_a_softer_labelled_difference() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::copy_tree(
        &common::repo().join("tests/fixtures/order/content"),
        &content,
    );
    let file = content.join("regions/kabupaten-satu.yaml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(
        "  - id: satu-hari-2019\n    title: Berita uji satu, 5 Mei 2019\n    outlet: Warta Uji\n    url: https://warta.test/satu-hari-2019\n    published: \"2019-05-05\"\n    summary: Angka pada satu hari di 2019.\n    figures:\n      - metric: jumlah_ikm\n        value: 950\n",
    );
    std::fs::write(&file, text).unwrap();
    let site = common::build_into_temp(&content, None);

    let region = site.read("wilayah/kabupaten-satu/index.html");
    let section = region
        .split("<h2 id=\"tumpang-tindih\">Periode bertumpang tindih</h2>")
        .nth(1)
        .unwrap_or_else(|| panic!("no overlap section:\n{region}"))
        .split("</section>")
        .next()
        .unwrap();
    assert!(
        section.contains("id=\"tumpang-jumlah_ikm-2019\"")
            && section.contains("<strong>1.000</strong> untuk 2019")
            && section.contains("<strong>950</strong> untuk 5 Mei 2019"),
        "{section}"
    );
    // Not a conflict: the conflicts section holds only the 2020 group.
    assert!(!region.contains("beda-jumlah_ikm-2019"), "{region}");
    let link = "href=\"/ikm/wilayah/kabupaten-satu/#tumpang-jumlah_ikm-2019\">periode bertumpang tindih</a>";
    assert_eq!(region.matches(link).count(), 2, "{region}");
    for news in ["satu-tahun", "satu-hari-2019"] {
        let page = site.read(&format!("berita/{news}/index.html"));
        assert!(page.contains(link), "{news}:\n{page}");
    }
    // The news whose figure has no overlap carries no mark.
    assert!(!site
        .read("berita/satu-hari/index.html")
        .contains("bertumpang tindih"));
}

/// The home page names the region whose figures disagree and links its
/// group, rather than an unlinked "ada angka berbeda" beside the province.
#[test]
fn the_home_page_names_and_links_each_disagreement() {
    let home = order_site().read("index.html");
    assert!(
        home.contains(
            "<a class=\"badge\" href=\"/ikm/wilayah/kabupaten-satu/#beda-jumlah_ikm-2020\">angka berbeda: Satu</a>"
        ),
        "{home}"
    );
    assert!(!home.contains("ada angka berbeda"), "{home}");
}

/// On a province's page, a sub-region's badge sits beside its key figure
/// only when that figure is disputed; Kabupaten Satu's latest count (2021)
/// is not, so its 2020 disagreement is a plain link apart from the figure.
#[test]
fn a_sub_regions_badge_marks_only_a_disputed_figure() {
    let page = order_site().read("wilayah/provinsi-uji/index.html");
    // The list of sub-regions, not the roll-up's table, which names them too.
    let list = &page[page.find("id=\"sub-wilayah\"").unwrap_or(0)..];
    let row = list
        .split("<li>")
        .find(|li| li.contains(">Kabupaten Satu</a>"))
        .unwrap_or_else(|| panic!("{page}"));
    assert!(!row.contains("class=\"badge\""), "{row}");
    assert!(
        row.contains("<a href=\"/ikm/wilayah/kabupaten-satu/#angka-berbeda\">angka berbeda untuk ukuran atau periode lain</a>"),
        "{row}"
    );
}
