//! Coverage against the official list of regions (issue 19, item 2): the
//! `cakupan/` page counts every province's regencies and cities with data,
//! the home page states the country's count, a province's page lists all
//! its official regencies and cities (those without data unlinked and
//! marked "belum ada data", with no page of their own), the same one rung
//! down where a regency has kecamatan files, and a site with
//! `official_regions: false` has none of it.

mod common;

use std::fs;

use common::*;

/// The `<li>` of `page` that names `name`, from its opening tag to its end.
fn row<'a>(page: &'a str, name: &str) -> &'a str {
    let at = page
        .find(&format!(">{name}<"))
        .or_else(|| page.find(&format!("\n    {name}")))
        .unwrap_or_else(|| panic!("no row for {name}"));
    let start = page[..at].rfind("<li>").expect("inside a list item");
    let end = at + page[at..].find("</li>").expect("a closed list item");
    &page[start..end]
}

#[test]
fn the_coverage_page_counts_every_province_against_the_official_list() {
    let built = build_into_temp(&site_fixture(), None);
    let page = built.read("cakupan/index.html");
    assert!(
        page.contains("Data dari 4 dari 514 kabupaten/kota di 3 dari 38 provinsi."),
        "{page}"
    );
    assert_eq!(page.matches(" kabupaten/kota</span>").count(), 38);

    let banten = row(&page, "Banten");
    assert!(
        banten.contains(r#"<a href="/ikm/wilayah/banten/">Banten</a>"#),
        "{banten}"
    );
    assert!(banten.contains("1 dari 8 kabupaten/kota"), "{banten}");
    assert!(banten.contains(r#"<a href="/ikm/wilayah/lebak/">Kabupaten Lebak</a>"#));
    assert!(row(&page, "Lampung").contains("1 dari 15 kabupaten/kota"));
    let sultra = row(&page, "Sulawesi Tenggara");
    assert!(sultra.contains("2 dari 17 kabupaten/kota"), "{sultra}");
    assert!(sultra.contains("/ikm/wilayah/muna/") && sultra.contains("/ikm/wilayah/kota-kendari/"));
    // A province without data is named, with no link (it has no page).
    let aceh = row(&page, "Aceh");
    assert!(
        aceh.contains("0 dari 23 kabupaten/kota") && !aceh.contains("<a "),
        "{aceh}"
    );

    let home = built.read("index.html");
    assert!(
        home.contains(r#"Data dari 4 dari 514 kabupaten/kota di 3 provinsi — <a href="/ikm/cakupan/">lihat cakupan</a>."#),
        "{home}"
    );
    assert!(built
        .read("sitemap-1.xml")
        .contains("<loc>https://example.github.io/ikm/cakupan/</loc>"));
    assert_internal_links_resolve(&built.out(), "/ikm/");
}

#[test]
fn a_province_page_lists_its_regencies_without_data_unlinked_and_without_pages() {
    let built = build_into_temp(&site_fixture(), None);
    let banten = built.read("wilayah/banten/index.html");
    let pandeglang = row(&banten, "Kabupaten Pandeglang");
    assert!(pandeglang.contains("belum ada data"), "{pandeglang}");
    assert!(!pandeglang.contains("<a "), "{pandeglang}");
    assert!(row(&banten, "Kabupaten Lebak").contains(r#"<a href="/ikm/wilayah/lebak/">"#));
    // All 8 of Banten's, in order of level, then name.
    let listed: Vec<&str> = [
        "Kabupaten Lebak",
        "Kabupaten Pandeglang",
        "Kabupaten Serang",
        "Kabupaten Tangerang",
        "Kota Cilegon",
        "Kota Serang",
        "Kota Tangerang",
        "Kota Tangerang Selatan",
    ]
    .into_iter()
    .filter(|name| {
        banten.contains(&format!("{name} <span class=\"muted\">· belum ada data"))
            || banten.contains(&format!(">{name}</a>"))
    })
    .collect();
    assert_eq!(listed.len(), 8, "{listed:?}");
    let at = |name: &str| banten.find(name).unwrap();
    assert!(at("Kabupaten Tangerang") < at("Kota Cilegon"));
    assert!(banten.contains("1 dari 8 kabupaten dan kota sudah punya data"));
    // No page of its own for a regency without data.
    let files = built.files();
    assert!(
        !files.keys().any(|f| f.contains("pandeglang")),
        "a page for Pandeglang"
    );
}

#[test]
fn a_regency_with_kecamatan_files_lists_all_its_official_kecamatan() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&site_fixture(), &content);
    write_file(
        &content,
        "regions/banten/malingping.yaml",
        "name: Malingping\nlevel: kecamatan\nparent: lebak\ncode: \"36.02.01\"\nnews: []\n",
    );
    let built = build_into_temp(&content, None);
    let lebak = built.read("wilayah/lebak/index.html");
    assert!(row(&lebak, "Malingping").contains(r#"<a href="/ikm/wilayah/malingping/">"#));
    // Lebak has 28 kecamatan; Wanasalam (36.02.02) has no file.
    assert!(row(&lebak, "Wanasalam").contains("belum ada data"));
    assert!(
        lebak.contains("1 dari 28 kecamatan sudah punya data"),
        "{lebak}"
    );
    // Malingping has no desa files, so its villages are not listed.
    let malingping = built.read("wilayah/malingping/index.html");
    assert!(!malingping.contains("belum ada data"), "{malingping}");
}

#[test]
fn with_official_regions_off_there_is_no_coverage_page_or_unlinked_row() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&site_fixture(), &content);
    let site = fs::read_to_string(content.join("site.yaml")).unwrap();
    write_file(
        &content,
        "site.yaml",
        &format!("{site}official_regions: false\n"),
    );
    let built = build_into_temp(&content, None);
    let files = built.files();
    assert!(
        !files.keys().any(|f| f.starts_with("cakupan/")),
        "a cakupan page"
    );
    assert!(!built.read("index.html").contains("cakupan"));
    assert!(!built.read("sitemap-1.xml").contains("cakupan"));
    let banten = built.read("wilayah/banten/index.html");
    assert!(!banten.contains("belum ada data") && !banten.contains("Pandeglang"));
}

#[test]
fn a_folders_own_list_pages_a_province_of_sixty_regencies_counting_those_without_data() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir_all(&content).unwrap();
    fs::copy(
        site_fixture().join("metrics.yaml"),
        content.join("metrics.yaml"),
    )
    .unwrap();
    write_file(
        &content,
        "site.yaml",
        "title: Uji\nbase_url: https://example.test/ikm/\n",
    );
    let mut list = String::from("36\tProvinsi Luas\n");
    for n in 1..=60 {
        list.push_str(&format!("36.{n:02}\tKabupaten Uji {n:02}\n"));
    }
    write_file(&content, "official-regions.tsv", &list);
    write_file(
        &content,
        "regions/luas/provinsi-luas.yaml",
        "name: Provinsi Luas\nlevel: provinsi\ncode: \"36\"\nnews: []\n",
    );
    write_file(
        &content,
        "regions/luas/uji-02.yaml",
        "name: Kabupaten Uji 02\nlevel: kabupaten\nparent: provinsi-luas\ncode: \"36.02\"\nnews: []\n",
    );
    let built = build_into_temp(&content, None);
    let province = built.read("wilayah/provinsi-luas/index.html");
    assert!(
        province.contains("1 dari 60 kabupaten dan kota sudah punya data"),
        "{province}"
    );
    assert_eq!(province.matches("belum ada data</span>").count(), 49);
    assert!(province.contains(r#"href="/ikm/wilayah/provinsi-luas/wilayah/""#));
    let second = built.read("wilayah/provinsi-luas/wilayah/halaman/2/index.html");
    assert_eq!(second.matches("belum ada data</span>").count(), 10);
    assert!(row(&second, "Kabupaten Uji 60").contains("belum ada data"));
    let first = built.read("wilayah/provinsi-luas/wilayah/index.html");
    assert!(
        first.contains("1 dari 60 kabupaten dan kota sudah punya data"),
        "{first}"
    );
    assert!(built
        .read("cakupan/index.html")
        .contains("Data dari 1 dari 60 kabupaten/kota di 1 dari 1 provinsi."));
    // The footer credits the built-in list only.
    assert!(!province.contains("idn-area-data"));
}
