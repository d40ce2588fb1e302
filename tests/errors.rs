//! One test per rule of the content format (`content-format.md`), on real
//! files: each test starts from a minimal valid content folder, breaks one
//! thing, loads it, checks the file, line and column, and pins the whole
//! report an author would see, in Indonesian and in English, as an insta
//! snapshot named after the test (`tests/snapshots/errors__*.snap`). A
//! changed message shows as a diff to review in both languages.
//!

use std::fs;
use std::path::Path;

use ikm_site::diagnostics::Severity;
use ikm_site::messages::Lang;

// ---------------------------------------------------------------------------
// The minimal valid content folder and the helpers around it
// ---------------------------------------------------------------------------

const SITE: &str = "\
title: Kabar IKM
description: Angka IKM per daerah.
base_url: https://example.test/ikm/
language: id
";

const METRICS: &str = "\
jumlah_ikm:
  label: Jumlah IKM
  unit: unit usaha
  kind: count
pertumbuhan_ikm:
  label: Pertumbuhan IKM
  unit: \"%\"
  kind: percent
";

const BANTEN: &str = "\
name: Provinsi Banten
short_name: Banten
level: provinsi
code: \"36\"
";

/// Line numbers are part of the tests below: 8 is `- id`, 17 `- metric`.
const LEBAK: &str = "\
name: Kabupaten Lebak
short_name: Lebak
level: kabupaten
parent: banten
code: \"36.02\"
summary: Ringkasan.
news:
  - id: lebak-ikm-2019
    title: Jumlah IKM Lebak
    outlet: Banten Day
    url: https://example.test/berita/lebak
    published: 2019-07-18
    summary: Ringkasan berita.
    sectors: [makanan]
    topics: [ritel]
    figures:
      - metric: jumlah_ikm
        value: 15769
";

const LEBAK_PATH: &str = "regions/banten/lebak.yaml";
const BANTEN_PATH: &str = "regions/banten/banten.yaml";

/// A second regency of Banten, valid on its own.
const SERANG: &str = "\
name: Kabupaten Serang
level: kabupaten
parent: banten
news:
  - id: serang-ikm-2020
    title: IKM Serang
    outlet: Radar Banten
    summary: Ringkasan.
    url: https://example.test/berita/serang
";

/// One diagnostic, with its file relative to the content folder.
#[derive(Debug)]
struct Found {
    severity: Severity,
    file: String,
    line: usize,
    column: usize,
    /// The diagnostic as an author sees it, for failure messages.
    shown: String,
}

/// What loading the folder gave: errors on failure, warnings on success.
#[derive(Debug)]
struct Outcome {
    loaded: bool,
    found: Vec<Found>,
    /// The whole report (`Diagnostics` as `check` shows it) in English,
    /// with the temporary folder's path removed.
    text: String,
    /// The same report in Indonesian, as `check` shows it for a site in `id`.
    text_id: String,
}

impl Outcome {
    fn errors(&self) -> Vec<&Found> {
        self.found
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect()
    }

    /// The one error of the run; fails if there is not exactly one.
    #[track_caller]
    fn only_error(&self) -> &Found {
        let errors = self.errors();
        assert!(!self.loaded, "expected the load to fail:\n{}", self.text);
        assert_eq!(errors.len(), 1, "expected one error:\n{}", self.text);
        errors[0]
    }

    #[track_caller]
    fn assert_loaded(&self) {
        assert!(self.loaded, "expected the load to succeed:\n{}", self.text);
        assert!(self.errors().is_empty(), "{}", self.text);
    }

    /// The whole report in both languages, each under a heading: what
    /// [`assert_report!`] pins.
    fn report(&self) -> String {
        format!(
            "── Indonesian (--lang id) ──\n{}\n\n── English (--lang en) ──\n{}\n",
            self.text_id, self.text
        )
    }
}

/// Pins the whole report of one or more outcomes, in Indonesian and in
/// English, as one insta snapshot named after the test (a macro, so insta
/// takes the test's name and not a helper's). Several outcomes are shown
/// one after the other under numbered headings.
macro_rules! assert_report {
    ($outcome:expr) => {
        insta::assert_snapshot!(deterministic($outcome.report()))
    };
    ($($outcome:expr),+ $(,)?) => {
        insta::assert_snapshot!(deterministic(
            [$(&$outcome),+]
                .iter()
                .enumerate()
                .map(|(i, outcome)| format!("━━ case {} ━━\n{}", i + 1, outcome.report()))
                .collect::<Vec<_>>()
                .join("\n")
        ))
    };
}

/// `report`, checked to name no temporary folder: every path in it is
/// relative to the content folder, so the snapshot is the same on every
/// machine and run.
#[track_caller]
fn deterministic(report: String) -> String {
    let temp = std::env::temp_dir();
    let temp = temp.to_string_lossy();
    let temp = temp.trim_end_matches('/');
    assert!(
        !report.contains(&format!("{temp}/")),
        "the report names a temporary folder:\n{report}"
    );
    report
}

impl Found {
    /// Checks the file (relative to the content folder), line and column.
    #[track_caller]
    fn assert_at(&self, file: &str, line: usize, column: usize) -> &Self {
        assert_eq!(
            (self.file.as_str(), self.line, self.column),
            (file, line, column),
            "wrong place:\n{}",
            self.shown
        );
        self
    }

    /// Checks the file, and that the problem is the whole file: no line
    /// or column is shown for it.
    #[track_caller]
    fn assert_in_file(&self, file: &str) -> &Self {
        self.assert_at(file, 0, 0);
        assert!(
            self.shown.contains(&format!("{file}: ")),
            "a position is shown:\n{}",
            self.shown
        );
        self
    }
}

/// Writes the minimal valid folder into a temporary directory.
fn minimal() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "site.yaml", SITE);
    write(dir.path(), "metrics.yaml", METRICS);
    write(dir.path(), BANTEN_PATH, BANTEN);
    write(dir.path(), LEBAK_PATH, LEBAK);
    dir
}

fn write(root: &Path, relative: &str, contents: impl AsRef<[u8]>) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap();
}

/// Loads the minimal folder after `edit` has changed it.
fn load_with(edit: impl FnOnce(&Path)) -> Outcome {
    let dir = minimal();
    let root = dir.path();
    edit(root);
    let relative = |file: &Path| {
        file.strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let prefix = format!("{}{}", root.display(), std::path::MAIN_SEPARATOR);
    let (loaded, diagnostics) = match ikm_site::content::load_on(root, None, today()) {
        Ok(loaded) => (true, loaded.warnings),
        Err(diagnostics) => (false, diagnostics),
    };
    let found = diagnostics
        .sorted()
        .into_iter()
        .map(|d| Found {
            severity: d.severity,
            file: relative(&d.file),
            line: d.line,
            column: d.column,
            shown: d.to_string().replace(&prefix, ""),
        })
        .collect();
    Outcome {
        loaded,
        found,
        text: diagnostics.to_string().replace(&prefix, ""),
        // Every error test also puts its diagnostics into Indonesian, so
        // a message whose Indonesian text lacks an argument fails here.
        text_id: diagnostics.shown(Lang::Id).to_string().replace(&prefix, ""),
    }
}

/// A fixed "today", so the warning about a date after it never drifts.
fn today() -> ikm_site::model::PartialDate {
    ikm_site::model::PartialDate::parse("2026-01-01").unwrap()
}

/// Loads the minimal folder with one file overwritten or added.
fn load_with_file(relative: &str, contents: impl AsRef<[u8]>) -> Outcome {
    load_with(|root| write(root, relative, contents))
}

/// `text` with `from` replaced by `to`; fails if `from` is not in it, so a
/// test never passes by editing nothing.
#[track_caller]
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the text");
    text.replacen(from, to, 1)
}

/// Loads the minimal folder with `from` replaced by `to` in lebak.yaml.
#[track_caller]
fn load_lebak(from: &str, to: &str) -> Outcome {
    load_with_file(LEBAK_PATH, edit(LEBAK, from, to))
}

const PAGE_PATH: &str = "pages/tentang.md";

// ---------------------------------------------------------------------------
// The baseline
// ---------------------------------------------------------------------------

#[test]
fn the_minimal_folder_loads_without_a_problem() {
    let outcome = load_with(|_| {});
    outcome.assert_loaded();
    assert!(outcome.found.is_empty(), "{}", outcome.text);
    assert_eq!(outcome.text, "");
}

// ---------------------------------------------------------------------------
// Unknown fields
// ---------------------------------------------------------------------------

#[test]
fn an_unknown_region_field_suggests_the_closest_one() {
    let outcome = load_lebak("name: Kabupaten Lebak", "nmae: Kabupaten Lebak");
    outcome.only_error().assert_at(LEBAK_PATH, 1, 1);
    assert_report!(outcome);
}

#[test]
fn two_unknown_fields_in_one_file_are_both_reported() {
    let text = edit(LEBAK, "name: Kabupaten Lebak", "nmae: Kabupaten Lebak");
    let text = edit(&text, "parent: banten", "parnet: banten");
    let outcome = load_with_file(LEBAK_PATH, text);
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 1, 1);
    errors[1].assert_at(LEBAK_PATH, 4, 1);
    assert_report!(outcome);
}

#[test]
fn an_unknown_field_in_a_news_item_is_reported_with_its_path() {
    let outcome = load_lebak("    outlet: Banten Day", "    outlte: Banten Day");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 5);
    assert_report!(outcome);
}

#[test]
fn an_unknown_field_in_a_figure_is_reported_with_its_path() {
    let outcome = load_lebak("        value: 15769", "        valeu: 15769");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 9);
    assert_report!(outcome);
}

#[test]
fn an_unknown_field_in_site_yaml_is_reported() {
    let outcome = load_with_file("site.yaml", edit(SITE, "title:", "titel:"));
    outcome.only_error().assert_at("site.yaml", 1, 1);
    assert_report!(outcome);
}

#[test]
fn an_unknown_field_in_a_metric_is_reported() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(METRICS, "  kind: count", "  knid: count"),
    );
    outcome.only_error().assert_at("metrics.yaml", 4, 3);
    assert_report!(outcome);
}

#[test]
fn an_unknown_field_in_page_front_matter_is_reported() {
    let outcome = load_with_file(
        PAGE_PATH,
        "---\ntitle: Tentang\ndescriptoin: Tentang situs ini.\n---\nIsi halaman.\n",
    );
    outcome.only_error().assert_at(PAGE_PATH, 3, 1);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Metrics referenced by figures
// ---------------------------------------------------------------------------

#[test]
fn an_unknown_metric_suggests_the_closest_id_at_the_metric_value() {
    let outcome = load_lebak("metric: jumlah_ikm", "metric: jumlah_ikn");
    outcome.only_error().assert_at(LEBAK_PATH, 17, 17);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Parents and levels
// ---------------------------------------------------------------------------

#[test]
fn a_kabupaten_without_a_parent_is_an_error() {
    let outcome = load_lebak("parent: banten\n", "");
    outcome.only_error().assert_at(LEBAK_PATH, 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_misspelt_parent_suggests_the_province() {
    let outcome = load_lebak("parent: banten", "parent: bantn");
    outcome.only_error().assert_at(LEBAK_PATH, 4, 9);
    assert_report!(outcome);
}

/// Two files with one slug: the later in the folder is the one reported,
/// naming the earlier, even when its region sorts first by name.
#[test]
fn a_slug_used_by_two_files_names_the_first() {
    let outcome = load_with_file(
        "regions/lain/lebak.yaml",
        "name: Kabupaten Aaa\nlevel: kabupaten\nparent: banten\n",
    );
    outcome
        .only_error()
        .assert_at("regions/lain/lebak.yaml", 1, 1);
    assert_report!(outcome);
}

/// A kota whose parent is a kabupaten: the help names the province.
#[test]
fn a_parent_that_is_not_a_provinsi_is_an_error() {
    let outcome = load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cilegon\nlevel: kota\nparent: lebak\n",
    );
    outcome
        .only_error()
        .assert_at("regions/banten/cilegon.yaml", 3, 9);
    assert_report!(outcome);
}

#[test]
fn a_provinsi_with_a_parent_is_an_error() {
    let outcome = load_with_file(
        BANTEN_PATH,
        edit(
            BANTEN,
            "level: provinsi\n",
            "level: provinsi\nparent: jawa\n",
        ),
    );
    outcome.only_error().assert_at(BANTEN_PATH, 4, 9);
    assert_report!(outcome);
}

#[test]
fn a_misspelt_level_suggests_the_closest() {
    let outcome = load_lebak("level: kabupaten", "level: kabupatn");
    outcome.only_error().assert_at(LEBAK_PATH, 3, 8);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Uniqueness and file names
// ---------------------------------------------------------------------------

#[test]
fn a_news_id_used_in_two_files_names_the_other_file() {
    let serang = edit(SERANG, "id: serang-ikm-2020", "id: lebak-ikm-2019");
    let outcome = load_with_file(SERANG_PATH, serang);
    outcome.only_error().assert_at(SERANG_PATH, 5, 9);
    assert_report!(outcome);
}

#[test]
fn a_region_slug_used_in_two_folders_is_an_error() {
    let other = edit(LEBAK, "id: lebak-ikm-2019", "id: lebak-lain-2019");
    let outcome = load_with_file("regions/lampung/lebak.yaml", other);
    outcome
        .only_error()
        .assert_at("regions/lampung/lebak.yaml", 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_region_code_used_by_two_files_names_the_first() {
    let serang = edit(
        SERANG,
        "parent: banten\n",
        "parent: banten\ncode: \"36.02\"\n",
    );
    let outcome = load_with_file(SERANG_PATH, serang);
    outcome.only_error().assert_at(SERANG_PATH, 4, 7);
    assert_report!(outcome);
}

#[test]
fn a_region_file_name_that_is_not_a_slug_is_an_error() {
    let outcome = load_with(|root| {
        fs::remove_file(root.join(LEBAK_PATH)).unwrap();
        write(root, "regions/banten/Lebak.yaml", LEBAK);
    });
    outcome
        .only_error()
        .assert_at("regions/banten/Lebak.yaml", 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_yml_region_file_is_reported() {
    let outcome = load_with_file("regions/banten/serang.yml", SERANG);
    outcome
        .only_error()
        .assert_in_file("regions/banten/serang.yml");
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// YAML itself
// ---------------------------------------------------------------------------

const SERANG_PATH: &str = "regions/banten/serang.yaml";

#[test]
fn a_repeated_key_names_both_lines() {
    let outcome = load_with_file(SERANG_PATH, format!("{SERANG}name: Serang\n"));
    outcome.only_error().assert_at(SERANG_PATH, 10, 1);
    assert_report!(outcome);
}

/// libyaml notices the unclosed list where the next line starts; the
/// message says so and names line 3, where the list was opened.
#[test]
fn a_syntax_error_explains_the_unclosed_list() {
    let outcome = load_lebak("level: kabupaten", "level: [kabupaten");
    outcome.only_error().assert_at(LEBAK_PATH, 4, 7);
    assert_report!(outcome);
}

/// serang.yaml with `name` anchored and reused in `short_name`: refused,
/// pointed at the anchor.
#[test]
fn anchors_and_aliases_are_refused() {
    let text = edit(
        SERANG,
        "name: Kabupaten Serang",
        "name: &nama Kabupaten Serang",
    );
    let text = edit(
        &text,
        "level: kabupaten",
        "short_name: *nama\nlevel: kabupaten",
    );
    let outcome = load_with_file(SERANG_PATH, text);
    outcome.only_error().assert_at(SERANG_PATH, 1, 7);
    assert_report!(outcome);
}

#[test]
fn a_broken_parent_file_does_not_make_its_children_report_a_missing_parent() {
    let outcome = load_with_file(BANTEN_PATH, format!("{BANTEN}name: Banten\n"));
    outcome.only_error().assert_at(BANTEN_PATH, 5, 1);
    assert_report!(outcome);
}

#[test]
fn an_empty_region_file_is_an_error() {
    let outcome = load_with_file(SERANG_PATH, "\n");
    outcome.only_error().assert_at(SERANG_PATH, 1, 1);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Encodings and line endings
// ---------------------------------------------------------------------------

#[test]
fn a_file_with_a_byte_order_mark_loads() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(LEBAK.as_bytes());
    load_with_file(LEBAK_PATH, bytes).assert_loaded();
}

#[test]
fn a_byte_order_mark_does_not_shift_columns() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(edit(LEBAK, "name:", "nmae:").as_bytes());
    let outcome = load_with_file(LEBAK_PATH, bytes);
    outcome.only_error().assert_at(LEBAK_PATH, 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_region_file_with_crlf_line_endings_loads() {
    load_with_file(LEBAK_PATH, LEBAK.replace('\n', "\r\n")).assert_loaded();
}

#[test]
fn errors_in_a_crlf_file_keep_their_line_and_column() {
    let text = edit(LEBAK, "metric: jumlah_ikm", "metric: jumlah_ikn").replace('\n', "\r\n");
    let outcome = load_with_file(LEBAK_PATH, text);
    outcome.only_error().assert_at(LEBAK_PATH, 17, 17);
    assert!(!outcome.text.contains('\r'), "{:?}", outcome.text);
    assert_report!(outcome);
}

#[test]
fn a_page_with_crlf_front_matter_loads() {
    load_with_file(
        PAGE_PATH,
        "---\r\ntitle: Tentang\r\ndescription: Tentang situs.\r\n---\r\nIsi halaman.\r\n",
    )
    .assert_loaded();
}

#[test]
fn an_invalid_utf8_byte_is_reported_at_its_line() {
    // "summary: Ringkasan caf" is 22 characters: the bad byte is column 23.
    let text = edit(LEBAK, "summary: Ringkasan.", "summary: Ringkasan caf@");
    let bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'@' { 0xE9 } else { b })
        .collect();
    let outcome = load_with_file(LEBAK_PATH, bytes);
    outcome.only_error().assert_at(LEBAK_PATH, 6, 23);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Characters in text fields (issue 16, item 13)
// ---------------------------------------------------------------------------

#[test]
fn a_control_character_written_as_an_escape_is_refused_in_a_name() {
    let outcome = load_lebak("name: Kabupaten Lebak", "name: \"Kabupaten Lebak\\x01\"");
    outcome.only_error().assert_at(LEBAK_PATH, 1, 7);
    assert_report!(outcome);
}

#[test]
fn a_c1_control_character_is_refused_in_site_yaml() {
    let outcome = load_with_file(
        "site.yaml",
        edit(SITE, "title: Kabar IKM", "title: \"Kabar\\u0085IKM\""),
    );
    outcome.only_error().assert_at("site.yaml", 1, 8);
    assert_report!(outcome);
}

#[test]
fn a_line_break_is_refused_in_a_title_but_kept_in_a_summary() {
    let outcome = load_lebak(
        "    title: Jumlah IKM Lebak",
        "    title: \"Jumlah IKM\\nLebak\"",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 9, 12);
    assert_report!(outcome);
    load_lebak(
        "    summary: Ringkasan berita.",
        "    summary: \"Ringkasan\\n\\n\\tberita.\"",
    )
    .assert_loaded();
}

#[test]
fn a_zero_width_character_is_a_warning_naming_it() {
    let outcome = load_lebak("    outlet: Banten Day", "    outlet: \"Banten\\u200BDay\"");
    only_warning(&outcome).assert_at(LEBAK_PATH, 10, 13);
    assert_report!(outcome);
}

#[test]
fn a_bidi_control_is_a_warning_naming_it_in_metrics_yaml() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(
            METRICS,
            "label: Jumlah IKM",
            "label: \"Jumlah \u{202E}IKM\"",
        ),
    );
    only_warning(&outcome).assert_at("metrics.yaml", 2, 10);
    assert_report!(outcome);
}

#[test]
fn a_control_character_in_a_page_is_refused_where_it_is() {
    let page = "---\ntitle: \"Tentang\\e\"\n---\n\nIsi halaman.\n\nBaris \u{1} kedua.\n";
    let outcome = load_with_file(PAGE_PATH, page);
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(PAGE_PATH, 2, 8);
    errors[1].assert_at(PAGE_PATH, 7, 7);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

#[test]
fn an_impossible_published_date_is_an_error() {
    let outcome = load_lebak("published: 2019-07-18", "published: 2019-13-01");
    outcome.only_error().assert_at(LEBAK_PATH, 12, 16);
    assert_report!(outcome);
}

#[test]
fn an_impossible_as_of_date_is_an_error() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        as_of: 2019-02-30\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 19, 16);
    assert_report!(outcome);
}

/// Issue 21: "tidak diketahui" for a figure's period is not a date; the
/// help says how to write it (`as_of: unknown`), rather than to leave the
/// field out, which would date the figure to its article's day.
#[test]
fn an_unknown_period_written_in_words_asks_for_as_of_unknown() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        as_of: tidak diketahui\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 19, 16);
    // As asked, the figure is undated and warns about nothing.
    let fixed = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        as_of: unknown\n",
    );
    fixed.assert_loaded();
    assert!(fixed.found.is_empty(), "{}", fixed.text);
    assert_report!(outcome);
}

#[test]
fn a_year_written_as_a_number_is_accepted() {
    load_lebak("published: 2019-07-18", "published: 2019").assert_loaded();
}

#[test]
fn a_month_and_a_quoted_date_are_accepted() {
    let text = edit(LEBAK, "published: 2019-07-18", "published: 2019-07");
    let text = edit(
        &text,
        "        value: 15769\n",
        "        value: 15769\n        as_of: \"2019-06-30\"\n",
    );
    load_with_file(LEBAK_PATH, text).assert_loaded();
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

#[test]
fn a_figure_with_both_value_and_range_is_an_error() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        range: [15000, 16000]\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 19, 16);
    assert_report!(outcome);
}

#[test]
fn a_figure_with_neither_value_nor_range_is_an_error() {
    let outcome = load_lebak("        value: 15769\n", "");
    outcome.only_error().assert_at(LEBAK_PATH, 17, 9);
    assert_report!(outcome);
}

/// The help shows the range the right way round.
#[test]
fn a_range_whose_low_end_is_not_below_its_high_end_is_an_error() {
    let outcome = load_lebak("value: 15769", "range: [16000, 15000]");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_range_of_three_numbers_is_an_error() {
    let outcome = load_lebak("value: 15769", "range: [1, 2, 3]");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_negative_value_is_an_error() {
    let outcome = load_lebak("value: 15769", "value: -5");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

/// Regression (issue 21, item 4): a growth of production of −3,35% was
/// refused as "a number of 0 or more". A percent may be negative, at either
/// end of a range too, and a range of negatives still runs low to high.
#[test]
fn a_negative_percent_is_accepted_and_its_range_still_runs_low_to_high() {
    let growth = |written: &str| {
        load_lebak(
            "      - metric: jumlah_ikm\n        value: 15769\n",
            &format!("      - metric: pertumbuhan_ikm\n        {written}\n"),
        )
    };
    for accepted in ["value: -3.35", "range: [-5, -3]", "range: [-1.5, 2]"] {
        let outcome = growth(accepted);
        outcome.assert_loaded();
        assert!(outcome.found.is_empty(), "{accepted}: {}", outcome.text);
    }
    let reversed = growth("range: [-3, -5]");
    reversed.only_error().assert_at(LEBAK_PATH, 18, 16);
    // A negative number is read with the rules of any other: `-1.500` may
    // be Indonesian thousands, and too many digits would be read otherwise.
    let dotted = growth("value: -1.500");
    dotted.only_error().assert_at(LEBAK_PATH, 18, 16);
    let precise = growth("value: -0.12345678901234567");
    precise.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(reversed, dotted, precise);
}

/// A `kind: money` metric is in rupiah: a value in another currency or
/// scale would be shown as `Rp…` wrongly.
#[test]
fn a_money_metric_in_another_unit_is_an_error() {
    let outcome = load_with_file(
        "metrics.yaml",
        format!("{METRICS}nilai_produksi:\n  label: Nilai produksi\n  unit: juta rupiah\n  kind: money\n"),
    );
    outcome.only_error().assert_at("metrics.yaml", 11, 9);
    assert_report!(outcome);
}

/// A money figure is whole rupiah, like a count.
#[test]
fn a_money_value_must_be_whole_rupiah() {
    let outcome = load_with(|root| {
        write(
            root,
            "metrics.yaml",
            format!("{METRICS}nilai_produksi:\n  label: Nilai produksi\n  unit: rupiah\n  kind: money\n"),
        );
        write(
            root,
            LEBAK_PATH,
            edit(
                LEBAK,
                "metric: jumlah_ikm\n        value: 15769",
                "metric: nilai_produksi\n        value: 37000000000.5",
            ),
        );
    });
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    // Money is never negative either.
    let negative = load_with(|root| {
        write(
            root,
            "metrics.yaml",
            format!("{METRICS}nilai_produksi:\n  label: Nilai produksi\n  kind: money\n"),
        );
        write(
            root,
            LEBAK_PATH,
            edit(
                LEBAK,
                "metric: jumlah_ikm\n        value: 15769",
                "metric: nilai_produksi\n        value: -37000000000",
            ),
        );
    });
    negative.only_error().assert_at(LEBAK_PATH, 18, 16);
}

/// The help mentions the thousands separator, and offers 15769.
#[test]
fn a_fraction_for_a_count_metric_is_an_error() {
    let outcome = load_lebak("value: 15769", "value: 15.769");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_fraction_for_a_percent_metric_is_accepted() {
    load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        value: 3.1",
    )
    .assert_loaded();
}

#[test]
fn approx_yes_asks_for_true_or_false() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        approx: yes\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 19, 17);
    assert_report!(outcome);
}

/// Issue 21: `approx` says "sekitar" (`true`) or a bound (`more_than`,
/// `less_than`, `almost`); any other word is an error naming them all.
#[test]
fn an_unknown_word_for_approx_names_the_words_it_may_be() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        approx: more\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 19, 17);
    for word in ["more_than", "less_than", "almost"] {
        load_lebak(
            "        value: 15769\n",
            &format!("        value: 15769\n        approx: {word}\n"),
        )
        .assert_loaded();
    }
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Region codes
// ---------------------------------------------------------------------------

/// A quoted code gets help on its digits, not on quoting.
#[test]
fn a_malformed_code_is_an_error() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"36.2\"");
    outcome.only_error().assert_at(LEBAK_PATH, 5, 7);
    assert_report!(outcome);
}

#[test]
fn an_unquoted_code_is_kept_as_written() {
    // Read as a number, `18.10` would become 18.1 and fail the code check.
    let outcome = load_with(|root| {
        write(
            root,
            "regions/lampung/lampung.yaml",
            "name: Provinsi Lampung\nlevel: provinsi\ncode: \"18\"\n",
        );
        write(
            root,
            "regions/lampung/pringsewu.yaml",
            "name: Kabupaten Pringsewu\nlevel: kabupaten\nparent: lampung\ncode: 18.10\n",
        );
    });
    outcome.assert_loaded();
}

#[test]
fn a_code_outside_the_parents_code_is_an_error() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"35.02\"");
    outcome.only_error().assert_at(LEBAK_PATH, 5, 7);
    assert_report!(outcome);
}

#[test]
fn a_code_under_the_parents_code_is_accepted() {
    load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cilegon\nlevel: kota\nparent: banten\ncode: \"36.72\"\n",
    )
    .assert_loaded();
}

// ---------------------------------------------------------------------------
// Kecamatan, desa and kelurahan
// ---------------------------------------------------------------------------

const RANGKASBITUNG_PATH: &str = "regions/banten/rangkasbitung.yaml";

/// The minimal folder with a kecamatan under Lebak and, if given, one more
/// file.
fn with_kecamatan(extra: Option<(&str, &str)>) -> Outcome {
    load_with(|root| {
        write(
            root,
            RANGKASBITUNG_PATH,
            "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02.14\"\n",
        );
        if let Some((path, text)) = extra {
            write(root, path, text);
        }
    })
}

#[test]
fn a_kecamatan_under_a_kabupaten_and_a_desa_under_it_are_accepted() {
    let outcome = with_kecamatan(Some((
        "regions/banten/muara-ciujung-timur.yaml",
        "name: Kelurahan Muara Ciujung Timur\nlevel: kelurahan\nparent: rangkasbitung\ncode: \"36.02.14.1012\"\n",
    )));
    outcome.assert_loaded();
    assert!(
        outcome.found.iter().all(|f| f.severity != Severity::Error),
        "{}",
        outcome.text
    );
}

#[test]
fn a_kecamatan_without_a_parent_is_an_error() {
    let outcome = load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\n",
    );
    outcome.only_error().assert_at(RANGKASBITUNG_PATH, 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_kecamatan_under_a_provinsi_is_an_error() {
    let outcome = load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: banten\n",
    );
    outcome.only_error().assert_at(RANGKASBITUNG_PATH, 3, 9);
    assert_report!(outcome);
}

#[test]
fn a_desa_under_a_kabupaten_is_told_to_name_its_kecamatan() {
    let outcome = with_kecamatan(Some((
        "regions/banten/sukamanah.yaml",
        "name: Desa Sukamanah\nlevel: desa\nparent: lebak\n",
    )));
    outcome
        .only_error()
        .assert_at("regions/banten/sukamanah.yaml", 3, 9);
    assert_report!(outcome);
}

/// Regression: a kecamatan elsewhere whose name looks like the parent's
/// (`lebakwangi`) was offered instead of the kecamatan under it.
#[test]
fn a_desa_under_a_kabupaten_is_offered_its_kecamatan_not_a_look_alike() {
    let outcome = load_with(|root| {
        // Lebakwangi is a kecamatan of Kuningan, not of Serang: the regions
        // are made up, so the official list is left out.
        write(
            root,
            "site.yaml",
            format!("{SITE}official_regions: false\n"),
        );
        write(
            root,
            RANGKASBITUNG_PATH,
            "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\n",
        );
        write(
            root,
            "regions/banten/serang.yaml",
            "name: Kabupaten Serang\nlevel: kabupaten\nparent: banten\n",
        );
        write(
            root,
            "regions/banten/lebakwangi.yaml",
            "name: Kecamatan Lebakwangi\nlevel: kecamatan\nparent: serang\n",
        );
        write(
            root,
            "regions/banten/sukamanah.yaml",
            "name: Desa Sukamanah\nlevel: desa\nparent: lebak\n",
        );
    });
    outcome
        .only_error()
        .assert_at("regions/banten/sukamanah.yaml", 3, 9);
    assert_report!(outcome);
}

#[test]
fn a_kabupaten_under_a_kecamatan_is_told_its_province() {
    let outcome = with_kecamatan(Some((
        "regions/banten/serang.yaml",
        "name: Kabupaten Serang\nlevel: kabupaten\nparent: rangkasbitung\n",
    )));
    outcome
        .only_error()
        .assert_at("regions/banten/serang.yaml", 3, 9);
    assert_report!(outcome);
}

#[test]
fn a_kecamatan_code_needs_three_parts() {
    let outcome = load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02\"\n",
    );
    outcome.only_error().assert_at(RANGKASBITUNG_PATH, 4, 7);
    assert_report!(outcome);
}

#[test]
fn a_desa_code_outside_its_kecamatan_is_an_error() {
    let outcome = with_kecamatan(Some((
        "regions/banten/sukamanah.yaml",
        "name: Desa Sukamanah\nlevel: desa\nparent: rangkasbitung\ncode: \"36.02.02.2001\"\n",
    )));
    outcome
        .only_error()
        .assert_at("regions/banten/sukamanah.yaml", 4, 7);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// News items
// ---------------------------------------------------------------------------

#[test]
fn a_javascript_url_is_refused() {
    let outcome = load_lebak(
        "url: https://example.test/berita/lebak",
        "url: javascript:alert(1)",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 11, 10);
    assert_report!(outcome);
}

#[test]
fn an_empty_summary_is_an_error() {
    let outcome = load_lebak("summary: Ringkasan berita.", "summary: \"\"");
    outcome.only_error().assert_at(LEBAK_PATH, 13, 14);
    assert_report!(outcome);
}

#[test]
fn an_empty_outlet_is_an_error() {
    let outcome = load_lebak("outlet: Banten Day", "outlet: \"\"");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 13);
    assert_report!(outcome);
}

#[test]
fn a_missing_required_field_is_named() {
    let outcome = load_lebak("    title: Jumlah IKM Lebak\n", "");
    outcome.only_error().assert_at(LEBAK_PATH, 8, 5);
    assert_report!(outcome);
}

#[test]
fn every_missing_required_field_is_reported() {
    let text = edit(LEBAK, "    title: Jumlah IKM Lebak\n", "");
    let text = edit(&text, "    outlet: Banten Day\n", "");
    let outcome = load_with_file(LEBAK_PATH, text);
    assert_eq!(outcome.errors().len(), 2, "{}", outcome.text);
    assert_report!(outcome);
}

#[test]
fn a_value_with_separators_asks_for_a_plain_number() {
    let outcome = load_lebak("value: 15769", "value: 15.769,5x");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

/// Issue 16: Indonesian thousands with a decimal comma are offered the
/// exact number, not a generic "write a plain number".
#[test]
fn a_value_with_thousands_dots_and_a_decimal_comma_gets_the_number() {
    let outcome = load_lebak("value: 15769", "value: 15.769,5");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

/// Found by a new user: a type error read in English on an Indonesian
/// site, and a quoted `"15.769"` got only the generic help.
#[test]
fn a_quoted_number_with_thousands_dots_is_named_in_the_readers_language() {
    let outcome = load_lebak("value: 15769", "value: \"15.769\"");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_decimal_comma_asks_for_a_dot() {
    let outcome = load_lebak("value: 15769", "value: \"3,1\"");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_number_followed_by_its_unit_asks_for_the_number_alone() {
    let outcome = load_lebak("value: 15769", "value: 15.769 unit");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_word_where_a_boolean_belongs_is_named_in_the_readers_language() {
    let outcome = load_lebak("value: 15769", "value: 15769\n        approx: ya");
    outcome.only_error().assert_at(LEBAK_PATH, 19, 17);
    assert_report!(outcome);
}

#[test]
fn a_sector_that_is_not_a_slug_is_an_error() {
    let outcome = load_lebak("sectors: [makanan]", "sectors: [Kopi Bubuk]");
    outcome.only_error().assert_at(LEBAK_PATH, 14, 15);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// site.yaml and metrics.yaml
// ---------------------------------------------------------------------------

#[test]
fn a_missing_site_yaml_is_an_error() {
    let outcome = load_with(|root| fs::remove_file(root.join("site.yaml")).unwrap());
    outcome.only_error().assert_in_file("site.yaml");
    assert_report!(outcome);
}

#[test]
fn a_missing_metrics_yaml_is_an_error() {
    let outcome = load_with(|root| fs::remove_file(root.join("metrics.yaml")).unwrap());
    outcome.only_error().assert_in_file("metrics.yaml");
    assert_report!(outcome);
}

#[test]
fn a_relative_base_url_is_an_error() {
    let outcome = load_with_file(
        "site.yaml",
        edit(
            SITE,
            "base_url: https://example.test/ikm/",
            "base_url: /ikm/",
        ),
    );
    outcome.only_error().assert_at("site.yaml", 3, 11);
    assert_report!(outcome);
}

#[test]
fn a_language_other_than_id_is_an_error() {
    let outcome = load_with_file("site.yaml", edit(SITE, "language: id", "language: en"));
    outcome.only_error().assert_at("site.yaml", 4, 11);
    assert_report!(outcome);
}

#[test]
fn a_misspelt_metric_kind_suggests_count() {
    let outcome = load_with_file("metrics.yaml", edit(METRICS, "kind: count", "kind: cont"));
    outcome.only_error().assert_at("metrics.yaml", 4, 9);
    assert_report!(outcome);
}

#[test]
fn growth_of_an_unknown_metric_suggests_one() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(
            METRICS,
            "  kind: percent\n",
            "  kind: percent\n  growth_of: jumlah_ikn\n",
        ),
    );
    outcome.only_error().assert_at("metrics.yaml", 9, 14);
    assert_report!(outcome);
}

#[test]
fn growth_of_a_percent_metric_is_an_error() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(
            METRICS,
            "  kind: percent\n",
            "  kind: percent\n  growth_of: pertumbuhan_ikm\n",
        ),
    );
    outcome.only_error().assert_at("metrics.yaml", 9, 14);
    assert_report!(outcome);
}

#[test]
fn growth_of_on_a_count_metric_is_an_error() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(
            METRICS,
            "  kind: count\n",
            "  kind: count\n  growth_of: jumlah_ikm\n",
        ),
    );
    outcome.only_error().assert_at("metrics.yaml", 5, 14);
    assert_report!(outcome);
}

#[test]
fn a_metric_id_that_is_not_snake_case_is_an_error() {
    let outcome = load_with_file("metrics.yaml", edit(METRICS, "jumlah_ikm:", "Jumlah-IKM:"));
    let errors = outcome.errors();
    assert!(!errors.is_empty(), "{}", outcome.text);
    errors[0].assert_at("metrics.yaml", 1, 1);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------

#[test]
fn a_page_without_front_matter_is_an_error() {
    let outcome = load_with_file(PAGE_PATH, "# Tentang\n\nIsi halaman.\n");
    outcome.only_error().assert_at(PAGE_PATH, 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_page_named_after_a_site_section_is_an_error() {
    let outcome = load_with_file("pages/berita.md", "---\ntitle: Berita\n---\nIsi.\n");
    outcome.only_error().assert_at("pages/berita.md", 1, 1);
    assert_report!(outcome);
}

#[test]
fn a_page_without_a_title_is_an_error() {
    let outcome = load_with_file(PAGE_PATH, "---\ndescription: Tentang situs.\n---\nIsi.\n");
    outcome.only_error().assert_at(PAGE_PATH, 2, 1);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Many problems at once
// ---------------------------------------------------------------------------

#[test]
fn errors_from_several_files_are_all_reported_sorted_by_file() {
    let outcome = load_with(|root| {
        write(
            root,
            "site.yaml",
            edit(SITE, "language: id", "language: en"),
        );
        write(root, LEBAK_PATH, edit(LEBAK, "name:", "nmae:"));
        write(
            root,
            SERANG_PATH,
            edit(SERANG, "level: kabupaten", "level: kabupatn"),
        );
        write(root, PAGE_PATH, "Isi tanpa front matter.\n");
    });
    let errors = outcome.errors();
    let files: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(
        files,
        [PAGE_PATH, LEBAK_PATH, SERANG_PATH, "site.yaml"],
        "{}",
        outcome.text
    );
    assert_report!(outcome);
}

#[test]
fn a_broken_metrics_file_does_not_hide_region_errors() {
    let outcome = load_with(|root| {
        write(
            root,
            "metrics.yaml",
            edit(METRICS, "kind: count", "kind: cont"),
        );
        write(
            root,
            SERANG_PATH,
            edit(SERANG, "level: kabupaten", "level: kabupatn"),
        );
    });
    let files: Vec<&str> = outcome.errors().iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["metrics.yaml", SERANG_PATH], "{}", outcome.text);
    assert_report!(outcome);
}

/// Found by a new user: a misspelt field stopped its file, so the errors
/// after it (and above it) showed only once it was fixed. The file is now
/// read with `outlte` taken as `outlet`, and every rule runs.
#[test]
fn a_misspelt_field_does_not_hide_the_files_other_errors() {
    let text = edit(
        LEBAK,
        "    outlet: Banten Day\n",
        "    outlte: Banten Day\n",
    );
    let text = edit(&text, "published: 2019-07-18", "published: 2019-13-01");
    let text = edit(&text, "parent: banten", "parent: bantenn");
    // A plain number where text belongs reads as the text, as it does
    // in a file without a misspelling.
    let text = edit(&text, "title: Jumlah IKM Lebak", "title: 2019");
    let outcome = load_with_file(LEBAK_PATH, text);
    let errors = outcome.errors();
    assert_eq!(errors.len(), 3, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 4, 9);
    errors[1].assert_at(LEBAK_PATH, 10, 5);
    errors[2].assert_at(LEBAK_PATH, 12, 16);
    assert_report!(outcome);
}

/// A misspelt field beside a value of the wrong type: the file cannot be
/// read past both, so the misspelling is reported alone, as before.
#[test]
fn a_misspelt_field_beside_a_type_error_is_reported_alone() {
    let text = edit(
        LEBAK,
        "    outlet: Banten Day\n",
        "    outlte: Banten Day\n",
    );
    let text = edit(&text, "value: 15769", "value: [1]");
    let outcome = load_with_file(LEBAK_PATH, text);
    outcome.only_error().assert_at(LEBAK_PATH, 10, 5);
    assert_report!(outcome);
}

/// Found by a new user: a refused date left the item's figures undated,
/// and each got a warning advising `checked: [figure-undated]` instead of
/// the fix.
#[test]
fn a_file_with_an_error_gets_no_warnings_that_follow_from_it() {
    let outcome = load_lebak("published: 2019-07-18", "published: 2019-13-01");
    outcome.only_error().assert_at(LEBAK_PATH, 12, 16);
    assert_eq!(outcome.found.len(), 1, "{}", outcome.text);
}

/// Found by a new user: with a regency's file unreadable, its province
/// was said to have no news.
#[test]
fn an_unreadable_file_leaves_no_region_said_to_lack_news() {
    let outcome = load_lebak("    outlet: Banten Day\n", "    outlte: Banten Day\n");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 5);
    assert_eq!(outcome.found.len(), 1, "{}", outcome.text);
}

// ---------------------------------------------------------------------------
// Conflicts are warnings
// ---------------------------------------------------------------------------

#[test]
fn two_different_figures_for_one_period_are_a_warning() {
    let second = concat!(
        "  - id: lebak-ikm-2019-lain\n",
        "    title: IKM Lebak menurut sumber lain\n",
        "    outlet: Radar Banten\n",
        "    url: https://example.test/berita/lebak-lain\n",
        "    published: 2019-07-20\n",
        "    summary: Ringkasan lain.\n",
        "    figures:\n",
        "      - metric: jumlah_ikm\n",
        "        value: 16000\n",
        "        as_of: 2019-07\n",
    );
    let first = edit(
        LEBAK,
        "        value: 15769\n",
        "        value: 15769\n        as_of: 2019-07\n",
    );
    let outcome = load_with_file(LEBAK_PATH, format!("{first}{second}"));
    outcome.assert_loaded();
    assert_eq!(outcome.found.len(), 1, "{}", outcome.text);
    let warning = &outcome.found[0];
    assert_eq!(warning.severity, Severity::Warning, "{}", warning.shown);
    warning.assert_at(LEBAK_PATH, 17, 9);
    assert_report!(outcome);
}

/// No input makes the loader panic: a deterministic stream of YAML-ish
/// fragments (indentation, flow brackets, anchors, tags, quotes, odd
/// scalars) is fed to the region loader, each file on its own.
#[test]
fn no_input_makes_the_loader_panic() {
    const PIECES: &[&str] = &[
        "name: ",
        "level: ",
        "kabupaten",
        "news:",
        "\n",
        "\n  ",
        "\n    ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        ": ",
        "&a ",
        "*a",
        "!!str ",
        "!x ",
        "'",
        "\"",
        "#",
        "? ",
        "|",
        ">",
        "---",
        "...",
        "%YAML 1.2",
        "1e400",
        "-5",
        "~",
        "null",
        "2019-13-45",
        "figures:",
        "metric: jumlah_ikm",
        "value: ",
        "range: ",
        "\t",
        "\r\n",
        "é",
        "\u{feff}",
        "parent: banten",
        "<<: *a",
        "id: x",
        "\\",
        "@",
        "`",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..1500 {
        let len = (next() % 24) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let path = dir.path().join("lebak.yaml");
        fs::write(&path, &text).unwrap();
        let source = ikm_site::content::source::read(&path).unwrap();
        let kind = ikm_site::content::yaml::FileKind {
            what: || ikm_site::msg!("kind-region"),
            starter: "name: A",
        };
        let result = std::panic::catch_unwind(|| {
            let _ = ikm_site::content::yaml::load::<ikm_site::content::raw::RawRegion>(
                &source,
                &kind,
                |_, _| {},
            );
        });
        assert!(result.is_ok(), "panicked on {text:?}");
    }
}

#[test]
fn a_cname_with_a_scheme_is_an_error() {
    let outcome = load_with_file(
        "site.yaml",
        format!("{SITE}cname: https://ikm.example.id/\n"),
    );
    outcome.only_error().assert_at("site.yaml", 5, 8);
    assert_report!(outcome);
}

#[test]
fn an_unknown_data_license_suggests_the_closest() {
    let outcome = load_with_file("site.yaml", format!("{SITE}data_license: CC-BY-4\n"));
    outcome.only_error().assert_at("site.yaml", 5, 15);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Which files are read: every entry is read or named
// ---------------------------------------------------------------------------

/// The one warning of a run that loaded; fails unless there is exactly one.
#[track_caller]
fn only_warning(outcome: &Outcome) -> &Found {
    outcome.assert_loaded();
    assert_eq!(
        outcome.found.len(),
        1,
        "expected one warning:\n{}",
        outcome.text
    );
    &outcome.found[0]
}

#[test]
fn a_region_saved_with_a_second_extension_is_an_error() {
    let outcome = load_with_file("regions/banten/serang.yaml.txt", SERANG);
    outcome
        .only_error()
        .assert_in_file("regions/banten/serang.yaml.txt");
    assert_report!(outcome);
}

#[test]
fn a_region_with_an_upper_case_extension_is_an_error() {
    let outcome = load_with_file("regions/banten/serang.YAML", SERANG);
    outcome
        .only_error()
        .assert_in_file("regions/banten/serang.YAML");
    assert_report!(outcome);
}

#[test]
fn a_region_file_outside_regions_is_named_in_a_warning() {
    let outcome = load_with_file("serang.yaml", SERANG);
    only_warning(&outcome).assert_in_file("serang.yaml");
    assert_report!(outcome);
}

#[test]
fn another_file_in_regions_is_named_in_a_warning() {
    let outcome = load_with_file("regions/banten/catatan.txt", "catatan");
    only_warning(&outcome).assert_in_file("regions/banten/catatan.txt");
    assert_report!(outcome);
}

#[test]
fn an_unknown_folder_is_named_in_a_warning() {
    let outcome = load_with_file("arsip/lebak-lama.yaml", LEBAK);
    only_warning(&outcome).assert_in_file("arsip");
    assert_report!(outcome);
}

#[test]
fn a_page_with_an_upper_case_extension_is_an_error() {
    let outcome = load_with_file("pages/Metode.MD", "---\ntitle: Metode\n---\nIsi.\n");
    outcome.only_error().assert_in_file("pages/Metode.MD");
    assert_report!(outcome);
}

#[test]
fn a_symlinked_region_file_is_an_error_naming_the_link() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "serang.yaml", SERANG);
    let outcome = load_with(|root| {
        std::os::unix::fs::symlink(
            outside.path().join("serang.yaml"),
            root.join("regions/banten/serang.yaml"),
        )
        .unwrap()
    });
    outcome
        .only_error()
        .assert_in_file("regions/banten/serang.yaml");
    assert_report!(outcome);
}

#[test]
fn a_symlinked_settings_file_is_refused_without_echoing_its_target() {
    let outside = tempfile::tempdir().unwrap();
    write(
        outside.path(),
        "secret",
        "TOKEN=rahasia-sekali\nPASSWORD: x\n",
    );
    let outcome = load_with(|root| {
        fs::remove_file(root.join("site.yaml")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), root.join("site.yaml")).unwrap()
    });
    outcome.only_error().assert_in_file("site.yaml");
    assert!(!outcome.text.contains("rahasia"), "{}", outcome.text);
    assert_report!(outcome);
}

#[test]
fn a_regions_folder_linked_to_the_root_is_refused_and_not_walked() {
    let outcome = load_with(|root| {
        fs::rename(root.join("regions"), root.join("wilayah-lama")).unwrap();
        std::os::unix::fs::symlink("/", root.join("regions")).unwrap()
    });
    assert!(
        outcome.errors().iter().any(|e| e.file == "regions"),
        "{}",
        outcome.text
    );
    assert!(!outcome.text.contains("etc"), "{}", outcome.text);
    assert_report!(outcome);
}

#[test]
fn a_content_file_over_the_size_limit_is_refused_before_reading() {
    let outcome = load_with(|root| {
        let file = fs::File::create(root.join("regions/banten/besar.yaml")).unwrap();
        file.set_len(3 << 30).unwrap();
    });
    outcome
        .only_error()
        .assert_in_file("regions/banten/besar.yaml");
    assert_report!(outcome);
}

#[test]
fn control_characters_in_content_never_reach_the_terminal() {
    let outcome = load_with_file(
        "regions/banten/serang.yaml",
        edit(
            SERANG,
            "level: kabupaten",
            "level: kabupaten\nnmae: \"\u{1b}[2J\u{1b}]0;x\u{7}\"",
        ),
    );
    assert!(!outcome.loaded);
    assert!(
        !outcome.text.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        outcome.text
    );
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Values read as their authors meant them
// ---------------------------------------------------------------------------

#[test]
fn a_count_written_with_thousands_dots_is_refused_with_the_number() {
    // YAML reads `21.000` as the float 21: the page would show "21".
    let outcome = load_lebak("value: 15769", "value: 21.000");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_range_written_with_thousands_dots_is_refused_at_each_end() {
    let outcome = load_lebak("value: 15769", "range: [16.000, 16.500]");
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 18, 17);
    errors[1].assert_at(LEBAK_PATH, 18, 25);
    assert_report!(outcome);
}

/// Issue 16: a percent's range in Indonesian thousands was read as 1,5–2%
/// and published. Each end is refused, offering both readings.
#[test]
fn a_percent_range_written_with_thousands_dots_is_refused_at_each_end() {
    let outcome = load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        range: [1.500, 2.000]",
    );
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 18, 17);
    errors[1].assert_at(LEBAK_PATH, 18, 24);
    assert_report!(outcome);
}

/// A percent with three decimals is refused too, and told how to write
/// it so that it cannot be read as thousands; written so, it is accepted.
#[test]
fn a_percent_with_three_decimals_is_told_how_to_keep_them() {
    let percent = |value: &str| {
        load_lebak(
            "metric: jumlah_ikm\n        value: 15769",
            &format!("metric: pertumbuhan_ikm\n        value: {value}"),
        )
    };
    let outcome = percent("3.125");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
    percent("3.1250").assert_loaded();
    // `0.035` is no thousands: it keeps its own warning (3,5% meant?).
    percent("0.035").assert_loaded();
}

/// Issue 16: in a flow mapping the value ends at `}`, and the help fell
/// back to "write a plain number".
#[test]
fn a_millions_count_in_a_flow_mapping_gets_the_number() {
    let outcome = load_lebak(
        "- metric: jumlah_ikm\n        value: 15769",
        "- {metric: jumlah_ikm, value: 1.234.567}",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 17, 37);
    assert_report!(outcome);
}

/// Issue 16: beside a misspelt field, `1.234.567` was not reported at all,
/// so its number was never offered.
#[test]
fn a_millions_count_beside_a_misspelt_field_still_gets_the_number() {
    let outcome = load_lebak(
        "value: 15769",
        "value: 1.234.567\n        nte: dari artikel",
    );
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 18, 16);
    errors[1].assert_at(LEBAK_PATH, 19, 9);
    assert_report!(outcome);
}

/// Issue 16: `check` offered a count with two decimals its thousands,
/// a number 1000 times too big.
#[test]
fn a_count_with_decimals_is_not_offered_a_thousand_times_more() {
    let outcome = load_lebak("value: 15769", "value: 64099460295929.01");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

/// An unknown metric's figure is judged by the thousands rule as well,
/// and its metric still reported.
#[test]
fn thousands_dots_under_an_unknown_metric_are_reported_with_the_metric() {
    let outcome = load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: jumlah_ikn\n        value: 1.500",
    );
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 17, 17);
    errors[1].assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

/// A number with more digits than YAML keeps would be published as other
/// digits: refused, with what YAML reads (`draft` never writes one).
#[test]
fn a_value_with_more_digits_than_yaml_keeps_is_refused() {
    let outcome = load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        range: [1.5, 3.14159265358979323846]",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 18, 22);
    assert_report!(outcome);
}

#[test]
fn a_millions_count_with_two_dots_gets_the_number() {
    // `1.234.567` is not a YAML number at all but text.
    let outcome = load_lebak("value: 15769", "value: 1.234.567");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_required_field_given_as_null_is_missing() {
    let outcome = load_lebak("outlet: Banten Day", "outlet: ~");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 13);
    assert_report!(outcome);
}

#[test]
fn a_required_field_left_empty_is_missing() {
    let outcome = load_lebak("title: Jumlah IKM Lebak", "title:");
    outcome.only_error().assert_at(LEBAK_PATH, 9, 5);
    assert_report!(outcome);
}

#[test]
fn a_percent_below_one_warns_with_the_percent_meant() {
    let outcome = load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        value: 0.035",
    );
    only_warning(&outcome).assert_at(LEBAK_PATH, 18, 16);
    assert_report!(outcome);
}

#[test]
fn a_date_after_today_warns() {
    let outcome = load_lebak("published: 2019-07-18", "published: 2099-07-18");
    only_warning(&outcome).assert_at(LEBAK_PATH, 12, 16);
    assert_report!(outcome);
}

#[test]
fn an_as_of_after_its_article_warns() {
    let outcome = load_lebak("value: 15769", "value: 15769\n        as_of: 2020");
    only_warning(&outcome).assert_at(LEBAK_PATH, 19, 16);
    assert_report!(outcome);
}

#[test]
fn an_as_of_in_the_articles_year_is_fine() {
    load_lebak("value: 15769", "value: 15769\n        as_of: 2019").assert_loaded();
}

#[test]
fn a_year_that_cannot_be_right_is_an_error() {
    let outcome = load_lebak("published: 2019-07-18", "published: 0000-07-18");
    outcome.only_error().assert_at(LEBAK_PATH, 12, 16);
    assert_report!(outcome);
}

#[test]
fn an_id_longer_than_the_limit_is_an_error_at_check() {
    let long = "a".repeat(256);
    let outcome = load_lebak("id: lebak-ikm-2019", &format!("id: {long}"));
    outcome.only_error().assert_at(LEBAK_PATH, 8, 9);
    assert_report!(outcome);
}

#[test]
fn a_region_file_name_longer_than_the_limit_is_an_error() {
    let name = format!("regions/banten/{}.yaml", "a".repeat(200));
    let outcome = load_with_file(&name, SERANG);
    outcome.only_error().assert_at(&name, 1, 1);
    assert_report!(outcome);
}

#[test]
fn thousands_of_topics_on_one_item_are_refused() {
    let topics: Vec<String> = (0..6000).map(|i| format!("t{i}")).collect();
    let outcome = load_lebak(
        "topics: [ritel]",
        &format!("topics: [{}]", topics.join(", ")),
    );
    outcome.only_error().assert_at(LEBAK_PATH, 15, 64);
    assert_report!(outcome);
}

#[test]
fn a_summary_of_hundreds_of_kilobytes_is_refused() {
    let long = "kata ".repeat(40_000);
    let outcome = load_lebak("summary: Ringkasan berita.", &format!("summary: {long}"));
    outcome.only_error().assert_at(LEBAK_PATH, 13, 14);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Markdown within limits
// ---------------------------------------------------------------------------

#[test]
fn a_summary_nested_too_deep_is_refused_at_its_line() {
    let deep = format!("|\n      Pembuka.\n\n      {}isi", ">".repeat(5_000));
    let outcome = load_lebak("summary: Ringkasan berita.", &format!("summary: {deep}"));
    outcome.only_error().assert_at(LEBAK_PATH, 16, 7);
    assert_report!(outcome);
}

#[test]
fn a_page_nested_too_deep_is_refused_at_its_line() {
    let page = format!(
        "---\ntitle: Tentang\n---\nIsi.\n\n{}x\n",
        "- ".repeat(25_000)
    );
    let outcome = load_with_file(PAGE_PATH, page);
    outcome.only_error().assert_at(PAGE_PATH, 6, 1);
    assert_report!(outcome);
}

#[test]
fn a_page_over_the_size_limit_is_refused() {
    let page = format!("---\ntitle: Tentang\n---\n{}\n", "kata ".repeat(30_000));
    let outcome = load_with_file(PAGE_PATH, page);
    outcome.only_error().assert_at(PAGE_PATH, 4, 1);
    assert_report!(outcome);
}

#[test]
fn a_page_named_like_the_search_page_is_an_error() {
    let outcome = load_with_file("pages/cari.md", "---\ntitle: Cari\n---\nIsi.\n");
    outcome.only_error().assert_at("pages/cari.md", 1, 1);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Sectors and topics: a known list, or a warning for a lone near-duplicate
// ---------------------------------------------------------------------------

const SECTORS: &str = "makanan: Makanan\nkerajinan: Kerajinan\n";

#[test]
fn with_a_vocabulary_an_unknown_sector_is_an_error_with_a_suggestion() {
    let outcome = load_with(|root| {
        write(root, "sectors.yaml", SECTORS);
        write(
            root,
            LEBAK_PATH,
            edit(LEBAK, "sectors: [makanan]", "sectors: [makanan, kerajnan]"),
        );
    });
    outcome.only_error().assert_at(LEBAK_PATH, 14, 24);
    assert_report!(outcome);
}

#[test]
fn a_vocabulary_entry_that_is_not_a_slug_is_an_error() {
    let outcome = load_with_file("topics.yaml", "ritel: Ritel\nRitel Modern: Ritel modern\n");
    outcome.only_error().assert_at("topics.yaml", 2, 1);
    assert_report!(outcome);
}

#[test]
fn without_a_vocabulary_a_lone_near_duplicate_sector_warns_naming_both() {
    let outcome = load_with(|root| {
        write(
            root,
            "regions/banten/serang.yaml",
            edit(
                SERANG,
                "summary: Ringkasan.",
                "summary: Ringkasan.\n    sectors: [makanann]",
            ),
        );
        write(
            root,
            "regions/banten/cilegon.yaml",
            edit(
                &SERANG
                    .replace("serang-ikm-2020", "cilegon-ikm-2020")
                    .replace("IKM Serang", "IKM Cilegon")
                    .replace("berita/serang", "berita/cilegon"),
                "summary: Ringkasan.",
                "summary: Ringkasan.\n    sectors: [makanan]",
            ),
        );
    });
    only_warning(&outcome).assert_at("regions/banten/serang.yaml", 9, 15);
    assert_report!(outcome);
}

#[test]
fn a_vocabulary_label_is_shown_on_the_pages() {
    let dir = minimal();
    write(
        dir.path(),
        "sectors.yaml",
        "makanan: Makanan dan minuman olahan\n",
    );
    write(dir.path(), "topics.yaml", "ritel: Ritel modern\n");
    let (rendered, _) = ikm_site::render_site(dir.path(), None).unwrap();
    let page = rendered
        .files
        .iter()
        .find(|(name, _)| name == "berita/lebak-ikm-2019/index.html")
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .unwrap();
    assert!(page.contains("Makanan dan minuman olahan"), "{page}");
    assert!(page.contains("Ritel modern"), "{page}");
}

// ---------------------------------------------------------------------------
// YAML layout mistakes, named at the line that is wrong
// ---------------------------------------------------------------------------

#[test]
fn a_field_indented_one_space_short_is_named_at_its_own_line() {
    // libyaml stops at the next line and suggests quoting; the mistake is here.
    let outcome = load_lebak("    outlet: Banten Day", "   outlet: Banten Day");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 4);
    assert_report!(outcome);
}

#[test]
fn a_field_indented_too_deep_is_named_with_how_much() {
    let outcome = load_lebak("        value: 15769", "          value: 15769");
    outcome.only_error().assert_at(LEBAK_PATH, 18, 11);
    assert_report!(outcome);
}

#[test]
fn a_tab_in_the_indentation_is_named_at_its_column() {
    let outcome = load_lebak("    outlet: Banten Day", "\toutlet: Banten Day");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 1);
    assert_report!(outcome);
}

#[test]
fn a_c1_control_character_is_reported_at_its_own_line_and_column() {
    let outcome = load_lebak(
        "summary: Ringkasan berita.",
        "summary: Ringkasan\u{85} berita.",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 13, 23);
    assert_report!(outcome);
}

#[test]
fn a_field_without_a_space_after_the_colon_is_named() {
    let outcome = load_lebak("    outlet: Banten Day", "    outlet:Banten Day");
    outcome.only_error().assert_at(LEBAK_PATH, 10, 12);
    assert_report!(outcome);
}

#[test]
fn a_colon_inside_a_title_still_gets_the_quoting_hint() {
    let outcome = load_lebak("title: Jumlah IKM Lebak", "title: Lebak: IKM tumbuh");
    outcome.only_error().assert_at(LEBAK_PATH, 9, 17);
    assert_report!(outcome);
}

// ---------------------------------------------------------------------------
// Warnings worth a second look, and acknowledging them
// ---------------------------------------------------------------------------

#[test]
fn a_figure_without_any_date_is_a_warning() {
    let outcome = load_lebak("    published: 2019-07-18\n", "");
    only_warning(&outcome).assert_at(LEBAK_PATH, 16, 9);
    assert_report!(outcome);
}

#[test]
fn a_news_item_without_a_url_is_a_warning() {
    let outcome = load_lebak("    url: https://example.test/berita/lebak\n", "");
    only_warning(&outcome).assert_at(LEBAK_PATH, 8, 9);
    assert_report!(outcome);
}

#[test]
fn a_region_without_news_is_a_warning() {
    let outcome = load_with_file(LEBAK_PATH, LEBAK.split("news:").next().unwrap());
    outcome.assert_loaded();
    // Banten's only news was Lebak's, so the province is empty too.
    let names: Vec<&str> = outcome.found.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(names, [BANTEN_PATH, LEBAK_PATH], "{}", outcome.text);
    outcome.found[1].assert_at(LEBAK_PATH, 1, 7);
    assert_report!(outcome);
}

/// Regression (issue 21, item 4): Kota Jakarta Timur, whose only news is
/// Kelurahan Penggilingan's under Kecamatan Cakung, was said to have no news
/// "of its own or of its sub-regions". Every level below counts.
#[test]
fn a_region_whose_only_news_is_a_grandchilds_has_news() {
    let lebak_without_news = LEBAK.split("news:").next().unwrap();
    let with_grandchild_news = |lebak: String| {
        load_with(|root| {
            write(root, LEBAK_PATH, lebak);
            write(
                root,
                RANGKASBITUNG_PATH,
                "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02.14\"\n",
            );
            write(
                root,
                "regions/banten/muara-ciujung-timur.yaml",
                "name: Kelurahan Muara Ciujung Timur\nlevel: kelurahan\nparent: rangkasbitung\ncode: \"36.02.14.1012\"\nnews:\n  - id: muara-ciujung-timur-ikm\n    title: IKM Muara Ciujung Timur\n    outlet: Banten Day\n    url: https://example.test/berita/muara-ciujung-timur\n    published: 2020\n    summary: Ringkasan.\n",
            );
        })
    };
    let outcome = with_grandchild_news(lebak_without_news.to_string());
    outcome.assert_loaded();
    assert!(outcome.found.is_empty(), "{}", outcome.text);

    // An acknowledgement written for the old warning is now stale, and says so.
    let acknowledged = format!("{lebak_without_news}checked: [region-without-news]\n");
    let outcome = with_grandchild_news(acknowledged);
    only_warning(&outcome).assert_at(LEBAK_PATH, 1, 7);
    assert_report!(outcome);
}

/// Lebak with a second item, dated 2021, reporting `value` for jumlah_ikm.
fn lebak_with_later_count(value: &str, checked: &str) -> String {
    format!(
        "{LEBAK}  - id: lebak-ikm-2021\n    title: IKM Lebak 2021\n    outlet: Banten Day\n    url: https://example.test/berita/lebak-2021\n    published: 2021\n    summary: Ringkasan.\n    figures:\n      - metric: jumlah_ikm\n        value: {value}\n{checked}"
    )
}

#[test]
fn a_count_that_jumps_by_more_than_half_is_a_warning_at_the_later_figure() {
    let outcome = load_with_file(LEBAK_PATH, lebak_with_later_count("1577", ""));
    only_warning(&outcome).assert_at(LEBAK_PATH, 26, 9);
    assert_report!(outcome);
    // A change within half is ordinary.
    let ordinary = load_with_file(LEBAK_PATH, lebak_with_later_count("16500", ""));
    ordinary.assert_loaded();
    assert!(ordinary.found.is_empty(), "{}", ordinary.text);
}

/// Issue 21: a jump is measured per year between the two periods. The
/// same rise from 10.434 to 32.156 is a jump in one year, and ordinary
/// growth over six (2012 to 2018, Aceh's real figures).
#[test]
fn a_jump_is_measured_per_year_between_the_periods() {
    let years = |from: &str, to: &str| {
        let text = lebak_with_later_count("32156", "")
            .replace("value: 15769", "value: 10434")
            .replace("published: 2021", &format!("published: {to}"));
        edit(
            &text,
            "published: 2019-07-18",
            &format!("published: {from}"),
        )
    };
    let one_year = load_with_file(LEBAK_PATH, years("2017", "2018"));
    only_warning(&one_year).assert_at(LEBAK_PATH, 26, 9);
    let six_years = load_with_file(LEBAK_PATH, years("2012", "2018"));
    six_years.assert_loaded();
    assert!(six_years.found.is_empty(), "{}", six_years.text);
    assert_report!(one_year);
}

#[test]
fn an_acknowledged_warning_is_not_repeated_and_a_stale_one_is_named() {
    let acknowledged = lebak_with_later_count("1577", "        checked: [metric-jump]\n");
    let outcome = load_with_file(LEBAK_PATH, &acknowledged);
    assert!(outcome.found.is_empty(), "{}", outcome.text);

    // The figure is corrected: the acknowledgement no longer matches anything.
    let stale = acknowledged.replace("value: 1577", "value: 15800");
    let outcome = load_with_file(LEBAK_PATH, stale);
    only_warning(&outcome).assert_at(LEBAK_PATH, 26, 9);
    assert_report!(outcome);
}

#[test]
fn a_conflict_is_acknowledged_on_any_of_its_figures() {
    let text = format!(
        "{LEBAK}      - metric: jumlah_ikm\n        value: 16000\n        checked: [conflict]\n"
    );
    let outcome = load_with_file(LEBAK_PATH, text);
    assert!(outcome.found.is_empty(), "{}", outcome.text);
}

#[test]
fn checked_accepts_only_codes_that_can_be_acknowledged_there() {
    let misspelt = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        checked: [conflikt]\n",
    );
    misspelt.only_error().assert_at(LEBAK_PATH, 19, 19);
    // A conflict is acknowledged on a figure, not on a news item.
    let misplaced = load_lebak(
        "    summary: Ringkasan berita.\n",
        "    summary: Ringkasan berita.\n    checked: [conflict]\n",
    );
    misplaced.only_error().assert_at(LEBAK_PATH, 14, 15);
    assert_report!(misspelt, misplaced);
}

/// Lebak's 15769 of 18 July 2019, and another article's figure for the
/// whole of 2019.
fn lebak_with_whole_year(value: &str, checked: &str) -> String {
    edit(
        &lebak_with_later_count(value, checked),
        "published: 2021",
        "published: 2019",
    )
}

#[test]
fn a_year_and_a_day_in_it_with_other_values_are_a_softer_warning() {
    let outcome = load_with_file(LEBAK_PATH, lebak_with_whole_year("15000", ""));
    only_warning(&outcome).assert_at(LEBAK_PATH, 26, 9);
    assert_report!(outcome);
    // The same value over the year and on a day in it is nothing to explain.
    let same = load_with_file(LEBAK_PATH, lebak_with_whole_year("15769", ""));
    assert!(same.found.is_empty(), "{}", same.text);
    // Acknowledged on either figure, it is not repeated.
    let acknowledged = lebak_with_whole_year("15000", "        checked: [period-overlap]\n");
    let outcome = load_with_file(LEBAK_PATH, acknowledged);
    assert!(outcome.found.is_empty(), "{}", outcome.text);
}

/// Lebak with a second news item, written after the first (its `- id` on
/// line 19), with `url` and `title` as given.
fn lebak_with_second_item(url: &str, title: &str, checked: &str) -> String {
    format!(
        "{LEBAK}  - id: lebak-lagi\n    title: {title}\n    outlet: Banten Day\n    url: {url}\n    published: 2019-07-19\n    summary: Ringkasan.\n{checked}"
    )
}

#[test]
fn the_same_article_twice_is_a_warning_at_the_later_item() {
    // The same address, written another way.
    let same_url = lebak_with_second_item(
        "http://www.example.test/berita/lebak/#atas",
        "Judul lain",
        "",
    );
    let same_url = load_with_file(LEBAK_PATH, same_url);
    only_warning(&same_url).assert_at(LEBAK_PATH, 19, 9);
    // The same title and outlet, with another address.
    let same_title =
        lebak_with_second_item("https://example.test/berita/lain", "jumlah  IKM Lebak", "");
    let same_title = load_with_file(LEBAK_PATH, same_title);
    only_warning(&same_title).assert_at(LEBAK_PATH, 19, 9);
    assert_report!(same_url, same_title);
    // Another article, and an acknowledged repeat, say nothing.
    let other = lebak_with_second_item("https://example.test/berita/lain", "Judul lain", "");
    let outcome = load_with_file(LEBAK_PATH, other);
    assert!(outcome.found.is_empty(), "{}", outcome.text);
    let acknowledged = lebak_with_second_item(
        "https://example.test/berita/lebak",
        "Judul lain",
        "    checked: [news-repeated]\n",
    );
    let outcome = load_with_file(LEBAK_PATH, acknowledged);
    assert!(outcome.found.is_empty(), "{}", outcome.text);
}

// ---------------------------------------------------------------------------
// The official list of regions (issue 19, item 1)
// ---------------------------------------------------------------------------

#[test]
fn a_code_the_official_list_lacks_offers_the_nearest_codes() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"36.99\"");
    outcome.only_error().assert_at(LEBAK_PATH, 5, 7);
    assert_report!(outcome);
}

#[test]
fn a_name_that_is_not_the_codes_official_name_is_offered_the_official_one() {
    let outcome = load_lebak("name: Kabupaten Lebak", "name: Kabupaten Lebakk");
    outcome.only_error().assert_at(LEBAK_PATH, 1, 7);
    assert_report!(outcome);
}

/// Regression (issue 21, item 4): a kecamatan written with a sibling's code
/// (Cakung with the code of another kecamatan of its kota) was only told to
/// take the sibling's name. The name is as likely the right field, so the
/// help offers the code of the entry the name matches too.
#[test]
fn a_siblings_code_offers_the_code_of_the_name_written_too() {
    let outcome = load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02.13\"\n",
    );
    outcome.only_error().assert_at(RANGKASBITUNG_PATH, 1, 7);
    assert_report!(outcome);
}

#[test]
fn a_name_differing_only_in_case_spacing_or_level_word_is_official() {
    for name in ["kabupaten  LEBAK", "Lebak", "Kab. Lebak"] {
        load_lebak("name: Kabupaten Lebak", &format!("name: {name}")).assert_loaded();
    }
    load_with_file(
        BANTEN_PATH,
        edit(BANTEN, "name: Provinsi Banten", "name: Banten"),
    )
    .assert_loaded();
}

/// Issue 21, item 11: the press and Kemendagri's letters write "Baubau" and
/// "Palangka Raya", the list "Bau Bau" and "Palangkaraya". A missing space
/// or a hyphen is spacing, so the name is accepted as written, with its
/// code and without.
#[test]
fn a_name_differing_only_in_a_missing_space_or_a_hyphen_is_official() {
    for (province, code, name, city_code) in [
        ("Sulawesi Tenggara", "74", "Kota Baubau", "74.72"),
        ("Sulawesi Tenggara", "74", "Kota Bau-Bau", ""),
        ("Kalimantan Tengah", "62", "Kota Palangka Raya", "62.71"),
        ("Kalimantan Tengah", "62", "Kota Palangka Raya", ""),
    ] {
        let city_code = if city_code.is_empty() {
            String::new()
        } else {
            format!("code: \"{city_code}\"\n")
        };
        load_with(|root| {
            write(
                root,
                "regions/lain/lain.yaml",
                format!("name: Provinsi {province}\nlevel: provinsi\ncode: \"{code}\"\n"),
            );
            write(
                root,
                "regions/lain/kota.yaml",
                format!("name: {name}\nlevel: kota\nparent: lain\n{city_code}checked: [region-without-news]\n"),
            );
        })
        .assert_loaded();
    }
}

/// Issue 21, item 11: closing up the spaces does not make any spelling
/// official; one letter off is still an error, offering the list's name.
#[test]
fn a_name_one_letter_off_is_still_not_official_after_spacing_is_left_out() {
    let outcome = load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cile-gonn\nlevel: kota\nparent: banten\ncode: \"36.72\"\nchecked: [region-without-news]\n",
    );
    outcome
        .only_error()
        .assert_at("regions/banten/cilegon.yaml", 1, 7);
    assert_report!(outcome);
}

#[test]
fn a_kabupaten_the_list_calls_a_kota_is_an_error_at_its_level() {
    let outcome = load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cilegon\nlevel: kabupaten\nparent: banten\ncode: \"36.72\"\n",
    );
    outcome
        .only_error()
        .assert_at("regions/banten/cilegon.yaml", 2, 8);
    assert_report!(outcome);
}

#[test]
fn a_region_without_a_code_gets_the_one_its_name_and_parent_match() {
    let dir = minimal();
    write(dir.path(), LEBAK_PATH, edit(LEBAK, "code: \"36.02\"\n", ""));
    write(
        dir.path(),
        "regions/banten/serang.yaml",
        "name: Kota Serang\nlevel: kota\nparent: banten\nchecked: [region-without-news]\n",
    );
    let site = ikm_site::content::load_on(dir.path(), None, today())
        .expect("loads")
        .site;
    let code = |slug: &str| site.region_by_slug(slug).and_then(|r| r.code.clone());
    assert_eq!(code("lebak").as_deref(), Some("36.02"));
    // "Serang" is a kabupaten and a kota of Banten; the level tells them apart.
    assert_eq!(code("serang").as_deref(), Some("36.73"));
}

#[test]
fn a_region_without_a_code_whose_name_is_not_official_is_offered_the_closest() {
    // With its code, the name is compared with the code's (above); without,
    // the name is looked for under the parent.
    let without = load_with_file(
        LEBAK_PATH,
        edit(
            &edit(LEBAK, "code: \"36.02\"\n", ""),
            "name: Kabupaten Lebak\n",
            "name: Kabupaten Lebakk\n",
        ),
    );
    without.only_error().assert_at(LEBAK_PATH, 1, 7);
    assert_report!(without);
}

#[test]
fn a_region_without_a_code_matching_several_entries_lists_them() {
    let outcome = load_with(|root| {
        write(
            root,
            "official-regions.tsv",
            "36\tBanten\n36.02\tKabupaten Lebak\n36.02.14\tRangkasbitung\n36.02.14.2001\tSukamaju\n36.02.14.2002\tSukamaju\n",
        );
        write(
            root,
            "regions/banten/rangkasbitung.yaml",
            "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\nchecked: [region-without-news]\n",
        );
        write(
            root,
            "regions/banten/sukamaju.yaml",
            "name: Desa Sukamaju\nlevel: desa\nparent: rangkasbitung\nchecked: [region-without-news]\n",
        );
    });
    outcome
        .only_error()
        .assert_at("regions/banten/sukamaju.yaml", 1, 7);
    assert_report!(outcome);
}

#[test]
fn a_folders_own_official_list_replaces_the_builtin_one() {
    // Lebak is not in this list: the folder's list is the one asked.
    let outcome = load_with_file(
        "official-regions.tsv",
        "36\tBanten\n36.01\tKabupaten Pandeglang\n",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 5, 7);
    assert_report!(outcome);
}

#[test]
fn every_broken_line_of_a_folders_official_list_is_an_error_at_its_line() {
    let outcome = load_with_file(
        "official-regions.tsv",
        "36\tBanten\n36.2\tLebak\n36.01 Pandeglang\n36.02\tKabupaten Lebak\n36.02\tLagi\n37.01\tTanpa Induk\n",
    );
    let lines: Vec<usize> = outcome.errors().iter().map(|f| f.line).collect();
    assert_eq!(lines, [2, 3, 5], "{}", outcome.text);
    assert_report!(outcome);
}

#[test]
fn official_regions_false_turns_the_check_off() {
    let outcome = load_with(|root| {
        write(
            root,
            "site.yaml",
            format!("{SITE}official_regions: false\n"),
        );
        write(
            root,
            LEBAK_PATH,
            edit(LEBAK, "name: Kabupaten Lebak", "name: Kabupaten Lebakk"),
        );
    });
    outcome.assert_loaded();
}

// ---------------------------------------------------------------------------
// Links in Markdown (issue 22): `@/` links, and the forms refused
// ---------------------------------------------------------------------------

/// Lebak's region summary as a block scalar holding `markdown` (line 7).
#[track_caller]
fn lebak_summary(markdown: &str) -> Outcome {
    load_lebak("summary: Ringkasan.", &format!("summary: |\n  {markdown}"))
}

#[test]
fn a_root_relative_link_in_a_summary_gives_the_at_form_to_write() {
    let outcome = lebak_summary("Bagian dari [Banten](/wilayah/banten/).");
    outcome.only_error().assert_at(LEBAK_PATH, 7, 24);
    assert_report!(outcome);
}

#[test]
fn a_relative_link_in_a_news_summary_is_refused() {
    let outcome = load_lebak(
        "summary: Ringkasan berita.",
        "summary: Lihat [Banten](../banten/).",
    );
    outcome.only_error().assert_at(LEBAK_PATH, 13, 29);
    assert_report!(outcome);
}

#[test]
fn a_fragment_alone_in_a_free_page_is_refused() {
    let outcome = load_with_file(
        PAGE_PATH,
        "---\ntitle: Tentang\n---\nIsi.\n\nLihat [catatan](#catatan).\n",
    );
    outcome.only_error().assert_at(PAGE_PATH, 6, 17);
    assert_report!(outcome);
}

#[test]
fn an_at_link_of_no_known_form_lists_the_forms() {
    let outcome = lebak_summary("Lihat [grafik](@/grafik/lebak).");
    outcome.only_error().assert_at(LEBAK_PATH, 7, 18);
    assert_report!(outcome);
}

#[test]
fn an_at_link_to_a_region_the_site_lacks_suggests_the_nearest() {
    let outcome = load_with_file(
        PAGE_PATH,
        "---\ntitle: Tentang\n---\nLihat [Lebak](@/wilayah/lebakk).\n",
    );
    outcome.only_error().assert_at(PAGE_PATH, 4, 15);
    assert_report!(outcome);
}

#[test]
fn an_at_link_to_a_news_item_or_page_the_site_lacks_is_an_error() {
    let outcome = lebak_summary("Lihat [berita](@/berita/lebak-ikm-2091) dan [metode](@/metode).");
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0].assert_at(LEBAK_PATH, 7, 18);
    errors[1].assert_at(LEBAK_PATH, 7, 56);
    assert_report!(outcome);
}

#[test]
fn a_malformed_web_address_in_markdown_is_a_warning() {
    let outcome =
        lebak_summary("[a](htp://example.org) [b](http:/example.org) [c](<https://exa mple.org>)");
    outcome.assert_loaded();
    let places: Vec<(usize, usize)> = outcome.found.iter().map(|f| (f.line, f.column)).collect();
    assert_eq!(places, [(7, 7), (7, 30), (7, 54)], "{}", outcome.text);
    assert_report!(outcome);
}
