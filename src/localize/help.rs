//! The help pages in the reader's language: each command's about, each
//! argument's help with its default and possible values, the headings and
//! the usage line, from the catalogue.

use clap::builder::styling::Styles;
use clap::{Arg, ArgAction, Command, CommandFactory};
use ikm_site::messages::{Lang, Message};
use ikm_site::msg;

use crate::cli::Cli;

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
        "serve" => msg!("cli-about-serve"),
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
        (_, "port") => msg!("cli-arg-port"),
        (_, "bind") => msg!("cli-arg-bind"),
        (_, "open") => msg!("cli-arg-open"),
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
pub(super) fn usage_line(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix("Usage:").map_or(text, str::trim_start)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
