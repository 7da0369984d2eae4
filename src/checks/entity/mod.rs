//! Entity checks: people, countries and offices that the article or the
//! knowledge base contradicts.

pub(super) mod name_variant;
pub(super) mod office_term;
