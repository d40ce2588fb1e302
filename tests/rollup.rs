//! Roll-ups and growth on the built pages (issue 19, items 3 and 4a): a
//! province's own figures beside its regencies', a sum only where it is
//! honest with its coverage against the official list, every refused sum
//! saying why, and a reported growth rate beside the one its counts imply.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// The text of `page`'s section that starts at `id`, without its tags.
fn section(page: &str, id: &str) -> String {
    let start = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in the page"));
    let end = start + page[start..].find("</section>").expect("a closed section");
    let text = regex_lite_strip(&page[start..end]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Markup removed and the few entities the templates write decoded.
fn regex_lite_strip(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#x2F;", "/").replace("&amp;", "&")
}

#[test]
fn the_lampung_page_sets_lampung_barat_beside_the_province_and_sums_nothing_undated() {
    let built = build_into_temp(&site_fixture(), None);
    let lampung = built.read("wilayah/lampung/index.html");
    let rekap = section(&lampung, "rekap");
    // Lampung Barat's undated figures, with the coverage and the reason.
    assert!(
        rekap.contains("Kabupaten Lampung Barat sekitar 700 tanggal tidak diketahui Medialampung"),
        "{rekap}"
    );
    assert!(
        rekap.contains("angka dari 1 dari 15 kabupaten/kota"),
        "{rekap}"
    );
    assert!(
        rekap.contains("tidak dijumlahkan: angka tidak bertanggal; ada nilai perkiraan"),
        "{rekap}"
    );
    assert!(
        rekap.contains("tidak dijumlahkan: persen tidak dijumlahkan; angka tidak bertanggal; ada nilai kisaran"),
        "{rekap}"
    );
    // The province's own figure, labelled and linked to its news item.
    assert!(
        rekap.contains("Provinsi Lampung dilaporkan provinsi 40 8 November 2021 Radar Lampung"),
        "{rekap}"
    );
    assert!(lampung.contains(
        r#"<a href="/ikm/berita/lampung-temu-kemitraan-ikm-bumn/#angka-1">Radar Lampung</a>"#
    ));
    assert!(!rekap.contains("jumlah dari"), "{rekap}");

    // Banten: a sum of one exact figure says so; mixed periods and a
    // conflict are refused with their reasons.
    let banten = section(&built.read("wilayah/banten/index.html"), "rekap");
    assert!(
        banten.contains(
            "Jumlah kabupaten/kota jumlah dari 1 dari 8 kabupaten/kota 15.769 18 Juli 2019"
        ),
        "{banten}"
    );
    assert!(
        banten.contains("tidak dijumlahkan: periode berbeda (2016, 17 November 2016)"),
        "{banten}"
    );
    assert!(
        banten.contains("tidak dijumlahkan: angka berbeda antarsumber"),
        "{banten}"
    );
    assert!(
        banten.contains("tidak dijumlahkan: angka tidak bertanggal; ada angka awal sebuah perubahan; angka berbeda antarsumber"),
        "{banten}"
    );
    // Its chart, and a CSV of the figures it draws.
    let files = built.files();
    assert!(files.contains_key("grafik/rekap-banten-jumlah_ikm.svg"));
    let csv = built.read("data/rekap-banten-jumlah_ikm.csv");
    // The CSV has the figures drawn and those a sum adds up.
    assert!(csv.contains("\"jumlah_ikm\",2016,16000"), "{csv}");
    assert!(csv.contains("\"jumlah_ikm\",\"2019-07-18\",15769"), "{csv}");

    // A regency without sub-regions has no roll-up, and without a growth
    // rate no growth section.
    let lebak = built.read("wilayah/lebak/index.html");
    assert!(!lebak.contains("id=\"rekap\"") && !lebak.contains("id=\"pertumbuhan\""));
}

/// Appends `text` to the file at `relative` under `content`.
fn append(content: &Path, relative: &str, text: &str) {
    let path = content.join(relative);
    let mut old = fs::read_to_string(&path).unwrap();
    old.push_str(text);
    fs::write(path, old).unwrap();
}

/// The site fixture with `growth_of` on the growth metric, dated counts for
/// Lampung, Lampung Barat and a second regency, Tanggamus, and a rate.
fn with_dated_counts() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&site_fixture(), &content);
    let metrics = fs::read_to_string(content.join("metrics.yaml")).unwrap();
    let metrics = metrics.replacen(
        "  kind: percent\n",
        "  kind: percent\n  growth_of: jumlah_ikm\n",
        1,
    );
    assert!(metrics.contains("pertumbuhan_ikm:\n  label: Pertumbuhan jumlah IKM per tahun\n  unit: \"%\"\n  kind: percent\n  growth_of: jumlah_ikm\n"));
    write_file(&content, "metrics.yaml", &metrics);
    append(
        &content,
        "regions/lampung/lampung.yaml",
        "  - id: lampung-jumlah-ikm-2019\n    title: Jumlah IKM Lampung\n    outlet: Uji\n    published: \"2020-01-10\"\n    summary: Uji.\n    figures:\n      - metric: jumlah_ikm\n        value: 12000\n        as_of: \"2019\"\n",
    );
    append(
        &content,
        "regions/lampung/lampung-barat.yaml",
        "  - id: lambar-jumlah-ikm-2020\n    title: Jumlah IKM Lambar\n    outlet: Uji\n    published: \"2021-01-10\"\n    summary: Uji.\n    figures:\n      - metric: jumlah_ikm\n        value: 700\n        as_of: \"2019\"\n      - metric: jumlah_ikm\n        value: 735\n        as_of: \"2020\"\n",
    );
    write_file(
        &content,
        "regions/lampung/tanggamus.yaml",
        "name: Kabupaten Tanggamus\nlevel: kabupaten\nparent: lampung\ncode: \"18.06\"\nnews:\n  - id: tanggamus-ikm\n    title: IKM Tanggamus tumbuh 10 persen\n    outlet: Uji\n    published: \"2020-06-01\"\n    summary: Uji.\n    figures:\n      - metric: jumlah_ikm\n        value: 280\n        as_of: \"2018\"\n      - metric: jumlah_ikm\n        value: 300\n        as_of: \"2019\"\n      - metric: pertumbuhan_ikm\n        value: 10\n        as_of: \"2019\"\n      - metric: jumlah_ikm\n        value: 310\n        as_of: \"2020-05\"\n",
    );
    (dir, content)
}

#[test]
fn exact_counts_of_one_year_are_summed_beside_the_provinces_own_total() {
    let (_dir, content) = with_dated_counts();
    let built = build_into_temp(&content, None);
    let rekap = section(&built.read("wilayah/lampung/index.html"), "rekap");
    assert!(
        rekap.contains("Provinsi Lampung dilaporkan provinsi 12.000 2019"),
        "{rekap}"
    );
    assert!(
        rekap.contains("Jumlah kabupaten/kota jumlah dari 2 dari 15 kabupaten/kota 1.000 2019 dijumlahkan dari angka di atas"),
        "{rekap}"
    );
    assert!(
        rekap.contains("tidak dijumlahkan: periode berbeda (2020, Mei 2020)"),
        "{rekap}"
    );
    // Lampung's 12.000 is never added to its regencies' 1.000.
    assert!(!rekap.contains("13.000"), "{rekap}");
    assert!(built
        .files()
        .contains_key("grafik/rekap-lampung-jumlah_ikm.svg"));
}

#[test]
fn a_reported_rate_is_set_beside_the_computed_one_and_flagged_when_they_differ() {
    let (_dir, content) = with_dated_counts();
    let built = build_into_temp(&content, None);
    let growth = section(&built.read("wilayah/tanggamus/index.html"), "pertumbuhan");
    assert!(
        growth.contains("berbeda lebih dari 1 poin persen"),
        "{growth}"
    );
    assert!(
        growth.contains("Dilaporkan 10% · 2019 · Uji , 1 Juni 2020"),
        "{growth}"
    );
    assert!(
        growth.contains("Dihitung 7,1% per tahun, dari Jumlah IKM 280 (2018, Uji , 1 Juni 2020) menjadi 300 (2019, Uji , 1 Juni 2020)"),
        "{growth}"
    );
    assert!(
        growth.contains("Rumus (b/a − 1) × 100%, selang 1 tahun: (300 / 280 − 1) × 100% = 7,1%"),
        "{growth}"
    );
    assert!(growth.contains("(selisih 2,9 poin persen)"), "{growth}");

    // Lampung Barat's undated "sekitar 5%" against its two newest counts.
    let growth = section(
        &built.read("wilayah/lampung-barat/index.html"),
        "pertumbuhan",
    );
    assert!(
        growth.contains("Dilaporkan sekitar 5% · tanggal tidak diketahui (laju tanpa tanggal, dibandingkan dengan dua angka bertanggal terbaru)"),
        "{growth}"
    );
    assert!(growth.contains("Dihitung 5,0% per tahun"), "{growth}");
    assert!(
        growth.contains("selisih 0 poin persen, dalam batas 1 poin persen"),
        "{growth}"
    );
    assert!(
        growth.contains("Angka Jumlah IKM yang tidak dipakai: sekitar 700 (tanggal tidak diketahui): tidak bertanggal."),
        "{growth}"
    );
}

/// One rate for one period from several outlets is one comparison naming
/// each source, and the computed rate is as precise as the reported one:
/// Sulawesi Tenggara's 3,03% for 2023, from three outlets, was three
/// identical comparisons of a computed "3%".
#[test]
fn agreeing_sources_of_a_rate_make_one_comparison_as_precise_as_the_rate() {
    let (_dir, content) = with_dated_counts();
    let rate = |id: &str, outlet: &str| {
        format!("  - id: {id}\n    title: IKM Tanggamus tumbuh\n    outlet: {outlet}\n    published: \"2020-07-01\"\n    summary: Uji.\n    figures:\n      - metric: pertumbuhan_ikm\n        value: 7.14\n        as_of: \"2019\"\n")
    };
    append(
        &content,
        "regions/lampung/tanggamus.yaml",
        &(rate("tanggamus-laju-a", "Harian Satu") + &rate("tanggamus-laju-b", "Harian Dua")),
    );
    let built = build_into_temp(&content, None);
    let growth = section(&built.read("wilayah/tanggamus/index.html"), "pertumbuhan");
    assert_eq!(growth.matches("Dilaporkan").count(), 2, "{growth}");
    assert!(
        growth.contains("Dilaporkan 7,14% · 2019 · Harian Satu , 1 Juli 2020; Harian Dua , 1 Juli 2020 Dihitung 7,14% per tahun"),
        "{growth}"
    );
    assert!(
        growth.contains("(300 / 280 − 1) × 100% = 7,14% selisih 0 poin persen"),
        "{growth}"
    );
    // The whole-percent 10% beside it keeps one decimal.
    assert!(growth.contains("Dihitung 7,1% per tahun"), "{growth}");
}

#[test]
fn an_undated_rate_without_dated_counts_says_nothing_can_be_computed() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&site_fixture(), &content);
    let metrics = fs::read_to_string(content.join("metrics.yaml")).unwrap();
    write_file(
        &content,
        "metrics.yaml",
        &metrics.replacen(
            "  kind: percent\n",
            "  kind: percent\n  growth_of: jumlah_ikm\n",
            1,
        ),
    );
    let built = build_into_temp(&content, None);
    let growth = section(
        &built.read("wilayah/lampung-barat/index.html"),
        "pertumbuhan",
    );
    assert!(
        growth.contains(
            "Dihitung tidak dapat dihitung: tidak ada dua angka bertanggal yang dapat dipakai"
        ),
        "{growth}"
    );
    assert!(!growth.contains("(laju tanpa tanggal"), "{growth}");
}

/// A kabupaten edit changes its province's page and roll-up chart: the
/// dependency map lists both.
#[test]
fn a_regency_file_maps_to_its_provinces_roll_up() {
    let (_dir, content) = with_dated_counts();
    let site = ikm_site::content::load(&content, None).unwrap().site;
    let plan =
        ikm_site::render::plan::plan(&site, &ikm_site::content::theme::Theme::defaults()).unwrap();
    let files = plan.files_of_file(&site, &content.join("regions/lampung/tanggamus.yaml"));
    assert!(files.contains("wilayah/lampung/index.html"), "{files:?}");
    assert!(
        files.contains("grafik/rekap-lampung-jumlah_ikm.svg"),
        "{files:?}"
    );
    assert!(
        files.contains("data/rekap-lampung-jumlah_ikm.csv"),
        "{files:?}"
    );
}
