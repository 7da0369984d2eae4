//! Date checks: weekdays, impossible days, relative words, anniversaries,
//! Hijri equivalents and periods that do not agree with their dates or the
//! publication date.

pub(super) mod after_publication;
pub(super) mod anniversary_mismatch;
pub(super) mod dateline_mismatch;
pub(super) mod hijri_mismatch;
pub(super) mod invalid;
pub(super) mod period_incomplete;
pub(super) mod relative_mismatch;
pub(super) mod weekday_mismatch;
