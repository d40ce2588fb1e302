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
//!
//! This module holds that flow; the help texts are `help`'s job, the
//! error texts `errors`'.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, FromArgMatches};
use ikm_site::messages::Lang;

use crate::cli::{Cli, LangArg};

mod errors;
mod help;
use errors::shown;
pub use help::command;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
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
