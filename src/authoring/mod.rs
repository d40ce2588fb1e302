//! Tools that write content for an author: a starter region file, a
//! starter news item, a news item drafted from an article's text. They write only inside the content folder, never
//! replace a file, and what they write passes `check`.

pub mod draft;
pub mod new;
