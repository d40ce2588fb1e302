//! The help for a name that is not known: the closest known one when it
//! is likely a typo ("did you mean `jumlah_ikm`?"), else the list of what
//! is allowed.

use crate::messages::Message;
use crate::msg;

/// The known name closest to `found`, if one is close enough to be a likely typo.
pub fn suggest<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(found, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// "did you mean `x`?" for the closest known name, or a list of what is allowed.
pub fn suggestion_help(found: &str, known: &[&str]) -> Message {
    match suggest(found, known.iter().copied()) {
        Some(best) => msg!("did-you-mean", name = best),
        None => msg!("expected-one-of", names = quote_list(known)),
    }
}

/// `a`, `b`, `c` for messages.
pub fn quote_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_name() {
        let known = ["jumlah_ikm", "tenaga_kerja", "pertumbuhan_ikm"];
        assert_eq!(suggest("jumlah_ikn", known), Some("jumlah_ikm"));
        assert_eq!(suggest("zzz", known), None);
    }
}
