//! The rules of one figure: its metric, its value or range, its date, and
//! the numbers YAML would read otherwise than the article wrote them
//! (Indonesian thousands dots, more digits than a float keeps). The
//! number rules themselves live in [`crate::model::number`]; this module
//! only reports where a figure breaks them.

use super::news::{parse_date, warn_if_future};
use super::rules::FileRules;
use super::FileCheck;
use crate::content::raw::{RawApprox, RawDate, RawFigure};
use crate::content::spans::YamlPath;
use crate::diagnostics::suggestion_help;
use crate::model::number::{self, without_thousands_dots};
use crate::model::{Amount, Approx, Figure, MetricKind, NewsId, NewsItem, RegionId};
use crate::msg;

/// Figures one news item may hold: several times what a real article
/// needs, so one small file cannot make a huge site (`draft` lists a
/// longer article's other numbers in a comment).
pub const MAX_FIGURES_PER_ITEM: usize = 100;

/// The figure `raw` as a model value, its news item numbered within the
/// file and its region not yet given; `None` when it breaks a rule.
///
/// `(news, position)` is the index of its news item in the file and its
/// own index in that item.
pub(super) fn figure(
    check: &mut FileCheck,
    rules: &FileRules,
    raw: &RawFigure,
    item: &NewsItem,
    path: &YamlPath,
    (news, position): (NewsId, usize),
) -> Option<Figure> {
    let FileRules {
        metric_index,
        metric_ids,
        today,
        ..
    } = rules;
    let metrics = rules.metrics.unwrap_or_default();
    let Some(&metric) = metric_index.get(raw.metric.as_str()) else {
        check.push(
            check
                .error_at(
                    &path.key("metric"),
                    msg!("metric-unknown", metric = &raw.metric),
                )
                .with_help(suggestion_help(&raw.metric, metric_ids)),
        );
        return None;
    };
    let kind = metrics[metric].kind;
    let amount = match (raw.value, &raw.range) {
        (Some(_), Some(_)) => {
            check.push(
                check
                    .error_at(&path.key("range"), msg!("value-and-range"))
                    .with_help(msg!("value-and-range-help")),
            );
            return None;
        }
        (None, None) => {
            check.push(
                check
                    .error_at(path, msg!("no-value-or-range"))
                    .with_help(msg!("no-value-or-range-help")),
            );
            return None;
        }
        (Some(value), None) => {
            check_number(check, value, kind, &path.key("value"))?;
            Amount::Exact(value)
        }
        (None, Some(range)) => {
            let at = path.key("range");
            let [low, high] = range.as_slice() else {
                check.push(check.error_at(&at, msg!("range-length", count = range.len())));
                return None;
            };
            check_number(check, *low, kind, &at.index(0))?;
            check_number(check, *high, kind, &at.index(1))?;
            if low >= high {
                let shown = |v: &f64| v.to_string();
                check.push(
                    check
                        .error_at(
                            &at,
                            msg!("range-order", low = shown(low), high = shown(high)),
                        )
                        .with_help(if low > high {
                            msg!("range-swap-help", low = shown(high), high = shown(low))
                        } else {
                            msg!("range-single-help", value = shown(low))
                        }),
                );
                return None;
            }
            Amount::Range(*low, *high)
        }
    };
    // `as_of: unknown`: the article is dated, but not the figure ("tumbuh
    // 14,7% per tahun"); its period is not the article's day.
    let not_stated = raw.as_of.as_ref().is_some_and(RawDate::is_unknown);
    let as_of = match &raw.as_of {
        Some(date) if !not_stated => Some(parse_date(
            check,
            date,
            &path.key("as_of"),
            msg!("as-of-shape-help"),
        )?),
        _ => None,
    };
    warn_if_future(check, as_of, *today, &path.key("as_of"));
    if let (Some(as_of), Some(published)) = (as_of, item.published) {
        if as_of.is_after(&published) {
            check.push(
                check
                    .error_at(
                        &path.key("as_of"),
                        msg!(
                            "as-of-after-published",
                            as_of = as_of.to_string(),
                            published = published.to_string()
                        ),
                    )
                    .with_help(msg!("as-of-after-published-help"))
                    .as_warning(),
            );
        }
    }
    if kind == MetricKind::Percent {
        let values = match amount {
            Amount::Exact(v) => vec![(path.key("value"), v)],
            Amount::Range(low, high) => vec![
                (path.key("range").index(0), low),
                (path.key("range").index(1), high),
            ],
        };
        for (at, value) in values.into_iter().filter(|(_, v)| *v > 0.0 && *v < 1.0) {
            let percent = format!("{:.4}", value * 100.0);
            let percent = percent.trim_end_matches('0').trim_end_matches('.');
            let shown = percent.replace('.', ",");
            check.push(
                check
                    .error_at(
                        &at,
                        msg!(
                            "percent-below-one",
                            value = value.to_string(),
                            percent = &shown
                        ),
                    )
                    .with_help(msg!(
                        "percent-below-one-help",
                        written = percent,
                        percent = &shown
                    ))
                    .as_warning(),
            );
        }
    }
    let approx = approx(check, &raw.approx, &path.key("approx"));
    let from_published =
        as_of.is_none() && !not_stated && !raw.baseline && item.published.is_some();
    Some(Figure {
        news,
        region: RegionId::at(0),
        metric,
        amount,
        approx,
        period: as_of.or(if raw.baseline || not_stated {
            None
        } else {
            item.published
        }),
        period_from_published: from_published,
        period_not_stated: not_stated,
        baseline: raw.baseline,
        note: raw.note.clone().filter(|n| !n.trim().is_empty()),
        position,
    })
}

/// Reports each number of a figure written with Indonesian thousands dots
/// (`21.000`, `1.234.567`), in `value` or at either end of a `range`: YAML
/// reads `21.000` as twenty-one, so such a figure would be published wrong
/// without a word. Looks at the text as written, since the parsed value no
/// longer shows the dots. A count cannot have three decimals, so its fix
/// is the number meant; a percent (or a metric not known) could, so its
/// help offers both readings, each written so that it cannot be misread.
pub(super) fn written_with_thousands_dots(
    check: &mut FileCheck,
    figure: &YamlPath,
    kind: Option<MetricKind>,
) -> bool {
    let value = figure.key("value");
    let range = figure.key("range");
    let mut found = false;
    for at in [value, range.index(0), range.index(1)] {
        let Some(written) = check.tree.scalar_text(&at) else {
            continue;
        };
        // A percent may be negative: `-1.500` is as ambiguous as `1.500`.
        let (sign, digits) = sign_apart(written);
        let Some(number) = without_thousands_dots(digits).map(|n| format!("{sign}{n}")) else {
            continue;
        };
        let decimal = number::Decimal::parse(digits);
        let diagnostic = match (kind, decimal) {
            (Some(MetricKind::Percent) | None, Some(decimal)) => check
                .error_at(
                    &at,
                    msg!(
                        "thousands-dots-ambiguous",
                        written = written,
                        read_as = format!("{sign}{decimal}"),
                        number = &number
                    ),
                )
                .with_help(msg!(
                    "thousands-dots-ambiguous-help",
                    number = &number,
                    decimal = format!("{sign}{}", decimal.unambiguous()),
                    read_as = format!("{sign}{decimal}")
                )),
            (_, Some(decimal)) => check
                .error_at(
                    &at,
                    msg!(
                        "thousands-dots-read-as",
                        written = written,
                        read_as = format!("{sign}{decimal}")
                    ),
                )
                .with_help(msg!("thousands-dot-help", number = &number)),
            (_, None) => check
                .error_at(&at, msg!("thousands-dots", written = written))
                .with_help(msg!("thousands-dot-help", number = &number)),
        };
        check.push(diagnostic);
        found = true;
    }
    found
}

/// Reports each number of a figure with more digits than YAML keeps
/// (`0.12345678901234567`): it would be published as other digits than
/// the article's, without a word.
pub(super) fn written_beyond_precision(check: &mut FileCheck, figure: &YamlPath) -> bool {
    let range = figure.key("range");
    let mut found = false;
    for at in [figure.key("value"), range.index(0), range.index(1)] {
        let Some(written) = check.tree.scalar_text(&at) else {
            continue;
        };
        let (sign, digits) = sign_apart(written);
        if let Some(read_as) = number::read_otherwise(digits).map(|v| format!("{sign}{v}")) {
            check.push(
                check
                    .error_at(
                        &at,
                        msg!("value-not-exact", written = written, read_as = &read_as),
                    )
                    .with_help(msg!("value-not-exact-help", read_as = &read_as)),
            );
            found = true;
        }
    }
    found
}

/// `written` without a leading minus sign, and that sign (or nothing), to
/// put back in front of the number a message gives for it.
fn sign_apart(written: &str) -> (&'static str, &str) {
    match written.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", written),
    }
}

/// A figure's `approx` as the model keeps it; a word it does not know is
/// an error naming the words it may be (and taken as "sekitar", so the
/// rest of the file is still checked).
fn approx(check: &mut FileCheck, raw: &RawApprox, at: &YamlPath) -> Approx {
    match raw {
        RawApprox::Unset | RawApprox::Bool(false) => Approx::Exact,
        RawApprox::Bool(true) => Approx::About,
        RawApprox::Word(word) => {
            if let Some((_, known)) = Approx::WORDS.iter().find(|(w, _)| w == word) {
                return *known;
            }
            let help = match word.trim().to_lowercase().as_str() {
                "yes" | "no" | "ya" | "tidak" | "y" | "n" | "on" | "off" => {
                    msg!("approx-boolean-help")
                }
                _ => suggestion_help(word, &["true", "false", "more_than", "less_than", "almost"]),
            };
            check.push(
                check
                    .error_at(at, msg!("approx-unknown", value = word))
                    .with_help(help),
            );
            Approx::About
        }
    }
}

fn check_number(check: &mut FileCheck, value: f64, kind: MetricKind, at: &YamlPath) -> Option<()> {
    let value_text = value.to_string();
    // A percent may be negative (a growth rate of −3,35%); its size is
    // bounded all the same.
    let negative = !value.is_finite() || (value < 0.0 && !kind.may_be_negative());
    let problem = if negative {
        Some(msg!("value-negative", value = &value_text))
    } else if kind.is_whole() && value.fract() != 0.0 {
        Some(msg!("value-not-whole", value = &value_text))
    } else if value.abs() > number::MAX_VALUE {
        Some(msg!("value-too-large", value = &value_text))
    } else {
        None
    };
    match problem {
        Some(problem) => {
            let mut diagnostic = check.error_at(at, problem);
            if negative && value.is_finite() {
                diagnostic = diagnostic.with_help(msg!("value-negative-help"));
            }
            // "15.769" in Indonesian text is fifteen thousand; YAML reads a
            // decimal point. Only a number of that shape is offered its
            // thousands: `64099460295929.01` is not 1000 times more.
            if kind.is_whole() && value.fract() != 0.0 {
                if let Some(number) = without_thousands_dots(&value_text) {
                    diagnostic = diagnostic.with_help(msg!("thousands-dot-help", number = number));
                }
            }
            check.push(diagnostic);
            None
        }
        None => Some(()),
    }
}
