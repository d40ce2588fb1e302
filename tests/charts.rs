//! Charts that read well at any width (issue 17): the fixtures of
//! `tests/fixtures/charts/` and a generated 10.000-point series, built
//! through the library, with every chart's text checked with the layout's
//! own size estimates. Real fonts at real widths are checked in Chromium by
//! `tests/browser/charts.mjs`.

mod common;

use ikm_site::render::chart_layout::{text_width, Rect, GAP};
use ikm_site::render::chart_pages::MAX_SERIES_POINTS;

fn charts_site() -> common::Built {
    common::build_into_temp(&common::repo().join("tests/fixtures/charts/content"), None)
}

/// Each text of an SVG with its estimated box, and the SVG's own box.
fn text_boxes(svg: &str) -> (Vec<(String, Rect)>, Rect) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let root = doc.root_element();
    let size = |name: &str| root.attribute(name).unwrap().parse::<f64>().unwrap();
    let chart = Rect {
        left: 0.0,
        top: 0.0,
        right: size("width"),
        bottom: size("height"),
    };
    let boxes = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| {
            let text = n.text()?.trim().to_string();
            let number = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            let (x, y, w) = (number("x"), number("y"), text_width(&text));
            let cx = match n.attribute("text-anchor") {
                Some("middle") => x,
                Some("end") => x - w / 2.0,
                _ => x + w / 2.0,
            };
            (!text.is_empty()).then(|| (text, Rect::centred(cx, y, w)))
        })
        .collect();
    (boxes, chart)
}

#[track_caller]
fn assert_readable(name: &str, svg: &str) {
    let (boxes, chart) = text_boxes(svg);
    for (i, (text, b)) in boxes.iter().enumerate() {
        assert!(b.inside(&chart), "{name}: `{text}` leaves the chart");
        for (other, o) in &boxes[i + 1..] {
            assert!(!b.crowds(o, GAP - 0.5), "{name}: `{text}` crowds `{other}`");
        }
    }
}

#[test]
fn issue_17_every_chart_of_the_edge_cases_keeps_its_text_apart_and_inside() {
    let site = charts_site();
    let charts: Vec<(String, String)> = site
        .files()
        .into_iter()
        .filter(|(name, _)| name.starts_with("grafik/") && name.ends_with(".svg"))
        .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
        .collect();
    assert!(
        charts.len() >= 4,
        "{:?}",
        charts.iter().map(|c| &c.0).collect::<Vec<_>>()
    );
    for (name, svg) in &charts {
        assert_readable(name, svg);
    }
}

#[test]
fn issue_17_a_figure_near_the_largest_reads_the_same_on_the_page_and_the_chart() {
    let site = charts_site();
    let page = site.read("wilayah/ekstrem/index.html");
    assert!(page.contains("999.999.999.999.998"), "the page");
    assert!(!page.contains("999.999.999.999.998,"), "the page");
    let svg = site.read("grafik/wilayah-ekstrem-jumlah_ikm.svg");
    assert!(!svg.contains(",13"), "{svg}");
    let (boxes, _) = text_boxes(&svg);
    let values: Vec<&str> = boxes
        .iter()
        .map(|(t, _)| t.as_str())
        .filter(|t| t.starts_with("999.999"))
        .collect();
    assert!(!values.is_empty(), "no value label");
    for value in values {
        assert!(
            [
                "999.999.999.999.999",
                "999.999.999.999.998",
                "999.999.999.999.997",
                "999.999.999.999.990"
            ]
            .contains(&value),
            "{value}"
        );
    }
}

#[test]
fn issue_17_the_chart_table_names_its_fields_and_says_which_figures_differ() {
    let site = charts_site();
    let page = site.read("wilayah/nama-panjang/index.html");
    let table = page
        .split("<details class=\"chart-data\">")
        .nth(1)
        .unwrap()
        .split("</details>")
        .next()
        .unwrap();
    for row in table.split("<tr").skip(2) {
        for label in ["Wilayah", "Periode", "Nilai", "Sumber"] {
            assert!(row.contains(&format!("data-label=\"{label}\"")), "{row}");
        }
        let conflict = row.starts_with(" class=\"conflict\"");
        assert_eq!(row.contains("angka berbeda"), conflict, "{row}");
    }
    assert_eq!(table.matches("angka berbeda").count(), 2, "{table}");
}

#[test]
fn issue_17_ten_thousand_points_make_a_bounded_chart() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::write_test_site(&content);
    let mut yaml = String::from("name: Provinsi Padat\nlevel: provinsi\ncode: \"99\"\nnews:\n");
    // 100 items of 100 figures each (the most an item may hold), one a day.
    for item in 0..100 {
        yaml.push_str(&format!(
            "  - id: padat-{item}\n    title: Berita padat {item}\n    outlet: Kabar Uji\n    published: \"2030\"\n    summary: Angka rekaan.\n    figures:\n"
        ));
        for n in 0..100 {
            let day = item * 100 + n;
            let (year, rest) = (2000 + day / 365, day % 365);
            let (month, date) = (1 + rest / 31 % 12, 1 + rest % 28);
            yaml.push_str(&format!(
                "      - metric: jumlah_ikm\n        value: {}\n        as_of: \"{year}-{month:02}-{date:02}\"\n",
                10_000 + (day * 7919) % 5_000
            ));
        }
    }
    common::write_file(&content, "regions/padat.yaml", &yaml);
    let site = common::build_into_temp(&content, None);
    let svg = site.read("grafik/wilayah-padat-jumlah_ikm.svg");
    assert!(svg.len() < 100 * 1024, "{} bytes", svg.len());
    assert_eq!(svg.matches("<circle").count(), MAX_SERIES_POINTS);
    assert!(
        svg.contains(&format!(
            "grafik menggambar {MAX_SERIES_POINTS} angka terbaru"
        )),
        "the description says what is left out"
    );
    assert_readable("padat", &svg);
    // The CSV still has every figure.
    let csv = site.read("data/wilayah-padat-jumlah_ikm.csv");
    assert_eq!(csv.lines().count(), 10_001);
}
