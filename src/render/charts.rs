//! SVG charts with plotters: a time series per region and metric, and a
//! comparison of regions on one metric.
//!
//! A value is drawn across the time its date covers: a year-precise figure
//! as a bar spanning the year, a month as a month, a day as a point. Undated
//! figures are never given to these functions. Axis labels use the
//! Indonesian formats from `format`, value labels print a figure exactly as
//! the pages do, and the output is a pure function of the input, so builds
//! are byte-identical.
//!
//! Both charts are laid out in SVG units by hand on plotters' drawing area
//! rather than with its mesh, so that every text's place is chosen by
//! `chart_layout`, which thins the years and leaves out a value label that
//! has no room beside its point.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart_layout::{
    labelled_years, place_value_labels, text_height, text_width, year_step, Anchor, Rect, FONT_PX,
    GAP,
};
use super::format;
use super::svg::make_accessible;
use crate::model::{Amount, MetricKind};

/// The chart's width in SVG units, and its widest on a page: the stylesheet
/// shows a chart at its own size (1 unit = 1 CSS px, so [`FONT_PX`] text sits
/// at 16 px beside 17 px body text) and only scales it down to fit a
/// narrower screen. At 360 px the chart is 326 px wide and its text
/// 16 × 326 / 420 = 12,4 px; a wider chart would push that under 12 px,
/// larger text would crowd the year axis.
pub const WIDTH: u32 = 420;
/// A time series' height in SVG units.
const SERIES_HEIGHT: u32 = 300;
/// plotters' text size; its SVG backend writes `font-size` as size / 1.24.
const FONT_SIZE: f64 = FONT_PX * 1.24;
/// Room around the drawing, in SVG units.
const PAD: f64 = 8.0;
/// The radius of a point's mark, when there is room for it.
const DOT: f64 = 5.0;
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

/// A point in SVG units as plotters draws it: whole units.
fn at(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Chart text anchored at `h` and centred vertically on its point.
fn text_style(h: HPos) -> TextStyle<'static> {
    (FONT, FONT_SIZE)
        .into_font()
        .color(&INK)
        .pos(Pos::new(h, VPos::Center))
}

/// Values over time for one region and metric. Every year the axis has
/// room for is labelled, under the middle of its span; a point's value is
/// labelled beside it when there is room (the newest, the oldest, the
/// highest and the lowest first), and left to the table otherwise.
pub fn time_series(
    title: &str,
    description: &str,
    kind: MetricKind,
    points: &[TimePoint],
) -> Result<Chart, ChartError> {
    let width = f64::from(WIDTH);
    let height = f64::from(SERIES_HEIGHT);
    let h = text_height();
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
    let (top, step) = nice_scale(points.iter().map(|p| p.amount.high()).fold(0.0, f64::max));
    // No "0": the axis line says it, and the label would crowd the first year.
    let ticks: Vec<(f64, String)> = (1..)
        .map(|i| f64::from(i) * step)
        .take_while(|t| *t <= top * (1.0 + 1e-9))
        .map(|t| (t, format::axis_value(t, kind)))
        .collect();
    let tick_room = ticks
        .iter()
        .map(|(_, label)| text_width(label))
        .fold(0.0, f64::max);
    let plot = Rect {
        left: (PAD + tick_room + GAP + 4.0).ceil(),
        top: (h / 2.0 + PAD).ceil(),
        // Half a year label may stand past the last year's middle.
        right: width - (text_width("0000") / 2.0 + PAD).ceil(),
        bottom: height - (h + GAP + 4.0 + PAD).ceil(),
    };
    let x_of = |t: f64| plot.left + (t - start) / (end - start) * (plot.right - plot.left);
    let y_of = |v: f64| plot.bottom - v / top * (plot.bottom - plot.top);
    let xs = spread_same_period(points);
    // Smaller marks when many share the axis, so a dense series reads as a
    // cloud of dots rather than a blot.
    let dot = ((plot.right - plot.left) / points.len().max(1) as f64 / 2.0)
        .clamp(2.0, DOT)
        .round();

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, SERIES_HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let line = |from: (f64, f64), to: (f64, f64), style: ShapeStyle| {
            root.draw(&PathElement::new(
                vec![at(from.0, from.1), at(to.0, to.1)],
                style,
            ))
            .map_err(err)
        };
        for (t, label) in &ticks {
            let y = y_of(*t);
            line((plot.left, y), (plot.right, y), GRID.stroke_width(1))?;
            root.draw(&Text::new(
                label.clone(),
                at(plot.left - GAP - 4.0, y),
                text_style(HPos::Right),
            ))
            .map_err(err)?;
        }
        let axis = INK.mix(0.6).stroke_width(1);
        line((plot.left, plot.top), (plot.left, plot.bottom), axis)?;
        line((plot.left, plot.bottom), (plot.right, plot.bottom), axis)?;
        let years = (end - start) as i32;
        let per_year = (plot.right - plot.left) / f64::from(years);
        let first = start as i32;
        for year in labelled_years(first, first + years - 1, year_step(per_year)) {
            let x = x_of(f64::from(year) + 0.5);
            root.draw(&Text::new(
                year.to_string(),
                at(x, plot.bottom + GAP + 4.0 + h / 2.0),
                text_style(HPos::Center),
            ))
            .map_err(err)?;
        }
        if per_year >= 4.0 {
            for year in 0..=years {
                let x = x_of(f64::from(first + year));
                line((x, plot.bottom), (x, plot.bottom + 4.0), axis)?;
            }
        }

        let mut marks: Vec<Rect> = Vec::new();
        let mut anchors: Vec<Anchor> = Vec::new();
        for (point, &x) in points.iter().zip(&xs) {
            let (a, b) = point.span;
            let (px, middle) = (x_of(x), y_of(point.amount.central()));
            if b > a {
                line(
                    (x_of(a), middle),
                    (x_of(b), middle),
                    ACCENT.mix(0.8).stroke_width(6),
                )?;
                marks.push(Rect {
                    left: x_of(a),
                    top: middle - 3.0,
                    right: x_of(b),
                    bottom: middle + 3.0,
                });
            }
            let (high, low) = (y_of(point.amount.high()), y_of(low(point.amount)));
            if let Amount::Range(..) = point.amount {
                line((px, low), (px, high), ACCENT.stroke_width(3))?;
            }
            let style = if point.approx {
                ACCENT.stroke_width(2)
            } else {
                ACCENT.filled()
            };
            root.draw(&Circle::new(at(px, middle), dot as i32, style))
                .map_err(err)?;
            let mark = Rect {
                left: px - dot,
                top: high.min(middle - dot),
                right: px + dot,
                bottom: low.max(middle + dot),
            };
            marks.push(mark);
            anchors.push(Anchor {
                text: format::amount(point.amount, kind, point.approx),
                x: px,
                top: mark.top,
                bottom: mark.bottom,
                middle,
            });
        }

        let area = Rect {
            left: plot.left + 2.0,
            top: 2.0,
            right: width - 2.0,
            bottom: plot.bottom - 2.0,
        };
        let placed = place_value_labels(&anchors, &marks, &area, &label_priority(points, &xs));
        for (anchor, centre) in anchors.iter().zip(placed) {
            if let Some((cx, cy)) = centre {
                root.draw(&Text::new(
                    anchor.text.clone(),
                    at(cx, cy),
                    text_style(HPos::Center),
                ))
                .map_err(err)?;
            }
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title, description))
}

/// Which value labels claim their place first: the newest point, the
/// oldest, the highest and the lowest, then the rest from the newest back.
fn label_priority(points: &[TimePoint], xs: &[f64]) -> Vec<usize> {
    let mut by_time: Vec<usize> = (0..points.len()).collect();
    by_time.sort_by(|&a, &b| xs[b].total_cmp(&xs[a]).then(a.cmp(&b)));
    let value = |i: &usize| points[*i].amount.high();
    let highest = by_time
        .iter()
        .copied()
        .max_by(|a, b| value(a).total_cmp(&value(b)));
    let lowest = by_time
        .iter()
        .copied()
        .min_by(|a, b| value(a).total_cmp(&value(b)));
    let mut order: Vec<usize> = Vec::with_capacity(points.len());
    let first = [
        by_time.first().copied(),
        by_time.last().copied(),
        highest,
        lowest,
    ];
    for i in first.into_iter().flatten().chain(by_time.iter().copied()) {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    order
}

/// Regions side by side, each bar labelled with its region and period.
/// Laid out in SVG units: a label line above each bar keeps long Indonesian
/// region names readable on a phone, where a left axis would squeeze them.
pub fn comparison(
    title: &str,
    description: &str,
    kind: MetricKind,
    bars: &[Bar],
) -> Result<Chart, ChartError> {
    const BAR: f64 = 28.0;
    let width = f64::from(WIDTH);
    // Wrapped lines a gap apart, so two never touch.
    let line = (text_height() + GAP).ceil();
    let labels: Vec<Vec<String>> = bars
        .iter()
        .map(|bar| wrap(&bar.label, width - PAD * 2.0))
        .collect();
    let values: Vec<String> = bars
        .iter()
        .map(|bar| format::amount(bar.amount, kind, bar.approx))
        .collect();
    let value_room = values.iter().map(|v| text_width(v)).fold(0.0, f64::max) + 2.0 * GAP;
    let rows: Vec<f64> = labels
        .iter()
        .map(|lines| line * lines.len() as f64 + BAR + 16.0)
        .collect();
    let height = rows.iter().sum::<f64>() + PAD * 2.0;
    let (top, _) = nice_scale(bars.iter().map(|b| b.amount.high()).fold(0.0, f64::max));
    let scale = (width - PAD * 2.0 - value_room).max(0.0) / top;
    let x = |value: f64| (PAD + value * scale).max(PAD + 2.0);

    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (WIDTH, height.ceil() as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut row_top = PAD;
        for (i, bar) in bars.iter().enumerate() {
            for (n, label_line) in labels[i].iter().enumerate() {
                root.draw(&Text::new(
                    label_line.clone(),
                    at(PAD, row_top + line * n as f64 + line / 2.0),
                    text_style(HPos::Left),
                ))
                .map_err(err)?;
            }
            let bar_top = row_top + line * labels[i].len() as f64 + 4.0;
            let bar_bottom = bar_top + BAR;
            let (low, high) = (low(bar.amount), bar.amount.high());
            // A range is a light bar to its high end over a solid one to its low end.
            let full = if low < high {
                ACCENT.mix(0.45)
            } else {
                ACCENT.mix(1.0)
            };
            root.draw(&Rectangle::new(
                [at(PAD, bar_top), at(x(high), bar_bottom)],
                full.filled(),
            ))
            .map_err(err)?;
            if low < high {
                root.draw(&Rectangle::new(
                    [at(PAD, bar_top), at(x(low), bar_bottom)],
                    ACCENT.filled(),
                ))
                .map_err(err)?;
            }
            root.draw(&Text::new(
                values[i].clone(),
                at(x(high) + GAP * 2.0, (bar_top + bar_bottom) / 2.0),
                text_style(HPos::Left),
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

/// The low end of an amount: a range's low value, or the value itself.
fn low(amount: Amount) -> f64 {
    match amount {
        Amount::Exact(v) | Amount::Range(v, _) => v,
    }
}

/// `label` broken into lines at spaces so that each fits `width`; a word
/// wider than that on its own is cut, so no line ever leaves the chart.
fn wrap(label: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split(' ') {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}")) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => {
                let mut piece = String::new();
                for c in word.chars() {
                    if !piece.is_empty() && text_width(&format!("{piece}{c}")) > width {
                        lines.push(std::mem::take(&mut piece));
                    }
                    piece.push(c);
                }
                lines.push(piece);
            }
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

/// A round upper bound above `max`, with headroom for the labels above
/// the highest point, and the step of at most five gridlines up to it.
fn nice_scale(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 0.25);
    }
    let padded = max * 1.2;
    let magnitude = 10f64.powf((padded / 5.0).log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|s| s * magnitude)
        .find(|s| *s * 5.0 >= padded)
        .unwrap_or(magnitude * 10.0);
    ((padded / step).ceil() * step, step)
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

    /// Every text of an SVG as a box, with the same estimates the layout
    /// uses, from the attributes plotters writes.
    fn text_boxes(svg: &str) -> (Vec<(String, Rect)>, f64, f64) {
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
                assert!((font - FONT_PX).abs() < 0.01, "{text}: font-size {font}");
                assert_eq!(n.attribute("dy"), Some("0.5ex"), "{text}: not centred");
                let (x, y) = (number("x"), number("y"));
                let w = text_width(&text);
                let cx = match n.attribute("text-anchor") {
                    Some("middle") => x,
                    Some("end") => x - w / 2.0,
                    _ => x + w / 2.0,
                };
                Some((text, Rect::centred(cx, y, w)))
            })
            .collect();
        (boxes, width, height)
    }

    #[track_caller]
    fn assert_no_overlap_and_inside(svg: &str) {
        let (boxes, width, height) = text_boxes(svg);
        let chart = Rect {
            left: 0.0,
            top: 0.0,
            right: width,
            bottom: height,
        };
        for (i, (text, b)) in boxes.iter().enumerate() {
            assert!(b.inside(&chart), "{text} leaves the chart: {b:?}");
            for (other, o) in &boxes[i + 1..] {
                assert!(!b.crowds(o, GAP - 0.5), "`{text}` crowds `{other}`");
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

    fn texts(svg: &str) -> Vec<String> {
        text_boxes(svg).0.into_iter().map(|(t, _)| t).collect()
    }

    type Labelled = Vec<(String, Rect)>;

    /// Every value label's box (centred text that is not a year) and
    /// every point's centre.
    fn labels_and_points(svg: &str) -> (Labelled, Vec<(f64, f64)>) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let v = |n: &roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
        let points = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .map(|n| (v(&n, "cx"), v(&n, "cy")))
            .collect();
        let labels = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") && n.attribute("text-anchor") == Some("middle"))
            .filter_map(|n| {
                let text = n.text()?.trim().to_string();
                let year = text.len() == 4 && text.parse::<u32>().is_ok();
                let b = Rect::centred(v(&n, "x"), v(&n, "y"), text_width(&text));
                (!year && !text.is_empty()).then_some((text, b))
            })
            .collect();
        (labels, points)
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
        let (labels, dots) = labels_and_points(&chart.svg);
        assert_eq!(dots.len(), 6);
        for (i, a) in dots.iter().enumerate() {
            for b in &dots[i + 1..] {
                assert!(
                    (a.0 - b.0).abs() > 10.0 || (a.1 - b.1).abs() > 10.0,
                    "drawn on top of each other: {a:?} {b:?}"
                );
            }
        }
        // At least one of the two 2015 figures, and the newest, keep a label.
        let shown: Vec<&str> = labels.iter().map(|(t, _)| t.as_str()).collect();
        assert!(shown.contains(&"15.769"), "{shown:?}");
        assert!(
            shown.contains(&"15.454") || shown.contains(&"15.372"),
            "{shown:?}"
        );
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
    fn issue_17_year_labels_never_run_together() {
        // Lebak's span, 2013 to 2026, and a long one.
        for (first, last) in [(2013, 2026), (2013, 2020), (1900, 2100), (2019, 2019)] {
            let points = vec![
                point(&first.to_string(), 1.0),
                point(&last.to_string(), 2.0),
            ];
            let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
            assert_no_overlap_and_inside(&chart.svg);
            let years: Vec<String> = texts(&chart.svg)
                .into_iter()
                .filter(|t| t.len() == 4 && t.parse::<u32>().is_ok())
                .collect();
            assert!(!years.is_empty(), "{first}–{last}: no year");
            assert!(
                years.contains(&first.to_string()) || years.len() > 1,
                "{years:?}"
            );
        }
    }

    #[test]
    fn issue_17_value_labels_stay_next_to_their_points_or_are_left_out() {
        // Lebak-like: 18 figures over 14 years, several per year.
        let values = [
            14_327.0, 14_200.0, 15_454.0, 15_372.0, 16_000.0, 14_567.0, 15_769.0, 7_000.0,
            15_900.0, 16_100.0, 15_100.0, 14_900.0, 15_000.0, 16_500.0, 15_200.0, 15_300.0,
            14_800.0, 15_600.0,
        ];
        let points: Vec<TimePoint> = values
            .iter()
            .enumerate()
            .map(|(i, &v)| point(&(2013 + (i as i32 * 13) / 17).to_string(), v))
            .collect();
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
        let (labels, dots) = labels_and_points(&chart.svg);
        assert!(labels.len() >= 4, "{labels:?}");
        for (text, b) in &labels {
            // The label's point is within a label's height and a gap of it.
            let near = dots.iter().any(|&(x, y)| {
                x >= b.left - GAP - DOT - 3.0
                    && x <= b.right + GAP + DOT + 3.0
                    && y >= b.top - GAP - DOT - text_height()
                    && y <= b.bottom + GAP + DOT + text_height()
            });
            assert!(near, "{text} is far from every point");
        }
        // No leader lines: only gridlines, axes, ticks and marks are paths.
        assert!(!chart.svg.contains("opacity=\"0.45\""));
    }

    #[test]
    fn issue_17_twelve_months_of_big_values_do_not_overlap() {
        let points: Vec<TimePoint> = (1..=12)
            .map(|m| point(&format!("2019-{m:02}"), 1_234_570_890.0 + f64::from(m)))
            .collect();
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
        let shown = texts(&chart.svg);
        let values = shown.iter().filter(|t| t.starts_with("1.234.570.")).count();
        // Each label is wider than four months: some of the twelve, not all.
        assert!((3..12).contains(&values), "{shown:?}");
        assert!(shown.contains(&"2019".to_string()), "{shown:?}");
    }

    #[test]
    fn issue_17_extreme_values_print_exactly_and_stay_inside() {
        let points = vec![
            point("2019", 999_999_999_999_999.0),
            point("2020", 999_999_999_999_998.0),
            point("2021", 999_999_999_999_997.0),
            point("2022", 999_999_999_999_990.0),
        ];
        let chart = time_series("t", "d", MetricKind::Count, &points).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
        let shown = texts(&chart.svg);
        assert!(!shown.iter().any(|t| t.contains(',')), "{shown:?}");
        assert!(
            shown.iter().any(|t| t.starts_with("999.999.999.999.99")),
            "{shown:?}"
        );
        let bars = vec![
            Bar {
                label: "Kabupaten Satu · 2020".into(),
                amount: Amount::Exact(999_999_999_999_998.0),
                approx: true,
            },
            Bar {
                label: "Kabupaten Dua · 2021".into(),
                amount: Amount::Range(999_999_999_999_990.0, 999_999_999_999_999.0),
                approx: false,
            },
        ];
        let chart = comparison("t", "d", MetricKind::Count, &bars).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
        assert!(texts(&chart.svg).contains(&"sekitar 999.999.999.999.998".to_string()));
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
            Bar {
                label: "Kabupaten Tanpaspasinamanyapanjangsekalisampaitidakmuatsebaris".into(),
                amount: Amount::Exact(7.0),
                approx: false,
            },
        ];
        let chart = comparison("t", "d", MetricKind::Count, &bars).unwrap();
        assert_no_overlap_and_inside(&chart.svg);
    }

    /// The page shows a chart 360 px minus 2 × 16 px of padding and its
    /// 1 px border wide, and at most at its own width beside 17 px text.
    const _: () = {
        assert!(FONT_PX * (360.0 - 2.0 * 16.0 - 2.0) / WIDTH as f64 >= 12.0);
        assert!(FONT_PX <= 17.0 * 1.25);
    };

    #[test]
    fn nice_scales_are_round() {
        assert_eq!(nice_scale(16_500.0), (20_000.0, 5_000.0));
        assert_eq!(nice_scale(40.0), (50.0, 10.0));
        assert_eq!(nice_scale(0.0), (1.0, 0.25));
        let (top, step) = nice_scale(999_999_999_999_999.0);
        assert!(top >= 1.2e15 && top / step <= 5.0, "{top} {step}");
    }
}
