//! The charts a page shows: a time series per region and metric, and a
//! comparison of regions on one metric. Which charts exist is
//! `placement::charts`' rule; this builds each one's data and the sentence
//! that describes it; drawing is `charts`' job. A chart is described the
//! same way for the page that shows it, its SVG and its CSV, each rendered
//! on its own.

use std::collections::BTreeSet;

use serde::Serialize;

use super::charts::{self, Bar, TimePoint};
use super::format;
use super::kit::{Kit, RenderError};
use super::placement::charts::{compared, rolled_up_bars};
use super::route::{figure_path, Among, ChartKey, Route};
use super::urls::Urls;
use super::views::FigureView;
use crate::model::rollup::{self, Sum};
use crate::model::{Amount, Approx, FigureId, MetricKind, NewsId, RegionId, Site};

pub use super::placement::charts::MAX_BARS;
/// Figures a comparison's table and CSV list for one bar whose sources
/// agree; the region's own page lists them all.
pub const FIGURES_PER_BAR: usize = 4;

/// A chart as a page shows it: its file, text alternative, the figures it
/// draws (for the table beside it) and where its data can be downloaded.
#[derive(Debug, Serialize, Clone)]
pub struct ChartView {
    pub url: String,
    pub csv_url: String,
    pub title: String,
    pub description: String,
    pub metric: String,
    /// The figures of the table under the chart: all of them, or for a
    /// long series the latest [`CHART_ROWS_SHOWN`].
    pub data: Vec<FigureView>,
    /// How many figures the chart draws (all are in its CSV).
    pub data_total: usize,
    /// "Banten Day, 18 Juli 2019", one per article, in the order drawn; at
    /// most [`CHART_SOURCES_NAMED`], the newest.
    pub sources: Vec<String>,
    /// Articles drawn from but not named in `sources`.
    pub sources_more: usize,
}

/// Points a time series draws: the latest by period. An archive of
/// thousands of figures would draw marks on top of each other and weigh
/// megabytes; the chart's sentence says when older ones are left to its
/// CSV.
pub const MAX_SERIES_POINTS: usize = 120;

/// Rows of a series' table on a page: a long archive draws hundreds of
/// points, and the page would grow with them. The latest are shown; the
/// CSV has every one.
pub const CHART_ROWS_SHOWN: usize = 40;
/// Articles a chart's caption names; the CSV names every one.
pub const CHART_SOURCES_NAMED: usize = 10;

/// What a chart draws and says, before it is drawn.
struct ChartSpec {
    title: String,
    description: String,
    kind: MetricKind,
    /// The figures of the chart, for its table and CSV: a comparison draws
    /// them in this order, a series the latest [`MAX_SERIES_POINTS`] by period.
    figures: Vec<FigureId>,
    drawing: Drawing,
}

enum Drawing {
    Series(Vec<TimePoint>),
    Compare(Vec<Bar>),
}

fn spec(site: &Site, key: ChartKey) -> Option<ChartSpec> {
    match key {
        ChartKey::Series { region, metric } => series_spec(site, region, metric),
        ChartKey::Compare { among, metric } => compare_spec(site, among, metric),
        ChartKey::RollUp { region, metric } => rollup_spec(site, region, metric),
    }
}

/// A region's own figures beside its sub-regions' sums (or, where a sum
/// is refused, their figures), period by period, newest first, as the
/// roll-up's table lists them. Its CSV holds the figures drawn and every
/// figure a drawn sum adds up; the page's table is its data.
fn rollup_spec(site: &Site, region: RegionId, metric_id: usize) -> Option<ChartSpec> {
    let rollup = rollup::roll_up(site, region, metric_id)?;
    let drawn = rolled_up_bars(&rollup);
    if drawn < 2 {
        return None;
    }
    let metric = &site.metrics[metric_id];
    let name = &site.regions[region].name;
    let below = site.regions[region]
        .children
        .first()
        .map_or(crate::model::Tier::Regency, |&c| {
            site.regions[c].level.tier()
        })
        .names();
    let mut bars: Vec<Bar> = Vec::new();
    let mut figures: Vec<FigureId> = Vec::new();
    let figure_bar = |f: FigureId, bars: &mut Vec<Bar>, figures: &mut Vec<FigureId>| {
        let figure = &site.figures[f];
        let mut label = format!(
            "{} · {}",
            site.regions[figure.region].name,
            format::maybe_date(figure.period.as_ref())
        );
        if site.conflict_of[f.index()].is_some() {
            label.push_str(" · angka berbeda");
        }
        bars.push(Bar {
            label,
            amount: figure.amount,
            approx: figure.approx,
        });
        figures.push(f);
    };
    // Bars and the figures behind them stop together at `drawn`: a period
    // of ten thousand desa must not reach the chart's table and CSV.
    for period in &rollup.periods {
        for &f in &period.own {
            if bars.len() < drawn {
                figure_bar(f, &mut bars, &mut figures);
            }
        }
        match period.sum {
            Sum::Total { .. } if bars.len() >= drawn => {}
            Sum::Total { value, regions } => {
                bars.push(Bar {
                    label: format!(
                        "Jumlah {regions} dari {} {below} · {}",
                        rollup.frame,
                        format::maybe_date(period.period.as_ref())
                    ),
                    amount: Amount::Exact(value as f64),
                    approx: Approx::Exact,
                });
                // The CSV has every figure the sum adds up.
                figures.extend(&period.parts);
            }
            _ => {
                for &f in period.parts.iter().take(drawn.saturating_sub(bars.len())) {
                    figure_bar(f, &mut bars, &mut figures);
                }
            }
        }
    }
    let title = format!("{} {name} dan {below} di bawahnya", metric.label);
    let description = format!(
        "{title}: {} batang, periode terbaru lebih dulu; angka {name} sendiri, lalu jumlah {below} bila dapat dijumlahkan, atau angka masing-masing bila tidak. Angka yang dilaporkan {name} dan jumlah {below} adalah dua hal berbeda.",
        bars.len()
    );
    Some(ChartSpec {
        title,
        description,
        kind: metric.kind,
        figures,
        drawing: Drawing::Compare(bars),
    })
}

fn compare_spec(site: &Site, among: Among, metric_id: usize) -> Option<ChartSpec> {
    let (group, group_name) = compared(site, among, metric_id)?;
    let metric = &site.metrics[metric_id];
    // Each bar with the figures it stands for: sources of a region that
    // agree on its latest value are one bar (issue 21).
    let mut bars: Vec<(f64, Bar, Vec<FigureId>)> = Vec::new();
    for region in group {
        let latest = site.latest(region, metric_id);
        let differ = latest
            .iter()
            .any(|&f| site.conflict_of[f.index()].is_some());
        let first_bar = bars.len();
        for f in latest {
            let figure = &site.figures[f];
            let same = bars[first_bar..].iter_mut().find(|(_, bar, ids)| {
                let other = &site.figures[ids[0]];
                bar.amount == figure.amount
                    && bar.approx == figure.approx
                    && other.period == figure.period
            });
            if let Some((_, _, ids)) = same {
                ids.push(f);
                continue;
            }
            let mut label = format!(
                "{} · {}",
                site.regions[region].name,
                format::maybe_date(figure.period.as_ref())
            );
            if differ {
                label.push_str(" · angka berbeda");
            }
            let bar = Bar {
                label,
                amount: figure.amount,
                approx: figure.approx,
            };
            bars.push((figure.amount.central(), bar, vec![f]));
        }
    }
    let scope = match among {
        Among::All => group_name.to_string(),
        Among::ChildrenOf(parent) => format!("{group_name} di {}", site.regions[parent].name),
    };
    bars.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    let total = bars.len();
    bars.truncate(MAX_BARS);
    // The table and CSV list each bar's agreeing figures, up to a bound:
    // one period of a region may be reported a thousand times alike.
    let figures: Vec<FigureId> = bars
        .iter()
        .flat_map(|(_, _, f)| f.iter().take(FIGURES_PER_BAR).copied())
        .collect();
    let bars: Vec<Bar> = bars.into_iter().map(|(_, b, _)| b).collect();
    let title = format!("{} {scope}", metric.label);
    let shown = if total > bars.len() {
        format!("{} angka terbesar dari {total}", bars.len())
    } else {
        format!("{total} angka")
    };
    let description = format!(
        "{title}: {shown}, masing-masing angka terbaru tiap wilayah beserta periodenya. Periodenya berbeda-beda, jadi selisih antarbatang belum tentu perbedaan pada waktu yang sama."
    );
    Some(ChartSpec {
        title,
        description,
        kind: metric.kind,
        figures,
        drawing: Drawing::Compare(bars),
    })
}

fn series_spec(site: &Site, region: RegionId, metric_id: usize) -> Option<ChartSpec> {
    let metric = &site.metrics[metric_id];
    let periods = site.dated_periods(region, metric_id);
    let (&first, &last) = (periods.first()?, periods.last()?);
    if periods.len() < 2 {
        return None;
    }
    let figures: Vec<FigureId> = site
        .figures_for(region, metric_id)
        .filter(|&f| site.figures[f].period.is_some())
        .collect();
    // Sources that agree on a period's value are one point with one label
    // (issue 21): the table, the CSV and the source line still name each.
    let mut drawn_values = std::collections::HashSet::new();
    let mut points: Vec<TimePoint> = figures
        .iter()
        .filter_map(|&f| {
            let figure = &site.figures[f];
            let period = figure.period?;
            let shown = format::amount(figure.amount, metric.kind, figure.approx);
            drawn_values.insert((period, shown)).then(|| TimePoint {
                span: period.span_in_years(),
                amount: figure.amount,
                approx: figure.approx,
            })
        })
        .collect();
    // Stable, so figures of one period keep their order side by side.
    points.sort_by(|a, b| {
        a.span
            .1
            .total_cmp(&b.span.1)
            .then(a.span.0.total_cmp(&b.span.0))
    });
    let distinct = points.len();
    let drawn = distinct.min(MAX_SERIES_POINTS);
    let points = points.split_off(distinct - drawn);
    let values_at = |period| -> String {
        let values: BTreeSet<String> = figures
            .iter()
            .map(|&f| &site.figures[f])
            .filter(|f| f.period == Some(period))
            .map(|f| format::amount(f.amount, metric.kind, f.approx))
            .collect();
        values.into_iter().collect::<Vec<_>>().join(" atau ")
    };
    let sources: BTreeSet<NewsId> = figures.iter().map(|&f| site.figures[f].news).collect();
    let title = format!("{} {}", metric.label, site.regions[region].name);
    let mut description = format!(
        "{title}, {}–{}: dari {} menjadi {} ({} angka bertanggal dari {} sumber)",
        first.year_number(),
        last.year_number(),
        values_at(first),
        values_at(last),
        format::number(figures.len() as f64),
        format::number(sources.len() as f64)
    );
    if drawn < distinct {
        description.push_str(&format!(
            "; grafik menggambar {drawn} angka terbaru, semuanya ada di data CSV"
        ));
    }
    Some(ChartSpec {
        title,
        description,
        kind: metric.kind,
        figures,
        drawing: Drawing::Series(points),
    })
}

/// The plan lists only charts that exist; a key without one is a bug in
/// the plan, reported rather than a panic.
fn planned(site: &Site, key: ChartKey) -> Result<ChartSpec, RenderError> {
    spec(site, key).ok_or_else(|| {
        RenderError(crate::msg!(
            "chart-failed",
            title = Route::Chart(key).path(site),
            error = "no data to draw"
        ))
    })
}

/// The chart as a page shows it.
pub fn view(kit: &Kit, key: ChartKey) -> Result<ChartView, RenderError> {
    let spec = planned(kit.site, key)?;
    let figures = &spec.figures;
    // Comparisons have a row per region compared, bounded by the regions
    // under one; a series grows with the archive.
    let shown = match key {
        ChartKey::Series { .. } => &figures[figures.len().saturating_sub(CHART_ROWS_SHOWN)..],
        ChartKey::Compare { .. } => &figures[..],
        // Shown without a table: the roll-up's own table is above it.
        ChartKey::RollUp { .. } => &figures[..0],
    };
    // The newest sources are named, as the table shows the newest rows,
    // and in the order drawn.
    let mut sources: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for &f in figures.iter().rev() {
        let source = kit.views.source(kit.site.figures[f].news);
        let named = format!("{}, {}", source.outlet, source.date);
        if seen.insert(named.clone()) && sources.len() < CHART_SOURCES_NAMED {
            sources.push(named);
        }
    }
    sources.reverse();
    Ok(ChartView {
        url: kit.link(&Route::Chart(key)),
        csv_url: kit.link(&Route::ChartData(key)),
        title: spec.title,
        description: spec.description,
        metric: kit.site.metrics[key_metric(key)].label.clone(),
        data: shown.iter().map(|&f| kit.views.figure(f)).collect(),
        data_total: figures.len(),
        sources_more: seen.len() - sources.len(),
        sources,
    })
}

fn key_metric(key: ChartKey) -> usize {
    match key {
        ChartKey::Series { metric, .. }
        | ChartKey::Compare { metric, .. }
        | ChartKey::RollUp { metric, .. } => metric,
    }
}

/// The chart drawn as SVG.
pub fn svg(site: &Site, key: ChartKey) -> Result<Vec<u8>, RenderError> {
    let spec = planned(site, key)?;
    let chart = match &spec.drawing {
        Drawing::Series(points) => {
            charts::time_series(&spec.title, &spec.description, spec.kind, points)
        }
        Drawing::Compare(bars) => {
            charts::comparison(&spec.title, &spec.description, spec.kind, bars)
        }
    }
    .map_err(|e| {
        RenderError(crate::msg!(
            "chart-failed",
            title = &spec.title,
            error = e.0
        ))
    })?;
    Ok(chart.svg.into_bytes())
}

/// The figures the chart draws, as CSV.
pub fn data(site: &Site, urls: &Urls, key: ChartKey) -> Result<Vec<u8>, RenderError> {
    let spec = planned(site, key)?;
    chart_csv(site, urls, &spec.figures).map_err(|e| {
        RenderError(crate::msg!(
            "chart-data-failed",
            file = Route::ChartData(key).file(site),
            error = e.to_string()
        ))
    })
}

/// The figures behind a chart as CSV: plain numbers (a dot for decimals, as
/// spreadsheets and scripts expect) and ISO dates of the stated precision.
/// Every text field is quoted: a spreadsheet in an Indonesian locale splits
/// on `;`, not `,`, and a quoted `Lebak;…` stays one cell under either.
fn chart_csv(site: &Site, urls: &Urls, figures: &[FigureId]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::NonNumeric)
        .from_writer(Vec::new());
    writer.write_record([
        "wilayah",
        "kode",
        "ukuran",
        "periode",
        "nilai",
        "nilai_rendah",
        "nilai_tinggi",
        "sekitar",
        "sumber",
        "tanggal_berita",
        "berita",
        "keterangan_nilai",
    ])?;
    for &id in figures {
        let figure = &site.figures[id];
        let region = &site.regions[figure.region];
        let item = &site.news[figure.news];
        let (value, low, high) = match figure.amount {
            Amount::Exact(v) => (v.to_string(), String::new(), String::new()),
            Amount::Range(l, h) => (String::new(), l.to_string(), h.to_string()),
        };
        let record = [
            region.name.as_str(),
            region.code.as_deref().unwrap_or(""),
            site.metrics[figure.metric].id.as_str(),
            &figure.period.map(|p| p.to_string()).unwrap_or_default(),
            &value,
            &low,
            &high,
            // Any figure that is not the value itself, bounds included, so
            // that no one reading only this column takes it as exact.
            if figure.approx.is_exact() {
                "tidak"
            } else {
                "ya"
            },
            item.outlet.as_str(),
            &item.published.map(|p| p.to_string()).unwrap_or_default(),
            &urls.absolute(&figure_path(site, id)),
            format::approx_words(figure.approx).unwrap_or(""),
        ];
        writer.write_record(record.map(|cell| inert_cell(cell).into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// What makes a spreadsheet read a cell as a formula when it comes first.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` made safe to open in a spreadsheet, as OWASP recommends against
/// CSV injection: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would run as a formula (`=HYPERLINK(…)`), so it gets a leading
/// `'`. So does such text right after a `;` or a `,` inside the cell (spaces
/// between aside): a program that splits lines on either separator without
/// reading quotes would otherwise start a cell there (`Lebak;=1+1;` gives
/// `=1+1` under `;`). A number such as `-3` stays a number.
fn inert_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = |part: &str| {
        let start = part.split([';', ',']).next().unwrap_or_default();
        (start.starts_with(FORMULA_START) || start.trim_start().starts_with(FORMULA_START))
            && !is_plain_number(start)
    };
    let mut starts = std::iter::once(0)
        .chain(cell.match_indices([';', ',']).map(|(at, _)| at + 1))
        .filter(|&at| risky(&cell[at..]))
        .peekable();
    if starts.peek().is_none() {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut inert = String::with_capacity(cell.len() + 2);
    let mut from = 0;
    for at in starts {
        inert.push_str(&cell[from..at]);
        inert.push('\'');
        from = at;
    }
    inert.push_str(&cell[from..]);
    std::borrow::Cow::Owned(inert)
}

/// `-3`, `+62`, `1.5`: a number a spreadsheet reads as one, not a formula.
fn is_plain_number(text: &str) -> bool {
    let text = text.trim();
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.matches('.').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_made_inert() {
        assert_eq!(
            inert_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(inert_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert_cell("+62 812"), "'+62 812");
        assert_eq!(inert_cell("-teks"), "'-teks");
        assert_eq!(inert_cell("\t=1"), "'\t=1");
        assert_eq!(inert_cell("-3.5"), "-3.5");
        assert_eq!(inert_cell("Radar Lampung"), "Radar Lampung");
        assert_eq!(inert_cell("-inf"), "'-inf");
    }

    #[test]
    fn a_formula_after_either_separator_is_made_inert() {
        assert_eq!(inert_cell("Lebak;=1+1;"), "Lebak;'=1+1;");
        assert_eq!(inert_cell("Lebak,@SUM(A1)"), "Lebak,'@SUM(A1)");
        assert_eq!(inert_cell("a; =1,\t=2;+x"), "a;' =1,'\t=2;'+x");
        assert_eq!(inert_cell("=a;-b"), "'=a;'-b");
        assert_eq!(inert_cell("30-40; -3,5"), "30-40; -3,5");
        assert_eq!(inert_cell("Lebak; Banten"), "Lebak; Banten");
    }
}
