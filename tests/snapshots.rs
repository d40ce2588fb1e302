//! Whole outputs pinned with insta: a region page, a chart and the report
//! of a broken content folder (in both languages), from the fixed fixtures in
//! `tests/fixtures/order/` and `tests/fixtures/broken/`. A change to any of
//! them shows as a diff to review (`cargo insta review`), not as a silent
//! change in the published site.

mod common;

use ikm_site::messages::Lang;

fn order_site() -> common::Built {
    common::build_into_temp(&common::repo().join("tests/fixtures/order/content"), None)
}

#[test]
fn a_region_page() {
    let site = order_site();
    insta::assert_snapshot!(site.read("wilayah/kabupaten-satu/index.html"));
}

#[test]
fn a_time_series_chart() {
    let site = order_site();
    insta::assert_snapshot!(site.read("grafik/wilayah-kabupaten-satu-jumlah_ikm.svg"));
}

#[test]
fn the_report_of_a_broken_content_folder() {
    // Relative, as an author types it, so the report names files the same
    // way on every machine (tests run in the package root).
    // A fixed "today", so warnings about dates after it never drift.
    let today = ikm_site::model::PartialDate::parse("2026-01-01").unwrap();
    let broken = std::path::Path::new("tests/fixtures/broken/content");
    let problems = ikm_site::content::load_on(broken, None, today)
        .expect_err("the broken fixture must not load");
    insta::assert_snapshot!(format!(
        "── Indonesian (--lang id) ──\n{}\n\n── English (--lang en) ──\n{}\n",
        problems.shown(Lang::Id),
        problems.shown(Lang::English)
    ));
}
