//! What `site.yaml`, the free pages and the vocabularies say, and the
//! section names the site keeps for itself: the settings a [`Site`] is
//! built with, apart from the indices it builds.
//!
//! [`Site`]: super::Site

use super::date::PartialDate;

/// The URL segments of the generator's own sections. The render stage's
/// route table builds every path from these, and free pages may not take
/// them, so the two can never disagree.
pub mod section {
    pub const REGIONS: &str = "wilayah";
    pub const NEWS: &str = "berita";
    pub const TOPICS: &str = "topik";
    pub const SECTORS: &str = "sektor";
    pub const CHARTS: &str = "grafik";
    pub const DATA: &str = "data";
    pub const SEARCH: &str = "cari";
    pub const CONFLICTS: &str = "angka-berbeda";
    pub const NOT_FOUND: &str = "404";
    pub const COVERAGE: &str = "cakupan";
}

/// Every name in [`section`], which no free page may take. A render test
/// fails if the site writes into a top-level folder missing here.
pub const SECTION_NAMES: &[&str] = &[
    section::REGIONS,
    section::NEWS,
    section::TOPICS,
    section::SECTORS,
    section::CHARTS,
    section::DATA,
    section::SEARCH,
    section::CONFLICTS,
    section::NOT_FOUND,
    section::COVERAGE,
];

/// `site.yaml`, validated; `base_url` already overridden by the CLI if asked.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteConfig {
    pub title: String,
    pub description: Option<String>,
    pub base_url: String,
    pub language: String,
    /// Custom domain for GitHub Pages (`CNAME`).
    pub cname: Option<String>,
    /// Which official list of regions the region files were checked
    /// against (`official_regions` in `site.yaml`).
    pub official_list: OfficialList,
    /// The day of the build (`SOURCE_DATE_EPOCH` or the clock), not a
    /// setting of `site.yaml`: pages cite it as the day they were read.
    pub built_on: PartialDate,
    /// The licence of the site's data files (`data_license`), stated in
    /// `data/datapackage.json` and on the Data page.
    pub data_license: &'static DataLicense,
}

/// A licence the data files may be published under: one of the open
/// licences Frictionless and data portals know by their SPDX id, so a
/// portal can read it without a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataLicense {
    /// The SPDX identifier, as written in `site.yaml`: `CC-BY-4.0`.
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// The licences `data_license` may name; the first is the default.
pub const DATA_LICENSES: &[DataLicense] = &[
    DataLicense {
        id: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0",
        url: "https://creativecommons.org/licenses/by/4.0/",
    },
    DataLicense {
        id: "CC-BY-SA-4.0",
        title: "Creative Commons Attribution Share-Alike 4.0",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
    },
    DataLicense {
        id: "CC0-1.0",
        title: "CC0 1.0 Universal",
        url: "https://creativecommons.org/publicdomain/zero/1.0/",
    },
    DataLicense {
        id: "ODbL-1.0",
        title: "Open Data Commons Open Database License 1.0",
        url: "https://opendatacommons.org/licenses/odbl/1-0/",
    },
    DataLicense {
        id: "ODC-By-1.0",
        title: "Open Data Commons Attribution License 1.0",
        url: "https://opendatacommons.org/licenses/by/1-0/",
    },
    DataLicense {
        id: "PDDL-1.0",
        title: "Open Data Commons Public Domain Dedication and License 1.0",
        url: "https://opendatacommons.org/licenses/pddl/1-0/",
    },
];

impl DataLicense {
    /// The licence named `id` (as SPDX writes it; case aside).
    pub fn by_id(id: &str) -> Option<&'static DataLicense> {
        DATA_LICENSES.iter().find(|l| l.id.eq_ignore_ascii_case(id))
    }

    /// The licence of a site that names none: CC BY 4.0, which asks only
    /// that the source be credited.
    pub fn default_license() -> &'static DataLicense {
        &DATA_LICENSES[0]
    }
}

/// Which official list of regions a site's region files were checked
/// against. The built-in one is shared under the Open Database License,
/// so a site checked against it credits it on every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficialList {
    /// `official_regions: false`: made-up or test regions, not checked.
    Off,
    /// The list built into the tool (idn-area-data 4.0.1, ODbL).
    Builtin,
    /// The content folder's own `official-regions.tsv`.
    Own,
}

/// A free page from `content/pages/NAME.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// `NAME`, the URL segment.
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    /// Markdown source after the front matter.
    pub body: String,
}

/// A known list of slugs with their labels, in display order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    pub entries: Vec<(String, String)>,
}

impl Vocabulary {
    pub fn label(&self, slug: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, label)| label.as_str())
    }

    /// Where `slug` stands in the display order, if it is listed.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.entries.iter().position(|(s, _)| s == slug)
    }
}

/// The name a sector or topic is shown with: its label from the
/// vocabulary, else the slug with spaces for dashes.
pub fn tag_name(vocabulary: &Option<Vocabulary>, slug: &str) -> String {
    vocabulary
        .as_ref()
        .and_then(|v| v.label(slug))
        .map_or_else(|| slug.replace('-', " "), str::to_string)
}

/// The optional vocabularies of sectors and topics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabularies {
    pub sectors: Option<Vocabulary>,
    pub topics: Option<Vocabulary>,
}
