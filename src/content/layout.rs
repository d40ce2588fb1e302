//! The layout mistakes editors make in YAML, found on the raw text and
//! explained in their terms.
//!
//! libyaml reports where its parser gave up, which is often the line after
//! the mistake, in its own vocabulary ("did not find expected key",
//! "mapping values are not allowed in this context"). A region file is
//! simple enough that the usual causes can be named exactly: a tab used
//! for indentation, an invisible control character pasted from a PDF, or a
//! line indented one or two spaces off from its siblings. Those are looked
//! for here, on the text, so the message names the line that is wrong and
//! by how much.

use crate::messages::Message;
use crate::msg;

/// A layout mistake at a line and column (1-based), with its fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutProblem {
    pub line: usize,
    pub column: usize,
    pub message: Message,
    pub help: Message,
}

/// Characters that must never be in a content file: they are invisible,
/// and YAML reads some of them as line breaks (U+0085, U+2028, U+2029) or
/// refuses them, so the text on the page would not be the text in the file.
pub fn control_character(text: &str) -> Option<LayoutProblem> {
    for (index, line) in text.split('\n').enumerate() {
        for (column, c) in line.chars().enumerate() {
            let bad = match c {
                '\t' | '\r' => false,
                '\u{FEFF}' => index > 0 || column > 0,
                c => c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'),
            };
            if bad {
                return Some(LayoutProblem {
                    line: index + 1,
                    column: column + 1,
                    message: msg!(
                        "control-character",
                        code = format!("{:04X}", c as u32),
                        column = column + 1
                    ),
                    help: msg!("control-character-help"),
                });
            }
        }
    }
    None
}

/// A tab in a line's indentation: YAML allows only spaces there.
pub fn tab_indentation(text: &str) -> Option<LayoutProblem> {
    for (index, line) in text.lines().enumerate() {
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t' || *c == '-')
            .collect();
        if let Some(at) = indent.find('\t') {
            return Some(LayoutProblem {
                line: index + 1,
                column: at + 1,
                message: msg!("tab-in-indentation", column = at + 1),
                help: msg!("tab-in-indentation-help"),
            });
        }
    }
    None
}

/// A field written `key:value`, with no space after the colon, at or before
/// line `until`: YAML then reads the whole line as one word, not a field.
pub fn missing_space_after_colon(text: &str, until: usize) -> Option<LayoutProblem> {
    for (index, raw) in text.split('\n').enumerate().take(until) {
        let line = raw.trim_end_matches('\r');
        let body = line.trim_start_matches([' ', '-']).trim_start();
        let Some((key, value)) = body.split_once(':') else {
            continue;
        };
        let key_like = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if key_like && !value.is_empty() && !value.starts_with([' ', '/']) {
            let column = line.len() - body.len() + key.len() + 2;
            return Some(LayoutProblem {
                line: index + 1,
                column,
                message: msg!(
                    "no-space-after-colon",
                    key = key,
                    value = value.chars().take(20).collect::<String>()
                ),
                help: msg!("no-space-after-colon-help", key = key, value = value.trim()),
            });
        }
    }
    None
}

/// One line as the indentation check sees it.
struct Line<'a> {
    number: usize,
    /// Spaces before the first character.
    indent: usize,
    /// Where a mapping key on this line starts: after `- ` for a list item.
    key_indent: usize,
    is_item: bool,
    /// The line ends with `key:` (a nested block follows) or a block scalar
    /// indicator (`key: |`), whose text lines are skipped.
    opens: Opens,
    text: &'a str,
}

#[derive(PartialEq)]
enum Opens {
    Nothing,
    Block,
    Text,
}

fn parse_line(number: usize, raw: &str) -> Option<Line<'_>> {
    let text = raw.trim_end_matches('\r');
    let trimmed = text.trim_start_matches(' ');
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let indent = text.len() - trimmed.len();
    let (is_item, key_indent, rest) = match trimmed.strip_prefix('-') {
        Some(after) if after.is_empty() || after.starts_with(' ') => {
            let inner = after.trim_start_matches(' ');
            (true, indent + 1 + (after.len() - inner.len()), inner)
        }
        _ => (false, indent, trimmed),
    };
    let value = rest.split_once(": ").map(|(_, v)| v.trim());
    let opens = if rest.ends_with(':') && !rest.starts_with(['"', '\'']) {
        Opens::Block
    } else if value.is_some_and(|v| v.starts_with('|') || v.starts_with('>')) {
        Opens::Text
    } else {
        Opens::Nothing
    };
    Some(Line {
        number,
        indent,
        key_indent,
        is_item,
        opens,
        text,
    })
}

/// The first line whose indentation fits none of the blocks open above it,
/// looking no further than `until` (the line libyaml stopped at, or the one
/// after it).
pub fn misindented_line(text: &str, until: usize) -> Option<LayoutProblem> {
    // The open blocks: the indentation of each level's keys (and of list
    // dashes), innermost last.
    let mut levels: Vec<usize> = vec![0];
    let mut previous: Option<Line> = None;
    let mut text_block_above: Option<usize> = None;
    for (index, raw) in text.split('\n').enumerate().take(until) {
        let Some(line) = parse_line(index + 1, raw) else {
            continue;
        };
        if let Some(parent) = text_block_above {
            if line.indent > parent {
                continue;
            }
            text_block_above = None;
        }
        let opened = previous.as_ref().is_some_and(|p| p.opens == Opens::Block);
        if opened {
            let parent = previous.as_ref().map_or(0, |p| p.key_indent);
            if line.indent <= parent && !(line.is_item && line.indent == parent) {
                // An empty value (`figures:` and nothing under it) is fine;
                // fall through to the sibling check below.
            } else {
                levels.push(line.indent);
                if line.is_item {
                    levels.push(line.key_indent);
                }
                finish(&line, &mut text_block_above);
                previous = Some(line);
                continue;
            }
        }
        match levels.iter().rposition(|&level| level == line.indent) {
            Some(at) => {
                levels.truncate(at + 1);
                if line.is_item {
                    levels.push(line.key_indent);
                }
            }
            None => {
                // The line most likely belongs with the one above it; else
                // with the nearest open level, the deeper one on a tie.
                let nearest = levels
                    .iter()
                    .copied()
                    .min_by_key(|&l| (l.abs_diff(line.indent), std::cmp::Reverse(l)))
                    .unwrap_or(0);
                let expected = previous
                    .as_ref()
                    .map(|p| p.key_indent)
                    .filter(|&k| levels.contains(&k) && k.abs_diff(line.indent) <= 2)
                    .unwrap_or(nearest);
                // The line whose indentation the fix copies, when there is one.
                let sibling = previous
                    .as_ref()
                    .filter(|p| p.key_indent == expected || p.indent == expected)
                    .map_or(0, |p| p.number);
                let fixed = format!("{}{}", " ".repeat(expected), line.text.trim_start());
                let by = line.indent.abs_diff(expected);
                return Some(LayoutProblem {
                    line: line.number,
                    column: line.indent + 1,
                    message: msg!(
                        "misindented",
                        line = line.number,
                        indent = line.indent,
                        expected = expected,
                        sibling = sibling
                    ),
                    help: if line.indent > expected {
                        msg!("outdent-help", line = line.number, by = by, fixed = fixed)
                    } else {
                        msg!("indent-help", line = line.number, by = by, fixed = fixed)
                    },
                });
            }
        }
        finish(&line, &mut text_block_above);
        previous = Some(line);
    }
    None
}

/// Remembers a block scalar's key, so its text lines are skipped.
fn finish(line: &Line, text_block_above: &mut Option<usize>) {
    if line.opens == Opens::Text {
        *text_block_above = Some(line.key_indent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "name: A\nlevel: kota\nsummary: |\n  Teks\n    menjorok.\nnews:\n  - id: a\n    title: T\n    figures:\n      - metric: m\n        value: 1\n      - metric: n\n        value: 2\n  - id: b\n    title: U\n    figures:\nlevel2: x\n";

    #[test]
    fn a_well_laid_out_file_has_no_problem() {
        assert_eq!(misindented_line(GOOD, usize::MAX), None);
        assert_eq!(tab_indentation(GOOD), None);
        assert_eq!(control_character(GOOD), None);
    }

    #[test]
    fn a_key_one_space_short_is_named_with_the_fix() {
        let text = GOOD.replace("    title: T", "   title: T");
        let problem = misindented_line(&text, usize::MAX).unwrap();
        assert_eq!((problem.line, problem.column), (8, 4));
        assert!(
            problem.message.to_string().contains("indented 3 spaces"),
            "{}",
            problem.message
        );
        assert!(
            problem
                .message
                .to_string()
                .contains("indented 4 spaces (as on line 7)"),
            "{}",
            problem.message
        );
        assert!(
            problem
                .help
                .to_string()
                .starts_with("indent line 8 by 1 space"),
            "{}",
            problem.help
        );
    }

    #[test]
    fn a_key_two_spaces_deep_is_named_with_the_fix() {
        let text = GOOD.replace("        value: 2", "          value: 2");
        let problem = misindented_line(&text, usize::MAX).unwrap();
        assert_eq!(problem.line, 13);
        assert!(
            problem
                .help
                .to_string()
                .starts_with("outdent line 13 by 2 spaces"),
            "{}",
            problem.help
        );
    }

    #[test]
    fn a_field_without_a_space_after_its_colon_is_named() {
        let problem = missing_space_after_colon("name: A\nlevel:kota\n", 3).unwrap();
        assert_eq!((problem.line, problem.column), (2, 7));
        assert!(
            problem.help.to_string().contains("`level: kota`"),
            "{}",
            problem.help
        );
        assert_eq!(
            missing_space_after_colon("url: https://x.test/a:b\n", 2),
            None
        );
    }

    #[test]
    fn tabs_and_control_characters_are_found_where_they_are() {
        let tab = tab_indentation("name: A\n\tlevel: kota\n").unwrap();
        assert_eq!((tab.line, tab.column), (2, 1));
        assert!(tab.message.to_string().contains("a tab at column 1"));
        let nel = control_character("name: A\nlevel: kota\n\nsummary: Teks\u{85} lagi\n").unwrap();
        assert_eq!((nel.line, nel.column), (4, 14));
        assert!(nel.message.to_string().contains("U+0085"));
    }
}
