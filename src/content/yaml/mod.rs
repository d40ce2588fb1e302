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
//!
//! Each job has its own file: `guards` refuses hostile text before any
//! parser, `keys` checks the fields on the span tree, and
//! `serde_errors` turns serde_yaml's error into the author's terms; this
//! module runs the passes in order.

mod guards;
mod keys;
mod serde_errors;

pub use keys::{check_keys, check_required, for_each_item, UnknownKey};

use guards::{too_deep_flow, MAX_FLOW_DEPTH};
use keys::unknown_keys;
use serde_errors::from_serde;

use serde::de::DeserializeOwned;

use super::layout;
use super::source::Source;
use super::spans::{Segment, SpanTree};
use crate::diagnostics::{suggest, Diagnostics};
use crate::messages::Message;
use crate::msg;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::{RawRegion, REGION_FIELDS};
    use crate::content::spans::YamlPath;
    use crate::diagnostics::Diagnostic;
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
        let found = errors("name: A\nlevel: kota\nnews:\n  - id: a\n    title: T\n    outlet: O\n    summary: S\n    figures:\n      - metric: m\n        value: 1\n        baseline: yes\n");
        assert_eq!(found[0].line, 11);
        assert!(
            found[0]
                .message
                .to_string()
                .contains("`baseline` in news item 1 (`a`), figure 1"),
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
