//! A time series: one region's values of one metric, each drawn across
//! the time its date covers, with the years it has room for and the value
//! labels `chart_layout` finds room for.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{at, err, finish, low, text_style, value_axis, Chart, ChartError, TimePoint};
use super::{ACCENT, DOT, GRID, INK, PAD, WIDTH};
use crate::model::{Amount, MetricKind};
use crate::render::chart_layout::{
    labelled_years, place_value_labels, text_height, text_width, year_step, Anchor, Rect, GAP,
};
use crate::render::format;

/// A time series' height in SVG units.
const SERIES_HEIGHT: u32 = 300;

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
    let (bottom, top, step) = value_axis(
        points.iter().map(|p| low(p.amount)).fold(0.0, f64::min),
        points.iter().map(|p| p.amount.high()).fold(0.0, f64::max),
    );
    // No "0" when the axis starts there: the axis line says it, and the
    // label would crowd the first year. Below zero, 0 is a line of its own.
    let first_tick = (bottom / step).round() as i32;
    let ticks: Vec<(f64, String)> = (first_tick..)
        .map(|i| f64::from(i) * step)
        .take_while(|t| *t <= top + step * 1e-9)
        .filter(|&t| t != 0.0 || bottom < 0.0)
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
    let y_of = |v: f64| plot.bottom - (v - bottom) / (top - bottom) * (plot.bottom - plot.top);
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
        let axis = INK.mix(0.6).stroke_width(1);
        for (t, label) in &ticks {
            let y = y_of(*t);
            // The zero line of a chart with negative values is drawn as an
            // axis, so a value below it reads as below zero.
            let style = if *t == 0.0 {
                axis
            } else {
                GRID.stroke_width(1)
            };
            line((plot.left, y), (plot.right, y), style)?;
            root.draw(&Text::new(
                label.clone(),
                at(plot.left - GAP - 4.0, y),
                text_style(HPos::Right),
            ))
            .map_err(err)?;
        }
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
            let style = if !point.approx.is_exact() {
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
