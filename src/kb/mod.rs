//! The knowledge base: countries (and, as it grows, officials and
//! organizations), embedded in the binary from the files under `data/`, so
//! that copydesk works offline and starts at once.

mod country;
mod officials;

pub use country::{Country, LangText, Named};
pub use officials::{Fuzzy, Official, Officials, Spell};

use crate::recognize::Gazetteer;
use std::sync::{Arc, LazyLock, OnceLock};

/// Everything copydesk knows about the world, and as of when.
#[derive(Debug)]
pub struct Kb {
    countries: Vec<Country>,
    countries_as_of: String,
    officials_as_of: Option<jiff::civil::Date>,
    gazetteer: OnceLock<Gazetteer>,
    officials: OnceLock<Officials>,
}

static EMBEDDED: LazyLock<Arc<Kb>> = LazyLock::new(|| Arc::new(Kb::load_embedded()));

const COUNTRIES_JSON: &str = include_str!("../../data/countries.json");
const META_JSON: &str = include_str!("../../data/kb-meta.json");

#[derive(serde::Deserialize)]
struct Meta {
    countries_as_of: String,
    #[serde(default)]
    officials_as_of: Option<String>,
}

impl Kb {
    /// The knowledge base compiled into the binary, loaded on first use.
    pub fn embedded() -> Arc<Kb> {
        Arc::clone(&EMBEDDED)
    }

    /// A knowledge base with the given countries, for tests and overlays.
    pub fn from_countries(countries: Vec<Country>, countries_as_of: &str) -> Kb {
        Kb {
            countries,
            countries_as_of: countries_as_of.to_string(),
            officials_as_of: None,
            gazetteer: OnceLock::new(),
            officials: OnceLock::new(),
        }
    }

    /// Parses the embedded data afresh, bypassing the process-wide copy
    /// that [`Kb::embedded`] shares; for measuring load time.
    pub fn load_uncached() -> Kb {
        Kb::load_embedded()
    }

    fn load_embedded() -> Kb {
        // The embedded files are checked by this crate's tests, so a parse
        // failure here is a build defect, not a user error; still, degrade
        // to an empty knowledge base rather than take the editor down.
        let countries: Vec<Country> = serde_json::from_str(COUNTRIES_JSON).unwrap_or_default();
        let meta = serde_json::from_str::<Meta>(META_JSON).ok();
        let mut kb = Kb::from_countries(countries, meta.as_ref().map_or("", |m| m.countries_as_of.as_str()));
        kb.officials_as_of = meta.and_then(|m| m.officials_as_of?.parse().ok());
        kb
    }

    /// All countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country at `index` in [`Kb::countries`].
    pub fn country(&self, index: usize) -> Option<&Country> {
        self.countries.get(index)
    }

    /// The date the country data describes.
    pub fn countries_as_of(&self) -> &str {
        &self.countries_as_of
    }

    /// The date the officials data describes: terms that began later are
    /// missing from it.
    pub fn officials_as_of(&self) -> Option<jiff::civil::Date> {
        self.officials_as_of
    }

    /// Officials and their terms, parsed on first use.
    pub fn officials(&self) -> &Officials {
        self.officials.get_or_init(Officials::load)
    }

    /// The country whose Wikidata id is `id`.
    pub fn country_by_id(&self, id: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.id == id)
    }

    /// The name matcher over this knowledge base, built on first use.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.get_or_init(|| Gazetteer::build(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        let parsed: Result<Vec<Country>, _> = serde_json::from_str(COUNTRIES_JSON);
        let countries = parsed.expect("data/countries.json matches the Country shape");
        assert!(countries.len() >= 190, "every UN member is there: {}", countries.len());
        let az = countries.iter().find(|c| c.iso2 == "AZ").expect("Azerbaijan");
        assert_eq!(az.id, "Q227");
        assert!(serde_json::from_str::<Meta>(META_JSON).is_ok());
    }
}
