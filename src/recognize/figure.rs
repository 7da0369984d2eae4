//! Money, percentages and quantities.

use super::{Input, Mention};

/// Adds a mention for every figure found.
pub(super) fn recognize(_input: &Input<'_>, _out: &mut Vec<Mention>) {}
