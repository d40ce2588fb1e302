//! Where chart text goes: the year labels an axis has room for, and the
//! value labels that fit next to their points.
//!
//! No font is embedded in a chart (plotters' SVG backend writes a family
//! name only), so a label's size is an estimate: per character, from the
//! widths of DejaVu Sans (what Debian's Chromium draws `sans-serif` with,
//! and wider than Arial or Helvetica), at [`FONT_PX`]. Every rule here keeps
//! a gap of [`GAP`] on top of that estimate, so labels drawn in a real font
//! neither overlap nor touch. A label that has no free place beside its
//! point is left out rather than moved away: a number far from its point
//! is read against the wrong one, and the table under each chart carries
//! every value.

/// The size of chart text in SVG units. A chart is shown at most as wide
/// as its viewBox (1 unit = 1 CSS px beside 17 px body text) and, on a
/// 360 px phone, 326 px wide: see `charts::WIDTH`.
pub const FONT_PX: f64 = 16.0;
/// Room kept between two texts, and between a text and a mark.
pub const GAP: f64 = 4.0;

/// A box in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    /// The box of a text of `width` centred on (`cx`, `cy`).
    pub fn centred(cx: f64, cy: f64, width: f64) -> Rect {
        let h = text_height() / 2.0;
        Rect {
            left: cx - width / 2.0,
            top: cy - h,
            right: cx + width / 2.0,
            bottom: cy + h,
        }
    }

    /// True when the two boxes are closer than `gap` on both axes.
    pub fn crowds(&self, other: &Rect, gap: f64) -> bool {
        self.left < other.right + gap
            && other.left < self.right + gap
            && self.top < other.bottom + gap
            && other.top < self.bottom + gap
    }

    pub fn inside(&self, outer: &Rect) -> bool {
        self.left >= outer.left
            && self.right <= outer.right
            && self.top >= outer.top
            && self.bottom <= outer.bottom
    }

    pub fn centre(&self) -> (f64, f64) {
        (
            (self.left + self.right) / 2.0,
            (self.top + self.bottom) / 2.0,
        )
    }
}

/// The width `text` takes at [`FONT_PX`], generously estimated.
pub fn text_width(text: &str) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            '0'..='9' => 0.64,
            '.' | ',' | ' ' | ':' | 'i' | 'l' | 'j' | '\'' | '|' => 0.33,
            'f' | 't' | 'r' | '(' | ')' | '-' | '·' => 0.42,
            '–' => 0.52,
            'm' | 'w' | 'M' | 'W' | '%' => 1.0,
            'A'..='Z' => 0.78,
            _ => 0.64,
        })
        .sum();
    ems * FONT_PX
}

/// The height of one line of chart text: the font's ascent and descent
/// (1,16 em in DejaVu Sans) with a little air.
pub fn text_height() -> f64 {
    FONT_PX * 1.25
}

/// Every how many years an axis shows a year, when a year is `px_per_year`
/// wide: the first of 1, 2, 5, 10, 20, 25, 50, 100, … that leaves each
/// label its width and a gap on both sides.
pub fn year_step(px_per_year: f64) -> u32 {
    const STEPS: [u32; 13] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10_000];
    let needed = text_width("0000") + 2.0 * GAP;
    STEPS
        .into_iter()
        .find(|&step| f64::from(step) * px_per_year >= needed)
        .unwrap_or(10_000)
}

/// The years from `first` to `last` that carry a label every `step` years:
/// the round ones, or the first year when none of them is round.
pub fn labelled_years(first: i32, last: i32, step: u32) -> Vec<i32> {
    let step = i32::try_from(step).unwrap_or(i32::MAX);
    let years: Vec<i32> = (first..=last).filter(|y| y % step == 0).collect();
    if years.is_empty() {
        vec![first]
    } else {
        years
    }
}

/// A mark a value label belongs to, in SVG units: its column, the top and
/// bottom of what is drawn there (a range is a line), and its middle.
#[derive(Debug, Clone)]
pub struct Anchor {
    pub text: String,
    pub x: f64,
    pub top: f64,
    pub bottom: f64,
    pub middle: f64,
}

/// Places each label of `anchors`, in the order `priority` gives, next to
/// its mark: above, below, to its right or left, or above or below but
/// shifted to one side. A place must lie inside `area`, keep [`GAP`] from
/// every label already placed and from every mark in `marks`, and be
/// nearer its own point than any other point. A label
/// with no such place is left out (`None`). Returns each label's centre.
pub fn place_value_labels(
    anchors: &[Anchor],
    marks: &[Rect],
    area: &Rect,
    priority: &[usize],
) -> Vec<Option<(f64, f64)>> {
    let h = text_height();
    let mut placed: Vec<Option<Rect>> = vec![None; anchors.len()];
    let mut taken: Vec<Rect> = Vec::new();
    for &i in priority {
        let Some(anchor) = anchors.get(i) else {
            continue;
        };
        let w = text_width(&anchor.text);
        let above = anchor.top - GAP - h / 2.0;
        let below = anchor.bottom + GAP + h / 2.0;
        let beside = w / 2.0 + GAP + 2.0;
        let shift = w / 2.0 - GAP;
        let candidates = [
            (anchor.x, above),
            (anchor.x, below),
            (anchor.x + beside, anchor.middle),
            (anchor.x - beside, anchor.middle),
            (anchor.x + shift, above),
            (anchor.x - shift, above),
            (anchor.x + shift, below),
            (anchor.x - shift, below),
        ];
        let free = candidates
            .into_iter()
            .map(|(cx, cy)| Rect::centred(cx.round(), cy.round(), w))
            .find(|b| {
                b.inside(area)
                    && !taken.iter().any(|t| t.crowds(b, GAP))
                    && !marks.iter().any(|m| m.crowds(b, 1.0))
                    && nearest_is_own(anchors, i, b.centre())
            });
        if let Some(b) = free {
            taken.push(b);
            placed[i] = Some(b);
        }
    }
    placed.into_iter().map(|b| b.map(|b| b.centre())).collect()
}

/// True when no other point is nearer to a label centred at `centre` than
/// anchor `own`'s: a label shifted to one side must not stand over a
/// neighbour, where it would be read as the neighbour's.
fn nearest_is_own(anchors: &[Anchor], own: usize, centre: (f64, f64)) -> bool {
    let distance = |a: &Anchor| (a.x - centre.0).hypot(a.middle - centre.1);
    let mine = distance(&anchors[own]);
    anchors
        .iter()
        .enumerate()
        .all(|(j, a)| j == own || distance(a) >= mine)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_estimated_no_narrower_than_dejavu_sans_draws_them() {
        // DejaVu Sans: 1303/2048 em per digit, 651/2048 per dot.
        assert!(text_width("15.454") >= FONT_PX * (5.0 * 1303.0 + 651.0) / 2048.0);
        assert!(text_width("2019") > 4.0 * FONT_PX * 0.63);
    }

    #[test]
    fn year_labels_are_thinned_to_what_fits_with_a_gap() {
        let year = text_width("2019");
        // Room for every year with space between them.
        assert_eq!(year_step(year + 2.0 * GAP), 1);
        assert_eq!(year_step(year / 2.0 + GAP), 2);
        assert_eq!(year_step(year / 3.0), 5);
        assert_eq!(year_step(1.6), 50);
        for px in [0.01, 0.5, 3.0, 7.0, 13.0, 20.0, 40.0, 100.0] {
            let step = year_step(px);
            assert!(
                f64::from(step) * px >= year + 2.0 * GAP,
                "{px} px a year, every {step}"
            );
        }
    }

    #[test]
    fn labelled_years_are_the_round_ones() {
        assert_eq!(labelled_years(2013, 2020, 2), vec![2014, 2016, 2018, 2020]);
        assert_eq!(
            labelled_years(1900, 2100, 50),
            vec![1900, 1950, 2000, 2050, 2100]
        );
        assert_eq!(labelled_years(2013, 2014, 5), vec![2013]);
    }

    fn anchor(text: &str, x: f64, y: f64) -> Anchor {
        Anchor {
            text: text.to_string(),
            x,
            top: y - 5.0,
            bottom: y + 5.0,
            middle: y,
        }
    }

    const AREA: Rect = Rect {
        left: 0.0,
        top: 0.0,
        right: 400.0,
        bottom: 300.0,
    };

    #[test]
    fn a_free_label_sits_right_above_its_point() {
        let placed = place_value_labels(&[anchor("15.769", 200.0, 150.0)], &[], &AREA, &[0]);
        let (cx, cy) = placed[0].unwrap();
        assert_eq!(cx, 200.0);
        assert!(cy < 150.0 && cy > 150.0 - 5.0 - GAP - text_height(), "{cy}");
    }

    #[test]
    fn a_label_that_would_leave_the_area_goes_below_or_beside() {
        let placed = place_value_labels(&[anchor("15.454", 200.0, 8.0)], &[], &AREA, &[0]);
        let (_, cy) = placed[0].unwrap();
        assert!(cy > 8.0, "{cy}");
        let placed = place_value_labels(&[anchor("15.454", 398.0, 150.0)], &[], &AREA, &[0]);
        let b = Rect::centred(
            placed[0].unwrap().0,
            placed[0].unwrap().1,
            text_width("15.454"),
        );
        assert!(b.inside(&AREA) && b.left < 398.0, "{b:?}");
    }

    #[test]
    fn labels_that_would_collide_are_left_out_not_moved_away() {
        // Four points on top of each other: above, below, right and left
        // of the first are taken by the first four labels; none is far.
        let anchors: Vec<Anchor> = (0..12)
            .map(|i| anchor("1.234.567.890", 200.0 + f64::from(i), 150.0))
            .collect();
        let order: Vec<usize> = (0..anchors.len()).collect();
        let placed = place_value_labels(&anchors, &[], &AREA, &order);
        let shown: Vec<Rect> = placed
            .iter()
            .flatten()
            .map(|&(cx, cy)| Rect::centred(cx, cy, text_width("1.234.567.890")))
            .collect();
        assert!(shown.len() >= 2 && shown.len() < 12, "{shown:?}");
        for (i, a) in shown.iter().enumerate() {
            assert!(a.inside(&AREA));
            for b in &shown[i + 1..] {
                assert!(!a.crowds(b, GAP - 0.01), "{a:?} {b:?}");
            }
            // Next to a point: its box comes within the gap of the column.
            assert!(a.left - GAP - 3.0 <= 211.0 && a.right + GAP + 3.0 >= 200.0);
            assert!((a.centre().1 - 150.0).abs() <= 5.0 + GAP + text_height());
        }
    }

    #[test]
    fn a_label_is_never_nearer_another_point_than_its_own() {
        // Points 40 units apart at steps of height: wide labels could be
        // shifted over a neighbour, and must not be.
        let anchors: Vec<Anchor> = (0..9)
            .map(|i| {
                anchor(
                    "999.999.999.999.990",
                    40.0 + 40.0 * f64::from(i),
                    150.0 - 12.0 * f64::from(i % 3),
                )
            })
            .collect();
        let order: Vec<usize> = (0..anchors.len()).rev().collect();
        let placed = place_value_labels(&anchors, &[], &AREA, &order);
        assert!(placed.iter().flatten().count() >= 2, "{placed:?}");
        for (i, centre) in placed.iter().enumerate() {
            if let Some(centre) = centre {
                assert!(
                    nearest_is_own(&anchors, i, *centre),
                    "label {i} at {centre:?}"
                );
            }
        }
    }

    #[test]
    fn a_label_keeps_off_other_marks() {
        // Another point right above this one takes the place above it.
        let mark = Rect {
            left: 195.0,
            top: 120.0,
            right: 205.0,
            bottom: 130.0,
        };
        let placed = place_value_labels(&[anchor("700", 200.0, 150.0)], &[mark], &AREA, &[0]);
        let (_, cy) = placed[0].unwrap();
        assert!(cy >= 150.0 - 2.0, "{cy}");
    }

    #[test]
    fn priority_decides_who_keeps_a_contested_place() {
        let anchors = [
            anchor("15.454", 200.0, 150.0),
            anchor("15.372", 200.0, 150.0),
        ];
        let tight = Rect {
            left: 150.0,
            top: 100.0,
            right: 250.0,
            bottom: 150.0,
        };
        let placed = place_value_labels(&anchors, &[], &tight, &[1, 0]);
        assert!(placed[1].is_some() && placed[0].is_none(), "{placed:?}");
    }
}
