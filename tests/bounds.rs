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
