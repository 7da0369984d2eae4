//! The knowledge base: countries, regions, officials and organizations
//! embedded in the binary from the files under `data/`, so that copydesk
//! works offline and starts at once, with a workspace's own people and
//! organizations laid over them.

mod country;
mod languages;
mod officials;
mod organization;
mod overlay;
mod region;

pub use country::{Country, LangText, Named};
pub use languages::language_name;
pub use officials::{Fuzzy, Link, Official, Officials, Spell};
pub use organization::{OrgIndex, OrgKind, Organization};
pub use overlay::{LocalOrg, LocalPerson, Overlay};
pub use region::Region;

use crate::config::ConfigError;
use crate::recognize::{Gazetteer, OrgMatcher, WorkspaceNames};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};
use std::time::SystemTime;

/// Everything copydesk knows about the world, and as of when.
#[derive(Debug)]
pub struct Kb {
    countries: Vec<Country>,
    regions: Vec<Region>,
    organizations: Vec<Organization>,
    org_index: OnceLock<OrgIndex>,
    org_matcher: OnceLock<OrgMatcher>,
    countries_as_of: String,
    officials_as_of: Option<jiff::civil::Date>,
    gazetteer: OnceLock<Gazetteer>,
    officials: OnceLock<Officials>,
    overlay: Option<Overlay>,
    workspace_names: OnceLock<Option<WorkspaceNames>>,
    english_country_words: OnceLock<std::collections::HashSet<String>>,
}

static EMBEDDED: LazyLock<Arc<Kb>> = LazyLock::new(|| Arc::new(Kb::load_embedded()));

const COUNTRIES_JSON: &str = include_str!("../../data/countries.json");
const REGIONS_JSON: &str = include_str!("../../data/regions.json");
const ORGANIZATIONS_JSON: &str = include_str!("../../data/organizations.json");
const POSITIONS_TSV: &str = include_str!("../../data/positions.tsv");
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
            regions: Vec::new(),
            organizations: Vec::new(),
            org_index: OnceLock::new(),
            org_matcher: OnceLock::new(),
            countries_as_of: countries_as_of.to_string(),
            officials_as_of: None,
            gazetteer: OnceLock::new(),
            officials: OnceLock::new(),
            overlay: None,
            workspace_names: OnceLock::new(),
            english_country_words: OnceLock::new(),
        }
    }

    /// The embedded knowledge with a workspace's overlay laid over it.
    pub fn with_overlay(overlay: Overlay) -> Kb {
        let embedded = Kb::embedded();
        Kb {
            countries: embedded.countries.clone(),
            regions: embedded.regions.clone(),
            organizations: embedded.organizations.clone(),
            org_index: OnceLock::new(),
            org_matcher: OnceLock::new(),
            countries_as_of: embedded.countries_as_of.clone(),
            officials_as_of: embedded.officials_as_of,
            gazetteer: OnceLock::new(),
            officials: OnceLock::new(),
            overlay: Some(overlay),
            workspace_names: OnceLock::new(),
            english_country_words: OnceLock::new(),
        }
    }

    /// The knowledge for a workspace whose `copydesk.toml` names the
    /// overlay file `path`: read once and shared until the file changes.
    /// When the file cannot be used, the embedded knowledge and the error
    /// naming the file and line.
    pub fn for_overlay(path: &Path) -> (Arc<Kb>, Option<ConfigError>) {
        type Cache = Mutex<HashMap<PathBuf, (Option<SystemTime>, u64, Arc<Kb>)>>;
        static CACHE: LazyLock<Cache> = LazyLock::new(Default::default);
        let meta = std::fs::metadata(path);
        let stamp = meta.as_ref().ok().map(|m| (m.modified().ok(), m.len()));
        if let (Some((modified, len)), Ok(cache)) = (stamp, CACHE.lock())
            && let Some((m, l, kb)) = cache.get(path)
            && *m == modified
            && *l == len
        {
            return (Arc::clone(kb), None);
        }
        let loaded = std::fs::read_to_string(path)
            .map_err(|e| ConfigError { path: path.to_path_buf(), line: None, message: format!("cannot read: {e}") })
            .and_then(|text| {
                let embedded = Kb::embedded();
                overlay::parse(&text, path, |code| embedded.country_qid(code))
            });
        match loaded {
            Ok(overlay) => {
                let kb = Arc::new(Kb::with_overlay(overlay));
                if let (Some((modified, len)), Ok(mut cache)) = (stamp, CACHE.lock()) {
                    cache.insert(path.to_path_buf(), (modified, len, Arc::clone(&kb)));
                }
                (kb, None)
            }
            Err(e) => (Kb::embedded(), Some(e)),
        }
    }

    /// The matcher over the overlay's names, built on first use.
    pub fn workspace_names(&self) -> Option<&WorkspaceNames> {
        self.workspace_names.get_or_init(|| self.overlay.as_ref().and_then(WorkspaceNames::build)).as_ref()
    }

    /// The workspace overlay this knowledge includes, if any.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// The QID of the country with ISO code or QID `code`.
    fn country_qid(&self, code: &str) -> Option<String> {
        let upper = code.trim().to_ascii_uppercase();
        self.countries.iter().find(|c| c.id == code || c.iso2 == upper || c.iso3 == upper).map(|c| c.id.clone())
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
        kb.regions = serde_json::from_str(REGIONS_JSON).unwrap_or_default();
        kb.organizations = serde_json::from_str(ORGANIZATIONS_JSON).unwrap_or_default();
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

    /// Seas and regions of several countries.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// The region at `index` in [`Kb::regions`].
    pub fn region(&self, index: usize) -> Option<&Region> {
        self.regions.get(index)
    }

    /// International bodies, companies and news agencies.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// The organization at `index` in [`Kb::organizations`].
    pub fn organization(&self, index: usize) -> Option<&Organization> {
        self.organizations.get(index)
    }

    /// The organization written exactly `name` (any of its names or
    /// acronyms, any script).
    pub fn organization_named(&self, name: &str) -> Option<usize> {
        self.org_index.get_or_init(|| OrgIndex::build(&self.organizations)).find(name)
    }

    /// The office `position` (an English label of the officials table) as
    /// Arabic or Russian news name it, where the positions table has it.
    pub fn position_name(&self, position: &str, lang: &str) -> Option<&'static str> {
        static TABLE: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> = LazyLock::new(|| {
            POSITIONS_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    Some((f.next()?, (f.next()?, f.next()?)))
                })
                .collect()
        });
        let (ar, ru) = TABLE.get(position)?;
        match lang {
            "ar" => Some(ar),
            "ru" => Some(ru),
            _ => None,
        }
    }

    /// The country whose English name, official name or English alias is
    /// `name` ("the United States of America" too).
    pub fn country_named_en(&self, name: &str) -> Option<&Country> {
        let name = name.strip_prefix("the ").unwrap_or(name);
        self.countries.iter().filter(|c| c.existed.is_none()).find(|c| {
            c.name.en.as_deref() == Some(name)
                || c.official.en.as_deref() == Some(name)
                || c.aliases.iter().any(|a| a.lang == "en" && a.text == name)
        })
    }

    /// The matcher over the organizations' names, built on first use.
    pub fn org_matcher(&self) -> &OrgMatcher {
        self.org_matcher.get_or_init(|| OrgMatcher::build(self))
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
        self.officials.get_or_init(|| match &self.overlay {
            Some(o) => Officials::with_local(&o.people),
            None => Officials::load(),
        })
    }

    /// The country whose Wikidata id is `id`.
    pub fn country_by_id(&self, id: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.id == id)
    }

    /// Whether `word` (lowercase) is a country's English name or demonym:
    /// one hash lookup, since office titles ask it for every word.
    pub fn is_english_country_word(&self, word: &str) -> bool {
        self.english_country_words
            .get_or_init(|| {
                self.countries
                    .iter()
                    .flat_map(|c| {
                        let demonyms = c.demonyms.iter().filter(|d| d.lang == "en").map(|d| d.text.to_lowercase());
                        c.name.en.as_deref().map(str::to_lowercase).into_iter().chain(demonyms)
                    })
                    .collect()
            })
            .contains(word)
    }

    /// The name matcher over this knowledge base, built on first use.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.get_or_init(Gazetteer::default)
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
        let regions: Vec<Region> =
            serde_json::from_str(REGIONS_JSON).expect("data/regions.json matches the Region shape");
        let orgs: Vec<Organization> =
            serde_json::from_str(ORGANIZATIONS_JSON).expect("data/organizations.json matches the Organization shape");
        let opec = orgs.iter().find(|o| o.acronyms.iter().any(|a| a == "OPEC")).expect("OPEC");
        assert!(opec.members.iter().all(|c| countries.iter().any(|k| &k.iso2 == c)));
        for line in POSITIONS_TSV.lines().filter(|l| !l.starts_with('#')) {
            assert_eq!(line.split('\t').count(), 4, "data/positions.tsv: {line}");
        }
        let caspian = regions.iter().find(|r| r.name.en.as_deref() == Some("Caspian Sea")).expect("Caspian Sea");
        assert!(caspian.countries.iter().all(|c| countries.iter().any(|k| &k.iso2 == c)));
    }

    #[test]
    fn an_overlay_adds_spellings_and_offices_to_known_people() {
        let dir = std::env::temp_dir().join(format!("copydesk-kb-overlay-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("newsroom.toml");
        std::fs::write(
            &path,
            "[[person]]\nname = \"Elmar Mamedyarov\"\nid = \"Q58083\"\noffices = [{ country = \"AZ\", position = \"Special Envoy\", start = \"2021-01\" }]\n",
        )
        .unwrap();
        let (kb, error) = Kb::for_overlay(&path);
        assert!(error.is_none(), "{error:?}");
        let officials = kb.officials();
        let person =
            officials.find("Elmar Mamedyarov").and_then(|i| officials.get(i)).expect("found by the local spelling");
        assert_eq!(person.name, "Elmar Mamedyarov");
        assert!(person.spells.iter().any(|s| s.position == "Minister of Foreign Affairs"), "the embedded terms stay");
        assert!(person.spells.iter().any(|s| s.position == "Special Envoy"), "the local term joins them");
        assert_eq!(officials.holders("Q227", "Special Envoy", jiff::civil::date(2022, 1, 1)), ["Elmar Mamedyarov"]);

        std::fs::write(&path, "[[person]]\nname = 3\n").unwrap();
        let (kb, error) = Kb::for_overlay(&path);
        assert_eq!(error.map(|e| e.line), Some(Some(2)));
        assert!(kb.overlay().is_none(), "the embedded knowledge, without the broken file");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
