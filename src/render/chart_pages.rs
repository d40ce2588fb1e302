//! The charts a page shows: a time series per region and metric, and a
//! comparison of regions on one metric. Builds the data and the sentence that
//! describes each chart; drawing is `charts`' job.

use std::collections::BTreeSet;

use serde::Serialize;

use super::charts::{self, Bar, Chart, TimePoint};
use super::format;
use super::pages::{OutputFile, RenderError};
use super::urls::{path, Urls};
use super::views::{FigureView, ViewBuilder};
use crate::model::{Amount, FigureId, Level, RegionId, Site};

/// Bars in a comparison chart; the rest are in the tables of the page.
pub const MAX_BARS: usize = 15;

/// A chart as a page shows it: its file, text alternative, the figures it
/// draws (for the table beside it) and where its data can be downloaded.
#[derive(Debug, Serialize, Clone)]
pub struct ChartView {
    pub url: String,
    pub csv_url: String,
    pub title: String,
    pub description: String,
    pub metric: String,
    pub data: Vec<FigureView>,
    /// "Banten Day, 18 Juli 2019", one per article, in the order drawn.
    pub sources: Vec<String>,
}

/// A chart as shown on a page, with its SVG and CSV files.
pub type RenderedChart = (ChartView, [OutputFile; 2]);

/// Compares `regions` on the first metric at least two of them report.
/// Provinces are never set against regencies and cities on one scale: the
/// chart takes whichever of the two groups has more regions reporting.
/// Returns the view and the files.
pub fn comparison_chart(
    views: &ViewBuilder,
    file_prefix: &str,
    scope: &str,
    regions: &[RegionId],
) -> Result<Option<RenderedChart>, RenderError> {
    let site = views.site;
    let (provinces, others): (Vec<RegionId>, Vec<RegionId>) = regions
        .iter()
        .partition(|&&r| site.regions[r].level == Level::Provinsi);
    for (metric_id, metric) in site.metrics.iter().enumerate() {
        let reporting = |group: &[RegionId]| {
            group
                .iter()
                .filter(|&&r| !site.latest(r, metric_id).is_empty())
                .count()
        };
        let (group, group_name) = if reporting(&others) >= reporting(&provinces) {
            (&others, "kabupaten dan kota")
        } else {
            (&provinces, "provinsi")
        };
        if reporting(group) < 2 {
            continue;
        }
        let mut bars: Vec<(f64, Bar, FigureId)> = Vec::new();
        for &region in group {
            let latest = site.latest(region, metric_id);
            let differ = latest.iter().any(|&f| site.conflict_of[f].is_some());
            for f in latest {
                let figure = &site.figures[f];
                let mut label = format!(
                    "{} · {}",
                    site.regions[region].name,
                    format::maybe_date(figure.period.as_ref())
                );
                if differ {
                    label.push_str(" · angka berbeda");
                }
                bars.push((
                    figure.amount.central(),
                    Bar {
                        label,
                        amount: figure.amount,
                        approx: figure.approx,
                    },
                    f,
                ));
            }
        }
        let scope = format!("{group_name} {scope}");
        bars.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
        let total = bars.len();
        bars.truncate(MAX_BARS);
        let shown_figures: Vec<FigureId> = bars.iter().map(|(_, _, f)| *f).collect();
        let bars: Vec<Bar> = bars.into_iter().map(|(_, b, _)| b).collect();
        let title = format!("{} {}", metric.label, scope.trim_end());
        let shown = if total > bars.len() {
            format!("{} angka terbesar dari {total}", bars.len())
        } else {
            format!("{total} angka")
        };
        let description = format!(
            "{title}: {shown}, masing-masing angka terbaru tiap wilayah beserta periodenya. Periodenya berbeda-beda, jadi selisih antarbatang belum tentu perbedaan pada waktu yang sama."
        );
        let chart = charts::comparison(&title, &description, metric.kind, &bars)
            .map_err(|e| RenderError(crate::msg!("chart-failed", title = &title, error = e.0)))?;
        let name = format!("{file_prefix}-{}", metric.id);
        return chart_output(views, &name, chart, &metric.label, &shown_figures).map(Some);
    }
    Ok(None)
}

fn chart_output(
    views: &ViewBuilder,
    name: &str,
    chart: Chart,
    metric: &str,
    figures: &[FigureId],
) -> Result<RenderedChart, RenderError> {
    let (site, urls) = (views.site, views.urls);
    let data: Vec<FigureView> = figures.iter().map(|&f| views.figure(f)).collect();
    let mut sources: Vec<String> = Vec::new();
    for view in &data {
        let source = format!("{}, {}", view.source.outlet, view.source.date);
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let svg_file = path::chart(name);
    let csv_file = path::chart_data(name);
    let csv = chart_csv(site, urls, figures).map_err(|e| {
        RenderError(crate::msg!(
            "chart-data-failed",
            file = &csv_file,
            error = e.to_string()
        ))
    })?;
    let view = ChartView {
        url: urls.link(&svg_file),
        csv_url: urls.link(&csv_file),
        title: chart.title,
        description: chart.description,
        metric: metric.to_string(),
        data,
        sources,
    };
    Ok((view, [(svg_file, chart.svg.into_bytes()), (csv_file, csv)]))
}

/// The figures behind a chart as CSV: plain numbers (a dot for decimals, as
/// spreadsheets and scripts expect) and ISO dates of the stated precision.
fn chart_csv(site: &Site, urls: &Urls, figures: &[FigureId]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
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
            if figure.approx { "ya" } else { "tidak" },
            item.outlet.as_str(),
            &item.published.map(|p| p.to_string()).unwrap_or_default(),
            &urls.absolute(&path::figure_anchor(&item.id, figure.position)),
        ];
        writer.write_record(record.map(|cell| inert_cell(cell).into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// `cell` made safe to open in a spreadsheet, as OWASP recommends against
/// CSV injection: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would run as a formula (`=HYPERLINK(…)`), so it gets a leading
/// `'`. A number such as `-3` stays a number.
fn inert_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A time-series chart for every metric with at least two dated periods.
pub fn region_charts(
    views: &ViewBuilder,
    region: RegionId,
) -> Result<Vec<RenderedChart>, RenderError> {
    let site = views.site;
    let r = &site.regions[region];
    let mut out = Vec::new();
    for (metric_id, metric) in site.metrics.iter().enumerate() {
        let periods = site.dated_periods(region, metric_id);
        if periods.len() < 2 {
            continue;
        }
        let figures: Vec<_> = site
            .figures_for(region, metric_id)
            .filter(|&f| site.figures[f].period.is_some())
            .collect();
        let points: Vec<TimePoint> = figures
            .iter()
            .filter_map(|&f| {
                let figure = &site.figures[f];
                figure.period.map(|p| TimePoint {
                    span: p.span_in_years(),
                    amount: figure.amount,
                    approx: figure.approx,
                })
            })
            .collect();
        let values_at = |period| -> String {
            let values: BTreeSet<String> = figures
                .iter()
                .map(|&f| &site.figures[f])
                .filter(|f| f.period == Some(period))
                .map(|f| format::amount(f.amount, metric.kind, f.approx))
                .collect();
            values.into_iter().collect::<Vec<_>>().join(" atau ")
        };
        let (first, last) = (periods[0], periods[periods.len() - 1]);
        let sources: BTreeSet<usize> = figures.iter().map(|&f| site.figures[f].news).collect();
        let title = format!("{} {}", metric.label, r.name);
        let description = format!(
            "{title}, {}–{}: dari {} menjadi {} ({} angka bertanggal dari {} sumber)",
            first.year_number(),
            last.year_number(),
            values_at(first),
            values_at(last),
            figures.len(),
            sources.len()
        );
        let chart = charts::time_series(&title, &description, metric.kind, &points)
            .map_err(|e| RenderError(crate::msg!("chart-failed", title = &title, error = e.0)))?;
        out.push(chart_output(
            views,
            &format!("wilayah-{}-{}", r.slug, metric.id),
            chart,
            &metric.label,
            &figures,
        )?);
    }
    Ok(out)
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
    }
}
