//! Roll-ups: a region's own reported figures beside what its sub-regions
//! report, period by period, with a sum of the sub-regions only where the
//! sum means something.
//!
//! A province's reported total and the sum of its regencies are two
//! different facts (the province may count what no regency reports, or
//! count it otherwise), so they are kept apart and never merged. A sum is
//! made only of figures that can be added honestly: one metric that counts
//! things, one period at one precision, each a single exact value that no
//! other source contradicts. Whenever that does not hold the sum is
//! refused, with every reason why, so the page can say so instead of
//! showing a number that looks like a total and is not.
//!
//! Periods are grouped as [`overlaps`](super::overlaps) groups them: at the
//! widest period that has figures of its own, so a count for 2016 and one
//! on 17 November 2016 land in one row (and refuse a sum) rather than in
//! two rows that each look complete.

use std::collections::{BTreeMap, BTreeSet};

use super::date::PartialDate;
use super::ids::{FigureId, RegionId};
use super::metric::MetricKind;
use super::news::Amount;
use super::site::Site;

/// Periods of one metric a region's page rolls up: the newest, with the
/// undated row after them. A national site has about 40 regencies under a
/// province, ten years of figures and nine metrics; the page keeps to the
/// latest years (and under its 150 KB) and each regency's page has the
/// rest.
pub const ROLLUP_PERIODS: usize = 3;

/// Why a sum of sub-regions' figures is not made, or why one figure cannot
/// be used in arithmetic. Each is said in plain words on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The metric is a percent: percents of different bases do not add up.
    Percent,
    /// The figures have no date: nothing says they describe one moment.
    Undated,
    /// The figures are for different periods (or one period at different
    /// precisions: a year and a day in it), listed oldest first.
    MixedPeriods(Vec<PartialDate>),
    /// A figure is a range ("30–40").
    Range,
    /// A figure is approximate ("sekitar 700").
    Approximate,
    /// A figure is the starting value of a change, of an unstated period.
    Baseline,
    /// Sources disagree on a sub-region's figure for the period.
    Conflict,
}

/// What can be said of the sub-regions' figures of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sum {
    /// No sub-region reports the metric for this period.
    NoParts,
    /// The sum of one exact value from each of `regions` sub-regions.
    /// Counts are whole and at most [`MAX_VALUE`](super::number::MAX_VALUE),
    /// so the sum is exact in whole numbers.
    Total { value: u128, regions: usize },
    /// Every reason the sum is not made, in the order of [`Refusal`].
    Refused(Vec<Refusal>),
}

/// One row of a roll-up: a period and what is reported for it.
#[derive(Debug, Clone, PartialEq)]
pub struct RollUpPeriod {
    /// The widest period of the row, which holds every other period in it;
    /// `None` for the undated figures.
    pub period: Option<PartialDate>,
    /// The region's own figures ("dilaporkan provinsi").
    pub own: Vec<FigureId>,
    /// The sub-regions' figures, by sub-region (in the region's order of
    /// children), then in the model's order.
    pub parts: Vec<FigureId>,
    pub sum: Sum,
}

/// A region's own figures of one metric beside its sub-regions'.
#[derive(Debug, Clone, PartialEq)]
pub struct RollUp {
    pub region: RegionId,
    pub metric: usize,
    /// The newest [`ROLLUP_PERIODS`] dated rows, newest first, then the
    /// undated row when there is one.
    pub periods: Vec<RollUpPeriod>,
    /// Dated rows left out, older than those shown.
    pub periods_more: usize,
    /// The sub-regions a sum's coverage is counted against: the official
    /// list's under the region when the site has one, else the site's own.
    pub frame: usize,
}

/// Why figure `id` cannot be taken as one exact value of its period, if it
/// cannot: the first of the figure-level reasons of [`Refusal`].
pub fn unusable(site: &Site, id: FigureId) -> Option<Refusal> {
    flaws(site, id).next()
}

/// Every figure-level reason of [`Refusal`] that holds for figure `id`.
fn flaws(site: &Site, id: FigureId) -> impl Iterator<Item = Refusal> {
    let figure = &site.figures[id];
    [
        (figure.period.is_none(), Refusal::Undated),
        (figure.baseline, Refusal::Baseline),
        (matches!(figure.amount, Amount::Range(..)), Refusal::Range),
        (!figure.approx.is_exact(), Refusal::Approximate),
        (site.conflict_of[id.index()].is_some(), Refusal::Conflict),
    ]
    .into_iter()
    .filter_map(|(holds, reason)| holds.then_some(reason))
}

/// How many sub-regions `region` has to be counted against: its official
/// sub-regions when the site has an official list that holds them, else
/// its sub-region files.
pub fn frame_size(site: &Site, region: RegionId) -> usize {
    let listed = site.official.as_ref().and_then(|frame| {
        let code = site.regions[region].code.as_deref()?;
        let below = frame.children_of(Some(code)).len();
        (below > 0).then_some(below)
    });
    listed.unwrap_or(site.regions[region].children.len())
}

/// Every metric that `region` or one of its sub-regions reports, rolled
/// up; empty for a region without sub-regions.
pub fn roll_ups(site: &Site, region: RegionId) -> Vec<RollUp> {
    if site.regions[region].children.is_empty() {
        return Vec::new();
    }
    (0..site.metrics.len())
        .filter_map(|metric| roll_up(site, region, metric))
        .collect()
}

/// `region`'s figures of `metric` beside its sub-regions', when either
/// has one.
pub fn roll_up(site: &Site, region: RegionId, metric: usize) -> Option<RollUp> {
    let own: Vec<FigureId> = site.figures_for(region, metric).collect();
    let parts: Vec<FigureId> = site.regions[region]
        .children
        .iter()
        .flat_map(|&child| site.figures_for(child, metric))
        .collect();
    if own.is_empty() && parts.is_empty() {
        return None;
    }
    let periods: BTreeSet<PartialDate> = own
        .iter()
        .chain(&parts)
        .filter_map(|&f| site.figures[f].period)
        .collect();
    let row_of = |f: FigureId| site.figures[f].period.map(|p| widest(&periods, p));
    let mut rows: BTreeMap<Option<PartialDate>, (Vec<FigureId>, Vec<FigureId>)> = BTreeMap::new();
    for &f in &own {
        rows.entry(row_of(f)).or_default().0.push(f);
    }
    for &f in &parts {
        rows.entry(row_of(f)).or_default().1.push(f);
    }
    let undated = rows.remove(&None);
    let dated = rows.len();
    let kind = site.metrics[metric].kind;
    let mut shown: Vec<RollUpPeriod> = rows
        .into_iter()
        .rev()
        .take(ROLLUP_PERIODS)
        .chain(undated.map(|row| (None, row)))
        .map(|(period, (own, parts))| RollUpPeriod {
            period,
            sum: sum(site, kind, &parts),
            own,
            parts,
        })
        .collect();
    shown.shrink_to_fit();
    Some(RollUp {
        region,
        metric,
        periods_more: dated.saturating_sub(ROLLUP_PERIODS),
        periods: shown,
        frame: frame_size(site, region),
    })
}

/// The row `period` belongs to: its year when some figure is for the whole
/// year, else its month when some figure is for the whole month, else
/// itself.
fn widest(periods: &BTreeSet<PartialDate>, period: PartialDate) -> PartialDate {
    let year = PartialDate::year(period.year_number());
    let month = period
        .month_number()
        .and_then(|m| PartialDate::month(period.year_number(), m));
    [Some(year), month]
        .into_iter()
        .flatten()
        .find(|wide| periods.contains(wide))
        .unwrap_or(period)
}

/// The sum of `parts` (figures of sub-regions in one row), or every reason
/// it cannot be made. A sub-region that states one value twice (two
/// sources agreeing) counts once.
pub fn sum(site: &Site, kind: MetricKind, parts: &[FigureId]) -> Sum {
    if parts.is_empty() {
        return Sum::NoParts;
    }
    let mut reasons: Vec<Refusal> = Vec::new();
    if kind == MetricKind::Percent {
        reasons.push(Refusal::Percent);
    }
    let periods: Vec<PartialDate> = parts
        .iter()
        .filter_map(|&f| site.figures[f].period)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if periods.len() > 1 {
        reasons.push(Refusal::MixedPeriods(periods));
    }
    for reason in parts.iter().flat_map(|&f| flaws(site, f)) {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    if !reasons.is_empty() {
        reasons.sort_by_key(order);
        return Sum::Refused(reasons);
    }
    let mut by_region: BTreeMap<RegionId, u128> = BTreeMap::new();
    for &f in parts {
        let figure = &site.figures[f];
        // Exact and whole (a count), and within `MAX_VALUE`: validated.
        by_region.insert(figure.region, figure.amount.central() as u128);
    }
    Sum::Total {
        value: by_region.values().sum(),
        regions: by_region.len(),
    }
}

/// The order reasons are given in: about the metric, then the periods,
/// then the figures.
fn order(reason: &Refusal) -> u8 {
    match reason {
        Refusal::Percent => 0,
        Refusal::Undated => 1,
        Refusal::MixedPeriods(_) => 2,
        Refusal::Range => 3,
        Refusal::Approximate => 4,
        Refusal::Baseline => 5,
        Refusal::Conflict => 6,
    }
}

#[cfg(test)]
mod tests;
