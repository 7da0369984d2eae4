//! Normalized values of dates and figures, as the copy desk reads them.

use jiff::civil::{Date, Weekday};
use std::fmt;

/// A calendar date at the precision the text gives, or an interval.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// A day: "16 June 2024".
    Day(Date),
    /// A month: "June 2024", "in April of this year".
    Month {
        /// Gregorian year.
        year: i16,
        /// 1-12.
        month: i8,
    },
    /// A year: "in 2020".
    Year(i16),
    /// A period from the first to the second value, both inclusive:
    /// "the first 10 months of 2021" is `2021-01/2021-10`.
    Interval(Box<DateValue>, Box<DateValue>),
}

impl DateValue {
    /// The first day the value covers.
    pub fn first_day(&self) -> Option<Date> {
        match self {
            DateValue::Day(d) => Some(*d),
            DateValue::Month { year, month } => Date::new(*year, *month, 1).ok(),
            DateValue::Year(y) => Date::new(*y, 1, 1).ok(),
            DateValue::Interval(a, _) => a.first_day(),
        }
    }

    /// The last day the value covers.
    pub fn last_day(&self) -> Option<Date> {
        match self {
            DateValue::Day(d) => Some(*d),
            DateValue::Month { year, month } => Date::new(*year, *month, 1).ok().map(|d| d.last_of_month()),
            DateValue::Year(y) => Date::new(*y, 12, 31).ok(),
            DateValue::Interval(_, b) => b.last_day(),
        }
    }
}

impl fmt::Display for DateValue {
    /// ISO 8601 at the value's precision: `2021-12-12`, `2023-04`, `2021`,
    /// `2021-01/2021-10`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            DateValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Interval(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

/// What a date mention says, as written and as resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateInfo {
    /// The resolved value, or `None` when the text does not pin it down
    /// ("7 September of this year" in an article with no known date).
    pub value: Option<DateValue>,
    /// A weekday written with the date ("Friday, March 3"), and its span.
    pub weekday: Option<(Weekday, crate::Span)>,
    /// Whether the year was written; if not, it was taken from the
    /// publication date, and checks must say so.
    pub year_written: bool,
    /// Whether the value depends on the publication date ("yesterday",
    /// "this year", "on Friday").
    pub relative: bool,
    /// Day, month and year as written, for a date written with a day:
    /// kept even when they name no real day ("31 September").
    pub written: Option<WrittenDay>,
    /// A relative word written with an explicit date ("yesterday, 13
    /// December"): its span and the days it points from publication.
    pub anchor: Option<(crate::Span, i64)>,
    /// Whether the text gives the date in the Hijri calendar; `value` is
    /// then its Gregorian equivalent.
    pub hijri: bool,
}

/// A day as written, before validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenDay {
    /// The year, if written.
    pub year: Option<i16>,
    /// 1-12.
    pub month: i8,
    /// As written; may exceed the month's length.
    pub day: i8,
}

/// A qualifier a figure is stated with: "about $5 million".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// "about", "around", "nearly", "almost", "some", "около", "حوالي".
    Approximately,
    /// "more than", "over", "above", "более", "أكثر من".
    MoreThan,
    /// "less than", "under", "below", "менее", "أقل من".
    LessThan,
    /// "up to", "до".
    UpTo,
}

impl Qualifier {
    /// The contract's name for the qualifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Approximately => "approximately",
            Qualifier::MoreThan => "more-than",
            Qualifier::LessThan => "less-than",
            Qualifier::UpTo => "up-to",
        }
    }
}

/// A figure's normalized value.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The amount with its scale applied: "$1.1 million" is 1,100,000.
    pub amount: f64,
    /// The smallest step the text states the amount in, with the scale
    /// applied ("$1.1 million" is precise to 100,000). Checks use it as the
    /// rounding tolerance.
    pub precision: f64,
    /// ISO 4217 code for money, the unit for a quantity, `None` for a
    /// percentage or a bare count.
    pub unit: Option<String>,
    /// The qualifier written before the figure, if any.
    pub qualifier: Option<Qualifier>,
    /// The upper end of a range ("$1-2 million": `amount` 1,000,000,
    /// `upper` 2,000,000), scaled like `amount`.
    pub upper: Option<f64>,
}
