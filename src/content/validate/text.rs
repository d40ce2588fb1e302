//! Characters a text field may not hold, and those it should not.
//!
//! A raw control character in a content file is refused with the file's
//! layout (`layout::control_character`), but YAML can still write one as an
//! escape inside double quotes (`"Lebak\x01"`, `"\u0085"`), and a name that
//! holds it reaches the pages, the CSV files and the search index as it is.
//! So the values themselves are checked once parsed: a C0 or C1 control
//! character is an error, and a line break too, except in Markdown texts
//! (`summary`), where lines are part of the format. Zero-width characters
//! and bidirectional controls are printable, and sometimes meant (a name
//! written right to left, a word joined on purpose), so they are warnings
//! that name the character: they are invisible on the page, and change how
//! the text is searched, copied or ordered on the screen.

use crate::content::field_path;
use crate::content::source::Source;
use crate::content::spans::{SpanTree, YamlPath};
use crate::diagnostics::Diagnostics;
use crate::messages::Message;
use crate::msg;

/// The keys whose values are Markdown, where line breaks and tabs belong.
const MARKDOWN_KEYS: &[&str] = &["summary"];

/// What one character of a text is, for these rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    /// A line break (`\n`, `\r`): allowed in Markdown only.
    LineBreak,
    /// A tab: allowed in Markdown only (it indents code there).
    Tab,
    /// Any other C0 or C1 control character, or DEL: never allowed.
    Control,
    /// Zero-width and bidirectional controls: a warning, with their name.
    Invisible(&'static str, Kind),
}

/// Which kind of invisible character, for the message's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    ZeroWidth,
    Bidi,
}

fn class(c: char) -> Class {
    match c {
        '\n' | '\r' => Class::LineBreak,
        '\t' => Class::Tab,
        c if c.is_control() => Class::Control,
        c => match invisible(c) {
            Some((name, kind)) => Class::Invisible(name, kind),
            None => Class::Plain,
        },
    }
}

/// The Unicode name of a zero-width or bidirectional control.
fn invisible(c: char) -> Option<(&'static str, Kind)> {
    use Kind::{Bidi, ZeroWidth};
    Some(match c {
        '\u{200B}' => ("ZERO WIDTH SPACE", ZeroWidth),
        '\u{200C}' => ("ZERO WIDTH NON-JOINER", ZeroWidth),
        '\u{200D}' => ("ZERO WIDTH JOINER", ZeroWidth),
        '\u{2060}' => ("WORD JOINER", ZeroWidth),
        '\u{FEFF}' => ("ZERO WIDTH NO-BREAK SPACE", ZeroWidth),
        '\u{200E}' => ("LEFT-TO-RIGHT MARK", Bidi),
        '\u{200F}' => ("RIGHT-TO-LEFT MARK", Bidi),
        '\u{061C}' => ("ARABIC LETTER MARK", Bidi),
        '\u{202A}' => ("LEFT-TO-RIGHT EMBEDDING", Bidi),
        '\u{202B}' => ("RIGHT-TO-LEFT EMBEDDING", Bidi),
        '\u{202C}' => ("POP DIRECTIONAL FORMATTING", Bidi),
        '\u{202D}' => ("LEFT-TO-RIGHT OVERRIDE", Bidi),
        '\u{202E}' => ("RIGHT-TO-LEFT OVERRIDE", Bidi),
        '\u{2066}' => ("LEFT-TO-RIGHT ISOLATE", Bidi),
        '\u{2067}' => ("RIGHT-TO-LEFT ISOLATE", Bidi),
        '\u{2068}' => ("FIRST STRONG ISOLATE", Bidi),
        '\u{2069}' => ("POP DIRECTIONAL ISOLATE", Bidi),
        _ => return None,
    })
}

/// The first problem of a text: an error (the first character refused) or
/// else a warning (the first invisible character), with the character's
/// 1-based index in the text.
#[derive(Debug, PartialEq, Eq)]
struct Problem {
    at: usize,
    message: Message,
    help: Message,
    error: bool,
}

/// The first problem of `text`, described at `place`. `markdown` allows
/// line breaks and tabs. A single-line value may end in line breaks (a
/// block scalar `title: >` keeps one), since the site trims them.
fn problem(text: &str, markdown: bool, place: impl Fn(usize) -> Message) -> Option<Problem> {
    let text = if markdown {
        text
    } else {
        text.trim_end_matches(['\n', '\r'])
    };
    let mut warning = None;
    for (i, c) in text.chars().enumerate() {
        let at = i + 1;
        let code = || format!("{:04X}", c as u32);
        match class(c) {
            Class::Plain => {}
            Class::LineBreak | Class::Tab if markdown => {}
            Class::LineBreak => {
                return Some(Problem {
                    at,
                    message: msg!("text-line-break", place = place(at)),
                    help: msg!("text-line-break-help"),
                    error: true,
                })
            }
            Class::Tab | Class::Control => {
                return Some(Problem {
                    at,
                    message: msg!("text-control-character", code = code(), place = place(at)),
                    help: msg!("text-control-character-help"),
                    error: true,
                })
            }
            Class::Invisible(name, kind) if warning.is_none() => {
                let kind = match kind {
                    Kind::ZeroWidth => "zero-width",
                    Kind::Bidi => "bidi",
                };
                warning = Some(Problem {
                    at,
                    message: msg!(
                        "text-invisible-character",
                        kind = kind,
                        code = code(),
                        name = name,
                        place = place(at)
                    ),
                    help: msg!("text-invisible-character-help"),
                    error: false,
                });
            }
            Class::Invisible(..) => {}
        }
    }
    warning
}

/// Reports every string value of `tree` that holds a refused or invisible
/// character, at the value's position: one diagnostic per value, the
/// first refused character if any, else the first invisible one. A path is
/// only made for the mappings and lists walked into and for a value with a
/// problem, so the walk costs little beside the parse.
pub(super) fn check_values(source: &Source, tree: &SpanTree, diagnostics: &mut Diagnostics) {
    let mut report = |text: &str, markdown: bool, path: &dyn Fn() -> YamlPath| {
        let place = |at: usize| {
            let field = field_path::field(&path().to_string(), &|p| tree.scalar_text(p));
            msg!("text-place-value", field = field, at = at)
        };
        if let Some(found) = problem(text, markdown, place) {
            let (line, column) = tree.value_position(&path());
            let diagnostic = if found.error {
                source.error(line, column, found.message)
            } else {
                source.warning(line, column, found.message)
            };
            diagnostics.push(diagnostic.with_help(found.help));
        }
    };
    if let Some(scalar) = tree.root().as_scalar() {
        report(scalar.as_str(), false, &YamlPath::root);
    }
    let mut stack = vec![(YamlPath::root(), tree.root())];
    while let Some((path, node)) = stack.pop() {
        if let Some(mapping) = node.as_mapping() {
            for (key, value) in mapping.iter() {
                match value.as_scalar() {
                    Some(scalar) => {
                        let markdown = MARKDOWN_KEYS.contains(&key.as_str());
                        report(scalar.as_str(), markdown, &|| path.key(key.as_str()));
                    }
                    None => stack.push((path.key(key.as_str()), value)),
                }
            }
        } else if let Some(list) = node.as_sequence() {
            for (i, value) in list.iter().enumerate() {
                match value.as_scalar() {
                    Some(scalar) => report(scalar.as_str(), false, &|| path.index(i)),
                    None => stack.push((path.index(i), value)),
                }
            }
        }
    }
}

/// Reports the characters of a Markdown text that is not YAML (a free
/// page's body), which starts at line `first_line` of `source`: each at its
/// own line and column, since here the text is the file.
pub(super) fn check_markdown_body(
    source: &Source,
    body: &str,
    first_line: usize,
    diagnostics: &mut Diagnostics,
) {
    for (index, line) in body.split('\n').enumerate() {
        let place = |_: usize| msg!("place-file");
        if let Some(found) = problem(line, true, place) {
            let (line, column) = (first_line + index, found.at);
            diagnostics.push(
                if found.error {
                    source.error(line, column, found.message)
                } else {
                    source.warning(line, column, found.message)
                }
                .with_help(found.help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(at: usize) -> Message {
        msg!(
            "text-place-value",
            field = msg!("path-field", name = "name"),
            at = at
        )
    }

    fn found(text: &str, markdown: bool) -> Option<(usize, bool, String)> {
        problem(text, markdown, place).map(|p| (p.at, p.error, p.message.to_string()))
    }

    #[test]
    fn control_characters_are_refused_and_named() {
        let (at, error, message) = found("Lebak\u{1}", false).unwrap();
        assert_eq!((at, error), (6, true));
        assert_eq!(
            message,
            "found the control character U+0001 in `name`, character 6; expected plain text"
        );
        assert!(found("a\u{85}b", true).unwrap().2.contains("U+0085"));
        assert!(found("a\u{7f}", false).unwrap().2.contains("U+007F"));
        assert!(found("a\tb", false).unwrap().2.contains("U+0009"));
    }

    #[test]
    fn line_breaks_and_tabs_belong_to_markdown_only() {
        assert_eq!(found("satu\n\n\tdua\r\n", true), None);
        let (at, error, message) = found("Kabupaten\nLebak", false).unwrap();
        assert_eq!((at, error), (10, true));
        assert!(
            message.starts_with("found a line break in `name`"),
            "{message}"
        );
        // A folded or literal block keeps a final line break: not an error.
        assert_eq!(found("Kabupaten Lebak\n", false), None);
    }

    #[test]
    fn zero_width_and_bidi_controls_are_warnings_naming_the_character() {
        let (at, error, message) = found("Le\u{200B}bak", false).unwrap();
        assert_eq!((at, error), (3, false));
        assert!(message.contains("U+200B (ZERO WIDTH SPACE)"), "{message}");
        let (_, _, message) = found("x\u{202E}y", true).unwrap();
        assert!(
            message.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"),
            "{message}"
        );
        assert!(message.contains("direction control"), "{message}");
        // An error wins over an earlier warning.
        let (at, error, _) = found("\u{200D}a\u{1b}", false).unwrap();
        assert_eq!((at, error), (3, true));
        assert_eq!(found("Kota Kendari, 15.769 unit", false), None);
    }
}
