//! The JSON Schemas for editors: current, and true to the shipped content.

mod common;

use std::path::Path;

use common::repo;
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
