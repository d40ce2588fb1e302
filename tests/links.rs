//! Issue 22, items 2 and 3: links inside the site. An author's `@/` link
//! becomes the page's URL under the base path; a link broken in a
//! template, a summary or a free page, or a `#fragment` the target page
//! lacks, fails `check` and `build` at the file and line that wrote it, and
//! `build` then writes nothing. A malformed address of another site is a
//! warning. Messages are pinned whole, in Indonesian and in English.

mod common;

use std::fs;
use std::path::Path;

use common::{run_in_both_languages, write_file, write_test_site, BASE_PATH};

const PROVINCE: &str = "name: Provinsi Uji\nlevel: provinsi\n";

/// A regency whose summary and news summary are given, with one news item
/// tagged `kopi` (sector) and `pelatihan` (topic) and one figure.
fn regency(summary: &str, news_summary: &str) -> String {
    format!(
        "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\nsummary: |\n  {summary}\nnews:\n  - id: uji-2020\n    title: Berita Uji\n    outlet: Kabar Uji\n    url: https://example.test/berita/uji\n    published: 2020-05-04\n    summary: |\n      {news_summary}\n    sectors: [kopi]\n    topics: [pelatihan]\n    figures:\n      - metric: jumlah_ikm\n        value: 120\n"
    )
}

/// A content folder at `dir/content` with the regency, a free page
/// `tentang.md` whose body is given, and nothing broken unless the texts
/// break it.
fn site(dir: &Path, summary: &str, news_summary: &str, page: &str) -> std::path::PathBuf {
    let root = dir.join("content");
    write_test_site(&root);
    write_file(&root, "regions/provinsi-uji.yaml", PROVINCE);
    write_file(
        &root,
        "regions/kabupaten-uji.yaml",
        &regency(summary, news_summary),
    );
    write_file(
        &root,
        "pages/tentang.md",
        &format!("---\ntitle: Tentang\n---\n{page}\n"),
    );
    root
}

/// A template override beside the content: `name` is the default with
/// `from` replaced by `to` (which must be there).
fn override_template(dir: &Path, name: &str, from: &str, to: &str) {
    let default = fs::read_to_string(common::repo().join("templates").join(name)).unwrap();
    assert!(default.contains(from), "{from:?} is not in {name}");
    write_file(
        dir,
        &format!("templates/{name}"),
        &default.replacen(from, to, 1),
    );
}

/// `check`, then `build` into `out/` beside an `out/` of an earlier build,
/// both in Indonesian and in English; `build` must fail and leave the
/// earlier output as it was.
fn check_and_build_fail(dir: &Path) -> String {
    let earlier = dir.join("out");
    let ok = dir.join("earlier-content");
    site(&ok, "Ringkasan.", "Isi.", "Isi.");
    let built = ikm_site::build(&ikm_site::BuildOptions {
        content_dir: ok.join("content"),
        output_dir: earlier.clone(),
        base_url: None,
    });
    assert!(built.is_ok(), "the earlier build failed: {built:?}");
    let before = common::files_of(&earlier);
    let check = run_in_both_languages(dir, &["check", "--content", "content"]);
    let build = run_in_both_languages(
        dir,
        &[
            "build",
            "--content",
            "content",
            "--output",
            "out",
            "--quiet",
        ],
    );
    assert!(
        check.contains("exit 1") && !check.contains("exit 0"),
        "{check}"
    );
    assert!(
        build.contains("exit 1") && !build.contains("exit 0"),
        "{build}"
    );
    assert_eq!(
        common::files_of(&earlier),
        before,
        "a failed build changed the output"
    );
    let leftovers: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    format!("{check}\n{build}")
}

#[test]
fn an_at_link_to_each_kind_of_page_gets_its_url_under_the_base_path() {
    let dir = tempfile::tempdir().unwrap();
    let page = "[beranda](@/) [wilayah](@/wilayah) [semua berita](@/berita/) \
                [topik](@/topik) [cari](@/cari) [beda](@/angka-berbeda) \
                [Uji](@/wilayah/kabupaten-uji) [berita](@/berita/uji-2020#angka-1) \
                [pelatihan](@/topik/pelatihan) [kopi](@/sektor/kopi) [ini](@/tentang#isi)";
    let root = site(
        dir.path(),
        "Bagian dari [provinsi](@/wilayah/provinsi-uji).",
        "Lihat [halaman tentang](@/tentang).",
        page,
    );
    let built = common::build_into_temp(&root, None);
    let about = built.read("tentang/index.html");
    for href in [
        "/ikm/",
        "/ikm/wilayah/",
        "/ikm/berita/",
        "/ikm/topik/",
        "/ikm/cari/",
        "/ikm/angka-berbeda/",
        "/ikm/wilayah/kabupaten-uji/",
        "/ikm/berita/uji-2020/#angka-1",
        "/ikm/topik/pelatihan/",
        "/ikm/sektor/kopi/",
        "/ikm/tentang/#isi",
    ] {
        assert!(
            about.contains(&format!("href=\"{href}\"")),
            "no link to {href}:\n{about}"
        );
    }
    assert!(!about.contains("@/"), "{about}");
    let region = built.read("wilayah/kabupaten-uji/index.html");
    assert!(region.contains("href=\"/ikm/wilayah/provinsi-uji/\""));
    let news = built.read("berita/uji-2020/index.html");
    assert!(news.contains("href=\"/ikm/tentang/\""), "{news}");
    common::assert_internal_links_resolve(&built.out(), BASE_PATH);

    // The same content under another base path: the links follow it.
    let root_served = common::build_into_temp(&root, Some("https://contoh.test/"));
    let about = root_served.read("tentang/index.html");
    assert!(
        about.contains("href=\"/wilayah/kabupaten-uji/\""),
        "{about}"
    );
    common::assert_internal_links_resolve(&root_served.out(), "/");
}

/// The example: a Markdown link to a page that does not exist, at
/// the root of the server, in a free page.
#[test]
fn a_root_relative_link_in_a_free_page_fails_check_and_build() {
    let dir = tempfile::tempdir().unwrap();
    site(
        dir.path(),
        "Ringkasan.",
        "Isi.",
        "Lihat juga [wilayah lain](/wilayah/tidak-ada/).",
    );
    insta::assert_snapshot!(check_and_build_fail(dir.path()));
}

#[test]
fn an_at_link_to_a_missing_region_in_a_summary_fails_check_and_build() {
    let dir = tempfile::tempdir().unwrap();
    site(
        dir.path(),
        "Bagian dari [provinsi](@/wilayah/provinsi-ujii).",
        "Isi.",
        "Isi.",
    );
    insta::assert_snapshot!(check_and_build_fail(dir.path()));
}

#[test]
fn a_broken_link_in_a_template_fails_check_and_build_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), "Ringkasan.", "Isi.", "Isi.");
    override_template(
        dir.path(),
        "404.html",
        "{{ links.news }}",
        "{{ base }}beritaa/",
    );
    insta::assert_snapshot!(check_and_build_fail(dir.path()));
}

#[test]
fn a_fragment_missing_on_its_page_fails_at_the_link_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    site(
        dir.path(),
        "Ringkasan.",
        "Lihat [angka kedua](@/berita/uji-2020#angka-2).",
        "Isi.",
    );
    override_template(
        dir.path(),
        "page.html",
        "{% block content %}",
        "{% block content %}<p><a href=\"{{ home_url }}#tidak-ada\">x</a></p>",
    );
    insta::assert_snapshot!(check_and_build_fail(dir.path()));
}

#[test]
fn a_malformed_address_of_another_site_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    site(
        dir.path(),
        "Ringkasan.",
        "Isi.",
        "Sumber: [data](http:/example.org/data).",
    );
    override_template(
        dir.path(),
        "404.html",
        "{{ links.news }}",
        "htp://example.org/",
    );
    let shown = run_in_both_languages(dir.path(), &["check", "--content", "content"]);
    assert!(
        shown.contains("exit 0") && !shown.contains("exit 1"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

/// Found by the link check on the benchmark's national content: a kota
/// whose only figures of a metric are undated, from two articles, with
/// other values. The model finds no conflict (two undated figures share a
/// period only within one article), so the kota's page has no "angka
/// berbeda" section, yet its province's list marked the key figure
/// "angka berbeda" with a link to `#angka-berbeda` on that page.
#[test]
fn undated_figures_of_two_articles_are_no_conflict_to_link_to() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    write_test_site(&root);
    write_file(&root, "regions/provinsi-uji.yaml", PROVINCE);
    let item = |id: &str, value: u32| {
        format!("  - id: {id}\n    title: {id}\n    outlet: Kabar\n    url: https://example.test/{id}\n    summary: Isi.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n")
    };
    write_file(
        &root,
        "regions/kota-uji.yaml",
        &format!(
            "name: Kota Uji\nlevel: kota\nparent: provinsi-uji\nnews:\n{}{}",
            item("satu", 12864),
            item("dua", 12854)
        ),
    );
    let built = common::build_into_temp(&root, None);
    let province = built.read("wilayah/provinsi-uji/index.html");
    assert!(province.contains("12.864"), "{province}");
    assert!(!province.contains("#angka-berbeda"), "{province}");
    common::assert_internal_links_resolve(&built.out(), BASE_PATH);
}
