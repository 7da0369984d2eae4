//! International bodies, companies and news agencies the knowledge base
//! names, and the index that finds one by any of its names.

use super::country::LangText;
use serde::Deserialize;
use std::collections::HashMap;

/// What sort of body an organization is; the hover card says it in the
/// article's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    /// A treaty organization of states: the EU, the CSTO, OPEC.
    Intergovernmental,
    /// A body or agency of the UN system: the Security Council, the IMF.
    UnBody,
    /// An informal group of states: BRICS, the G20, OPEC+.
    Group,
    /// A multilateral development bank: the ADB, the EBRD.
    DevelopmentBank,
    /// A company: SOCAR, Gazprom.
    Company,
    /// A national government agency: NASA, Roscosmos.
    GovernmentAgency,
    /// A national parliament or one of its chambers: the State Duma, the
    /// Milli Majlis.
    Legislature,
    /// A central bank: the Federal Reserve, the Bank of Russia.
    CentralBank,
    /// An international sports body: FIFA, the IOC.
    SportsBody,
    /// A sports club, listed where its name holds a city ("Paris
    /// Saint-Germain", "ريال مدريد") so that the city inside is not read
    /// as a place of the story.
    SportsClub,
    /// A political or armed movement: Hamas, the Houthis, the Taliban.
    Movement,
    /// A news agency: its names count only where it is cited as a source.
    NewsAgency,
}

impl OrgKind {
    /// The kind in `lang` (a BCP 47 primary tag), English for any other.
    pub fn label(self, lang: &str) -> &'static str {
        let [en, ar, ru] = match self {
            OrgKind::Intergovernmental => {
                ["intergovernmental organization", "منظمة حكومية دولية", "межправительственная организация"]
            }
            OrgKind::UnBody => {
                ["body of the United Nations system", "هيئة في منظومة الأمم المتحدة", "структура системы ООН"]
            }
            OrgKind::Group => ["group of states", "تجمع دول", "объединение государств"],
            OrgKind::DevelopmentBank => {
                ["multilateral development bank", "بنك تنمية متعدد الأطراف", "многосторонний банк развития"]
            }
            OrgKind::Company => ["company", "شركة", "компания"],
            OrgKind::GovernmentAgency => ["government agency", "هيئة حكومية", "государственное ведомство"],
            OrgKind::Legislature => ["parliament", "برلمان", "парламент"],
            OrgKind::CentralBank => ["central bank", "بنك مركزي", "центральный банк"],
            OrgKind::SportsBody => {
                ["international sports body", "هيئة رياضية دولية", "международная спортивная организация"]
            }
            OrgKind::SportsClub => ["sports club", "نادٍ رياضي", "спортивный клуб"],
            OrgKind::Movement => ["movement", "حركة", "движение"],
            OrgKind::NewsAgency => ["news agency", "وكالة أنباء", "информационное агентство"],
        };
        match lang {
            "ar" => ar,
            "ru" => ru,
            _ => en,
        }
    }
}

/// An organization. Field meanings and sources: `data/README.md`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Organization {
    /// The curated table's key, stable across releases.
    pub key: String,
    /// Wikidata QID, where checked.
    pub id: Option<String>,
    /// What sort of body it is.
    pub kind: OrgKind,
    /// ISO 3166-1 alpha-2 of a national body's country.
    pub country: Option<String>,
    /// Member states (ISO 3166-1 alpha-2), for bodies of states.
    #[serde(default)]
    pub members: Vec<String>,
    /// The date the member list describes.
    pub members_as_of: Option<String>,
    /// The year (or date) it was founded.
    pub founded: Option<String>,
    /// The city of its headquarters, in English.
    pub headquarters: Option<String>,
    /// Its name in each language.
    pub name: LangText,
    /// Acronyms in any script: "OPEC", "ОПЕК".
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Other names and, in Russian, the case forms news writes.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Organization {
    /// The stable id: the Wikidata QID, else `org:<key>`.
    pub fn stable_id(&self) -> String {
        self.id.clone().unwrap_or_else(|| format!("org:{}", self.key))
    }

    /// The English name, the canonical name of every mention.
    pub fn name_en(&self) -> &str {
        self.name.en.as_deref().unwrap_or(&self.key)
    }

    /// Every name it is written by, with whether it is an acronym;
    /// acronyms first, so that a name that is both ("OPEC+") is one.
    pub fn written_names(&self) -> impl Iterator<Item = (&str, bool)> {
        let acronyms = self.acronyms.iter().map(|a| (a.as_str(), true));
        let names = self.name.iter().map(|(_, n)| (n, false));
        acronyms.chain(names).chain(self.aliases.iter().map(|a| (a.as_str(), false)))
    }
}

/// Every name of every organization, to the organization it names: the
/// recognizers link what they found with one lookup.
#[derive(Debug, Default)]
pub struct OrgIndex {
    by_name: HashMap<String, usize>,
}

impl OrgIndex {
    /// The index over `orgs`.
    pub fn build(orgs: &[Organization]) -> OrgIndex {
        let mut by_name = HashMap::new();
        for (i, org) in orgs.iter().enumerate() {
            for (name, _) in org.written_names() {
                by_name.entry(name.to_string()).or_insert(i);
            }
        }
        OrgIndex { by_name }
    }

    /// The organization written `name`, exactly.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }
}
