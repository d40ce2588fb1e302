//! Kecamatan, desa and kelurahan: a region four rungs down gets its page,
//! breadcrumbs through the whole chain, and its parent lists and compares it
//! with its siblings. Made-up regions, so real articles never move the test.

mod common;

use std::path::Path;

fn content(dir: &Path) {
    common::write_test_site(dir);
    let write = |relative: &str, text: &str| common::write_file(dir, relative, text);
    write(
        "regions/uji/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\ncode: \"91\"\nchecked: [region-without-news]\n",
    );
    write(
        "regions/uji/kabupaten-uji.yaml",
        "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\ncode: \"91.01\"\nchecked: [region-without-news]\n",
    );
    for (slug, name, code, count) in [
        ("hulu", "Hulu", "91.01.01", 120),
        ("hilir", "Hilir", "91.01.02", 80),
    ] {
        write(
            &format!("regions/uji/{slug}.yaml"),
            &format!(
                "name: Kecamatan {name}\nlevel: kecamatan\nparent: kabupaten-uji\ncode: \"{code}\"
news:
  - id: {slug}-2020
    title: IKM di {name}
    outlet: Warta Uji
    published: 2020-03-04
    summary: Ringkasan buatan untuk uji.
    figures:
      - metric: jumlah_ikm
        value: {count}
"
            ),
        );
    }
    write(
        "regions/uji/sukamaju.yaml",
        "name: Desa Sukamaju\nlevel: desa\nparent: hulu\ncode: \"91.01.01.2001\"
news:
  - id: sukamaju-2021
    title: Perajin Sukamaju
    outlet: Warta Uji
    published: 2021-05-06
    summary: Ringkasan buatan untuk uji.
    figures:
      - metric: jumlah_ikm
        value: 12
",
    );
}

fn built() -> common::Built {
    let dir = tempfile::tempdir().unwrap();
    content(dir.path());
    let built = common::build_into_temp(dir.path(), None);
    drop(dir);
    built
}

#[test]
fn a_desa_page_has_breadcrumbs_through_the_whole_chain() {
    let site = built();
    let page = site.read("wilayah/sukamaju/index.html");
    let crumbs = page
        .split("<nav class=\"breadcrumbs")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("breadcrumbs");
    let order: Vec<usize> = [
        "/ikm/wilayah/\">Indonesia",
        "/ikm/wilayah/provinsi-uji/\">Provinsi Uji",
        "/ikm/wilayah/kabupaten-uji/\">Kabupaten Uji",
        "/ikm/wilayah/hulu/\">Kecamatan Hulu",
        "aria-current=\"page\">Desa Sukamaju",
    ]
    .iter()
    .map(|needle| {
        crumbs
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {crumbs}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{crumbs}");
    assert!(
        page.contains("Desa · kode Kemendagri 91.01.01.2001"),
        "{page}"
    );
}

#[test]
fn a_kabupaten_lists_and_compares_its_kecamatan() {
    let site = built();
    let page = site.read("wilayah/kabupaten-uji/index.html");
    assert!(
        page.contains("<h2 id=\"sub-wilayah\">Kecamatan</h2>"),
        "{page}"
    );
    assert!(page.contains("Kecamatan Hulu") && page.contains("Kecamatan Hilir"));
    assert!(
        page.contains("Jumlah IKM kecamatan di Kabupaten Uji"),
        "no comparison of the kecamatan:\n{page}"
    );
    // The chart is named after the kabupaten's level, not a province's.
    assert!(
        page.contains("/ikm/grafik/kabupaten-kabupaten-uji-jumlah_ikm.svg"),
        "{page}"
    );
    let kecamatan = site.read("wilayah/hulu/index.html");
    assert!(
        kecamatan.contains("<h2 id=\"sub-wilayah\">Desa dan kelurahan</h2>"),
        "{kecamatan}"
    );
    common::assert_internal_links_resolve(&site.out(), common::BASE_PATH);
}
