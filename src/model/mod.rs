//! Validated, immutable facts about the site: no I/O, YAML, templates or HTML.
//!
//! `content` builds this model from the author's files; `render` reads it.
//! Everything is stored in flat vectors addressed by index, with the
//! lookups the pages need computed once in [`Site::assemble`], so rendering a
//! national site stays linear in its size.

pub mod date;
pub mod metric;
pub mod news;
pub mod region;
pub mod site;

pub use date::{PartialDate, Precision};
pub use metric::{Metric, MetricKind};
pub use news::{Amount, Figure, FigureId, NewsId, NewsItem};
pub use region::{Level, Region, RegionId};
pub use site::{Conflict, Page, Site, SiteConfig, Vocabularies, Vocabulary};
