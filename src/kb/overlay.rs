//! A newsroom's own knowledge, laid over the embedded data: people with
//! their spellings and offices, and organizations with their acronyms. It
//! lives in a TOML file named by `copydesk.toml` (`[knowledge] overlay =
//! "newsroom.toml"`), so the editor and CI read the same names.
//!
//! ```toml
//! as_of = "2024-06-01"
//!
//! [[person]]
//! name = "Sahil Babayev"
//! id = "Q56405946"                     # optional: joins the embedded person
//! spellings = ["Сахиль Бабаев", "ساهيل باباييف"]
//! offices = [{ country = "AZ", position = "Minister of Labour", start = "2018-04-21" }]
//!
//! [[organization]]
//! name = "Azerbaijan Export and Investment Promotion Foundation"
//! acronym = "AZPROMO"
//! kind = "agency"
//! country = "AZ"
//! ```
//!
//! A file that cannot be read is an error naming the file and the line;
//! the embedded knowledge keeps working without it.

use super::officials::{Fuzzy, Spell};
use crate::config::ConfigError;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A person the newsroom knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPerson {
    /// The preferred spelling.
    pub name: String,
    /// Wikidata id, when the newsroom gives one; `local:<name>` otherwise.
    pub id: String,
    /// Whether `id` is the newsroom's own rather than Wikidata's.
    pub local_id: bool,
    /// Other spellings, in any script.
    pub spellings: Vec<String>,
    /// Offices held, with country QIDs.
    pub offices: Vec<Spell>,
}

/// An organization the newsroom knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalOrg {
    /// Its full name.
    pub name: String,
    /// Its acronym, if any.
    pub acronym: Option<String>,
    /// Other spellings, in any script.
    pub spellings: Vec<String>,
    /// Wikidata id or `local:<name>`.
    pub id: String,
    /// "ministry", "agency", "company", ... as the newsroom writes it.
    pub kind: Option<String>,
    /// Country QID, when given.
    pub country: Option<String>,
}

/// The overlay file, parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overlay {
    /// The file it came from.
    pub path: PathBuf,
    /// The date the newsroom's knowledge describes, shown on hover.
    pub as_of: Option<String>,
    /// People.
    pub people: Vec<LocalPerson>,
    /// Organizations.
    pub organizations: Vec<LocalOrg>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    as_of: Option<toml::Spanned<String>>,
    #[serde(default)]
    person: Vec<PersonEntry>,
    #[serde(default)]
    organization: Vec<OrgEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    name: toml::Spanned<String>,
    id: Option<toml::Spanned<String>>,
    #[serde(default)]
    spellings: Vec<String>,
    #[serde(default)]
    offices: Vec<OfficeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficeEntry {
    country: toml::Spanned<String>,
    position: String,
    start: Option<toml::Spanned<String>>,
    end: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgEntry {
    name: toml::Spanned<String>,
    acronym: Option<String>,
    #[serde(default)]
    spellings: Vec<String>,
    id: Option<toml::Spanned<String>>,
    kind: Option<String>,
    country: Option<toml::Spanned<String>>,
}

/// Parses an overlay file's `text`. `country` turns an ISO code or QID
/// into a QID, or says it is unknown.
pub fn parse(text: &str, path: &Path, country: impl Fn(&str) -> Option<String>) -> Result<Overlay, ConfigError> {
    let line_of = |offset: usize| Some(text[..offset.min(text.len())].matches('\n').count() + 1);
    let err = |offset: usize, message: String| ConfigError { path: path.to_path_buf(), line: line_of(offset), message };
    let file: File = toml::from_str(text).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        line: e.span().and_then(|s| line_of(s.start)),
        message: e.message().to_string(),
    })?;
    let date = |d: &toml::Spanned<String>, key: &str| {
        Fuzzy::parse(d.get_ref()).ok_or_else(|| {
            err(d.span().start, format!("`{key}`: expected YYYY-MM-DD, YYYY-MM or YYYY, not {:?}", d.get_ref()))
        })
    };
    let qid = |c: &toml::Spanned<String>| {
        country(c.get_ref()).ok_or_else(|| {
            err(
                c.span().start,
                format!("`country`: {:?} is no country code or Wikidata id copydesk knows", c.get_ref()),
            )
        })
    };
    let id_of = |id: &Option<toml::Spanned<String>>, name: &str| -> Result<(String, bool), ConfigError> {
        match id {
            Some(id) if is_qid(id.get_ref()) => Ok((id.get_ref().clone(), false)),
            Some(id) => Err(err(id.span().start, format!("`id`: {:?} is not a Wikidata id (Q123)", id.get_ref()))),
            None => Ok((format!("local:{name}"), true)),
        }
    };
    let mut overlay = Overlay { path: path.to_path_buf(), ..Overlay::default() };
    if let Some(as_of) = &file.as_of {
        date(as_of, "as_of")?;
        overlay.as_of = Some(as_of.get_ref().clone());
    }
    for p in file.person {
        let name = p.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(err(p.name.span().start, "`name`: empty".to_string()));
        }
        let (id, local_id) = id_of(&p.id, &name)?;
        let mut offices = Vec::new();
        for o in &p.offices {
            offices.push(Spell {
                country: qid(&o.country)?,
                position: o.position.clone(),
                start: o.start.as_ref().map(|d| date(d, "start")).transpose()?,
                end: o.end.as_ref().map(|d| date(d, "end")).transpose()?,
            });
        }
        overlay.people.push(LocalPerson { name, id, local_id, spellings: p.spellings, offices });
    }
    for o in file.organization {
        let name = o.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(err(o.name.span().start, "`name`: empty".to_string()));
        }
        let (id, _) = id_of(&o.id, &name)?;
        let country = o.country.as_ref().map(&qid).transpose()?;
        overlay.organizations.push(LocalOrg {
            name,
            acronym: o.acronym,
            spellings: o.spellings,
            id,
            kind: o.kind,
            country,
        });
    }
    Ok(overlay)
}

fn is_qid(s: &str) -> bool {
    s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Option<String> {
        match code {
            "AZ" | "Q227" => Some("Q227".to_string()),
            _ => None,
        }
    }

    fn parse_str(text: &str) -> Result<Overlay, ConfigError> {
        parse(text, Path::new("newsroom.toml"), country)
    }

    #[test]
    fn people_and_organizations() {
        let o = parse_str(
            "as_of = \"2024-06-01\"\n[[person]]\nname = \"Sahil Babayev\"\nspellings = [\"Сахиль Бабаев\"]\noffices = [{ country = \"AZ\", position = \"Minister of Labour\", start = \"2018-04-21\" }]\n\n[[organization]]\nname = \"Azerbaijan Export and Investment Promotion Foundation\"\nacronym = \"AZPROMO\"\ncountry = \"AZ\"\n",
        )
        .unwrap();
        assert_eq!(o.people[0].id, "local:Sahil Babayev");
        assert_eq!(o.people[0].offices[0].country, "Q227");
        assert_eq!(o.organizations[0].acronym.as_deref(), Some("AZPROMO"));
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse_str("[[person]]\nname = \"A B\"\nofices = []\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let e =
            parse_str("[[person]]\nname = \"A B\"\noffices = [{ country = \"XX\", position = \"P\" }]\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("XX"), "{e}");
        let e = parse_str(
            "[[person]]\nname = \"A B\"\n\noffices = [{ country = \"AZ\", position = \"P\", start = \"May\" }]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        let e = parse_str("[[organization]]\nname = \"X\"\nid = \"X1\"\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
    }
}
