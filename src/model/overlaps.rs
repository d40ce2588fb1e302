//! Figures whose periods overlap without being the same: a count "for 2016"
//! and one "on 17 November 2016", or one for November 2016 and one on a day
//! in it. Their values may differ and both be right (a count taken at two
//! moments of one year), so they are not a conflict; but a reader who sees
//! 16.000 for 2016 beside 14.567 for a day in 2016 deserves to be told the
//! two periods overlap rather than left to take it as an error.
//!
//! A group is formed at the widest period that has figures of its own: a
//! year with a figure for the whole year takes in every month and day of
//! it; otherwise each month with a figure for the whole month takes in its
//! days. So a figure belongs to at most one group, and a group is shown
//! once.

use std::collections::BTreeMap;

use super::date::{PartialDate, Precision};
use super::ids::{FigureId, RegionId};
use super::news::Figure;

/// Figures of one region and metric whose periods lie inside `period` (at
/// least one of them for the whole of it, one for a shorter time in it),
/// and whose values are not all the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    pub region: RegionId,
    pub metric: usize,
    /// The widest period of the group, which holds all the others.
    pub period: PartialDate,
    /// Widest period first, then by period; in the model's order within one.
    pub figures: Vec<FigureId>,
}

/// Every overlap group of `figures`, in order of region, metric and
/// period, and for each figure the group it belongs to. Starting values of
/// a change (`baseline`) and undated figures take no part: neither has a
/// period of its own to compare.
pub fn find_overlaps(figures: &[std::sync::Arc<Figure>]) -> (Vec<Overlap>, Vec<Option<usize>>) {
    let mut by_year: BTreeMap<(RegionId, usize, i32), Vec<FigureId>> = BTreeMap::new();
    for (id, figure) in figures.iter().enumerate() {
        let id = FigureId::at(id);
        if let (Some(period), false) = (figure.period, figure.baseline) {
            by_year
                .entry((figure.region, figure.metric, period.year_number()))
                .or_default()
                .push(id);
        }
    }
    let period = |f: FigureId| figures[f].period.unwrap_or(PartialDate::year(0));
    let mut overlaps = Vec::new();
    let mut overlap_of = vec![None; figures.len()];
    for ((region, metric, year), mut ids) in by_year {
        ids.sort_by_key(|&f| (period(f).precision(), period(f), f));
        let whole_year = PartialDate::year(year);
        let groups: Vec<(PartialDate, Vec<FigureId>)> = if period(ids[0]) == whole_year {
            vec![(whole_year, ids)]
        } else {
            // No figure for the whole year: each month that has one is a
            // group with the days in it.
            let mut months: BTreeMap<PartialDate, Vec<FigureId>> = BTreeMap::new();
            for &f in &ids {
                if period(f).precision() == Precision::Month {
                    months.entry(period(f)).or_default().push(f);
                }
            }
            for &f in &ids {
                if period(f).precision() == Precision::Day {
                    let month = months.iter_mut().find(|(m, _)| m.contains(&period(f)));
                    if let Some((_, members)) = month {
                        members.push(f);
                    }
                }
            }
            months.into_iter().collect()
        };
        for (widest, members) in groups {
            let narrower = members.iter().any(|&f| period(f) != widest);
            let first = figures[members[0]].amount;
            let differ = members.iter().any(|&f| figures[f].amount != first);
            if !(narrower && differ) {
                continue;
            }
            for &f in &members {
                overlap_of[f.index()] = Some(overlaps.len());
            }
            overlaps.push(Overlap {
                region,
                metric,
                period: widest,
                figures: members,
            });
        }
    }
    (overlaps, overlap_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, NewsId};

    /// [`find_overlaps`] of figures written here, shared as the model
    /// shares them.
    fn overlaps_of(figures: &[Figure]) -> (Vec<Overlap>, Vec<Option<usize>>) {
        let shared: Vec<std::sync::Arc<Figure>> =
            figures.iter().cloned().map(std::sync::Arc::new).collect();
        find_overlaps(&shared)
    }

    fn figure(value: f64, period: &str) -> Figure {
        Figure {
            news: NewsId::at(0),
            region: RegionId::at(0),
            metric: 0,
            amount: Amount::Exact(value),
            approx: crate::model::Approx::Exact,
            period: PartialDate::parse(period),
            period_from_published: false,
            period_not_stated: false,
            baseline: false,
            note: None,
            position: 0,
        }
    }

    #[test]
    fn a_year_and_a_day_in_it_with_other_values_overlap() {
        let figures = [figure(16_000.0, "2016"), figure(14_567.0, "2016-11-17")];
        let (overlaps, of) = overlaps_of(&figures);
        assert_eq!(overlaps.len(), 1);
        assert_eq!(overlaps[0].period, PartialDate::year(2016));
        assert_eq!(overlaps[0].figures, [0, 1].map(FigureId::at));
        assert_eq!(of, [Some(0), Some(0)]);
    }

    #[test]
    fn the_same_value_or_the_same_period_is_no_overlap() {
        // Same value over a year and a day in it: nothing to explain.
        let same = [figure(700.0, "2019"), figure(700.0, "2019-07-18")];
        assert!(overlaps_of(&same).0.is_empty());
        // Same period, other values: a conflict, not an overlap.
        let conflict = [figure(15_454.0, "2015"), figure(15_372.0, "2015")];
        assert!(overlaps_of(&conflict).0.is_empty());
        // Other years never overlap.
        let apart = [figure(1.0, "2015"), figure(2.0, "2016-01-01")];
        assert!(overlaps_of(&apart).0.is_empty());
    }

    #[test]
    fn a_year_takes_in_its_months_and_days_as_one_group() {
        let figures = [
            figure(3.0, "2016-11-17"),
            figure(2.0, "2016-11"),
            figure(1.0, "2016"),
            figure(4.0, "2016-03-01"),
        ];
        let (overlaps, of) = overlaps_of(&figures);
        assert_eq!(overlaps.len(), 1);
        assert_eq!(overlaps[0].figures, [2, 1, 3, 0].map(FigureId::at));
        assert!(of.iter().all(|g| *g == Some(0)));
    }

    #[test]
    fn without_a_whole_year_each_month_groups_its_days() {
        let figures = [
            figure(1.0, "2016-11"),
            figure(2.0, "2016-11-17"),
            figure(3.0, "2016-12"),
            figure(3.0, "2016-12-01"),
            figure(9.0, "2016-10-05"),
        ];
        let (overlaps, of) = overlaps_of(&figures);
        assert_eq!(overlaps.len(), 1);
        assert_eq!(overlaps[0].period, PartialDate::month(2016, 11).unwrap());
        assert_eq!(of, [Some(0), Some(0), None, None, None]);
    }

    #[test]
    fn starting_values_and_undated_figures_take_no_part() {
        let mut start = figure(16_000.0, "2016");
        start.baseline = true;
        let mut undated = figure(1.0, "2016");
        undated.period = None;
        let figures = [start, undated, figure(16_500.0, "2016-05-02")];
        assert!(overlaps_of(&figures).0.is_empty());
    }
}
