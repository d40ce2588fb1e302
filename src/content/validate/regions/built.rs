//! What a load built from the region files, kept by a loader that reads
//! the same folder again (`serve`), so a file that did not change takes
//! its news items, figures and places from the last load instead of from
//! a copy of its own.
//!
//! The model owns those lists ([`crate::model::Site::news`] and
//! [`crate::model::Site::figures`] are shared), so between loads they are
//! held once, by the served site, rather than once there and again in
//! every kept check: at desa scale the copies were a quarter of the
//! server's memory.

use std::ops::Range;
use std::sync::Arc;

use super::Places;
use crate::model::{Figure, FigureId, NewsId, NewsItem};

/// The lists of one load, in the model's order: every file's news items,
/// figures and places (where each was written, for the warnings of the
/// next load).
pub struct Built {
    pub(crate) news: Arc<Vec<NewsItem>>,
    pub(crate) figures: Arc<Vec<Figure>>,
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
    /// Made by the file's own check, numbered within the file.
    Own {
        news: Vec<NewsItem>,
        figures: Vec<Figure>,
        places: Places,
    },
    /// In the lists of an earlier load, which made them from a check of
    /// the same text under the same rules.
    Built(Arc<Built>, BuiltAt),
    /// In the lists the load under way builds: what a loader keeps of a
    /// file read by that load until it knows where (see
    /// [`crate::content::validate::KeptChecks`]); never given to
    /// [`super::build`].
    Pending,
}

impl Parts {
    /// The file's news items, wherever they are.
    pub(super) fn news(&self) -> &[NewsItem] {
        match self {
            Parts::Own { news, .. } => news,
            Parts::Built(built, at) => &built.news[at.news.clone()],
            Parts::Pending => &[],
        }
    }

    /// The parts as the file's own check made them: for [`Parts::Built`]
    /// copied out of `built` and numbered within the file again (news
    /// items name their figures, figures their item, by position in the
    /// file).
    pub(super) fn into_own(self) -> (Vec<NewsItem>, Vec<Figure>, Places) {
        match self {
            Parts::Own {
                news,
                figures,
                places,
            } => (news, figures, places),
            Parts::Built(built, at) => {
                let (first_news, first_figure) = (at.news.start, at.figures.start);
                let news = built.news[at.news.clone()]
                    .iter()
                    .map(|item| {
                        let mut item = item.clone();
                        for figure in &mut item.figures {
                            *figure = FigureId::at(figure.index() - first_figure);
                        }
                        item
                    })
                    .collect();
                let figures = built.figures[at.figures.clone()]
                    .iter()
                    .map(|figure| {
                        let mut figure = figure.clone();
                        figure.news = NewsId::at(figure.news.index() - first_news);
                        figure
                    })
                    .collect();
                let places = Places {
                    figures: built.places.figures[at.figures.clone()].to_vec(),
                    news: built.places.news[at.news.clone()].to_vec(),
                    regions: built.places.regions[at.region..at.region + 1].to_vec(),
                };
                (news, figures, places)
            }
            Parts::Pending => Default::default(),
        }
    }
}
