use super::*;
use crate::model::coverage::{OfficialFrame, OfficialRegion};
use crate::model::test_site::{Builder, Flags, COUNT, RATE};
use crate::model::Level;

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap_or(PartialDate::year(0))
}

/// A province with three regencies.
fn province() -> (Builder, RegionId, [RegionId; 3]) {
    let mut b = Builder::default();
    let p = b.region("p", Level::Provinsi, None);
    let a = b.region("a", Level::Kabupaten, Some(p));
    let c = b.region("c", Level::Kabupaten, Some(p));
    let k = b.region("k", Level::Kota, Some(p));
    (b, p, [a, c, k])
}

/// The one row of the roll-up of `metric`.
fn only_row(site: &Site, region: RegionId, metric: usize) -> RollUpPeriod {
    let rollup = roll_up(site, region, metric).expect("a roll-up");
    assert_eq!(rollup.periods.len(), 1, "{rollup:?}");
    rollup.periods[0].clone()
}

#[test]
fn exact_counts_of_one_period_are_summed_apart_from_the_provinces_own() {
    let (mut b, p, [a, c, _]) = province();
    let own = b.count(p, 50_000.0, Some("2019"));
    let fa = b.count(a, 15_769.0, Some("2019"));
    let fc = b.count(c, 700.0, Some("2019"));
    let site = b.build();
    let row = only_row(&site, p, COUNT);
    assert_eq!(row.period, Some(date("2019")));
    assert_eq!(row.own, [own]);
    assert_eq!(row.parts, [fa, fc]);
    assert_eq!(
        row.sum,
        Sum::Total {
            value: 16_469,
            regions: 2
        }
    );
    // Without an official list, the coverage counts the sub-region files.
    assert_eq!(roll_up(&site, p, COUNT).map(|r| r.frame), Some(3));
}

#[test]
fn two_sources_agreeing_on_a_value_count_once() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 100.0, Some("2020"));
    b.count(a, 100.0, Some("2020"));
    b.count(c, 5.0, Some("2020"));
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Total {
            value: 105,
            regions: 2
        }
    );
}

#[test]
fn a_percent_is_never_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.figure(a, RATE, Amount::Exact(3.0), Some("2019"), Flags::default());
    b.figure(c, RATE, Amount::Exact(5.0), Some("2019"), Flags::default());
    let site = b.build();
    assert_eq!(
        only_row(&site, p, RATE).sum,
        Sum::Refused(vec![Refusal::Percent])
    );
}

#[test]
fn undated_figures_are_not_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 700.0, None);
    b.count(c, 300.0, None);
    let site = b.build();
    let row = only_row(&site, p, COUNT);
    assert_eq!(row.period, None);
    assert_eq!(row.sum, Sum::Refused(vec![Refusal::Undated]));

    // Every other reason of undated figures is given too (Lebak's
    // undated article: a starting value and two final values that differ).
    let (mut b, p, [a, ..]) = province();
    let baseline = Flags {
        baseline: true,
        ..Flags::default()
    };
    let news = b.figure(a, COUNT, Amount::Exact(16_000.0), None, baseline);
    b.also(news, 16_500.0);
    b.also(news, 18_500.0);
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Refused(vec![Refusal::Undated, Refusal::Baseline, Refusal::Conflict])
    );
}

#[test]
fn a_year_and_a_day_in_it_share_a_row_and_are_not_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 16_000.0, Some("2016"));
    b.count(c, 14_567.0, Some("2016-11-17"));
    let site = b.build();
    let row = only_row(&site, p, COUNT);
    assert_eq!(row.period, Some(date("2016")));
    assert_eq!(
        row.sum,
        Sum::Refused(vec![Refusal::MixedPeriods(vec![
            date("2016"),
            date("2016-11-17")
        ])])
    );
}

#[test]
fn a_range_is_not_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 10.0, Some("2019"));
    b.figure(
        c,
        COUNT,
        Amount::Range(30.0, 40.0),
        Some("2019"),
        Flags::default(),
    );
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Refused(vec![Refusal::Range])
    );
}

#[test]
fn an_approximate_value_is_not_summed_with_exact_ones() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 10.0, Some("2019"));
    let approx = Flags {
        approx: true,
        ..Flags::default()
    };
    b.figure(c, COUNT, Amount::Exact(700.0), Some("2019"), approx);
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Refused(vec![Refusal::Approximate])
    );
}

#[test]
fn a_starting_value_of_a_change_is_not_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 10.0, Some("2019"));
    let baseline = Flags {
        baseline: true,
        ..Flags::default()
    };
    b.figure(c, COUNT, Amount::Exact(16_000.0), Some("2019"), baseline);
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Refused(vec![Refusal::Baseline])
    );
}

#[test]
fn a_sub_region_whose_sources_disagree_is_not_summed() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 15_454.0, Some("2015"));
    b.count(a, 15_372.0, Some("2015"));
    b.count(c, 10.0, Some("2015"));
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Refused(vec![Refusal::Conflict])
    );
}

#[test]
fn every_reason_is_given_in_a_fixed_order() {
    let (mut b, p, [a, c, k]) = province();
    let approx = Flags {
        approx: true,
        ..Flags::default()
    };
    b.figure(k, RATE, Amount::Exact(5.0), Some("2016-11-17"), approx);
    b.figure(
        c,
        RATE,
        Amount::Range(3.0, 4.0),
        Some("2016"),
        Flags::default(),
    );
    b.figure(a, RATE, Amount::Exact(1.0), Some("2016"), Flags::default());
    let site = b.build();
    assert_eq!(
        only_row(&site, p, RATE).sum,
        Sum::Refused(vec![
            Refusal::Percent,
            Refusal::MixedPeriods(vec![date("2016"), date("2016-11-17")]),
            Refusal::Range,
            Refusal::Approximate,
        ])
    );
}

#[test]
fn a_period_only_the_province_reports_has_no_sum() {
    let (mut b, p, [a, ..]) = province();
    b.count(p, 40.0, Some("2021-11-08"));
    b.count(a, 700.0, None);
    let site = b.build();
    let rollup = roll_up(&site, p, COUNT).expect("a roll-up");
    let periods: Vec<Option<PartialDate>> = rollup.periods.iter().map(|r| r.period).collect();
    assert_eq!(periods, [Some(date("2021-11-08")), None]);
    assert_eq!(rollup.periods[0].sum, Sum::NoParts);
    assert_eq!(rollup.periods[1].sum, Sum::Refused(vec![Refusal::Undated]));
}

#[test]
fn rows_are_newest_first_undated_last_and_bounded() {
    let (mut b, p, [a, c, _]) = province();
    for year in 2010..2020 {
        b.count(a, 1.0, Some(&year.to_string()));
    }
    b.count(c, 5.0, None);
    let site = b.build();
    let rollup = roll_up(&site, p, COUNT).expect("a roll-up");
    let periods: Vec<String> = rollup
        .periods
        .iter()
        .map(|r| r.period.map_or("-".into(), |d| d.to_string()))
        .collect();
    assert_eq!(periods, ["2019", "2018", "2017", "-"]);
    assert_eq!(rollup.periods_more, 7);
    // No metric without figures, and no roll-up without sub-regions.
    assert!(roll_up(&site, p, RATE).is_none());
    assert!(roll_ups(&site, a).is_empty());
    assert_eq!(roll_ups(&site, p).len(), 1);
}

#[test]
fn months_of_a_year_without_a_yearly_figure_are_rows_of_their_own() {
    let (mut b, p, [a, c, _]) = province();
    b.count(a, 1.0, Some("2020-05"));
    b.count(c, 2.0, Some("2020-05"));
    b.count(a, 3.0, Some("2020-06"));
    b.count(c, 4.0, Some("2020-06-15"));
    let site = b.build();
    let rollup = roll_up(&site, p, COUNT).expect("a roll-up");
    let sums: Vec<(String, Sum)> = rollup
        .periods
        .iter()
        .map(|r| {
            (
                r.period.map(|d| d.to_string()).unwrap_or_default(),
                r.sum.clone(),
            )
        })
        .collect();
    assert_eq!(
        sums,
        [
            (
                "2020-06".to_string(),
                Sum::Refused(vec![Refusal::MixedPeriods(vec![
                    date("2020-06"),
                    date("2020-06-15")
                ])])
            ),
            (
                "2020-05".to_string(),
                Sum::Total {
                    value: 3,
                    regions: 2
                }
            ),
        ]
    );
}

#[test]
fn coverage_counts_against_the_official_list_when_the_site_has_one() {
    let (mut b, p, [a, ..]) = province();
    b.count(a, 1.0, Some("2019"));
    let mut site = b.build();
    site.regions[p].code = Some("18".into());
    let entry = |code: &str| OfficialRegion {
        code: code.into(),
        name: code.into(),
        level: Level::Kabupaten,
        region: None,
    };
    let mut frame = OfficialFrame::default();
    frame.children.insert(
        Some("18".into()),
        (1..=15).map(|i| entry(&format!("18.{i:02}"))).collect(),
    );
    site.official = Some(frame);
    assert_eq!(frame_size(&site, p), 15);
}

#[test]
fn sums_of_the_largest_counts_stay_exact() {
    let (mut b, p, [a, c, k]) = province();
    for region in [a, c, k] {
        b.count(region, 999_999_999_999_999.0, Some("2019"));
    }
    let site = b.build();
    assert_eq!(
        only_row(&site, p, COUNT).sum,
        Sum::Total {
            value: 2_999_999_999_999_997,
            regions: 3
        }
    );
}
