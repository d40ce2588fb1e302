//! Accessible names for plotters' SVG: the one place we edit generated markup.
//!
//! plotters has no API for `<title>`, `<desc>` or `role` (plotters #494), so
//! they are inserted right after the opening `<svg …>` tag, escaped, together
//! with a style block that follows the reader's light or dark theme.

/// Escapes text for XML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Colours used inside the charts; the dark block swaps them when the
/// reader's system is dark. CSS beats SVG presentation attributes.
const THEME: &str = "<style>@media (prefers-color-scheme: dark){\
[fill=\"#FFFFFF\"]{fill:#15181c}text{fill:#e6e6e6}[stroke=\"#DDDDDD\"]{stroke:#343a41}\
[stroke=\"#222222\"]{stroke:#a3acb5}[fill=\"#1F5FA8\"]{fill:#7cc4ff}[stroke=\"#1F5FA8\"]{stroke:#7cc4ff}}</style>";

/// Adds `role="img"`, a `<title>` and a `<desc>` to plotters' output.
pub fn make_accessible(svg: &str, title: &str, description: &str) -> String {
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|end| start + end))
    else {
        return svg.to_string();
    };
    let (head, rest) = svg.split_at(open_end);
    let mut out = String::with_capacity(svg.len() + title.len() + description.len() + 256);
    out.push_str(head);
    out.push_str(" role=\"img\" aria-labelledby=\"t d\"");
    out.push('>');
    out.push_str(&format!(
        "<title id=\"t\">{}</title><desc id=\"d\">{}</desc>",
        escape(title),
        escape(description)
    ));
    out.push_str(THEME);
    out.push_str(&rest[1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_title_and_desc_after_the_svg_tag() {
        let svg =
            "<svg width=\"10\" height=\"10\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect/></svg>";
        let out = make_accessible(svg, "Jumlah <IKM>", "dari 1 & 2");
        assert!(out.starts_with("<svg width=\"10\" height=\"10\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t d\"><title id=\"t\">Jumlah &lt;IKM&gt;</title><desc id=\"d\">dari 1 &amp; 2</desc>"), "{out}");
        assert!(out.ends_with("<rect/></svg>"));
        roxmltree::Document::parse(&out).unwrap();
    }
}
