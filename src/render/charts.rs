//! SVG charts with plotters: a time series per region and metric, and a
//! comparison of regions on one metric.
//!
//! A value is drawn across the time its date covers: a year-precise figure
//! as a bar spanning the year, a month as a month, a day as a point. Undated
//! figures are never given to these functions. Axis labels use the
//! Indonesian formats from `format`, and the output is a pure function of the
//! input, so builds are byte-identical.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::format;
use super::svg::make_accessible;
use crate::model::{Amount, MetricKind};

/// Narrow enough that text stays legible when a phone scales the chart down.
const WIDTH: u32 = 560;
const ACCENT: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const FONT: &str = "sans-serif";

/// One dated value on a time series.
#[derive(Debug, Clone)]
pub struct TimePoint {
    /// The time the date covers, in fractional years (equal ends for a day).
    pub span: (f64, f64),
    pub amount: Amount,
    pub approx: bool,
}

/// One bar of a comparison: a region's figure with its period in the label.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub amount: Amount,
    pub approx: bool,
}

/// A chart's SVG text and the sentence that describes it.
#[derive(Debug, Clone)]
pub struct Chart {
    pub svg: String,
    pub title: String,
    pub description: String,
}

/// A chart that could not be drawn (plotters reports its own errors).
#[derive(Debug)]
pub struct ChartError(pub String);

fn err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError(format!("{e:?}"))
}

/// Values over time for one region and metric.
pub fn time_series(
    title: &str,
    description: &str,
    kind: MetricKind,
    points: &[TimePoint],
) -> Result<Chart, ChartError> {
    let height = 330;
    let start = points
        .iter()
        .map(|p| p.span.0)
        .fold(f64::INFINITY, f64::min)
        .floor();
    let end = points
        .iter()
        .map(|p| p.span.1)
        .fold(f64::NEG_INFINITY, f64::max)
        .ceil()
        .max(start + 1.0);
    let top = nice_top(points.iter().map(|p| p.amount.high()).fold(0.0, f64::max));
    let years = (end - start) as usize;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(16)
            .margin_right(24)
            .x_label_area_size(32)
            .y_label_area_size(90)
            .build_cartesian_2d(start..end, 0.0..top)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(GRID)
            .axis_style(INK.mix(0.6))
            .x_labels(years + 1)
            .y_labels(6)
            .x_label_formatter(&|x| year_label(*x))
            .y_label_formatter(&|y| format::value(*y, kind))
            .label_style((FONT, 22).into_font().color(&INK))
            .draw()
            .map_err(err)?;

        for point in points {
            let (a, b) = point.span;
            let middle = (a + b) / 2.0;
            if b > a {
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(a, point.amount.central()), (b, point.amount.central())],
                        ACCENT.mix(0.8).stroke_width(6),
                    )))
                    .map_err(err)?;
            }
            if let Amount::Range(low, high) = point.amount {
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(middle, low), (middle, high)],
                        ACCENT.stroke_width(3),
                    )))
                    .map_err(err)?;
            }
            let style = if point.approx {
                ACCENT.stroke_width(2)
            } else {
                ACCENT.filled()
            };
            chart
                .draw_series(std::iter::once(Circle::new(
                    (middle, point.amount.central()),
                    5,
                    style,
                )))
                .map_err(err)?;
            let label = format::amount(point.amount, kind, point.approx);
            chart
                .draw_series(std::iter::once(Text::new(
                    label,
                    (middle, point.amount.high() + top / 40.0),
                    (FONT, 22)
                        .into_font()
                        .color(&INK)
                        .pos(Pos::new(HPos::Center, VPos::Bottom)),
                )))
                .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title, description))
}

/// Regions side by side, each bar labelled with its region and period.
/// Laid out in pixels: a label line above each bar keeps long Indonesian
/// region names readable on a phone, where a left axis would squeeze them.
pub fn comparison(
    title: &str,
    description: &str,
    kind: MetricKind,
    bars: &[Bar],
) -> Result<Chart, ChartError> {
    const ROW: i32 = 70;
    const PAD: i32 = 8;
    const VALUE_ROOM: f64 = 190.0;
    let height = ROW * bars.len() as i32 + PAD * 2;
    let top = nice_top(bars.iter().map(|b| b.amount.high()).fold(0.0, f64::max));
    let scale = (f64::from(WIDTH) - f64::from(PAD) * 2.0 - VALUE_ROOM) / top;
    let x = |value: f64| PAD + (value * scale).round() as i32;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let text = |anchor: HPos| {
            (FONT, 22)
                .into_font()
                .color(&INK)
                .pos(Pos::new(anchor, VPos::Center))
        };
        for (i, bar) in bars.iter().enumerate() {
            let row_top = PAD + ROW * i as i32;
            root.draw(&Text::new(
                bar.label.clone(),
                (PAD, row_top + 14),
                text(HPos::Left),
            ))
            .map_err(err)?;
            let (low, high) = match bar.amount {
                Amount::Exact(v) => (v, v),
                Amount::Range(l, h) => (l, h),
            };
            let (bar_top, bar_bottom) = (row_top + 34, row_top + 62);
            // A range is a light bar to its high end over a solid one to its low end.
            let full = if low < high {
                ACCENT.mix(0.45)
            } else {
                ACCENT.mix(1.0)
            };
            root.draw(&Rectangle::new(
                [(PAD, bar_top), (x(high).max(PAD + 2), bar_bottom)],
                full.filled(),
            ))
            .map_err(err)?;
            if low < high {
                root.draw(&Rectangle::new(
                    [(PAD, bar_top), (x(low), bar_bottom)],
                    ACCENT.filled(),
                ))
                .map_err(err)?;
            }
            root.draw(&Text::new(
                format::amount(bar.amount, kind, bar.approx),
                (x(high).max(PAD + 2) + 8, (bar_top + bar_bottom) / 2),
                text(HPos::Left),
            ))
            .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title, description))
}

fn finish(svg: String, title: &str, description: &str) -> Chart {
    Chart {
        svg: make_accessible(&svg, title, description),
        title: title.to_string(),
        description: description.to_string(),
    }
}

/// Years only at whole numbers; the axis never shows "2.019" or "2019,5".
fn year_label(x: f64) -> String {
    if (x - x.round()).abs() < 1e-6 {
        format!("{}", x.round() as i64)
    } else {
        String::new()
    }
}

/// A round upper bound above `max` with some headroom for labels.
fn nice_top(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let padded = max * 1.2;
    let magnitude = 10f64.powf(padded.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|s| s * magnitude)
        .find(|s| *s >= padded / 5.0)
        .unwrap_or(magnitude * 10.0);
    (padded / step).ceil() * step
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn points() -> Vec<TimePoint> {
        ["2015", "2016", "2019-07-18"]
            .iter()
            .zip([15_372.0, 16_000.0, 15_769.0])
            .map(|(d, v)| TimePoint {
                span: PartialDate::parse(d).unwrap().span_in_years(),
                amount: Amount::Exact(v),
                approx: false,
            })
            .collect()
    }

    #[test]
    fn time_series_is_valid_svg_with_indonesian_labels() {
        let chart = time_series(
            "Jumlah IKM Kabupaten Lebak",
            "dari 15.372 menjadi 15.769",
            MetricKind::Count,
            &points(),
        )
        .unwrap();
        let doc = roxmltree::Document::parse(&chart.svg).unwrap();
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text().map(str::trim))
            .collect();
        assert!(texts.contains(&"15.769"), "{texts:?}");
        assert!(texts.contains(&"2016"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("2.01")), "{texts:?}");
        assert!(chart
            .svg
            .contains("<title id=\"t\">Jumlah IKM Kabupaten Lebak</title>"));
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        let a = time_series("t", "d", MetricKind::Count, &points()).unwrap();
        let b = time_series("t", "d", MetricKind::Count, &points()).unwrap();
        assert_eq!(a.svg, b.svg);
    }

    #[test]
    fn comparison_labels_each_bar_with_its_text() {
        let bars = vec![
            Bar {
                label: "Kabupaten Lebak (18 Juli 2019)".into(),
                amount: Amount::Exact(15_769.0),
                approx: false,
            },
            Bar {
                label: "Lampung Barat (tanggal tidak diketahui)".into(),
                amount: Amount::Exact(700.0),
                approx: true,
            },
            Bar {
                label: "Persen".into(),
                amount: Amount::Range(30.0, 40.0),
                approx: false,
            },
        ];
        let chart = comparison("Jumlah IKM", "d", MetricKind::Count, &bars).unwrap();
        let doc = roxmltree::Document::parse(&chart.svg).unwrap();
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text().map(str::trim))
            .collect();
        assert!(
            texts.contains(&"Kabupaten Lebak (18 Juli 2019)"),
            "{texts:?}"
        );
        assert!(texts.contains(&"sekitar 700"), "{texts:?}");
    }

    #[test]
    fn nice_tops_are_round() {
        assert_eq!(nice_top(16_500.0), 20_000.0);
        assert_eq!(nice_top(40.0), 50.0);
        assert_eq!(nice_top(0.0), 1.0);
    }
}
