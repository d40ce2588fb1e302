use super::*;
use crate::model::{MetricKind, PartialDate};
use crate::render::chart_layout::{text_height, text_width, Rect, GAP};

fn points() -> Vec<TimePoint> {
    ["2015", "2016", "2019-07-18"]
        .iter()
        .zip([15_372.0, 16_000.0, 15_769.0])
        .map(|(d, v)| TimePoint {
            span: PartialDate::parse(d).unwrap().span_in_years(),
            amount: Amount::Exact(v),
            approx: Approx::Exact,
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
            approx: Approx::Exact,
        },
        Bar {
            label: "Lampung Barat (tanggal tidak diketahui)".into(),
            amount: Amount::Exact(700.0),
            approx: Approx::About,
        },
        Bar {
            label: "Persen".into(),
            amount: Amount::Range(30.0, 40.0),
            approx: Approx::Exact,
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
        approx: Approx::Exact,
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
        14_327.0, 14_200.0, 15_454.0, 15_372.0, 16_000.0, 14_567.0, 15_769.0, 7_000.0, 15_900.0,
        16_100.0, 15_100.0, 14_900.0, 15_000.0, 16_500.0, 15_200.0, 15_300.0, 14_800.0, 15_600.0,
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
            approx: Approx::About,
        },
        Bar {
            label: "Kabupaten Dua · 2021".into(),
            amount: Amount::Range(999_999_999_999_990.0, 999_999_999_999_999.0),
            approx: Approx::Exact,
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
            approx: Approx::About,
        },
        Bar {
            label: "Kota Kendari (2020)".into(),
            amount: Amount::Range(30.0, 40.0),
            approx: Approx::Exact,
        },
        Bar {
            label: "Kabupaten Tanpaspasinamanyapanjangsekalisampaitidakmuatsebaris".into(),
            amount: Amount::Exact(7.0),
            approx: Approx::Exact,
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

#[test]
fn an_axis_with_negative_values_reaches_below_them_in_round_steps() {
    assert_eq!(value_axis(0.0, 16_500.0), (0.0, 20_000.0, 5_000.0));
    let (bottom, top, step) = value_axis(-3.35, 2.0);
    assert_eq!(step, 2.0);
    assert!(bottom <= -3.35 * 1.2 && top >= 2.0, "{bottom} {top}");
    assert_eq!((bottom / step).fract(), 0.0);
    assert_eq!((top / step).fract(), 0.0);
    assert_eq!(value_axis(-5.0, -1.0).1, 0.0);
}

/// The `y` of the text `label` in `svg`.
fn text_y(svg: &str, label: &str) -> f64 {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let node = doc
        .descendants()
        .find(|n| n.has_tag_name("text") && n.text().map(str::trim) == Some(label))
        .unwrap_or_else(|| panic!("no text {label}: {:?}", texts(svg)));
    node.attribute("y").unwrap().parse().unwrap()
}

/// Regression (issue 21, item 4): a growth rate of −3,35% is drawn below
/// the zero line, which is labelled, and a positive one above it.
#[test]
fn a_negative_value_is_drawn_below_a_labelled_zero_line() {
    let points = vec![
        point("2019", -3.35),
        point("2020", 2.0),
        point("2021", -1.0),
    ];
    let chart = time_series("t", "d", MetricKind::Percent, &points).unwrap();
    assert_no_overlap_and_inside(&chart.svg);
    let shown = texts(&chart.svg);
    assert!(shown.contains(&"\u{2212}3,35%".to_string()), "{shown:?}");
    assert!(shown.contains(&"\u{2212}2%".to_string()), "{shown:?}");
    let zero = text_y(&chart.svg, "0%");
    let (_, circles) = labels_and_points(&chart.svg);
    assert_eq!(circles.len(), 3);
    assert!(circles[0].1 > zero + 10.0, "{circles:?} {zero}");
    assert!(circles[1].1 < zero - 10.0, "{circles:?} {zero}");
    assert!(circles[2].1 > zero && circles[2].1 < circles[0].1);
}

/// The accent-coloured bars of a comparison, as `(left, right)`.
fn bar_extents(svg: &str) -> Vec<(f64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let v = |n: &roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("#1F5FA8"))
        .map(|n| (v(&n, "x"), v(&n, "x") + v(&n, "width")))
        .collect()
}

#[test]
fn a_negative_bar_grows_left_from_the_zero_line() {
    let bars = vec![
        Bar {
            label: "Kabupaten Satu · 2020".into(),
            amount: Amount::Exact(-3.35),
            approx: Approx::Exact,
        },
        Bar {
            label: "Kabupaten Dua · 2020".into(),
            amount: Amount::Exact(2.0),
            approx: Approx::Exact,
        },
    ];
    let chart = comparison("t", "d", MetricKind::Percent, &bars).unwrap();
    assert_no_overlap_and_inside(&chart.svg);
    let shown = texts(&chart.svg);
    assert!(shown.contains(&"\u{2212}3,35%".to_string()), "{shown:?}");
    let extents = bar_extents(&chart.svg);
    let [(neg_left, neg_right), (pos_left, pos_right)] = extents[..] else {
        panic!("{extents:?}\n{}", chart.svg);
    };
    // Both start at zero, one to each side, in proportion.
    assert_eq!(neg_right, pos_left, "{extents:?}");
    let ratio = (neg_right - neg_left) / (pos_right - pos_left);
    assert!((ratio - 3.35 / 2.0).abs() < 0.05, "{extents:?}");
}
