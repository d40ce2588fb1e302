//! The command line in the reader's language: clap's help and argument
//! errors, put into words from the message catalogue.
//!
//! clap writes its help and errors in English. The derive in `cli.rs` still
//! defines the arguments (its doc comments are the English originals of the
//! texts here); [`command`] walks the `Command` it builds and gives each
//! command its about, each argument its help, and the help page its
//! headings and usage line from the catalogue, and [`parse`] puts clap's
//! errors into catalogue messages, keeping its suggestions. The language
//! must be known before clap parses, so [`language`] looks for `--lang` (and
//! for `--content`, whose `site.yaml` chooses otherwise) in the raw
//! arguments first.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::styling::Styles;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use ikm_site::diagnostics::{error_line, quote_list};
use ikm_site::messages::{Lang, Message};
use ikm_site::msg;

use crate::cli::{Cli, LangArg};
use crate::cmd::terminal::stderr_wants_color;

/// The language of help and argument errors, chosen as for every other
/// message: `--lang` when it names a language, else the `language` of the
/// `site.yaml` in `--content` (by default `content`), Indonesian when there
/// is none.
pub fn language(args: &[OsString]) -> Lang {
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .map(|a| a.to_str().unwrap_or_default())
        .collect();
    let (mut lang, mut content) = (None, None);
    for (i, word) in words.iter().enumerate() {
        if *word == "--" {
            break;
        }
        let (flag, value) = match word.split_once('=') {
            Some((flag, value)) => (flag, Some(value)),
            None => (*word, words.get(i + 1).copied()),
        };
        match (flag, value) {
            ("--lang", Some("id")) => lang = Some(Lang::Id),
            ("--lang", Some("en")) => lang = Some(Lang::English),
            ("--content", Some(dir)) => content = Some(PathBuf::from(dir)),
            _ => {}
        }
    }
    lang.unwrap_or_else(|| {
        let content = content.unwrap_or_else(|| PathBuf::from("content"));
        ikm_site::content::message_language(&content)
    })
}

/// Parses `args` with the command in `lang`. Help and `--version` are
/// printed here and end the run with status 0; an argument error is printed
/// in `lang` and ends it with status 1, as every other error does.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, ExitCode> {
    let mut command = command(lang);
    let path = command_path(&command, &args);
    let error = match command.try_get_matches_from_mut(args) {
        Ok(matches) => match matches.subcommand() {
            Some(("help", asked)) => match help_target(&mut command, asked) {
                Ok(target) => {
                    let _ = target.print_help();
                    return Err(ExitCode::SUCCESS);
                }
                Err(error) => error,
            },
            _ => match Cli::from_arg_matches(&matches) {
                Ok(mut cli) => {
                    let before = matches.get_one::<String>("lang");
                    if let (Some(lang), Some(messages)) = (before, cli.command.messages_mut()) {
                        messages.lang = messages.lang.or(match lang.as_str() {
                            "en" => Some(LangArg::En),
                            _ => Some(LangArg::Id),
                        });
                    }
                    return Ok(cli);
                }
                Err(error) => error,
            },
        },
        Err(error) => error,
    };
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return Err(ExitCode::SUCCESS);
        }
        // `ikm-site` or `ikm-site new` alone: the help, on stderr.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
        }
        _ => {
            let _ = write!(std::io::stderr(), "{}", shown(&error, &path, lang));
        }
    }
    Err(ExitCode::from(1))
}

/// The command the arguments run, as typed: `ikm-site new region`, for
/// the pointer to its `--help`.
fn command_path(command: &Command, args: &[OsString]) -> String {
    let mut path = vec![command.get_name().to_string()];
    let mut current = command;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = current.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            current = sub;
        }
    }
    path.join(" ")
}

/// The command `ikm-site help NAME...` asks about, or an error naming the
/// first name that is no command.
fn help_target<'a>(
    command: &'a mut Command,
    asked: &clap::ArgMatches,
) -> Result<&'a mut Command, clap::Error> {
    let names: Vec<String> = asked
        .get_many::<String>("command")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let mut target = command;
    for name in names {
        if target.find_subcommand(&name).is_none() {
            let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(target);
            error.insert(ContextKind::InvalidSubcommand, ContextValue::String(name));
            return Err(error);
        }
        // Looked up twice: returning the error from inside a match on the
        // mutable lookup is refused by today's borrow checker.
        target = target
            .find_subcommand_mut(&name)
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidSubcommand))?;
    }
    Ok(target)
}

/// The `ikm-site` command with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let root = Cli::command()
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        // `ikm-site --lang en --help`, and `ikm-site --lang en build`: the
        // language may come before the command too.
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .value_parser(["id", "en"]),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
        .subcommand(
            Command::new("help").arg(
                Arg::new("command")
                    .value_name("COMMAND")
                    .num_args(0..)
                    .action(ArgAction::Append),
            ),
        );
    let mut root = localize(root, lang);
    root.build();
    with_usage(&mut root, lang);
    root
}

/// `command` and its subcommands with their texts, headings and help flag
/// in `lang`.
fn localize(command: Command, lang: Lang) -> Command {
    let name = command.get_name().to_string();
    let mut command = command
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        )
        .help_template(template(lang))
        .subcommand_help_heading(msg!("cli-heading-commands").render(lang))
        .subcommand_value_name(msg!("cli-command-placeholder").render(lang))
        .mut_args(|arg| localize_arg(arg, &name, lang))
        .mut_subcommands(|sub| localize(sub, lang));
    if let Some(about) = about(&name) {
        command = command.about(about.render(lang));
    }
    command
}

/// What a command is for, by its name (subcommand names are unique).
fn about(command: &str) -> Option<Message> {
    Some(match command {
        "ikm-site" => msg!("cli-about"),
        "build" => msg!("cli-about-build"),
        "check" => msg!("cli-about-check"),
        "schema" => msg!("cli-about-schema"),
        "new" => msg!("cli-about-new"),
        "region" => msg!("cli-about-new-region"),
        "news" => msg!("cli-about-new-news"),
        "draft" => msg!("cli-about-draft"),
        "help" => msg!("cli-about-help"),
        _ => return None,
    })
}

/// The help of argument `id` of `command`.
fn arg_help(command: &str, id: &str) -> Option<Message> {
    Some(match (command, id) {
        (_, "help") => msg!("cli-arg-help"),
        (_, "version") => msg!("cli-arg-version"),
        (_, "content") => msg!("cli-arg-content"),
        ("schema", "output") => msg!("cli-arg-schema-output"),
        (_, "output") => msg!("cli-arg-output"),
        (_, "base_url") => msg!("cli-arg-base-url"),
        (_, "lang") => msg!("cli-arg-lang"),
        (_, "quiet") => msg!("cli-arg-quiet"),
        (_, "verbose") => msg!("cli-arg-verbose"),
        (_, "format") => msg!("cli-arg-format"),
        (_, "article") => msg!("cli-arg-article"),
        ("draft", "region") => msg!("cli-arg-draft-region"),
        (_, "region") => msg!("cli-arg-news-region"),
        (_, "slug") => msg!("cli-arg-slug"),
        (_, "level") => msg!("cli-arg-level"),
        (_, "parent") => msg!("cli-arg-parent"),
        (_, "name") => msg!("cli-arg-name"),
        ("help", "command") => msg!("cli-arg-help-command"),
        _ => return None,
    })
}

/// An argument's help in `lang`, with its default and possible values said
/// in `lang` too (clap would add `[default: …]` in English).
fn localize_arg(arg: Arg, command: &str, lang: Lang) -> Arg {
    let mut text = arg_help(command, arg.get_id().as_str())
        .map(|help| help.render(lang))
        .unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        let default = msg!("cli-default", value = defaults.join(", "));
        text = format!("{text} {}", default.render(lang));
    }
    let takes_values = arg.get_action().takes_values();
    // A flag's `true`/`false` are clap's own, not values a person types.
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() {
        let possible = msg!("cli-possible-values", values = values.join(", "));
        text = format!("{text} {}", possible.render(lang));
    }
    let heading = if arg.is_positional() {
        msg!("cli-heading-arguments")
    } else {
        msg!("cli-heading-options")
    };
    arg.help(text)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values)
        .help_heading(heading.render(lang))
}

/// clap's help layout, with the usage heading in `lang` and styled as
/// clap styles its own (the styling is dropped when not on a terminal).
fn template(lang: Lang) -> String {
    let style = Styles::default().get_usage().to_owned();
    let heading = msg!("cli-heading-usage").render(lang);
    format!(
        "{{about-with-newline}}\n{style}{heading}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

/// Gives each command its usage line with clap's `[OPTIONS]` in `lang`;
/// `command` must be built, so its subcommands know their full names.
fn with_usage(command: &mut Command, lang: Lang) {
    let usage = usage_line(&command.render_usage().to_string())
        .replace("[OPTIONS]", &msg!("cli-options-placeholder").render(lang));
    *command = std::mem::take(command).override_usage(usage);
    for sub in command.get_subcommands_mut() {
        with_usage(sub, lang);
    }
}

/// `text` without clap's English `Usage: ` title.
fn usage_line(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix("Usage:").map_or(text, str::trim_start)
}

/// An argument error as printed: the problem and a fix in `lang`, the
/// usage line, and where to read more.
fn shown(error: &clap::Error, command: &str, lang: Lang) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_translated_command_is_consistent() {
        for lang in [Lang::Id, Lang::English] {
            command(lang).debug_assert();
        }
    }

    /// Every command's about and every argument's help, with where it is.
    fn texts(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push((format!("{path} about"), about));
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            out.push((format!("{path} --{}", arg.get_id()), help));
        }
        for sub in command.get_subcommands() {
            texts(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_both_languages() {
        let (mut id, mut en) = (Vec::new(), Vec::new());
        texts(&command(Lang::Id), "ikm-site", &mut id);
        texts(&command(Lang::English), "ikm-site", &mut en);
        assert_eq!(id.len(), en.len());
        for ((place, id), (_, en)) in id.iter().zip(&en) {
            assert!(!id.is_empty() && !en.is_empty(), "{place} has no text");
            assert_ne!(id, en, "{place} is not translated");
        }
    }

    #[test]
    fn the_language_is_read_from_the_arguments_before_clap_parses_them() {
        assert_eq!(language(&os(&["ikm-site", "--lang", "en"])), Lang::English);
        assert_eq!(
            language(&os(&["ikm-site", "build", "--lang=en", "--help"])),
            Lang::English
        );
        assert_eq!(
            language(&os(&["ikm-site", "check", "--lang", "id"])),
            Lang::Id
        );
        // An unknown language leaves the choice to the site, Indonesian here.
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().display().to_string();
        assert_eq!(
            language(&os(&["ikm-site", "--lang", "fr", "--content", &content])),
            Lang::Id
        );
        std::fs::write(dir.path().join("site.yaml"), "language: en\n").unwrap();
        assert_eq!(
            language(&os(&["ikm-site", "check", "--content", &content])),
            Lang::English
        );
        assert_eq!(
            language(&os(&[
                "ikm-site",
                "--",
                "--lang",
                "en",
                "--content",
                &content
            ])),
            Lang::Id
        );
    }
}
