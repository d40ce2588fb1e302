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

/// The chart's width in SVG units. A phone 360 px wide shows the chart
/// about 326 px wide, so text of [`FONT_SIZE`] lands at 12 CSS px or more.
const WIDTH: u32 = 480;
/// plotters' text size; its SVG backend writes `font-size` as size / 1.24.
const FONT_SIZE: f64 = 24.0;
/// The `font-size` that ends up in the SVG.
pub const SVG_FONT_PX: f64 = FONT_SIZE / 1.24;
/// The most year labels an axis shows, however long the span.
const MAX_YEAR_LABELS: usize = 8;
const ACCENT: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const FONT: &str = "sans-serif";

/// The width a text of `chars` characters takes at [`SVG_FONT_PX`]: no
/// font is embedded, so this is a generous estimate for a sans-serif face,
/// used both to lay labels out and, in tests, to check they do not overlap.
pub fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * SVG_FONT_PX * 0.6
}

/// The height of one line of chart text, with a little air.
pub fn text_height() -> f64 {
    SVG_FONT_PX * 1.25
}

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
    let xs = spread_same_period(points);
    // The widest axis number is the top one; the axis takes just its room.
    let y_label_room = (text_width(&format::value(top, kind)) + 14.0).ceil() as u32;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(16)
            .margin_right(24)
            .x_label_area_size(36)
            .y_label_area_size(y_label_room)
            .build_cartesian_2d(start..end, 0.0..top)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(GRID)
            .axis_style(INK.mix(0.6))
            .x_labels((years + 1).min(MAX_YEAR_LABELS))
            .y_labels(5)
            .x_label_formatter(&|x| year_label(*x))
            // No "0": the axis line says it, and the label would crowd the
            // first year in the corner.
            .y_label_formatter(&|y| {
                if *y == 0.0 {
                    String::new()
                } else {
                    format::value(*y, kind)
                }
            })
            .label_style((FONT, FONT_SIZE).into_font().color(&INK))
            .draw()
            .map_err(err)?;

        for (point, &x) in points.iter().zip(&xs) {
            let (a, b) = point.span;
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
                        vec![(x, low), (x, high)],
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
                    (x, point.amount.central()),
                    5,
                    style,
                )))
                .map_err(err)?;
        }

        // Value labels, laid out in pixels so none covers another.
        let (x_range, y_range) = chart.plotting_area().get_pixel_range();
        let area = Area {
            left: f64::from(x_range.start),
            right: f64::from(x_range.end),
            top: f64::from(y_range.start),
            bottom: f64::from(y_range.end),
        };
        let anchors: Vec<(String, (f64, f64))> = points
            .iter()
            .zip(&xs)
            .map(|(point, &x)| {
                let (px, py) = chart.backend_coord(&(x, point.amount.high()));
                (
                    format::amount(point.amount, kind, point.approx),
                    (f64::from(px), f64::from(py)),
                )
            })
            .collect();
        let placed = place_labels(&anchors, &area);
        for ((_, (x, y)), (_, (cx, cy))) in anchors.iter().zip(&placed) {
            // A label moved away from its point gets a thin line to it, so
            // each number is read against the right point.
            let preferred = (y - 8.0 - text_height() / 2.0).round();
            if (cy - preferred).abs() > 1.0 || (cx - x).abs() > text_width("0000") {
                let edge = if cy < y {
                    cy + text_height() / 2.0
                } else {
                    cy - text_height() / 2.0
                };
                root.draw(&PathElement::new(
                    vec![
                        (cx.round() as i32, edge.round() as i32),
                        (x.round() as i32, y.round() as i32),
                    ],
                    INK.mix(0.45).stroke_width(1),
                ))
                .map_err(err)?;
            }
        }
        for (label, (cx, cy)) in placed {
            root.draw(&Text::new(
                label,
                (cx.round() as i32, cy.round() as i32),
                (FONT, FONT_SIZE)
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))
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
    const PAD: i32 = 8;
    const BAR: i32 = 28;
    let line = text_height().ceil() as i32;
    let labels: Vec<Vec<String>> = bars
        .iter()
        .map(|bar| wrap(&bar.label, f64::from(WIDTH) - f64::from(PAD) * 2.0))
        .collect();
    let values: Vec<String> = bars
        .iter()
        .map(|bar| format::amount(bar.amount, kind, bar.approx))
        .collect();
    let value_room = values.iter().map(|v| text_width(v)).fold(0.0, f64::max) + 16.0;
    let rows: Vec<i32> = labels
        .iter()
        .map(|lines| line * lines.len() as i32 + BAR + 16)
        .collect();
    let height = rows.iter().sum::<i32>() + PAD * 2;
    let top = nice_top(bars.iter().map(|b| b.amount.high()).fold(0.0, f64::max));
    let scale = (f64::from(WIDTH) - f64::from(PAD) * 2.0 - value_room) / top;
    let x = |value: f64| PAD + (value * scale).round() as i32;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let text = |anchor: HPos| {
            (FONT, FONT_SIZE)
                .into_font()
                .color(&INK)
                .pos(Pos::new(anchor, VPos::Center))
        };
        let mut row_top = PAD;
        for (i, bar) in bars.iter().enumerate() {
            for (n, label_line) in labels[i].iter().enumerate() {
                root.draw(&Text::new(
                    label_line.clone(),
                    (PAD, row_top + line * n as i32 + line / 2),
                    text(HPos::Left),
                ))
                .map_err(err)?;
            }
            let (low, high) = match bar.amount {
                Amount::Exact(v) => (v, v),
                Amount::Range(l, h) => (l, h),
            };
            let bar_top = row_top + line * labels[i].len() as i32 + 4;
            let bar_bottom = bar_top + BAR;
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
                values[i].clone(),
                (x(high).max(PAD + 2) + 8, (bar_top + bar_bottom) / 2),
                text(HPos::Left),
            ))
            .map_err(err)?;
            row_top += rows[i];
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title, description))
}

/// Where on the time axis each point is drawn: the middle of its span, or,
/// when several figures cover the same span (a conflict, or a range and a
/// value of one period), side by side across it, so none hides another.
fn spread_same_period(points: &[TimePoint]) -> Vec<f64> {
    points
        .iter()
        .map(|point| {
            let (a, b) = point.span;
            let same: Vec<&TimePoint> = points.iter().filter(|p| p.span == point.span).collect();
            let n = same.len();
            let i = same
                .iter()
                .position(|p| std::ptr::eq(*p, point))
                .unwrap_or(0);
            if n == 1 {
                (a + b) / 2.0
            } else if b > a {
                a + (b - a) * (i + 1) as f64 / (n + 1) as f64
            } else {
                // A day is a point: spread over a quarter of a year around it.
                a + (i as f64 - (n - 1) as f64 / 2.0) * 0.25 / n as f64
            }
        })
        .collect()
}

/// The plotting area in pixels.
struct Area {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

/// A label's box: centre and size, in pixels.
#[derive(Clone, Copy)]
struct LabelBox {
    cx: f64,
    cy: f64,
    w: f64,
    h: f64,
}

impl LabelBox {
    fn overlaps(&self, other: &LabelBox) -> bool {
        (self.cx - other.cx).abs() * 2.0 < self.w + other.w
            && (self.cy - other.cy).abs() * 2.0 < self.h + other.h
    }
}

/// Places each label near its anchor (a point's top, in pixels): above it
/// if that is free, else below, else higher or lower steps; always inside
/// the plotting area and never over a label already placed.
fn place_labels(anchors: &[(String, (f64, f64))], area: &Area) -> Vec<(String, (f64, f64))> {
    let h = text_height();
    let gap = 8.0 + h / 2.0;
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by(|&a, &b| anchors[a].1 .0.total_cmp(&anchors[b].1 .0));
    let mut placed: Vec<(usize, LabelBox)> = Vec::new();
    for i in order {
        let (label, (x, y)) = &anchors[i];
        let w = text_width(label);
        // Whole pixels, as the label will be drawn; nudged sideways when
        // straight above or below is taken.
        let clamp = |cx: f64| {
            cx.clamp(
                area.left + w / 2.0,
                (area.right - w / 2.0).max(area.left + w / 2.0),
            )
            .round()
        };
        let inside = |cy: f64| cy - h / 2.0 >= area.top && cy + h / 2.0 <= area.bottom;
        let candidates = (0..12).flat_map(|k| {
            let step = k as f64 * h;
            [(y - gap - step).round(), (y + gap + step).round()]
                .into_iter()
                .flat_map(move |cy| [0.0, 0.6, -0.6].map(move |shift| (clamp(x + shift * w), cy)))
        });
        // The first free place; when the chart is too crowded for one, the
        // place that covers the fewest labels.
        let covered = |b: &LabelBox| placed.iter().filter(|(_, o)| b.overlaps(o)).count();
        let chosen = candidates
            .map(|(cx, cy)| LabelBox { cx, cy, w, h })
            .filter(|b| inside(b.cy))
            .min_by_key(|b| covered(b))
            .unwrap_or(LabelBox {
                cx: clamp(*x),
                cy: (y - gap).clamp(area.top + h / 2.0, area.bottom - h / 2.0),
                w,
                h,
            });
        placed.push((i, chosen));
    }
    placed.sort_by_key(|(i, _)| *i);
    placed
        .into_iter()
        .map(|(i, b)| (anchors[i].0.clone(), (b.cx, b.cy)))
        .collect()
}

/// `label` broken into lines at spaces so that each fits `width` pixels.
fn wrap(label: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split(' ') {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}")) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
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

    /// Every text of an SVG as a box, with the same width estimate the
    /// layout uses, from the attributes plotters writes.
    fn text_boxes(svg: &str) -> (Vec<(String, LabelBox)>, f64, f64) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let root = doc.root_element();
        let size = |name: &str| root.attribute(name).unwrap().parse::<f64>().unwrap();
        let (width, height) = (size("width"), size("height"));
        let boxes = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| {
                let text = n.text()?.trim().to_string();
                if text.is_empty() {
                    return None;
                }
                let number = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
                let font = number("font-size");
                assert!(
                    (font - SVG_FONT_PX).abs() < 0.01,
                    "{text}: font-size {font}"
                );
                let (x, y) = (number("x"), number("y"));
                let (w, h) = (text_width(&text), text_height());
                let cx = match n.attribute("text-anchor") {
                    Some("middle") => x,
                    Some("end") => x - w / 2.0,
                    _ => x + w / 2.0,
                };
                let cy = match n.attribute("dy") {
                    Some("0.76em") => y + h / 2.0,
                    _ => y,
                };
                Some((text, LabelBox { cx, cy, w, h }))
            })
            .collect();
        (boxes, width, height)
    }

    #[track_caller]
    fn assert_no_overlap_and_inside(svg: &str) {
        let (boxes, width, height) = text_boxes(svg);
        for (i, (text, b)) in boxes.iter().enumerate() {
            assert!(
                b.cx - b.w / 2.0 >= 0.0 && b.cx + b.w / 2.0 <= width,
                "{text} leaves the chart sideways"
            );
            assert!(
                b.cy - b.h / 2.0 >= 0.0 && b.cy + b.h / 2.0 <= height,
                "{text} leaves the chart vertically"
            );
            for (other, o) in &boxes[i + 1..] {
                assert!(!b.overlaps(o), "`{text}` overlaps `{other}`");
            }
        }
    }

    fn point(date: &str, value: f64) -> TimePoint {
        TimePoint {
            span: PartialDate::parse(date).unwrap().span_in_years(),
            amount: Amount::Exact(value),
            approx: false,
        }
    }

    #[test]
    fn figures_of_one_period_are_drawn_side_by_side_with_their_own_labels() {
        // Lebak: Antara says 15.454 for 2015, Medcom.id 15.372.
        let points = vec![
            point("2013", 14_327.0),
            point("2015", 15_454.0),
            point("2015", 15_372.0),
            point("2016", 16_000.0),
            point("2016-11-17", 14_567.0),
            point("2019-07-18", 15_769.0),
        ];
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
        let (boxes, _, _) = text_boxes(&chart.svg);
        let x_of = |label: &str| boxes.iter().find(|(t, _)| t == label).unwrap().1.cx;
        assert!(
            (x_of("15.454") - x_of("15.372")).abs() > 10.0,
            "drawn on top of each other"
        );
        let circles = chart.svg.matches("<circle").count();
        assert_eq!(circles, 6);
    }

    #[test]
    fn many_close_values_keep_their_labels_apart() {
        let points: Vec<TimePoint> = (2015..2025)
            .map(|year| point(&year.to_string(), 15_000.0 + f64::from(year)))
            .chain([point("2020", 14_900.0), point("2020", 17_100.0)])
            .collect();
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
    }

    #[test]
    fn a_long_span_draws_a_bounded_number_of_year_labels() {
        let points = vec![point("1900", 1.0), point("2100", 2.0)];
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        let (boxes, _, _) = text_boxes(&chart.svg);
        let years = boxes
            .iter()
            .filter(|(t, _)| t.len() == 4 && t.parse::<u32>().is_ok())
            .count();
        assert!(years <= MAX_YEAR_LABELS, "{years} year labels");
        assert_no_overlap_and_inside(&chart.svg);
    }

    #[test]
    fn a_long_region_name_wraps_inside_the_comparison() {
        let bars = vec![
            Bar {
                label: "Kabupaten Kepulauan Siau Tagulandang Biaro Sangihe Talaud (18 Juli 2019)"
                    .into(),
                amount: Amount::Exact(1_234_567.0),
                approx: true,
            },
            Bar {
                label: "Kota Kendari (2020)".into(),
                amount: Amount::Range(30.0, 40.0),
                approx: false,
            },
        ];
        let chart = comparison("t", "d", MetricKind::Count, &bars).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
    }

    #[test]
    fn chart_text_is_at_least_12_css_px_on_a_360_px_phone() {
        // The page shows a chart 360 px minus 2 × 16 px of padding and its
        // 1 px border wide.
        let shown = 360.0 - 2.0 * 16.0 - 2.0;
        assert!(SVG_FONT_PX * shown / f64::from(WIDTH) >= 12.0);
    }

    #[test]
    fn nice_tops_are_round() {
        assert_eq!(nice_top(16_500.0), 20_000.0);
        assert_eq!(nice_top(40.0), 50.0);
        assert_eq!(nice_top(0.0), 1.0);
    }
}
