//! Issue 21, item 4 ("Let the content test the tool"): what the first real
//! region files, written from Indonesian news, showed the contract and the
//! pages could not say. Each test builds a small content folder in a
//! temporary directory and reads the pages.

mod common;

use std::path::Path;

/// A test province and its one regency, `kabupaten-uji`, whose news items
/// are `items` (each a YAML list item under `news:`).
fn content(root: &Path, items: &[String]) {
    common::write_test_site(root);
    common::write_file(
        root,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\n",
    );
    common::write_file(
        root,
        "regions/kabupaten-uji.yaml",
        &format!(
            "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\nnews:\n{}",
            items.concat()
        ),
    );
}

/// A news item `id` from `outlet`, published on `published`, with one
/// `jumlah_ikm` figure: `value`, then any `extra` lines of the figure
/// (each indented as a figure's field).
fn item(id: &str, outlet: &str, published: &str, value: usize, extra: &str) -> String {
    format!(
        "  - id: {id}\n    title: Berita {id}\n    outlet: {outlet}\n    url: https://kabar.test/{id}\n    published: \"{published}\"\n    summary: R.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n{extra}"
    )
}

fn build(items: &[String]) -> (tempfile::TempDir, common::Built) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root, items);
    let built = common::build_into_temp(&root, None);
    (dir, built)
}

/// The section of `html` that starts at `start` and ends at the next
/// `</section>`.
fn section<'a>(html: &'a str, start: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in the page"));
    let rest = &html[from..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// "tumbuh 14,7% per tahun": a dated article that does not say the
/// figure's period. With `as_of: unknown` the figure is undated, listed
/// with the undated figures with a row saying the period is not stated
/// although the article is dated, never drawn on a chart and never in a
/// conflict with the article's own day.
#[test]
fn a_figure_whose_period_the_article_does_not_state_is_undated() {
    let (_dir, built) = build(&[
        item("dulu", "Kabar Uji", "2019-07-18", 100, ""),
        item("kini", "Kabar Uji", "2020-03-05", 110, ""),
        item(
            "tanpa-periode",
            "Kabar Uji",
            "2019-07-18",
            900,
            "        as_of: unknown\n",
        ),
    ]);
    let page = built.read("wilayah/kabupaten-uji/index.html");
    // Read as the article's day, 900 would conflict with 100.
    assert!(!page.contains("id=\"angka-berbeda\""), "a conflict by date");
    let undated = section(&page, "<h2 id=\"tanpa-tanggal\">");
    assert!(undated.contains(">900</td>"), "{undated}");
    assert!(
        undated.contains("periode tidak disebut<br><small>walau beritanya bertanggal</small>"),
        "{undated}"
    );
    let dated = section(&page, "<h2 id=\"semua-angka\">Semua angka bertanggal");
    assert!(!dated.contains(">900</td>"), "{dated}");
    let csv = built.read("data/wilayah-kabupaten-uji-jumlah_ikm.csv");
    assert!(
        csv.contains("\"2019\"") || csv.contains("2019-07-18"),
        "{csv}"
    );
    assert!(!csv.contains("900"), "{csv}");
    let news = built.read("berita/tanpa-periode/index.html");
    assert!(
        news.contains("periode tidak disebut (tidak disebut dalam berita ini)"),
        "{news}"
    );
}

/// Sulawesi Tenggara's 15.364 from three outlets: one value with its three
/// sources in the key figures, one point and one label on the chart, whose
/// source line still names every article.
#[test]
fn agreeing_sources_are_one_value_with_each_source() {
    let (_dir, built) = build(&[
        item("lama", "Kabar Uji", "2020", 15000, ""),
        item(
            "dua",
            "Kompas",
            "2022-04-01",
            15364,
            "        as_of: \"2021\"\n",
        ),
        item(
            "tiga",
            "Tribun",
            "2022-05-01",
            15364,
            "        as_of: \"2021\"\n",
        ),
        item("empat", "Detik", "2021", 15364, ""),
    ]);
    let page = built.read("wilayah/kabupaten-uji/index.html");
    let key = section(&page, "<h2 id=\"angka-kunci\">");
    let key = &key[key.find("<ul class=\"key-figures\">").unwrap()..];
    assert_eq!(key.matches("15.364").count(), 1, "{key}");
    assert!(key.contains("2021 · 3 sumber: <a href="), "{key}");
    for outlet in ["Kompas", "Tribun", "Detik"] {
        assert!(key.contains(&format!(">{outlet}</a>")), "{outlet}: {key}");
    }
    let svg = built.read("grafik/wilayah-kabupaten-uji-jumlah_ikm.svg");
    assert_eq!(svg.matches(">\n15.364\n<").count(), 1, "{svg}");
    assert!(!svg.contains("grafik menggambar"), "{svg}");
    // One point for 2020 and one for 2021's three agreeing sources.
    assert_eq!(svg.matches("<circle").count(), 2, "{svg}");
    let chart = section(&page, "<h2 id=\"grafik\">");
    for outlet in ["Kompas, 1 April 2022", "Tribun, 1 Mei 2022", "Detik, 2021"] {
        assert!(chart.contains(outlet), "{outlet}: {chart}");
    }
}

/// "lebih dari 63.000", "hampir 73 ribu", "tidak mencapai 1000": a bound
/// is said with its own words on the pages and in the CSV, never
/// "sekitar".
#[test]
fn a_bound_is_shown_with_its_own_words() {
    let (_dir, built) = build(&[
        item(
            "a",
            "Kabar Uji",
            "2019",
            63000,
            "        approx: more_than\n",
        ),
        item("b", "Kabar Uji", "2020", 73000, "        approx: almost\n"),
        item(
            "c",
            "Kabar Uji",
            "2021",
            1000,
            "        approx: less_than\n",
        ),
        item("d", "Kabar Uji", "2022", 1200, "        approx: true\n"),
    ]);
    let page = built.read("wilayah/kabupaten-uji/index.html");
    for shown in [
        "lebih dari 63.000",
        "hampir 73.000",
        "kurang dari 1.000",
        "sekitar 1.200",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
    assert!(!page.contains("sekitar 63.000"));
    let svg = built.read("grafik/wilayah-kabupaten-uji-jumlah_ikm.svg");
    assert!(svg.contains("dari lebih dari 63.000 menjadi"), "{svg}");
    let csv = built.read("data/wilayah-kabupaten-uji-jumlah_ikm.csv");
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",\"keterangan_nilai\""), "{header}");
    let row = csv.lines().find(|l| l.contains("63000")).unwrap();
    assert!(
        row.contains("\"ya\"") && row.ends_with(",\"lebih dari\""),
        "{row}"
    );
    let news = built.read("berita/a/index.html");
    assert!(news.contains("lebih dari 63.000"));
}

/// An article found only as a copy (a newspaper clipping on a blog):
/// `outlet` names the newspaper, `via` where it was read, and `url` is
/// the copy.
#[test]
fn a_copy_of_an_article_names_its_outlet_and_where_it_was_read() {
    let with_via = item("salinan", "Serambi Indonesia", "2014-01-06", 2896, "").replace(
        "    published:",
        "    via: tanohabu.blogspot.com\n    published:",
    );
    let (_dir, built) = build(&[with_via]);
    let news = built.read("berita/salinan/index.html");
    assert!(
        news.contains("<p class=\"meta\">Serambi Indonesia, via tanohabu.blogspot.com · "),
        "{news}"
    );
    assert!(
        news.contains("dibaca dari salinannya di tanohabu.blogspot.com"),
        "{news}"
    );
    let list = built.read("berita/index.html");
    assert!(
        list.contains("Serambi Indonesia, via tanohabu.blogspot.com"),
        "{list}"
    );
}
