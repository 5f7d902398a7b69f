//! Calendar dates as plans write them, enough for deadlines and periods: `YYYY-MM-DD`, and
//! the Finnish day-first `1.3.2025` / `01.03.2025` (unambiguous: Finns never write the month
//! first). A timetable's `start` and `end` may also be a bare year (1 January / 31 December).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};

use crate::i18n::Message;
use crate::msg;

/// Marks a schema node as a date (`date`) or a date-or-year (`year`) for the loader's
/// schema compiler.
pub(crate) const DATE_MARK: &str = "x-goodrel-date";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        Date::read(s).ok()
    }

    /// Reads a date, or says (in English) why the text is not one.
    pub fn read(s: &str) -> Result<Date, String> {
        Date::check(s).map_err(|e| e.to_string())
    }

    /// Reads a date, or says why the text is not one. The one grammar of plans, the command
    /// line and the schema ([`DATE_PATTERN`]): `YYYY-M-D` (month and day with or without their
    /// leading zero, optionally followed by a TOML or ISO time of day, which is ignored) or
    /// the Finnish day-first `D.M.YYYY`, each a day that exists.
    pub fn check(s: &str) -> Result<Date, NotADate> {
        let s = s.trim();
        let not_a_date = || NotADate::Text(s.to_owned());
        // Day first when a dot comes before any hyphen (a time's fraction has a dot too).
        let day_first = match (s.find('.'), s.find('-')) {
            (Some(dot), Some(dash)) => dot < dash,
            (dot, _) => dot.is_some(),
        };
        let [y, m, d] = if day_first {
            let mut p = s.splitn(3, '.');
            let (d, m, y) = (p.next(), p.next(), p.next());
            [y.unwrap_or(""), m.unwrap_or(""), d.unwrap_or("")]
        } else {
            let (day, time) = match s.find(['T', 't', ' ']) {
                Some(at) => (&s[..at], &s[at + 1..]),
                None => (s, ""),
            };
            let mut p = day.splitn(3, '-');
            let (y, m, d) = (p.next(), p.next(), p.next());
            if !time.is_empty() && !is_time(time) {
                return Err(not_a_date());
            }
            [y.unwrap_or(""), m.unwrap_or(""), d.unwrap_or("")]
        };
        let digits = |p: &str, min: usize, max: usize| {
            (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(y, 4, 4) || !digits(m, 1, 2) || !digits(d, 1, 2) {
            return Err(not_a_date());
        }
        let (year, month, day) = (
            y.parse().map_err(|_| not_a_date())?,
            m.parse().map_err(|_| not_a_date())?,
            d.parse().map_err(|_| not_a_date())?,
        );
        Date::checked(year, month, day)
    }

    fn checked(year: i32, month: u32, day: u32) -> Result<Date, NotADate> {
        if !(1..=12).contains(&month) {
            return Err(NotADate::Month(month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(NotADate::Day { year, month, days });
        }
        Ok(Date { year, month, day })
    }

    /// The date as the reader's language writes it in sentences and reports: `20.2.2023` in
    /// Finnish and Swedish, `2023-02-20` in English (machine formats keep [`Display`]'s ISO).
    pub fn show(self, lang: crate::i18n::Lang) -> String {
        lang.date(self.year, self.month, self.day)
    }

    /// The first day of `year`.
    pub fn start_of_year(year: i32) -> Date {
        Date {
            year,
            month: 1,
            day: 1,
        }
    }

    /// The last day of `year`.
    pub fn end_of_year(year: i32) -> Date {
        Date {
            year,
            month: 12,
            day: 31,
        }
    }

    /// Today in Finland (Europe/Helsinki, from the time-zone data compiled in), from the
    /// system clock: just after midnight in Finland, deadlines are judged as of the new day.
    pub fn today() -> Date {
        Date::in_finland(jiff::Timestamp::now())
    }

    /// The date in Finland at an instant.
    pub fn in_finland(at: jiff::Timestamp) -> Date {
        let zone = jiff::tz::TimeZone::get("Europe/Helsinki").unwrap_or(jiff::tz::TimeZone::UTC);
        let date = zone.to_datetime(at).date();
        Date {
            year: i32::from(date.year()),
            month: u32::try_from(date.month()).unwrap_or(1),
            day: u32::try_from(date.day()).unwrap_or(1),
        }
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The same day `years` later (29 February falls back to the 28th).
    pub fn add_years(self, years: i32) -> Date {
        let year = self.year + years;
        Date {
            year,
            month: self.month,
            day: self.day.min(days_in_month(year, self.month)),
        }
    }

    /// The day before (for the last day of a period that the next one starts after).
    pub fn pred(self) -> Date {
        if self.day > 1 {
            Date {
                day: self.day - 1,
                ..self
            }
        } else if self.month > 1 {
            Date {
                year: self.year,
                month: self.month - 1,
                day: days_in_month(self.year, self.month - 1),
            }
        } else {
            Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            }
        }
    }

    /// The same day `months` later, clamped to the month's length.
    pub fn add_months(self, months: u32) -> Date {
        let total = self.month - 1 + months;
        let year = self.year + (total / 12) as i32;
        let month = total % 12 + 1;
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }
}

/// Why a text is not a date (or a year of a plan): English through `Display` (serde's
/// error text), the reader's language through [`NotADate::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotADate {
    Text(String),
    Month(u32),
    Day { year: i32, month: u32, days: u32 },
    Year(i64),
}

impl NotADate {
    pub fn message(&self) -> Message {
        match self {
            NotADate::Text(s) => msg!("plan-date-not-a-date", text = s.as_str()),
            NotADate::Month(m) => msg!("plan-date-no-month", month = *m),
            NotADate::Day { year, month, days } => {
                msg!("plan-date-days", year = *year, month = *month, days = *days)
            }
            NotADate::Year(y) => msg!("plan-date-not-a-year", year = *y),
        }
    }
}

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotADate::Text(s) => write!(f, "`{s}` is not a date"),
            NotADate::Month(m) => write!(f, "there is no month {m}"),
            NotADate::Day { year, month, days } => write!(
                f,
                "{} {year} has {days} days",
                MONTHS[(month.clamp(&1, &12) - 1) as usize]
            ),
            NotADate::Year(y) => write!(f, "{y} is not a year of a plan"),
        }
    }
}

/// Why a plan value given for a date (or a year) is not one, when it is text or a number.
pub fn why_not(node: &crate::load::node::Node) -> Option<Message> {
    use crate::load::node::NodeValue;
    let year = |v: i64| (!YEARS.contains(&v)).then(|| NotADate::Year(v).message());
    match &node.value {
        NodeValue::Int(v) => year(*v),
        NodeValue::Str(s) => match s.trim().parse::<i64>() {
            Ok(v) => year(v),
            Err(_) => Date::check(s).err().map(|e| e.message()),
        },
        _ => None,
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A span of whole years written as text, `2023–2026` or `2023-2026` (or one year), as
/// programmes write their periods: the first and the last year.
pub fn read_years(text: &str) -> Option<(i32, i32)> {
    let text = text.trim();
    let year = |t: &str| {
        let t = t.trim();
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<i32>().ok())
            .flatten()
            .filter(|y| YEARS.contains(&i64::from(*y)))
    };
    if let Some(one) = year(text) {
        return Some((one, one));
    }
    let (from, to) = text.split_once(['–', '—', '-'])?;
    let (from, to) = (year(from)?, year(to)?);
    (from <= to).then_some((from, to))
}

/// A span of whole years as the schema writes it.
pub const YEARS_PATTERN: &str = "^[0-9]{4}( *[-–—] *[0-9]{4})?$";

/// When something happened (a consultation, a survey), as exactly as the sources say: a
/// day, a year or a span of years (`2023`, `2023–2024`), or only the phase of the plan it
/// belonged to (`{during: planning}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(Date),
    Years { from: i32, to: i32 },
    During(super::PlanPhase),
}

impl When {
    /// The first day it may have been, when a date is known at all.
    pub fn earliest(self) -> Option<Date> {
        match self {
            When::Day(d) => Some(d),
            When::Years { from, .. } => Some(Date::start_of_year(from)),
            When::During(_) => None,
        }
    }

    /// The last day it may have been, when a date is known at all.
    pub fn latest(self) -> Option<Date> {
        match self {
            When::Day(d) => Some(d),
            When::Years { to, .. } => Some(Date::end_of_year(to)),
            When::During(_) => None,
        }
    }

    /// Whether it may have come before `deadline` (a plan's approval or start): a day before
    /// it, years that begin before it, or the planning phase, which precedes the approval.
    pub fn may_precede(self, deadline: Date) -> bool {
        match self {
            When::During(phase) => phase == super::PlanPhase::Planning,
            other => other.earliest().is_some_and(|d| d < deadline),
        }
    }

    /// As the reader's language writes it: `20.2.2023`, `2023`, `2023–2024`, or the phase.
    pub fn show(self, lang: crate::i18n::Lang) -> String {
        crate::msg!("verbatim", text = crate::i18n::Arg::from(self)).render(lang)
    }
}

impl From<When> for crate::i18n::Arg {
    fn from(w: When) -> Self {
        match w {
            When::Day(d) => d.into(),
            When::Years { from, to } if from == to => from.to_string().into(),
            When::Years { from, to } => format!("{from}–{to}").into(),
            When::During(phase) => {
                crate::msg!("when-during", phase = crate::i18n::Term::term(&phase)).into()
            }
        }
    }
}

impl From<&When> for crate::i18n::Arg {
    fn from(w: &When) -> Self {
        (*w).into()
    }
}

/// ISO for a day, `2023` or `2023–2024` for years, `during planning` for a phase: the
/// machine formats' form.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Day(d) => write!(f, "{d}"),
            When::Years { from, to } if from == to => write!(f, "{from}"),
            When::Years { from, to } => write!(f, "{from}–{to}"),
            When::During(phase) => write!(f, "during {}", crate::i18n::Term::key(phase)),
        }
    }
}

impl serde::Serialize for When {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = When;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date, a year, years or {during: planning}")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<When, E> {
                if YEARS.contains(&v) {
                    let y = i32::try_from(v).unwrap_or_default();
                    Ok(When::Years { from: y, to: y })
                } else {
                    Err(E::custom(NotADate::Year(v)))
                }
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<When, E> {
                self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<When, E> {
                if let Some((from, to)) = read_years(v) {
                    return Ok(When::Years { from, to });
                }
                Date::read(v).map(When::Day).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<When, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct During {
                    during: super::PlanPhase,
                }
                let d = During::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(When::During(d.during))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for When {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "When".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let date = generator.subschema_for::<Date>();
        let mut phase = generator.subschema_for::<super::PlanPhase>();
        if let Some(object) = phase.as_object_mut() {
            object.insert(
                "description".into(),
                "The phase of the plan it belonged to, e.g. planning (before the approval).".into(),
            );
        }
        schemars::json_schema!({
            "anyOf": [
                date,
                {"type": "integer", "minimum": 1900, "maximum": 2200},
                {"type": "string", "pattern": YEARS_PATTERN},
                {
                    "type": "object",
                    "properties": {"during": phase},
                    "required": ["during"],
                    "additionalProperties": false
                }
            ],
            "description": "When it happened, as exactly as the sources say: a date (2024-10-02 or 2.10.2024), a year (2023), a span of years (\"2023–2024\"), or only the phase of the plan: {during: planning}.",
            DATE_MARK: "when"
        })
    }
}

/// A date in a message is written the reader's way.
impl From<Date> for crate::i18n::Arg {
    fn from(d: Date) -> Self {
        crate::i18n::Arg::Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }
    }
}

impl From<&Date> for crate::i18n::Arg {
    fn from(d: &Date) -> Self {
        (*d).into()
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::read(s)
    }
}

/// The years a bare year may be: a plan's measures start and end within these.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2200;

/// A date, or a bare year that stands for its first or last day.
enum YearOrDate {
    Year(i32),
    Date(Date),
}

impl<'de> Deserialize<'de> for YearOrDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = YearOrDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date or a year")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<YearOrDate, E> {
                if YEARS.contains(&v) {
                    Ok(YearOrDate::Year(v as i32))
                } else {
                    Err(E::custom(NotADate::Year(v)))
                }
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<YearOrDate, E> {
                self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<YearOrDate, E> {
                match v.trim().parse::<i64>() {
                    Ok(year) => self.visit_i64(year),
                    Err(_) => Date::read(v).map(YearOrDate::Date).map_err(E::custom),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads a timetable's `start`: a date, or a year meaning its 1 January.
pub fn start_or_year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    Ok(Option::<YearOrDate>::deserialize(d)?.map(|v| match v {
        YearOrDate::Year(y) => Date::start_of_year(y),
        YearOrDate::Date(date) => date,
    }))
}

/// Reads a timetable's `end`: a date, or a year meaning its 31 December.
pub fn end_or_year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    Ok(Option::<YearOrDate>::deserialize(d)?.map(|v| match v {
        YearOrDate::Year(y) => Date::end_of_year(y),
        YearOrDate::Date(date) => date,
    }))
}

/// The schema of a date that may also be a bare year.
pub struct DateOrYear;

impl JsonSchema for DateOrYear {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateOrYear".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let date = generator.subschema_for::<Date>();
        schemars::json_schema!({
            "anyOf": [date, {"type": "integer", "minimum": 1900, "maximum": 2200}],
            "description": "A date (2025-03-01 or 1.3.2025) or a bare year: as a start, 1 January of that year; as an end, 31 December.",
            DATE_MARK: "year"
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A time of day after an ISO date (`T10:00`, ` 10:00:00.5Z`, `T10:00+02:00`), as TOML
/// date-times and ISO timestamps write it; the date keeps only its day.
fn is_time(t: &str) -> bool {
    let t = t.strip_suffix(['Z', 'z']).unwrap_or(t);
    let t = match t.rfind(['+', '-']) {
        Some(at) if t.len() - at == 6 => {
            let zone = &t[at + 1..];
            if !two_digit_pair(zone) {
                return false;
            }
            &t[..at]
        }
        _ => t,
    };
    let (hm, rest) = t.split_at(t.len().min(5));
    if !two_digit_pair(hm) {
        return false;
    }
    match rest.strip_prefix(':') {
        None => rest.is_empty(),
        Some(sec) => {
            let (s, frac) = sec.split_at(sec.len().min(2));
            s.len() == 2
                && s.bytes().all(|b| b.is_ascii_digit())
                && (frac.is_empty()
                    || frac
                        .strip_prefix('.')
                        .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit())))
        }
    }
}

/// `HH:MM`.
fn two_digit_pair(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5 && b[2] == b':' && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit())
}

/// [`Date::check`]'s grammar as a regular expression, so the editor schema accepts exactly
/// the dates goodrel reads: each month with its own number of days, 29 February only in leap
/// years, the ISO form optionally followed by a time of day.
pub const DATE_PATTERN: &str = concat!(
    "^(?:",
    // ISO: year-month-day.
    "[0-9]{4}-(?:0?[13578]|1[02])-(?:0?[1-9]|[12][0-9]|3[01])",
    "|[0-9]{4}-(?:0?[469]|11)-(?:0?[1-9]|[12][0-9]|30)",
    "|[0-9]{4}-0?2-(?:0?[1-9]|1[0-9]|2[0-8])",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-0?2-29",
    ")",
    "(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?$",
    "|^(?:",
    // Finnish: day.month.year.
    "(?:0?[1-9]|[12][0-9]|3[01])\\.(?:0?[13578]|1[02])\\.[0-9]{4}",
    "|(?:0?[1-9]|[12][0-9]|30)\\.(?:0?[469]|11)\\.[0-9]{4}",
    "|(?:0?[1-9]|1[0-9]|2[0-8])\\.0?2\\.[0-9]{4}",
    "|29\\.0?2\\.(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)",
    ")$"
);

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "A date that exists, written year first (2025-03-31 or 2025-3-31) or the Finnish way, day first (31.3.2025 or 31.03.2025).",
            "patternErrorMessage": "Not a date: write a day that exists, year first (2025-03-31 or 2025-3-31) or day first the Finnish way (31.3.2025).",
            DATE_MARK: "date"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(
            Date::parse("2025-02-28").map(|d| d.to_string()),
            Some("2025-02-28".into())
        );
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("25-1-1x").is_none());
        assert_eq!(Date::parse("2025-03-01T10:00:00Z").map(|d| d.day), Some(1));
    }

    #[test]
    fn finnish_day_first_dates() {
        for written in ["1.3.2025", "01.03.2025", "1.03.2025", " 01.3.2025 "] {
            assert_eq!(
                Date::parse(written).map(|d| d.to_string()),
                Some("2025-03-01".into()),
                "{written}"
            );
        }
        assert_eq!(
            Date::read("31.2.2025"),
            Err("February 2025 has 28 days".into())
        );
        assert_eq!(Date::read("1.13.2025"), Err("there is no month 13".into()));
        assert!(
            Date::parse("1.3.25").is_none(),
            "two-digit years are ambiguous"
        );
        assert!(Date::parse("1.3.2025.").is_none());
        assert!(Date::parse("tomorrow").is_none());
        assert_eq!(
            Date::read("2025-02-30"),
            Err("February 2025 has 28 days".into())
        );
    }

    #[test]
    fn one_grammar_single_digits_four_digit_years_and_times() {
        for written in [
            "2025-1-1",
            "2025-01-1",
            "1.1.2025",
            "2025-01-01T10:00:00Z",
            "2025-01-01 10:00",
        ] {
            assert_eq!(
                Date::parse(written),
                Some(Date::start_of_year(2025)),
                "{written}"
            );
        }
        for wrong in [
            "2028-13-31",
            "2025-02-30",
            "2025-01-01x",
            "25-1-1",
            "2025-001-01",
            "2025-01-01T1",
        ] {
            assert!(Date::parse(wrong).is_none(), "{wrong}");
        }
    }

    #[test]
    fn today_is_the_date_in_finland() {
        // 21:30 UTC on 30 June is 00:30 on 1 July in Helsinki (summer time, UTC+3).
        let at: jiff::Timestamp = "2025-06-30T21:30:00Z"
            .parse()
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(Date::in_finland(at).to_string(), "2025-07-01");
        // 22:30 UTC on 31 December is 00:30 on 1 January (winter time, UTC+2).
        let at: jiff::Timestamp = "2025-12-31T22:30:00Z"
            .parse()
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(Date::in_finland(at).to_string(), "2026-01-01");
        let at: jiff::Timestamp = "2025-12-31T21:30:00Z"
            .parse()
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(Date::in_finland(at).to_string(), "2025-12-31");
    }

    #[test]
    fn civil_from_days() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(20_000).to_string(), "2024-10-04");
    }

    #[test]
    fn arithmetic() {
        let d = Date::parse("2024-02-29").unwrap_or(Date::from_days(0));
        assert_eq!(d.add_years(1).to_string(), "2025-02-28");
        assert_eq!(d.add_months(11).to_string(), "2025-01-29");
    }
}
