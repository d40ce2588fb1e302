//! Which charts exist: a time series per region and metric with at least
//! two dated periods, and a comparison of regions on one metric where two
//! of one rung can be set side by side. The plan makes a route for each;
//! the pages show them; what a chart draws and says is `chart_pages`' job.

use std::collections::BTreeMap;

use crate::model::rollup::{self, RollUp, Sum};
use crate::model::{RegionId, Site, Tier};
use crate::render::route::{Among, ChartKey};

/// Bars in a comparison chart; the rest are in the tables of the page.
pub const MAX_BARS: usize = 15;

/// The charts of a region's page: a time series for every metric with at
/// least two dated periods, then its children compared, if they can be.
pub fn charts_of_region(site: &Site, region: RegionId) -> Vec<ChartKey> {
    let mut keys: Vec<ChartKey> = (0..site.metrics.len())
        .filter(|&metric| site.dated_periods(region, metric).len() >= 2)
        .map(|metric| ChartKey::Series { region, metric })
        .collect();
    if !site.regions[region].children.is_empty() {
        keys.extend(compare_key(site, Among::ChildrenOf(region)));
        keys.extend(
            rollup::roll_ups(site, region)
                .iter()
                .filter(|r| rolled_up_bars(r) >= 2)
                .map(|r| ChartKey::RollUp {
                    region,
                    metric: r.metric,
                }),
        );
    }
    keys
}

/// The bars a roll-up's chart draws, up to [`MAX_BARS`]: per period
/// shown, newest first, the region's own figures, then the sum of its
/// sub-regions or, where there is none, each of their figures. There is a
/// chart when it draws two and at least one of a sub-region.
pub fn rolled_up_bars(r: &RollUp) -> usize {
    let from_below: usize = r
        .periods
        .iter()
        .map(|p| match p.sum {
            Sum::Total { .. } => 1,
            _ => p.parts.len(),
        })
        .sum();
    let own: usize = r.periods.iter().map(|p| p.own.len()).sum();
    if from_below == 0 {
        0
    } else {
        (own + from_below).min(MAX_BARS)
    }
}

/// The home page's chart: every region compared, if they can be.
pub fn home_chart(site: &Site) -> Option<ChartKey> {
    compare_key(site, Among::All)
}

/// A comparison of `among` on the first metric at least two of them
/// report, if there is one.
fn compare_key(site: &Site, among: Among) -> Option<ChartKey> {
    (0..site.metrics.len())
        .find(|&metric| compared(site, among, metric).is_some())
        .map(|metric| ChartKey::Compare { among, metric })
}

/// The regions a comparison on `metric` draws and what to call them.
/// Regions of different rungs are never set against each other on one
/// scale: the chart takes the rung with the most regions reporting (the
/// lower one on a tie), and there is no chart unless two do. The whole-site
/// comparison looks only at provinces and at kabupaten and kota: at a
/// village's scale a national top fifteen says nothing.
pub fn compared(site: &Site, among: Among, metric: usize) -> Option<(Vec<RegionId>, &'static str)> {
    let regions: Vec<RegionId> = match among {
        Among::All => site
            .region_ids()
            .filter(|&r| site.regions[r].level.tier() <= Tier::Regency)
            .collect(),
        Among::ChildrenOf(parent) => site.regions[parent].children.clone(),
    };
    let mut by_tier: BTreeMap<Tier, Vec<RegionId>> = BTreeMap::new();
    for region in regions {
        if !site.latest(region, metric).is_empty() {
            by_tier
                .entry(site.regions[region].level.tier())
                .or_default()
                .push(region);
        }
    }
    // `max_by_key` keeps the last of equals: the lower rung wins a tie.
    let (tier, group) = by_tier.into_iter().max_by_key(|(_, group)| group.len())?;
    (group.len() >= 2).then_some((group, tier.plural_label()))
}
