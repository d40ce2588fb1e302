//! Long lists are cut into pages at the right places: 123 news items in one
//! region, each dated a day apart, so the order and every page's slice are
//! known.

mod common;

use std::path::Path;

const ITEMS: usize = 123;

/// A test site with `provinsi-uji`; returns the start of the file of its
/// regency, `kabupaten-uji`, up to its news list.
fn regency_of_a_test_province(dir: &Path) -> String {
    common::write_test_site(dir);
    common::write_file(
        dir,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\nchecked: [region-without-news]\n",
    );
    String::from("name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\nnews:\n")
}

/// `regions/kabupaten-uji.yaml` with items `berita-1` (oldest) to
/// `berita-123` (newest), each with the topic `pelatihan`.
fn content(dir: &Path) {
    let mut regency = regency_of_a_test_province(dir);
    for n in 1..=ITEMS {
        let (month, day) = ((n - 1) / 28 + 1, (n - 1) % 28 + 1);
        regency.push_str(&format!(
            "  - id: berita-{n}\n    title: Berita nomor {n}\n    outlet: Kabar\n    url: https://kabar.test/{n}\n    published: 2020-{month:02}-{day:02}\n    summary: Ringkasan nomor {n}.\n    topics: [pelatihan]\n"
        ));
    }
    common::write_file(dir, "regions/kabupaten-uji.yaml", &regency);
}

/// The numbers of the news titles a list page shows, in order.
fn listed(html: &str) -> Vec<usize> {
    html.split("class=\"news-title\"><a href=")
        .skip(1)
        .filter_map(|rest| rest.split("Berita nomor ").nth(1))
        .filter_map(|rest| rest.split('<').next()?.parse().ok())
        .collect()
}

/// Newest first: page `page` of 50 holds numbers 123 − 50·(page − 1) down.
fn expected(page: usize) -> Vec<usize> {
    let first = ITEMS - 50 * (page - 1);
    (first.saturating_sub(49).max(1)..=first).rev().collect()
}

/// Checks the three pages of the list at `base` (`berita/`, …): each holds
/// its slice, links its neighbours, and there is no fourth.
fn assert_paginated(built: &common::Built, base: &str) {
    for page in 1..=3 {
        let path = if page == 1 {
            base.to_string()
        } else {
            format!("{base}halaman/{page}/")
        };
        let html = built.read(&format!("{path}index.html"));
        assert_eq!(listed(&html), expected(page), "{path}");
        if page < 3 {
            assert!(
                html.contains(&format!(
                    "href=\"/ikm/{base}halaman/{}/\" rel=\"next\"",
                    page + 1
                )),
                "{path} does not link the next page"
            );
        }
        let previous = match page {
            1 => None,
            2 => Some(format!("/ikm/{base}")),
            _ => Some(format!("/ikm/{base}halaman/{}/", page - 1)),
        };
        if let Some(previous) = previous {
            assert!(
                html.contains(&format!("href=\"{previous}\" rel=\"prev\"")),
                "{path}"
            );
        }
        if page > 1 {
            assert!(
                html.contains(&format!(", halaman {page} · Uji</title>")),
                "{path}"
            );
        }
    }
    let last = built.read(&format!("{base}halaman/3/index.html"));
    assert!(last.contains("Halaman 3 dari 3") && !last.contains("rel=\"next\""));
    assert!(!built.out().join(format!("{base}halaman/4")).exists());
    assert!(!built.out().join(format!("{base}halaman/1")).exists());
}

#[test]
fn every_list_of_123_items_is_three_pages_of_50_50_and_23() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root);
    let built = common::build_into_temp(&root, None);
    assert_eq!(expected(3).len(), 23);
    for base in [
        "berita/",
        "topik/pelatihan/",
        "wilayah/kabupaten-uji/berita/",
    ] {
        assert_paginated(&built, base);
    }
    // The region's own list does not name the region on every item; the
    // site-wide list does.
    let link = "· <a href=\"/ikm/wilayah/kabupaten-uji/\">";
    assert!(!built
        .read("wilayah/kabupaten-uji/berita/index.html")
        .contains(link));
    assert!(built.read("berita/index.html").contains(link));
}

#[test]
fn a_region_page_shows_ten_items_in_full_then_titles_then_links_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root);
    let built = common::build_into_temp(&root, None);
    let html = built.read("wilayah/kabupaten-uji/index.html");
    assert_eq!(listed(&html), (114..=123).rev().collect::<Vec<_>>());
    assert_eq!(html.matches("Ringkasan nomor").count(), 10);
    assert!(html.contains(">Berita nomor 84</a>") && !html.contains(">Berita nomor 83</a>"));
    assert!(html.contains("href=\"/ikm/wilayah/kabupaten-uji/berita/\">Semua 123 berita"));
}

/// `regions/kabupaten-uji.yaml` with `dated` news items that each report
/// one dated figure (values 1001, 1002, …) and `undated` items without a
/// date, whose figures are undated (values 5001, 5002, …).
fn figures_content(dir: &Path, dated: usize, undated: usize) {
    let mut regency = regency_of_a_test_province(dir);
    for n in 1..=dated + undated {
        let (published, value) = if n <= dated {
            let (month, day) = ((n - 1) / 28 % 12 + 1, (n - 1) % 28 + 1);
            let year = 2000 + (n - 1) / (28 * 12);
            (
                format!("    published: {year}-{month:02}-{day:02}\n"),
                1000 + n,
            )
        } else {
            (String::new(), 5000 + n - dated)
        };
        regency.push_str(&format!(
            "  - id: berita-{n}\n    title: Berita nomor {n}\n    outlet: Kabar\n    url: https://kabar.test/{n}\n{published}    summary: Ringkasan.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n        checked: [figure-undated]\n"
        ));
    }
    common::write_file(dir, "regions/kabupaten-uji.yaml", &regency);
}

/// The values in the figure tables of a page, as shown (`1.001`), not
/// counting the table under each chart.
fn table_values(html: &str) -> Vec<String> {
    let outside_charts: String = html
        .split("<details class=\"chart-data\">")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</details>").map_or("", |(_, after)| after)
            }
        })
        .collect();
    outside_charts
        .split("<td class=\"num\" data-label=\"Nilai\">")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .map(str::to_string)
        .collect()
}

/// `1.001` for 1001: as the tables show a count.
fn shown(value: usize) -> String {
    format!("{}.{:03}", value / 1000, value % 1000)
}

#[test]
fn a_region_with_more_figures_than_its_page_lists_them_on_pages_of_100() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    figures_content(&root, 130, 10);
    let built = common::build_into_temp(&root, None);

    let region = built.read("wilayah/kabupaten-uji/index.html");
    assert!(
        table_values(&region).is_empty(),
        "the region page lists figures"
    );
    assert!(
        region.contains("href=\"/ikm/wilayah/kabupaten-uji/angka/\">daftar semua 140 angka"),
        "no link to the figure pages"
    );

    let first = built.read("wilayah/kabupaten-uji/angka/index.html");
    let second = built.read("wilayah/kabupaten-uji/angka/halaman/2/index.html");
    assert!(!built
        .out()
        .join("wilayah/kabupaten-uji/angka/halaman/3")
        .exists());
    let (on_first, on_second) = (table_values(&first), table_values(&second));
    assert_eq!((on_first.len(), on_second.len()), (100, 40));
    // Every figure exactly once, dated first, the undated at the end.
    let mut all: Vec<String> = on_first.iter().chain(&on_second).cloned().collect();
    assert_eq!(&all[130..], (5001..=5010).map(shown).collect::<Vec<_>>());
    all.sort();
    let mut expected: Vec<String> = (1001..=1130).chain(5001..=5010).map(shown).collect();
    expected.sort();
    assert_eq!(all, expected);
    assert!(!first.contains("id=\"tanpa-tanggal\"") && second.contains("id=\"tanpa-tanggal\""));
    // A list by metric and period, not by date of news: its own labels.
    assert!(first.contains(
        "href=\"/ikm/wilayah/kabupaten-uji/angka/halaman/2/\" rel=\"next\">Berikutnya →"
    ));
    assert!(second.contains("href=\"/ikm/wilayah/kabupaten-uji/angka/\" rel=\"prev\">← Sebelumnya"));
    assert!(second.contains("<title>Angka Kabupaten Uji, halaman 2 · Uji</title>"));
    // Each figure links the news page that reports it.
    assert!(first.contains("href=\"/ikm/berita/berita-1/#angka-1\""));
    common::assert_internal_links_resolve(&built.out(), "/ikm/");

    // The list pages name the province in their breadcrumbs: an edit of
    // the province's file changes them, and the dependency map says so.
    let site = ikm_site::content::load(&root, None).unwrap().site;
    let theme = ikm_site::content::theme::Theme::defaults();
    let plan = ikm_site::render::plan(&site, &theme).unwrap();
    let province = plan.files_of_file(&site, &root.join("regions/provinsi-uji.yaml"));
    for file in [
        "wilayah/kabupaten-uji/angka/index.html",
        "wilayah/kabupaten-uji/angka/halaman/2/index.html",
        "wilayah/kabupaten-uji/berita/index.html",
    ] {
        assert!(
            first.contains("Provinsi Uji</a>"),
            "breadcrumbs name the province"
        );
        assert!(
            province.contains(file),
            "{file} not in the province's routes"
        );
    }
}

#[test]
fn a_region_with_sixty_figures_lists_them_all_on_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    figures_content(&root, 55, 5);
    let built = common::build_into_temp(&root, None);
    let region = built.read("wilayah/kabupaten-uji/index.html");
    assert_eq!(table_values(&region).len(), 60);
    assert!(!region.contains("/angka/"));
    assert!(!built.out().join("wilayah/kabupaten-uji/angka").exists());
}

/// `regions/kabupaten-uji.yaml` with `groups` pairs of news items that
/// disagree on one day's count (`beda-G-a` says 100 + G, `beda-G-b` says
/// 200 + G, both on 2010-01-G), then `agreeing` items with a figure each.
fn conflicting_content(dir: &Path, groups: usize, agreeing: usize) {
    let mut regency = regency_of_a_test_province(dir);
    let item = |id: String, published: String, value: usize| {
        format!(
            "  - id: {id}\n    title: Berita {id}\n    outlet: Kabar\n    url: https://kabar.test/{id}\n    published: {published}\n    summary: Ringkasan.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n"
        )
    };
    for g in 1..=groups {
        let day = format!("2010-01-{g:02}");
        regency.push_str(&item(format!("beda-{g}-a"), day.clone(), 100 + g));
        regency.push_str(&item(format!("beda-{g}-b"), day, 200 + g));
    }
    for n in 1..=agreeing {
        let day = format!("2005-{:02}-{:02}", (n - 1) / 28 + 1, (n - 1) % 28 + 1);
        regency.push_str(&item(format!("sama-{n}"), day, 300 + n));
    }
    common::write_file(dir, "regions/kabupaten-uji.yaml", &regency);
}

/// The `href` of the "angka berbeda" badge on a news page.
fn conflict_link(html: &str) -> String {
    let (before, _) = html
        .split_once("\">angka berbeda</a>")
        .expect("no angka berbeda link");
    before.rsplit("href=\"").next().unwrap().to_string()
}

#[test]
fn angka_berbeda_on_a_news_page_lands_on_its_group_wherever_it_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    // 90 agreeing figures from 2005, then 24 groups of two from 2010: the
    // region has figure pages, its page shows 10 of the 24 groups, and
    // the list puts group G at positions 90 + 2(G − 1) and the next.
    conflicting_content(&root, 24, 90);
    // And one group of eight on 2011-01-01, more than a group shows.
    let mut regency = std::fs::read_to_string(root.join("regions/kabupaten-uji.yaml")).unwrap();
    for n in 1..=8 {
        regency.push_str(&format!(
            "  - id: besar-{n}\n    title: Berita besar {n}\n    outlet: Kabar\n    url: https://kabar.test/besar-{n}\n    published: 2011-01-01\n    summary: Ringkasan.\n    figures:\n      - metric: jumlah_ikm\n        value: {}\n",
            400 + n
        ));
    }
    common::write_file(&root, "regions/kabupaten-uji.yaml", &regency);
    let built = common::build_into_temp(&root, None);

    let region = built.read("wilayah/kabupaten-uji/index.html");
    let shown: Vec<&str> = region
        .split("<div class=\"conflict-group\" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    // The newest ten, oldest of them first as everywhere else.
    let mut newest: Vec<String> = (16..=24)
        .map(|g| format!("beda-jumlah_ikm-2010-01-{g}"))
        .collect();
    newest.push("beda-jumlah_ikm-2011-01-01".into());
    assert_eq!(shown, newest);
    assert!(region.contains("Di atas 10 kelompok dengan periode terbaru. Ada 15 kelompok"));
    // The group of eight shows six and links the rest, on the second
    // figure page (positions 138 to 145).
    assert!(region.contains(
        "dan 2 angka lain di <a href=\"/ikm/wilayah/kabupaten-uji/angka/halaman/2/#beda-jumlah_ikm-2011-01-01\">"
    ));

    // The key figure is the newest period's group, and links it.
    assert!(region.contains(
        "<a class=\"badge\" href=\"/ikm/wilayah/kabupaten-uji/#beda-jumlah_ikm-2011-01-01\">angka berbeda</a>"
    ));

    // A group the region page shows: the link goes there. One it leaves
    // out: the row on the figure page that lists it, the first page for
    // group 5 (positions 98 and 99), the second for group 6.
    for (news, lands_on) in [
        (
            "beda-20-b",
            "/ikm/wilayah/kabupaten-uji/#beda-jumlah_ikm-2010-01-20",
        ),
        (
            "beda-5-b",
            "/ikm/wilayah/kabupaten-uji/angka/#beda-jumlah_ikm-2010-01-05",
        ),
        (
            "beda-6-a",
            "/ikm/wilayah/kabupaten-uji/angka/halaman/2/#beda-jumlah_ikm-2010-01-06",
        ),
    ] {
        let html = built.read(&format!("berita/{news}/index.html"));
        assert_eq!(conflict_link(&html), lands_on, "{news}");
    }
    let figures = built.read("wilayah/kabupaten-uji/angka/index.html");
    assert_eq!(
        figures.matches("id=\"beda-jumlah_ikm-2010-01-05\"").count(),
        1,
        "the anchor is on one row"
    );
    // Every badge of every news page resolves to an element with its id.
    common::assert_internal_links_resolve(&built.out(), "/ikm/");
}

/// `  - id: ID` with one figure per value, dated `as_of` when given.
fn item(id: &str, as_of: Option<&str>, values: &[usize]) -> String {
    let mut text = format!(
        "  - id: \"{id}\"\n    title: Berita {id}\n    outlet: Kabar\n    url: https://kabar.test/{id}\n    summary: R.\n    figures:\n"
    );
    for value in values {
        text.push_str(&format!(
            "      - metric: jumlah_ikm\n        value: {value}\n"
        ));
        match as_of {
            Some(date) => text.push_str(&format!("        as_of: {date}\n")),
            None => text.push_str("        checked: [figure-undated]\n"),
        }
    }
    text
}

/// Found by a reviewer: an undated group's anchor was the news id, so
/// news `2019` and a dated 2019 group shared one id.
#[test]
fn conflict_anchors_are_unique_even_when_a_news_id_looks_like_a_period() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let mut regency = regency_of_a_test_province(&root);
    regency.push_str(&item("a", Some("2019"), &[1]));
    regency.push_str(&item("b", Some("2019"), &[2]));
    regency.push_str(&item("2019", None, &[10, 20]));
    common::write_file(&root, "regions/kabupaten-uji.yaml", &regency);
    let built = common::build_into_temp(&root, None);
    let region = built.read("wilayah/kabupaten-uji/index.html");
    for anchor in ["beda-jumlah_ikm-2019", "beda-jumlah_ikm-berita-2019"] {
        assert_eq!(
            region.matches(&format!("id=\"{anchor}\"")).count(),
            1,
            "{anchor}"
        );
    }
    let news = built.read("berita/2019/index.html");
    assert_eq!(
        conflict_link(&news),
        "/ikm/wilayah/kabupaten-uji/#beda-jumlah_ikm-berita-2019"
    );
    common::assert_internal_links_resolve(&built.out(), "/ikm/");
}

/// Found by a reviewer: undated figures from several articles are several
/// groups (or none), so a key figure showing them all links none of them.
#[test]
fn a_key_figure_spanning_several_undated_groups_links_none() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let mut regency = regency_of_a_test_province(&root);
    regency.push_str(&item("a", None, &[10]));
    regency.push_str(&item("b", None, &[20, 21]));
    common::write_file(&root, "regions/kabupaten-uji.yaml", &regency);
    let built = common::build_into_temp(&root, None);
    let region = built.read("wilayah/kabupaten-uji/index.html");
    let key_figures = region
        .split("<ul class=\"key-figures\">")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .expect("no key figures");
    assert!(
        key_figures.contains("<span class=\"badge\">angka berbeda</span>"),
        "{key_figures}"
    );
    assert!(!key_figures.contains("<a class=\"badge\""), "{key_figures}");
}

/// Found by a reviewer: a group cut by a page break had its anchor only
/// on the first page, so a link for a figure on the second landed on the
/// wrong page.
#[test]
fn a_group_cut_by_the_page_break_is_linked_on_the_page_of_each_figure() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let mut regency = regency_of_a_test_province(&root);
    // Positions 0–95: agreeing figures of 2005 (one per month and day).
    for n in 1..=96 {
        let day = format!("2005-{:02}-{:02}", (n - 1) / 28 + 1, (n - 1) % 28 + 1);
        regency.push_str(&item(&format!("sama-{n}"), Some(&day), &[n]));
    }
    // Positions 96–103: one group of eight, cut after 99.
    for n in 1..=8 {
        regency.push_str(&item(&format!("besar-{n}"), Some("2010-01-01"), &[400 + n]));
    }
    // Ten newer groups, which the region's page shows instead.
    for g in 1..=10 {
        let day = format!("2011-01-{g:02}");
        regency.push_str(&item(&format!("baru-{g}-a"), Some(&day), &[100 + g]));
        regency.push_str(&item(&format!("baru-{g}-b"), Some(&day), &[200 + g]));
    }
    common::write_file(&root, "regions/kabupaten-uji.yaml", &regency);
    let built = common::build_into_temp(&root, None);

    let anchor = "beda-jumlah_ikm-2010-01-01";
    for (news, page) in [("besar-2", ""), ("besar-7", "halaman/2/")] {
        let html = built.read(&format!("berita/{news}/index.html"));
        assert_eq!(
            conflict_link(&html),
            format!("/ikm/wilayah/kabupaten-uji/angka/{page}#{anchor}"),
            "{news}"
        );
        let list = built.read(&format!("wilayah/kabupaten-uji/angka/{page}index.html"));
        assert_eq!(
            list.matches(&format!("id=\"{anchor}\"")).count(),
            1,
            "{page}"
        );
    }
    common::assert_internal_links_resolve(&built.out(), "/ikm/");
}

/// `kecamatan-uji` under `kabupaten-uji` with `count` desa, `desa-001` …,
/// named "Desa Nomor 001" … so that their order by name is their number.
fn children_content(dir: &Path, count: usize) {
    let regency = regency_of_a_test_province(dir);
    let regency = regency.replace("news:\n", "checked: [region-without-news]\n");
    common::write_file(dir, "regions/kabupaten-uji.yaml", &regency);
    common::write_file(
        dir,
        "regions/kecamatan-uji.yaml",
        "name: Kecamatan Uji\nlevel: kecamatan\nparent: kabupaten-uji\nchecked: [region-without-news]\n",
    );
    // Written last first, so the order on the pages is not the order of
    // the files on disk.
    for n in (1..=count).rev() {
        common::write_file(
            dir,
            &format!("regions/desa/desa-{n:03}.yaml"),
            &format!("name: Desa Nomor {n:03}\nlevel: desa\nparent: kecamatan-uji\nchecked: [region-without-news]\n"),
        );
    }
}

/// The numbers of the desa a page lists, in order.
fn desa_listed(html: &str) -> Vec<usize> {
    html.split(">Desa Nomor ")
        .skip(1)
        .filter_map(|rest| rest.split("</a>").next()?.parse().ok())
        .collect()
}

#[test]
fn a_region_with_123_sub_regions_shows_50_and_lists_them_on_pages_of_50_50_and_23() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    children_content(&root, ITEMS);
    let built = common::build_into_temp(&root, None);

    let region = built.read("wilayah/kecamatan-uji/index.html");
    assert_eq!(desa_listed(&region), (1..=50).collect::<Vec<_>>());
    assert!(region.contains(
        "<a href=\"/ikm/wilayah/kecamatan-uji/wilayah/\">Semua 123 desa dan kelurahan di Kecamatan Uji</a>"
    ));

    let base = "wilayah/kecamatan-uji/wilayah/";
    let pages: Vec<String> = (1..=3)
        .map(|page| match page {
            1 => format!("{base}index.html"),
            _ => format!("{base}halaman/{page}/index.html"),
        })
        .collect();
    let mut all = Vec::new();
    for (i, path) in pages.iter().enumerate() {
        let (page, html) = (i + 1, built.read(path));
        let listed = desa_listed(&html);
        let first = 50 * i + 1;
        assert_eq!(
            listed,
            (first..=(first + 49).min(ITEMS)).collect::<Vec<_>>(),
            "{path}"
        );
        all.extend(listed);
        // Pager in a landmark of its own, as the news lists have it.
        assert!(html.contains("<nav class=\"pager\" aria-label=\"Halaman daftar\">"));
        assert!(html.contains(&format!("Halaman {page} dari 3")), "{path}");
        let title = match page {
            1 => "<title>Desa dan kelurahan di Kecamatan Uji · Uji</title>".to_string(),
            _ => {
                format!("<title>Desa dan kelurahan di Kecamatan Uji, halaman {page} · Uji</title>")
            }
        };
        assert!(html.contains(&title), "{path}");
        assert!(
            html.contains("/ikm/wilayah/kabupaten-uji/\">Kabupaten Uji</a>"),
            "{path}: breadcrumbs"
        );
    }
    assert_eq!(all, (1..=ITEMS).collect::<Vec<_>>());
    let (first, second, third) = (
        built.read(&pages[0]),
        built.read(&pages[1]),
        built.read(&pages[2]),
    );
    assert!(first.contains(&format!(
        "href=\"/ikm/{base}halaman/2/\" rel=\"next\">Berikutnya →"
    )));
    assert!(!first.contains("rel=\"prev\""));
    assert!(second.contains(&format!("href=\"/ikm/{base}\" rel=\"prev\">← Sebelumnya")));
    assert!(third.contains(&format!("href=\"/ikm/{base}halaman/2/\" rel=\"prev\"")));
    assert!(!third.contains("rel=\"next\""));
    assert!(!built.out().join(format!("{base}halaman/4")).exists());
    assert!(!built.out().join(format!("{base}halaman/1")).exists());

    // The sitemap lists every page of the list.
    let sitemap = built.read("sitemap-1.xml");
    for page in ["", "halaman/2/", "halaman/3/"] {
        assert!(
            sitemap.contains(&format!("<loc>{}{base}{page}</loc>", common::BASE)),
            "{page} not in the sitemap"
        );
    }
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);

    // A desa's file feeds the list that names it and the region's own file
    // every page of its list; the file of a region beside it, none.
    let site = ikm_site::content::load(&root, None).unwrap().site;
    let theme = ikm_site::content::theme::Theme::defaults();
    let plan = ikm_site::render::plan(&site, &theme).unwrap();
    let list_files = |file: &str| -> Vec<String> {
        plan.files_of_file(&site, &root.join(file))
            .into_iter()
            .filter(|f| f.starts_with(base))
            .collect()
    };
    let mut every_page = pages.clone();
    every_page.sort();
    for file in [
        "regions/desa/desa-077.yaml",
        "regions/kecamatan-uji.yaml",
        "regions/kabupaten-uji.yaml",
    ] {
        assert_eq!(list_files(file), every_page, "{file}");
    }
    common::write_file(
        &root,
        "regions/kecamatan-lain.yaml",
        "name: Kecamatan Lain\nlevel: kecamatan\nparent: kabupaten-uji\nchecked: [region-without-news]\n",
    );
    let site = ikm_site::content::load(&root, None).unwrap().site;
    let plan = ikm_site::render::plan(&site, &theme).unwrap();
    let files = plan.files_of_file(&site, &root.join("regions/kecamatan-lain.yaml"));
    assert!(!files.iter().any(|f| f.starts_with(base)), "{files:?}");
}

#[test]
fn a_region_with_fifty_sub_regions_lists_them_all_on_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    children_content(&root, 50);
    let built = common::build_into_temp(&root, None);
    let region = built.read("wilayah/kecamatan-uji/index.html");
    assert_eq!(desa_listed(&region), (1..=50).collect::<Vec<_>>());
    assert!(!region.contains("/kecamatan-uji/wilayah/"));
    assert!(!built.out().join("wilayah/kecamatan-uji/wilayah").exists());
}

/// The region index and the search page list the kabupaten and kota under
/// each province: past 50 they link the province's own list instead of
/// growing with it.
#[test]
fn the_region_index_lists_50_kabupaten_of_a_province_and_links_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    regency_of_a_test_province(&root);
    for n in 1..=60 {
        common::write_file(
            &root,
            &format!("regions/kabupaten-{n:03}.yaml"),
            &format!("name: Kabupaten Nomor {n:03}\nlevel: kabupaten\nparent: provinsi-uji\nchecked: [region-without-news]\n"),
        );
    }
    let built = common::build_into_temp(&root, None);
    let link =
        "<a href=\"/ikm/wilayah/provinsi-uji/wilayah/\">Semua 60 wilayah di bawah Provinsi Uji</a>";
    for page in ["wilayah/index.html", "cari/index.html"] {
        let html = built.read(page);
        let listed: Vec<usize> = html
            .split(">Kabupaten Nomor ")
            .skip(1)
            .filter_map(|rest| rest.split("</a>").next()?.parse().ok())
            .collect();
        assert_eq!(listed, (1..=50).collect::<Vec<_>>(), "{page}");
        assert!(html.contains(link), "{page}");
    }
    let list = built.read("wilayah/provinsi-uji/wilayah/halaman/2/index.html");
    assert!(list.contains(">Kabupaten Nomor 060</a>"));
    assert!(list.contains("<title>Kabupaten dan kota di Provinsi Uji, halaman 2 · Uji</title>"));
    common::assert_internal_links_resolve(&built.out(), common::BASE_PATH);
}
