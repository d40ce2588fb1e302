//! Diagnostics as text for a terminal: a `label: file:line:column:
//! message` line, the excerpt with a caret under the column, the help, and
//! the count at the end; coloured when asked, and with every control
//! character from a file escaped.

use std::fmt;

use super::{Diagnostic, Diagnostics, Entry, Severity};
use crate::messages::{Lang, Message};
use crate::msg;

impl Diagnostic {
    /// The diagnostic as shown to an author, in `lang`.
    pub fn shown(&self, lang: Lang) -> Shown<'_, Diagnostic> {
        Shown {
            item: self,
            lang,
            color: false,
        }
    }
}

impl Diagnostics {
    /// Every diagnostic as shown to an author, in `lang`, with a count.
    pub fn shown(&self, lang: Lang) -> Shown<'_, Diagnostics> {
        Shown {
            item: self,
            lang,
            color: false,
        }
    }
}

/// `text` with every control character written as an escape (`\u{1b}`,
/// `\n`), so nothing read from a file or a file name can move the cursor,
/// change colours or fake a line of output on the author's terminal.
pub fn escape_for_terminal(text: &str) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if is_unsafe(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Control characters (C0, DEL, C1) and the bidirectional overrides that
/// can make text display in another order than it is; a tab is kept.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A diagnostic or a list of them, put into words in one language.
pub struct Shown<'a, T> {
    item: &'a T,
    lang: Lang,
    color: bool,
}

impl<T> Shown<'_, T> {
    /// With the labels, gutter and caret coloured (ANSI), for a terminal
    /// that wants colour; the binary decides (a TTY without `NO_COLOR`).
    pub fn colored(mut self, color: bool) -> Self {
        self.color = color;
        self
    }

    /// `text` in `style` when colour is on.
    fn paint(&self, style: anstyle::Style, text: &str) -> String {
        paint(style, text, self.color)
    }
}

fn paint(style: anstyle::Style, text: &str, color: bool) -> String {
    if color {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

/// An error not tied to a place in a content file, as one line
/// (`error: …`) in `lang`, its label coloured as a diagnostic's when
/// `color`.
pub fn error_line(message: &Message, lang: Lang, color: bool) -> String {
    let label = paint(ERROR_STYLE, &msg!("label-error").render(lang), color);
    format!("{label}: {}", message.render(lang))
}

/// A warning not tied to a place in a content file, as one line
/// (`warning: …`), as [`error_line`] shows an error.
pub fn warning_line(message: &Message, lang: Lang, color: bool) -> String {
    let label = paint(WARNING_STYLE, &msg!("label-warning").render(lang), color);
    format!("{label}: {}", message.render(lang))
}

/// The colours of a diagnostic, as rustc and ripgrep use them.
const ERROR_STYLE: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
const WARNING_STYLE: anstyle::Style = anstyle::AnsiColor::Yellow.on_default().bold();
const FRAME_STYLE: anstyle::Style = anstyle::AnsiColor::Blue.on_default().bold();
const HELP_STYLE: anstyle::Style = anstyle::AnsiColor::Cyan.on_default().bold();

/// In English; the binary shows diagnostics in the site's language with
/// [`Diagnostic::shown`].
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown(Lang::English).fmt(f)
    }
}

impl fmt::Display for Shown<'_, Diagnostic> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (d, lang) = (self.item, self.lang);
        let label = match d.severity {
            Severity::Error => self.paint(ERROR_STYLE, &msg!("label-error").render(lang)),
            Severity::Warning => self.paint(WARNING_STYLE, &msg!("label-warning").render(lang)),
        };
        let file = escape_for_terminal(&d.file.display().to_string());
        let message = escape_for_terminal(&d.message.render(lang));
        if d.has_position() {
            writeln!(f, "{label}: {file}:{}:{}: {message}", d.line, d.column)?;
        } else {
            writeln!(f, "{label}: {file}: {message}")?;
        }
        if let Some(snippet) = &d.snippet {
            let number = d.line.to_string();
            let gutter = " ".repeat(number.len());
            let shown = escape_for_terminal(&snippet.text);
            // Columns count characters, so the caret lines up under wide text
            // too; an escaped control character takes the width of its escape.
            let caret_pad: String = snippet
                .text
                .chars()
                .take(snippet.caret.saturating_sub(1))
                .map(|c| match c {
                    '\t' => "\t".to_string(),
                    c if is_unsafe(c) => " ".repeat(c.escape_default().count()),
                    _ => " ".to_string(),
                })
                .collect();
            let bar = self.paint(FRAME_STYLE, &format!("{gutter} |"));
            let numbered = self.paint(FRAME_STYLE, &format!("{number} |"));
            let caret = self.paint(ERROR_STYLE, "^");
            writeln!(f, "{bar}")?;
            writeln!(f, "{numbered} {shown}")?;
            writeln!(f, "{bar} {caret_pad}{caret}")?;
        }
        if let Some(help) = &d.help {
            // Our help texts may span lines; each line is escaped on its own.
            let help = help.render(lang);
            let lines: Vec<String> = help.split('\n').map(escape_for_terminal).collect();
            let label = self.paint(HELP_STYLE, &msg!("label-help").render(lang));
            writeln!(f, "  = {label}: {}", lines.join("\n"))?;
        }
        Ok(())
    }
}

/// In English; see [`Diagnostics::shown`].
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown(Lang::English).fmt(f)
    }
}

impl fmt::Display for Shown<'_, Diagnostics> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (all, lang) = (self.item, self.lang);
        for entry in all.report() {
            match entry {
                Entry::Shown(diagnostic) => {
                    writeln!(f, "{}", diagnostic.shown(lang).colored(self.color))?;
                }
                Entry::More { file, count, .. } => {
                    let more = Entry::more_message(file, count).render(lang);
                    writeln!(f, "{}\n", escape_for_terminal(&more))?;
                }
            }
        }
        let (errors, warnings) = (all.error_count(), all.warning_count());
        let total = match (errors, warnings) {
            (0, 0) => return Ok(()),
            (0, w) => msg!("count-warnings", warnings = w),
            (e, 0) => msg!("count-errors", errors = e),
            (e, w) => msg!("count-errors-warnings", errors = e, warnings = w),
        };
        write!(f, "{}", total.render(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::MAX_SHOWN_PER_FILE;
    use std::path::Path;

    #[test]
    fn shows_snippet_and_caret_under_the_column() {
        let d = Diagnostic::error(
            Path::new("a.yaml"),
            2,
            9,
            msg!("metric-unknown", metric = "x"),
        )
        .with_source("name: A\nmetric: x\n")
        .with_help(msg!("did-you-mean", name = "y"));
        let text = d.to_string();
        assert!(text.starts_with(
            "error: a.yaml:2:9: found the metric `x`, which metrics.yaml does not define\n"
        ));
        assert!(text.contains("2 | metric: x\n  |         ^\n"), "{text}");
        assert!(text.contains("= help: did you mean `y`?"));
        assert_eq!(d.code(), "metric-unknown");
    }

    #[test]
    fn colour_is_only_added_when_asked_for() {
        let d = Diagnostic::error(
            Path::new("a.yaml"),
            2,
            9,
            msg!("metric-unknown", metric = "x"),
        )
        .with_source("name: A\nmetric: x\n")
        .with_help(msg!("did-you-mean", name = "y"));
        let plain = d.shown(Lang::English).to_string();
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        let colored = d.shown(Lang::English).colored(true).to_string();
        assert!(
            colored.starts_with("\u{1b}[1m\u{1b}[31merror\u{1b}[0m: a.yaml:2:9:"),
            "{colored:?}"
        );
        // Without its escapes, the coloured text is the plain text.
        let stripped: String = colored
            .split('\u{1b}')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('m').map_or("", |(_, rest)| rest)
                }
            })
            .collect();
        assert_eq!(stripped, plain);
    }

    #[test]
    fn is_shown_in_indonesian_when_asked() {
        let d = Diagnostic::warning(
            Path::new("a.yaml"),
            2,
            9,
            msg!("metric-unknown", metric = "x"),
        )
        .with_source("name: A\nmetric: x\n")
        .with_help(msg!("did-you-mean", name = "y"));
        let text = d.shown(Lang::Id).to_string();
        assert!(
            text.starts_with(
                "peringatan: a.yaml:2:9: metrik `x` tidak didefinisikan di metrics.yaml\n"
            ),
            "{text}"
        );
        assert!(text.contains("= saran: maksud Anda `y`?"), "{text}");
        let all = Diagnostics::from(d);
        assert!(all.shown(Lang::Id).to_string().ends_with("1 peringatan"));
        assert!(all.to_string().ends_with("1 warning"));
    }

    #[test]
    fn a_long_line_is_shown_as_a_bounded_excerpt_with_the_caret_in_place() {
        let line = format!("{}x: 1{}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::error(
            Path::new("a.yaml"),
            1,
            5001,
            msg!("yaml-problem", detail = "here"),
        )
        .with_source(&line);
        let text = d.to_string();
        assert!(text.len() < 400, "{} bytes", text.len());
        let lines: Vec<&str> = text.lines().collect();
        let snippet = lines[2].trim_start_matches("1 | ");
        let caret = lines[3].trim_start_matches("  | ").chars().count();
        assert_eq!(snippet.chars().nth(caret - 1), Some('x'), "{text}");
    }

    #[test]
    fn control_characters_from_files_and_file_names_are_escaped() {
        let d = Diagnostic::error(
            Path::new("a\u{1b}[2J\nb.yaml"),
            1,
            3,
            msg!("yaml-problem", detail = "found `\u{1b}]0;x\u{7}`"),
        )
        .with_source("a:\u{1b}[31m red\u{85}\n");
        let text = d.to_string();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(
            text.starts_with("error: a\\u{1b}[2J\\nb.yaml:1:3:"),
            "{text}"
        );
        assert!(text.contains("a:\\u{1b}[31m red\\u{85}"), "{text}");
    }

    #[test]
    fn at_most_fifty_diagnostics_are_shown_per_file() {
        let mut all = Diagnostics::new();
        for i in 0..15_000 {
            all.push(Diagnostic::error(
                Path::new("a.yaml"),
                1,
                i + 1,
                msg!("unknown-field", field = "x"),
            ));
        }
        all.push(Diagnostic::error(
            Path::new("b.yaml"),
            1,
            1,
            msg!("yaml-problem", detail = "other"),
        ));
        let text = all.to_string();
        assert_eq!(text.matches("error: a.yaml").count(), MAX_SHOWN_PER_FILE);
        assert!(
            text.contains("… and 14950 more problems in a.yaml"),
            "{text}"
        );
        assert!(text.contains("error: b.yaml:1:1: other"));
        assert!(text.ends_with("15001 errors; nothing was written"));
    }

    #[test]
    fn a_problem_with_the_whole_file_is_shown_without_a_line_or_column() {
        let d = Diagnostic::error_in_file(Path::new("nope.txt"), msg!("file-missing"))
            .with_source("first line\n");
        assert_eq!(
            d.shown(Lang::Id).to_string(),
            "kesalahan: nope.txt: tidak ada berkas di sini\n"
        );
        assert_eq!(
            (
                d.json(Lang::Id)["line"].is_null(),
                d.json(Lang::Id)["column"].is_null()
            ),
            (true, true)
        );
    }
}
