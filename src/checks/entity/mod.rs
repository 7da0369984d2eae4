//! Entity checks: people, countries and offices that the article or the
//! knowledge base contradicts.

pub(super) mod capital_mismatch;
pub(super) mod name_variant;
pub(super) mod nationality_conflict;
pub(super) mod office_term;
pub(super) mod title_conflict;

pub(crate) use name_variant::variant_surnames;
