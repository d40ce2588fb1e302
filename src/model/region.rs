//! Provinces, regencies and cities.

use std::fmt;

/// The administrative level of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Provinsi,
    Kabupaten,
    Kota,
}

impl Level {
    pub const NAMES: [&'static str; 3] = ["provinsi", "kabupaten", "kota"];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "provinsi" => Some(Level::Provinsi),
            "kabupaten" => Some(Level::Kabupaten),
            "kota" => Some(Level::Kota),
            _ => None,
        }
    }

    /// The level's name in Indonesian, capitalised for display.
    pub fn label(&self) -> &'static str {
        match self {
            Level::Provinsi => "Provinsi",
            Level::Kabupaten => "Kabupaten",
            Level::Kota => "Kota",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Level::NAMES[*self as usize])
    }
}

/// Index of a region in [`crate::model::Site::regions`].
pub type RegionId = usize;

/// One region file, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The file name without `.yaml`; the page's URL segment.
    pub slug: String,
    pub name: String,
    pub short_name: String,
    pub level: Level,
    pub parent: Option<RegionId>,
    pub code: Option<String>,
    /// Markdown source; rendering happens in `render`.
    pub summary: Option<String>,
    /// The region's news items, newest first, undated last.
    pub news: Vec<super::NewsId>,
    /// Sub-regions (for a province), sorted by name.
    pub children: Vec<RegionId>,
    /// The region's file, at its `name`.
    pub place: super::Place,
}
