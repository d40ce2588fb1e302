//! The site's data for download: every figure in one file as CSV, JSON and
//! XLSX (`data/angka.*`), one CSV per region (`data/wilayah/SLUG.csv`) and
//! a Frictionless description of them (`data/datapackage.json`). Every
//! file is made from the one list of columns in [`columns`], which the
//! Data page shows too.
//!
//! The whole-site files are written row by row into the writer the sink
//! gives ([`write_figures`]), straight from the model: at desa scale they
//! hold hundreds of thousands of rows, and neither a list of rows nor the
//! whole file is kept in memory on the way to the disk.

pub mod columns;
pub mod package;
pub mod tables;

use std::io::Write;

use super::kit::{Kit, RenderError};
use super::route::{DataFormat, Route};
use crate::model::{FigureId, RegionId, Site};
use crate::msg;

/// Every figure of the site in the files' order: region by region, in the
/// model's order of regions, and within a region as its page lists them
/// (by metric, then period). So `angka.csv` is the region files one after
/// another, under one header.
fn every_figure(site: &Site) -> impl Iterator<Item = FigureId> + '_ {
    site.figures_of_region.iter().flatten().copied()
}

fn failed(site: &Site, route: &Route, error: impl std::fmt::Display) -> RenderError {
    RenderError(msg!(
        "data-file-failed",
        file = route.file(site),
        error = error.to_string()
    ))
}

/// Writes the file of every figure in `format` into `out`.
pub fn write_figures(
    kit: &Kit,
    format: DataFormat,
    out: &mut dyn Write,
) -> Result<(), RenderError> {
    let site = kit.site;
    let route = Route::Figures(format);
    let rows = tables::rows_of(site, kit.urls, every_figure(site));
    match format {
        DataFormat::Csv => tables::write_csv(rows, out).map_err(|e| failed(site, &route, e)),
        DataFormat::Json => tables::write_json(rows, out).map_err(|e| failed(site, &route, e)),
        DataFormat::Xlsx => {
            let license = site.config.data_license;
            let license = format!("{} ({})", license.id, license.url);
            tables::write_xlsx(&site.config.title, &license, rows, out)
                .map_err(|e| failed(site, &route, e))
        }
    }
}

/// `data/wilayah/SLUG.csv`: the rows of `region`'s own figures.
pub fn region_csv(kit: &Kit, region: RegionId) -> Result<Vec<u8>, RenderError> {
    let site = kit.site;
    let figures = site.figures_of_region[region.index()].iter().copied();
    let mut out = Vec::new();
    tables::write_csv(tables::rows_of(site, kit.urls, figures), &mut out)
        .map_err(|e| failed(site, &Route::RegionData(region), e))?;
    Ok(out)
}

/// `data/datapackage.json`.
pub fn datapackage(kit: &Kit) -> Result<Vec<u8>, RenderError> {
    let mut out = serde_json::to_vec_pretty(&package::descriptor(kit.site))
        .map_err(|e| failed(kit.site, &Route::DataPackage, e))?;
    out.push(b'\n');
    Ok(out)
}
