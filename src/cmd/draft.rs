//! `ikm-site draft ARTICLE`: print a news item drafted from an article.

use std::io::Write;

use ikm_site::authoring::draft::{draft, to_yaml};
use ikm_site::content;

use super::terminal::stderr_wants_color;
use crate::cli::DraftArgs;

/// Prints the draft on stdout. The content must load, since the draft
/// names metrics, sectors and topics from it.
pub fn run(args: DraftArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let lang = args.messages.lang(&args.content);
    let color = stderr_wants_color();
    let article = match content::source::read(&args.article) {
        Ok(article) => article,
        Err(problem) => {
            let problems = ikm_site::diagnostics::Diagnostics::from(problem);
            let _ = writeln!(err, "{}", problems.shown(lang).colored(color));
            return 1;
        }
    };
    let loaded = match content::load(&args.content, None) {
        Ok(loaded) => loaded,
        Err(problems) => {
            let _ = writeln!(err, "{}", problems.shown(lang).colored(color));
            return 1;
        }
    };
    let site = &loaded.site;
    let drafted = draft(
        &article.text,
        &site.metrics,
        &site.vocabularies,
        content::today(),
    );
    let name = args
        .article
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let _ = write!(out, "{}", to_yaml(&drafted, args.region.as_deref(), &name));
    0
}
