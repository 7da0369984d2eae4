//! A sea or a region that belongs to no one country ("Caspian Sea",
//! "Central Asia"): the places table is keyed by country, so these live
//! apart, with the countries on their shores or in them.

use super::{LangText, Named};
use serde::Deserialize;

/// A sea or a region. Field meanings and sources: `data/README.md`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Region {
    /// Wikidata QID, where the team is sure of it.
    pub id: Option<String>,
    /// Its name in each language.
    pub name: LangText,
    /// Other names and, in Russian, the case forms as written.
    #[serde(default)]
    pub forms: Vec<Named>,
    /// `sea` or `region`.
    pub kind: String,
    /// ISO 3166-1 alpha-2 codes of the countries on its shores or in it.
    #[serde(default)]
    pub countries: Vec<String>,
}
