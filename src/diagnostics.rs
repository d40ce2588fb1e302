//! Problems found in an author's files, with the place they are at.
//!
//! Every check in the pipeline reports through a [`Diagnostic`] instead of
//! returning early, so one run shows every mistake at once (ripgrep's
//! `Partial` is the model). The list is sorted by file and line before it is
//! shown, which keeps the output stable between runs.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{Lang, Message};
use crate::msg;

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

    /// The diagnostic as shown to an author, in `lang`.
    pub fn shown(&self, lang: Lang) -> Shown<'_, Diagnostic> {
        Shown {
            item: self,
            lang,
            color: false,
        }
    }

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

/// How JSON names a severity.
fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
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

    /// Every diagnostic as shown to an author, in `lang`, with a count.
    pub fn shown(&self, lang: Lang) -> Shown<'_, Diagnostics> {
        Shown {
            item: self,
            lang,
            color: false,
        }
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

/// In English; see [`Diagnostics::shown`].
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown(Lang::English).fmt(f)
    }
}

/// A problem is an error of its own: an author's mistake is the root
/// cause, so it has no source. The loader's `Result<_, Diagnostics>` then
/// composes with `?` into any error type.
impl std::error::Error for Diagnostic {}

impl std::error::Error for Diagnostics {}

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
pub fn suggestion_help(found: &str, known: &[&str]) -> Message {
    match suggest(found, known.iter().copied()) {
        Some(best) => msg!("did-you-mean", name = best),
        None => msg!("expected-one-of", names = quote_list(known)),
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
