//! Issue 21, item 4 ("Let the content test the tool"): the number kinds real
//! content needed. A `kind: money` figure reads `Rp37 miliar` wherever it is
//! shown (key figures, conflicts, chart labels and axes) while the CSV keeps
//! the plain number, and a percent may be negative (a growth of −3,35%),
//! shown with a real minus sign everywhere and drawn below a zero line.

mod common;

use std::path::Path;

/// A news item of `region` with one figure of `metric` for `as_of`.
fn item(region: &str, id: &str, metric: &str, value: &str, as_of: &str) -> String {
    format!(
        "  - id: {region}-{id}\n    title: Berita {id} dari {region}\n    outlet: Kabar {id}\n    url: https://kabar.test/{region}/{id}\n    published: \"2022\"\n    summary: R.\n    figures:\n      - metric: {metric}\n        value: {value}\n        as_of: \"{as_of}\"\n"
    )
}

/// A test province with two regencies: `kabupaten-satu` reports two
/// disagreeing production values for 2019 (a conflict) and a growth of
/// −3,35% then 2% (a time series); `kabupaten-dua` one value and a growth
/// of −1,5%. The province's page compares the three production values.
fn content(root: &Path) {
    common::write_test_site(root);
    common::write_file(
        root,
        "metrics.yaml",
        "nilai_produksi_sentra:\n  label: Nilai produksi sentra IKM\n  unit: rupiah\n  kind: money\npertumbuhan_produksi:\n  label: Pertumbuhan produksi\n  unit: \"%\"\n  kind: percent\n",
    );
    common::write_file(
        root,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\n",
    );
    let satu = [
        item("satu", "a", "nilai_produksi_sentra", "37000000000", "2019"),
        item("satu", "b", "nilai_produksi_sentra", "81400000000", "2019"),
        item("satu", "c", "pertumbuhan_produksi", "-3.35", "2020"),
        item("satu", "d", "pertumbuhan_produksi", "2", "2021"),
    ];
    let dua = [
        item("dua", "a", "nilai_produksi_sentra", "1200000000000", "2019"),
        item("dua", "b", "pertumbuhan_produksi", "-1.5", "2020"),
    ];
    for (slug, name, items) in [
        ("kabupaten-satu", "Kabupaten Satu", &satu[..]),
        ("kabupaten-dua", "Kabupaten Dua", &dua[..]),
    ] {
        common::write_file(
            root,
            &format!("regions/{slug}.yaml"),
            &format!(
                "name: {name}\nlevel: kabupaten\nparent: provinsi-uji\nnews:\n{}",
                items.concat()
            ),
        );
    }
}

fn built() -> common::Built {
    let dir = tempfile::tempdir().unwrap();
    content(dir.path());
    let built = common::build_into_temp(dir.path(), Some(common::BASE));
    drop(dir);
    built
}

/// The text of every output file whose path starts with `prefix` and ends
/// with `suffix`.
fn texts(built: &common::Built, prefix: &str, suffix: &str) -> Vec<(String, String)> {
    built
        .files()
        .into_iter()
        .filter(|(path, _)| path.starts_with(prefix) && path.ends_with(suffix))
        .map(|(path, bytes)| (path, String::from_utf8_lossy(&bytes).into_owned()))
        .collect()
}

#[test]
fn money_reads_in_rupiah_with_a_scale_word_everywhere_but_the_csv() {
    let built = built();
    let region = built.read("wilayah/kabupaten-satu/index.html");
    for shown in ["Rp37 miliar", "Rp81,4 miliar"] {
        assert!(region.contains(shown), "{shown} not on the region page");
    }
    let conflicts = built.read("angka-berbeda/index.html");
    assert!(
        conflicts.contains("Rp37 miliar") && conflicts.contains("Rp81,4 miliar"),
        "{conflicts}"
    );
    let province = built.read("wilayah/provinsi-uji/index.html");
    assert!(province.contains("Rp1,2 triliun"), "{province}");

    let charts = texts(&built, "grafik/", ".svg");
    let money_charts: Vec<&(String, String)> = charts
        .iter()
        .filter(|(path, _)| path.contains("nilai_produksi_sentra"))
        .collect();
    assert!(
        !money_charts.is_empty(),
        "{:?}",
        charts.iter().map(|c| &c.0).collect::<Vec<_>>()
    );
    for (path, svg) in &money_charts {
        assert!(svg.contains("Rp"), "{path}: {svg}");
    }
    assert!(
        money_charts
            .iter()
            .any(|(_, svg)| svg.contains("Rp1,2 triliun")),
        "no chart labels Rp1,2 triliun"
    );
    // No page, chart or feed spells the rupiah out in full.
    for (path, text) in texts(&built, "", "")
        .into_iter()
        .filter(|(p, _)| !p.ends_with(".csv"))
    {
        assert!(!text.contains("37.000.000.000"), "{path}");
        assert!(!text.contains("81.400.000.000"), "{path}");
    }
    // The data file keeps the number a spreadsheet can compute with.
    let csv: String = texts(&built, "data/", ".csv")
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert!(csv.contains(",37000000000,"), "{csv}");
    assert!(csv.contains(",1200000000000,"), "{csv}");
}

#[test]
fn a_negative_percent_is_shown_with_a_minus_sign_everywhere() {
    let built = built();
    let region = built.read("wilayah/kabupaten-satu/index.html");
    assert!(region.contains("\u{2212}3,35%"), "not on the region page");
    let dua = built.read("wilayah/kabupaten-dua/index.html");
    assert!(
        dua.contains("\u{2212}1,5%"),
        "not on the page of Kabupaten Dua"
    );
    let charts = texts(&built, "grafik/", ".svg");
    assert!(
        charts.iter().any(|(_, svg)| svg.contains("\u{2212}3,35%")),
        "no chart labels −3,35%"
    );
    // One sign throughout: never a hyphen before a shown figure.
    for (path, text) in texts(&built, "", "")
        .into_iter()
        .filter(|(p, _)| !p.ends_with(".csv"))
    {
        assert!(!text.contains("-3,35"), "{path}");
        assert!(!text.contains("-1,5%"), "{path}");
    }
    let csv: String = texts(&built, "data/", ".csv")
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert!(csv.contains(",-3.35,"), "{csv}");
}
