//! Tools that write content for an author: a starter region file, a
//! starter news item. They write only inside the content folder, never
//! replace a file, and what they write passes `check`.

pub mod new;
