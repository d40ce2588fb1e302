//! What a load built from the region files, kept by a loader that reads
//! the same folder again (`serve`), so a file that did not change takes
//! its news items, figures and places from the last load instead of from
//! a copy of its own.
//!
//! The model owns those lists ([`crate::model::Site::news`] and
//! [`crate::model::Site::figures`] are shared, and so is each item in
//! them), so between loads they are held once, by the served site, rather
//! than once there and again in every kept check: at desa scale the
//! copies were a quarter of the server's memory. A file whose items keep
//! their numbers in the next load (its region's position and the
//! positions of its first item and figure are the same: after an edit
//! that adds or removes nothing before it, nearly every file) gives that
//! load the very same items; the others' are copied and numbered anew
//! ([`super::assemble`]).

use std::ops::Range;
use std::sync::Arc;

use super::{FilePlaces, Places};
use crate::model::{Figure, NewsItem};

/// The lists of one load, in the model's order: every file's news items,
/// figures and places (where each was written, for the warnings of the
/// next load).
pub struct Built {
    pub(crate) news: Arc<Vec<Arc<NewsItem>>>,
    pub(crate) figures: Arc<Vec<Arc<Figure>>>,
    pub(crate) places: Arc<Places>,
}

/// Where one file's parts are in a [`Built`]: its region's position and
/// the ranges of its news items and figures (their places are numbered
/// alike).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuiltAt {
    pub(super) region: usize,
    pub(super) news: Range<usize>,
    pub(super) figures: Range<usize>,
}

/// A checked file's news items, figures and places.
#[derive(Clone)]
pub enum Parts {
    /// Made by the file's own check, numbered within the file. Boxed: a
    /// loader keeps a check of every file and each load copies the list,
    /// nearly all of them [`Parts::Built`], which this variant inline made
    /// 120 bytes larger (9 MiB a copy at desa scale).
    Own(Box<OwnParts>),
    /// In the lists of an earlier load, which made them from a check of
    /// the same text under the same rules.
    Built(Arc<Built>, BuiltAt),
    /// In the lists the load under way builds: what a loader keeps of a
    /// file read by that load until it knows where (see
    /// [`crate::content::validate::KeptChecks`]); never given to
    /// [`super::build`].
    Pending,
}

/// The parts of a file as its own check made them.
#[derive(Clone)]
pub struct OwnParts {
    pub news: Vec<NewsItem>,
    pub figures: Vec<Figure>,
    pub places: FilePlaces,
}

impl Parts {
    /// How many news items and figures the file has.
    pub(super) fn counts(&self) -> (usize, usize) {
        match self {
            Parts::Own(own) => (own.news.len(), own.figures.len()),
            Parts::Built(_, at) => (at.news.len(), at.figures.len()),
            Parts::Pending => (0, 0),
        }
    }

    /// The ids of the file's news items, in order.
    pub(super) fn news_ids(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match self {
            Parts::Own(own) => Box::new(own.news.iter().map(|n| n.id.as_str())),
            Parts::Built(built, at) => {
                Box::new(built.news[at.news.clone()].iter().map(|n| n.id.as_str()))
            }
            Parts::Pending => Box::new(std::iter::empty()),
        }
    }
}
