//! Outputs stay bounded as the site grows: the national content set of the
//! benchmark (552 regions, 4.360 news items, generated deterministically)
//! built into a temp folder, with every file a reader downloads checked
//! against its limit.

mod common;

#[path = "../benches/support/national.rs"]
#[allow(dead_code)]
mod national;

use ikm_site::render::search::{
    ENTRIES_PER_CHUNK, MAX_SHARDS_PER_QUERY, RESULTS_PER_VIEW, SHARD_BUDGET,
};

const KB: usize = 1024;

#[test]
fn every_page_and_search_file_stays_within_its_limit_at_national_scale() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    national::write_national(&content, national::DEFAULT_NEWS_PER_REGION).unwrap();
    let site = common::build_into_temp(&content, None);
    let files = site.files();

    let size = |path: &str| files.get(path).map(Vec::len).unwrap_or(0);
    assert!(
        size("index.html") <= 100 * KB,
        "home is {} bytes",
        size("index.html")
    );
    let mut region_pages = 0;
    for (path, bytes) in &files {
        if path.starts_with("wilayah/") && path.ends_with("/index.html") {
            region_pages += 1;
            assert!(bytes.len() <= 150 * KB, "{path} is {} bytes", bytes.len());
        }
    }
    assert!(region_pages >= 552, "{region_pages} region pages");
    // Counts are written the Indonesian way (regression: "4360 berita").
    let news_index = String::from_utf8_lossy(&files["berita/index.html"]).into_owned();
    assert!(
        news_index.contains("<p>4.360 berita, terbaru"),
        "news index count"
    );

    // A query reads the manifest, at most MAX_SHARDS_PER_QUERY shards and
    // the chunks of RESULTS_PER_VIEW results: the worst case of each.
    let manifest = size("cari/indeks.json");
    let largest = |prefix: &str| {
        files
            .iter()
            .filter(|(path, _)| path.starts_with(prefix))
            .map(|(_, bytes)| bytes.len())
            .max()
            .unwrap_or(0)
    };
    let shard = largest("cari/kata/");
    let chunk = largest("cari/entri/");
    assert!(shard <= SHARD_BUDGET, "largest shard {shard} bytes");
    let worst = manifest + MAX_SHARDS_PER_QUERY * shard + RESULTS_PER_VIEW * chunk;
    assert!(
        worst <= 200 * KB,
        "worst query {worst} bytes: manifest {manifest}, shard {shard}, chunk {chunk}"
    );
    let chunk_rows: Vec<serde_json::Value> =
        serde_json::from_slice(&files["cari/entri/0.json"]).unwrap();
    assert_eq!(chunk_rows.len(), ENTRIES_PER_CHUNK);
}

/// One region with a long archive: 600 news items of 2 figures each. Its
/// page, its news list pages and its figure list pages each stay within
/// the limit of a region page.
#[test]
fn a_region_with_a_long_archive_keeps_every_page_within_its_limit() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::write_test_site(&content);
    common::write_file(
        &content,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\nchecked: [region-without-news]\n",
    );
    let mut regency = String::from(
        "name: Kabupaten Arsip Panjang\nlevel: kabupaten\nparent: provinsi-uji\nnews:\n",
    );
    for n in 1..=600 {
        let (year, month) = (2000 + n / 12 % 25, n % 12 + 1);
        regency.push_str(&format!(
            "  - id: berita-{n}\n    title: Jumlah IKM Kabupaten Arsip Panjang menurut laporan nomor {n}\n    outlet: Kabar Daerah\n    url: https://kabar.test/berita/{n}\n    published: {year}-{month:02}-15\n    summary: Dinas menyebut jumlah unit usaha dan tenaga kerja industri kecil di kabupaten ini untuk laporan nomor {n}.\n    figures:\n      - metric: jumlah_ikm\n        value: {}\n        as_of: {year}\n        checked: [conflict, metric-jump]\n        note: angka sementara dari laporan dinas\n      - metric: jumlah_ikm\n        value: {}\n        approx: true\n        checked: [conflict, metric-jump]\n",
            10_000 + n,
            20_000 + n
        ));
    }
    common::write_file(&content, "regions/kabupaten-arsip-panjang.yaml", &regency);
    // And one whose 1.500 items all report the same period: its key figure
    // has 1.500 figures for its newest period.
    let mut same_period = String::from(
        "name: Kabupaten Satu Periode\nlevel: kabupaten\nparent: provinsi-uji\nnews:\n",
    );
    for n in 1..=1500 {
        same_period.push_str(&format!(
            "  - id: periode-{n}\n    title: Laporan nomor {n}\n    outlet: Kabar Daerah\n    summary: Ringkasan.\n    figures:\n      - metric: jumlah_ikm\n        value: {}\n        as_of: 2020\n        checked: [conflict]\n",
            30_000 + n % 3
        ));
    }
    common::write_file(
        &content,
        "regions/kabupaten-satu-periode.yaml",
        &same_period,
    );
    let site = common::build_into_temp(&content, None);
    let mut pages = 0;
    for (path, bytes) in site.files() {
        if path.starts_with("wilayah/") && path.ends_with(".html") {
            assert!(bytes.len() <= 150 * KB, "{path} is {} bytes", bytes.len());
        }
        if path.starts_with("wilayah/kabupaten-arsip-panjang/") && path.ends_with(".html") {
            pages += 1;
        }
    }
    let home = site.read("index.html");
    assert!(home.len() <= 100 * KB, "home is {} bytes", home.len());
    // The key figure shows each of the three values, then one more, and
    // counts the rest.
    let one_period = site.read("wilayah/kabupaten-satu-periode/index.html");
    assert!(
        one_period.contains("dan 1.496 angka lain untuk periode ini"),
        "the key figure does not count what it leaves out"
    );
    // The region, 12 pages of its news, 12 of its figures.
    assert_eq!(pages, 1 + 12 + 12);
    // The page says what it left out and where it is.
    let region = site.read("wilayah/kabupaten-arsip-panjang/index.html");
    for said in [
        "40 angka terbaru ditampilkan; semua 1.200 ada di",
        "dan 290 sumber lain",
        "kelompok angka berbeda lagi",
        "daftar semua 1.200 angka",
    ] {
        assert!(
            region.contains(said),
            "the region page does not say {said:?}"
        );
    }
}
