//! A region file's text to its raw shape: the fields it may hold, checked
//! on the span tree so every misspelt one is reported, and the positions
//! of its values kept once the tree itself is dropped.

use std::path::Path;

use super::super::parsed::Parsed;
use super::RegionFile;
use crate::content::raw::{RawRegion, FIGURE_FIELDS, NEWS_FIELDS, REGION_FIELDS};
use crate::content::source::{self, Source};
use crate::content::spans::{Positions, YamlPath};
use crate::content::yaml::{check_keys, check_required, for_each_item, FileKind};
use crate::diagnostics::Diagnostics;
use crate::model::number::{self, without_thousands_dots};
use crate::msg;

/// Reads and parses the region file at `path`.
pub fn parse(path: &Path) -> Result<RegionFile, Diagnostics> {
    parse_source(source::read(path)?)
}

/// Parses a region file's text; its slug is the file's name.
pub fn parse_source(source: Source) -> Result<RegionFile, Diagnostics> {
    let slug = source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parsed = super::super::parsed::parse_source::<RawRegion>(
        source,
        &FileKind {
            what: || msg!("kind-region"),
            starter: "name: Kabupaten …\nlevel: kabupaten\nparent: <slug of its provinsi file>",
        },
        |tree, out| {
            let root = YamlPath::root();
            check_keys(tree, &root, REGION_FIELDS, out);
            check_required(tree, &root, REGION_FIELDS, &["name", "level"], out);
            for_each_item(tree, &root.key("news"), |news| {
                check_keys(tree, &news, NEWS_FIELDS, out);
                check_required(
                    tree,
                    &news,
                    NEWS_FIELDS,
                    &["id", "title", "outlet", "summary"],
                    out,
                );
                for_each_item(tree, &news.key("figures"), |figure| {
                    check_keys(tree, &figure, FIGURE_FIELDS, out);
                    check_required(tree, &figure, FIGURE_FIELDS, &["metric"], out);
                });
            });
        },
    )?;
    let Parsed {
        source,
        tree,
        raw,
        misspelt,
    } = parsed;
    // Numbers with thousands dots keep their text for the check in `build`,
    // which needs the metric's kind; `21.000` parses as twenty-one.
    // So do numbers with more digits than YAML keeps, for the same check,
    // and the same numbers below zero (a percent may be negative).
    let positions = Positions::of(&tree, |text| {
        let digits = text.strip_prefix('-').unwrap_or(text);
        without_thousands_dots(digits).is_some() || number::read_otherwise(digits).is_some()
    });
    Ok(RegionFile {
        slug,
        source,
        positions,
        raw,
        misspelt,
    })
}
