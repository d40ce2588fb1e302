//! Parses the arguments, runs one command, and sets the exit status:
//! 0 on success, 1 on any error (usage errors included). Help and argument
//! errors are in the reader's language (see `localize`).

#![warn(clippy::unwrap_used, clippy::expect_used)]

mod cli;
mod cmd;
mod localize;
mod serve;
// The library's unit-test helpers, shared with the binary's tests.
#[cfg(test)]
#[path = "test_support.rs"]
mod test_support;

use std::io::Write;
use std::process::ExitCode;

use cli::Command;

/// mimalloc instead of the system allocator: a build allocates and frees
/// many small strings on every thread, where glibc's malloc spent about a
/// fifth of the time of a national build (perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = localize::language(&args);
    let cli = match localize::parse(args, lang) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    // Unlocked handles: the progress bar writes to stderr from the render
    // threads while this thread waits for them, so holding stderr's lock
    // here for the whole run deadlocked any build long enough to show it.
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    let status = match cli.command {
        Command::Build(args) => cmd::build::run(args, &mut out, &mut err),
        Command::Check(args) => cmd::check::run(args, &mut out, &mut err),
        Command::Schema(args) => cmd::schema::run(args, &mut out, &mut err),
        Command::New(command) => cmd::new::run(command, &mut out, &mut err),
        Command::Draft(args) => cmd::draft::run(args, &mut out, &mut err),
        Command::Serve(args) => cmd::serve::run(args, &mut out, &mut err),
    };
    let _ = out.flush();
    if status == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
