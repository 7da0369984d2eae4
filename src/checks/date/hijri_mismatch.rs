use crate::checks::{CheckContext, Finding, Related, Severity, declare_rule};
use crate::recognize::lexicon::long_date;
use crate::value::DateValue;

declare_rule! {
    /// ## What it flags
    /// A Hijri date and the Gregorian date given as its equivalent that are
    /// more than a day apart: "15 رمضان 1445 هـ الموافق 28 مارس 2024" (15
    /// Ramadan 1445 is 25 March 2024).
    ///
    /// ## Why it matters
    /// Arabic copy often gives both calendars; when one of them is
    /// retyped from another story, the pair no longer agrees, and readers
    /// in both calendars are misled.
    ///
    /// ## Example
    /// ```text
    /// وصل الوفد يوم 15 رمضان 1445 هـ الموافق 28 مارس 2024.
    /// ```
    ///
    /// ## How it is decided
    /// The Hijri date is converted with the Umm al-Qura calendar (ICU4X).
    /// Countries that start a month by local moon sighting can be a day
    /// off it, so a difference of one day is never flagged. The Gregorian
    /// date must follow the Hijri one in its sentence, joined by "الموافق",
    /// "corresponding to", a slash, a comma or a parenthesis.
    pub(crate) static HIJRI_MISMATCH = ("date/hijri-mismatch", Severity::Warning, check);
}

/// What may stand between a Hijri date and its Gregorian equivalent.
const JOINERS: &[&str] =
    &["الموافق", "الموافقة", "موافق", "corresponding to", "i.e.", "что соответствует", "соответствует", "م"];

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    let mentions = &ctx.analysis.mentions;
    for (i, m) in mentions.iter().enumerate() {
        let Some(info) = m.date().filter(|d| d.hijri) else { continue };
        let Some(DateValue::Day(converted)) = info.value else { continue };
        let Some(next) = mentions.get(i + 1) else { continue };
        let Some(DateValue::Day(given)) = next.date().filter(|d| !d.hijri).and_then(|d| d.value.clone()) else {
            continue;
        };
        let between = ctx.text.get(m.span.end..next.span.start).unwrap_or("");
        let rest = JOINERS
            .iter()
            .fold(between.to_string(), |s, j| s.replace(j, ""))
            .replace(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '/' | '(' | '-' | '–'), "");
        if !rest.is_empty() || between.chars().count() > 24 {
            continue;
        }
        let apart = (given - converted).get_days().abs();
        if apart <= 1 {
            continue;
        }
        out.push(Finding {
            code: HIJRI_MISMATCH.code,
            severity: HIJRI_MISMATCH.default_severity,
            message: format!(
                "{} is {} in the Umm al-Qura calendar, not {} ({apart} days apart; local sighting moves it by a day at most)",
                m.span.slice(ctx.text),
                long_date(converted),
                long_date(given)
            ),
            span: next.span,
            related: vec![Related { span: m.span, message: format!("the Hijri date, {}", long_date(converted)) }],
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    fn findings(text: &str) -> Vec<String> {
        crate::checks::messages(text, "date/hijri-mismatch")
    }

    #[test]
    fn a_gregorian_equivalent_days_away() {
        assert_eq!(
            findings("وصل الوفد يوم 15 رمضان 1445 هـ الموافق 28 مارس 2024."),
            [
                "15 رمضان 1445 هـ is 25 March 2024 in the Umm al-Qura calendar, not 28 March 2024 (3 days apart; local sighting moves it by a day at most)"
            ]
        );
    }

    #[test]
    fn equivalents_and_sighting_differences_pass() {
        assert!(findings("وصل الوفد يوم 15 رمضان 1445 هـ الموافق 25 مارس 2024.").is_empty());
        assert!(findings("وصل الوفد يوم 15 رمضان 1445 هـ الموافق 26 مارس 2024.").is_empty(), "one day: sighting");
        assert!(
            findings("وصل الوفد يوم 15 رمضان 1445 هـ، وغادر في 28 مارس 2024.").is_empty(),
            "another event, not an equivalent"
        );
    }
}
