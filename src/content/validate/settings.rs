//! `site.yaml` and `metrics.yaml`.

use std::path::Path;

use super::names::{is_metric_id, is_slug, slugify, too_long};
use super::parse_file;
use crate::content::raw::{RawMetrics, RawSite, RawVocabulary, METRIC_FIELDS, SITE_FIELDS};
use crate::content::spans::YamlPath;
use crate::content::yaml::{check_keys, FileKind};
use crate::diagnostics::{quote_list, suggest, suggestion_help, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::metric::MONEY_UNIT;
use crate::model::{
    DataLicense, Metric, MetricKind, OfficialList, PartialDate, SiteConfig, Vocabulary,
    DATA_LICENSES,
};
use crate::msg;
use crate::registry::{Problem, Registry};

/// Reads `site.yaml`; `override_url` (from `--base-url`) replaces `base_url`,
/// and `built_on` is the day of the build.
pub fn site_config(
    path: &Path,
    override_url: Option<&str>,
    built_on: PartialDate,
    diagnostics: &mut Diagnostics,
) -> Option<SiteConfig> {
    if std::fs::symlink_metadata(path).is_err() {
        diagnostics.push(
            Diagnostic::error_in_file(path, msg!("site-file-missing"))
                .with_help(msg!("site-file-missing-help")),
        );
        return None;
    }
    let parsed = parse_file::<RawSite>(
        path,
        &FileKind {
            what: || msg!("kind-site"),
            starter: "title: Kabar IKM Daerah\nbase_url: https://owner.github.io/repo/",
        },
        |tree, out| check_keys(tree, &YamlPath::root(), SITE_FIELDS, out),
    );
    let parsed = match parsed {
        Ok(mut parsed) => {
            diagnostics.extend(std::mem::take(&mut parsed.misspelt));
            parsed
        }
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    let (source, tree, raw) = (&parsed.source, &parsed.tree, parsed.raw);
    let at = |field: &str| tree.value_position(&YamlPath::root().key(field));
    let mut ok = true;

    if raw.title.trim().is_empty() {
        let (line, column) = at("title");
        diagnostics.push(source.error(line, column, msg!("site-title-empty")));
        ok = false;
    }
    let language = raw.language.unwrap_or_else(|| "id".to_string());
    if language != "id" {
        let (line, column) = at("language");
        diagnostics.push(
            source
                .error(line, column, msg!("site-language", language = &language))
                .with_help(msg!("site-language-help")),
        );
        ok = false;
    }
    let base_url = match override_url {
        Some(url) => check_base_url(url).map_err(|problem| {
            Diagnostic::error(
                Path::new("--base-url"),
                1,
                1,
                msg!("base-url-option", url = url, problem = problem),
            )
            .with_help(msg!("base-url-help"))
        }),
        None => check_base_url(&raw.base_url).map_err(|problem| {
            let (line, column) = at("base_url");
            source
                .error(
                    line,
                    column,
                    msg!("base-url-field", url = &raw.base_url, problem = problem),
                )
                .with_help(msg!("base-url-help"))
        }),
    };
    let base_url = match base_url {
        Ok(url) => url,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    let cname = raw
        .cname
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if let Some(domain) = cname {
        if !is_domain(domain) {
            let (line, column) = at("cname");
            diagnostics.push(
                source
                    .error(line, column, msg!("cname-not-domain", domain = domain))
                    .with_help(msg!("cname-not-domain-help")),
            );
            ok = false;
        }
    }
    let data_license = match raw.data_license.as_deref().map(str::trim) {
        None => Some(DataLicense::default_license()),
        Some(id) => {
            let found = DataLicense::by_id(id);
            if found.is_none() {
                let (line, column) = at("data_license");
                let known: Vec<&str> = DATA_LICENSES.iter().map(|l| l.id).collect();
                diagnostics.push(
                    source
                        .error(line, column, msg!("data-license-unknown", license = id))
                        .with_help(match suggest(id, known.iter().copied()) {
                            Some(best) => msg!(
                                "data-license-did-you-mean",
                                name = best,
                                names = quote_list(&known)
                            ),
                            None => msg!("data-license-unknown-help", names = quote_list(&known)),
                        }),
                );
                ok = false;
            }
            found
        }
    };
    ok.then(|| SiteConfig {
        title: raw.title.trim().to_string(),
        description: raw
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        base_url,
        language,
        cname: cname.map(str::to_string),
        official_list: if raw.official_regions.unwrap_or(true) {
            OfficialList::Builtin
        } else {
            OfficialList::Off
        },
        built_on,
        data_license: data_license.unwrap_or_else(DataLicense::default_license),
    })
}

/// The content folder's own official list of regions at `path`:
/// `Ok(None)` when it has none (the built-in list is used), `Err(())` when
/// it is broken (every broken line is in `diagnostics`).
pub fn own_official_list(
    path: &Path,
    diagnostics: &mut Diagnostics,
) -> Result<Option<Registry>, ()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    let source = match crate::content::source::read(path) {
        Ok(source) => source,
        Err(problem) => {
            diagnostics.push(problem);
            return Err(());
        }
    };
    match Registry::parse(&source.text) {
        Ok(registry) => Ok(Some(registry)),
        Err(errors) => {
            let lines: Vec<&str> = source.text.lines().collect();
            for error in &errors.first {
                let problem = match &error.problem {
                    Problem::NoTab => msg!("official-list-no-tab"),
                    Problem::BadCode(code) => msg!("official-list-bad-code", code = code),
                    Problem::BadName(name) => msg!("official-list-bad-name", name = name),
                    Problem::OutOfOrder { code, previous } => {
                        msg!("official-list-order", code = code, previous = previous)
                    }
                    Problem::NoParent { code, parent } => {
                        msg!("official-list-no-parent", code = code, parent = parent)
                    }
                    Problem::TooLarge => msg!("official-list-too-large"),
                };
                let line = lines.get(error.line - 1).copied().unwrap_or("");
                diagnostics.push(
                    Diagnostic::error(
                        path,
                        error.line,
                        1,
                        msg!("official-list-line", problem = problem),
                    )
                    .with_line(line)
                    .with_help(msg!("official-list-help")),
                );
            }
            let more = errors.total - errors.first.len();
            if more > 0 {
                diagnostics.push(Diagnostic::error_in_file(
                    path,
                    msg!("official-list-more", count = more),
                ));
            }
            Err(())
        }
    }
}

/// A domain such as `ikm.example.id`: labels of letters, digits and dashes.
fn is_domain(text: &str) -> bool {
    text.contains('.')
        && text.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Checks an absolute http(s) URL and returns it ending in `/`.
pub fn check_base_url(text: &str) -> Result<String, Message> {
    let url = url::Url::parse(text.trim())
        .map_err(|e| msg!("url-not-absolute", error = e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(msg!("url-scheme", scheme = url.scheme()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(msg!("url-query"));
    }
    let mut normalized = url.to_string();
    if !normalized.ends_with('/') {
        normalized.push('/');
    }
    Ok(normalized)
}

/// Reads `metrics.yaml` in its written order.
pub fn metrics(path: &Path, diagnostics: &mut Diagnostics) -> Option<Vec<Metric>> {
    if std::fs::symlink_metadata(path).is_err() {
        diagnostics.push(
            Diagnostic::error_in_file(path, msg!("metrics-file-missing"))
                .with_help(msg!("metrics-file-missing-help")),
        );
        return None;
    }
    let parsed = parse_file::<RawMetrics>(
        path,
        &FileKind {
            what: || msg!("kind-metrics"),
            starter: "jumlah_ikm:\n  label: Jumlah IKM\n  unit: unit usaha\n  kind: count",
        },
        |tree, out| {
            if let Some(map) = tree.root().as_mapping() {
                for key in map.keys() {
                    check_keys(
                        tree,
                        &YamlPath::root().key(key.as_str()),
                        METRIC_FIELDS,
                        out,
                    );
                }
            }
        },
    );
    let parsed = match parsed {
        Ok(mut parsed) => {
            diagnostics.extend(std::mem::take(&mut parsed.misspelt));
            parsed
        }
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    let mut metrics = Vec::new();
    let mut ok = true;
    // Each `growth_of` and where it is written, resolved once every id is known.
    let mut growth: Vec<(usize, String, YamlPath)> = Vec::new();
    for (id, raw) in parsed.raw {
        let path = YamlPath::root().key(&id);
        if !is_metric_id(&id) {
            let (line, column) = parsed.tree.key_position(&path);
            diagnostics.push(
                parsed
                    .source
                    .error(line, column, msg!("metric-id-shape", id = &id))
                    .with_help(msg!(
                        "for-example",
                        example = id.to_lowercase().replace(['-', ' '], "_")
                    )),
            );
            ok = false;
        } else if let Some(problem) = too_long(&id) {
            let (line, column) = parsed.tree.key_position(&path);
            diagnostics.push(parsed.source.error(line, column, problem));
            ok = false;
        }
        if raw.label.trim().is_empty() {
            let (line, column) = parsed.tree.value_position(&path.key("label"));
            diagnostics.push(parsed.source.error(
                line,
                column,
                msg!("metric-label-empty", id = &id),
            ));
            ok = false;
        }
        let Some(kind) = MetricKind::from_name(&raw.kind) else {
            let (line, column) = parsed.tree.value_position(&path.key("kind"));
            diagnostics.push(
                parsed
                    .source
                    .error(line, column, msg!("metric-kind", kind = &raw.kind))
                    .with_help(suggestion_help(&raw.kind, &MetricKind::NAMES)),
            );
            ok = false;
            continue;
        };
        let unit = raw
            .unit
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty());
        // A money figure is shown as `Rp37 miliar`: a metric in another
        // currency or scale (`juta rupiah`, `USD`) would be shown wrong.
        if let Some(unit) = unit
            .as_deref()
            .filter(|u| kind == MetricKind::Money && !u.eq_ignore_ascii_case(MONEY_UNIT))
        {
            let (line, column) = parsed.tree.value_position(&path.key("unit"));
            diagnostics.push(
                parsed
                    .source
                    .error(line, column, msg!("metric-money-unit", unit = unit))
                    .with_help(msg!("metric-money-unit-help")),
            );
            ok = false;
        }
        if let Some(of) = raw.growth_of {
            growth.push((metrics.len(), of.trim().to_string(), path.key("growth_of")));
        }
        metrics.push(Metric {
            id,
            label: raw.label.trim().to_string(),
            unit,
            kind,
            growth_of: None,
        });
    }
    for (at, of, path) in growth {
        let (line, column) = parsed.tree.value_position(&path);
        let error = |message: Message| parsed.source.error(line, column, message);
        let ids: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();
        let id = metrics[at].id.clone();
        let id = id.as_str();
        let Some(target) = ids.iter().position(|&other| other == of) else {
            diagnostics.push(
                error(msg!("metric-growth-of-unknown", id = id, metric = &of))
                    .with_help(suggestion_help(&of, &ids)),
            );
            ok = false;
            continue;
        };
        if metrics[at].kind != MetricKind::Percent {
            diagnostics.push(
                error(msg!("metric-growth-of-not-percent", id = id))
                    .with_help(msg!("metric-growth-of-not-percent-help", id = id)),
            );
            ok = false;
        } else if metrics[target].kind != MetricKind::Count {
            let counts: Vec<&str> = metrics
                .iter()
                .filter(|m| m.kind == MetricKind::Count)
                .map(|m| m.id.as_str())
                .collect();
            diagnostics.push(
                error(msg!("metric-growth-of-not-count", id = id, metric = &of)).with_help(msg!(
                    "metric-growth-of-not-count-help",
                    names = crate::diagnostics::quote_list(&counts)
                )),
            );
            ok = false;
        } else {
            metrics[at].growth_of = Some(target);
        }
    }
    ok.then_some(metrics)
}

/// Reads an optional `sectors.yaml` or `topics.yaml`; `None` when the file
/// does not exist (content written to the contract alone) or is broken (its
/// problems are reported).
pub fn vocabulary(path: &Path, what: &str, diagnostics: &mut Diagnostics) -> Option<Vocabulary> {
    std::fs::symlink_metadata(path).ok()?;
    let parsed = parse_file::<RawVocabulary>(
        path,
        &FileKind {
            what: || msg!("kind-vocabulary"),
            starter: "makanan: Makanan\nkerajinan: Kerajinan",
        },
        |_, _| {},
    );
    let parsed = match parsed {
        Ok(mut parsed) => {
            diagnostics.extend(std::mem::take(&mut parsed.misspelt));
            parsed
        }
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    let mut entries = Vec::new();
    for (slug, label) in parsed.raw {
        let at = YamlPath::root().key(&slug);
        let (line, column) = parsed.tree.key_position(&at);
        if !is_slug(&slug) {
            diagnostics.push(
                parsed
                    .source
                    .error(
                        line,
                        column,
                        msg!("vocabulary-slug-shape", what = what, slug = &slug),
                    )
                    .with_help(msg!("for-example", example = slugify(&slug))),
            );
        } else if let Some(problem) = too_long(&slug) {
            diagnostics.push(parsed.source.error(line, column, problem));
        } else if label.trim().is_empty() {
            let (line, column) = parsed.tree.value_position(&at);
            diagnostics.push(parsed.source.error(
                line,
                column,
                msg!("vocabulary-label-empty", slug = &slug),
            ));
        } else {
            entries.push((slug, label.trim().to_string()));
        }
    }
    Some(Vocabulary { entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_absolute_and_end_in_a_slash() {
        assert_eq!(
            check_base_url("https://o.github.io/ikm").unwrap(),
            "https://o.github.io/ikm/"
        );
        assert_eq!(
            check_base_url("http://localhost:8000/").unwrap(),
            "http://localhost:8000/"
        );
        assert!(check_base_url("/ikm/").is_err());
        assert!(check_base_url("ftp://x.test/")
            .unwrap_err()
            .to_string()
            .contains("scheme"));
        assert!(check_base_url("https://x.test/?a=1").is_err());
    }
}
