//! Markdown from the content, to HTML that can never run code.
//!
//! This is the only place authored text becomes HTML. Raw HTML in the
//! Markdown is turned into plain text before rendering (so `<script>` shows
//! as text), and the result is sanitized with `ammonia` as a second line of
//! defence: `javascript:` links and `on…=` attributes never survive.

use std::sync::OnceLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::content::links::{external_problem, has_scheme};

/// Renders Markdown with tables, strikethrough and footnotes to safe HTML.
///
/// Footnote labels become ids `{id_prefix}-1`, `{id_prefix}-2`, … in order
/// of first use: an author's `[^isi]` would otherwise give `id="isi"`, the
/// layout's skip-link target, and two summaries on one page that both use
/// `[^1]` would repeat an id. Each text on a page gets its own prefix.
///
/// An `@/` link to a page of the site gets the URL `site_link` gives it
/// (its route under the base path, see `model::links`). A link whose
/// address is not `http`, `https`, `mailto`, a relative path, an anchor or
/// an `@/` link that `site_link` resolves keeps its text but loses the
/// link (an `<a>` without `href` is invalid HTML). Images keep only their
/// text: the site loads nothing from other hosts.
pub fn to_html(
    markdown: &str,
    id_prefix: &str,
    site_link: &dyn Fn(&str) -> Option<String>,
) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut dropping: Option<TagEnd> = None;
    let mut labels: Vec<String> = Vec::new();
    let mut footnote_id = |label: &str| -> CowStr<'static> {
        let n = match labels.iter().position(|l| l == label) {
            Some(i) => i + 1,
            None => {
                labels.push(label.to_string());
                labels.len()
            }
        };
        CowStr::from(format!("{id_prefix}-{n}"))
    };
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::FootnoteReference(label) => Some(Event::FootnoteReference(footnote_id(&label))),
        Event::Start(Tag::FootnoteDefinition(label)) => {
            Some(Event::Start(Tag::FootnoteDefinition(footnote_id(&label))))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if dest_url.starts_with("@/") => match site_link(&dest_url) {
            Some(url) => Some(Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::from(url),
                title,
                id,
            })),
            None => {
                dropping = Some(TagEnd::Link);
                None
            }
        },
        Event::Start(Tag::Link { ref dest_url, .. }) if !safe_url(dest_url) => {
            dropping = Some(TagEnd::Link);
            None
        }
        Event::Start(Tag::Image { .. }) => {
            dropping = Some(TagEnd::Image);
            None
        }
        Event::End(end) if dropping == Some(end) => {
            dropping = None;
            None
        }
        other => Some(other),
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    sanitizer().clean(&unsafe_html).to_string()
}

/// Addresses a link may have: web, mail, relative or an anchor. A web
/// address that is not well formed (`http:/x`, a space in the host) leads
/// nowhere, so it is no link either; the content stage warns about it.
fn safe_url(url: &str) -> bool {
    if has_scheme(url) && external_problem(url).is_some() {
        return false;
    }
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(
                scheme.to_ascii_lowercase().as_str(),
                "http" | "https" | "mailto"
            )
        }
        _ => true,
    }
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        // Footnotes need their ids and classes; nothing else gets an id.
        builder
            .add_tag_attributes("div", ["id", "class"])
            .add_tag_attributes("sup", ["class"])
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("td", ["style"])
            .filter_style_properties(["text-align"].into_iter().collect())
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .link_rel(Some("noopener noreferrer"));
        builder
    })
}

#[cfg(test)]
mod tests {
    /// Without `@/` links resolved: every other rule.
    fn to_html(markdown: &str, id_prefix: &str) -> String {
        super::to_html(markdown, id_prefix, &|_| None)
    }

    #[test]
    fn site_links_get_their_url_and_unresolved_ones_lose_the_link() {
        let resolve =
            |dest: &str| (dest == "@/wilayah/lebak#x").then(|| "/ikm/wilayah/lebak/#x".to_string());
        let html = super::to_html(
            "[Lebak](@/wilayah/lebak#x) dan [hilang](@/wilayah/hilang)",
            "c",
            &resolve,
        );
        assert!(html.contains("<a href=\"/ikm/wilayah/lebak/#x\""), "{html}");
        assert!(html.contains("hilang") && !html.contains("@/"), "{html}");
    }

    #[test]
    fn renders_tables_strikethrough_and_footnotes() {
        let html = to_html(
            "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~lama~~ baru[^1]\n\n[^1]: Catatan.\n",
            "catatan",
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>lama</del>"), "{html}");
        assert!(html.contains("class=\"footnote-reference\""), "{html}");
        assert!(
            html.contains("class=\"footnote-definition\" id=\"catatan-1\""),
            "{html}"
        );
        assert!(
            html.contains("text-align: right") || html.contains("text-align:right"),
            "{html}"
        );
    }

    #[test]
    fn footnote_labels_never_become_layout_ids() {
        // `[^isi]` used to give `id="isi"` three times, the skip link's target.
        let html = to_html(
            "A[^isi] B[^isi] C[^2]\n\n[^isi]: Satu.\n\n[^2]: Dua.\n",
            "berita-x",
        );
        assert!(
            !html.contains("\"isi\"") && !html.contains("#isi"),
            "{html}"
        );
        assert!(html.contains("href=\"#berita-x-1\""), "{html}");
        assert!(html.contains("id=\"berita-x-1\""), "{html}");
        assert!(
            html.contains("id=\"berita-x-2\"") && html.contains("href=\"#berita-x-2\""),
            "{html}"
        );
        assert_eq!(html.matches("id=\"berita-x-1\"").count(), 1, "{html}");
    }

    #[test]
    fn raw_html_never_becomes_markup() {
        let html = to_html("Hai <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">blok</div>\n", "c");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<div onclick"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn images_keep_only_their_text() {
        let html = to_html("![peta IKM](https://tracker.example/x.png) dan [JS](JavaScript:alert(1)) [rel](../a/#b)", "c");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("peta IKM") && html.contains("href=\"../a/#b\""),
            "{html}"
        );
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
    }

    #[test]
    fn malformed_web_addresses_lose_their_link() {
        let html = to_html(
            "[a](http:/example.org) [b](https://exa mple.org) [c](https://example.org)",
            "c",
        );
        assert!(!html.contains("http:/example"), "{html}");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
    }

    #[test]
    fn javascript_links_lose_their_href() {
        let html = to_html(
            "[klik](javascript:alert(1)) dan [aman](https://example.org)",
            "c",
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("klik") && !html.contains("<a rel"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
    }
}
