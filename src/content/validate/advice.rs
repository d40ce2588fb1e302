//! Warnings about content that is valid but worth an editor's second look:
//! figures that disagree, figures of overlapping periods that differ,
//! figures without a date, a count that jumps, news
//! without a link, a region with no news.
//!
//! Each is reported where it was written. An editor who has looked and
//! found it right lists its code in the `checked` field of that figure,
//! news item or region, and it is not repeated on every run; a `checked`
//! code that no longer matches anything is itself a warning, so a stale
//! acknowledgement cannot hide a later change.

use std::collections::HashSet;
use std::path::PathBuf;

use rayon::prelude::*;

use super::regions::{Kept, Places};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::messages::Message;
use crate::model::news::ArticleKey;
use crate::model::{FigureId, MetricKind, NewsId, PartialDate, RegionId, Site};
use crate::msg;

/// How much a count may change in one year between two consecutive dated
/// values before it is worth a look: more than half up or down in a year
/// is rarer in IKM counts than a typo or a figure of another scope (a
/// province for a regency, a sector for the whole). Over several years the
/// change is compared per year: 10.434 (2012) to 32.156 (2018) is 208% in
/// all but 21% a year, ordinary growth.
const JUMP_RATIO: f64 = 0.5;

/// Whole years between two periods, by their years and at least one: a
/// change within a year (or from December to January) is held to the
/// yearly bound, never to a fraction of it.
fn years_between(earlier: PartialDate, later: PartialDate) -> i32 {
    (later.year_number() - earlier.year_number()).max(1)
}

/// Whether a change from `from` to `to` over `years` exceeds
/// [`JUMP_RATIO`] a year (compounded: the yearly factor is the `years`-th
/// root of the whole change), and that yearly change as a fraction.
fn yearly_jump(from: f64, to: f64, years: i32) -> Option<f64> {
    if from <= 0.0 {
        return None;
    }
    let yearly = (to / from).powf(1.0 / f64::from(years)) - 1.0;
    (yearly.abs() > JUMP_RATIO).then_some(yearly)
}

/// Reports every warning of this module that no `checked` list
/// acknowledges, and every acknowledgement that matched nothing.
///
/// A file with an error says nothing here: what the model holds of it is
/// what survived the error (a news item whose date was refused has
/// undated figures), so its warnings would point away from the fix. And
/// while any file has an error, no region is known to lack news and no
/// acknowledgement is known to be stale: an unread file, or one whose
/// `parent` is wrong, may hold the news or the other side of a conflict.
pub fn report(site: &Site, places: &Places, diagnostics: &mut Diagnostics) {
    let failed: HashSet<PathBuf> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.file.clone())
        .collect();
    let complete = failed.is_empty();
    let mut advice = Advice {
        places,
        failed,
        used: Default::default(),
        diagnostics,
    };
    conflicts(site, &mut advice);
    overlaps(site, &mut advice);
    undated_figures(site, &mut advice);
    jumps(site, &mut advice);
    news_without_url(site, &mut advice);
    repeated_articles(site, &mut advice);
    if complete {
        regions_without_news(site, &mut advice);
        advice.stale_acknowledgements();
    }
}

/// Which place a warning is about, and so whose `checked` list counts.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Target {
    Figure(FigureId),
    News(NewsId),
    Region(RegionId),
}

struct Advice<'a> {
    places: &'a Places,
    /// Files with an error, whose places get no warning.
    failed: HashSet<PathBuf>,
    /// (place, code) pairs that acknowledged a warning this run.
    used: HashSet<(Target, &'static str)>,
    diagnostics: &'a mut Diagnostics,
}

impl Advice<'_> {
    fn kept(&self, target: Target) -> &Kept {
        match target {
            Target::Figure(i) => self.places.figure(i.index()),
            Target::News(i) => self.places.news(i.index()),
            Target::Region(i) => self.places.region(i.index()),
        }
    }

    /// Whether any of `targets` acknowledges `code`; records the ones that do.
    fn acknowledged(&mut self, targets: &[Target], code: &'static str) -> bool {
        let mut any = false;
        for &target in targets {
            if self.kept(target).checked.iter().any(|c| c == code) {
                self.used.insert((target, code));
                any = true;
            }
        }
        any
    }

    /// Whether `target` was written in a file with an error.
    fn in_failed_file(&self, target: Target) -> bool {
        self.failed.contains(&*self.kept(target).at.file)
    }

    /// Warns at `at` with `message` (whose id is the code an editor
    /// acknowledges) unless one of `targets` is in a file with an error or
    /// has acknowledged it.
    fn warn(&mut self, at: Target, targets: &[Target], message: Message, help: Message) {
        if targets.iter().any(|&t| self.in_failed_file(t)) {
            return;
        }
        let code = message.id();
        if self.acknowledged(targets, code) {
            return;
        }
        let warning = self.kept(at).at.warning(message).with_help(help);
        self.diagnostics.push(warning);
    }

    /// Runs only while no file has an error (see [`report`]), so no
    /// place is in a failed file. Walks each file's places in order
    /// rather than finding each by position: a million at desa scale.
    fn stale_acknowledgements(&mut self) {
        let figure = |i| Target::Figure(FigureId::at(i));
        let targets = [
            figure as fn(usize) -> Target,
            |i| Target::News(NewsId::at(i)),
            |i| Target::Region(RegionId::at(i)),
        ];
        let mut stale: Vec<Diagnostic> = Vec::new();
        for (places, target) in self.places.all().into_iter().zip(targets) {
            for (i, kept) in places.enumerate() {
                for code in &kept.checked {
                    let matched = self.used.iter().any(|(t, c)| *t == target(i) && c == code);
                    if !matched {
                        stale.push(
                            kept.at
                                .warning(msg!("checked-stale", code = code))
                                .with_help(msg!("checked-stale-help", code = code)),
                        );
                    }
                }
            }
        }
        for warning in stale {
            self.diagnostics.push(warning);
        }
    }
}

fn conflicts(site: &Site, advice: &mut Advice) {
    for conflict in &site.conflicts {
        let others: Vec<String> = conflict.figures[1..]
            .iter()
            .map(|&f| advice.places.figure(f.index()).at.reference())
            .collect();
        let metric = &site.metrics[conflict.metric].id;
        // `none` selects the catalogue's words for an undated period.
        let period = conflict
            .period
            .map_or("none".to_string(), |p| p.to_string());
        let targets: Vec<Target> = conflict
            .figures
            .iter()
            .map(|&f| Target::Figure(f))
            .collect();
        advice.warn(
            targets[0],
            &targets,
            msg!("conflict", metric = metric, period = period),
            msg!(
                "conflict-help",
                count = others.len(),
                others = others.join(", ")
            ),
        );
    }
}

/// Figures whose periods overlap with other values, warned at the one for
/// the widest period: softer than a conflict, but a reader may take it
/// for one, so an editor should look once.
fn overlaps(site: &Site, advice: &mut Advice) {
    for overlap in &site.overlaps {
        let others: Vec<String> = overlap.figures[1..]
            .iter()
            .map(|&f| advice.places.figure(f.index()).at.reference())
            .collect();
        let targets: Vec<Target> = overlap.figures.iter().map(|&f| Target::Figure(f)).collect();
        advice.warn(
            targets[0],
            &targets,
            msg!(
                "period-overlap",
                metric = &site.metrics[overlap.metric].id,
                period = overlap.period.to_string()
            ),
            msg!(
                "period-overlap-help",
                count = others.len(),
                others = others.join(", ")
            ),
        );
    }
}

fn undated_figures(site: &Site, advice: &mut Advice) {
    for (i, figure) in site.figure_ids().zip(site.figures.iter()) {
        // `as_of: unknown` already says the source gives no period.
        if figure.period.is_none() && !figure.baseline && !figure.period_not_stated {
            let metric = &site.metrics[figure.metric].id;
            advice.warn(
                Target::Figure(i),
                &[Target::Figure(i)],
                msg!("figure-undated", metric = metric),
                msg!("figure-undated-help"),
            );
        }
    }
}

/// A count that changes by more than [`JUMP_RATIO`] a year between two
/// consecutive dated values of one region, warned at the later one. Only
/// counts: a percent moving from 2% to 5% is ordinary.
fn jumps(site: &Site, advice: &mut Advice) {
    for figures in &site.figures_of_region {
        let dated: Vec<FigureId> = figures
            .iter()
            .copied()
            .filter(|&f| {
                let figure = &site.figures[f];
                figure.period.is_some()
                    && !figure.baseline
                    && site.metrics[figure.metric].kind == MetricKind::Count
            })
            .collect();
        for pair in dated.windows(2) {
            let (earlier, later) = (&site.figures[pair[0]], &site.figures[pair[1]]);
            let (Some(from_period), Some(to_period)) = (earlier.period, later.period) else {
                continue;
            };
            if earlier.metric != later.metric || from_period == to_period {
                continue;
            }
            let (from, to) = (earlier.amount.central(), later.amount.central());
            let years = years_between(from_period, to_period);
            let Some(yearly) = yearly_jump(from, to, years) else {
                continue;
            };
            advice.warn(
                Target::Figure(pair[1]),
                &[Target::Figure(pair[0]), Target::Figure(pair[1])],
                msg!(
                    "metric-jump",
                    metric = &site.metrics[later.metric].id,
                    from = from,
                    to = to,
                    percent = format!("{:.0}", (to - from) / from * 100.0),
                    years = years,
                    yearly = format!("{:.0}", yearly * 100.0),
                    limit = format!("{:.0}", JUMP_RATIO * 100.0)
                ),
                msg!(
                    "metric-jump-help",
                    other = advice.places.figure(pair[0].index()).at.reference()
                ),
            );
        }
    }
}

fn news_without_url(site: &Site, advice: &mut Advice) {
    for (i, item) in site.news_ids().zip(site.news.iter()) {
        if item.url.is_none() {
            advice.warn(
                Target::News(i),
                &[Target::News(i)],
                msg!("news-without-url", id = &item.id),
                msg!("news-without-url-help"),
            );
        }
    }
}

/// The same article entered twice (see [`ArticleKey`]). Warned at every later item, naming the first, since the
/// second copy usually repeats its figures and so hides or fakes a
/// conflict.
fn repeated_articles(site: &Site, advice: &mut Advice) {
    // Made on both threads: a tenth of a second of a desa-scale load.
    let keys: Vec<Vec<ArticleKey>> = site
        .news
        .par_iter()
        .map(|item| item.article_keys().collect())
        .collect();
    // Sized up front: grown as it filled, it was rehashed a dozen times.
    let mut first_of: std::collections::HashMap<ArticleKey, NewsId> =
        std::collections::HashMap::with_capacity(keys.iter().map(Vec::len).sum());
    for ((i, item), keys) in site.news_ids().zip(site.news.iter()).zip(keys) {
        let mut earlier = None;
        for key in keys {
            match first_of.get(&key) {
                Some(&first) => earlier = earlier.or(Some(first)),
                None => {
                    first_of.insert(key, i);
                }
            }
        }
        if let Some(first) = earlier {
            advice.warn(
                Target::News(i),
                &[Target::News(i)],
                msg!("news-repeated", id = &item.id, first = &site.news[first].id),
                msg!(
                    "news-repeated-help",
                    at = advice.places.news(first.index()).at.reference()
                ),
            );
        }
    }
}

/// A region with no news of its own and none under it, at any level, has
/// nothing to show but its name. A kota whose only news is a kelurahan's,
/// two rungs down (Jakarta Timur → Cakung → Penggilingan), has news: each
/// region with news marks itself and every region above it.
fn regions_without_news(site: &Site, advice: &mut Advice) {
    let mut has_news = vec![false; site.regions.len()];
    for (i, region) in site.region_ids().zip(&site.regions) {
        if !region.news.is_empty() && !has_news[i.index()] {
            has_news[i.index()] = true;
            for above in site.ancestors(i) {
                has_news[above.index()] = true;
            }
        }
    }
    for (i, region) in site.region_ids().zip(&site.regions) {
        if !has_news[i.index()] {
            advice.warn(
                Target::Region(i),
                &[Target::Region(i)],
                msg!("region-without-news", name = &region.name),
                msg!("region-without-news-help", slug = &region.slug),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 21: 10.434 (2012) to 32.156 (2018) is ordinary growth over six
    /// years, not a 208% jump; the same change in one year is a jump.
    #[test]
    fn a_jump_is_measured_per_year() {
        let year = PartialDate::year;
        assert_eq!(years_between(year(2012), year(2018)), 6);
        assert_eq!(yearly_jump(10_434.0, 32_156.0, 6), None);
        let one_year = yearly_jump(10_434.0, 32_156.0, 1).map(|y| (y * 100.0).round());
        assert_eq!(one_year, Some(208.0));
        // Within one year, the yearly bound applies as it is.
        let day = |m, d| PartialDate::day(2019, m, d).unwrap_or(year(2019));
        assert_eq!(years_between(day(1, 1), day(12, 31)), 1);
        // A fall to two ninths over two years is a fall of 53% a year;
        // over three, of 39%.
        assert!(yearly_jump(9_000.0, 2_000.0, 2).is_some());
        assert_eq!(yearly_jump(9_000.0, 2_000.0, 3), None);
        assert_eq!(yearly_jump(0.0, 3_000.0, 1), None);
    }
}
