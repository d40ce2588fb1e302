//! One test per rule of the content format (`content-format.md`), on real
//! files: each test starts from a minimal valid content folder, breaks one
//! thing, loads it and checks the file, line, column, message and help an
//! author would see.
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
    message: String,
    help: String,
    /// The diagnostic as an author sees it, for failure messages.
    shown: String,
    /// The same in Indonesian, as `check` shows it for a site in `id`.
    shown_id: String,
}

/// What loading the folder gave: errors on failure, warnings on success.
#[derive(Debug)]
struct Outcome {
    loaded: bool,
    found: Vec<Found>,
    /// All diagnostics rendered as text (`Diagnostics`' Display), with the
    /// temporary folder's path removed.
    text: String,
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

    #[track_caller]
    fn message_has(&self, words: &[&str]) -> &Self {
        for word in words {
            assert!(
                self.message.contains(word),
                "message lacks {word:?}:\n{}",
                self.shown
            );
        }
        self
    }

    /// Checks the Indonesian text (as `check` shows it for a site in `id`).
    #[track_caller]
    fn indonesian_has(&self, words: &[&str]) -> &Self {
        for word in words {
            assert!(
                self.shown_id.contains(word),
                "Indonesian text lacks {word:?}:\n{}",
                self.shown_id
            );
        }
        self
    }

    #[track_caller]
    fn help_has(&self, words: &[&str]) -> &Self {
        assert!(!self.help.is_empty(), "no help line:\n{}", self.shown);
        for word in words {
            assert!(
                self.help.contains(word),
                "help lacks {word:?}:\n{}",
                self.shown
            );
        }
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
    let (loaded, diagnostics) = match ikm_site::content::load(root, None) {
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
            message: d.message.to_string().replace(&prefix, ""),
            help: d
                .help
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
                .replace(&prefix, ""),
            shown: d.to_string().replace(&prefix, ""),
            // Every error test also puts its diagnostics into Indonesian, so
            // a message whose Indonesian text lacks an argument fails here.
            shown_id: d.shown(Lang::Id).to_string().replace(&prefix, ""),
        })
        .collect();
    Outcome {
        loaded,
        found,
        text: diagnostics.to_string().replace(&prefix, ""),
    }
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 1, 1)
        .message_has(&["unknown field", "`nmae`"])
        .help_has(&["did you mean `name`?"]);
}

#[test]
fn two_unknown_fields_in_one_file_are_both_reported() {
    let text = edit(LEBAK, "name: Kabupaten Lebak", "nmae: Kabupaten Lebak");
    let text = edit(&text, "parent: banten", "parnet: banten");
    let outcome = load_with_file(LEBAK_PATH, text);
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0]
        .assert_at(LEBAK_PATH, 1, 1)
        .message_has(&["`nmae`"])
        .help_has(&["did you mean `name`?"]);
    errors[1]
        .assert_at(LEBAK_PATH, 4, 1)
        .message_has(&["`parnet`"])
        .help_has(&["did you mean `parent`?"]);
}

#[test]
fn an_unknown_field_in_a_news_item_is_reported_with_its_path() {
    let outcome = load_lebak("    outlet: Banten Day", "    outlte: Banten Day");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 10, 5)
        .message_has(&[
            "unknown field",
            "`outlte` in news item 1 (`lebak-ikm-2019`)",
        ])
        .indonesian_has(&["berita ke-1 (`lebak-ikm-2019`), kolom `outlte` tidak dikenal"])
        .help_has(&["did you mean `outlet`?"]);
}

#[test]
fn an_unknown_field_in_a_figure_is_reported_with_its_path() {
    let outcome = load_lebak("        value: 15769", "        valeu: 15769");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 9)
        .message_has(&[
            "unknown field",
            "`valeu` in news item 1 (`lebak-ikm-2019`), figure 1",
        ])
        .help_has(&["did you mean `value`?"]);
}

#[test]
fn an_unknown_field_in_site_yaml_is_reported() {
    let outcome = load_with_file("site.yaml", edit(SITE, "title:", "titel:"));
    outcome
        .only_error()
        .assert_at("site.yaml", 1, 1)
        .message_has(&["unknown field", "`titel`"])
        .help_has(&["did you mean `title`?"]);
}

#[test]
fn an_unknown_field_in_a_metric_is_reported() {
    let outcome = load_with_file(
        "metrics.yaml",
        edit(METRICS, "  kind: count", "  knid: count"),
    );
    outcome
        .only_error()
        .assert_at("metrics.yaml", 4, 3)
        .message_has(&["unknown field", "`jumlah_ikm.knid`"])
        .help_has(&["did you mean `kind`?"]);
}

#[test]
fn an_unknown_field_in_page_front_matter_is_reported() {
    let outcome = load_with_file(
        PAGE_PATH,
        "---\ntitle: Tentang\ndescriptoin: Tentang situs ini.\n---\nIsi halaman.\n",
    );
    outcome
        .only_error()
        .assert_at(PAGE_PATH, 3, 1)
        .message_has(&["unknown field", "`descriptoin`"])
        .help_has(&["did you mean `description`?"]);
}

// ---------------------------------------------------------------------------
// Metrics referenced by figures
// ---------------------------------------------------------------------------

#[test]
fn an_unknown_metric_suggests_the_closest_id_at_the_metric_value() {
    let outcome = load_lebak("metric: jumlah_ikm", "metric: jumlah_ikn");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 17, 17)
        .message_has(&["`jumlah_ikn`", "metrics.yaml"])
        .help_has(&["did you mean `jumlah_ikm`?"]);
}

// ---------------------------------------------------------------------------
// Parents and levels
// ---------------------------------------------------------------------------

#[test]
fn a_kabupaten_without_a_parent_is_an_error() {
    let outcome = load_lebak("parent: banten\n", "");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 1, 1)
        .message_has(&["kabupaten", "needs a `parent`"])
        .help_has(&["parent:", "provinsi"]);
}

#[test]
fn a_misspelt_parent_suggests_the_province() {
    let outcome = load_lebak("parent: banten", "parent: bantn");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 4, 9)
        .message_has(&["`bantn`", "no region file"])
        .help_has(&["did you mean `banten`?"]);
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
        .assert_at("regions/lain/lebak.yaml", 1, 1)
        .message_has(&["`lebak`", "a second time"])
        .help_has(&[LEBAK_PATH, "rename one"]);
}

/// A kota whose parent is a kabupaten.
fn kota_under_lebak() -> Outcome {
    load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cilegon\nlevel: kota\nparent: lebak\n",
    )
}

#[test]
fn a_parent_that_is_not_a_provinsi_is_an_error() {
    kota_under_lebak()
        .only_error()
        .assert_at("regions/banten/cilegon.yaml", 3, 9)
        .message_has(&["`lebak`", "not a provinsi"]);
}

#[test]
fn a_parent_that_is_not_a_provinsi_gets_help() {
    kota_under_lebak()
        .only_error()
        .message_has(&["kabupaten"])
        .help_has(&["`banten`"]);
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
    outcome
        .only_error()
        .assert_at(BANTEN_PATH, 4, 9)
        .message_has(&["`parent` on a provinsi"])
        .help_has(&["remove `parent`", "kabupaten"]);
}

#[test]
fn a_misspelt_level_suggests_the_closest() {
    let outcome = load_lebak("level: kabupaten", "level: kabupatn");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 3, 8)
        .message_has(&[
            "`kabupatn`",
            "`provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`",
        ])
        .help_has(&["did you mean `kabupaten`?"]);
}

// ---------------------------------------------------------------------------
// Uniqueness and file names
// ---------------------------------------------------------------------------

#[test]
fn a_news_id_used_in_two_files_names_the_other_file() {
    let serang = edit(SERANG, "id: serang-ikm-2020", "id: lebak-ikm-2019");
    let outcome = load_with_file(SERANG_PATH, serang);
    outcome
        .only_error()
        .assert_at(SERANG_PATH, 5, 9)
        .message_has(&["`lebak-ikm-2019`", "unique"])
        .help_has(&["regions/banten/lebak.yaml:8"]);
}

#[test]
fn a_region_slug_used_in_two_folders_is_an_error() {
    let other = edit(LEBAK, "id: lebak-ikm-2019", "id: lebak-lain-2019");
    let outcome = load_with_file("regions/lampung/lebak.yaml", other);
    outcome
        .only_error()
        .assert_at("regions/lampung/lebak.yaml", 1, 1)
        .message_has(&["`lebak`", "a second time"])
        .help_has(&["regions/banten/lebak.yaml", "rename"]);
}

#[test]
fn a_region_code_used_by_two_files_names_the_first() {
    let serang = edit(
        SERANG,
        "parent: banten\n",
        "parent: banten\ncode: \"36.02\"\n",
    );
    let outcome = load_with_file(SERANG_PATH, serang);
    outcome
        .only_error()
        .assert_at(SERANG_PATH, 4, 7)
        .message_has(&[
            "`36.02`",
            "again",
            "Kabupaten Lebak",
            "regions/banten/lebak.yaml:5",
        ])
        .indonesian_has(&[
            "`36.02`",
            "dipakai dua kali",
            "Kabupaten Lebak",
            "regions/banten/lebak.yaml:5",
        ])
        .help_has(&["Kemendagri list"]);
}

#[test]
fn a_region_file_name_that_is_not_a_slug_is_an_error() {
    let outcome = load_with(|root| {
        fs::remove_file(root.join(LEBAK_PATH)).unwrap();
        write(root, "regions/banten/Lebak.yaml", LEBAK);
    });
    outcome
        .only_error()
        .assert_at("regions/banten/Lebak.yaml", 1, 1)
        .message_has(&["`Lebak`", "slug"])
        .help_has(&["`lebak.yaml`"]);
}

#[test]
fn a_yml_region_file_is_reported() {
    let outcome = load_with_file("regions/banten/serang.yml", SERANG);
    outcome
        .only_error()
        .assert_in_file("regions/banten/serang.yml")
        .message_has(&["`serang.yml`", "ending in `.yaml`"])
        .help_has(&["`serang.yaml`"]);
}

// ---------------------------------------------------------------------------
// YAML itself
// ---------------------------------------------------------------------------

const SERANG_PATH: &str = "regions/banten/serang.yaml";

#[test]
fn a_repeated_key_names_both_lines() {
    let outcome = load_with_file(SERANG_PATH, format!("{SERANG}name: Serang\n"));
    outcome
        .only_error()
        .assert_at(SERANG_PATH, 10, 1)
        .message_has(&["`name`", "second time", "line 1"])
        .help_has(&["remove one"]);
}

#[test]
fn a_syntax_error_gives_its_line() {
    let outcome = load_lebak("level: kabupaten", "level: [kabupaten");
    // libyaml notices the unclosed list where the next line starts.
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 4, 7)
        .message_has(&["expected ',' or ']'"]);
}

#[test]
fn a_syntax_error_explains_the_unclosed_list() {
    let outcome = load_lebak("level: kabupaten", "level: [kabupaten");
    let error = outcome.only_error();
    assert!(!error.message.contains("at line 4"), "{}", error.shown);
    assert!(
        error.message.contains("line 3") || error.help.contains("line 3"),
        "{}",
        error.shown
    );
    error.help_has(&["`]`"]);
}

/// serang.yaml with `name` anchored and reused in `short_name`.
fn serang_with_an_anchor() -> Outcome {
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
    load_with_file(SERANG_PATH, text)
}

#[test]
fn anchors_and_aliases_are_refused() {
    let outcome = serang_with_an_anchor();
    let error = outcome.only_error();
    // The caret lands after the anchor (column 13), see the ignored test below.
    assert_eq!(
        (error.file.as_str(), error.line),
        (SERANG_PATH, 1),
        "{}",
        error.shown
    );
    error
        .message_has(&["anchor", "`&name`"])
        .help_has(&["in full"]);
}

#[test]
fn an_anchor_is_pointed_at() {
    serang_with_an_anchor()
        .only_error()
        .assert_at(SERANG_PATH, 1, 7);
}

#[test]
fn a_broken_parent_file_does_not_make_its_children_report_a_missing_parent() {
    let outcome = load_with_file(BANTEN_PATH, format!("{BANTEN}name: Banten\n"));
    let error = outcome.only_error();
    error.assert_at(BANTEN_PATH, 5, 1);
}

#[test]
fn an_empty_region_file_is_an_error() {
    let outcome = load_with_file(SERANG_PATH, "\n");
    outcome
        .only_error()
        .assert_at(SERANG_PATH, 1, 1)
        .message_has(&["empty", "`name`", "`level`"]);
}

#[test]
fn an_empty_region_file_gets_help() {
    load_with_file(SERANG_PATH, "\n")
        .only_error()
        .help_has(&["name:", "level:"]);
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
    load_with_file(LEBAK_PATH, bytes)
        .only_error()
        .assert_at(LEBAK_PATH, 1, 1)
        .help_has(&["did you mean `name`?"]);
}

#[test]
fn a_region_file_with_crlf_line_endings_loads() {
    load_with_file(LEBAK_PATH, LEBAK.replace('\n', "\r\n")).assert_loaded();
}

#[test]
fn errors_in_a_crlf_file_keep_their_line_and_column() {
    let text = edit(LEBAK, "metric: jumlah_ikm", "metric: jumlah_ikn").replace('\n', "\r\n");
    let outcome = load_with_file(LEBAK_PATH, text);
    let error = outcome.only_error();
    error
        .assert_at(LEBAK_PATH, 17, 17)
        .help_has(&["did you mean `jumlah_ikm`?"]);
    assert!(!error.shown.contains('\r'), "{:?}", error.shown);
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 6, 23)
        .message_has(&["0xE9", "UTF-8"])
        .help_has(&["UTF-8"]);
}

// ---------------------------------------------------------------------------
// Characters in text fields (issue 16, item 13)
// ---------------------------------------------------------------------------

#[test]
fn a_control_character_written_as_an_escape_is_refused_in_a_name() {
    load_lebak("name: Kabupaten Lebak", "name: \"Kabupaten Lebak\\x01\"")
        .only_error()
        .assert_at(LEBAK_PATH, 1, 7)
        .message_has(&["control character U+0001", "`name`, character 16"])
        .help_has(&["`\\x01`"])
        .indonesian_has(&["karakter kendali U+0001", "`name`, karakter ke-16"]);
}

#[test]
fn a_c1_control_character_is_refused_in_site_yaml() {
    let outcome = load_with_file(
        "site.yaml",
        edit(SITE, "title: Kabar IKM", "title: \"Kabar\\u0085IKM\""),
    );
    outcome
        .only_error()
        .assert_at("site.yaml", 1, 8)
        .message_has(&["U+0085", "`title`, character 6"]);
}

#[test]
fn a_line_break_is_refused_in_a_title_but_kept_in_a_summary() {
    load_lebak(
        "    title: Jumlah IKM Lebak",
        "    title: \"Jumlah IKM\\nLebak\"",
    )
    .only_error()
    .assert_at(LEBAK_PATH, 9, 12)
    .message_has(&[
        "line break",
        "`title` in news item 1 (`lebak-ikm-2019`), character 11",
    ])
    .help_has(&["one line", "`summary`"])
    .indonesian_has(&[
        "baris baru di berita ke-1 (`lebak-ikm-2019`), kolom `title`, karakter ke-11",
    ]);
    load_lebak(
        "    summary: Ringkasan berita.",
        "    summary: \"Ringkasan\\n\\n\\tberita.\"",
    )
    .assert_loaded();
}

#[test]
fn a_zero_width_character_is_a_warning_naming_it() {
    let outcome = load_lebak("    outlet: Banten Day", "    outlet: \"Banten\\u200BDay\"");
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 10, 13)
        .message_has(&[
            "zero-width character U+200B (ZERO WIDTH SPACE)",
            "`outlet` in news item 1 (`lebak-ikm-2019`), character 7",
        ])
        .help_has(&["delete it"])
        .indonesian_has(&["karakter lebar-nol tak terlihat U+200B"]);
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
    only_warning(&outcome)
        .assert_at("metrics.yaml", 2, 10)
        .message_has(&[
            "direction control U+202E (RIGHT-TO-LEFT OVERRIDE)",
            "`jumlah_ikm.label`, character 8",
        ])
        .indonesian_has(&["pengatur arah teks"]);
}

#[test]
fn a_control_character_in_a_page_is_refused_where_it_is() {
    let page = "---\ntitle: \"Tentang\\e\"\n---\n\nIsi halaman.\n\nBaris \u{1} kedua.\n";
    let outcome = load_with_file(PAGE_PATH, page);
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0]
        .assert_at(PAGE_PATH, 2, 8)
        .message_has(&["U+001B", "`title`, character 8"]);
    errors[1]
        .assert_at(PAGE_PATH, 7, 7)
        .message_has(&["U+0001 in the file"]);
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

#[test]
fn an_impossible_published_date_is_an_error() {
    let outcome = load_lebak("published: 2019-07-18", "published: 2019-13-01");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 12, 16)
        .message_has(&["`2019-13-01`", "`YYYY-MM-DD`"])
        .help_has(&["`2019-07`", "leave the field out"]);
}

#[test]
fn an_impossible_as_of_date_is_an_error() {
    let outcome = load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        as_of: 2019-02-30\n",
    );
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 19, 16)
        .message_has(&["`2019-02-30`", "`YYYY-MM`"])
        .help_has(&["leave the field out"]);
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 19, 16)
        .message_has(&["both `value` and `range`", "one of them"]);
}

#[test]
fn a_figure_with_both_value_and_range_gets_help() {
    load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        range: [15000, 16000]\n",
    )
    .only_error()
    .help_has(&["`value`", "`range`"]);
}

#[test]
fn a_figure_with_neither_value_nor_range_is_an_error() {
    let outcome = load_lebak("        value: 15769\n", "");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 17, 9)
        .message_has(&["neither `value` nor `range`"])
        .help_has(&["value: ", "range: [30, 40]"]);
}

#[test]
fn a_range_whose_low_end_is_not_below_its_high_end_is_an_error() {
    let outcome = load_lebak("value: 15769", "range: [16000, 15000]");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["low end is not below its high end", "`[low, high]`"]);
}

#[test]
fn a_reversed_range_shows_the_fix() {
    load_lebak("value: 15769", "range: [16000, 15000]")
        .only_error()
        .message_has(&["16000"])
        .help_has(&["[15000, 16000]"]);
}

#[test]
fn a_range_of_three_numbers_is_an_error() {
    let outcome = load_lebak("value: 15769", "range: [1, 2, 3]");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["range of 3 numbers", "two", "`[low, high]`"]);
}

#[test]
fn a_negative_value_is_an_error() {
    let outcome = load_lebak("value: 15769", "value: -5");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["`-5`", "0 or more"]);
}

#[test]
fn a_fraction_for_a_count_metric_is_an_error() {
    let outcome = load_lebak("value: 15769", "value: 15.769");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["`15.769`", "whole number"]);
}

#[test]
fn a_fraction_for_a_count_metric_mentions_the_thousands_separator() {
    load_lebak("value: 15769", "value: 15.769")
        .only_error()
        .help_has(&["15769"]);
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 19, 17)
        .message_has(&[
            "`approx` in news item 1 (`lebak-ikm-2019`), figure 1",
            "yes",
        ])
        .help_has(&["`true`", "`false`"]);
}

// ---------------------------------------------------------------------------
// Region codes
// ---------------------------------------------------------------------------

#[test]
fn a_malformed_code_is_an_error() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"36.2\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 5, 7)
        .message_has(&["`36.2`", "Kemendagri code", "\"36.02\""]);
}

#[test]
fn a_malformed_quoted_code_gets_the_right_help() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"36.2\"");
    let error = outcome.only_error();
    error.help_has(&["two digits", "\"36.02\""]);
    assert!(!error.help.contains("quote"), "{}", error.shown);
}

#[test]
fn an_unquoted_code_is_kept_as_written() {
    // Read as a number, `36.10` would become 36.1 and fail the code check.
    let outcome = load_with_file(
        "regions/banten/cilegon.yaml",
        "name: Kota Cilegon\nlevel: kota\nparent: banten\ncode: 36.10\n",
    );
    outcome.assert_loaded();
}

#[test]
fn a_code_outside_the_parents_code_is_an_error() {
    let outcome = load_lebak("code: \"36.02\"", "code: \"35.02\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 5, 7)
        .message_has(&["`35.02`", "not under the parent's code `36`"])
        .help_has(&["starts with `36.`"]);
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
            "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02.01\"\n",
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
        "name: Kelurahan Muara Ciujung Timur\nlevel: kelurahan\nparent: rangkasbitung\ncode: \"36.02.01.1001\"\n",
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
    load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\n",
    )
    .only_error()
    .assert_at(RANGKASBITUNG_PATH, 1, 1)
    .message_has(&["a kecamatan needs a `parent`"])
    .help_has(&["kabupaten/kota"]);
}

#[test]
fn a_kecamatan_under_a_provinsi_is_an_error() {
    load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: banten\n",
    )
    .only_error()
    .assert_at(RANGKASBITUNG_PATH, 3, 9)
    .message_has(&[
        "`banten` is a provinsi, not a kabupaten/kota",
        "a kecamatan belongs to",
    ])
    .help_has(&["`lebak`"])
    .indonesian_has(&["bukan kabupaten/kota"]);
}

#[test]
fn a_desa_under_a_kabupaten_is_told_to_name_its_kecamatan() {
    with_kecamatan(Some((
        "regions/banten/sukamanah.yaml",
        "name: Desa Sukamanah\nlevel: desa\nparent: lebak\n",
    )))
    .only_error()
    .assert_at("regions/banten/sukamanah.yaml", 3, 9)
    .message_has(&["`lebak` is a kabupaten, not a kecamatan"])
    .help_has(&["`rangkasbitung`"]);
}

/// Regression: a kecamatan elsewhere whose name looks like the parent's
/// (`lebakwangi`) was offered instead of the kecamatan under it.
#[test]
fn a_desa_under_a_kabupaten_is_offered_its_kecamatan_not_a_look_alike() {
    let outcome = load_with(|root| {
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
    let error = outcome.only_error();
    error.help_has(&["`rangkasbitung`"]);
    assert!(!error.help.contains("lebakwangi"), "{}", error.shown);
}

#[test]
fn a_kabupaten_under_a_kecamatan_is_told_its_province() {
    with_kecamatan(Some((
        "regions/banten/serang.yaml",
        "name: Kabupaten Serang\nlevel: kabupaten\nparent: rangkasbitung\n",
    )))
    .only_error()
    .message_has(&["`rangkasbitung` is a kecamatan, not a provinsi"])
    .help_has(&["provinsi it belongs to: `banten`"]);
}

#[test]
fn a_kecamatan_code_needs_three_parts() {
    load_with_file(
        RANGKASBITUNG_PATH,
        "name: Kecamatan Rangkasbitung\nlevel: kecamatan\nparent: lebak\ncode: \"36.02\"\n",
    )
    .only_error()
    .assert_at(RANGKASBITUNG_PATH, 4, 7)
    .message_has(&["`36.02` on a kecamatan", "`NN.NN.NN`", "\"36.02.01\""]);
}

#[test]
fn a_desa_code_outside_its_kecamatan_is_an_error() {
    with_kecamatan(Some((
        "regions/banten/sukamanah.yaml",
        "name: Desa Sukamanah\nlevel: desa\nparent: rangkasbitung\ncode: \"36.02.02.2001\"\n",
    )))
    .only_error()
    .message_has(&["not under the parent's code `36.02.01`"])
    .help_has(&["starts with `36.02.01.`"]);
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 11, 10)
        .message_has(&["`javascript:alert(1)`", "`https://`"]);
}

#[test]
fn an_empty_summary_is_an_error() {
    let outcome = load_lebak("summary: Ringkasan berita.", "summary: \"\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 13, 14)
        .message_has(&["`summary` is empty"])
        .help_has(&["own words"]);
}

#[test]
fn an_empty_outlet_is_an_error() {
    let outcome = load_lebak("outlet: Banten Day", "outlet: \"\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 10, 13)
        .message_has(&["`outlet` is empty"])
        .help_has(&["`tidak diketahui`"]);
}

#[test]
fn a_missing_required_field_is_named() {
    let outcome = load_lebak("    title: Jumlah IKM Lebak\n", "");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 8, 5)
        .message_has(&["in news item 1 (`lebak-ikm-2019`)", "missing field `title`"])
        .help_has(&["add `title: "]);
}

#[test]
fn every_missing_required_field_is_reported() {
    let text = edit(LEBAK, "    title: Jumlah IKM Lebak\n", "");
    let text = edit(&text, "    outlet: Banten Day\n", "");
    let outcome = load_with_file(LEBAK_PATH, text);
    let messages: Vec<&str> = outcome
        .errors()
        .iter()
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(messages.len(), 2, "{}", outcome.text);
    assert!(
        messages.iter().any(|m| m.contains("`title`")),
        "{}",
        outcome.text
    );
    assert!(
        messages.iter().any(|m| m.contains("`outlet`")),
        "{}",
        outcome.text
    );
}

#[test]
fn a_value_with_separators_asks_for_a_plain_number() {
    let outcome = load_lebak("value: 15769", "value: 15.769,5x");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&[
            "`value` in news item 1 (`lebak-ikm-2019`), figure 1",
            "expected a number",
        ])
        .help_has(&["plain number", "thousands separators"]);
}

/// Issue 16: Indonesian thousands with a decimal comma are offered the
/// exact number, not a generic "write a plain number".
#[test]
fn a_value_with_thousands_dots_and_a_decimal_comma_gets_the_number() {
    load_lebak("value: 15769", "value: 15.769,5")
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["write `15769.5`"]);
}

/// Found by a new user: a type error read in English on an Indonesian
/// site, and a quoted `"15.769"` got only the generic help.
#[test]
fn a_quoted_number_with_thousands_dots_is_named_in_the_readers_language() {
    let outcome = load_lebak("value: 15769", "value: \"15.769\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&[
            "`value` in news item 1 (`lebak-ikm-2019`), figure 1",
            "found string \"15.769\", expected a number",
        ])
        .indonesian_has(&[
            "tertulis teks \"15.769\", padahal yang diharapkan angka",
            "tulis `15769`",
        ])
        .help_has(&["write `15769`"]);
}

#[test]
fn a_decimal_comma_asks_for_a_dot() {
    let outcome = load_lebak("value: 15769", "value: \"3,1\"");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["a dot, not a comma", "write `3.1`"]);
}

#[test]
fn a_number_followed_by_its_unit_asks_for_the_number_alone() {
    let outcome = load_lebak("value: 15769", "value: 15.769 unit");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["found string \"15.769 unit\", expected a number"])
        .indonesian_has(&["tulis angkanya saja: `15769`"])
        .help_has(&["the number alone: `15769`", "metrics.yaml"]);
}

#[test]
fn a_word_where_a_boolean_belongs_is_named_in_the_readers_language() {
    let outcome = load_lebak("value: 15769", "value: 15769\n        approx: ya");
    outcome
        .only_error()
        .message_has(&["found string \"ya\", expected `true` or `false`"])
        .indonesian_has(&["tertulis teks \"ya\", padahal yang diharapkan `true` atau `false`"])
        .help_has(&["`true` or `false`"]);
}

#[test]
fn a_sector_that_is_not_a_slug_is_an_error() {
    let outcome = load_lebak("sectors: [makanan]", "sectors: [Kopi Bubuk]");
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 14, 15)
        .message_has(&["`Kopi Bubuk`", "`sectors`", "slug"])
        .help_has(&["`kopi-bubuk`"]);
}

// ---------------------------------------------------------------------------
// site.yaml and metrics.yaml
// ---------------------------------------------------------------------------

#[test]
fn a_missing_site_yaml_is_an_error() {
    let outcome = load_with(|root| fs::remove_file(root.join("site.yaml")).unwrap());
    outcome
        .only_error()
        .assert_in_file("site.yaml")
        .message_has(&["missing", "site settings"])
        .help_has(&["`title:`", "`base_url:`"]);
}

#[test]
fn a_missing_metrics_yaml_is_an_error() {
    let outcome = load_with(|root| fs::remove_file(root.join("metrics.yaml")).unwrap());
    outcome
        .only_error()
        .assert_in_file("metrics.yaml")
        .message_has(&["missing", "metric"])
        .help_has(&["kind: count"]);
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
    outcome
        .only_error()
        .assert_at("site.yaml", 3, 11)
        .message_has(&["`/ikm/`", "not an absolute URL"])
        .help_has(&["https://owner.github.io/repo/"]);
}

#[test]
fn a_language_other_than_id_is_an_error() {
    let outcome = load_with_file("site.yaml", edit(SITE, "language: id", "language: en"));
    outcome
        .only_error()
        .assert_at("site.yaml", 4, 11)
        .message_has(&["`en`", "`id`"])
        .help_has(&["language: id"]);
}

#[test]
fn a_misspelt_metric_kind_suggests_count() {
    let outcome = load_with_file("metrics.yaml", edit(METRICS, "kind: count", "kind: cont"));
    outcome
        .only_error()
        .assert_at("metrics.yaml", 4, 9)
        .message_has(&["`cont`", "`count` or `percent`"])
        .help_has(&["did you mean `count`?"]);
}

#[test]
fn a_metric_id_that_is_not_snake_case_is_an_error() {
    let outcome = load_with_file("metrics.yaml", edit(METRICS, "jumlah_ikm:", "Jumlah-IKM:"));
    let errors = outcome.errors();
    assert!(!errors.is_empty(), "{}", outcome.text);
    errors[0]
        .assert_at("metrics.yaml", 1, 1)
        .message_has(&["`Jumlah-IKM`", "lower-case"])
        .help_has(&["`jumlah_ikm`"]);
}

// ---------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------

#[test]
fn a_page_without_front_matter_is_an_error() {
    let outcome = load_with_file(PAGE_PATH, "# Tentang\n\nIsi halaman.\n");
    outcome
        .only_error()
        .assert_at(PAGE_PATH, 1, 1)
        .message_has(&["no front matter", "`---`", "`title`"])
        .help_has(&["---\ntitle:"]);
}

#[test]
fn a_page_named_after_a_site_section_is_an_error() {
    let outcome = load_with_file("pages/berita.md", "---\ntitle: Berita\n---\nIsi.\n");
    outcome
        .only_error()
        .assert_at("pages/berita.md", 1, 1)
        .message_has(&["`berita`", "its own pages"])
        .help_has(&["another file name", "berita"]);
}

#[test]
fn a_page_without_a_title_is_an_error() {
    let outcome = load_with_file(PAGE_PATH, "---\ndescription: Tentang situs.\n---\nIsi.\n");
    outcome
        .only_error()
        .assert_at(PAGE_PATH, 2, 1)
        .message_has(&["missing field `title`"])
        .indonesian_has(&["kolom `title` belum ada"])
        .help_has(&["add the field"]);
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
    assert!(
        outcome.text.ends_with("4 errors; nothing was written"),
        "{}",
        outcome.text
    );
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
    let errors: Vec<(usize, &str)> = outcome
        .errors()
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(errors.len(), 3, "{}", outcome.text);
    assert!(
        errors[0].0 == 4 && errors[0].1.contains("`bantenn`"),
        "{}",
        outcome.text
    );
    assert!(
        errors[1].0 == 10
            && errors[1]
                .1
                .contains("`outlte` in news item 1 (`lebak-ikm-2019`)"),
        "{}",
        outcome.text
    );
    assert!(
        errors[2].0 == 12 && errors[2].1.contains("`2019-13-01`"),
        "{}",
        outcome.text
    );
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 10, 5)
        .message_has(&["`outlte` in news item 1 (`lebak-ikm-2019`)"]);
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
    warning
        .assert_at(LEBAK_PATH, 17, 9)
        .message_has(&["`jumlah_ikm`", "2019-07", "differ"])
        .help_has(&["lebak.yaml:27"]);
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
    outcome
        .only_error()
        .assert_at("site.yaml", 5, 8)
        .message_has(&["`https://ikm.example.id/`", "bare domain"])
        .help_has(&["cname: ikm.example.id"]);
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
    load_with_file("regions/banten/serang.yaml.txt", SERANG)
        .only_error()
        .assert_in_file("regions/banten/serang.yaml.txt")
        .message_has(&["`serang.yaml.txt`", "ending in `.yaml`"])
        .help_has(&["`serang.yaml`"]);
}

#[test]
fn a_region_with_an_upper_case_extension_is_an_error() {
    load_with_file("regions/banten/serang.YAML", SERANG)
        .only_error()
        .assert_in_file("regions/banten/serang.YAML")
        .message_has(&["`serang.YAML`", "(lower case)"])
        .help_has(&["`serang.yaml`"]);
}

#[test]
fn a_region_file_outside_regions_is_named_in_a_warning() {
    let outcome = load_with_file("serang.yaml", SERANG);
    only_warning(&outcome)
        .assert_in_file("serang.yaml")
        .message_has(&["not read", "`regions/`"])
        .help_has(&["`regions/serang.yaml`"]);
}

#[test]
fn another_file_in_regions_is_named_in_a_warning() {
    let outcome = load_with_file("regions/banten/catatan.txt", "catatan");
    only_warning(&outcome)
        .assert_in_file("regions/banten/catatan.txt")
        .message_has(&["not read", "`.yaml`"]);
}

#[test]
fn an_unknown_folder_is_named_in_a_warning() {
    let outcome = load_with_file("arsip/lebak-lama.yaml", LEBAK);
    only_warning(&outcome)
        .assert_in_file("arsip")
        .message_has(&["not read", "`regions/` and `pages/`"]);
}

#[test]
fn a_page_with_an_upper_case_extension_is_an_error() {
    load_with_file("pages/Metode.MD", "---\ntitle: Metode\n---\nIsi.\n")
        .only_error()
        .assert_in_file("pages/Metode.MD")
        .message_has(&["`Metode.MD`"])
        .help_has(&["`metode.md`"]);
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
        .assert_in_file("regions/banten/serang.yaml")
        .message_has(&["symbolic link", "never followed"])
        .help_has(&["copy"]);
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
    outcome
        .only_error()
        .assert_in_file("site.yaml")
        .message_has(&["symbolic link"]);
    assert!(!outcome.text.contains("rahasia"), "{}", outcome.text);
}

#[test]
fn a_regions_folder_linked_to_the_root_is_refused_and_not_walked() {
    let outcome = load_with(|root| {
        fs::rename(root.join("regions"), root.join("wilayah-lama")).unwrap();
        std::os::unix::fs::symlink("/", root.join("regions")).unwrap()
    });
    let errors = outcome.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.file == "regions" && e.message.contains("symbolic link")),
        "{}",
        outcome.text
    );
    assert!(!outcome.text.contains("etc"), "{}", outcome.text);
}

#[test]
fn a_content_file_over_the_size_limit_is_refused_before_reading() {
    let outcome = load_with(|root| {
        let file = fs::File::create(root.join("regions/banten/besar.yaml")).unwrap();
        file.set_len(3 << 30).unwrap();
    });
    outcome
        .only_error()
        .assert_in_file("regions/banten/besar.yaml")
        .message_has(&["3221225472 bytes", "at most 10 MB"]);
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
}

// ---------------------------------------------------------------------------
// Values read as their authors meant them
// ---------------------------------------------------------------------------

#[test]
fn a_count_written_with_thousands_dots_is_refused_with_the_number() {
    // YAML reads `21.000` as the float 21: the page would show "21".
    load_lebak("value: 15769", "value: 21.000")
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["`21.000`", "reads as 21", "without thousands dots"])
        .help_has(&["`21000`"])
        .indonesian_has(&[
            "kesalahan: regions/banten/lebak.yaml:18:16: tertulis `21.000`, yang dibaca YAML sebagai 21",
            "= saran: dalam YAML titik adalah tanda desimal, bukan pemisah ribuan: tulis `21000`",
        ]);
}

#[test]
fn a_range_written_with_thousands_dots_is_refused_at_each_end() {
    let outcome = load_lebak("value: 15769", "range: [16.000, 16.500]");
    let errors = outcome.errors();
    assert_eq!(errors.len(), 2, "{}", outcome.text);
    errors[0]
        .assert_at(LEBAK_PATH, 18, 17)
        .help_has(&["`16000`"]);
    errors[1]
        .assert_at(LEBAK_PATH, 18, 25)
        .help_has(&["`16500`"]);
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
    errors[0]
        .assert_at(LEBAK_PATH, 18, 17)
        .message_has(&["`1.500`", "reads as 1.5", "may mean 1500"])
        .help_has(&["write `1500`", "`1.5` if it means the decimal"])
        .indonesian_has(&[
            "tertulis `1.500`, yang dibaca YAML sebagai 1.5",
            "tulis `1500` bila artikel menyebut 1500, atau `1.5`",
        ]);
    errors[1]
        .assert_at(LEBAK_PATH, 18, 24)
        .help_has(&["write `2000`", "`2` if it means the decimal"]);
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
    percent("3.125")
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["`3125`", "`3.1250` if it means the decimal 3.125"]);
    percent("3.1250").assert_loaded();
    // `0.035` is no thousands: it keeps its own warning (3,5% meant?).
    percent("0.035").assert_loaded();
}

/// Issue 16: in a flow mapping the value ends at `}`, and the help fell
/// back to "write a plain number".
#[test]
fn a_millions_count_in_a_flow_mapping_gets_the_number() {
    load_lebak(
        "- metric: jumlah_ikm\n        value: 15769",
        "- {metric: jumlah_ikm, value: 1.234.567}",
    )
    .only_error()
    .assert_at(LEBAK_PATH, 17, 37)
    .help_has(&["write `1234567`"]);
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
    errors[0]
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["write `1234567`"]);
    errors[1].assert_at(LEBAK_PATH, 19, 9).help_has(&["`note`"]);
}

/// Issue 16: `check` offered a count with two decimals its thousands,
/// a number 1000 times too big.
#[test]
fn a_count_with_decimals_is_not_offered_a_thousand_times_more() {
    let outcome = load_lebak("value: 15769", "value: 64099460295929.01");
    let error = outcome.only_error();
    error
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["whole number"]);
    assert!(
        !error.help.contains("64099460295929010"),
        "{}",
        outcome.text
    );
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
    errors[1]
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["write `1500`"]);
}

/// A number with more digits than YAML keeps would be published as other
/// digits: refused, with what YAML reads (`draft` never writes one).
#[test]
fn a_value_with_more_digits_than_yaml_keeps_is_refused() {
    load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        range: [1.5, 3.14159265358979323846]",
    )
    .only_error()
    .assert_at(LEBAK_PATH, 18, 22)
    .message_has(&["`3.14159265358979323846`", "reads as 3.141592653589793"])
    .help_has(&["write `3.141592653589793`"])
    .indonesian_has(&["yang dibaca YAML sebagai 3.141592653589793"]);
}

#[test]
fn a_millions_count_with_two_dots_gets_the_number() {
    // `1.234.567` is not a YAML number at all but text.
    load_lebak("value: 15769", "value: 1.234.567")
        .only_error()
        .assert_at(LEBAK_PATH, 18, 16)
        .help_has(&["`1234567`"])
        .indonesian_has(&["tulis `1234567`"]);
}

#[test]
fn a_required_field_given_as_null_is_missing() {
    load_lebak("outlet: Banten Day", "outlet: ~")
        .only_error()
        .assert_at(LEBAK_PATH, 10, 13)
        .message_has(&["missing a value for `outlet`", "`~`"])
        .help_has(&["quotes"]);
}

#[test]
fn a_required_field_left_empty_is_missing() {
    load_lebak("title: Jumlah IKM Lebak", "title:")
        .only_error()
        .assert_at(LEBAK_PATH, 9, 5)
        .message_has(&["missing a value for `title`", "nothing follows"]);
}

#[test]
fn a_percent_below_one_warns_with_the_percent_meant() {
    let outcome = load_lebak(
        "metric: jumlah_ikm\n        value: 15769",
        "metric: pertumbuhan_ikm\n        value: 0.035",
    );
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 18, 16)
        .message_has(&["`0.035`", "did you mean 3,5%?"])
        .help_has(&["`3.5`"]);
}

#[test]
fn a_date_after_today_warns() {
    let outcome = load_lebak("published: 2019-07-18", "published: 2099-07-18");
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 12, 16)
        .message_has(&["`2099-07-18`", "after today"])
        .help_has(&["typo"]);
}

#[test]
fn an_as_of_after_its_article_warns() {
    let outcome = load_lebak("value: 15769", "value: 15769\n        as_of: 2020");
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 19, 16)
        .message_has(&["`as_of: 2020`", "after the article's date `2019-07-18`"]);
}

#[test]
fn an_as_of_in_the_articles_year_is_fine() {
    load_lebak("value: 15769", "value: 15769\n        as_of: 2019").assert_loaded();
}

#[test]
fn a_year_that_cannot_be_right_is_an_error() {
    load_lebak("published: 2019-07-18", "published: 0000-07-18")
        .only_error()
        .assert_at(LEBAK_PATH, 12, 16)
        .message_has(&["year 0000", "from 1900 to 2100"]);
}

#[test]
fn an_id_longer_than_the_limit_is_an_error_at_check() {
    let long = "a".repeat(256);
    load_lebak("id: lebak-ikm-2019", &format!("id: {long}"))
        .only_error()
        .assert_at(LEBAK_PATH, 8, 9)
        .message_has(&["256 characters", "at most 80"]);
}

#[test]
fn a_region_file_name_longer_than_the_limit_is_an_error() {
    let name = format!("regions/banten/{}.yaml", "a".repeat(200));
    load_with_file(&name, SERANG)
        .only_error()
        .message_has(&["200 characters", "at most 80"]);
}

#[test]
fn thousands_of_topics_on_one_item_are_refused() {
    let topics: Vec<String> = (0..6000).map(|i| format!("t{i}")).collect();
    load_lebak(
        "topics: [ritel]",
        &format!("topics: [{}]", topics.join(", ")),
    )
    .only_error()
    .message_has(&["6000 topics", "at most 12"]);
}

#[test]
fn a_summary_of_hundreds_of_kilobytes_is_refused() {
    let long = "kata ".repeat(40_000);
    load_lebak("summary: Ringkasan berita.", &format!("summary: {long}"))
        .only_error()
        .assert_at(LEBAK_PATH, 13, 14)
        .message_has(&["199999 bytes", "at most 20000"]);
}

// ---------------------------------------------------------------------------
// Markdown within limits
// ---------------------------------------------------------------------------

#[test]
fn a_summary_nested_too_deep_is_refused_at_its_line() {
    let deep = format!("|\n      Pembuka.\n\n      {}isi", ">".repeat(5_000));
    load_lebak("summary: Ringkasan berita.", &format!("summary: {deep}"))
        .only_error()
        .assert_at(LEBAK_PATH, 16, 7)
        .message_has(&["`summary` in news item 1", "more than 16 levels"])
        .help_has(&["`>`"]);
}

#[test]
fn a_page_nested_too_deep_is_refused_at_its_line() {
    let page = format!(
        "---\ntitle: Tentang\n---\nIsi.\n\n{}x\n",
        "- ".repeat(25_000)
    );
    load_with_file(PAGE_PATH, page)
        .only_error()
        .assert_at(PAGE_PATH, 6, 1)
        .message_has(&["more than 16 levels"]);
}

#[test]
fn a_page_over_the_size_limit_is_refused() {
    let page = format!("---\ntitle: Tentang\n---\n{}\n", "kata ".repeat(30_000));
    load_with_file(PAGE_PATH, page)
        .only_error()
        .assert_at(PAGE_PATH, 4, 1)
        .message_has(&["150001 bytes", "at most 100000"]);
}

#[test]
fn a_page_named_like_the_search_page_is_an_error() {
    load_with_file("pages/cari.md", "---\ntitle: Cari\n---\nIsi.\n")
        .only_error()
        .assert_at("pages/cari.md", 1, 1)
        .message_has(&["`cari`"]);
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
    outcome
        .only_error()
        .assert_at(LEBAK_PATH, 14, 24)
        .message_has(&["`kerajnan`", "sectors.yaml does not list"])
        .help_has(&["did you mean `kerajinan`?"]);
}

#[test]
fn a_vocabulary_entry_that_is_not_a_slug_is_an_error() {
    load_with_file("topics.yaml", "ritel: Ritel\nRitel Modern: Ritel modern\n")
        .only_error()
        .assert_at("topics.yaml", 2, 1)
        .message_has(&["topic `Ritel Modern`"])
        .help_has(&["`ritel-modern`"]);
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
    let found = only_warning(&outcome);
    found
        .assert_at("regions/banten/serang.yaml", 9, 15)
        .message_has(&["`makanann` only here", "`makanan` at", "lebak.yaml:14"])
        .help_has(&["sectors.yaml"]);
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
    load_lebak("    outlet: Banten Day", "   outlet: Banten Day")
        .only_error()
        .assert_at(LEBAK_PATH, 10, 4)
        .message_has(&["line 10 is indented 3 spaces", "indented 4 spaces"])
        .help_has(&["indent line 10 by 1 space", "`    outlet: Banten Day`"])
        .indonesian_has(&[
            "baris 10 menjorok 3 spasi, padahal baris-baris kelompoknya menjorok 4 spasi",
            "geser baris 10 ke kanan 1 spasi agar sejajar: `    outlet: Banten Day`",
        ]);
}

#[test]
fn a_field_indented_too_deep_is_named_with_how_much() {
    let outcome = load_lebak("        value: 15769", "          value: 15769");
    let found = outcome.only_error();
    found
        .assert_at(LEBAK_PATH, 18, 11)
        .message_has(&[
            "line 18 is indented 10 spaces",
            "indented 8 spaces (as on line 17)",
        ])
        .help_has(&["outdent line 18 by 2 spaces"]);
    assert!(!found.help.contains("quote"), "{}", found.shown);
}

#[test]
fn a_tab_in_the_indentation_is_named_at_its_column() {
    load_lebak("    outlet: Banten Day", "\toutlet: Banten Day")
        .only_error()
        .assert_at(LEBAK_PATH, 10, 1)
        .message_has(&["a tab at column 1"])
        .help_has(&["spaces"])
        .indonesian_has(&["ada tab di kolom 1 pada indentasi"]);
}

#[test]
fn a_c1_control_character_is_reported_at_its_own_line_and_column() {
    load_lebak(
        "summary: Ringkasan berita.",
        "summary: Ringkasan\u{85} berita.",
    )
    .only_error()
    .assert_at(LEBAK_PATH, 13, 23)
    .message_has(&["U+0085"])
    .help_has(&["delete it"]);
}

#[test]
fn a_field_without_a_space_after_the_colon_is_named() {
    load_lebak("    outlet: Banten Day", "    outlet:Banten Day")
        .only_error()
        .assert_at(LEBAK_PATH, 10, 12)
        .message_has(&["`outlet:Banten Day`", "no space after the colon"])
        .help_has(&["`outlet: Banten Day`"]);
}

#[test]
fn a_colon_inside_a_title_still_gets_the_quoting_hint() {
    load_lebak("title: Jumlah IKM Lebak", "title: Lebak: IKM tumbuh")
        .only_error()
        .assert_at(LEBAK_PATH, 9, 17)
        .help_has(&["quote a value that contains `: `"]);
}

// ---------------------------------------------------------------------------
// Warnings worth a second look, and acknowledging them
// ---------------------------------------------------------------------------

#[test]
fn a_figure_without_any_date_is_a_warning() {
    let found = load_lebak("    published: 2019-07-18\n", "");
    only_warning(&found)
        .assert_at(LEBAK_PATH, 16, 9)
        .message_has(&["`jumlah_ikm`", "no date"])
        .help_has(&["`published`", "`as_of`", "checked: [figure-undated]"]);
}

#[test]
fn a_news_item_without_a_url_is_a_warning() {
    let found = load_lebak("    url: https://example.test/berita/lebak\n", "");
    only_warning(&found)
        .assert_at(LEBAK_PATH, 8, 9)
        .message_has(&["`lebak-ikm-2019`", "no `url`"])
        .help_has(&["checked: [news-without-url]"]);
}

#[test]
fn a_region_without_news_is_a_warning() {
    let outcome = load_with_file(LEBAK_PATH, LEBAK.split("news:").next().unwrap());
    outcome.assert_loaded();
    // Banten's only news was Lebak's, so the province is empty too.
    let names: Vec<&str> = outcome.found.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(names, [BANTEN_PATH, LEBAK_PATH], "{}", outcome.text);
    outcome.found[1]
        .assert_at(LEBAK_PATH, 1, 7)
        .message_has(&["Kabupaten Lebak has no news"])
        .help_has(&["new news --region lebak", "checked: [region-without-news]"]);
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
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 26, 9)
        .message_has(&["`jumlah_ikm`", "15769", "1577", "-90%"])
        .help_has(&["lebak.yaml:17", "checked: [metric-jump]"])
        .indonesian_has(&["berubah dari 15769 menjadi 1577 (-90%)"]);
    // A change within half is ordinary.
    let ordinary = load_with_file(LEBAK_PATH, lebak_with_later_count("16500", ""));
    ordinary.assert_loaded();
    assert!(ordinary.found.is_empty(), "{}", ordinary.text);
}

#[test]
fn an_acknowledged_warning_is_not_repeated_and_a_stale_one_is_named() {
    let acknowledged = lebak_with_later_count("1577", "        checked: [metric-jump]\n");
    let outcome = load_with_file(LEBAK_PATH, &acknowledged);
    assert!(outcome.found.is_empty(), "{}", outcome.text);

    // The figure is corrected: the acknowledgement no longer matches anything.
    let stale = acknowledged.replace("value: 1577", "value: 15800");
    let outcome = load_with_file(LEBAK_PATH, stale);
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 26, 9)
        .message_has(&["acknowledges `metric-jump`", "no such warning"])
        .help_has(&["remove `metric-jump`"]);
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
    load_lebak(
        "        value: 15769\n",
        "        value: 15769\n        checked: [conflikt]\n",
    )
    .only_error()
    .assert_at(LEBAK_PATH, 19, 19)
    .message_has(&["`conflikt`", "`checked`"])
    .help_has(&["did you mean `conflict`?"]);
    load_lebak(
        "    summary: Ringkasan berita.\n",
        "    summary: Ringkasan berita.\n    checked: [conflict]\n",
    )
    .only_error()
    .message_has(&["`conflict`"])
    .help_has(&["news-without-url"]);
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
    only_warning(&outcome)
        .assert_at(LEBAK_PATH, 26, 9)
        .message_has(&["`jumlah_ikm`", "2019", "overlap", "both may be right"])
        .indonesian_has(&["bertumpang tindih", "keduanya bisa benar"])
        .help_has(&["lebak.yaml:17", "checked: [period-overlap]"]);
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
    only_warning(&load_with_file(LEBAK_PATH, same_url))
        .assert_at(LEBAK_PATH, 19, 9)
        .message_has(&["`lebak-lagi`", "`lebak-ikm-2019`", "same article"])
        .indonesian_has(&["artikel yang sama"])
        .help_has(&["lebak.yaml:8", "checked: [news-repeated]"]);
    // The same title and outlet, with another address.
    let same_title =
        lebak_with_second_item("https://example.test/berita/lain", "jumlah  IKM Lebak", "");
    only_warning(&load_with_file(LEBAK_PATH, same_title))
        .assert_at(LEBAK_PATH, 19, 9)
        .message_has(&["`lebak-lagi`", "`lebak-ikm-2019`"]);
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
