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
//!
//! Each chart is its own file (`series`, `comparison`); this module holds
//! what both draw with: the sizes, colours and text style, the scale, and
//! the step that makes a plotters SVG accessible.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart_layout::FONT_PX;
use super::svg::make_accessible;
use crate::model::{Amount, Approx};

mod comparison;
mod series;
pub use comparison::comparison;
pub use series::time_series;

/// The chart's width in SVG units, and its widest on a page: the stylesheet
/// shows a chart at its own size (1 unit = 1 CSS px, so [`FONT_PX`] text sits
/// at 16 px beside 17 px body text) and only scales it down to fit a
/// narrower screen. At 360 px the chart is 326 px wide and its text
/// 16 × 326 / 420 = 12,4 px; a wider chart would push that under 12 px,
/// larger text would crowd the year axis.
pub const WIDTH: u32 = 420;
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
    pub approx: Approx,
}

/// One bar of a comparison: a region's figure with its period in the label.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub amount: Amount,
    pub approx: Approx,
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

/// The low end of an amount: a range's low value, or the value itself.
fn low(amount: Amount) -> f64 {
    match amount {
        Amount::Exact(v) | Amount::Range(v, _) => v,
    }
}

fn finish(svg: String, title: &str, description: &str) -> Chart {
    Chart {
        svg: make_accessible(&svg, title, description),
        title: title.to_string(),
        description: description.to_string(),
    }
}

/// The value axis of a chart of values from `min` to `max`: a round
/// bottom, a round top and the step of its gridlines. Without a negative
/// value the bottom is 0 and the rest is [`nice_scale`]'s, so a chart of
/// counts is drawn as it always was; with one (a growth of −3,35%) the
/// bottom is a round step below the lowest value, with the same headroom
/// as the top, and the zero line lies between.
fn value_axis(min: f64, max: f64) -> (f64, f64, f64) {
    if !(min < 0.0 && min.is_finite()) {
        let (top, step) = nice_scale(max);
        return (0.0, top, step);
    }
    let (_, step) = nice_scale(max.max(0.0) - min);
    let top = if max > 0.0 {
        (max * 1.2 / step).ceil() * step
    } else {
        0.0
    };
    let bottom = (min * 1.2 / step).floor() * step;
    (bottom, top, step)
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
mod tests;
