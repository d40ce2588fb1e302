//! Validated, immutable facts about the site: no I/O, YAML, templates or HTML.
//!
//! `content` builds this model from the author's files; `render` reads it.
//! Everything is stored in flat vectors addressed by index, with the
//! lookups the pages need computed once in [`Site::assemble`], so rendering a
//! national site stays linear in its size.

pub mod config;
pub mod conflicts;
pub mod coverage;
pub mod date;
pub mod growth;
pub mod ids;
pub mod keys;
pub mod links;
pub mod metric;
pub mod news;
pub mod number;
pub mod overlaps;
pub mod region;
pub mod rollup;
pub mod site;
#[cfg(test)]
mod test_site;

pub use coverage::{OfficialFrame, OfficialRegion};
pub use date::{PartialDate, Precision};

/// Where a region or news item is written: its file and the line it starts
/// on, so a problem found after loading (a page that cannot be rendered)
/// still names the YAML behind it. The file is shared by everything in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    pub file: std::sync::Arc<std::path::Path>,
    pub line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}
pub use config::{DataLicense, DATA_LICENSES};
pub use ids::{FigureId, NewsId, RegionId};
pub use keys::{FigureKey, NewsKey, RegionKey};
pub use metric::{Metric, MetricKind};
pub use news::{Amount, Approx, Figure, NewsItem};
pub use overlaps::Overlap;
pub use region::{Level, Region, Tier};
pub use site::{
    Conflict, LaterReport, OfficialList, Page, Site, SiteConfig, Vocabularies, Vocabulary,
};
