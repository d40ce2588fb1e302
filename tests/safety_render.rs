//! What hostile content can do to the written site: nothing. Each test
//! builds a small content folder with one attack from issue 7 and reads the
//! pages and data files it produced.

mod common;

use std::fs;
use std::path::Path;

use ikm_site::messages::Lang;

/// Made-up regions: not checked against the official list.
const SITE: &str = "title: Uji\nbase_url: https://example.test/ikm/\nofficial_regions: false\n";
const METRICS: &str = "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\n";
const PROVINCE: &str = "name: Provinsi Uji\nlevel: provinsi\n";

/// A regency with two dated figures (so it has a chart and its CSV), whose
/// texts are given.
fn regency(region_summary: &str, outlet: &str, news_summary: &str) -> String {
    format!(
        "name: Kabupaten Uji\nlevel: kabupaten\nparent: provinsi-uji\nsummary: |\n  {region_summary}\nnews:\n  - id: satu\n    title: Satu\n    outlet: '{outlet}'\n    published: 2019\n    summary: |\n      {news_summary}\n    figures:\n      - metric: jumlah_ikm\n        value: 100\n  - id: dua\n    title: Dua\n    outlet: Kabar\n    published: 2020\n    summary: |\n      {news_summary}\n    figures:\n      - metric: jumlah_ikm\n        value: 120\n"
    )
}

fn content(dir: &Path, regency_file: &str) {
    let write = |relative: &str, text: &str| {
        let path = dir.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write("site.yaml", SITE);
    write("metrics.yaml", METRICS);
    write("regions/provinsi-uji.yaml", PROVINCE);
    write("regions/kabupaten-uji.yaml", regency_file);
}

#[test]
fn a_formula_in_an_outlet_is_inert_in_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(
        &root,
        &regency("Ringkasan.", "=HYPERLINK(\"http://x.test\",\"y\")", "Isi."),
    );
    let built = common::build_into_temp(&root, None);
    let csv: Vec<(String, String)> = built
        .files()
        .into_iter()
        .filter(|(name, _)| name.starts_with("data/") && name.ends_with(".csv"))
        // The charts' CSVs; the files of every figure keep text as written
        // (tests/open_data.rs).
        .filter(|(name, _)| !name.starts_with("data/angka.") && !name.starts_with("data/wilayah/"))
        .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
        .collect();
    assert!(!csv.is_empty(), "no CSV was written");
    let (name, text) = &csv[0];
    assert!(text.contains("'=HYPERLINK("), "{name}:\n{text}");
    assert!(!text.contains(",=HYPERLINK("), "{name}:\n{text}");
}

/// Issue 16, item 12: a spreadsheet in an Indonesian locale splits on `;`,
/// so `Lebak;=1+1;` (unquoted) became a cell `=1+1`. Read with a real CSV
/// parser on `,`, and split naively on `;` and on `,`, no cell may start
/// with a formula character.
#[test]
fn no_cell_starts_a_formula_under_either_separator() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let regency = regency("Ringkasan.", "Kabar, -2+3; @SUM(A1)", "Isi.")
        .replace("name: Kabupaten Uji", "name: 'Lebak;=1+1;'");
    content(&root, &regency);
    let built = common::build_into_temp(&root, None);
    let csv = built.read("data/wilayah-kabupaten-uji-jumlah_ikm.csv");
    let formula = |cell: &str| {
        cell.trim_start()
            .starts_with(['=', '+', '-', '@', '\t', '\r'])
    };

    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    for row in &rows {
        assert_eq!(&row[0], "Lebak;'=1+1;", "{csv}");
        assert!(!row.iter().any(formula), "{row:?}");
    }
    assert!(
        rows.iter().any(|row| &row[8] == "Kabar,' -2+3;' @SUM(A1)"),
        "{csv}"
    );

    for separator in [';', ','] {
        for line in csv.lines() {
            for cell in line.split(separator) {
                let cell = cell.strip_prefix('"').unwrap_or(cell);
                assert!(!formula(cell), "{separator:?} gives {cell:?} in {line}");
            }
        }
    }
}

#[test]
fn footnotes_never_take_a_layout_id_and_stay_unique_on_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    let lines = [
        "Angka[^isi] dan[^1].",
        "",
        "[^isi]: Catatan.",
        "",
        "[^1]: Lain.",
    ];
    let region_text = lines.join("\n  ");
    let news_text = lines.join("\n      ");
    content(&root, &regency(&region_text, "Kabar", &news_text));
    let built = common::build_into_temp(&root, None);
    let page = built.read("wilayah/kabupaten-uji/index.html");
    assert_eq!(
        page.matches("id=\"isi\"").count(),
        1,
        "only the layout's own #isi"
    );
    let mut ids: Vec<&str> = page
        .match_indices(" id=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "repeated ids: {ids:?}");
    common::assert_internal_links_resolve(&built.out(), "/ikm/");
}

/// Builds the small content folder with `templates/NAME` overrides beside it,
/// returning the render error's text.
fn build_with_templates(templates: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root, &regency("Ringkasan.", "Kabar", "Isi."));
    for (name, text) in templates {
        let path = dir.path().join("templates").join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    build_error(&root, dir.path())
}

/// The render error of building `root` into `dir/public`, as the binary
/// shows it in Indonesian and in English under a heading each, with `dir`
/// as `[TEMP]`: what the snapshots pin.
fn build_error(root: &Path, dir: &Path) -> String {
    let result = ikm_site::build(&ikm_site::BuildOptions {
        content_dir: root.to_path_buf(),
        output_dir: dir.join("public"),
        base_url: None,
    });
    let error = match result {
        Err(error @ ikm_site::BuildError::Render(_)) => error,
        other => panic!("expected a render error, got {other:?}"),
    };
    let shown = format!(
        "── Indonesian ──\n{}\n── English ──\n{}\n",
        error.shown(Lang::Id, false),
        error.shown(Lang::English, false)
    );
    common::redact_temp(&shown, dir)
}

#[test]
fn a_template_that_includes_itself_is_an_error_not_a_crash() {
    let error = build_with_templates(&[("404.html", "{% include \"404.html\" %}")]);
    insta::assert_snapshot!(error);
}

/// Issue 16, item 10: `base.html` extending itself aborted the process
/// (Tera followed the chain from `index.html` without end).
#[test]
fn a_template_that_extends_itself_is_an_error_not_a_crash() {
    let error = build_with_templates(&[("base.html", "{% extends \"base.html\" %}")]);
    insta::assert_snapshot!(error);
}

/// A macro file that imports itself aborted the build the same way, when
/// Tera gathered the macros of the first page.
#[test]
fn a_macro_file_that_imports_itself_is_an_error_not_a_crash() {
    let macros = format!(
        "{{% import \"macros.html\" as again %}}{}",
        include_str!("../templates/macros.html")
    );
    let error = build_with_templates(&[("macros.html", &macros)]);
    insta::assert_snapshot!(error);
}

#[test]
fn a_template_that_extends_a_missing_one_is_named_with_it() {
    let error = build_with_templates(&[("base.html", "{% extends \"tata-letak.html\" %}")]);
    insta::assert_snapshot!(error);
}

#[test]
fn a_recursive_macro_is_an_error_not_a_crash() {
    let error = build_with_templates(&[(
        "macros.html",
        "{% macro source(f) %}{{ self::source(f=f) }}{% endmacro source %}",
    )]);
    insta::assert_snapshot!(error);
}

#[test]
fn a_range_bomb_is_an_error_not_an_abort() {
    let error = build_with_templates(&[(
        "404.html",
        "{% for i in range(end=1000000000) %}{{ i }}{% endfor %}",
    )]);
    insta::assert_snapshot!(error);
}

#[test]
fn a_template_cannot_read_the_environment() {
    let error = build_with_templates(&[("404.html", "{{ get_env(name=\"PATH\") }}")]);
    insta::assert_snapshot!(error);
    let path = std::env::var("PATH").unwrap_or_default();
    assert!(path.is_empty() || !error.contains(&path), "{error}");
}

#[test]
fn a_symlinked_override_is_refused_and_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root, &regency("Ringkasan.", "Kabar", "Isi."));
    fs::create_dir_all(dir.path().join("static")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", dir.path().join("static/host.txt")).unwrap();
    // Refused while loading, as a problem of that file, with the content's.
    let result = ikm_site::build(&ikm_site::BuildOptions {
        content_dir: root.to_path_buf(),
        output_dir: dir.path().join("public"),
        base_url: None,
    });
    let Err(ikm_site::BuildError::Content(problems)) = result else {
        panic!("expected a content error, got {result:?}");
    };
    let shown = format!(
        "── Indonesian ──\n{}\n── English ──\n{}\n",
        problems.shown(Lang::Id),
        problems
    );
    insta::assert_snapshot!(common::redact_temp(&shown, dir.path()));
    assert!(!dir.path().join("public").exists());
}

/// Every refused override is named once, by the diagnostic's own file: a
/// template that is not UTF-8, one over the size limit, and a `static/`
/// that is a link (the messages used to repeat the path after it).
#[test]
fn each_refused_override_names_its_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root, &regency("Ringkasan.", "Kabar", "Isi."));
    let templates = dir.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(templates.join("base.html"), b"<p>caf\xe9</p>").unwrap();
    let large = fs::File::create(templates.join("besar.html")).unwrap();
    large.set_len(2 << 20).unwrap();
    fs::create_dir_all(dir.path().join("aset")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("aset"), dir.path().join("static")).unwrap();
    let result = ikm_site::build(&ikm_site::BuildOptions {
        content_dir: root.to_path_buf(),
        output_dir: dir.path().join("public"),
        base_url: None,
    });
    let Err(error @ ikm_site::BuildError::Content(_)) = result else {
        panic!("expected a content error, got {result:?}");
    };
    let shown = format!(
        "── Indonesian ──\n{}\n── English ──\n{}\n",
        error.shown(Lang::Id, false),
        error.shown(Lang::English, false)
    );
    let shown = common::redact_temp(&shown, dir.path());
    for line in shown
        .lines()
        .filter(|l| l.contains("[TEMP]/templates") || l.contains("[TEMP]/static"))
    {
        assert_eq!(line.matches("[TEMP]").count(), 1, "{line}");
    }
    insta::assert_snapshot!(shown);
    assert!(!dir.path().join("public").exists());
}

#[test]
fn a_static_file_that_would_shadow_a_page_is_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    content(&root, &regency("Ringkasan.", "Kabar", "Isi."));
    let shadow = dir.path().join("static/wilayah/kabupaten-uji/index.html");
    fs::create_dir_all(shadow.parent().unwrap()).unwrap();
    fs::write(&shadow, "<p>palsu</p>").unwrap();
    insta::assert_snapshot!(build_error(&root, dir.path()));
}

#[test]
fn every_top_level_folder_the_site_writes_is_reserved_for_it() {
    let built = common::build_into_temp(&common::repo().join("tests/fixtures/other/content"), None);
    let pages = ["metode"];
    for name in built.files().keys() {
        if let Some((top, _)) = name.split_once('/') {
            assert!(
                ikm_site::model::site::SECTION_NAMES.contains(&top) || pages.contains(&top),
                "the site writes into `{top}/`, which free pages may still take: add it to SECTION_NAMES"
            );
        }
    }
}

#[test]
fn a_page_that_fails_to_render_names_the_yaml_behind_it() {
    // The first failing route in plan order: the province, every time.
    let region = build_with_templates(&[("region.html", "{{ no_such_value }}")]);
    // The newest item, `dua` (2020), renders first in plan order; its id
    // is on line 16 of the file.
    let news = build_with_templates(&[("news.html", "{{ no_such_value }}")]);
    insta::assert_snapshot!(format!("{region}\n{news}"));
}
