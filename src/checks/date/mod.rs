//! Date checks: weekdays that do not match their dates, and (as they land)
//! impossible dates, datelines, relative dates and periods.

pub(super) mod weekday_mismatch;
