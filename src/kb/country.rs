//! A country or territory as the knowledge base describes it.

use serde::Deserialize;

/// A text in the three article languages; any may be missing.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
pub struct LangText {
    /// English.
    pub en: Option<String>,
    /// Arabic.
    pub ar: Option<String>,
    /// Russian.
    pub ru: Option<String>,
}

impl LangText {
    /// The text in `lang` (a BCP 47 primary tag), else in English.
    pub fn get(&self, lang: &str) -> Option<&str> {
        let pick = match lang {
            "ar" => self.ar.as_deref(),
            "ru" => self.ru.as_deref(),
            _ => None,
        };
        pick.or(self.en.as_deref())
    }

    /// Every text present, with its language.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [("en", &self.en), ("ar", &self.ar), ("ru", &self.ru)]
            .into_iter()
            .filter_map(|(l, t)| t.as_deref().map(|t| (l, t)))
    }
}

/// A name in one language.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Named {
    /// BCP 47 primary tag.
    pub lang: String,
    /// The name.
    pub text: String,
}

/// A country or territory. Field meanings and sources: `data/README.md`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Country {
    /// Wikidata QID, or `iso:xx` where none is recorded.
    pub id: String,
    /// ISO 3166-1 alpha-2.
    pub iso2: String,
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    /// Common name.
    pub name: LangText,
    /// Official name.
    pub official: LangText,
    /// Other names and short forms.
    #[serde(default)]
    pub aliases: Vec<Named>,
    /// Demonyms and adjectives.
    #[serde(default)]
    pub demonyms: Vec<Named>,
    /// Capital city.
    pub capital: Option<LangText>,
    /// UN geoscheme region.
    #[serde(default)]
    pub region: Option<String>,
    /// UN geoscheme subregion.
    #[serde(default)]
    pub subregion: Option<String>,
    /// Population.
    pub population: Option<u64>,
    /// Where the population figure comes from.
    #[serde(default)]
    pub population_source: Option<String>,
    /// Area in square kilometres.
    pub area_km2: Option<f64>,
    /// ISO 4217 currency codes.
    #[serde(default)]
    pub currencies: Vec<String>,
    /// ISO 639-3 codes of official languages.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Flag emoji.
    #[serde(default)]
    pub flag: Option<String>,
    /// Whether it is a UN member state.
    #[serde(default)]
    pub un_member: bool,
    /// Whether it is independent.
    #[serde(default)]
    pub independent: Option<bool>,
    /// Regions and cities besides the capital that news often names.
    #[serde(default)]
    pub places: Vec<LangText>,
    /// For a country that no longer exists ("Soviet Union"), when it did.
    #[serde(default)]
    pub existed: Option<Existed>,
}

/// The dates a former country existed, ISO 8601.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Existed {
    /// Its first day.
    pub from: String,
    /// Its last day.
    pub until: String,
}

impl Country {
    /// The common English name, the canonical form in reports.
    pub fn name_en(&self) -> &str {
        self.name.en.as_deref().unwrap_or(&self.iso2)
    }
}
