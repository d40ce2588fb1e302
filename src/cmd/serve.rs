//! `ikm-site serve`: build in memory, serve on loopback, rebuild on every
//! save and reload the open tabs (the work is in `ikm_site::serve`).

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};

use crate::serve::live::Live;
use crate::serve::server::{bind, Hub, Server};
use crate::serve::{follow, watch, Report};
use ikm_site::diagnostics::error_line;
use ikm_site::messages::Message;
use ikm_site::msg;

use super::terminal::stderr_wants_color;
use crate::cli::ServeArgs;

/// Serves until Ctrl-C. Exit status 1 only when it cannot start (the port
/// is taken, the folders cannot be watched); a broken edit is shown and
/// waited out.
pub fn run(args: ServeArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let (quiet, verbose) = (args.messages.quiet, args.messages.verbose);
    let color = stderr_wants_color();
    let fail = |err: &mut dyn Write, message: Message| {
        let _ = writeln!(err, "{}", error_line(&message, lang, color));
        1
    };
    let (stop, stopped) = mpsc::channel();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(());
    }) {
        return fail(err, msg!("serve-signal-failed", error = e.to_string()));
    }
    let listener = match bind(SocketAddr::new(args.bind, args.port)) {
        Ok(listener) => listener,
        Err(message) => return fail(err, message),
    };
    let port = listener.local_addr().map_or(args.port, |a| a.port());
    let live = Arc::new(Live::new(&args.content));
    match live.rebuild(&[]) {
        Ok(_) => {
            let warnings = live.state().site.map(|s| s.warning_count());
            if let Some(count) = warnings.filter(|&n| n > 0 && !quiet) {
                let _ = writeln!(
                    err,
                    "{}",
                    msg!("serve-warnings", count = count).render(lang)
                );
            }
        }
        Err(error) => {
            let _ = writeln!(err, "{}", error.shown(lang, color));
            let _ = writeln!(err, "{}", msg!("serve-waiting").render(lang));
        }
    }
    let theme = ikm_site::theme_dir(&args.content);
    let watched = match watch::watch(&args.content, &theme) {
        Ok(watched) => watched,
        Err(message) => return fail(err, message),
    };
    let hub = Arc::new(Hub::default());
    let server = match Server::start(listener, live.clone(), hub.clone(), lang) {
        Ok(server) => server,
        Err(message) => return fail(err, message),
    };
    let base = live
        .state()
        .site
        .map_or("/".to_string(), |s| s.base_path.clone());
    let url = format!("http://{}{base}", SocketAddr::new(args.bind, port));
    let folders = watched.folders.iter().map(|f| shown(f)).collect::<Vec<_>>();
    let line = msg!(
        "serve-listening",
        url = url.clone(),
        folders = folders.join(", ")
    );
    let _ = writeln!(out, "{}", line.render(lang));
    let _ = out.flush();
    if args.open {
        if let Err(e) = open::that_detached(&url) {
            let _ = writeln!(
                err,
                "{}",
                msg!("serve-open-failed", error = e.to_string()).render(lang)
            );
        }
    }
    follow(
        &live,
        &hub,
        &watched.changes,
        &stopped,
        lang,
        &mut |report| match report {
            Report::Rebuilt(changed, rebuilt) if !quiet => {
                let (files, count) = (names(changed), rebuilt.rendered);
                let ms = rebuilt.elapsed.as_millis() as u64;
                let line = if rebuilt.everything {
                    msg!("serve-rebuilt-all", files = files, count = count, ms = ms)
                } else {
                    msg!("serve-rebuilt", files = files, count = count, ms = ms)
                };
                let _ = writeln!(out, "{}", line.render(lang));
                if verbose {
                    let p = rebuilt.phases;
                    let ms = |d: std::time::Duration| d.as_millis() as u64;
                    let line = msg!(
                        "serve-rebuilt-phases",
                        load = ms(p.load),
                        plan = ms(p.plan),
                        map = ms(p.map),
                        render = ms(p.render)
                    );
                    let _ = writeln!(out, "{}", line.render(lang));
                }
                let _ = out.flush();
            }
            Report::Rebuilt(..) => {}
            Report::Failed(error) => {
                let _ = writeln!(err, "{}", error.shown(lang, color));
                let _ = writeln!(err, "{}", msg!("serve-kept").render(lang));
            }
        },
    );
    server.stop();
    let _ = writeln!(out, "{}", msg!("serve-stopped").render(lang));
    0
}

/// A path as the terminal shows it: relative to the working folder.
fn shown(path: &Path) -> String {
    let here = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&here)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The changed files, the first three by name and then how many more.
fn names(changed: &[PathBuf]) -> String {
    let mut names: Vec<String> = changed.iter().take(3).map(|p| shown(p)).collect();
    if changed.len() > 3 {
        names.push(format!("+{}", changed.len() - 3));
    }
    names.join(", ")
}
