//! Issue 20: every figure as CSV, JSON and XLSX (`data/angka.*`), one CSV
//! per region, `data/datapackage.json` and the Data page. The files are
//! read back with their own readers (the `csv` crate, `serde_json`,
//! calamine for the XLSX) and compared, row for row, with the region files
//! read as plain YAML, not through the site's model.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader};

/// One row as text, by column: what each file says, in one form.
type Row = BTreeMap<String, String>;

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Row>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

fn json_rows(bytes: &[u8]) -> Vec<Row> {
    let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|object| {
            object
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (k.clone(), text)
                })
                .collect()
        })
        .collect()
}

/// An Excel date serial as an ISO date.
fn iso_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (epoch + chrono::Duration::days(serial as i64))
        .format("%Y-%m-%d")
        .to_string()
}

fn xlsx_workbook(bytes: &[u8]) -> calamine::Xlsx<std::io::Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap()
}

fn xlsx_rows(bytes: &[u8]) -> (Vec<Vec<Data>>, Vec<Row>) {
    let range = xlsx_workbook(bytes).worksheet_range("angka").unwrap();
    let mut rows = range.rows();
    let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    let raw: Vec<Vec<Data>> = rows.map(<[Data]>::to_vec).collect();
    let text = raw
        .iter()
        .map(|cells| {
            header
                .iter()
                .cloned()
                .zip(cells.iter().map(|cell| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(v) => v.to_string(),
                    Data::Int(v) => v.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => iso_date(d.as_f64()),
                    other => panic!("unexpected cell {other:?}"),
                }))
                .collect()
        })
        .collect();
    (raw, text)
}

/// A YAML scalar as the files write it: a date or number as written.
fn scalar(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.as_f64().unwrap().to_string(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Null => String::new(),
        other => panic!("not a scalar: {other:?}"),
    }
}

/// Every figure of the region files under `content`, keyed by news id and
/// place in the item (from 1), with the columns the YAML itself states.
fn figures_in_yaml(content: &Path) -> BTreeMap<(String, String), Row> {
    let mut figures = BTreeMap::new();
    for entry in walkdir::WalkDir::new(content.join("regions")).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        let region: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        let slug = entry
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let field = |map: &serde_yaml::Value, key: &str| map.get(key).map(scalar);
        let Some(news) = region.get("news").and_then(|n| n.as_sequence()) else {
            continue;
        };
        for item in news {
            let id = field(item, "id").unwrap();
            let published = field(item, "published");
            let figures_of_item = item.get("figures").and_then(|f| f.as_sequence());
            for (at, figure) in figures_of_item.into_iter().flatten().enumerate() {
                let mut row = Row::new();
                let mut put = |k: &str, v: String| {
                    row.insert(k.to_string(), v);
                };
                put("slug_wilayah", slug.clone());
                put("nama_wilayah", field(&region, "name").unwrap());
                put("tingkat", field(&region, "level").unwrap());
                if let Some(code) = field(&region, "code") {
                    put("kode_wilayah", code);
                }
                put("id_berita", id.clone());
                put("urutan_angka", (at + 1).to_string());
                put("judul_berita", field(item, "title").unwrap());
                put("media", field(item, "outlet").unwrap());
                put("url_artikel", field(item, "url").unwrap_or_default());
                put("tanggal_berita", published.clone().unwrap_or_default());
                put("metrik", field(figure, "metric").unwrap());
                let baseline = field(figure, "baseline").is_some_and(|b| b == "true");
                put("nilai_awal", baseline.to_string());
                // `approx: true` is "sekitar"; a bound names its word.
                let approx = field(figure, "approx").filter(|a| a != "false");
                put("sekitar", approx.is_some().to_string());
                let words = match approx.as_deref() {
                    Some("true") => "sekitar",
                    Some("more_than") => "lebih dari",
                    Some("less_than") => "kurang dari",
                    Some("almost") => "hampir",
                    _ => "",
                };
                put("keterangan_nilai", words.to_string());
                put("catatan", field(figure, "note").unwrap_or_default());
                // A baseline's period is only its own `as_of`.
                // `as_of: unknown`: the article's date is not the period.
                let period = match field(figure, "as_of") {
                    Some(unknown) if unknown == "unknown" => None,
                    Some(as_of) => Some(as_of),
                    None => (!baseline).then(|| published.clone()).flatten(),
                };
                put("periode", period.unwrap_or_default());
                match figure.get("range").and_then(|r| r.as_sequence()) {
                    Some(range) => {
                        put("nilai", String::new());
                        put("nilai_bawah", scalar(&range[0]));
                        put("nilai_atas", scalar(&range[1]));
                    }
                    None => {
                        put("nilai", field(figure, "value").unwrap());
                        put("nilai_bawah", String::new());
                        put("nilai_atas", String::new());
                    }
                }
                figures.insert((id.clone(), (at + 1).to_string()), row);
            }
        }
    }
    figures
}

/// Every row of `rows` matches the figure of the YAML it names, column by
/// column, and there is one row per figure: no figure left out or repeated.
fn assert_rows_match_yaml(what: &str, rows: &[Row], yaml: &BTreeMap<(String, String), Row>) {
    assert_eq!(rows.len(), yaml.len(), "{what}: one row per figure");
    let mut seen = std::collections::BTreeSet::new();
    for row in rows {
        let key = (row["id_berita"].clone(), row["urutan_angka"].clone());
        let expected = yaml
            .get(&key)
            .unwrap_or_else(|| panic!("{what}: {key:?} is no figure of the YAML"));
        for (column, value) in expected {
            assert_eq!(&row[column], value, "{what}: {key:?}, column {column}");
        }
        assert!(seen.insert(key.clone()), "{what}: {key:?} twice");
    }
}

/// The three files of every figure, built from `content`, hold each figure
/// of its YAML once, with the values, periods, notes and sources the YAML
/// states; the CSV's header is the package's fields in order.
fn check_every_figure(content: &Path) -> common::Built {
    let built = common::build_into_temp(content, Some(common::BASE));
    let files = built.files();
    let yaml = figures_in_yaml(content);
    assert!(!yaml.is_empty());

    let (header, csv) = csv_rows(&files["data/angka.csv"]);
    assert_rows_match_yaml("angka.csv", &csv, &yaml);
    let json = json_rows(&files["data/angka.json"]);
    assert_rows_match_yaml("angka.json", &json, &yaml);
    let (_, xlsx) = xlsx_rows(&files["data/angka.xlsx"]);
    assert_rows_match_yaml("angka.xlsx", &xlsx, &yaml);
    // The three say the same, cell for cell and in the same order.
    assert_eq!(csv, json);
    assert_eq!(csv, xlsx);

    let package: serde_json::Value =
        serde_json::from_slice(&files["data/datapackage.json"]).unwrap();
    let fields: Vec<&str> = package["resources"][0]["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(header, fields);
    assert_eq!(package["resources"][0]["path"], "angka.csv");

    // Each region's CSV holds exactly its rows, and together they are
    // the whole file.
    let mut by_region: Vec<Row> = Vec::new();
    for (path, bytes) in files.range("data/wilayah/".to_string()..) {
        let Some(name) = path.strip_prefix("data/wilayah/") else {
            break;
        };
        let slug = name.strip_suffix(".csv").unwrap();
        let (region_header, rows) = csv_rows(bytes);
        assert_eq!(region_header, header);
        assert!(!rows.is_empty(), "{path} has no row");
        assert!(rows.iter().all(|r| r["slug_wilayah"] == slug), "{path}");
        by_region.extend(rows);
    }
    let sorted = |mut rows: Vec<Row>| {
        rows.sort();
        rows
    };
    assert_eq!(sorted(by_region), sorted(csv));
    built
}

#[test]
fn every_figure_of_the_shipped_content_is_one_row_in_each_file() {
    check_every_figure(&common::repo().join("content"));
}

/// The site fixture has Lebak's conflicts (the same period, other values),
/// ranges, approximate and undated figures, and a baseline.
#[test]
fn every_figure_of_the_conflicting_fixture_is_one_row_in_each_file() {
    let built = check_every_figure(&common::site_fixture());
    let (_, rows) = csv_rows(&built.files()["data/angka.csv"]);
    // Both sides of Lebak's conflict for 2015, each with its own source.
    let lebak_2015: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["slug_wilayah"] == "lebak" && r["metrik"] == "jumlah_ikm")
        .filter(|r| r["periode"] == "2015")
        .map(|r| (r["nilai"].as_str(), r["id_berita"].as_str()))
        .collect();
    let values: std::collections::BTreeSet<&str> = lebak_2015.iter().map(|(v, _)| *v).collect();
    assert_eq!(values, ["15372", "15454"].into(), "{lebak_2015:?}");
    assert!(lebak_2015[0].1 != lebak_2015[1].1, "{lebak_2015:?}");
    assert!(rows.iter().any(|r| r["nilai_awal"] == "true"));
    assert!(rows.iter().any(|r| !r["nilai_bawah"].is_empty()));
    assert!(rows.iter().any(|r| r["periode"].is_empty()));
}

/// The made-up fixture of `tests/fixtures/other/` (CRLF, a byte-order
/// mark, hostile HTML) and the one of every date precision.
#[test]
fn every_figure_of_the_other_fixtures_is_one_row_in_each_file() {
    for fixture in ["other", "order"] {
        check_every_figure(&common::repo().join(format!("tests/fixtures/{fixture}/content")));
    }
}

/// A region whose texts look like formulas, and one figure of each kind.
fn formula_site(root: &Path) {
    common::write_test_site(root);
    common::write_file(
        root,
        "regions/provinsi-uji.yaml",
        "name: Provinsi Uji\nlevel: provinsi\ncode: \"99\"\nchecked: [region-without-news]\n",
    );
    common::write_file(
        root,
        "regions/kabupaten-uji.yaml",
        r#"name: Kabupaten Uji
level: kabupaten
parent: provinsi-uji
code: "99.01"
news:
  - id: uji-rumus
    title: "=1+1"
    outlet: "@x"
    url: https://kabar.test/rumus
    published: "2019-07-18"
    summary: Ringkasan.
    figures:
      - metric: jumlah_ikm
        value: 15769
        note: "+62 812 3456"
      - metric: jumlah_ikm
        value: 700
        approx: true
        as_of: "2018"
        note: "-5"
      - metric: jumlah_ikm
        range: [30, 40]
        as_of: "2019-07"
        note: "=HYPERLINK(\"http://x.test\")"
"#,
    );
}

/// `=1+1`, `+62…`, `-5`, `@x` and `=HYPERLINK(…)` stay the same text in
/// all three files: no `'` added in the CSV or JSON, and string cells,
/// with no formula, in the XLSX; numbers stay numbers and a whole date is
/// a date.
#[test]
fn formula_looking_text_stays_text_in_all_three_files() {
    let dir = tempfile::tempdir().unwrap();
    formula_site(dir.path());
    let built = check_every_figure(dir.path());
    let files = built.files();
    let texts = [
        "=1+1",
        "@x",
        "+62 812 3456",
        "-5",
        "=HYPERLINK(\"http://x.test\")",
    ];

    let (_, csv) = csv_rows(&files["data/angka.csv"]);
    let json = json_rows(&files["data/angka.json"]);
    for rows in [&csv, &json] {
        let cells: Vec<&str> = rows
            .iter()
            .flat_map(|r| {
                [
                    r["judul_berita"].as_str(),
                    r["media"].as_str(),
                    r["catatan"].as_str(),
                ]
            })
            .collect();
        for text in texts {
            assert!(cells.contains(&text), "{text} in {cells:?}");
        }
    }

    let (raw, _) = xlsx_rows(&files["data/angka.xlsx"]);
    let strings: Vec<&str> = raw
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Data::String(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    for text in texts {
        assert!(strings.contains(&text), "{text} is no string cell");
    }
    // The number 15769 is a number, and the whole date a date.
    assert!(raw.iter().flatten().any(|c| *c == Data::Float(15769.0)));
    assert!(raw
        .iter()
        .flatten()
        .any(|c| matches!(c, Data::DateTime(d) if iso_date(d.as_f64()) == "2019-07-18")));
    // A year or a month stays text.
    assert!(strings.contains(&"2018") && strings.contains(&"2019-07"));

    let mut workbook = xlsx_workbook(&files["data/angka.xlsx"]);
    let formulas = workbook.worksheet_formula("angka").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "a cell became a formula"
    );
    // The header row is frozen: the sheet's pane starts below it.
    let sheet = xlsx_part(&files["data/angka.xlsx"], "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "{sheet}");
    assert!(
        sheet.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{}",
        &sheet[..sheet.len().min(2000)]
    );
}

/// One part of an XLSX (a zip) as text.
fn xlsx_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Two builds of the same content give the same bytes in every data file,
/// the XLSX included (its creation date is fixed); the second build,
/// into the same folder, also shows the streamed files were recorded as
/// the build's own.
#[test]
fn two_builds_give_byte_identical_data_files() {
    let dir = tempfile::tempdir().unwrap();
    let options = ikm_site::BuildOptions {
        content_dir: common::site_fixture(),
        output_dir: dir.path().join("public"),
        base_url: Some(common::BASE.to_string()),
    };
    let data = |root: &Path| -> BTreeMap<String, Vec<u8>> {
        common::files_of(root)
            .into_iter()
            .filter(|(path, _)| path.starts_with("data/"))
            .collect()
    };
    ikm_site::build(&options).unwrap();
    let first = data(&options.output_dir);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    ikm_site::build(&options).unwrap_or_else(|e| panic!("the second build failed:\n{e}"));
    let second = data(&options.output_dir);
    assert!(first.contains_key("data/angka.xlsx") && first.contains_key("data/wilayah/lebak.csv"));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(&second[path] == bytes, "{path} differs between two builds");
    }
}

/// Lebak's page links its own CSV and the Data page, which lists every
/// column, the licence and the official list's; the footer links the Data
/// page, and the sitemap lists it.
#[test]
fn the_region_page_links_its_csv_and_the_data_page_explains_the_files() {
    let built = common::build_into_temp(&common::site_fixture(), Some(common::BASE));
    let lebak = built.read("wilayah/lebak/index.html");
    assert!(
        lebak.contains(r#"<a href="/ikm/data/wilayah/lebak.csv">CSV</a>"#),
        "{lebak}"
    );
    assert!(lebak.contains(r#"<a href="/ikm/data/">"#));

    let page = built.read("data/index.html");
    let package: serde_json::Value =
        serde_json::from_str(&built.read("data/datapackage.json")).unwrap();
    for field in package["resources"][0]["schema"]["fields"]
        .as_array()
        .unwrap()
    {
        let name = field["name"].as_str().unwrap();
        assert!(page.contains(&format!("<code>{name}</code>")), "{name}");
    }
    for link in [
        "/ikm/data/angka.csv",
        "/ikm/data/angka.json",
        "/ikm/data/angka.xlsx",
        "/ikm/data/datapackage.json",
        "https://creativecommons.org/licenses/by/4.0/",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ] {
        assert!(page.contains(&format!("href=\"{link}\"")), "{link}");
    }
    assert!(page.contains(r#"id="cara-mengutip""#));
    assert!(built
        .read("sitemap-1.xml")
        .contains("https://example.test/ikm/data/"));
}

/// `data_license` chooses the licence the package and the Data page state.
#[test]
fn the_data_license_of_site_yaml_is_stated() {
    let dir = tempfile::tempdir().unwrap();
    formula_site(dir.path());
    let site = std::fs::read_to_string(dir.path().join("site.yaml")).unwrap();
    common::write_file(
        dir.path(),
        "site.yaml",
        &format!("{site}data_license: CC0-1.0\n"),
    );
    let built = common::build_into_temp(dir.path(), None);
    let package: serde_json::Value =
        serde_json::from_str(&built.read("data/datapackage.json")).unwrap();
    assert_eq!(package["licenses"][0]["name"], "CC0-1.0");
    assert_eq!(
        package["licenses"][0]["path"],
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );
    // Not checked against the official list: no ODbL source to credit.
    assert_eq!(package["sources"].as_array().unwrap().len(), 1);
    let page = built.read("data/index.html");
    assert!(page.contains("CC0 1.0 Universal") && !page.contains("idn-area-data"));
}

/// The package of the shipped content, whole: what a portal reads.
#[test]
fn the_datapackage_of_the_shipped_content() {
    let built = common::build_into_temp(&common::repo().join("content"), None);
    insta::assert_snapshot!(built.read("data/datapackage.json"));
}
