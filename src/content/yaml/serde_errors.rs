//! serde_yaml's errors in the author's terms: its English sentence
//! ("invalid type: string \"x\", expected f64") translated into the
//! reader's language where its shape is known, its path named as the
//! author's field, and a help line for the traps authors fall into (an
//! unquoted code, `yes` for a boolean, Indonesian thousands dots). Kept
//! apart because it reads another library's text, which may change with
//! its version; the tests in `tests/errors.rs` pin every sentence.

use crate::content::field_path;
use crate::content::source::Source;
use crate::content::spans::{SpanTree, YamlPath};
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::model::number::{leading_number, with_decimal_comma, without_thousands_dots};
use crate::msg;

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
pub(super) fn from_serde(source: &Source, error: &serde_yaml::Error, syntax: bool) -> Diagnostic {
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
    let text_at = |path: &YamlPath| tree.as_ref()?.scalar_text(path);
    let path = path.map(|p| field_path::field(&p, &text_at));
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
