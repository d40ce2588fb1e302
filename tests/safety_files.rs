//! The output folder, tried as an attacker or a careless user would: every
//! case from issue 7 ("nothing of the user's lost") builds a real folder
//! layout, runs a build, and checks the file system afterwards.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::PathBuf;

use ikm_site::messages::Lang;
use ikm_site::{build, BuildError, BuildOptions};

/// A temporary folder with a copy of the test content in `content/`.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        common::copy_tree(
            &common::repo().join("tests/fixtures/other/content"),
            &dir.path().join("content"),
        );
        Workspace { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn build(&self, content: &str, output: &str) -> Result<(), BuildError> {
        build(&BuildOptions {
            content_dir: self.path(content),
            output_dir: self.path(output),
            base_url: None,
        })
        .map(|_| ())
    }

    /// Every entry at the top of the workspace, sorted.
    fn top(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// The refusal `result` should be, in Indonesian and in English under a
/// heading each, with the workspace's path shown as `[TEMP]`: what the
/// snapshots pin.
#[track_caller]
fn refused(ws: &Workspace, result: Result<(), BuildError>) -> String {
    let message = match result {
        Err(BuildError::Output(error)) => error.0,
        other => panic!("expected an output error, got {other:?}"),
    };
    let shown = format!(
        "── Indonesian ──\n{}\n── English ──\n{}\n",
        message.render(Lang::Id),
        message.render(Lang::English)
    );
    common::redact_temp(&shown, ws.dir.path())
}

#[test]
fn a_content_folder_reached_through_a_link_inside_the_old_output_survives() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    symlink(ws.path("content"), ws.path("public/sumber")).unwrap();
    // The link is not the build's, so the folder is not replaced.
    insta::assert_snapshot!(refused(&ws, ws.build("public/sumber", "public")));
    assert!(ws.path("content/site.yaml").is_file());
    assert!(ws.path("public/sumber").is_symlink());
    assert_eq!(ws.top(), ["content", "public"]);
}

#[test]
fn an_output_path_with_dot_dot_builds_and_leaves_nothing_behind() {
    let ws = Workspace::new();
    ws.build("content", "public/../public").unwrap();
    ws.build("content", "public/../public").unwrap();
    assert!(ws.path("public/index.html").is_file());
    assert_eq!(ws.top(), ["content", "public"]);
}

#[test]
fn a_repository_whose_root_looks_like_a_build_is_never_moved() {
    let ws = Workspace::new();
    let repo = ws.path("repo");
    fs::create_dir_all(repo.join(".git")).unwrap();
    for name in ["index.html", "sitemap.xml", ".nojekyll"] {
        fs::write(repo.join(name), "x").unwrap();
    }
    // Content inside the repository, output the repository itself.
    fs::rename(ws.path("content"), repo.join("content")).unwrap();
    let inside = refused(&ws, ws.build("repo/content", "repo/content/.."));
    // Content elsewhere: the repository is still refused.
    fs::rename(repo.join("content"), ws.path("content")).unwrap();
    let elsewhere = refused(&ws, ws.build("content", "repo"));
    insta::assert_snapshot!(format!("{inside}\n{elsewhere}"));
    assert!(repo.join(".git").is_dir() && repo.join("index.html").is_file());
    assert_eq!(ws.top(), ["content", "repo"]);
}

#[test]
fn an_output_inside_a_git_folder_is_refused() {
    let ws = Workspace::new();
    fs::create_dir_all(ws.path(".git")).unwrap();
    let shown = [
        refused(&ws, ws.build("content", ".git")),
        refused(&ws, ws.build("content", ".git/public")),
    ];
    insta::assert_snapshot!(shown.join("\n"));
    assert!(fs::read_dir(ws.path(".git")).unwrap().next().is_none());
}

#[test]
fn an_output_that_is_or_sits_inside_the_content_is_refused() {
    let ws = Workspace::new();
    let shown = [
        refused(&ws, ws.build("content", "content")),
        refused(&ws, ws.build("content", "content/public")),
        refused(&ws, ws.build("content", ".")),
    ];
    insta::assert_snapshot!(shown.join("\n"));
    assert!(!ws.path("content/public").exists());
}

#[test]
fn an_output_reached_through_a_link_into_the_content_is_refused() {
    let ws = Workspace::new();
    symlink(ws.path("content/regions"), ws.path("public")).unwrap();
    insta::assert_snapshot!(refused(&ws, ws.build("content", "public")));
    assert!(ws.path("content/regions").is_dir());
}

#[test]
fn an_output_over_the_theme_folders_is_refused() {
    let ws = Workspace::new();
    let shown = [
        refused(&ws, ws.build("content", "templates")),
        refused(&ws, ws.build("content", "static/site")),
    ];
    insta::assert_snapshot!(shown.join("\n"));
}

#[test]
fn a_folder_of_other_files_is_refused_and_kept() {
    let ws = Workspace::new();
    fs::create_dir_all(ws.path("public")).unwrap();
    fs::write(ws.path("public/skripsi.docx"), "bab 1").unwrap();
    insta::assert_snapshot!(refused(&ws, ws.build("content", "public")));
    assert_eq!(
        fs::read_to_string(ws.path("public/skripsi.docx")).unwrap(),
        "bab 1"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_and_no_temporary_folder() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    let before = common::files_of(&ws.path("public"));
    fs::write(ws.path("content/regions/contoh/rusak.yaml"), "name: [\n").unwrap();
    assert!(matches!(
        ws.build("content", "public"),
        Err(BuildError::Content(_))
    ));
    assert_eq!(common::files_of(&ws.path("public")), before);
    assert_eq!(ws.top(), ["content", "public"]);
}

/// Issue 16, item 1: `git init public/notes` and a commit there, then a
/// build: the repository and its history used to go with the old output.
#[test]
fn a_repository_nested_in_the_previous_output_is_refused_and_kept() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    fs::create_dir_all(ws.path("public/notes/.git/objects")).unwrap();
    fs::write(ws.path("public/notes/.git/HEAD"), "ref: refs/heads/main\n").unwrap();
    fs::write(ws.path("public/notes/catatan.md"), "rapat").unwrap();
    let before = common::files_of(&ws.path("public"));
    insta::assert_snapshot!(refused(&ws, ws.build("content", "public")));
    assert_eq!(common::files_of(&ws.path("public")), before);
    assert_eq!(ws.top(), ["content", "public"]);
}

#[test]
fn a_file_dropped_anywhere_in_the_previous_output_is_refused_and_named() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    // The first folder by name, so the snapshot names the same file on
    // every file system.
    let folder = fs::read_dir(ws.path("public/wilayah"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .min()
        .unwrap();
    fs::write(folder.join("laporan.pdf"), "draf").unwrap();
    fs::write(ws.path("public/zz-akhir.txt"), "x").unwrap();
    // The first in sorted order is named: `wilayah/…` before `zz-akhir.txt`.
    insta::assert_snapshot!(refused(&ws, ws.build("content", "public")));
    assert_eq!(
        fs::read_to_string(folder.join("laporan.pdf")).unwrap(),
        "draf"
    );
}

#[test]
fn rebuilding_over_a_previous_build_replaces_it_and_gives_the_same_files() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    let first = common::files_of(&ws.path("public"));
    ws.build("content", "public").unwrap();
    assert_eq!(common::files_of(&ws.path("public")), first);
    assert_eq!(ws.top(), ["content", "public"]);
}

#[test]
fn a_build_after_a_previous_one_drops_the_pages_that_are_gone() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    let pages = ws.path("content/pages");
    let page = fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap();
    let name = page.file_stem().unwrap().to_str().unwrap().to_string();
    assert!(ws.path(&format!("public/{name}/index.html")).is_file());
    fs::remove_file(&page).unwrap();
    ws.build("content", "public").unwrap();
    assert!(!ws.path(&format!("public/{name}")).exists());
    // And the build after that still replaces it.
    ws.build("content", "public").unwrap();
    assert_eq!(ws.top(), ["content", "public"]);
}

#[test]
fn an_output_stamped_by_an_older_version_is_refused_with_how_to_go_on() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    fs::write(
        ws.path("public/.ikm-site-build"),
        "This folder is a site built by ikm-site; the next build replaces it whole.\n",
    )
    .unwrap();
    let before = common::files_of(&ws.path("public"));
    insta::assert_snapshot!(refused(&ws, ws.build("content", "public")));
    assert_eq!(common::files_of(&ws.path("public")), before);
}
