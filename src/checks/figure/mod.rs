//! Figure checks: stated changes that the stated figures do not support.

pub(super) mod percent_change;
