//! What the terminal gets beyond the text: colour and a progress bar, each
//! only where a person is watching.

use std::io::IsTerminal;
use std::sync::Once;
use std::time::{Duration, Instant};

use ikm_site::messages::Lang;
use ikm_site::msg;
use ikm_site::progress::{Progress, Stage};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Whether diagnostics on stderr get colour: only on a terminal, and never
/// when `NO_COLOR` is set to anything (<https://no-color.org>).
pub fn stderr_wants_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// How long a run goes before a bar appears: a quick build stays quiet.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// Replaces [`SHOW_AFTER`], in milliseconds, so a test can see the bar on
/// the small shipped site (documented in the README under Testing).
const SHOW_AFTER_VAR: &str = "IKM_SITE_PROGRESS_AFTER_MS";

fn show_after() -> Duration {
    std::env::var(SHOW_AFTER_VAR)
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(SHOW_AFTER, Duration::from_millis)
}

/// A progress bar on stderr for the render and write stages, drawn only on
/// a terminal and only once the run has taken [`SHOW_AFTER`] (or [`SHOW_AFTER_VAR`]).
pub struct Bar {
    bar: ProgressBar,
    started: Instant,
    show_after: Duration,
    enabled: bool,
    lang: Lang,
    /// Gives the bar its terminal, once.
    shown: Once,
}

impl Bar {
    /// A bar that draws only if `enabled` (not `--quiet`) and stderr is a
    /// terminal.
    pub fn new(enabled: bool, lang: Lang) -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Bar {
            bar,
            started: Instant::now(),
            show_after: show_after(),
            enabled: enabled && std::io::stderr().is_terminal(),
            lang,
            shown: Once::new(),
        }
    }

    /// Gives the bar its terminal once the run has gone on long enough.
    fn show_if_slow(&self) {
        if !self.enabled || self.started.elapsed() < self.show_after {
            return;
        }
        self.shown
            .call_once(|| self.bar.set_draw_target(ProgressDrawTarget::stderr()));
    }

    /// Removes the bar from the terminal, before the summary line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for Bar {
    fn stage(&self, stage: Stage, total: usize) {
        let label = match stage {
            Stage::Load => msg!("progress-load"),
            Stage::Render => msg!("progress-render"),
            Stage::Write => msg!("progress-write"),
        };
        self.bar.set_message(label.render(self.lang));
        self.bar.set_length(total as u64);
        self.bar.set_position(0);
        self.show_if_slow();
    }

    fn done(&self, items: usize) {
        self.bar.inc(items as u64);
        self.show_if_slow();
    }
}
