//! Figure checks: the same quantity stated twice with two values or on two
//! scales, parts that miss their total, changes the figures do not support.
//! `statement` tells which quantity a figure states.

pub(super) mod conflict;
pub(super) mod percent_change;
pub(super) mod scale_mismatch;
mod statement;
pub(super) mod sum_mismatch;

pub(super) use statement::{Statement, statements};
