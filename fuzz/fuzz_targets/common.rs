//! A small valid content folder, written once per process, that each fuzz
//! input is put into: the input replaces one file, everything else stays.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SITE: &str = "title: Uji\nbase_url: https://example.test/ikm/\n";
const METRICS: &str = "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\npertumbuhan_ikm:\n  label: Pertumbuhan\n  kind: percent\n";
const PROVINCE: &str = "name: Provinsi Uji\nlevel: provinsi\ncode: \"36\"\n";

/// The content folder, in memory-backed storage where there is one.
pub fn content_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base
            .join(format!("ikm-fuzz-{}", std::process::id()))
            .join("content");
        fs::create_dir_all(dir.join("regions")).unwrap();
        fs::create_dir_all(dir.join("pages")).unwrap();
        fs::write(dir.join("site.yaml"), SITE).unwrap();
        fs::write(dir.join("metrics.yaml"), METRICS).unwrap();
        fs::write(dir.join("regions/provinsi-uji.yaml"), PROVINCE).unwrap();
        dir
    })
}

/// Puts `bytes` in place as `relative` inside the content folder.
pub fn put(relative: &str, bytes: &[u8]) {
    fs::write(content_dir().join(relative), bytes).unwrap();
}
