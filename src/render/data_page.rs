//! `data/`: the Data page. It says what each data file holds, lists their
//! columns from the same [`COLUMNS`] the files are written from (so the
//! page cannot describe a column the files lack), and states the licence
//! of the data and of the official list of regions.

use serde::Serialize;

use super::citation;
use super::format;
use super::kit::{Head, Kit, RenderError};
use super::open_data::columns::{Kind, COLUMNS, PRIMARY_KEY};
use super::open_data::package;
use super::placement::has_region_data;
use super::route::{DataFormat, Route};
use crate::model::OfficialList;

#[derive(Serialize)]
struct ColumnRow {
    name: &'static str,
    kind: &'static str,
    description: &'static str,
    values: Option<String>,
}

/// A column's kind in the page's words.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "teks",
        Kind::Url => "alamat (URL)",
        Kind::Number => "angka",
        Kind::Integer => "bilangan bulat",
        Kind::Boolean => "true atau false",
        Kind::PartialDate => "tanggal sebagian (teks)",
    }
}

#[derive(Serialize)]
struct License {
    id: &'static str,
    title: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct Files {
    csv: String,
    json: String,
    xlsx: String,
    package: String,
    /// An example region file: the first region with figures.
    example_region: Option<ExampleRegion>,
}

#[derive(Serialize)]
struct ExampleRegion {
    name: String,
    url: String,
    file: String,
}

pub fn data_page(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let link = |format| kit.link(&Route::Figures(format));
    let example_region = site
        .region_ids()
        .find(|&r| has_region_data(site, r))
        .map(|r| {
            let route = Route::RegionData(r);
            ExampleRegion {
                name: site.regions[r].name.clone(),
                url: kit.link(&route),
                file: route.file(site),
            }
        });
    let files = Files {
        csv: link(DataFormat::Csv),
        json: link(DataFormat::Json),
        xlsx: link(DataFormat::Xlsx),
        package: kit.link(&Route::DataPackage),
        example_region,
    };
    let columns: Vec<ColumnRow> = COLUMNS
        .iter()
        .map(|c| ColumnRow {
            name: c.name,
            kind: kind_label(c.kind),
            description: c.description,
            values: c.values.map(|v| v.join(", ")),
        })
        .collect();
    let license = site.config.data_license;
    let regions_with_data = site
        .region_ids()
        .filter(|&r| has_region_data(site, r))
        .count();
    let head = Head::titled("Data").described(
        "Semua angka situs ini dalam satu berkas CSV, JSON dan XLSX, per wilayah, dengan paket data Frictionless.",
    );
    let citation = citation::of(kit, &Route::DataPage, "Data", None);
    kit.page(&Route::DataPage, "data.html", head, |c| {
        c.insert("citation", &citation);
        c.insert("files", &files);
        c.insert("columns", &columns);
        c.insert("primary_key", &PRIMARY_KEY);
        c.insert("figure_total", &format::number(site.figures.len() as f64));
        c.insert(
            "regions_with_data",
            &format::number(regions_with_data as f64),
        );
        c.insert(
            "license",
            &License {
                id: license.id,
                title: license.title,
                url: license.url,
            },
        );
        c.insert(
            "official_list",
            &(site.config.official_list == OfficialList::Builtin),
        );
        c.insert("official_list_url", package::OFFICIAL_LIST_URL);
        c.insert("odbl_url", package::ODBL_URL);
    })
}
