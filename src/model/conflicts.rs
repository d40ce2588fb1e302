//! Conflicts: figures of one region, metric and period whose values
//! differ, found once when the site is assembled and kept as a history by
//! the publication date of their articles.

use std::collections::BTreeMap;

use super::date::PartialDate;
use super::ids::{FigureId, NewsId, RegionId};
use super::news::{Figure, NewsItem};

/// Figures of one region, metric and period whose values differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub region: RegionId,
    pub metric: usize,
    pub period: Option<PartialDate>,
    /// As a history: by the publication date of each figure's article,
    /// oldest first, undated articles last, then in the order written.
    /// A later article that gives another figure for the period does not
    /// replace the earlier one; both are kept, in the order they appeared.
    pub figures: Vec<FigureId>,
}

/// What a figure's period is compared on when looking for conflicts. Two
/// undated figures are only known to share a period when one article states
/// them together (and neither is the starting value of a change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum PeriodKey {
    Dated(PartialDate),
    UndatedIn { news: NewsId, baseline: bool },
}

pub(super) fn find_conflicts(
    figures: &[std::sync::Arc<Figure>],
    news: &[std::sync::Arc<NewsItem>],
) -> (Vec<Conflict>, Vec<Option<usize>>) {
    let mut groups: BTreeMap<(RegionId, usize, PeriodKey), Vec<FigureId>> = BTreeMap::new();
    for (id, figure) in figures.iter().enumerate() {
        let id = FigureId::at(id);
        let key = match figure.period {
            Some(date) => PeriodKey::Dated(date),
            None => PeriodKey::UndatedIn {
                news: figure.news,
                baseline: figure.baseline,
            },
        };
        groups
            .entry((figure.region, figure.metric, key))
            .or_default()
            .push(id);
    }
    let mut conflicts = Vec::new();
    let mut conflict_of = vec![None; figures.len()];
    for ((region, metric, key), mut ids) in groups {
        let first = figures[ids[0]].amount;
        if ids.iter().all(|&f| figures[f].amount == first) {
            continue;
        }
        // Stable, so figures of one date keep the order they were written in.
        ids.sort_by_key(|&f| {
            let published = news[figures[f].news].published;
            (published.is_none(), published)
        });
        for &f in &ids {
            conflict_of[f.index()] = Some(conflicts.len());
        }
        conflicts.push(Conflict {
            region,
            metric,
            period: match key {
                PeriodKey::Dated(date) => Some(date),
                PeriodKey::UndatedIn { .. } => None,
            },
            figures: ids,
        });
    }
    (conflicts, conflict_of)
}
