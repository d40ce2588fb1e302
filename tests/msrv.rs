//! The `rust-version` in Cargo.toml is the true minimum: no locked dependency
//! declares a higher one. `cargo` refuses to build a crate whose declared
//! minimum is above the toolchain's, so the README's promise ("Rust 1.88 or
//! newer") is only true while this holds.

use std::process::Command;

/// `1.88` and `1.88.0` are the same version: pad to three parts.
fn version(text: &str) -> [u64; 3] {
    let mut parts = [0; 3];
    for (slot, part) in parts.iter_mut().zip(text.split('.')) {
        *slot = part.parse().unwrap_or(0);
    }
    parts
}

/// `cargo metadata` of the locked tree, every platform's packages
/// included. Offline first (no network needed once they are all here);
/// but a build downloads only this platform's, so on a fresh machine the
/// others (`android_system_properties`, `windows-sys`, …) are fetched, as
/// the build fetched its own.
fn metadata() -> std::process::Output {
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO"))
            .args(["metadata", "--format-version", "1", "--locked"])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo metadata runs")
    };
    let offline = run(&["--offline"]);
    if offline.status.success() {
        offline
    } else {
        run(&[])
    }
}

#[test]
fn rust_version_is_the_highest_any_locked_dependency_declares() {
    let output = metadata();
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let ours = packages
        .iter()
        .find(|p| p["name"] == "ikm-site")
        .and_then(|p| p["rust_version"].as_str())
        .expect("Cargo.toml sets rust-version");
    let highest = packages
        .iter()
        .filter(|p| p["name"] != "ikm-site")
        .filter_map(|p| {
            let declared = p["rust_version"].as_str()?;
            Some((version(declared), p["name"].as_str()?, declared))
        })
        .max()
        .expect("some dependency declares a rust-version");
    assert_eq!(
        version(ours),
        highest.0,
        "Cargo.toml says rust-version = {ours}, but {} declares {}",
        highest.1,
        highest.2
    );
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let promise = format!("Rust ({ours} or newer)");
    assert!(
        readme.contains(&promise),
        "the README's quick start should say {promise:?}"
    );
}
