//! `ikm-site new`: starter files that land in the right place, pass
//! `check`, and never replace anything.

mod common;

use std::path::Path;
use std::process::Command;

use common::{copy_tree, repo};

fn ikm_site(root: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .args(args)
        .arg("--content")
        .arg(root.join("content"))
        .args(["--lang", "en"])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// A copy of the shipped content and schemas in a temporary folder.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), &dir.path().join("content"));
    copy_tree(&repo().join("docs/schema"), &dir.path().join("docs/schema"));
    dir
}

fn loads(root: &Path) -> ikm_site::content::Loaded {
    ikm_site::content::load(&root.join("content"), None)
        .unwrap_or_else(|d| panic!("the content no longer loads:\n{d}"))
}

#[test]
fn a_new_regency_is_written_beside_its_province_and_passes_check() {
    let dir = project();
    let root = dir.path();
    let (status, stdout, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "serang",
            "--level",
            "kabupaten",
            "--parent",
            "banten",
            "--name",
            "Kabupaten Serang",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    let path = root.join("content/regions/banten/serang.yaml");
    assert!(stdout.contains("serang.yaml"), "{stdout}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text
        .starts_with("# yaml-language-server: $schema=../../../docs/schema/region.schema.json\n"));
    assert!(path
        .parent()
        .unwrap()
        .join("../../../docs/schema/region.schema.json")
        .is_file());
    let loaded = loads(root);
    let serang = loaded
        .site
        .regions
        .iter()
        .find(|r| r.slug == "serang")
        .unwrap();
    assert_eq!(serang.name, "Kabupaten Serang");
}

#[test]
fn a_new_province_gets_its_own_folder() {
    let dir = project();
    let root = dir.path();
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "jawa-barat",
            "--level",
            "provinsi",
            "--name",
            "Provinsi Jawa Barat",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    assert!(root
        .join("content/regions/jawa-barat/jawa-barat.yaml")
        .is_file());
    loads(root);
}

#[test]
fn a_new_kecamatan_and_desa_go_beside_their_parents_and_pass_check() {
    let dir = project();
    let root = dir.path();
    let new_region = |slug: &str, level: &str, parent: &str, name: &str| {
        ikm_site(
            root,
            &[
                "new", "region", slug, "--level", level, "--parent", parent, "--name", name,
            ],
        )
    };
    let (status, _, stderr) = new_region(
        "rangkasbitung",
        "kecamatan",
        "lebak",
        "Kecamatan Rangkasbitung",
    );
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = new_region(
        "muara-ciujung-timur",
        "kelurahan",
        "rangkasbitung",
        "Kelurahan Muara Ciujung Timur",
    );
    assert_eq!(status, 0, "{stderr}");
    let kelurahan = root.join("content/regions/banten/muara-ciujung-timur.yaml");
    let text = std::fs::read_to_string(&kelurahan).unwrap();
    assert!(text.contains("# code: \"36.02.01.2001\""), "{text}");
    let loaded = loads(root);
    let slug_of = |id: usize| loaded.site.regions[id].slug.as_str();
    let chain: Vec<&str> = loaded
        .site
        .regions
        .iter()
        .position(|r| r.slug == "muara-ciujung-timur")
        .map(|id| loaded.site.ancestors(id).into_iter().map(slug_of).collect())
        .unwrap();
    assert_eq!(chain, ["rangkasbitung", "lebak", "banten"]);

    // A misspelt level: the closest is suggested, as `check` does.
    let (status, _, stderr) = new_region("sukamanah", "kecamatn", "lebak", "Kecamatan Sukamanah");
    assert_eq!(status, 1);
    assert!(
        stderr.contains("found the level `kecamatn`; did you mean `kecamatan`?"),
        "{stderr}"
    );

    // A desa must name a kecamatan: Lebak is a kabupaten.
    let (status, _, stderr) = new_region("sukamanah", "desa", "lebak", "Desa Sukamanah");
    assert_eq!(status, 1);
    assert!(
        stderr.contains("the parent `lebak` is a kabupaten, not a kecamatan"),
        "{stderr}"
    );
    // A kecamatan that does not exist yet: the command to create it names
    // its own parent, since a kecamatan needs one.
    let (status, _, stderr) = new_region("sukamanah", "desa", "cibeber", "Desa Sukamanah");
    assert_eq!(status, 1);
    assert!(stderr.contains("--level kecamatan --parent …"), "{stderr}");
}

#[test]
fn new_refuses_to_overwrite_and_names_an_unknown_parent() {
    let dir = project();
    let root = dir.path();
    let lebak = root.join("content/regions/banten/lebak.yaml");
    let before = std::fs::read(&lebak).unwrap();
    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new", "region", "lebak", "--level", "kota", "--parent", "banten", "--name", "X",
        ],
    );
    assert_eq!(status, 1);
    assert!(
        stderr.contains("already exists") && stderr.contains("lebak.yaml"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&lebak).unwrap(), before);

    let (status, _, stderr) = ikm_site(
        root,
        &[
            "new",
            "region",
            "serang",
            "--level",
            "kabupaten",
            "--parent",
            "bantn",
            "--name",
            "Kabupaten Serang",
        ],
    );
    assert_eq!(status, 1);
    assert!(
        stderr.contains("no provinsi has the slug `bantn`; did you mean `banten`?"),
        "{stderr}"
    );
    assert!(!root.join("content/regions/banten/serang.yaml").exists());
}

#[test]
fn new_news_appends_an_item_with_a_fresh_id_that_check_flags_until_filled_in() {
    let dir = project();
    let root = dir.path();
    for expected in ["lebak-berita-1", "lebak-berita-2"] {
        let (status, stdout, stderr) = ikm_site(root, &["new", "news", "--region", "lebak"]);
        assert_eq!(status, 0, "{stderr}");
        assert!(stdout.contains(expected), "{stdout}");
    }
    let loaded = loads(root);
    let ids: Vec<&str> = loaded.site.news.iter().map(|n| n.id.as_str()).collect();
    assert!(
        ids.contains(&"lebak-berita-1") && ids.contains(&"lebak-berita-2"),
        "{ids:?}"
    );
    let todo: Vec<_> = loaded
        .warnings
        .iter()
        .filter(|w| w.code() == "field-todo")
        .collect();
    assert_eq!(todo.len(), 6, "{}", loaded.warnings);

    let (status, _, stderr) = ikm_site(root, &["new", "news", "--region", "lebk"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("did you mean `lebak`?"), "{stderr}");

    // Found by a new user: outside a project the message blamed the slug.
    let elsewhere = tempfile::tempdir().unwrap();
    let (status, _, stderr) = ikm_site(elsewhere.path(), &["new", "news", "--region", "lebak"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("has no `regions/` folder; pass the content folder with --content"),
        "{stderr}"
    );
}
