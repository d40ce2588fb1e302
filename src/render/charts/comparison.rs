//! A comparison: regions side by side on one metric, a bar each, with
//! its region and period on a label line above it.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{at, err, finish, low, text_style, value_axis, Bar, Chart, ChartError};
use super::{ACCENT, INK, PAD, WIDTH};
use crate::model::MetricKind;
use crate::render::chart_layout::{text_height, text_width, GAP};
use crate::render::format;

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
    // A bar wholly below zero grows leftwards from the zero line, with its
    // value on its left; every other bar's value stands on its right.
    let leftwards = |bar: &Bar| bar.amount.high() < 0.0;
    let widest = |left: bool| {
        bars.iter()
            .zip(&values)
            .filter(|(bar, _)| leftwards(bar) == left)
            .map(|(_, v)| text_width(v))
            .fold(0.0, f64::max)
            + 2.0 * GAP
    };
    let value_room = widest(false);
    let left_room = if bars.iter().any(leftwards) {
        widest(true)
    } else {
        0.0
    };
    let rows: Vec<f64> = labels
        .iter()
        .map(|lines| line * lines.len() as f64 + BAR + 16.0)
        .collect();
    let height = rows.iter().sum::<f64>() + PAD * 2.0;
    let (bottom, top, _) = value_axis(
        bars.iter().map(|b| low(b.amount)).fold(0.0, f64::min),
        bars.iter().map(|b| b.amount.high()).fold(0.0, f64::max),
    );
    let scale = (width - PAD * 2.0 - left_room - value_room).max(0.0) / (top - bottom);
    let zero = PAD + left_room - bottom * scale;
    // At least two units from zero, so a small value still shows a bar.
    let x = |value: f64| {
        if value < 0.0 {
            (zero + value * scale).min(zero - 2.0)
        } else {
            (zero + value * scale).max(zero + 2.0)
        }
    };

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
            // A range is a light bar to its far end over a solid one to its
            // near end (from zero); one across zero is light all along.
            let full = if low < high {
                ACCENT.mix(0.45)
            } else {
                ACCENT.mix(1.0)
            };
            let (far, near) = if leftwards(bar) {
                (low, Some(high))
            } else {
                (high, (low >= 0.0).then_some(low))
            };
            let from = if low < 0.0 && high > 0.0 {
                x(low)
            } else {
                zero
            };
            root.draw(&Rectangle::new(
                [at(from, bar_top), at(x(far), bar_bottom)],
                full.filled(),
            ))
            .map_err(err)?;
            if let Some(near) = near.filter(|_| low < high) {
                root.draw(&Rectangle::new(
                    [at(zero, bar_top), at(x(near), bar_bottom)],
                    ACCENT.filled(),
                ))
                .map_err(err)?;
            }
            let (label_x, anchor) = if leftwards(bar) {
                (x(low) - GAP * 2.0, HPos::Right)
            } else {
                (x(high) + GAP * 2.0, HPos::Left)
            };
            root.draw(&Text::new(
                values[i].clone(),
                at(label_x, (bar_top + bar_bottom) / 2.0),
                text_style(anchor),
            ))
            .map_err(err)?;
            row_top += rows[i];
        }
        if bottom < 0.0 {
            // The zero line, so a bar to its left reads as below zero.
            root.draw(&PathElement::new(
                vec![at(zero, PAD), at(zero, height - PAD)],
                INK.mix(0.6).stroke_width(1),
            ))
            .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title, description))
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
