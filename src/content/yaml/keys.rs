//! The fields of a file checked against its format on the span tree:
//! every key the format does not define and every required one missing is
//! found in one pass, so all of a file's misspelt fields are reported
//! together, each with its position and the field it resembles.

use crate::content::field_path;
use crate::content::source::Source;
use crate::content::spans::{SpanTree, YamlPath};
use crate::diagnostics::{quote_list, suggest, Diagnostic, Diagnostics};
use crate::msg;

/// A mapping key that the format does not define, or a required one that
/// is missing. Found on the span tree, so every one in a file is reported.
pub struct UnknownKey {
    pub path: YamlPath,
    pub known: &'static [&'static str],
    pub missing: bool,
}

/// Reports each of `required` that the mapping at `path` lacks, unless a
/// key that is not in `known` looks like a misspelling of it (that key is
/// already reported as unknown, with the fix).
pub fn check_required(
    tree: &SpanTree,
    path: &YamlPath,
    known: &'static [&'static str],
    required: &'static [&'static str],
    out: &mut Vec<UnknownKey>,
) {
    if let Some(mapping) = tree.node(path).and_then(|n| n.as_mapping()) {
        let misspelt: Vec<&str> = mapping
            .keys()
            .map(|k| k.as_str())
            .filter(|k| !known.contains(k))
            .filter_map(|k| suggest(k, known.iter().copied()))
            .collect();
        for field in required {
            let given = mapping.get_node(field);
            // `outlet: ~`, `title: null` or a bare `summary:` is YAML's
            // "nothing"; serde_yaml would read it as the text "~".
            let null = given.and_then(|n| n.as_scalar()).is_some_and(|s| {
                s.may_coerce() && matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL")
            });
            if (given.is_none() && !misspelt.contains(field)) || null {
                out.push(UnknownKey {
                    path: path.key(field),
                    known: required,
                    missing: true,
                });
            }
        }
    }
}

/// Reports the keys of the mapping at `path` that are not in `known`.
pub fn check_keys(
    tree: &SpanTree,
    path: &YamlPath,
    known: &'static [&'static str],
    out: &mut Vec<UnknownKey>,
) {
    if let Some(mapping) = tree.node(path).and_then(|n| n.as_mapping()) {
        for key in mapping.keys() {
            if !known.contains(&key.as_str()) {
                out.push(UnknownKey {
                    path: path.key(key.as_str()),
                    known,
                    missing: false,
                });
            }
        }
    }
}

/// Calls `each` with the path of every item of the sequence at `path`.
pub fn for_each_item(tree: &SpanTree, path: &YamlPath, mut each: impl FnMut(YamlPath)) {
    if let Some(list) = tree.node(path).and_then(|n| n.as_sequence()) {
        for index in 0..list.len() {
            each(path.index(index));
        }
    }
}

/// Every field of `source` that `schema` does not know, or misses, and
/// the error for each.
pub(super) fn unknown_keys(
    source: &Source,
    tree: &SpanTree,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> (Vec<UnknownKey>, Diagnostics) {
    let mut unknown = Vec::new();
    schema(tree, &mut unknown);
    let mut problems = Diagnostics::new();
    for key in &unknown {
        problems.push(unknown_field(source, tree, key));
    }
    (unknown, problems)
}

fn unknown_field(source: &Source, tree: &SpanTree, key: &UnknownKey) -> Diagnostic {
    let name = match key.path.segments().last() {
        Some(crate::content::spans::Segment::Key(name)) => name.as_str(),
        _ => "",
    };
    if key.missing {
        let (line, column) = tree.value_position(&key.path);
        let given_as_null = tree.node(&key.path).is_some();
        let parent = key.path.segments().len() > 1;
        let place = if parent {
            let full = key.path.to_string();
            let owner = full.rsplit_once('.').map_or(full.as_str(), |(p, _)| p);
            msg!(
                "place-field",
                field = field_path::field(owner, &|path| tree.scalar_text(path))
            )
        } else {
            msg!("place-file")
        };
        if given_as_null {
            let written = tree.scalar_text(&key.path).unwrap_or_default();
            let required = quote_list(key.known);
            if written.is_empty() {
                let (line, column) = tree.key_position(&key.path);
                return source
                    .error(
                        line,
                        column,
                        msg!(
                            "value-missing-empty",
                            name = name,
                            place = place,
                            required = required
                        ),
                    )
                    .with_help(msg!("value-missing-empty-help", name = name));
            }
            return source
                .error(
                    line,
                    column,
                    msg!(
                        "value-missing-null",
                        name = name,
                        place = place,
                        written = written,
                        required = required
                    ),
                )
                .with_help(msg!(
                    "value-missing-null-help",
                    name = name,
                    written = written
                ));
        }
        return source
            .error(
                line,
                column,
                msg!(
                    "field-missing",
                    name = name,
                    place = place,
                    required = quote_list(key.known)
                ),
            )
            .with_help(msg!("field-missing-help", name = name));
    }
    let (line, column) = tree.key_position(&key.path);
    let known = quote_list(key.known);
    let help = match suggest(name, key.known.iter().copied()) {
        Some(best) => msg!("unknown-field-help-near", name = best, known = known),
        None => msg!("unknown-field-help", known = known),
    };
    source
        .error(
            line,
            column,
            msg!(
                "unknown-field",
                field = field_path::field(&key.path.to_string(), &|path| tree.scalar_text(path))
            ),
        )
        .with_help(help)
}
