//! `ikm-site new region` and `ikm-site new news`.

use std::io::Write;

use ikm_site::authoring::new::{new_news, new_region, NewRegion, Problem};
use ikm_site::diagnostics::error_line;
use ikm_site::messages::{Lang, Message};
use ikm_site::msg;

use crate::cli::NewCommand;

/// Writes the starter and names it on stdout; a refusal goes to stderr,
/// every problem found, with exit status 1, and nothing is written.
pub fn run(command: NewCommand, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (result, messages) = match command {
        NewCommand::Region(args) => {
            let messages = (args.messages.lang(&args.content), args.messages.quiet);
            let spec = NewRegion {
                slug: args.slug,
                level: args.level,
                parent: args.parent,
                name: args.name,
            };
            let result = new_region(&args.content, &spec).map(|written| {
                let done = msg!(
                    "new-region-written",
                    path = written.path.display().to_string()
                );
                // A name written other than given is said first.
                written.changed.into_iter().chain([done]).collect()
            });
            (result, messages)
        }
        NewCommand::News(args) => {
            let messages = (args.messages.lang(&args.content), args.messages.quiet);
            let result = new_news(&args.content, &args.region).map(|(path, id)| {
                vec![msg!(
                    "new-news-written",
                    id = id,
                    path = path.display().to_string()
                )]
            });
            (result, messages)
        }
    };
    report(result, messages, out, err)
}

/// Prints what was done (unless quiet) or why nothing was.
fn report(
    result: Result<Vec<Message>, Vec<Problem>>,
    (lang, quiet): (Lang, bool),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match result {
        Ok(done) => {
            if !quiet {
                for line in done {
                    let _ = writeln!(out, "{}", line.render(lang));
                }
            }
            0
        }
        Err(problems) => {
            for problem in problems {
                let _ = match problem {
                    Problem::Plain(message) => {
                        writeln!(err, "{}", error_line(&message, lang, false))
                    }
                    Problem::At(diagnostic) => write!(err, "{}", diagnostic.shown(lang)),
                };
            }
            1
        }
    }
}
