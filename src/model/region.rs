//! Regions from the province down to the village, and their levels.

use std::fmt;

use super::ids::{NewsId, RegionId};

/// The administrative level of a region, from the Kemendagri hierarchy:
/// provinsi, then kabupaten or kota, then kecamatan, then desa or kelurahan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Provinsi,
    Kabupaten,
    Kota,
    Kecamatan,
    Desa,
    Kelurahan,
}

impl Level {
    /// The names a region file may give as its `level`, in the enum's order.
    pub const NAMES: [&'static str; 6] = [
        "provinsi",
        "kabupaten",
        "kota",
        "kecamatan",
        "desa",
        "kelurahan",
    ];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "provinsi" => Some(Level::Provinsi),
            "kabupaten" => Some(Level::Kabupaten),
            "kota" => Some(Level::Kota),
            "kecamatan" => Some(Level::Kecamatan),
            "desa" => Some(Level::Desa),
            "kelurahan" => Some(Level::Kelurahan),
            _ => None,
        }
    }

    /// The level's name in Indonesian, capitalised for display.
    pub fn label(&self) -> &'static str {
        match self {
            Level::Provinsi => "Provinsi",
            Level::Kabupaten => "Kabupaten",
            Level::Kota => "Kota",
            Level::Kecamatan => "Kecamatan",
            Level::Desa => "Desa",
            Level::Kelurahan => "Kelurahan",
        }
    }

    /// The tier of the level in the hierarchy. A kabupaten and a kota share
    /// a tier, as do a desa and a kelurahan: they are the same rung, named
    /// by whether it is rural or urban.
    pub fn tier(&self) -> Tier {
        match self {
            Level::Provinsi => Tier::Province,
            Level::Kabupaten | Level::Kota => Tier::Regency,
            Level::Kecamatan => Tier::District,
            Level::Desa | Level::Kelurahan => Tier::Village,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Level::NAMES[*self as usize])
    }
}

/// A rung of the hierarchy: a region's parent is always one rung up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Province,
    Regency,
    District,
    Village,
}

impl Tier {
    /// The rung a region's parent must be on; `None` for a province.
    pub fn parent(self) -> Option<Tier> {
        match self {
            Tier::Province => None,
            Tier::Regency => Some(Tier::Province),
            Tier::District => Some(Tier::Regency),
            Tier::Village => Some(Tier::District),
        }
    }

    /// How many dot-separated parts a Kemendagri code has on this rung:
    /// `36`, `36.02`, `36.02.01`, `36.02.01.2001`.
    pub fn code_parts(self) -> usize {
        self as usize + 1
    }

    /// The level names on this rung as written in a region file, joined
    /// with a slash (`kabupaten/kota`) so that messages in any language
    /// can use them.
    pub fn names(self) -> &'static str {
        match self {
            Tier::Province => "provinsi",
            Tier::Regency => "kabupaten/kota",
            Tier::District => "kecamatan",
            Tier::Village => "desa/kelurahan",
        }
    }

    /// The rung's regions as a heading: "Kabupaten dan kota".
    pub fn heading(self) -> &'static str {
        match self {
            Tier::Province => "Provinsi",
            Tier::Regency => "Kabupaten dan kota",
            Tier::District => "Kecamatan",
            Tier::Village => "Desa dan kelurahan",
        }
    }

    /// The rung's regions named in Indonesian, plural, for chart titles.
    pub fn plural_label(self) -> &'static str {
        match self {
            Tier::Province => "provinsi",
            Tier::Regency => "kabupaten dan kota",
            Tier::District => "kecamatan",
            Tier::Village => "desa dan kelurahan",
        }
    }
}

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
    pub news: Vec<NewsId>,
    /// Sub-regions (for a province), sorted by name.
    pub children: Vec<RegionId>,
    /// The region's file, at its `name`.
    pub place: super::Place,
}

super::ids::index_by!(RegionId, Region);
