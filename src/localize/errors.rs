//! clap's argument errors in the reader's language: the problem and a fix
//! from the error's kind and context (keeping clap's suggestions), the
//! usage line, and where to read more.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use ikm_site::diagnostics::{error_line, quote_list};
use ikm_site::messages::{Lang, Message};
use ikm_site::msg;

use super::help::usage_line;
use crate::cmd::terminal::stderr_wants_color;

/// An argument error as printed: the problem and a fix in `lang`, the
/// usage line, and where to read more.
pub(super) fn shown(error: &clap::Error, command: &str, lang: Lang) -> String {
    let (problem, help) = words(error);
    let mut text = format!("{}\n", error_line(&problem, lang, stderr_wants_color()));
    if let Some(help) = help {
        text += &format!(
            "  = {}: {}\n",
            msg!("label-help").render(lang),
            help.render(lang)
        );
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let heading = msg!("cli-heading-usage").render(lang);
        text += &format!("\n{heading} {}\n", usage_line(&usage.to_string()));
    }
    let more = msg!("cli-more-help", command = command);
    text + &format!("\n{}\n", more.render(lang))
}

/// What went wrong and how to fix it, from the error's kind and context.
fn words(error: &clap::Error) -> (Message, Option<Message>) {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(texts)) => texts.clone(),
        _ => Vec::new(),
    };
    let quoted = |names: Vec<String>| {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        quote_list(&names)
    };
    let did_you_mean = |kind| {
        list(kind)
            .first()
            .map(|name| msg!("did-you-mean", name = name))
    };
    let arg = text(ContextKind::InvalidArg);
    match error.kind() {
        ErrorKind::UnknownArgument => {
            let help = did_you_mean(ContextKind::SuggestedArg).or_else(|| {
                matches!(error.get(ContextKind::Suggested), Some(ContextValue::StyledStrs(s)) if !s.is_empty())
                    .then(|| msg!("cli-value-after-dashes", arg = &arg))
            });
            (msg!("cli-unknown-argument", arg = arg), help)
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue);
            let valid = list(ContextKind::ValidValue);
            let help = did_you_mean(ContextKind::SuggestedValue).or_else(|| {
                (!valid.is_empty()).then(|| msg!("expected-one-of", names = quoted(valid)))
            });
            if value.is_empty() {
                (msg!("cli-empty-value", arg = arg), help)
            } else {
                (msg!("cli-invalid-value", value = value, arg = arg), help)
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg);
            let count = missing.len();
            let names = quoted(missing);
            (
                msg!("cli-missing-required", count = count, args = &names),
                Some(msg!(
                    "cli-missing-required-help",
                    count = count,
                    args = names
                )),
            )
        }
        ErrorKind::InvalidSubcommand => (
            msg!(
                "cli-unknown-command",
                name = text(ContextKind::InvalidSubcommand)
            ),
            did_you_mean(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::MissingSubcommand => (
            msg!(
                "cli-missing-command",
                command = text(ContextKind::InvalidSubcommand)
            ),
            Some(msg!(
                "expected-one-of",
                names = quoted(list(ContextKind::ValidSubcommand))
            )),
        ),
        ErrorKind::ArgumentConflict if list(ContextKind::PriorArg) == [arg.clone()] => (
            msg!("cli-given-twice", arg = arg),
            Some(msg!("cli-given-twice-help")),
        ),
        ErrorKind::ArgumentConflict => (
            msg!(
                "cli-conflict",
                arg = arg,
                other = quoted(list(ContextKind::PriorArg))
            ),
            Some(msg!("cli-conflict-help")),
        ),
        ErrorKind::NoEquals => (msg!("cli-no-equals", arg = arg), None),
        ErrorKind::TooManyValues => (
            msg!(
                "cli-too-many-values",
                arg = arg,
                value = text(ContextKind::InvalidValue)
            ),
            None,
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            (msg!("cli-wrong-number-of-values", arg = arg), None)
        }
        ErrorKind::ValueValidation => {
            let detail =
                std::error::Error::source(error).map_or_else(String::new, |e| e.to_string());
            (
                msg!(
                    "cli-value-validation",
                    arg = arg,
                    value = text(ContextKind::InvalidValue),
                    detail = detail
                ),
                None,
            )
        }
        ErrorKind::InvalidUtf8 => (msg!("cli-invalid-utf8"), None),
        // Kinds the definition cannot produce: clap's own words, as
        // `os-other` keeps the system's.
        _ => {
            let detail = error.kind().as_str().unwrap_or("?").to_string();
            (msg!("cli-other", detail = detail), None)
        }
    }
}
