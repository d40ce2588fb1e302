//! Shared helpers: build a content folder into a temp dir and read the pages.

#![allow(dead_code)] // each test binary uses its own subset of these helpers

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ikm_site::model::PartialDate;
use ikm_site::{build_on, BuildOptions, BuildSummary};

pub const BASE: &str = "https://example.test/ikm/";
pub const BASE_PATH: &str = "/ikm/";

/// The day every [`build_into_temp`] is built on, so a page that cites the
/// day of its build ("diakses 4 Desember 2026") reads the same whatever day
/// the tests run.
pub const BUILD_DAY: &str = "2026-12-04";

pub fn build_day() -> PartialDate {
    PartialDate::parse(BUILD_DAY).unwrap()
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The frozen copy of the shipped content (`tests/fixtures/site/`): tests
/// that need a real-looking site read it, so editing `content/` never
/// breaks them.
pub fn site_fixture() -> PathBuf {
    repo().join("tests/fixtures/site/content")
}

/// A built site in a temporary folder.
pub struct Built {
    pub dir: tempfile::TempDir,
    pub summary: BuildSummary,
}

impl Built {
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    pub fn read(&self, relative: &str) -> String {
        let path = self.out().join(relative);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Every file of the output, by relative path.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        files_of(&self.out())
    }
}

pub fn files_of(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

pub fn build_into_temp(content: &Path, base_url: Option<&str>) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let options = BuildOptions {
        content_dir: content.to_path_buf(),
        output_dir: dir.path().join("public"),
        base_url: base_url.map(str::to_string),
    };
    let summary = build_on(&options, build_day()).unwrap_or_else(|e| panic!("build failed:\n{e}"));
    Built { dir, summary }
}

/// True when position `i` is inside markup (after a `<` with no `>` since),
/// not in text, where an escaped `&lt;a href="…"` is harmless.
pub fn in_tag(html: &str, i: usize) -> bool {
    let before = &html[..i];
    before
        .rfind('<')
        .is_some_and(|open| before.rfind('>').is_none_or(|close| open > close))
}

/// Values of `attr="…"` in the tags of an HTML page, unescaped for `&amp;`.
pub fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter(|(i, _)| in_tag(html, *i))
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

/// Checks that every root-relative link and asset under the base path
/// resolves to a written file, and every `#fragment` to an `id` there.
pub fn assert_internal_links_resolve(root: &Path, base_path: &str) {
    let files = files_of(root);
    let mut checked = 0;
    for (name, bytes) in &files {
        if !name.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for link in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            if let Some(id) = link.strip_prefix('#') {
                assert!(
                    html.contains(&format!("id=\"{id}\"")),
                    "{name}: anchor {link} has no target"
                );
                continue;
            }
            assert!(
                link.starts_with(base_path),
                "{name}: link {link} is not under {base_path}"
            );
            let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let relative = &path[base_path.len()..];
            let target = if relative.is_empty() || relative.ends_with('/') {
                format!("{relative}index.html")
            } else {
                relative.to_string()
            };
            let Some(target_bytes) = files.get(&target) else {
                panic!("{name}: link {link} points to a missing file {target}");
            };
            if !fragment.is_empty() {
                let target_html = String::from_utf8_lossy(target_bytes);
                assert!(
                    target_html.contains(&format!("id=\"{fragment}\"")),
                    "{name}: link {link}: no id `{fragment}` in {target}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no internal links were checked");
}

/// Copies the folder `from` (files and sub-folders) to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Writes `text` at `relative` under `root`, creating its folders.
pub fn write_file(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// The `site.yaml` and `metrics.yaml` (one count, `jumlah_ikm`) of a
/// made-up test site at [`BASE`]: its regions are made up too, so they are
/// not checked against the official list.
pub fn write_test_site(root: &Path) {
    write_file(
        root,
        "site.yaml",
        &format!("title: Uji\nbase_url: {BASE}\nofficial_regions: false\n"),
    );
    write_file(
        root,
        "metrics.yaml",
        "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\n",
    );
}

/// What a run of the binary gave: its exit code, stdout and stderr.
pub fn outcome(output: std::process::Output) -> (Option<i32>, String, String) {
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// What `ikm-site ARGS` prints, run in `dir`, once with `--lang id` and
/// once with `--lang en`: the command line, then under a heading for each
/// language its exit status, stdout (if any) and stderr. Every path under
/// `dir` shows as `[TEMP]`, so the text is the same on every machine: it is
/// what the error-message snapshots pin.
pub fn run_in_both_languages(dir: &Path, args: &[&str]) -> String {
    let mut shown = command_line(dir, args);
    for (heading, lang) in [("Indonesian", "id"), ("English", "en")] {
        let with_lang: Vec<&str> = args.iter().copied().chain(["--lang", lang]).collect();
        shown.push_str(&shown_run(
            dir,
            &with_lang,
            &format!("{heading} (--lang {lang})"),
        ));
    }
    shown
}

/// `$ ikm-site ARGS`, quoted as a shell would need it, with `dir` as `[TEMP]`.
pub fn command_line(dir: &Path, args: &[&str]) -> String {
    let line: Vec<String> = args
        .iter()
        .map(|arg| {
            let arg = redact_temp(arg, dir);
            if arg.is_empty() || arg.contains([' ', '\'', '"', '#']) {
                format!("'{}'", arg.replace('\'', r"'\''"))
            } else {
                arg
            }
        })
        .collect();
    format!("$ ikm-site {}\n", line.join(" "))
}

/// One run of `ikm-site ARGS` in `dir` under `heading`: its exit status,
/// stdout (if any) and stderr, with `dir` as `[TEMP]`.
pub fn shown_run(dir: &Path, args: &[&str], heading: &str) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ikm-site"))
        .current_dir(dir)
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .unwrap();
    let (status, stdout, stderr) = outcome(output);
    let status = status.map_or("killed".to_string(), |code| code.to_string());
    let mut shown = format!("── {heading}: exit {status} ──\n");
    if !stdout.is_empty() {
        shown.push_str(&format!("[stdout]\n{stdout}[stderr]\n"));
    }
    shown.push_str(&stderr);
    redact_temp(&shown, dir)
}

/// `text` with the path of `dir` (as given, and as the system resolves
/// it) written `[TEMP]`.
pub fn redact_temp(text: &str, dir: &Path) -> String {
    let mut text = text.to_string();
    let resolved = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    for path in [resolved, dir.to_path_buf()] {
        text = text.replace(&path.display().to_string(), "[TEMP]");
    }
    text
}
