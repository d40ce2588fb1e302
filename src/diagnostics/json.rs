//! Diagnostics as JSON for editors and CI (`check --format json`): one
//! object per entry of a report, with the stable code of each problem.

use super::{Diagnostic, Entry, Severity};
use crate::messages::Lang;

impl Diagnostic {
    /// The diagnostic for editors and CI (`check --format json`): severity,
    /// stable code, file, line, column, message and help, the texts in
    /// `lang`. JSON escapes control characters itself, so the text is given
    /// as it is.
    pub fn json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "severity": severity_name(self.severity),
            "code": self.code(),
            "file": self.file.display().to_string(),
            "line": self.has_position().then_some(self.line),
            "column": self.has_position().then_some(self.column),
            "message": self.message.render(lang),
            "help": self.help.as_ref().map(|help| help.render(lang)),
        })
    }
}

impl Entry<'_> {
    /// The entry for `check --format json`: a diagnostic as
    /// [`Diagnostic::json`] gives it, or the count of those left out, with
    /// the code `more-problems-in-file`, no line or column, and `count`.
    pub fn json(&self, lang: Lang) -> serde_json::Value {
        match *self {
            Entry::Shown(diagnostic) => diagnostic.json(lang),
            Entry::More {
                file,
                count,
                severity,
            } => {
                let message = Entry::more_message(file, count);
                serde_json::json!({
                    "severity": severity_name(severity),
                    "code": message.id(),
                    "file": file.display().to_string(),
                    "line": null,
                    "column": null,
                    "message": message.render(lang),
                    "help": null,
                    "count": count,
                })
            }
        }
    }
}

/// How JSON names a severity.
fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
