//! Problems found in an author's files, with the place they are at.
//!
//! Every check in the pipeline reports through a [`Diagnostic`] instead of
//! returning early, so one run shows every mistake at once (ripgrep's
//! `Partial` is the model). The list is sorted by file and line before it is
//! shown, which keeps the output stable between runs.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file, at one line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// What is wrong, in the author's terms: what was found, what was expected.
    pub message: String,
    /// How to fix it, e.g. "did you mean `jumlah_ikm`?".
    pub help: Option<String>,
    /// The text of the offending line, shown under the message with a caret.
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn error(file: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            column,
            message: message.into(),
            help: None,
            snippet: None,
        }
    }

    pub fn warning(file: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, column, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Attaches the source line the diagnostic points at, taken from `text`.
    pub fn with_source(mut self, text: &str) -> Self {
        self.snippet = text
            .lines()
            .nth(self.line.saturating_sub(1))
            .map(|line| line.trim_end_matches('\r').to_string());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(
            f,
            "{label}: {}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message
        )?;
        if let Some(snippet) = &self.snippet {
            let number = self.line.to_string();
            let gutter = " ".repeat(number.len());
            // Columns count characters, so the caret lines up under wide text too.
            let caret_pad: String = snippet
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{number} | {snippet}")?;
            writeln!(f, "{gutter} | {caret_pad}^")?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "  = help: {help}")?;
        }
        Ok(())
    }
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
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            items: vec![diagnostic],
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in self.sorted() {
            writeln!(f, "{diagnostic}")?;
        }
        let errors = self.error_count();
        let warnings = self.warning_count();
        match (errors, warnings) {
            (0, 0) => Ok(()),
            (0, w) => write!(f, "{w} warning(s)"),
            (e, 0) => write!(f, "{e} error(s); nothing was written"),
            (e, w) => write!(f, "{e} error(s) and {w} warning(s); nothing was written"),
        }
    }
}

/// The known name closest to `found`, if one is close enough to be a likely typo.
pub fn suggest<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(found, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// "did you mean `x`?" for the closest known name, or a list of what is allowed.
pub fn suggestion_help(found: &str, known: &[&str]) -> String {
    match suggest(found, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("expected one of: {}", quote_list(known)),
    }
}

/// `a`, `b`, `c` for messages.
pub fn quote_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_name() {
        let known = ["jumlah_ikm", "tenaga_kerja", "pertumbuhan_ikm"];
        assert_eq!(suggest("jumlah_ikn", known), Some("jumlah_ikm"));
        assert_eq!(suggest("zzz", known), None);
    }

    #[test]
    fn shows_snippet_and_caret_under_the_column() {
        let d = Diagnostic::error(Path::new("a.yaml"), 2, 9, "unknown metric `x`")
            .with_source("name: A\nmetric: x\n")
            .with_help("did you mean `y`?");
        let text = d.to_string();
        assert!(text.starts_with("error: a.yaml:2:9: unknown metric `x`\n"));
        assert!(text.contains("2 | metric: x\n  |         ^\n"), "{text}");
        assert!(text.contains("= help: did you mean `y`?"));
    }

    #[test]
    fn sorts_by_file_then_line() {
        let mut all = Diagnostics::new();
        all.push(Diagnostic::error(Path::new("b.yaml"), 1, 1, "b"));
        all.push(Diagnostic::error(Path::new("a.yaml"), 9, 1, "a9"));
        all.push(Diagnostic::error(Path::new("a.yaml"), 2, 1, "a2"));
        let order: Vec<_> = all.sorted().iter().map(|d| d.message.clone()).collect();
        assert_eq!(order, ["a2", "a9", "b"]);
    }
}
