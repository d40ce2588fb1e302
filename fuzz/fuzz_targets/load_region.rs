//! Bytes of a region file → the model or diagnostics, never a panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::put("regions/kabupaten-uji.yaml", data);
    let _ = ikm_site::content::load(common::content_dir(), None);
});
