use crate::checks::{Applicability, CheckContext, Edit, Finding, Fix, Severity, declare_rule};
use crate::recognize::lexicon::{long_date, weekday_name_en};
use crate::value::DateValue;
use jiff::civil::Weekday;

declare_rule! {
    /// ## What it flags
    /// A weekday written next to a date on which it did not fall:
    /// "Monday, 16 June 2024" (16 June 2024 was a Sunday).
    ///
    /// ## Why it matters
    /// Readers and wire services take the weekday and the date as two
    /// witnesses of the same fact; when they disagree, one of them is wrong
    /// and the article is, too. It is the commonest date error in copy and
    /// the easiest to miss in editing.
    ///
    /// ## Example
    /// ```text
    /// The talks took place on Monday, 16 June 2024.
    /// ```
    /// Use instead (if the date is right):
    /// ```text
    /// The talks took place on Sunday, 16 June 2024.
    /// ```
    ///
    /// ## Fix safety
    /// The fix replaces the weekday, keeping its language, case and
    /// abbreviation. It is safe when the year is written; when the year
    /// was taken from the publication date it is unsafe, because the
    /// writer may have meant another year.
    pub(crate) static WEEKDAY_MISMATCH = ("date/weekday-mismatch", Severity::Warning, check);
}

fn check(ctx: &CheckContext<'_>, out: &mut Vec<Finding>) {
    for mention in &ctx.analysis.mentions {
        let Some(info) = mention.date() else { continue };
        let (Some(DateValue::Day(date)), Some((written, weekday_span))) = (&info.value, info.weekday) else {
            continue;
        };
        let actual = date.weekday();
        if actual == written {
            continue;
        }
        let mut message =
            format!("{} was a {}, not a {}", long_date(*date), weekday_name_en(actual), weekday_name_en(written));
        if !info.year_written {
            message.push_str(&format!(" (year {} taken from the publication date)", date.year()));
        }
        let written_text = weekday_span.slice(ctx.text);
        let replacement = weekday_like(written_text, actual);
        let fix = Fix {
            title: format!("Replace with \"{replacement}\""),
            applicability: if info.year_written { Applicability::Safe } else { Applicability::Unsafe },
            edits: vec![Edit { span: weekday_span, text: replacement }],
        };
        out.push(Finding {
            code: WEEKDAY_MISMATCH.code,
            severity: WEEKDAY_MISMATCH.default_severity,
            message,
            span: mention.span,
            related: Vec::new(),
            fix: Some(fix),
        });
    }
}

/// `weekday` written the way `written` is: the same language, case,
/// abbreviation and grammatical form.
fn weekday_like(written: &str, weekday: Weekday) -> String {
    let index = weekday.to_monday_zero_offset() as usize;
    let is_cyrillic = written.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let is_arabic = written.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    if is_arabic {
        const AR: [&str; 7] = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];
        let name = AR[index];
        // Keep a written article-less form ("يوم خميس" is rare; "خميس" rarer).
        return if written.starts_with("ال") {
            name.to_string()
        } else {
            name.trim_start_matches("ال").to_string()
        };
    }
    if is_cyrillic {
        // Accusative after "в": "в пятницу"; nominative otherwise.
        const NOM: [&str; 7] = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];
        const ACC: [&str; 7] = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"];
        let lower = crate::text::lowercase(written);
        let accusative = ACC.contains(&lower.as_str()) && !NOM.contains(&lower.as_str());
        let name = if accusative { ACC[index] } else { NOM[index] };
        return match_case(written, name);
    }
    let full = weekday_name_en(weekday);
    let core = written.trim_end_matches('.');
    let dot = if written.ends_with('.') { "." } else { "" };
    let letters = core.chars().count();
    let name = if letters >= full.len() {
        full.to_string()
    } else {
        // "Mon", "Tues", "Thurs": keep the written length where it is a
        // common abbreviation, else three letters.
        let keep = if (letters == 4 && matches!(weekday, Weekday::Tuesday))
            || (letters == 5 && matches!(weekday, Weekday::Thursday))
        {
            letters
        } else {
            3
        };
        full.chars().take(keep).collect()
    };
    format!("{}{dot}", match_case(core, &name))
}

/// `name` in the case pattern of `like`: all capitals, capitalised, or
/// lowercase.
fn match_case(like: &str, name: &str) -> String {
    let letters: Vec<char> = like.chars().filter(|&c| crate::text::is_letter(c)).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        name.to_uppercase()
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        crate::text::capitalized(name)
    } else {
        crate::text::lowercase(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacement_keeps_the_written_form() {
        assert_eq!(weekday_like("Monday", Weekday::Sunday), "Sunday");
        assert_eq!(weekday_like("MONDAY", Weekday::Sunday), "SUNDAY");
        assert_eq!(weekday_like("Mon.", Weekday::Sunday), "Sun.");
        assert_eq!(weekday_like("Tues.", Weekday::Thursday), "Thu.");
        assert_eq!(weekday_like("Mon", Weekday::Tuesday), "Tue");
        assert_eq!(weekday_like("понедельник", Weekday::Friday), "пятница");
        assert_eq!(weekday_like("пятницу", Weekday::Wednesday), "среду");
        assert_eq!(weekday_like("Понедельник", Weekday::Sunday), "Воскресенье");
        assert_eq!(weekday_like("الخميس", Weekday::Friday), "الجمعة");
    }
}
