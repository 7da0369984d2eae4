//! A place the text names once with its kind ("в городе Серхетабат",
//! "قرية الفاو", "the city of Orsk") is the same place where the text names
//! it again bare, in any case ("Серхетабат – Герат", "у Беркабера",
//! "الفاو"). Only names found by their kind are carried: the gazetteer
//! finds its own names everywhere, and a name it does not hold is known
//! for a place only by the kind once written before it.

use super::{Kind, Mention};
use crate::Span;
use crate::text::{ends_word, starts_word};

/// Adds a place mention wherever a bare name of `named` (places found by
/// their kind, each with its bare name as `canonical`) recurs outside
/// `taken` (every mention found so far).
pub(super) fn recognize(text: &str, named: &[Mention], taken: &[Span], out: &mut Vec<Mention>) {
    let taken = super::Covered::new(taken.iter().copied());
    let mut names: Vec<&str> = named.iter().filter_map(|m| m.canonical.as_deref()).collect();
    names.sort_unstable();
    names.dedup();
    let mut added: Vec<Span> = Vec::new();
    for name in names {
        // A short name ("Ош") is too often a word's part or a syllable; an
        // Arabic adjective ("الوسطى", "the middle", of "محافظة الوسطى")
        // names other things alone ("الطبقة الوسطى").
        let adjective = crate::text::has_arabic(name) && !name.contains(' ') && name.ends_with(['ى', 'ي', 'ة']);
        if name.chars().count() < 4 || adjective {
            continue;
        }
        for form in forms(name) {
            for (start, _) in text.match_indices(form.as_str()) {
                let span = Span::new(start, start + form.len());
                if starts_word(text, span.start)
                    && ends_word(text, span.end)
                    && !taken.holds(span)
                    && added.iter().all(|a| !a.overlaps(span))
                {
                    added.push(span);
                    let mut m = Mention::new(Kind::Place, span);
                    m.canonical = Some(name.into());
                    out.push(m);
                }
            }
        }
    }
}

/// The forms a place's name takes: a one-word Russian name in its cases
/// ("Беркабер", "Беркабера", "Беркабере"), any other name as written.
fn forms(name: &str) -> Vec<String> {
    let cyrillic = name.chars().all(|c| ('\u{0400}'..='\u{04FF}').contains(&c) || c == '-');
    if !cyrillic {
        return vec![name.to_string()];
    }
    let mut out = vec![name.to_string()];
    let Some(last) = name.chars().next_back() else { return out };
    let stem = &name[..name.len() - last.len_utf8()];
    let endings: &[&str] = match last {
        'а' => &["ы", "е", "у", "ой", "и"],
        'я' => &["и", "е", "ю", "ей"],
        'й' => &["я", "ю", "е", "ем"],
        'ь' => &["и", "ью", "я", "ю", "е", "ем"],
        // "Тургунди", "Мары", "Кашино": not declined.
        'о' | 'и' | 'ы' | 'у' | 'е' | 'э' | 'ю' => &[],
        _ => {
            out.extend(["а", "у", "е", "ом"].iter().map(|e| format!("{name}{e}")));
            return out;
        }
    };
    out.extend(endings.iter().map(|e| format!("{stem}{e}")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn again(text: &str, names: &[&str]) -> Vec<String> {
        let named: Vec<Mention> = names
            .iter()
            .map(|n| {
                let start = text.find(n).expect("name in text");
                let mut m = Mention::new(Kind::Place, Span::new(start, start + n.len()));
                m.canonical = Some((*n).into());
                m
            })
            .collect();
        let taken: Vec<Span> = named.iter().map(|m| m.span).collect();
        let mut out = Vec::new();
        recognize(text, &named, &taken, &mut out);
        out.iter().map(|m| m.span.slice(text).to_string()).collect()
    }

    #[test]
    fn a_place_named_by_its_kind_recurs_bare_in_any_case() {
        assert_eq!(
            again("у села Беркабер. Длина участка у Беркабера 1,9 км; Беркабером", &["Беркабер"]),
            ["Беркабера", "Беркабером"]
        );
        assert_eq!(again("in the city of Orsk. Orsk's dam burst; Orskaya", &["Orsk"]), ["Orsk"]);
        assert_eq!(again("في قرية الفاو. وتقع الفاو جنوب", &["الفاو"]), ["الفاو"]);
        assert!(again("محافظة الوسطى. الطبقة الوسطى", &["الوسطى"]).is_empty());
        // Inside another word, or short: no place.
        assert!(again("в городе Ош. Ошибка", &["Ош"]).is_empty());
        assert!(again("в селе Кукуевка. Кукуевкаx", &["Кукуевка"]).is_empty());
    }
}
