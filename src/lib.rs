//! copydesk: the copy desk of a newsroom as a library.
//!
//! [`analyze`] is a pure function from an article's text and a [`Context`]
//! (knowledge base and configuration) to an [`Analysis`]: the mentions of
//! people, countries, dates and figures, and the findings of the checks. The
//! language server, the CLI and every report are views of an `Analysis`; none
//! of them recognizes or checks anything itself.
//!
//! Spans are UTF-8 byte ranges into the text that was analysed.
#![deny(missing_docs)]

pub mod allocator;
mod analysis;
pub mod checks;
pub mod config;
pub mod describe;
pub mod fix;
pub mod input;
pub mod kb;
pub mod lsp;
pub mod recognize;
pub mod report;
pub mod suppress;
pub mod text;
mod two_threads;
pub mod value;

pub use analysis::{Analysis, Context, Reuse, analyze, analyze_reusing, warm_up_patterns};
pub use checks::{Finding, Severity};
pub use recognize::{Kind, Mention};
pub use text::Span;
