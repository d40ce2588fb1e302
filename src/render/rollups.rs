//! What a region's page shows of the model's roll-ups and growth checks:
//! the region's own figures beside its sub-regions' per period, with the
//! sum or the reasons it is refused in plain Indonesian, and each reported
//! growth rate beside the one computed from the counts. The arithmetic is
//! the model's (`model::rollup`, `model::growth`); this only words it.

use serde::Serialize;

use super::chart_pages::{self, ChartView};
use super::format;
use super::kit::{Kit, RenderError};
use super::route::ChartKey;
use super::views::{agreeing, FigureView};
use crate::model::growth::{self, Formula, GrowthCheck, NotComputed};
use crate::model::rollup::{self, Refusal, RollUp, Sum};
use crate::model::{Amount, FigureId, MetricKind, RegionId, Site, Tier};

/// Sub-regions' figures (and the region's own) listed in one period's rows: a province has up to
/// about 40 regencies, and a page shows [`rollup::ROLLUP_PERIODS`] periods
/// of every metric. The sum is made of all of them; the rest are on each
/// sub-region's own page, which the list of sub-regions links.
pub const PARTS_SHOWN: usize = 5;

/// Figures named as left out of a growth computation; the rest are counted.
const LEFT_OUT_NAMED: usize = 6;

/// One metric's roll-up as the page shows it.
#[derive(Serialize)]
pub struct RollUpView {
    pub metric: String,
    pub anchor: String,
    pub rows: Vec<RollUpRow>,
    /// Older periods not shown.
    pub periods_more: usize,
    pub chart: Option<ChartView>,
}

/// One period: the region's own figures, its sub-regions', and the sum.
#[derive(Serialize)]
pub struct RollUpRow {
    pub period: String,
    pub own: Vec<FigureView>,
    /// The region's own figures of the period not shown (a long archive
    /// can report one period many times); all are in its figure list.
    pub own_more: usize,
    pub parts: Vec<FigureView>,
    pub parts_more: usize,
    /// The sum, when it is made.
    pub sum: Option<String>,
    /// "jumlah dari 2 dari 15 kabupaten/kota", or for a refused sum
    /// "angka dari 1 dari 15 kabupaten/kota".
    pub coverage: Option<String>,
    /// "tidak dijumlahkan: periode berbeda (2016, 17 November 2016)".
    pub refused: Option<String>,
}

/// The labels of a region's roll-up: "dilaporkan provinsi", "jumlah
/// kabupaten/kota", "kabupaten/kota".
#[derive(Serialize)]
pub struct RollUpLabels {
    pub own: String,
    pub sum: String,
    pub parts: String,
}

pub fn labels(site: &Site, region: RegionId) -> RollUpLabels {
    let level = site.regions[region].level;
    let below = site.regions[region]
        .children
        .first()
        .map_or(Tier::Regency, |&c| site.regions[c].level.tier());
    RollUpLabels {
        own: format!("dilaporkan {}", level.label().to_lowercase()),
        sum: format!("jumlah {}", below.names()),
        parts: below.names().to_string(),
    }
}

/// A reason a sum is not made, in plain words.
pub fn refusal(reason: &Refusal) -> String {
    match reason {
        Refusal::Percent => "persen tidak dijumlahkan".into(),
        Refusal::Undated => "angka tidak bertanggal".into(),
        Refusal::MixedPeriods(periods) => format!(
            "periode berbeda ({})",
            periods
                .iter()
                .map(format::date)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Refusal::Range => "ada nilai kisaran".into(),
        Refusal::Approximate => "ada nilai perkiraan".into(),
        Refusal::Baseline => "ada angka awal sebuah perubahan".into(),
        Refusal::Conflict => "angka berbeda antarsumber".into(),
    }
}

/// The roll-ups of `region`'s page, each with its chart when it has one.
pub fn roll_ups(kit: &Kit, region: RegionId) -> Result<Vec<RollUpView>, RenderError> {
    let site = kit.site;
    let labels = labels(site, region);
    rollup::roll_ups(site, region)
        .iter()
        .map(|r| {
            let key = ChartKey::RollUp {
                region,
                metric: r.metric,
            };
            let chart = kit.plan.region_charts[region.index()]
                .contains(&key)
                .then(|| chart_pages::view(kit, key))
                .transpose()?;
            Ok(RollUpView {
                metric: site.metrics[r.metric].label.clone(),
                anchor: format!("rekap-{}", site.metrics[r.metric].id),
                rows: r.periods.iter().map(|p| row(kit, r, p, &labels)).collect(),
                periods_more: r.periods_more,
                chart,
            })
        })
        .collect()
}

fn row(
    kit: &Kit,
    rollup: &RollUp,
    period: &rollup::RollUpPeriod,
    labels: &RollUpLabels,
) -> RollUpRow {
    let site = kit.site;
    let mut regions: Vec<RegionId> = period
        .parts
        .iter()
        .map(|&f| site.figures[f].region)
        .collect();
    regions.dedup();
    let of = format!("{} dari {}", regions.len(), rollup.frame);
    let (sum, coverage, refused) = match &period.sum {
        Sum::NoParts => (None, None, None),
        Sum::Total { value, regions } => (
            Some(format::whole(*value)),
            Some(format!(
                "jumlah dari {regions} dari {} {}",
                rollup.frame, labels.parts
            )),
            None,
        ),
        Sum::Refused(reasons) => (
            None,
            Some(format!("angka dari {of} {}", labels.parts)),
            Some(format!(
                "tidak dijumlahkan: {}",
                reasons.iter().map(refusal).collect::<Vec<_>>().join("; ")
            )),
        ),
    };
    let shown = &period.parts[..period.parts.len().min(PARTS_SHOWN)];
    let own = &period.own[..period.own.len().min(PARTS_SHOWN)];
    RollUpRow {
        period: format::maybe_date(period.period.as_ref()),
        own: own.iter().map(|&f| kit.views.figure(f)).collect(),
        own_more: period.own.len() - own.len(),
        parts: shown.iter().map(|&f| kit.views.figure(f)).collect(),
        parts_more: period.parts.len() - shown.len(),
        sum,
        coverage,
        refused,
    }
}

/// A reported growth rate beside the computed one.
#[derive(Serialize)]
pub struct GrowthView {
    pub metric: String,
    pub count_metric: String,
    pub reported: FigureView,
    /// Other sources giving the same rate for the same period, at most
    /// [`ALSO_SHOWN`]; the comparison is theirs too.
    pub also: Vec<FigureView>,
    /// Sources of that rate not named in `also`.
    pub also_more: usize,
    pub computed: Option<ComputedView>,
    /// "tidak dapat dihitung: …".
    pub not_computed: Option<String>,
    /// "15.454 (2015): angka berbeda antarsumber", the first few.
    pub left_out: Vec<String>,
    pub left_out_more: usize,
}

/// A rate computed from two counts, with its working.
#[derive(Serialize)]
pub struct ComputedView {
    pub rate: String,
    pub from: FigureView,
    pub to: FigureView,
    /// "((b/a)^(1/n) − 1) × 100%, n = 2 tahun".
    pub formula: String,
    /// "((15.454 / 14.327)^(1/2) − 1) × 100% = 3,9%".
    pub working: String,
    /// "1,1 poin persen".
    pub difference: String,
    pub differs: bool,
}

/// The tolerance, as the page states it: "1 poin persen".
pub fn tolerance() -> String {
    format!("{} poin persen", format::number(growth::TOLERANCE_POINTS))
}

/// Growth rates a page compares: a long archive may report a rate in
/// every article, and each comparison names its counts and sources.
pub const GROWTH_SHOWN: usize = 5;

/// The newest [`GROWTH_SHOWN`] growth rates of `region` (by period,
/// undated last), each beside its computed rate, and how many more.
pub fn growth(kit: &Kit, region: RegionId) -> (Vec<GrowthView>, usize) {
    let site = kit.site;
    let mut checks = growth::growth_checks(site, region);
    let period = |c: &GrowthCheck| site.figures[c.rate].period;
    // Stable: rates of one period keep the order they are written in.
    checks.sort_by(|a, b| {
        (period(a).is_none(), std::cmp::Reverse(period(a)))
            .cmp(&(period(b).is_none(), std::cmp::Reverse(period(b))))
    });
    // Sources that agree (one metric, one period, the same value as
    // shown) make one comparison naming each of them: its counts and
    // computed rate are the same. Sulawesi Tenggara's 3,03% for 2023,
    // from three outlets, was three identical comparisons.
    let groups = agreeing(checks.iter().map(|check| {
        let rate = &site.figures[check.rate];
        (
            (rate.metric, rate.period, kit.views.value(check.rate)),
            check,
        )
    }));
    let more = groups.len().saturating_sub(GROWTH_SHOWN);
    let shown = groups
        .iter()
        .take(GROWTH_SHOWN)
        .map(|(_, same)| {
            let also: Vec<FigureId> = same[1..].iter().map(|c| c.rate).collect();
            growth_view(kit, same[0], &also)
        })
        .collect();
    (shown, more)
}

/// Other sources of one reported rate a comparison names; past these it
/// counts them.
const ALSO_SHOWN: usize = 3;

fn growth_view(kit: &Kit, check: &GrowthCheck, also: &[FigureId]) -> GrowthView {
    let site = kit.site;
    let value = |f: FigureId| format::value(site.figures[f].amount.central(), MetricKind::Count);
    // The computed rate as precise as the reported one, at least to one
    // decimal: a reported 3,03% beside a computed 3,04%, not 3%.
    let places = match site.figures[check.rate].amount {
        Amount::Exact(v) => format::places(v),
        Amount::Range(low, high) => format::places(low).max(format::places(high)),
    }
    .max(1);
    let rate = |r: f64| format::rate(r, places);
    let scale = 10f64.powi(places as i32);
    let (computed, not_computed) = match &check.computed {
        Ok(c) => {
            let (formula, power) = match c.formula {
                Formula::Simple => ("(b/a − 1) × 100%, selang 1 tahun".to_string(), String::new()),
                Formula::Compound { years } => {
                    let n = format::number(years);
                    (
                        format!("((b/a)^(1/n) − 1) × 100%, n = {n} tahun"),
                        format!("^(1/{n})"),
                    )
                }
            };
            let working = match c.formula {
                Formula::Simple => format!("({} / {} − 1) × 100% = {}", value(c.to), value(c.from), rate(c.rate)),
                Formula::Compound { .. } => format!(
                    "(({} / {}){power} − 1) × 100% = {}",
                    value(c.to),
                    value(c.from),
                    rate(c.rate)
                ),
            };
            (
                Some(ComputedView {
                    rate: rate(c.rate),
                    from: kit.views.figure(c.from),
                    to: kit.views.figure(c.to),
                    formula,
                    working,
                    difference: format!("{} poin persen", format::number((c.difference * scale).round() / scale)),
                    differs: c.differs,
                }),
                None,
            )
        }
        Err(reason) => (
            None,
            Some(format!(
                "tidak dapat dihitung: {}",
                match reason {
                    NotComputed::TooFewCounts =>
                        "tidak ada dua angka bertanggal yang dapat dipakai".to_string(),
                    NotComputed::MixedPrecisions(periods) => format!(
                        "angka bertanggal ada, tetapi tidak ada dua dengan periode setara (tahun dengan tahun, bulan dengan bulan, hari dengan hari): {}",
                        periods.iter().map(format::date).collect::<Vec<_>>().join(", ")
                    ),
                    NotComputed::ZeroBase => "angka awalnya nol".to_string(),
                    NotComputed::NoTimeBetween => "kedua angka untuk periode yang sama".to_string(),
                }
            )),
        ),
    };
    let left_out: Vec<String> = check
        .left_out
        .iter()
        .take(LEFT_OUT_NAMED)
        .map(|&(f, ref reason)| {
            let figure = &site.figures[f];
            format!(
                "{} ({}): {}",
                kit.views.value(f),
                format::maybe_date(figure.period.as_ref()),
                left_out_reason(reason)
            )
        })
        .collect();
    GrowthView {
        metric: site.metrics[site.figures[check.rate].metric].label.clone(),
        count_metric: site.metrics[check.count_metric].label.clone(),
        reported: kit.views.figure(check.rate),
        also: also
            .iter()
            .take(ALSO_SHOWN)
            .map(|&f| kit.views.figure(f))
            .collect(),
        also_more: also.len().saturating_sub(ALSO_SHOWN),
        computed,
        not_computed,
        left_out_more: check.left_out.len() - left_out.len(),
        left_out,
    }
}

/// Why a count was not used for a computed rate.
fn left_out_reason(reason: &Refusal) -> String {
    match reason {
        Refusal::Undated => "tidak bertanggal".into(),
        Refusal::Range => "nilai kisaran".into(),
        Refusal::Approximate => "nilai perkiraan".into(),
        Refusal::Baseline => "angka awal sebuah perubahan".into(),
        Refusal::Conflict => "angka berbeda antarsumber untuk periode ini".into(),
        other => refusal(other),
    }
}
