//! Adding one item to the `news` list of a region file, by editing its text.
//!
//! The file is the author's: its comments, quoting and order must survive,
//! so the item is inserted as lines of text rather than by writing the
//! parsed document back. Where the lines go is found on the span tree (the
//! real top-level `news` key, never a line that merely looks like one inside
//! a quoted summary), and only the layouts where a whole-line insertion is
//! the edit are accepted: a block mapping at the top, with `news` absent,
//! written as `news: []` or `news:`, or a block list. Any other layout is
//! refused with what to change. Whatever the edit, the new text must read as
//! the old document with exactly one more item at the end of `news`
//! ([`adds_one_item`]); the caller writes nothing otherwise.

use marked_yaml::Node;
use serde_yaml::Value;

use crate::content::spans::SpanTree;
use crate::messages::Message;
use crate::msg;

/// Why a file's `news` list cannot be edited safely, and where.
#[derive(Debug)]
pub struct Unsafe {
    pub line: usize,
    pub column: usize,
    pub message: Message,
    pub help: Message,
}

/// `text` (parsed as `tree`) with `item` added at the end of its `news`
/// list. `item` is the new item's lines with its dash at column 0, each
/// ending in `\n`; they are indented as the list's items are, and take the
/// file's line ending.
pub fn insert(text: &str, tree: &SpanTree, item: &str) -> Result<String, Unsafe> {
    let Some(root) = tree.root().as_mapping() else {
        return Err(flow_region(1, 1));
    };
    let keys: Vec<(usize, usize)> = root.keys().filter_map(start).collect();
    if !is_block_root(text, &keys) {
        // At the `{` that opens it.
        let (line, column) = node_start(tree.root()).unwrap_or((1, 1));
        return Err(flow_region(line, column));
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let Some(key) = root.keys().find(|k| k.as_str() == "news") else {
        let mut out = with_final_break(text, eol);
        out.push_str("news:");
        out.push_str(eol);
        out.push_str(&indented(item, 2, eol));
        return Ok(out);
    };
    let key_line = key.span().start().map_or(1, |m| m.line());
    // The line before which the item goes when it ends the list: that of
    // the next top-level key, or the end of the file.
    let next_key = keys
        .iter()
        .map(|(line, _)| line.saturating_sub(1))
        .filter(|index| *index >= key_line)
        .min();
    let at_end = |item: &str| after_the_list(text, &lines, key_line, next_key, item, eol);
    let value = root.get_node("news");
    let (value_line, value_column) = value.and_then(node_start).unwrap_or((key_line, 1));
    match value {
        Some(Node::Sequence(list)) if list.is_empty() => {
            // `news: []`: the brackets go, the item follows the key's line.
            let index = value_line.saturating_sub(1);
            let kept = lines
                .get(index)
                .and_then(|line| without_empty_brackets(line, value_column));
            let Some(kept) = kept else {
                return Err(layout(value_line, value_column));
            };
            let mut out: String = lines[..index].concat();
            out.push_str(&kept);
            out.push_str(eol);
            out.push_str(&indented(item, 2, eol));
            out.push_str(&lines[index + 1..].concat());
            Ok(out)
        }
        Some(Node::Sequence(_)) => {
            let line = lines.get(value_line.saturating_sub(1)).copied();
            let line = line.unwrap_or_default();
            match opener(line, value_column) {
                Some(('-', dash)) if line.chars().take(dash).all(|c| c == ' ') => {
                    Ok(at_end(&indented(item, dash, eol)))
                }
                Some(('[', _)) => Err(Unsafe {
                    line: value_line,
                    column: value_column,
                    message: msg!("new-news-flow-list"),
                    help: msg!("new-news-flow-list-help"),
                }),
                _ => Err(layout(value_line, value_column)),
            }
        }
        // `news:` with nothing after it.
        Some(Node::Scalar(empty)) if empty.may_coerce() && empty.as_str().is_empty() => {
            Ok(at_end(&indented(item, 2, eol)))
        }
        // A mapping or a scalar: the typed parse refuses these first.
        _ => Err(layout(value_line, value_column)),
    }
}

/// Whether `new` reads as the document `old` with one more item, whose id
/// is `id`, at the end of its `news` list, and nothing else changed.
pub fn adds_one_item(old: &str, new: &str, id: &str) -> bool {
    let added = one_more_item(old, new);
    let added_id = added.as_ref().and_then(|item| item.get("id"));
    added_id.and_then(Value::as_str) == Some(id)
}

/// The item `new` adds at the end of the `news` list of the document
/// `old`, if that is all it changes.
fn one_more_item(old: &str, new: &str) -> Option<Value> {
    let (Ok(Value::Mapping(mut old)), Ok(Value::Mapping(mut new))) = (
        serde_yaml::from_str::<Value>(old),
        serde_yaml::from_str::<Value>(new),
    ) else {
        return None;
    };
    let old_news = match old.remove("news") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Sequence(items)) => items,
        Some(_) => return None,
    };
    let Some(Value::Sequence(mut new_news)) = new.remove("news") else {
        return None;
    };
    let added = new_news.pop();
    (old == new && old_news == new_news)
        .then_some(added)
        .flatten()
}

/// Whether the top-level mapping is a block mapping at column 1, the only
/// layout where an item can be added as whole lines: every key starts a
/// line, and nothing but comments, directives and `---` comes before the
/// first (a `{` there opens a flow mapping, whose keys may also start lines).
fn is_block_root(text: &str, keys: &[(usize, usize)]) -> bool {
    let first_line = keys.iter().map(|k| k.0).min();
    let preamble = text
        .split_inclusive('\n')
        .take(first_line.map_or(usize::MAX, |line| line - 1));
    keys.iter().all(|(_, column)| *column == 1)
        && preamble.into_iter().all(|line| {
            let line = line.trim();
            line.is_empty()
                || line.starts_with('#')
                || line.starts_with('%')
                || line == "---"
                || line.starts_with("--- #")
        })
}

/// The character that opens the list whose span starts at `column` of
/// `line`, and its 0-based column: a `[`, or a block list's `-`, which the
/// span starts after (at the first item) when the list is not indented
/// under its key.
fn opener(line: &str, column: usize) -> Option<(char, usize)> {
    let chars: Vec<char> = line.chars().collect();
    let at = column.checked_sub(1)?;
    match chars.get(at)? {
        c @ ('-' | '[') => Some((*c, at)),
        _ => {
            let dash = chars.get(..at)?.iter().rposition(|c| *c != ' ')?;
            (chars[dash] == '-').then_some(('-', dash))
        }
    }
}

/// `text` (split into `lines`) with `item` at the end of the list whose key
/// is on line `key_line`: before the line at index `next_key`, or at the
/// end. The item goes above the blank lines and column-1 comments that
/// introduce the next key, unless a block scalar kept (`|+`) those blank
/// lines: then it goes right before the key, where nothing can be taken.
fn after_the_list(
    text: &str,
    lines: &[&str],
    key_line: usize,
    next_key: Option<usize>,
    item: &str,
    eol: &str,
) -> String {
    let Some(exact) = next_key else {
        return spliced(lines, None, item, eol);
    };
    let mut above = exact;
    while above > key_line
        && lines
            .get(above - 1)
            .is_some_and(|l| l.trim().is_empty() || l.starts_with('#'))
    {
        above -= 1;
    }
    let nice = spliced(lines, Some(above), item, eol);
    if above == exact || one_more_item(text, &nice).is_some() {
        nice
    } else {
        spliced(lines, Some(exact), item, eol)
    }
}

/// `lines` with `item` inserted before the line at index `before`, or at
/// the end.
fn spliced(lines: &[&str], before: Option<usize>, item: &str, eol: &str) -> String {
    let at = before.unwrap_or(lines.len()).min(lines.len());
    let mut out = with_final_break(&lines[..at].concat(), eol);
    out.push_str(item);
    out.push_str(&lines[at..].concat());
    out
}

/// `line` with the `[]` that starts at `column` removed, keeping a comment
/// after it; `None` unless only spaces and a comment follow the brackets.
fn without_empty_brackets(line: &str, column: usize) -> Option<String> {
    let at = line.char_indices().nth(column.checked_sub(1)?)?.0;
    let (head, tail) = line.split_at(at);
    let rest = tail.strip_prefix('[')?.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix(']')?.trim();
    if !rest.is_empty() && !rest.starts_with('#') {
        return None;
    }
    let mut kept = head.trim_end().to_string();
    if !rest.is_empty() {
        kept.push(' ');
        kept.push_str(rest);
    }
    Some(kept)
}

/// `item` with `width` spaces before each line, and the file's line ending.
fn indented(item: &str, width: usize, eol: &str) -> String {
    let pad = " ".repeat(width);
    item.lines()
        .map(|line| format!("{pad}{line}{eol}"))
        .collect()
}

/// `text` ending in a line break, unless it is empty.
fn with_final_break(text: &str, eol: &str) -> String {
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(eol);
    }
    out
}

fn start(key: &marked_yaml::types::MarkedScalarNode) -> Option<(usize, usize)> {
    key.span().start().map(|m| (m.line(), m.column()))
}

fn node_start(node: &Node) -> Option<(usize, usize)> {
    node.span().start().map(|m| (m.line(), m.column()))
}

fn flow_region(line: usize, column: usize) -> Unsafe {
    Unsafe {
        line,
        column,
        message: msg!("new-news-flow-region"),
        help: msg!("new-news-flow-region-help"),
    }
}

fn layout(line: usize, column: usize) -> Unsafe {
    Unsafe {
        line,
        column,
        message: msg!("new-news-layout"),
        help: msg!("new-news-layout-help"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = "- id: x\n  title: T\n";

    fn added(text: &str) -> Result<String, String> {
        let tree = SpanTree::parse(text).map_err(|e| e.message.to_string())?;
        let out = insert(text, &tree, ITEM).map_err(|e| e.message.to_string())?;
        assert!(adds_one_item(text, &out, "x"), "{out}");
        Ok(out)
    }

    #[test]
    fn an_empty_list_becomes_a_block_list_keeping_its_comment() {
        assert_eq!(
            added("name: A\nnews: [] # nanti\n").unwrap(),
            "name: A\nnews: # nanti\n  - id: x\n    title: T\n"
        );
        assert_eq!(
            added("name: A\nnews:\n").unwrap(),
            "name: A\nnews:\n  - id: x\n    title: T\n"
        );
        assert_eq!(
            added("name: A").unwrap(),
            "name: A\nnews:\n  - id: x\n    title: T\n"
        );
    }

    #[test]
    fn an_item_follows_the_last_one_with_its_indentation_before_the_next_key() {
        let text = "news:\n- id: a\n  summary: |\n    # judul\n\n# kode\ncode: \"36\"\n";
        assert_eq!(
            added(text).unwrap(),
            "news:\n- id: a\n  summary: |\n    # judul\n- id: x\n  title: T\n\n# kode\ncode: \"36\"\n"
        );
        // Found by the property test below: a blank line kept by `|+`
        // belongs to the summary, so the item goes right before the key.
        assert_eq!(
            added("news:\n- id: a\n  summary: |+\n    s\n\ncode: x\n").unwrap(),
            "news:\n- id: a\n  summary: |+\n    s\n\n- id: x\n  title: T\ncode: x\n"
        );
        let crlf = "news:\r\n    - id: a\r\nname: A\r\n";
        assert_eq!(
            added(crlf).unwrap(),
            "news:\r\n    - id: a\r\n    - id: x\r\n      title: T\r\nname: A\r\n"
        );
    }

    /// Issue 16, item 4: a line `news: []` inside a quoted summary of a
    /// flow-style file took the item.
    #[test]
    fn a_flow_mapping_or_a_flow_list_with_items_is_refused() {
        let flow = "{name: A,\nsummary: \"x\nnews: []\ny\", news: []}\n";
        let err = added(flow).unwrap_err();
        assert!(err.contains("flow mapping"), "{err}");
        let err = added("name: A\nnews: [{id: a}]\n").unwrap_err();
        assert!(err.contains("flow list"), "{err}");
        let err = added("name: A\nnews: [\n  ]\n").unwrap_err();
        assert!(err.contains("cannot edit safely"), "{err}");
    }

    proptest::proptest! {
        /// Any block-style file serde_yaml writes, with `news` anywhere
        /// among its fields and any text in them, takes the item.
        #[test]
        fn any_block_file_takes_the_item(
            before in proptest::collection::vec("[a-m]{1,6}", 0..3),
            after in proptest::collection::vec("[n-z]{1,6}", 0..3),
            // Line breaks, blank lines and `#` are what the edit must
            // not disturb; any text for the rest.
            texts in proptest::collection::vec(
                proptest::prop_oneof!["[a\n #:]{0,8}", proptest::prelude::any::<String>()],
                0..4,
            ),
        ) {
            let mut doc = serde_yaml::Mapping::new();
            for key in &before {
                doc.insert(format!("a{key}").into(), texts.first().cloned().unwrap_or_default().into());
            }
            let news: Vec<Value> = texts
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    let mut item = serde_yaml::Mapping::new();
                    item.insert("id".into(), format!("i{i}").into());
                    item.insert("summary".into(), text.clone().into());
                    Value::Mapping(item)
                })
                .collect();
            doc.insert("news".into(), Value::Sequence(news));
            for key in &after {
                doc.insert(format!("z{key}").into(), texts.last().cloned().unwrap_or_default().into());
            }
            let text = serde_yaml::to_string(&doc).unwrap();
            let tree = SpanTree::parse(&text).unwrap();
            let out = insert(&text, &tree, ITEM);
            proptest::prop_assert!(out.is_ok(), "{text}\n{out:?}");
            let out = out.unwrap();
            proptest::prop_assert!(adds_one_item(&text, &out, "x"), "{text}\n---\n{out}");
        }
    }

    #[test]
    fn only_one_more_item_at_the_end_counts_as_added() {
        let old = "name: A\nnews:\n  - id: a\n";
        assert!(adds_one_item(
            old,
            "name: A\nnews:\n  - id: a\n  - id: x\n",
            "x"
        ));
        assert!(!adds_one_item(
            old,
            "name: B\nnews:\n  - id: a\n  - id: x\n",
            "x"
        ));
        assert!(!adds_one_item(
            old,
            "name: A\nnews:\n  - id: x\n  - id: a\n",
            "x"
        ));
        assert!(!adds_one_item(old, "name: A\nnews:\n  - id: a\n", "x"));
        assert!(!adds_one_item(old, "name: A\nnews: [", "x"));
    }
}
