//! A field's path as an editor reads it. The loader knows a field as
//! `news[0].figures[1].value`; an editor knows it as "berita ke-1
//! (`lebak-2019`), angka ke-2, kolom `value`": counted from one, with the
//! news item's own id, in words of the message's language.

use super::spans::YamlPath;
use crate::messages::Message;
use crate::msg;

/// One step of a dotted path: a key and the list positions after it.
struct Step<'a> {
    key: &'a str,
    indices: Vec<usize>,
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    path.split('.')
        .map(|part| {
            let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
            let indices = if rest.is_empty() {
                Vec::new()
            } else {
                rest.trim_end_matches(']')
                    .split("][")
                    .map(|i| i.parse().ok())
                    .collect::<Option<Vec<usize>>>()?
            };
            Some(Step { key, indices })
        })
        .collect()
}

/// Where in the file a path points: a news item, a figure of it, and what
/// is left of the path after them (a field, or a field with positions in
/// it such as `range[1]`).
struct Place<'a> {
    news: Option<usize>,
    figure: Option<usize>,
    rest: Vec<&'a str>,
}

fn place(path: &str) -> Option<Place<'_>> {
    let steps = steps(path)?;
    let mut place = Place {
        news: None,
        figure: None,
        rest: Vec::new(),
    };
    let mut at = 0;
    if let Some(Step {
        key: "news",
        indices,
    }) = steps.first()
    {
        if let [news] = indices[..] {
            place.news = Some(news);
            at = 1;
            if let Some(Step {
                key: "figures",
                indices,
            }) = steps.get(1)
            {
                if let [figure] = indices[..] {
                    place.figure = Some(figure);
                    at = 2;
                }
            }
        }
    }
    // The field and anything under it keep their written form.
    let tail_start = path.split('.').take(at).map(|s| s.len() + 1).sum::<usize>();
    if tail_start < path.len() {
        place.rest.push(&path[tail_start..]);
    }
    Some(place)
}

/// The text of a scalar of the file as written, by its path: a span
/// tree's or kept positions' `scalar_text`, which give a news item's id.
pub type TextAt<'a, 't> = &'a dyn Fn(&YamlPath) -> Option<&'t str>;

/// "berita ke-1 (`id`)" or "…, angka ke-2": the item a path is in, or
/// `None` when it is in no news item.
fn item_words(news: usize, figure: Option<usize>, text_at: TextAt) -> Message {
    let id_path = YamlPath::root().key("news").index(news).key("id");
    let id = text_at(&id_path).unwrap_or("none");
    match figure {
        Some(figure) => msg!("path-figure", news = news + 1, id = id, figure = figure + 1),
        None => msg!("path-news", news = news + 1, id = id),
    }
}

/// A field named by its path: "kolom `summary`", "berita ke-1 (`id`),
/// kolom `publised`", "berita ke-1 (`id`), angka ke-2, kolom `value`".
pub fn field(path: &str, text_at: TextAt) -> Message {
    let Some(place) = place(path) else {
        return msg!("path-field", name = path);
    };
    let name = place.rest.first().copied().unwrap_or(path);
    match place.news {
        Some(news) if !place.rest.is_empty() => msg!(
            "path-field-in",
            item = item_words(news, place.figure, text_at),
            name = name
        ),
        Some(news) => item_words(news, place.figure, text_at),
        None => msg!("path-field", name = name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn shown(message: Message, lang: Lang) -> String {
        message.render(lang)
    }

    /// A file whose first news item's id is `lebak-2019`.
    fn ids(path: &YamlPath) -> Option<&'static str> {
        let first = YamlPath::root().key("news").index(0).key("id");
        (*path == first).then_some("lebak-2019")
    }

    #[test]
    fn paths_read_as_an_editor_counts() {
        let cases = [
            ("summary", "kolom `summary`", "`summary`"),
            (
                "news[0].publised",
                "berita ke-1 (`lebak-2019`), kolom `publised`",
                "`publised` in news item 1 (`lebak-2019`)",
            ),
            (
                "news[0].figures[1].value",
                "berita ke-1 (`lebak-2019`), angka ke-2, kolom `value`",
                "`value` in news item 1 (`lebak-2019`), figure 2",
            ),
            (
                "news[2].figures[0].range[1]",
                "berita ke-3, angka ke-1, kolom `range[1]`",
                "`range[1]` in news item 3, figure 1",
            ),
            ("news[2]", "berita ke-3", "news item 3"),
            (
                "news[0].figures[3]",
                "berita ke-1 (`lebak-2019`), angka ke-4",
                "news item 1 (`lebak-2019`), figure 4",
            ),
        ];
        for (path, id, en) in cases {
            assert_eq!(shown(field(path, &ids), Lang::Id), id, "{path}");
            assert_eq!(shown(field(path, &ids), Lang::English), en, "{path}");
        }
    }
}
