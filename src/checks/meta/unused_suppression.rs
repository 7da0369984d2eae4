use crate::checks::{CheckContext, Finding, Severity, declare_rule};

declare_rule! {
    /// ## What it flags
    /// A suppression comment that silences no finding:
    /// `[copydesk: ignore date/weekday-mismatch]` above a line whose weekday
    /// is right.
    ///
    /// ## Why it matters
    /// Suppressions outlive the errors they were written for. A stale one
    /// hides the next real error on that line, and a reader cannot tell
    /// which silences still mean something.
    ///
    /// ## Example
    /// ```text
    /// <!-- copydesk-disable-next-line date/weekday-mismatch -->
    /// The talks took place on Sunday, 16 June 2024.
    /// ```
    /// Remove the comment: the weekday is right.
    ///
    /// Reported as a hint after every other rule has run (see
    /// `suppress.rs`); switch it off with `ignore = ["meta"]`.
    pub static UNUSED_SUPPRESSION = ("meta/unused-suppression", Severity::Hint, check);
}

/// Suppressions are applied to the findings of every rule at once, after
/// they have all run, so this rule's findings come from there.
fn check(_ctx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
