//! The shapes of names: slugs, metric ids, region codes.

use crate::messages::Message;
use crate::msg;

/// `[a-z0-9]+(-[a-z0-9]+)*`: region slugs, news ids, sectors, topics, pages.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The longest slug or id: it becomes a folder name in the output, and file
/// systems refuse names over 255 bytes (inside a temporary folder, where an
/// error would name only that folder).
pub const MAX_NAME_CHARS: usize = 80;

/// The problem with a name longer than [`MAX_NAME_CHARS`], if it is.
pub fn too_long(name: &str) -> Option<Message> {
    let length = name.chars().count();
    (length > MAX_NAME_CHARS)
        .then(|| msg!("name-too-long", length = length, limit = MAX_NAME_CHARS))
}

/// `[a-z][a-z0-9_]*`: metric ids.
pub fn is_metric_id(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A Kemendagri code: `36`, `36.02`, `36.02.01` or `36.02.01.2001`.
pub fn is_region_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    let widths = [2, 2, 2, 4];
    parts.len() <= widths.len()
        && parts
            .iter()
            .zip(widths)
            .all(|(part, width)| part.len() == width && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Suggests the slug form of a text: lower case, dashes between words.
pub fn slugify(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["lebak", "kota-kendari", "a1-b2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "Lebak", "kota_kendari", "-a", "a-", "a--b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert_eq!(slugify("Kota Kendari"), "kota-kendari");
    }

    #[test]
    fn metric_ids() {
        assert!(is_metric_id("jumlah_ikm") && is_metric_id("a1"));
        assert!(
            !is_metric_id("1a")
                && !is_metric_id("Jumlah")
                && !is_metric_id("a-b")
                && !is_metric_id("")
        );
    }

    #[test]
    fn region_codes() {
        for good in ["36", "36.02", "36.02.01", "36.02.01.2001"] {
            assert!(is_region_code(good), "{good}");
        }
        for bad in ["3", "36.2", "36.02.", "36,02", "36.02.01.20", ""] {
            assert!(!is_region_code(bad), "{bad}");
        }
    }
}
