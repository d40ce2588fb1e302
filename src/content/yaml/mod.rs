//! From a YAML file's text to a typed value, or to every problem in it.
//!
//! Three passes, each doing what it does best:
//! 1. `serde_yaml` reads the text once for syntax and its safety limits
//!    (nesting depth, alias bombs) before anything recursive touches it;
//! 2. [`SpanTree`] parses it again with positions, refusing duplicate keys,
//!    and every mapping's keys are checked against the known fields, so all
//!    misspelt fields of a file are reported together with a suggestion;
//! 3. `serde_yaml` deserializes the typed shape; its one error, if any, is
//!    given a help line for the traps authors fall into.
//!
//! A file that reads and has no `&` takes two: the typed parse comes
//! first and stands in for the first pass, since it checks the same syntax
//! and limits. A file it refuses goes through all three, so its problems
//! are reported in the order above, and so does a file that may hold an
//! anchor, which the span tree must refuse before the typed parse could
//! expand its aliases.

use serde::de::DeserializeOwned;

use super::field_path;
use super::layout;
use super::source::Source;
use super::spans::{Segment, SpanTree, YamlPath};
use crate::diagnostics::{quote_list, suggest, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::number::{leading_number, with_decimal_comma, without_thousands_dots};
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

/// What a kind of file holds, for messages about an empty or broken one.
pub struct FileKind {
    /// "a region with at least `name` and `level`", in either language.
    pub what: fn() -> Message,
    /// The first lines of a valid file, shown as help for an empty one.
    pub starter: &'static str,
}

/// Parses `source` into `T`, checking keys with `schema` first.
pub fn load<T: DeserializeOwned>(
    source: &Source,
    kind: &FileKind,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> Result<(T, SpanTree), Diagnostics> {
    let (value, tree, misspelt) = load_past_misspelt_fields(source, kind, schema)?;
    if misspelt.is_empty() {
        Ok((value, tree))
    } else {
        Err(misspelt)
    }
}

/// [`load`], but a file whose only fault is misspelt or unknown fields is
/// still read: each such field is reported (the third value), then taken
/// as the field it resembles (`outlte` as `outlet`) or left out, so the
/// rest of the file's rules run in the same pass and an editor sees every
/// problem of the file at once.
pub fn load_past_misspelt_fields<T: DeserializeOwned>(
    source: &Source,
    kind: &FileKind,
    schema: impl Fn(&SpanTree, &mut Vec<UnknownKey>),
) -> Result<(T, SpanTree, Diagnostics), Diagnostics> {
    if source.text.trim().is_empty() {
        return Err(source
            .error(1, 1, msg!("file-empty", what = (kind.what)()))
            .with_help(msg!("file-empty-help", starter = kind.starter))
            .into());
    }
    if let Some((line, column)) = too_deep_flow(&source.text) {
        return Err(source
            .error(line, column, msg!("flow-too-deep", limit = MAX_FLOW_DEPTH))
            .into());
    }
    let layout = |p: layout::LayoutProblem| -> Diagnostics {
        source
            .error(p.line, p.column, p.message)
            .with_help(p.help)
            .into()
    };
    if let Some(problem) = layout::control_character(&source.text) {
        return Err(layout(problem));
    }
    if let Some(problem) = layout::tab_indentation(&source.text) {
        return Err(layout(problem));
    }
    // Most files read: then the typed parse has already checked syntax and
    // limits (it visits every node that the untyped one would), and only
    // the positions and the field names remain to be checked. Not when the
    // text could hold an anchor: the typed parse expands aliases (a small
    // file of them can take gigabytes), and only the span tree refuses
    // them, so such a file takes all three passes.
    if may_skip_untyped_pass(&source.text) {
        if let Ok(value) = serde_yaml::from_str::<T>(&source.text) {
            let tree = span_tree(source)?;
            let (_, problems) = unknown_keys(source, &tree, schema);
            return if problems.is_empty() {
                Ok((value, tree, problems))
            } else {
                Err(problems)
            };
        }
    }
    if let Err(e) = serde_yaml::from_str::<serde::de::IgnoredAny>(&source.text) {
        // libyaml stops at or just after a mis-indented line; name that line.
        let stopped = e.location().map_or(usize::MAX, |l| l.line() + 1);
        if let Some(problem) = layout::misindented_line(&source.text, stopped) {
            return Err(layout(problem));
        }
        if let Some(problem) = layout::missing_space_after_colon(&source.text, stopped) {
            return Err(layout(problem));
        }
        return Err(from_serde(source, &e, true).into());
    }
    // It is YAML but not the shape: misspelt fields first, each with a
    // suggestion, then the typed parse's one error with its help.
    let tree = span_tree(source)?;
    let (unknown, problems) = unknown_keys(source, &tree, schema);
    if unknown.is_empty() {
        return match serde_yaml::from_str::<T>(&source.text) {
            Ok(value) => Ok((value, tree, problems)),
            Err(e) => Err(from_serde(source, &e, false).into()),
        };
    }
    if unknown.iter().any(|key| key.missing) {
        return Err(problems);
    }
    // The span tree refused any anchor, so this parse expands no alias.
    match read_as_meant::<T>(source, &unknown) {
        Some(value) => Ok((value, tree, problems)),
        None => {
            // Still unreadable: a value of the wrong type too (`value:
            // 1.234.567`). When the typed parse meets it before any unknown
            // field, it is reported with its help beside them, not lost.
            let mut problems = problems;
            if let Err(e) = serde_yaml::from_str::<T>(&source.text) {
                if !e.to_string().contains("unknown field") {
                    problems.push(from_serde(source, &e, false));
                }
            }
            Err(problems)
        }
    }
}

/// `source` read with each unknown field taken as the known one it
/// resembles, when its mapping lacks that one, or else left out; `None`
/// when that still does not read.
fn read_as_meant<T: DeserializeOwned>(source: &Source, unknown: &[UnknownKey]) -> Option<T> {
    let mut document: serde_yaml::Value = serde_yaml::from_str(&source.text).ok()?;
    for key in unknown {
        let Some((Segment::Key(name), parent)) = key.path.segments().split_last() else {
            continue;
        };
        let mut mapping = &mut document;
        for segment in parent {
            mapping = match segment {
                Segment::Key(k) => mapping.get_mut(k.as_str())?,
                Segment::Index(i) => mapping.get_mut(*i)?,
            };
        }
        let mapping = mapping.as_mapping_mut()?;
        let value = mapping.remove(name.as_str())?;
        if let Some(meant) = suggest(name, key.known.iter().copied()) {
            if !mapping.contains_key(meant) {
                mapping.insert(meant.into(), value);
            }
        }
    }
    // Through text again, not `from_value`: the typed parse of text reads
    // a plain `2019` as the text a `title` needs, the value's number not.
    serde_yaml::from_str(&serde_yaml::to_string(&document).ok()?).ok()
}

/// Whether `text` can go to the typed parse first: it has no `&`, so no
/// anchor, so no alias the typed parse could expand (an alias to no anchor
/// is an error, never an expansion).
fn may_skip_untyped_pass(text: &str) -> bool {
    !text.contains('&')
}

/// The positions of `source`, which serde_yaml has read without error.
fn span_tree(source: &Source) -> Result<SpanTree, Diagnostics> {
    SpanTree::parse(&source.text).map_err(|mut e| {
        if e.message.id().contains("anchor") {
            e.column = anchor_column(&source.text, e.line, e.column);
        }
        let diagnostic = source.error(e.line, e.column, e.message);
        Diagnostics::from(match e.help {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        })
    })
}

/// Every field of `source` that `schema` does not know, or misses, and
/// the error for each.
fn unknown_keys(
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

/// Deeper `[`/`{` nesting than any content file needs.
const MAX_FLOW_DEPTH: usize = 32;

/// Where `[`/`{` nesting first passes [`MAX_FLOW_DEPTH`], skipping quoted
/// text and comments. libyaml takes time quadratic in flow depth, so a
/// hostile file is refused before any parser sees it.
fn too_deep_flow(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (line_number, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (column, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '\'' | '"') => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((line_number + 1, column + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            previous = c;
        }
    }
    None
}

/// marked-yaml reports an anchor after its name; authors look for the `&`/`*`.
fn anchor_column(text: &str, line: usize, column: usize) -> usize {
    let Some(line_text) = text.lines().nth(line.saturating_sub(1)) else {
        return column;
    };
    let before: Vec<char> = line_text.chars().take(column.saturating_sub(1)).collect();
    before
        .iter()
        .rposition(|c| *c == '&' || *c == '*')
        .map_or(column, |i| i + 1)
}

/// The ids of a file's news items, as [`field_path`] names them.
fn ids_in(tree: &SpanTree) -> impl Fn(usize) -> Option<String> + '_ {
    |news| {
        tree.scalar_text(&field_path::news_id_path(news))
            .map(str::to_string)
    }
}

fn unknown_field(source: &Source, tree: &SpanTree, key: &UnknownKey) -> Diagnostic {
    let name = match key.path.segments().last() {
        Some(super::spans::Segment::Key(name)) => name.as_str(),
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
                field = field_path::field(owner, &ids_in(tree))
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
                field = field_path::field(&key.path.to_string(), &ids_in(tree))
            ),
        )
        .with_help(help)
}

/// `1.234.567` for serde's `invalid type: string "1.234.567", expected f64`:
/// the text of a value that is not the number expected, as the parser read
/// it (`None` for text with a quote or escape in it, which no number has).
fn found_text(detail: &str) -> Option<&str> {
    let (text, _) = detail
        .strip_prefix("invalid type: string \"")?
        .split_once("\", expected")?;
    (!text.contains(['"', '\\'])).then_some(text)
}

/// `15.769` for `"15.769"` or `'15.769'`: a number quoted as text.
fn unquoted(written: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = written
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return inner;
        }
    }
    written
}

/// serde's "invalid type: string \"x\", expected f64" and "missing field
/// `x`" in the reader's language; `None` for a sentence of another shape,
/// which is then shown as serde wrote it.
fn translated(detail: &str) -> Option<Message> {
    if let Some(field) = detail
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Some(msg!("missing-field", field = field));
    }
    let rest = detail
        .strip_prefix("invalid type: ")
        .or_else(|| detail.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.split_once(", expected ")?;
    let (kind, value) = [
        ("string ", "string"),
        ("integer ", "integer"),
        ("floating point ", "float"),
        ("boolean ", "boolean"),
        ("unit value", "null"),
        ("sequence", "sequence"),
        ("map", "map"),
    ]
    .into_iter()
    .find_map(|(prefix, kind)| Some((kind, found.strip_prefix(prefix)?)))?;
    let expected = match expected {
        "f64" | "a number" => "number",
        "a boolean" => "boolean",
        "a sequence" => "sequence",
        "a string" | "a borrowed string" => "string",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "integer",
        "a map" => "map",
        other if other.starts_with("struct ") => "map",
        _ => return None,
    };
    let value = match value.trim() {
        "" => "none",
        written => written,
    };
    Some(msg!(
        "found-expected",
        found = msg!("value-kind", kind = kind),
        value = value,
        expected = msg!("value-kind-expected", kind = expected)
    ))
}

/// Whether the value on `line` (after its key) itself holds `: `, the one
/// case where quoting is the fix for "mapping values are not allowed".
fn value_has_colon(source: &Source, line: usize) -> bool {
    source
        .text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|text| text.split_once(": "))
        .is_some_and(|(_, value)| {
            value.contains(": ") && !value.trim_start().starts_with(['"', '\''])
        })
}

/// Turns a `serde_yaml` error (a YAML `syntax` error, or a type error) into a diagnostic with a help line where the
/// cause is a known trap: an unquoted code, `yes` for a boolean.
fn from_serde(source: &Source, error: &serde_yaml::Error, syntax: bool) -> Diagnostic {
    let (line, column) = error.location().map_or((1, 1), |l| (l.line(), l.column()));
    let full = error.to_string();
    // Drop the position the diagnostic already shows; keep any other one
    // (libyaml names where an unclosed list was opened).
    let message = full.replacen(&format!(" at line {line} column {column}"), "", 1);
    // serde_yaml writes "path: message"; the path is the first word before ": ".
    let (path, detail) = match message.split_once(": ") {
        Some((path, detail)) if !path.contains(' ') => (Some(path.to_string()), detail.to_string()),
        _ => (None, message.clone()),
    };
    let field = path
        .as_deref()
        .and_then(|p| p.rsplit('.').next())
        .unwrap_or("");
    // The value exactly as written, from the error's column to the end of the line.
    let written = source
        .text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|text| text.get(column.saturating_sub(1)..))
        .map(|rest| rest.split(" #").next().unwrap_or(rest).trim().to_string())
        .unwrap_or_default();

    let help = if detail.contains("expected a string")
        && (field == "code" || detail.contains("floating point"))
    {
        Some(msg!("quote-to-keep-text", field = field, written = written))
    } else if detail.contains("expected a boolean") {
        Some(msg!("write-boolean"))
    } else if let Some(number) = detail
        .contains("expected f64")
        .then(|| {
            // The text serde found is the value exactly, in any layout (a
            // flow mapping `{value: 1.234.567}` ends it at `}`); else, in a
            // flow list (`range: [1.234, 2.000]`) the item ends at `,` or `]`.
            let item = found_text(&detail).unwrap_or_else(|| {
                if field.starts_with("range[") {
                    written.split([',', ']', ' ']).next().unwrap_or_default()
                } else {
                    written.as_str()
                }
            });
            without_thousands_dots(unquoted(item))
        })
        .flatten()
    {
        Some(msg!("thousands-dot-help", number = number))
    } else if let Some(number) = detail
        .contains("expected f64")
        .then(|| with_decimal_comma(unquoted(&written)))
        .flatten()
    {
        Some(msg!("decimal-comma-help", number = number))
    } else if let Some(number) = detail
        .contains("expected f64")
        .then(|| leading_number(unquoted(&written)))
        .flatten()
    {
        Some(msg!("number-only-help", number = number))
    } else if detail.contains("expected f64")
        || detail.contains("expected a sequence") && field == "range"
    {
        Some(match field {
            "range" => msg!("write-range"),
            _ => msg!("write-plain-number"),
        })
    } else if detail.contains("expected a sequence") {
        Some(msg!("write-list", field = field))
    } else if detail.starts_with("missing field") {
        Some(msg!("add-the-field"))
    } else if detail.contains("flow sequence") {
        Some(msg!("close-the-list"))
    } else if detail.contains("flow mapping") {
        Some(msg!("close-the-mapping"))
    } else if detail.contains("mapping values are not allowed") && value_has_colon(source, line) {
        Some(msg!("quote-value-with-colon"))
    } else if detail.contains("recursion limit") {
        Some(msg!("nesting-help"))
    } else {
        None
    };

    let english = detail.replace("f64", "a number");
    // Only a file that failed to load gets here: a second parse, for the
    // news items' ids, costs nothing on a good run.
    let tree = SpanTree::parse(&source.text).ok();
    let ids = |news: usize| {
        let tree = tree.as_ref()?;
        tree.scalar_text(&field_path::news_id_path(news))
            .map(str::to_string)
    };
    let path = path.map(|p| field_path::field(&p, &ids));
    let message = match (path, translated(&detail)) {
        (Some(path), Some(detail)) => msg!("yaml-value-problem", field = path, detail = detail),
        (None, Some(detail)) => detail,
        // Anything else is serde_yaml's or libyaml's own English sentence;
        // only its frame is translated.
        (Some(path), None) => msg!("yaml-value-problem", field = path, detail = english),
        (None, None) if syntax => msg!("yaml-invalid", detail = english),
        (None, None) => msg!("yaml-problem", detail = english),
    };
    let diagnostic = source.error(line, column, message);
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::{RawRegion, REGION_FIELDS};
    use std::path::PathBuf;

    fn source(text: &str) -> Source {
        Source {
            path: PathBuf::from("r.yaml"),
            text: text.to_string(),
        }
    }

    fn region_schema(tree: &SpanTree, out: &mut Vec<UnknownKey>) {
        check_keys(tree, &YamlPath::root(), REGION_FIELDS, out);
    }

    fn errors(text: &str) -> Vec<Diagnostic> {
        match load::<RawRegion>(
            &source(text),
            &FileKind {
                what: || crate::msg!("kind-region"),
                starter: "name: A",
            },
            region_schema,
        ) {
            Ok(_) => vec![],
            Err(all) => all.sorted().into_iter().cloned().collect(),
        }
    }

    #[test]
    fn reports_every_unknown_field_with_a_suggestion() {
        let found = errors("nmae: A\nlevel: kota\nparnet: x\n");
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].column), (1, 1));
        assert!(found[0]
            .help
            .as_ref()
            .unwrap()
            .to_string()
            .starts_with("did you mean `name`?"));
        assert_eq!(found[1].line, 3);
        assert!(found[1]
            .help
            .as_ref()
            .unwrap()
            .to_string()
            .starts_with("did you mean `parent`?"));
    }

    #[test]
    fn a_boolean_written_as_yes_gets_a_hint() {
        let found = errors("name: A\nlevel: kota\nnews:\n  - id: a\n    title: T\n    outlet: O\n    summary: S\n    figures:\n      - metric: m\n        value: 1\n        approx: yes\n");
        assert_eq!(found[0].line, 11);
        assert!(
            found[0]
                .message
                .to_string()
                .contains("`approx` in news item 1 (`a`), figure 1"),
            "{}",
            found[0].message
        );
        assert_eq!(
            found[0].help.as_ref().map(ToString::to_string).as_deref(),
            Some("write `true` or `false` without quotes")
        );
    }

    /// How many times a typed parse of [`Counted`] has run.
    static TYPED_PARSES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    /// Any YAML, counting each typed parse of it.
    struct Counted;

    impl<'de> serde::Deserialize<'de> for Counted {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            TYPED_PARSES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            serde::de::IgnoredAny::deserialize(d).map(|_| Counted)
        }
    }

    /// Regression: the typed parse came first for every file, and it
    /// expands aliases, so an 80 KB file of them took 2 GB before the
    /// span tree refused its anchor. A file with an anchor never reaches
    /// the typed parse; one without goes there first.
    #[test]
    fn an_anchor_is_refused_before_a_typed_parse_could_expand_it() {
        use std::sync::atomic::Ordering::SeqCst;
        let kind = FileKind {
            what: || crate::msg!("kind-region"),
            starter: "name: A",
        };
        let anchored = source(
            "name: &n A
summary: *n
",
        );
        let Err(found) = load::<Counted>(&anchored, &kind, |_, _| {}) else {
            panic!("an anchor was accepted");
        };
        assert!(found.iter().next().unwrap().message.id().contains("anchor"));
        assert_eq!(TYPED_PARSES.load(SeqCst), 0);
        assert!(load::<Counted>(
            &source(
                "name: A & B
"
            ),
            &kind,
            |_, _| {}
        )
        .is_ok());
        assert_eq!(TYPED_PARSES.load(SeqCst), 1, "after the span tree");
        assert!(load::<Counted>(
            &source(
                "name: A
"
            ),
            &kind,
            |_, _| {}
        )
        .is_ok());
        assert_eq!(TYPED_PARSES.load(SeqCst), 2, "first");
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let found = errors("name: A\nlevel: [kota\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].line >= 2, "{:?}", found[0]);
    }

    #[test]
    fn empty_file_is_an_error() {
        let found = errors("\n  \n");
        assert!(found[0].message.to_string().contains("empty"));
    }

    #[test]
    fn deep_nesting_is_refused_without_crashing() {
        let deep = format!("name: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let found = errors(&deep);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].column), (1, 7 + MAX_FLOW_DEPTH));
        let quoted = format!("name: \"{}\"\nlevel: kota\n", "[".repeat(100));
        assert!(errors(&quoted).is_empty());
    }
}
