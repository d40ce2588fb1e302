//! The JSON Schemas for editors: current, and true to the shipped content.

mod common;

use std::path::Path;

use common::repo;
use ikm_site::messages::Lang;
use serde_json::Value;

/// The committed schema `name` as a validator.
fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("docs/schema").join(name)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft7::new(&schema).unwrap()
}

/// A YAML file read as the YAML language server reads it: as JSON.
fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

fn problems(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_committed_schemas_are_what_the_types_generate() {
    for (name, text) in ikm_site::schema::files() {
        let committed =
            std::fs::read_to_string(repo().join("docs/schema").join(name)).unwrap_or_default();
        assert!(
            committed == text,
            "docs/schema/{name} is out of date: run `cargo run -- schema`"
        );
    }
}

#[test]
fn every_shipped_content_file_names_its_schema_and_passes_it() {
    let content = repo().join("content");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let relative = path.strip_prefix(&content).unwrap();
        let schema = match relative.to_str().unwrap() {
            "site.yaml" => "site.schema.json",
            "metrics.yaml" => "metrics.schema.json",
            "sectors.yaml" | "topics.yaml" => "vocabulary.schema.json",
            _ => "region.schema.json",
        };
        let text = std::fs::read_to_string(path).unwrap();
        let first = text.lines().next().unwrap();
        let named = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{} does not name its schema: {first}", path.display()));
        let resolved = path.parent().unwrap().join(named);
        assert!(
            resolved.ends_with(Path::new("docs/schema").join(schema)) && resolved.is_file(),
            "{}: {named}",
            path.display()
        );
        let found = problems(&validator(schema), &yaml(&text));
        assert!(found.is_empty(), "{}: {found:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} files checked");
}

#[test]
fn a_typo_an_unknown_level_and_a_number_as_text_are_flagged() {
    let region = validator("region.schema.json");
    let good = "name: Kabupaten Uji\nlevel: kabupaten\nparent: banten\nnews:\n  - id: a\n    title: T\n    outlet: O\n    published: 2019-07-18\n    summary: S\n    figures:\n      - metric: jumlah_ikm\n        value: 21000\n";
    assert!(problems(&region, &yaml(good)).is_empty());
    for (bad, path) in [
        (good.replace("published:", "publised:"), "/news/0"),
        (
            good.replace("level: kabupaten", "level: kabupatn"),
            "/level",
        ),
        (
            good.replace("value: 21000", "value: \"21000\""),
            "/news/0/figures/0/value",
        ),
        (
            good.replace("published: 2019-07-18", "published: 18 Juli 2019"),
            "/news/0/published",
        ),
        (good.replace("parent: banten", "parent: Banten"), "/parent"),
    ] {
        let found = problems(&region, &yaml(&bad));
        assert!(
            found.iter().any(|p| p.starts_with(&format!("{path}:"))),
            "{bad}\n{found:#?}"
        );
    }
    let metrics = validator("metrics.schema.json");
    let bad = yaml("jumlah_ikm:\n  label: Jumlah IKM\n  kind: jumlah\n");
    assert!(!problems(&metrics, &bad).is_empty());
    let vocabulary = validator("vocabulary.schema.json");
    assert!(!problems(&vocabulary, &yaml("Kerajinan: Kerajinan\n")).is_empty());
}

#[test]
fn the_schema_subcommand_writes_every_schema() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .args(["schema", "--output"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    for (name, text) in ikm_site::schema::files() {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            text
        );
    }
}

/// Reads the shipped content, not the site fixture: it is about where the
/// shipped files' `$schema=` lines point, and the fixture's lines climb out
/// of `tests/fixtures/site/` to the repository's `docs/schema/` instead.
#[test]
fn by_default_the_schemas_go_beside_the_content_folder_where_its_files_point() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("site/content");
    common::copy_tree(&repo().join("content"), &content);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .args(["schema", "--content"])
        .arg(&content)
        .output()
        .unwrap();
    assert!(output.status.success());
    let lebak = content.join("regions/banten/lebak.yaml");
    let first = std::fs::read_to_string(&lebak).unwrap();
    let named = first
        .lines()
        .next()
        .unwrap()
        .split("$schema=")
        .nth(1)
        .unwrap();
    assert!(lebak.parent().unwrap().join(named).is_file(), "{named}");
}

/// A project folder with a content folder (an Indonesian site) and the
/// theme folders beside it, for `schema --output` to be pointed around.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        &repo().join("tests/fixtures/other"),
        &dir.path().join("site"),
    );
    dir
}

/// Runs `schema` for the project's content with `--output` set to
/// `output`, and gives the exit code and stderr.
fn schema_into(dir: &Path, output: &Path) -> (Option<i32>, String) {
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .args(["schema", "--content"])
        .arg(dir.join("site/content"))
        .arg("--output")
        .arg(output)
        .output()
        .unwrap();
    (run.status.code(), String::from_utf8(run.stderr).unwrap())
}

/// `schema` with `--output` set to `output` (relative to `dir`, where it
/// runs), once for the site in Indonesian and once in English: `schema`
/// has no `--lang` and speaks the language of `site.yaml`.
fn schema_refused(dir: &Path, output: &str) -> String {
    let args = ["schema", "--content", "site/content", "--output", output];
    let site = dir.join("site/content/site.yaml");
    let settings = std::fs::read_to_string(&site).unwrap();
    let mut shown = common::command_line(dir, &args);
    for (heading, language) in [("Indonesian", "id"), ("English", "en")] {
        std::fs::write(&site, format!("{settings}language: {language}\n")).unwrap();
        let heading = format!("{heading} (site.yaml: language: {language})");
        shown.push_str(&common::shown_run(dir, &args, &heading));
    }
    std::fs::write(&site, settings).unwrap();
    shown
}

/// Issue 16, item 3: `schema` takes `build`'s rules for where it writes.
#[test]
fn the_schemas_are_refused_in_the_content_the_theme_folders_and_git() {
    let dir = project();
    std::fs::create_dir_all(dir.path().join("site/.git")).unwrap();
    let before = common::files_of(dir.path());
    let shown: Vec<String> = [
        "site/content",
        "site/content/regions",
        "site/templates",
        "site/static/skema",
        "site/.git/skema",
    ]
    .iter()
    .map(|output| schema_refused(dir.path(), output))
    .collect();
    insta::assert_snapshot!(shown.join("\n"));
    assert_eq!(common::files_of(dir.path()), before);
}

#[test]
fn a_folder_reached_through_a_link_into_the_content_is_refused() {
    let dir = project();
    std::os::unix::fs::symlink(dir.path().join("site/content"), dir.path().join("docs")).unwrap();
    insta::assert_snapshot!(schema_refused(dir.path(), "docs/schema"));
    assert!(!dir.path().join("site/content/schema").exists());
}

/// Both links are named, each with its help line, and nothing is written.
#[test]
fn a_schema_file_that_is_a_link_is_refused_and_what_it_points_to_is_unchanged() {
    let dir = project();
    let out = dir.path().join("docs/schema");
    std::fs::create_dir_all(&out).unwrap();
    let elsewhere = dir.path().join("penting.json");
    std::fs::write(&elsewhere, "jangan ditimpa").unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("region.schema.json")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("site.schema.json")).unwrap();
    insta::assert_snapshot!(schema_refused(dir.path(), "docs/schema"));
    assert_eq!(
        std::fs::read_to_string(&elsewhere).unwrap(),
        "jangan ditimpa"
    );
    assert!(out.join("region.schema.json").is_symlink());
    assert!(!out.join("metrics.schema.json").exists());
}

/// The library's refusal, as the binary would show it in each language.
#[test]
fn a_link_at_a_schema_file_is_refused_in_both_languages() {
    let dir = project();
    let out = dir.path().join("schema");
    std::fs::create_dir_all(&out).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", out.join("metrics.schema.json")).unwrap();
    let files = ikm_site::schema::files();
    let errors =
        ikm_site::output::files::write_files(&out, &dir.path().join("site/content"), &files)
            .unwrap_err();
    let shown: String = [("Indonesian", Lang::Id), ("English", Lang::English)]
        .into_iter()
        .map(|(heading, lang)| {
            let texts: Vec<String> = errors.iter().map(|e| e.render(lang)).collect();
            format!("── {heading} ──\n{}\n", texts.join("\n"))
        })
        .collect();
    insta::assert_snapshot!(common::redact_temp(&shown, dir.path()));
}

#[test]
fn the_schemas_replace_older_copies_whole_and_leave_no_temporary_file() {
    let dir = project();
    let out = dir.path().join("docs/schema");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("region.schema.json"), "lama").unwrap();
    let (code, stderr) = schema_into(dir.path(), &out);
    assert_eq!(code, Some(0), "{stderr}");
    let written: Vec<String> = common::files_of(&out).into_keys().collect();
    let mut expected: Vec<String> = ikm_site::schema::files()
        .into_iter()
        .map(|(name, _)| name.to_string())
        .collect();
    expected.sort();
    assert_eq!(written, expected);
    for (name, text) in ikm_site::schema::files() {
        assert_eq!(std::fs::read_to_string(out.join(name)).unwrap(), text);
    }
}
