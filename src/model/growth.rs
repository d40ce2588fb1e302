//! A reported growth rate beside the one the same region's dated counts
//! imply ("dilaporkan" and "dihitung").
//!
//! An article may say "tumbuh sekitar 5 persen per tahun" while the counts
//! it or others give for the region imply something else; a reader can
//! only see that when both are set side by side, with the counts and the
//! formula used. Which metric is the growth of which is the metric's own
//! `growth_of` (in `metrics.yaml`), never a guess from its id.
//!
//! Which counts are used, so that nothing is picked silently:
//!
//! - only dated, single, exact counts of the region that no other source
//!   contradicts (not a range, not approximate, not the starting value of
//!   a change, not in conflict); the others are listed as left out;
//! - two counts of the same precision (two years, two months or two days),
//!   so the years between them are known;
//! - for a rate with a period: the count of that period and the one of the
//!   period before it (the year, month or day before), when both exist;
//!   otherwise the newest count not after the rate's period and the newest
//!   of the same precision before that one;
//! - for an undated rate: the two newest such counts, and the comparison
//!   says the rate is undated.
//!
//! Over `n` years from `a` to `b` the rate is the compound annual growth
//! `((b/a)^(1/n) − 1) × 100%`, which for `n = 1` is the simple change
//! `(b/a − 1) × 100%`. The two are flagged as different when they are more
//! than [`TOLERANCE_POINTS`] percentage points apart (a reported range
//! counts as agreeing anywhere inside it).

use super::date::PartialDate;
use super::ids::{FigureId, RegionId};
use super::news::Amount;
use super::rollup::{unusable, Refusal};
use super::site::Site;

/// How far a computed rate may be from the reported one, in percentage
/// points, before the two are flagged as different. Articles round rates
/// to whole percents ("sekitar 5 persen"); one point absorbs that rounding
/// without hiding a real disagreement.
pub const TOLERANCE_POINTS: f64 = 1.0;

/// How the rate was computed from two counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Formula {
    /// One year apart: `(b/a − 1) × 100%`.
    Simple,
    /// `years` apart (not one): `((b/a)^(1/n) − 1) × 100%`.
    Compound { years: f64 },
}

/// A rate computed from two dated counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    /// The earlier count (`a`) and the later (`b`).
    pub from: FigureId,
    pub to: FigureId,
    pub formula: Formula,
    /// Percent per year.
    pub rate: f64,
    /// How far the reported rate is from it, in percentage points (0
    /// inside a reported range).
    pub difference: f64,
    /// `difference` is over [`TOLERANCE_POINTS`].
    pub differs: bool,
}

/// Why no rate can be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum NotComputed {
    /// Fewer than two usable dated counts (up to the rate's period).
    TooFewCounts,
    /// Dated counts exist, but no two of the same precision: a year and a
    /// day in another year say nothing exact about the time between them.
    MixedPrecisions(Vec<PartialDate>),
    /// The earlier count is zero: growth from nothing has no rate.
    ZeroBase,
    /// The two counts are of the same period (cannot happen for usable
    /// counts, which are one per period, but kept rather than dividing by
    /// zero).
    NoTimeBetween,
}

/// A reported growth rate and what the region's counts say of it.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthCheck {
    /// The reported rate.
    pub rate: FigureId,
    /// The count metric it is the growth of.
    pub count_metric: usize,
    pub computed: Result<Computed, NotComputed>,
    /// Counts of the region not used, and why.
    pub left_out: Vec<(FigureId, Refusal)>,
}

/// Every growth rate `region` reports, each beside the rate its counts
/// imply; in the order of the region's figures.
pub fn growth_checks(site: &Site, region: RegionId) -> Vec<GrowthCheck> {
    site.figures_of_region[region.index()]
        .iter()
        .filter_map(|&rate| {
            let figure = &site.figures[rate];
            let count_metric = site.metrics[figure.metric].growth_of?;
            (!figure.baseline).then(|| check(site, region, rate, count_metric))
        })
        .collect()
}

/// Rate `rate` of `region` beside what its counts of `count_metric` imply.
pub fn check(site: &Site, region: RegionId, rate: FigureId, count_metric: usize) -> GrowthCheck {
    let mut usable: Vec<(PartialDate, FigureId)> = Vec::new();
    let mut left_out = Vec::new();
    for f in site.figures_for(region, count_metric) {
        match (unusable(site, f), site.figures[f].period) {
            (Some(reason), _) => left_out.push((f, reason)),
            // One figure per period: agreeing sources give one value.
            (None, Some(period)) if !usable.iter().any(|&(p, _)| p == period) => {
                usable.push((period, f));
            }
            (None, _) => {}
        }
    }
    usable.sort_by_key(|&(period, _)| period);
    let reported = &site.figures[rate];
    let computed = pair(&usable, reported.period).and_then(|(from, to)| {
        let amount = |f: FigureId| site.figures[f].amount.central();
        compute(
            amount(from),
            amount(to),
            years_between(from_period(site, from), from_period(site, to)),
        )
        .map(|(rate, formula)| {
            let difference = distance(rate, reported.amount);
            Computed {
                from,
                to,
                formula,
                rate,
                difference,
                differs: difference > TOLERANCE_POINTS,
            }
        })
    });
    GrowthCheck {
        rate,
        count_metric,
        computed,
        left_out,
    }
}

fn from_period(site: &Site, f: FigureId) -> PartialDate {
    site.figures[f].period.unwrap_or(PartialDate::year(0))
}

/// The two counts a rate of period `at` is compared with (see the module's
/// rules), from usable counts sorted by period.
fn pair(
    usable: &[(PartialDate, FigureId)],
    at: Option<PartialDate>,
) -> Result<(FigureId, FigureId), NotComputed> {
    let find = |period: PartialDate| usable.iter().find(|&&(p, _)| p == period).map(|&(_, f)| f);
    if let Some(at) = at {
        if let (Some(before), Some(this)) = (previous(at).and_then(find), find(at)) {
            return Ok((before, this));
        }
    }
    // Counts up to the rate's period: not one that starts after it ends.
    let candidates: Vec<&(PartialDate, FigureId)> = usable
        .iter()
        .filter(|(p, _)| at.is_none_or(|at| !p.is_after(&at)))
        .collect();
    let &&(newest, to) = candidates.last().ok_or(NotComputed::TooFewCounts)?;
    if candidates.len() < 2 {
        return Err(NotComputed::TooFewCounts);
    }
    candidates
        .iter()
        .rev()
        .skip(1)
        .find(|(p, _)| p.precision() == newest.precision())
        .map(|&&(_, from)| (from, to))
        .ok_or_else(|| NotComputed::MixedPrecisions(candidates.iter().map(|(p, _)| *p).collect()))
}

/// The period just before `period`, at its precision.
fn previous(period: PartialDate) -> Option<PartialDate> {
    let year = period.year_number();
    match (period.month_number(), period.day_number()) {
        (None, _) => Some(PartialDate::year(year - 1)),
        (Some(1), None) => PartialDate::month(year - 1, 12),
        (Some(m), None) => PartialDate::month(year, m - 1),
        (Some(m), Some(1)) => {
            let (y, m) = if m == 1 {
                (year - 1, 12)
            } else {
                (year, m - 1)
            };
            (28..=31).rev().find_map(|d| PartialDate::day(y, m, d))
        }
        (Some(m), Some(d)) => PartialDate::day(year, m, d - 1),
    }
}

/// Years from `a` to `b` (same precision): whole years, twelfths, or days
/// over the length of their year.
fn years_between(a: PartialDate, b: PartialDate) -> f64 {
    b.span_in_years().0 - a.span_in_years().0
}

/// The yearly rate from `a` to `b` over `years`, in percent, and how it
/// was computed.
pub fn compute(a: f64, b: f64, years: f64) -> Result<(f64, Formula), NotComputed> {
    if a <= 0.0 {
        return Err(NotComputed::ZeroBase);
    }
    if years <= 0.0 {
        return Err(NotComputed::NoTimeBetween);
    }
    // Dates of year precision are whole years apart; a float difference of
    // spans may be off in the last bits.
    if (years - 1.0).abs() < 1e-9 {
        Ok(((b / a - 1.0) * 100.0, Formula::Simple))
    } else {
        Ok((
            ((b / a).powf(1.0 / years) - 1.0) * 100.0,
            Formula::Compound { years },
        ))
    }
}

/// How far `rate` is from a reported amount, in percentage points: 0
/// inside a range.
fn distance(rate: f64, reported: Amount) -> f64 {
    match reported {
        Amount::Exact(v) => (rate - v).abs(),
        Amount::Range(low, high) => (low - rate).max(rate - high).max(0.0),
    }
}

#[cfg(test)]
mod tests;
