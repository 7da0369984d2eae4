//! Checks about copydesk's own directives in the text.

pub(crate) mod unused_suppression;
