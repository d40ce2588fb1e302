//! `ikm-site draft ARTICLE`: print a news item drafted from an article.

use std::io::Write;

use ikm_site::authoring::draft::repeat::repeat_of;
use ikm_site::authoring::draft::{draft, to_yaml, vocabulary};
use ikm_site::authoring::new::unknown_region;
use ikm_site::content;
use ikm_site::diagnostics::{error_line, warning_line};
use ikm_site::msg;

use super::terminal::stderr_wants_color;
use crate::cli::DraftArgs;

/// Prints the draft on stdout. It names metrics, sectors and topics from
/// the content; a folder with errors elsewhere still gives them (see
/// [`vocabulary`]), with a warning that it has errors.
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
    // The draft needs the folder's vocabulary, not the folder: when it
    // does not load, the vocabulary is read alone and the author told in
    // one line (the errors are `check`'s to show, and unrelated here).
    let loaded = content::load(&args.content, None);
    let (metrics, vocabularies, slugs) = match &loaded {
        Ok(loaded) => (
            loaded.site.metrics.clone(),
            loaded.site.vocabularies.clone(),
            loaded.site.regions.iter().map(|r| r.slug.clone()).collect(),
        ),
        Err(problems) => match vocabulary(&args.content) {
            Ok(found) => {
                if !args.messages.quiet {
                    let line = msg!("draft-content-errors", count = problems.error_count());
                    let _ = writeln!(err, "{}", warning_line(&line, lang, color));
                }
                (found.metrics, found.vocabularies, found.region_slugs)
            }
            Err(metrics_problems) => {
                let _ = writeln!(err, "{}", metrics_problems.shown(lang).colored(color));
                return 1;
            }
        },
    };
    // The draft is for that region's file, and its id starts with the
    // slug: a slug that names no region is a typo, caught here as `new
    // news` catches it.
    if let Some(slug) = args.region.as_deref() {
        if !slugs.iter().any(|s: &String| s == slug) {
            let problem = unknown_region(slug, slugs.iter().map(String::as_str));
            let _ = writeln!(err, "{}", error_line(&problem, lang, color));
            return 1;
        }
    }
    let mut drafted = draft(&article.text, &metrics, &vocabularies, content::today());
    // An article the region already has is still drafted (it may be
    // another under the same title), but the author hears of it first.
    // Only a folder that loads has news to compare with.
    if let Some((site, region)) = loaded.as_ref().ok().and_then(|loaded| {
        let site = &loaded.site;
        let slug = args.region.as_deref()?;
        Some((site, site.regions.iter().find(|r| r.slug == slug)?))
    }) {
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
