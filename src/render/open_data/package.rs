//! `data/datapackage.json`: a Frictionless Data Package (v1, tabular) that
//! describes `angka.csv` for portals such as CKAN or Satu Data Indonesia:
//! every field with its type and description, the primary key, the
//! licence from `site.yaml` and the sources. Made from [`COLUMNS`] and the
//! settings alone, so an edit of a region file never changes it.

use serde_json::{json, Value};

use super::super::route::{DataFormat, Route};
use super::columns::{Kind, COLUMNS, PRIMARY_KEY};
use crate::model::site::section;
use crate::model::{OfficialList, Site};

/// The official list's home and licence, credited as a source when the
/// site was checked against it (its ODbL asks for the credit).
pub const OFFICIAL_LIST_URL: &str = "https://github.com/fityannugroho/idn-area-data";
pub const OFFICIAL_LIST_TITLE: &str = "idn-area-data 4.0.1 (daftar wilayah Kemendagri)";
pub const ODBL_URL: &str = "https://opendatacommons.org/licenses/odbl/1-0/";

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
const PARTIAL_DATE_PATTERN: &str = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

fn field(column: &super::columns::Column) -> Value {
    let mut field = json!({
        "name": column.name,
        "type": column.kind.frictionless(),
        "description": column.description,
    });
    let mut constraints = serde_json::Map::new();
    if let Some(values) = column.values {
        constraints.insert("enum".into(), json!(values));
    }
    match column.kind {
        Kind::Url => {
            field["format"] = json!("uri");
        }
        Kind::PartialDate => {
            constraints.insert("pattern".into(), json!(PARTIAL_DATE_PATTERN));
        }
        Kind::Integer => {
            constraints.insert("minimum".into(), json!(1));
        }
        // No minimum for numbers: a percent may be negative (a fall of
        // production, `-3.35`), and the kind column says which is which.
        Kind::Text | Kind::Boolean | Kind::Number => {}
    }
    if PRIMARY_KEY.contains(&column.name) || column.name == "url_angka" {
        constraints.insert("required".into(), json!(true));
    }
    if !constraints.is_empty() {
        field["constraints"] = Value::Object(constraints);
    }
    field
}

/// The package's `name`: lower-case letters, digits, `-`, `_` and `.`,
/// as the specification asks, from the site's title.
fn package_name(title: &str) -> String {
    let mut name = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "angka-ikm".to_string()
    } else {
        name.to_string()
    }
}

/// The descriptor, pretty-printed.
pub fn descriptor(site: &Site) -> Value {
    let config = &site.config;
    // Paths in a package are relative to the descriptor, which is in the
    // same folder as the files it describes.
    let folder = format!("{}/", section::DATA);
    let csv = Route::Figures(DataFormat::Csv).path(site);
    let csv = csv.strip_prefix(&folder).unwrap_or(&csv).to_string();
    let region_files = super::super::route::REGION_DATA_FOLDER;
    let license = config.data_license;
    let mut sources = vec![json!({
        "title": config.title,
        "path": config.base_url,
    })];
    if config.official_list == OfficialList::Builtin {
        sources.push(json!({
            "title": format!("{OFFICIAL_LIST_TITLE}, lisensi ODbL 1.0 ({ODBL_URL})"),
            "path": OFFICIAL_LIST_URL,
        }));
    }
    json!({
        "profile": "tabular-data-package",
        "name": package_name(&config.title),
        "title": config.title,
        "description": format!(
            "Setiap angka tentang industri kecil dan menengah (IKM) di situs {}, satu baris per angka, \
             dengan wilayah, periode dan berita sumbernya. Baris yang sama ada juga sebagai angka.json \
             (larik objek JSON) dan angka.xlsx (untuk lembar kerja), dan per wilayah sebagai \
             {region_files}/SLUG.csv dengan kolom yang sama.",
            config.title
        ),
        "homepage": config.base_url,
        "licenses": [{
            "name": license.id,
            "title": license.title,
            "path": license.url,
        }],
        "sources": sources,
        "resources": [{
            "name": "angka",
            "title": "Semua angka",
            "description": "Setiap angka situs ini, satu baris per angka. Nilai ditulis dalam satuan pada kolom satuan.",
            "path": csv,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {
                "delimiter": ",",
                "quoteChar": "\"",
                "doubleQuote": true,
                "lineTerminator": "\r\n",
                "header": true,
            },
            "schema": {
                "fields": COLUMNS.iter().map(field).collect::<Vec<_>>(),
                "primaryKey": PRIMARY_KEY,
                "missingValues": [""],
            },
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_package_name_is_made_of_the_allowed_characters() {
        assert_eq!(package_name("Kabar IKM Daerah"), "kabar-ikm-daerah");
        assert_eq!(package_name("  Angka — IKM!  "), "angka-ikm");
        assert_eq!(package_name("—"), "angka-ikm");
    }

    /// Found on the real content: Jawa Tengah's production fell 3,35% in
    /// 2017, and a `minimum: 0` on the value columns made `frictionless
    /// validate` refuse the shipped package.
    #[test]
    fn a_value_column_allows_a_negative_percent() {
        for column in super::super::columns::COLUMNS.iter().filter(|c| {
            c.name.starts_with("nilai") && c.kind == super::super::columns::Kind::Number
        }) {
            let described = field(column);
            assert!(
                described["constraints"].get("minimum").is_none(),
                "{}: {described}",
                column.name
            );
        }
    }
}
