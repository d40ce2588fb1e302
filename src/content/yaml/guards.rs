//! Guards run on the text before any parser sees it: a shape that is
//! valid YAML but would make libyaml or the recursive parsers slow or
//! deep is refused with its position, so a hostile file costs nothing.

/// Deeper `[`/`{` nesting than any content file needs.
pub(super) const MAX_FLOW_DEPTH: usize = 32;

/// Where `[`/`{` nesting first passes [`MAX_FLOW_DEPTH`], skipping quoted
/// text and comments. libyaml takes time quadratic in flow depth, so a
/// hostile file is refused before any parser sees it.
pub(super) fn too_deep_flow(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (line_number, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (column, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '\'' | '"') => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((line_number + 1, column + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            previous = c;
        }
    }
    None
}
