//! Problems found in an author's files, with the place they are at.
//!
//! Every check in the pipeline reports through a [`Diagnostic`] instead of
//! returning early, so one run shows every mistake at once (ripgrep's
//! `Partial` is the model). The list is sorted by file and line before it is
//! shown, which keeps the output stable between runs.
//!
//! This module holds the problems and the list of them (its order, and
//! what a report leaves out); how they are put into words is apart: as
//! text for a terminal in `show`, as JSON for editors and CI in `json`,
//! and the "did you mean" help in `suggest`.

use std::path::{Path, PathBuf};

use crate::messages::Message;
use crate::msg;

mod json;
mod show;
mod suggest;
pub use show::{error_line, escape_for_terminal, warning_line, Shown};
pub use suggest::{quote_list, suggest, suggestion_help};

/// How serious a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file, at one line and column (both 1-based), or
/// about the whole file (line and column 0, see [`Diagnostic::error_in_file`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 0 when the problem is the file itself, not a place in it.
    pub line: usize,
    pub column: usize,
    /// What is wrong, in the author's terms: what was found, what was
    /// expected. Its catalogue id is the diagnostic's stable code.
    pub message: Message,
    /// How to fix it, e.g. "did you mean `jumlah_ikm`?".
    pub help: Option<Message>,
    /// An excerpt of the offending line, shown under the message with a caret.
    pub snippet: Option<Box<Snippet>>,
}

/// A bounded excerpt of a source line and where the caret goes in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// The caret's column within `text` (it differs from the diagnostic's
    /// column when the start of a long line was cut).
    pub caret: usize,
}

impl Diagnostic {
    pub fn error(file: &Path, line: usize, column: usize, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            column,
            message,
            help: None,
            snippet: None,
        }
    }

    pub fn warning(file: &Path, line: usize, column: usize, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, column, message)
        }
    }

    /// An error about a whole file or folder (missing, unreadable, a folder
    /// where a file belongs, a link): shown without a line and column, which
    /// would point at text that is not there.
    pub fn error_in_file(file: &Path, message: Message) -> Self {
        Diagnostic::error(file, 0, 0, message)
    }

    /// A warning about a whole file or folder; see [`Diagnostic::error_in_file`].
    pub fn warning_in_file(file: &Path, message: Message) -> Self {
        Diagnostic::warning(file, 0, 0, message)
    }

    /// Whether the diagnostic points at a line and column of its file.
    pub fn has_position(&self) -> bool {
        self.line > 0
    }

    /// The same problem as a warning: for rules found by the error helpers
    /// of a file (which know its positions) that should not stop the build.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// The stable code of this kind of problem (its message's catalogue
    /// id), for tools that read `check`'s output.
    pub fn code(&self) -> &'static str {
        self.message.id()
    }

    /// Attaches the source line the diagnostic points at, taken from `text`:
    /// at most [`SNIPPET_CHARS`] characters around the column, so a hostile
    /// line of megabytes prints a few dozen bytes per diagnostic.
    pub fn with_source(self, text: &str) -> Self {
        if !self.has_position() {
            return self;
        }
        match text.lines().nth(self.line.saturating_sub(1)) {
            Some(line) => self.with_line(line),
            None => self,
        }
    }

    /// Attaches `line`, the text of the line the diagnostic points at.
    pub fn with_line(mut self, line: &str) -> Self {
        let (text, caret) = excerpt(line.trim_end_matches('\r'), self.column);
        self.snippet = Some(Box::new(Snippet { text, caret }));
        self
    }
}

/// The most characters of a line a diagnostic shows.
pub const SNIPPET_CHARS: usize = 100;

/// At most [`SNIPPET_CHARS`] characters of `line` around `column` (1-based),
/// with `…` where text was cut, and the column within the excerpt.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= SNIPPET_CHARS {
        return (line.to_string(), column);
    }
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(SNIPPET_CHARS / 2);
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let start = end.saturating_sub(SNIPPET_CHARS);
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    (text, at - start + 1 + usize::from(start > 0))
}

/// All the problems of one run, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The diagnostics sorted by file, line, column and severity.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, a.message.id()).cmp(&(
                &b.file,
                b.line,
                b.column,
                b.severity,
                b.message.id(),
            ))
        });
        items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// What a report lists, in the order of [`Diagnostics::sorted`]: at
    /// most [`MAX_SHOWN_PER_FILE`] diagnostics of each file, then one entry
    /// counting the rest of that file. The text and the JSON of `check`
    /// both list these, so they always agree.
    pub fn report(&self) -> Vec<Entry<'_>> {
        let sorted = self.sorted();
        let mut entries = Vec::new();
        let mut i = 0;
        while i < sorted.len() {
            let file = &sorted[i].file;
            let end = i + sorted[i..].iter().take_while(|d| &d.file == file).count();
            let shown = (end - i).min(MAX_SHOWN_PER_FILE);
            entries.extend(sorted[i..i + shown].iter().map(|d| Entry::Shown(d)));
            let rest = &sorted[i + shown..end];
            if !rest.is_empty() {
                entries.push(Entry::More {
                    file,
                    count: rest.len(),
                    severity: rest
                        .iter()
                        .map(|d| d.severity)
                        .min()
                        .unwrap_or(Severity::Warning),
                });
            }
            i = end;
        }
        entries
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            items: vec![diagnostic],
        }
    }
}

/// The most diagnostics shown for one file: past this, a file is more
/// likely generated or binary than mistyped, and the rest is one line.
pub const MAX_SHOWN_PER_FILE: usize = 50;

/// One entry of a report (see [`Diagnostics::report`]).
#[derive(Debug, Clone, Copy)]
pub enum Entry<'a> {
    Shown(&'a Diagnostic),
    /// The `count` diagnostics of `file` past [`MAX_SHOWN_PER_FILE`];
    /// `severity` is the most serious among them.
    More {
        file: &'a Path,
        count: usize,
        severity: Severity,
    },
}

impl Entry<'_> {
    /// "… and 12 more problems in a.yaml", in `lang`.
    fn more_message(file: &Path, count: usize) -> Message {
        let file = file.display().to_string();
        msg!("more-problems-in-file", count = count, file = file)
    }
}

/// A problem is an error of its own: an author's mistake is the root
/// cause, so it has no source. The loader's `Result<_, Diagnostics>` then
/// composes with `?` into any error type.
impl std::error::Error for Diagnostic {}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    /// Issue 18, item 5: the loader's problems are a `std::error::Error`,
    /// so `?` carries them into a boxed error that still reads in full.
    #[test]
    fn problems_are_a_standard_error() {
        fn load() -> Result<(), Diagnostics> {
            Err(Diagnostic::error(Path::new("a.yaml"), 1, 1, msg!("region-name-empty")).into())
        }
        fn caller() -> Result<(), Box<dyn std::error::Error>> {
            load()?;
            Ok(())
        }
        let error = caller().unwrap_err();
        assert!(
            error.to_string().starts_with("error: a.yaml:1:1: "),
            "{error}"
        );
        assert!(error.source().is_none());
    }

    #[test]
    fn a_report_counts_what_it_leaves_out_with_its_worst_severity() {
        let mut all = Diagnostics::new();
        for i in 0..MAX_SHOWN_PER_FILE + 3 {
            let message = msg!("yaml-problem", detail = "w");
            all.push(Diagnostic::warning(Path::new("a.yaml"), i + 1, 1, message));
        }
        all.push(Diagnostic::error(
            Path::new("b.yaml"),
            1,
            1,
            msg!("yaml-problem", detail = "e"),
        ));
        let report = all.report();
        assert_eq!(report.len(), MAX_SHOWN_PER_FILE + 2);
        let Entry::More {
            file,
            count,
            severity,
        } = report[MAX_SHOWN_PER_FILE]
        else {
            panic!("expected the count of the rest: {report:?}");
        };
        assert_eq!(
            (file, count, severity),
            (Path::new("a.yaml"), 3, Severity::Warning)
        );
        let json = report[MAX_SHOWN_PER_FILE].json(Lang::Id);
        assert_eq!(json["code"], "more-problems-in-file");
        assert_eq!(json["severity"], "warning");
        assert_eq!(json["count"], 3);
        assert!(matches!(report[MAX_SHOWN_PER_FILE + 1], Entry::Shown(d) if d.line == 1));
    }

    #[test]
    fn sorts_by_file_then_line() {
        let mut all = Diagnostics::new();
        for (file, line, text) in [("b.yaml", 1, "b"), ("a.yaml", 9, "a9"), ("a.yaml", 2, "a2")] {
            let message = msg!("yaml-problem", detail = text);
            all.push(Diagnostic::error(Path::new(file), line, 1, message));
        }
        let order: Vec<_> = all.sorted().iter().map(|d| d.message.to_string()).collect();
        assert_eq!(order, ["a2", "a9", "b"]);
    }
}
