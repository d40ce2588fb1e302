//! The error of rendering, apart from [`kit`](super::kit): the plan fails
//! with it too, and the kit holds the plan, so in either it would make the
//! two import each other.

use crate::messages::Message;

/// A page or file could not be produced.
#[derive(Debug)]
pub struct RenderError(pub Message);

/// In English; the binary shows the message in the author's language.
impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for RenderError {}
