//! The output folder, tried as an attacker or a careless user would: every
//! case from issue 7 ("nothing of the user's lost") builds a real folder
//! layout, runs a build, and checks the file system afterwards.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::PathBuf;

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

fn refused(result: Result<(), BuildError>, words: &[&str]) {
    let message = match result {
        Err(BuildError::Output(message)) => message.to_string(),
        other => panic!("expected an output error, got {other:?}"),
    };
    for word in words {
        assert!(message.contains(word), "{word:?} not in: {message}");
    }
}

#[test]
fn a_content_folder_reached_through_a_link_inside_the_old_output_survives() {
    let ws = Workspace::new();
    ws.build("content", "public").unwrap();
    symlink(ws.path("content"), ws.path("public/sumber")).unwrap();
    ws.build("public/sumber", "public").unwrap();
    assert!(ws.path("content/site.yaml").is_file());
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
    refused(
        ws.build("repo/content", "repo/content/.."),
        &["holds the content folder"],
    );
    // Content elsewhere: the repository is still refused.
    fs::rename(repo.join("content"), ws.path("content")).unwrap();
    refused(ws.build("content", "repo"), &["git repository"]);
    assert!(repo.join(".git").is_dir() && repo.join("index.html").is_file());
    assert_eq!(ws.top(), ["content", "repo"]);
}

#[test]
fn an_output_inside_a_git_folder_is_refused() {
    let ws = Workspace::new();
    fs::create_dir_all(ws.path(".git")).unwrap();
    refused(ws.build("content", ".git"), &["git"]);
    refused(
        ws.build("content", ".git/public"),
        &["inside a `.git` folder"],
    );
    assert!(fs::read_dir(ws.path(".git")).unwrap().next().is_none());
}

#[test]
fn an_output_that_is_or_sits_inside_the_content_is_refused() {
    let ws = Workspace::new();
    refused(ws.build("content", "content"), &["is the content folder"]);
    refused(
        ws.build("content", "content/public"),
        &["is inside the content folder"],
    );
    refused(ws.build("content", "."), &["holds the content folder"]);
    assert!(!ws.path("content/public").exists());
}

#[test]
fn an_output_reached_through_a_link_into_the_content_is_refused() {
    let ws = Workspace::new();
    symlink(ws.path("content/regions"), ws.path("public")).unwrap();
    refused(
        ws.build("content", "public"),
        &["is inside the content folder"],
    );
    assert!(ws.path("content/regions").is_dir());
}

#[test]
fn an_output_over_the_theme_folders_is_refused() {
    let ws = Workspace::new();
    refused(ws.build("content", "templates"), &["theme folder"]);
    refused(ws.build("content", "static/site"), &["theme folder"]);
}

#[test]
fn a_folder_of_other_files_is_refused_and_kept() {
    let ws = Workspace::new();
    fs::create_dir_all(ws.path("public")).unwrap();
    fs::write(ws.path("public/skripsi.docx"), "bab 1").unwrap();
    refused(
        ws.build("content", "public"),
        &["did not write", ".ikm-site-build"],
    );
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
