//! A request's path → the reply, the way GitHub Pages serves a project
//! site: `/` and the base path without its slash redirect to the base path,
//! a folder serves its `index.html` (and a folder named without its slash
//! redirects to it), anything else the site does not have gets its
//! `404.html` with status 404. Every HTML reply carries the reload script,
//! added here and only here: the rendered pages, and so `build`'s output,
//! never hold it.

use std::sync::Arc;

use super::live::State;
use ikm_site::messages::Lang;
use ikm_site::msg;

/// The reload channel, as server-sent events. Like [`PROBLEM`], it lives
/// under `/__ikm-site/`, outside any base path a site can have.
pub const EVENTS: &str = "/__ikm-site/events";
/// The current problem as JSON: `{"version": 3, "problem": "…" | null}`.
pub const PROBLEM: &str = "/__ikm-site/problem";

/// The attribute that marks the injected script; `build`'s output never
/// has it (tests/serve.rs greps a build for it).
pub const MARKER: &str = "data-ikm-site-serve";

const SCRIPT: &str = include_str!("reload.js");

/// What to send back.
#[derive(Debug, PartialEq, Eq)]
pub enum Reply {
    /// 308 to `location`.
    Redirect(String),
    /// A body with its status and content type.
    Body {
        status: u16,
        content_type: String,
        bytes: Arc<[u8]>,
    },
}

/// The reply to a GET of `target` (path and query, as the request line
/// has it) from `state`, with texts in `lang`.
pub fn respond(state: &State, target: &str, lang: Lang) -> Reply {
    let raw = target.split(['?', '#']).next().unwrap_or("");
    let path = percent_encoding::percent_decode_str(raw).decode_utf8_lossy();
    let Some(site) = &state.site else {
        // Nothing has built yet: every address gets a page whose script
        // shows the problem, and reloads once the site builds.
        let page = format!(
            "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>ikm-site</title></head><body><h1>{}</h1></body></html>",
            lang.code(),
            escape(&msg!("serve-no-site").render(lang))
        );
        return html(503, page.as_bytes(), state, lang);
    };
    let base = site.base_path.as_str();
    if base != "/" && (path == "/" || path == base.trim_end_matches('/')) {
        return Reply::Redirect(base.to_string());
    }
    let not_found = || match site.file("404.html") {
        Some(Ok(bytes)) => html(404, &bytes, state, lang),
        _ => html(404, b"<!doctype html><title>404</title>", state, lang),
    };
    let Some(relative) = path.strip_prefix(base) else {
        return not_found();
    };
    let file = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    match site.file(&file) {
        Some(Ok(bytes)) if file.ends_with(".html") => html(200, &bytes, state, lang),
        Some(Ok(bytes)) => Reply::Body {
            status: 200,
            content_type: content_type(&file),
            bytes,
        },
        // A page that rendered when the version was built and fails now
        // cannot happen (rendering is a function of the site); if it ever
        // did, the 404 page says less than the truth, so say it plainly.
        Some(Err(error)) => {
            let text = ikm_site::diagnostics::error_line(&error.0, lang, false);
            let page = format!(
                "<!doctype html><title>500</title><pre>{}</pre>",
                escape(&text)
            );
            html(500, page.as_bytes(), state, lang)
        }
        None if site.has(&format!("{relative}/index.html")) => Reply::Redirect(format!("{raw}/")),
        None => not_found(),
    }
}

/// The content type of an output file, by its extension; text is UTF-8.
pub fn content_type(file: &str) -> String {
    let guess = mime_guess::from_path(file).first_or_octet_stream();
    match guess.type_() {
        mime_guess::mime::TEXT => format!("{guess}; charset=utf-8"),
        _ if guess.subtype() == mime_guess::mime::JSON
            || guess.subtype() == mime_guess::mime::XML
            || guess.subtype() == "atom" =>
        {
            format!("{guess}; charset=utf-8")
        }
        _ => guess.to_string(),
    }
}

fn html(status: u16, page: &[u8], state: &State, lang: Lang) -> Reply {
    Reply::Body {
        status,
        content_type: "text/html; charset=utf-8".to_string(),
        bytes: inject(page, state.number, lang).into(),
    }
}

/// `page` with the reload script before its last `</body>` (at its end if
/// it has none). The script knows the version it came with, the channel's
/// address and the overlay's texts in `lang`.
pub fn inject(page: &[u8], version: u64, lang: Lang) -> Vec<u8> {
    let tag = format!(
        "<script {MARKER} data-version=\"{version}\" data-events=\"{EVENTS}\" data-title=\"{}\" data-help=\"{}\" data-close=\"{}\">{SCRIPT}</script>\n",
        escape(&msg!("serve-overlay-title").render(lang)),
        escape(&msg!("serve-overlay-help").render(lang)),
        escape(&msg!("serve-overlay-close").render(lang)),
    );
    let at = page
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(page.len());
    let mut out = Vec::with_capacity(page.len() + tag.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&page[at..]);
    out
}

/// Text for HTML, inside an element or a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_closing_body_tag() {
        let page = b"<html><body><p>a</p><!-- </body> --></BODY></html>";
        let out = String::from_utf8(inject(page, 7, Lang::Id)).unwrap();
        let at = out.find(MARKER).unwrap();
        assert!(out[at..].ends_with("</script>\n</BODY></html>"), "{out}");
        assert!(out.contains("data-version=\"7\""));
        let bare = String::from_utf8(inject(b"<p>x", 1, Lang::Id)).unwrap();
        assert!(bare.starts_with("<p>x<script"), "{bare}");
    }

    #[test]
    fn content_types_follow_the_extension() {
        for (file, expected) in [
            ("index.html", "text/html; charset=utf-8"),
            ("gaya.css", "text/css; charset=utf-8"),
            ("cari.js", "text/javascript; charset=utf-8"),
            ("grafik/a.svg", "image/svg+xml"),
            ("cari/indeks.json", "application/json; charset=utf-8"),
            ("data/a.csv", "text/csv; charset=utf-8"),
            ("feed.xml", "text/xml; charset=utf-8"),
            ("logo.png", "image/png"),
            (
                "data/a.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            ("CNAME", "application/octet-stream"),
        ] {
            assert_eq!(content_type(file), expected, "{file}");
        }
    }
}
