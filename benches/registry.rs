//! What the official list of regions costs a `check`: reading the built-in
//! list (the part down to the kecamatan on first use, the desa and
//! kelurahan only when a site has one) and looking up every regency and
//! city by code and name, as the check of a national site does.
//!
//! `cargo bench --bench registry`. Issue 19 asks that the list slow `check`
//! on the national content by at most 20 ms.

use divan::Bencher;
use ikm_site::registry::{same_name, Registry};

fn main() {
    divan::main();
}

/// The 7.837 provinces, regencies, cities and kecamatan, from gzip.
#[divan::bench]
fn read_the_list_down_to_the_kecamatan() -> Registry {
    Registry::read_builtin()
}

/// The whole list, with the 83.762 desa and kelurahan.
#[divan::bench]
fn read_the_whole_list_with_the_villages() -> bool {
    let registry = Registry::read_builtin();
    registry.get("36.02.14.1012").is_some()
}

/// The 552 lookups of a national site (38 provinces, 514 regencies and
/// cities), each by code with its name compared, on a list already read.
#[divan::bench]
fn check_every_province_regency_and_city(bencher: Bencher) {
    let registry = Registry::read_builtin();
    let mut regions: Vec<(String, String)> = Vec::new();
    for province in registry.children(None) {
        regions.push((province.code.into(), format!("Provinsi {}", province.name)));
        for regency in registry.children(Some(province.code)) {
            regions.push((regency.code.into(), regency.name.into()));
        }
    }
    assert_eq!(regions.len(), 552);
    bencher.bench_local(|| {
        regions
            .iter()
            .filter(|(code, name)| registry.get(code).is_some_and(|e| same_name(name, e.name)))
            .count()
    });
}
