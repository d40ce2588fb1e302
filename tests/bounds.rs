//! Outputs stay bounded as the site grows: the national content set of the
//! benchmark (552 regions, 4.360 news items, generated deterministically)
//! built into a temp folder, with every file a reader downloads checked
//! against its limit.

mod common;

use std::collections::BTreeMap;
use std::sync::Mutex;

use ikm_site::content::theme::Theme;
use ikm_site::messages::Message;
use ikm_site::progress::Silent;
use ikm_site::render::{render_into, Sink};

#[path = "../benches/support/national.rs"]
#[allow(dead_code)]
mod national;

use ikm_site::render::placement::search::{ENTRIES_PER_CHUNK, SHARD_BUDGET};
use ikm_site::render::search::{MAX_SHARDS_PER_QUERY, RESULTS_PER_VIEW};

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

    assert_search_within_budget(&files);
    let chunk_rows: Vec<serde_json::Value> =
        serde_json::from_slice(&files["cari/entri/0.json"]).unwrap();
    assert_eq!(chunk_rows.len(), ENTRIES_PER_CHUNK);
}

/// A query reads the manifest, at most MAX_SHARDS_PER_QUERY shards and the
/// chunks of RESULTS_PER_VIEW results: the worst case of each stays within
/// what one query may download.
fn assert_search_within_budget(files: &BTreeMap<String, Vec<u8>>) {
    let manifest = files.get("cari/indeks.json").map_or(0, Vec::len);
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
    // The key figure shows each of the three values once, each with the
    // first four of its 500 agreeing sources, and counts the rest.
    let one_period = site.read("wilayah/kabupaten-satu-periode/index.html");
    assert_eq!(
        one_period.matches("2020 · 500 sumber: ").count(),
        3,
        "the key figure does not group agreeing sources"
    );
    assert_eq!(
        one_period.matches(" dan 496 lainnya</span>").count(),
        3,
        "the key figure does not count the sources it leaves out"
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

/// Takes every rendered file, keeping its size, and the bytes of the
/// files under `keep` prefixes: 10.000 region pages are measured without
/// being written to disk or held in memory.
struct Sizes {
    keep: &'static [&'static str],
    sizes: Mutex<BTreeMap<String, usize>>,
    kept: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl Sink for Sizes {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Message> {
        if self.keep.iter().any(|prefix| path.starts_with(prefix)) {
            self.kept
                .lock()
                .unwrap()
                .insert(path.clone(), bytes.clone());
        }
        self.sizes.lock().unwrap().insert(path, bytes.len());
        Ok(())
    }
}

/// A kecamatan with 10.000 desa, each with an article stating four values
/// for one year (so every row shows four values and a conflict badge) and
/// a long name: its page lists the first 50 and links 200 pages of 50,
/// and every page of the site stays within the limit of a region page.
#[test]
fn a_kecamatan_with_ten_thousand_desa_keeps_every_page_within_its_limit() {
    const DESA: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::write_test_site(&content);
    let write = |relative: &str, text: &str| common::write_file(&content, relative, text);
    write(
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\nchecked: [region-without-news]\n",
    );
    write(
        "regions/kabupaten-uji.yaml",
        "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\nchecked: [region-without-news]\n",
    );
    write(
        "regions/kecamatan-padat.yaml",
        "name: Kecamatan Padat\nlevel: kecamatan\nparent: kabupaten-uji\nchecked: [region-without-news]\n",
    );
    for n in 1..=DESA {
        let slug = format!("desa-dengan-nama-yang-cukup-panjang-untuk-uji-batas-{n:05}");
        let mut text = format!(
            "name: Desa Dengan Nama Yang Cukup Panjang Untuk Uji Batas {n:05}\nlevel: desa\nparent: kecamatan-padat\nnews:\n  - id: berita-tentang-industri-kecil-menengah-di-desa-nomor-{n:05}\n    title: IKM desa {n}\n    outlet: Kabar Desa\n    url: https://kabar.test/{n}\n    published: 2021-03-04\n    summary: Ringkasan.\n    figures:\n"
        );
        for value in 1..=4 {
            text.push_str(&format!(
                "      - metric: jumlah_ikm\n        value: {}\n        as_of: 2020\n        checked: [conflict]\n",
                1_000_000 + value * 1000 + n
            ));
        }
        write(&format!("regions/desa/{slug}.yaml"), &text);
    }
    let site = ikm_site::content::load(&content, None)
        .unwrap_or_else(|e| panic!("{e}"))
        .site;
    let sink = Sizes {
        keep: &["cari/", "wilayah/kecamatan-padat/"],
        sizes: Mutex::default(),
        kept: Mutex::default(),
    };
    render_into(&site, &Theme::defaults(), &sink, &Silent)
        .unwrap_or_else(|_| panic!("the site does not render"));
    let (sizes, files) = (
        sink.sizes.into_inner().unwrap(),
        sink.kept.into_inner().unwrap(),
    );

    let mut lists = 0;
    for (path, &size) in &sizes {
        if path.ends_with(".html") {
            assert!(size <= 150 * KB, "{path} is {size} bytes");
        }
        if path.starts_with("wilayah/kecamatan-padat/wilayah/") {
            lists += 1;
        }
    }
    assert!(sizes.len() > 2 * DESA, "{} files", sizes.len());
    assert_eq!(lists, DESA / 50, "pages of 50 desa");
    assert!(sizes["index.html"] <= 100 * KB);
    assert_search_within_budget(&files);

    let read = |path: &str| String::from_utf8_lossy(&files[path]).into_owned();
    let region = read("wilayah/kecamatan-padat/index.html");
    // Every desa's key figure is disputed: the worst-case row, badge included.
    assert_eq!(region.matches("\">angka berbeda</a>").count(), 50);
    assert!(
        region.contains(
            "<a href=\"/ikm/wilayah/kecamatan-padat/wilayah/\">Semua 10.000 desa dan kelurahan di Kecamatan Padat</a>"
        ),
        "the region page does not link its list of desa"
    );
    let last = read("wilayah/kecamatan-padat/wilayah/halaman/200/index.html");
    assert!(last.contains("Batas 10000</a>") && last.contains("Halaman 200 dari 200"));
}
