//! Issue 19, item 4: the site-wide page of every conflict (`angka-berbeda/`)
//! and a conflict shown as a history by publication date ("diperbarui").

mod common;

use std::path::Path;

/// A news item of `region` published on `published` (or undated), with one
/// `jumlah_ikm` figure of `value` for 2019.
fn item(region: &str, id: &str, published: Option<&str>, value: usize) -> String {
    item_from(region, id, &format!("Kabar {id}"), published, value)
}

/// [`item`] from `outlet`.
fn item_from(
    region: &str,
    id: &str,
    outlet: &str,
    published: Option<&str>,
    value: usize,
) -> String {
    let published = published.map_or(String::new(), |d| format!("    published: \"{d}\"\n"));
    format!(
        "  - id: {region}-{id}\n    title: Berita {id} dari {region}\n    outlet: {outlet}\n    url: https://kabar.test/{region}/{id}\n{published}    summary: R.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n        as_of: \"2019\"\n"
    )
}

/// A test province with two regencies, `kabupaten-satu` and
/// `kabupaten-dua`, each with `items` (see [`item`]).
fn content(root: &Path, satu: &[String], dua: &[String]) {
    common::write_test_site(root);
    common::write_file(
        root,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\nchecked: [region-without-news]\n",
    );
    for (slug, name, items) in [
        ("kabupaten-satu", "Kabupaten Satu", satu),
        ("kabupaten-dua", "Kabupaten Dua", dua),
    ] {
        let news = if items.is_empty() {
            "checked: [region-without-news]\n".to_string()
        } else {
            format!("news:\n{}", items.concat())
        };
        common::write_file(
            root,
            &format!("regions/{slug}.yaml"),
            &format!("name: {name}\nlevel: kabupaten\nparent: provinsi-uji\n{news}"),
        );
    }
}

/// The `<li>` rows of the conflict group at `anchor` in `html`.
fn group_rows<'a>(html: &'a str, anchor: &str) -> Vec<&'a str> {
    let start = html
        .find(&format!("<div class=\"conflict-group\" id=\"{anchor}\">"))
        .unwrap_or_else(|| panic!("no group {anchor}"));
    let group = &html[start..];
    let group = &group[..group.find("</div>").unwrap()];
    group.split("<li>").skip(1).collect()
}

/// The fixture site's Lebak conflicts, with both sources of each, on the
/// site-wide page; the page is in the sitemap and linked from the home
/// page, the footer and Lebak's own conflict section.
#[test]
fn the_page_lists_the_lebak_conflicts_with_both_sources() {
    let built = common::build_into_temp(&common::site_fixture(), Some(common::BASE));
    let page = built.read("angka-berbeda/index.html");
    assert!(page.contains("<h1>Angka berbeda</h1>"), "{page}");
    assert!(page.contains(
        "<h2 id=\"wilayah-lebak\"><a href=\"/ikm/wilayah/lebak/\">Kabupaten Lebak</a></h2>"
    ));

    let rows = group_rows(&page, "lebak--beda-jumlah_ikm-2015");
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (row, value, outlet, news) in [
        (
            rows[0],
            "15.454",
            "Antara",
            "lebak-ikm-2013-2015-kemenperin",
        ),
        (rows[1], "15.372", "Medcom.id", "lebak-ikm-capai-16000-2016"),
    ] {
        assert!(row.contains(&format!("<strong>{value}</strong>")), "{row}");
        assert!(
            row.contains(&format!(
                "<a href=\"/ikm/berita/{news}/#angka-2\">{outlet}</a>"
            )),
            "{row}"
        );
        assert!(row.contains("rel=\"external\">artikel asli</a>"), "{row}");
    }
    // The Medcom article (2017) came after the Antara one (2015): a second
    // source, not an update of Antara's figure (issue 21).
    assert!(
        rows[1].contains(">dilaporkan kemudian oleh Medcom.id, 7 Agustus 2017</span>"),
        "{}",
        rows[1]
    );
    assert!(!rows[1].contains("diperbarui"), "{}", rows[1]);
    assert!(!rows[0].contains("diperbarui"), "{}", rows[0]);
    // Every Lebak group of the model is there, each once.
    for anchor in [
        "lebak--beda-jumlah_ikm-2015",
        "lebak--beda-jumlah_ikm-berita-lebak-ikm-naik-jadi-16500",
        "lebak--beda-ikm_ritel-2019-07-18",
    ] {
        assert_eq!(
            page.matches(&format!("id=\"{anchor}\"")).count(),
            1,
            "{anchor}"
        );
    }

    let sitemap = built.read("sitemap-1.xml");
    assert!(
        sitemap.contains("<loc>https://example.test/ikm/angka-berbeda/</loc>"),
        "{sitemap}"
    );
    let lebak = built.read("wilayah/lebak/index.html");
    assert!(
        lebak.contains(
            "<a href=\"/ikm/angka-berbeda/#wilayah-lebak\">Lihat semua angka berbeda</a>"
        ),
        "the region page does not link its groups on angka-berbeda/"
    );
    let home = built.read("index.html");
    let link = "<a href=\"/ikm/angka-berbeda/\">";
    assert!(
        home.contains(&format!("{link}3 kelompok angka")),
        "home page"
    );
    // The footer links it on every page, Lebak's too.
    assert!(lebak.contains(&format!("{link}angka yang tidak sama")));
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);
}

/// A later article's other figure for a period is kept beside the earlier
/// one, oldest first, undated last, the later of the same outlet marked
/// "diperbarui <date>", on the region page and the site-wide page alike.
#[test]
fn a_conflict_is_shown_as_a_history_by_publication_date() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    // Written newest first, so the order shown is not the order written.
    let satu = [
        item_from(
            "kabupaten-satu",
            "baru",
            "Kabar Uji",
            Some("2020-03-05"),
            120,
        ),
        item_from("kabupaten-satu", "tanpa-tanggal", "Kabar Uji", None, 130),
        item_from(
            "kabupaten-satu",
            "lama",
            "Kabar Uji",
            Some("2019-07-18"),
            100,
        ),
    ];
    content(&root, &satu, &[]);
    let built = common::build_into_temp(&root, None);

    let region = built.read("wilayah/kabupaten-satu/index.html");
    let site_wide = built.read("angka-berbeda/index.html");
    for (html, anchor) in [
        (&region, "beda-jumlah_ikm-2019"),
        (&site_wide, "kabupaten-satu--beda-jumlah_ikm-2019"),
    ] {
        let rows = group_rows(html, anchor);
        let values: Vec<&str> = rows
            .iter()
            .map(|r| {
                r.split("<strong>")
                    .nth(1)
                    .unwrap()
                    .split('<')
                    .next()
                    .unwrap()
            })
            .collect();
        assert_eq!(values, ["100", "120", "130"], "{anchor}");
        assert!(!rows[0].contains("diperbarui"), "{}", rows[0]);
        assert!(
            rows[1].contains(">diperbarui 5 Maret 2020</span>"),
            "{}",
            rows[1]
        );
        // An undated article cannot be said to come later.
        assert!(!rows[2].contains("diperbarui"), "{}", rows[2]);
    }
}

/// Issue 21: a later figure from another outlet is a second source, not a
/// revision: "dilaporkan kemudian oleh <outlet>, <date>", never
/// "diperbarui", on the region page and the site-wide page alike.
#[test]
fn a_later_figure_from_another_outlet_is_not_an_update() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let satu = [
        item_from(
            "kabupaten-satu",
            "lama",
            "Kabar Uji",
            Some("2019-07-18"),
            100,
        ),
        item_from(
            "kabupaten-satu",
            "lain",
            "Warta Lain",
            Some("2020-03-05"),
            120,
        ),
    ];
    content(&root, &satu, &[]);
    let built = common::build_into_temp(&root, None);
    let region = built.read("wilayah/kabupaten-satu/index.html");
    let site_wide = built.read("angka-berbeda/index.html");
    for (html, anchor) in [
        (&region, "beda-jumlah_ikm-2019"),
        (&site_wide, "kabupaten-satu--beda-jumlah_ikm-2019"),
    ] {
        let rows = group_rows(html, anchor);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(!rows[1].contains("diperbarui"), "{}", rows[1]);
        assert!(
            rows[1].contains(">dilaporkan kemudian oleh Warta Lain, 5 Maret 2020</span>"),
            "{}",
            rows[1]
        );
    }
}

/// Two regions with a conflict of the same metric and period share the
/// group's anchor on their own pages; on the site-wide page each is
/// prefixed with its region's slug, so every id there is unique, and each
/// region's page links to its own heading there.
#[test]
fn anchors_on_the_site_wide_page_are_unique_across_regions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let pair = |region: &str| {
        [
            item(region, "a", Some("2019-01-02"), 1),
            item(region, "b", Some("2019-01-02"), 2),
        ]
    };
    content(&root, &pair("kabupaten-satu"), &pair("kabupaten-dua"));
    let built = common::build_into_temp(&root, None);
    for slug in ["kabupaten-satu", "kabupaten-dua"] {
        let region = built.read(&format!("wilayah/{slug}/index.html"));
        assert_eq!(region.matches("id=\"beda-jumlah_ikm-2019\"").count(), 1);
        assert!(region.contains(&format!(
            "href=\"/ikm/angka-berbeda/#wilayah-{slug}\">Lihat semua angka berbeda"
        )));
    }
    let page = built.read("angka-berbeda/index.html");
    let ids = common::attribute_values(&page, "id");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for id in [
        "wilayah-kabupaten-dua",
        "kabupaten-dua--beda-jumlah_ikm-2019",
        "wilayah-kabupaten-satu",
        "kabupaten-satu--beda-jumlah_ikm-2019",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    // In the regions' order (by name: Dua before Satu), and the same
    // figures in both agree with nothing else: 2 groups in 2 regions.
    assert!(page.find("wilayah-kabupaten-dua") < page.find("wilayah-kabupaten-satu"));
    assert!(page.contains("2 kelompok di 2 wilayah"), "{page}");
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);
}

/// A site whose sources all agree still has the page (the footer links
/// it), saying so, and no region page links to it from a conflict section.
#[test]
fn a_site_without_conflicts_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let satu = [
        item("kabupaten-satu", "a", Some("2019"), 5),
        item("kabupaten-satu", "b", Some("2020"), 5),
    ];
    content(&root, &satu, &[]);
    let built = common::build_into_temp(&root, None);
    let page = built.read("angka-berbeda/index.html");
    assert!(page.contains("<p>Tidak ada angka berbeda:"), "{page}");
    assert!(!page.contains("conflict-group"));
    let region = built.read("wilayah/kabupaten-satu/index.html");
    assert!(!region.contains("Lihat semua angka berbeda"));
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);
}

/// Many groups are cut into pages by figures; a region's link lands on the
/// page of its first group.
#[test]
fn a_long_list_of_conflicts_has_pages_and_region_links_land_on_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    // 60 groups of two in Kabupaten Dua fill page 1 (50 groups, 100
    // figures) and part of page 2; Kabupaten Satu's group follows there.
    let mut dua = Vec::new();
    for n in 1..=60 {
        let date = format!("2019-{:02}-{:02}", (n - 1) / 28 + 1, (n - 1) % 28 + 1);
        for (suffix, value) in [("a", 1), ("b", 2)] {
            dua.push(
                item("kabupaten-dua", &format!("{n}{suffix}"), None, value)
                    .replace("as_of: \"2019\"", &format!("as_of: \"{date}\"")),
            );
        }
    }
    let satu = [
        item("kabupaten-satu", "a", Some("2019"), 1),
        item("kabupaten-satu", "b", Some("2019"), 2),
    ];
    content(&root, &satu, &dua);
    let built = common::build_into_temp(&root, None);
    let first = built.read("angka-berbeda/index.html");
    let second = built.read("angka-berbeda/halaman/2/index.html");
    assert_eq!(first.matches("class=\"conflict-group\"").count(), 50);
    assert_eq!(second.matches("class=\"conflict-group\"").count(), 11);
    assert!(first.contains("Halaman 1 dari 2"));
    // Kabupaten Dua continues on page 2 under its heading again.
    assert!(second.contains("id=\"wilayah-kabupaten-dua\""));
    let satu_page = built.read("wilayah/kabupaten-satu/index.html");
    assert!(satu_page.contains("href=\"/ikm/angka-berbeda/halaman/2/#wilayah-kabupaten-satu\""));
    let dua_page = built.read("wilayah/kabupaten-dua/index.html");
    assert!(dua_page.contains("href=\"/ikm/angka-berbeda/#wilayah-kabupaten-dua\""));
    let sitemap = built.read("sitemap-1.xml");
    assert!(sitemap.contains("/ikm/angka-berbeda/halaman/2/</loc>"));
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);
}
