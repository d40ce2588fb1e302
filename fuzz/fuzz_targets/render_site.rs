//! The whole pipeline on a small content folder: the input is a region file
//! and, after the first NUL byte, a free page (front matter and Markdown).
//! Load, validate and render must end in a site or an error, never a panic,
//! a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (region, page) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b"---\ntitle: Halaman\n---\nIsi.\n"[..]),
    };
    common::put("regions/kabupaten-uji.yaml", region);
    common::put("pages/halaman.md", page);
    let _ = ikm_site::render_site(common::content_dir(), None);
});
