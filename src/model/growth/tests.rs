use super::*;
use crate::model::test_site::{Builder, Flags, COUNT, RATE};
use crate::model::Level;

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap_or(PartialDate::year(0))
}

fn region() -> (Builder, RegionId) {
    let mut b = Builder::default();
    let r = b.region("lebak", Level::Kabupaten, None);
    (b, r)
}

fn rate(b: &mut Builder, region: RegionId, value: f64, period: Option<&str>) -> FigureId {
    b.figure(region, RATE, Amount::Exact(value), period, Flags::default())
}

fn only_check(site: &Site, region: RegionId) -> GrowthCheck {
    let checks = growth_checks(site, region);
    assert_eq!(checks.len(), 1, "{checks:?}");
    checks[0].clone()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_rate_of_a_year_is_set_beside_that_years_change() {
    let (mut b, r) = region();
    let from = b.count(r, 1000.0, Some("2018"));
    let to = b.count(r, 1031.0, Some("2019"));
    b.count(r, 5000.0, Some("2022"));
    let reported = rate(&mut b, r, 3.0, Some("2019"));
    let site = b.build();
    let check = only_check(&site, r);
    assert_eq!((check.rate, check.count_metric), (reported, COUNT));
    let computed = check.computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    assert_eq!(computed.formula, Formula::Simple);
    assert!(close(computed.rate, 3.1), "{}", computed.rate);
    assert!(close(computed.difference, 0.1) && !computed.differs);
}

#[test]
fn counts_years_apart_give_a_compound_rate() {
    let (mut b, r) = region();
    let from = b.count(r, 14_327.0, Some("2013"));
    let to = b.count(r, 15_454.0, Some("2015"));
    rate(&mut b, r, 5.0, None);
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    assert_eq!(computed.formula, Formula::Compound { years: 2.0 });
    let expected = ((15_454.0f64 / 14_327.0).sqrt() - 1.0) * 100.0;
    assert!(close(computed.rate, expected), "{}", computed.rate);
    // 3,86% against a reported 5%: more than a point apart.
    assert!(computed.differs && close(computed.difference, 5.0 - expected));
}

#[test]
fn an_undated_rate_is_compared_with_the_two_newest_counts() {
    let (mut b, r) = region();
    b.count(r, 100.0, Some("2010"));
    let from = b.count(r, 200.0, Some("2017"));
    let to = b.count(r, 242.0, Some("2019"));
    rate(&mut b, r, 10.0, None);
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    assert!(close(computed.rate, 10.0), "{}", computed.rate);
    assert!(!computed.differs);
}

#[test]
fn without_the_previous_period_the_newest_counts_up_to_the_rate_are_used() {
    let (mut b, r) = region();
    let from = b.count(r, 100.0, Some("2015"));
    let to = b.count(r, 121.0, Some("2017"));
    // After the rate's period: not used.
    b.count(r, 900.0, Some("2020"));
    rate(&mut b, r, 10.0, Some("2018"));
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    assert!(close(computed.rate, 10.0), "{}", computed.rate);
}

#[test]
fn a_zero_base_has_no_rate() {
    let (mut b, r) = region();
    b.count(r, 0.0, Some("2018"));
    b.count(r, 10.0, Some("2019"));
    rate(&mut b, r, 5.0, Some("2019"));
    let site = b.build();
    assert_eq!(only_check(&site, r).computed, Err(NotComputed::ZeroBase));
}

#[test]
fn a_missing_base_has_no_rate() {
    let (mut b, r) = region();
    b.count(r, 10.0, Some("2019"));
    rate(&mut b, r, 5.0, Some("2019"));
    let site = b.build();
    assert_eq!(
        only_check(&site, r).computed,
        Err(NotComputed::TooFewCounts)
    );

    // Lampung Barat: an undated rate and only an undated, approximate count.
    let (mut b, r) = region();
    let count = b.figure(
        r,
        COUNT,
        Amount::Exact(700.0),
        None,
        Flags {
            approx: true,
            ..Flags::default()
        },
    );
    rate(&mut b, r, 5.0, None);
    let site = b.build();
    let check = only_check(&site, r);
    assert_eq!(check.computed, Err(NotComputed::TooFewCounts));
    assert_eq!(check.left_out, [(count, Refusal::Undated)]);
}

#[test]
fn counts_of_differing_precisions_are_not_paired() {
    let (mut b, r) = region();
    b.count(r, 16_000.0, Some("2016"));
    b.count(r, 15_769.0, Some("2019-07-18"));
    rate(&mut b, r, 5.0, None);
    let site = b.build();
    assert_eq!(
        only_check(&site, r).computed,
        Err(NotComputed::MixedPrecisions(vec![
            date("2016"),
            date("2019-07-18")
        ]))
    );

    // A day pairs with the newest earlier day, over the days between.
    let (mut b, r) = region();
    b.count(r, 16_000.0, Some("2016"));
    let from = b.count(r, 14_567.0, Some("2016-11-17"));
    let to = b.count(r, 15_769.0, Some("2019-07-18"));
    rate(&mut b, r, 5.0, None);
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    let Formula::Compound { years } = computed.formula else {
        panic!("{computed:?}");
    };
    assert!(years > 2.6 && years < 2.7, "{years}");
}

#[test]
fn two_months_apart_are_a_rate_per_year() {
    let (mut b, r) = region();
    b.count(r, 100.0, Some("2020-01"));
    b.count(r, 110.0, Some("2020-07"));
    rate(&mut b, r, 21.0, Some("2020-07"));
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    let Formula::Compound { years } = computed.formula else {
        panic!("{computed:?}");
    };
    assert!(close(years, 0.5), "{years}");
    assert!(close(computed.rate, 21.0), "{}", computed.rate);
}

#[test]
fn conflicting_approximate_ranged_and_starting_counts_are_left_out_and_named() {
    let (mut b, r) = region();
    let c1 = b.count(r, 15_454.0, Some("2015"));
    let c2 = b.count(r, 15_372.0, Some("2015"));
    let approx = b.figure(
        r,
        COUNT,
        Amount::Exact(16_000.0),
        Some("2016"),
        Flags {
            approx: true,
            ..Flags::default()
        },
    );
    let range = b.figure(
        r,
        COUNT,
        Amount::Range(1.0, 2.0),
        Some("2017"),
        Flags::default(),
    );
    let start = b.figure(
        r,
        COUNT,
        Amount::Exact(9.0),
        Some("2012"),
        Flags {
            baseline: true,
            ..Flags::default()
        },
    );
    let from = b.count(r, 14_327.0, Some("2013"));
    let to = b.count(r, 15_769.0, Some("2019"));
    rate(&mut b, r, 1.6, None);
    let site = b.build();
    let check = only_check(&site, r);
    let computed = check.computed.expect("computed");
    assert_eq!((computed.from, computed.to), (from, to));
    assert_eq!(computed.formula, Formula::Compound { years: 6.0 });
    let mut left_out = check.left_out;
    left_out.sort_by_key(|(f, _)| *f);
    assert_eq!(
        left_out,
        [
            (c1, Refusal::Conflict),
            (c2, Refusal::Conflict),
            (approx, Refusal::Approximate),
            (range, Refusal::Range),
            (start, Refusal::Baseline),
        ]
    );
}

#[test]
fn a_reported_range_agrees_anywhere_inside_it() {
    let (mut b, r) = region();
    b.count(r, 100.0, Some("2018"));
    b.count(r, 104.0, Some("2019"));
    b.figure(
        r,
        RATE,
        Amount::Range(3.0, 5.0),
        Some("2019"),
        Flags::default(),
    );
    let site = b.build();
    let computed = only_check(&site, r).computed.expect("computed");
    assert!(close(computed.difference, 0.0) && !computed.differs);
}

#[test]
fn the_tolerance_is_one_point() {
    assert!(close(distance(6.0, Amount::Exact(5.0)), 1.0));
    assert!(close(distance(7.0, Amount::Range(3.0, 5.0)), 2.0));
    assert!(close(distance(2.5, Amount::Range(3.0, 5.0)), 0.5));
    assert_eq!(TOLERANCE_POINTS, 1.0);
}

#[test]
fn a_metric_without_growth_of_is_never_compared() {
    let (mut b, r) = region();
    b.count(r, 100.0, Some("2018"));
    b.count(r, 110.0, Some("2019"));
    let site = b.build();
    assert!(growth_checks(&site, r).is_empty());
}

#[test]
fn the_period_before_keeps_the_precision() {
    let p = |t: &str| previous(date(t)).map(|d| d.to_string());
    assert_eq!(p("2019"), Some("2018".into()));
    assert_eq!(p("2019-01"), Some("2018-12".into()));
    assert_eq!(p("2019-07"), Some("2019-06".into()));
    assert_eq!(p("2020-03-01"), Some("2020-02-29".into()));
    assert_eq!(p("2019-01-01"), Some("2018-12-31".into()));
    assert_eq!(p("2019-07-18"), Some("2019-07-17".into()));
}

#[test]
fn computing_refuses_no_time_and_no_base() {
    assert_eq!(compute(0.0, 5.0, 1.0), Err(NotComputed::ZeroBase));
    assert_eq!(compute(5.0, 5.0, 0.0), Err(NotComputed::NoTimeBetween));
    assert_eq!(
        compute(100.0, 110.0, 1.0).map(|(_, f)| f),
        Ok(Formula::Simple)
    );
}
