//! `ikm-site draft ARTICLE`: print a news item drafted from an article.

use std::io::Write;

use ikm_site::authoring::draft::repeat::repeat_of;
use ikm_site::authoring::draft::{draft, to_yaml};
use ikm_site::authoring::new::unknown_region;
use ikm_site::content;
use ikm_site::diagnostics::error_line;

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
    // The draft is for that region's file, and its id starts with the
    // slug: a slug that names no region is a typo, caught here as `new
    // news` catches it.
    if let Some(slug) = args.region.as_deref() {
        if !site.regions.iter().any(|r| r.slug == slug) {
            let problem = unknown_region(slug, site.regions.iter().map(|r| r.slug.as_str()));
            let _ = writeln!(err, "{}", error_line(&problem, lang, color));
            return 1;
        }
    }
    let mut drafted = draft(
        &article.text,
        &site.metrics,
        &site.vocabularies,
        content::today(),
    );
    // An article the region already has is still drafted (it may be
    // another under the same title), but the author hears of it first.
    if let Some(region) = args
        .region
        .as_deref()
        .and_then(|slug| site.regions.iter().find(|r| r.slug == slug))
    {
        let news: Vec<_> = region.news.iter().map(|&n| &site.news[n]).collect();
        drafted.repeat = repeat_of(&article.text, &drafted, &news);
        if let Some(repeat) = drafted.repeat.as_ref().filter(|_| !args.messages.quiet) {
            let warning = ikm_site::diagnostics::Diagnostics::from(repeat.warning(&article));
            let _ = writeln!(err, "{}", warning.shown(lang).colored(color));
        }
    }
    let name = args
        .article
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let _ = write!(out, "{}", to_yaml(&drafted, args.region.as_deref(), &name));
    0
}
