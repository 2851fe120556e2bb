//! Dates that keep the precision the user gave.
//!
//! A strategy says "2030", "9/2018" or "16.5.2017", and a programme runs
//! "2022–2025". [`PlanDate`] keeps exactly that precision: a year, a month or
//! a day. Each date covers an interval of days (a year covers its whole year),
//! and comparing, sorting and laying out use that interval. A [`Period`] is a
//! start and an end date, each with its own precision.
//!
//! In interchange JSON a date is an ISO string of its precision (`"2030"`,
//! `"2018-09"`, `"2017-05-16"`); people write and read the Finnish forms
//! (`2030`, `9/2018`, `16.5.2017`), which [`PlanDate::parse`] accepts too.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error::{ModelError, Result};

/// The earliest and latest years a plan may name.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A date with the precision the user gave: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanDate {
    /// A whole year, such as 2030.
    Year(i32),
    /// A whole month, such as 9/2018.
    Month { year: i32, month: u32 },
    /// One day, such as 16.5.2017.
    Day(NaiveDate),
}

/// How precise a [`PlanDate`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Precision {
    /// Precise to the year.
    Year,
    /// Precise to the month.
    Month,
    /// Precise to the day.
    Day,
}

impl PlanDate {
    /// A year-precision date.
    pub fn year(year: i32) -> Result<Self> {
        check_year(year)?;
        Ok(PlanDate::Year(year))
    }

    /// A month-precision date.
    pub fn month(year: i32, month: u32) -> Result<Self> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(ModelError::InvalidDate(format!("{month}/{year}")));
        }
        Ok(PlanDate::Month { year, month })
    }

    /// A day-precision date.
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self> {
        check_year(year)?;
        NaiveDate::from_ymd_opt(year, month, day)
            .map(PlanDate::Day)
            .ok_or_else(|| ModelError::InvalidDate(format!("{day}.{month}.{year}")))
    }

    /// The precision the user gave.
    pub fn precision(&self) -> Precision {
        match self {
            PlanDate::Year(_) => Precision::Year,
            PlanDate::Month { .. } => Precision::Month,
            PlanDate::Day(_) => Precision::Day,
        }
    }

    /// The calendar year the date falls in.
    pub fn year_number(&self) -> i32 {
        match self {
            PlanDate::Year(y) => *y,
            PlanDate::Month { year, .. } => *year,
            PlanDate::Day(d) => d.year(),
        }
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            PlanDate::Year(y) => ymd(y, 1, 1),
            PlanDate::Month { year, month } => ymd(year, month, 1),
            PlanDate::Day(d) => d,
        }
    }

    /// The last day the date covers.
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            PlanDate::Year(y) => ymd(y, 12, 31),
            PlanDate::Month { year, month } => {
                let (ny, nm) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                ymd(ny, nm, 1)
                    .pred_opt()
                    .unwrap_or_else(|| ymd(year, month, 28))
            }
            PlanDate::Day(d) => d,
        }
    }

    /// Whether the whole of `self` lies before the whole of `other`.
    pub fn entirely_before(&self, other: &PlanDate) -> bool {
        self.last_day() < other.first_day()
    }

    /// The same date moved by `days`, kept at its precision (a year moves by
    /// whole years, a month by whole months, rounding to the nearest unit).
    pub fn shifted_by_days(&self, days: i64) -> PlanDate {
        match *self {
            PlanDate::Day(d) => PlanDate::Day(d + chrono::Duration::days(days)),
            PlanDate::Month { year, month } => {
                let months = (days as f64 / 30.44).round() as i32;
                let index = year * 12 + (month as i32 - 1) + months;
                PlanDate::Month {
                    year: index.div_euclid(12),
                    month: index.rem_euclid(12) as u32 + 1,
                }
            }
            PlanDate::Year(y) => PlanDate::Year(y + (days as f64 / 365.25).round() as i32),
        }
    }

    /// The ISO form used in interchange JSON: `2030`, `2018-09`, `2017-05-16`.
    pub fn to_iso(&self) -> String {
        match self {
            PlanDate::Year(y) => format!("{y}"),
            PlanDate::Month { year, month } => format!("{year}-{month:02}"),
            PlanDate::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// The form Finns write: `2030`, `9/2018`, `16.5.2017`.
    pub fn to_finnish(&self) -> String {
        match self {
            PlanDate::Year(y) => format!("{y}"),
            PlanDate::Month { year, month } => format!("{month}/{year}"),
            PlanDate::Day(d) => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        }
    }

    /// Reads a date in ISO form or as Finns write it.
    pub fn parse(text: &str) -> Result<Self> {
        let t = text.trim();
        let bad = || ModelError::InvalidDate(text.chars().take(40).collect());
        let num = |s: &str| -> Result<i64> {
            let s = s.trim();
            if s.is_empty() || s.len() > 6 || !s.chars().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            s.parse::<i64>().map_err(|_| bad())
        };
        let parts_dash: Vec<&str> = t.split('-').collect();
        let parts_dot: Vec<&str> = t.trim_end_matches('.').split('.').collect();
        let parts_slash: Vec<&str> = t.split('/').collect();
        let int = |v: i64| i32::try_from(v).map_err(|_| bad());
        let uint = |v: i64| u32::try_from(v).map_err(|_| bad());
        if parts_dot.len() == 3 {
            let (d, m, y) = (num(parts_dot[0])?, num(parts_dot[1])?, num(parts_dot[2])?);
            return PlanDate::day(int(y)?, uint(m)?, uint(d)?).map_err(|_| bad());
        }
        if parts_slash.len() == 2 {
            let (m, y) = (num(parts_slash[0])?, num(parts_slash[1])?);
            return PlanDate::month(int(y)?, uint(m)?).map_err(|_| bad());
        }
        match parts_dash.len() {
            1 => PlanDate::year(int(num(t)?)?).map_err(|_| bad()),
            2 => PlanDate::month(int(num(parts_dash[0])?)?, uint(num(parts_dash[1])?)?)
                .map_err(|_| bad()),
            3 => PlanDate::day(
                int(num(parts_dash[0])?)?,
                uint(num(parts_dash[1])?)?,
                uint(num(parts_dash[2])?)?,
            )
            .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn check_year(year: i32) -> Result<()> {
    if YEAR_RANGE.contains(&year) {
        Ok(())
    } else {
        Err(ModelError::InvalidDate(year.to_string()))
    }
}

impl Ord for PlanDate {
    /// Earlier start first; at the same start the shorter (more precise) date
    /// first; so `1.1.2018 < 1/2018 < 2018`.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then_with(|| self.last_day().cmp(&other.last_day()))
    }
}

impl PartialOrd for PlanDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PlanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_finnish())
    }
}

impl FromStr for PlanDate {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Self> {
        PlanDate::parse(s)
    }
}

impl Serialize for PlanDate {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for PlanDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PlanDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for PlanDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date at the precision the user gave: a year (2030), a month (2018-09) or a day (2017-05-16).",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        })
    }
}

impl ts_rs::TS for PlanDate {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(_: &ts_rs::Config) -> String {
        "PlanDate".to_owned()
    }
    fn inline(_: &ts_rs::Config) -> String {
        "string".to_owned()
    }
}

/// A span of time from `start` to `end`, each at its own precision.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// The first date of the period.
    pub start: PlanDate,
    /// The last date of the period (inclusive).
    pub end: PlanDate,
}

impl Period {
    /// A period, refusing an end before the start.
    pub fn new(start: PlanDate, end: PlanDate) -> Result<Self> {
        let p = Period { start, end };
        if p.is_reversed() {
            return Err(ModelError::EndBeforeStart {
                start: start.to_finnish(),
                end: end.to_finnish(),
            });
        }
        Ok(p)
    }

    /// Whether the end lies before the start.
    pub fn is_reversed(&self) -> bool {
        self.end.last_day() < self.start.first_day()
    }

    /// Whether `date` lies wholly inside the period.
    pub fn contains(&self, date: &PlanDate) -> bool {
        date.first_day() >= self.start.first_day() && date.last_day() <= self.end.last_day()
    }

    /// The first day covered.
    pub fn first_day(&self) -> NaiveDate {
        self.start.first_day()
    }

    /// The last day covered.
    pub fn last_day(&self) -> NaiveDate {
        self.end.last_day()
    }

    /// Reads `2022–2025`, `2022-2025` (years), `9/2018–6/2019` or a single date.
    pub fn parse(text: &str) -> Result<Self> {
        let t = text.trim();
        for sep in ['–', '—'] {
            if let Some((a, b)) = t.split_once(sep) {
                return Period::new(PlanDate::parse(a)?, PlanDate::parse(b)?);
            }
        }
        if let Some((a, b)) = t.split_once(" - ") {
            return Period::new(PlanDate::parse(a)?, PlanDate::parse(b)?);
        }
        // "2022-2025": two four-digit years joined by a hyphen.
        if let Some((a, b)) = t.split_once('-')
            && a.trim().len() == 4
            && b.trim().len() == 4
            && let (Ok(a), Ok(b)) = (a.trim().parse::<i32>(), b.trim().parse::<i32>())
            && b > 12
        {
            return Period::new(PlanDate::year(a)?, PlanDate::year(b)?);
        }
        let d = PlanDate::parse(t)?;
        Ok(Period { start: d, end: d })
    }

    /// The form Finns write: `2022–2025`.
    pub fn to_finnish(&self) -> String {
        if self.start == self.end {
            self.start.to_finnish()
        } else {
            format!("{}–{}", self.start.to_finnish(), self.end.to_finnish())
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_finnish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finnish_and_iso_forms_parse_to_the_same_dates() {
        assert_eq!(
            PlanDate::parse("16.5.2017").unwrap(),
            PlanDate::parse("2017-05-16").unwrap()
        );
        assert_eq!(
            PlanDate::parse("9/2018").unwrap(),
            PlanDate::parse("2018-09").unwrap()
        );
        assert_eq!(PlanDate::parse("2030").unwrap(), PlanDate::Year(2030));
    }

    #[test]
    fn precision_is_kept_through_display_and_iso() {
        for s in ["2030", "9/2018", "16.5.2017"] {
            let d = PlanDate::parse(s).unwrap();
            assert_eq!(d.to_finnish(), s);
            assert_eq!(PlanDate::parse(&d.to_iso()).unwrap(), d);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "31.2.2020",
            "13/2020",
            "",
            "abc",
            "2020-1-1-1",
            "99999999999",
            "1.1.-5",
        ] {
            assert!(PlanDate::parse(s).is_err(), "{s} should be refused");
        }
    }

    #[test]
    fn a_month_covers_its_whole_month() {
        let d = PlanDate::parse("2/2024").unwrap();
        assert_eq!(d.first_day(), NaiveDate::from_ymd_opt(2024, 2, 1).unwrap());
        assert_eq!(d.last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
    }

    #[test]
    fn periods_parse_with_dashes_and_refuse_end_before_start() {
        let p = Period::parse("2022–2025").unwrap();
        assert_eq!(p.start, PlanDate::Year(2022));
        assert_eq!(Period::parse("2022-2025").unwrap(), p);
        assert_eq!(p.to_finnish(), "2022–2025");
        assert!(matches!(
            Period::parse("2025–2022"),
            Err(ModelError::EndBeforeStart { .. })
        ));
    }

    #[test]
    fn a_day_sorts_before_its_month_and_the_month_before_its_year() {
        let mut v = [
            PlanDate::Year(2018),
            PlanDate::Month {
                year: 2018,
                month: 1,
            },
            PlanDate::day(2018, 1, 1).unwrap(),
        ];
        v.sort();
        assert_eq!(v[0].precision(), Precision::Day);
        assert_eq!(v[2].precision(), Precision::Year);
    }

    pub(crate) fn any_date() -> impl Strategy<Value = PlanDate> {
        prop_oneof![
            (1990i32..2100).prop_map(PlanDate::Year),
            (1990i32..2100, 1u32..=12).prop_map(|(year, month)| PlanDate::Month { year, month }),
            (1990i32..2100, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| PlanDate::day(y, m, d).unwrap()),
        ]
    }

    proptest! {
        #[test]
        fn dates_of_every_precision_sort_by_the_time_they_cover(a in any_date(), b in any_date()) {
            if a.entirely_before(&b) {
                prop_assert!(a < b);
            }
            // A total order that agrees with equality.
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        }

        #[test]
        fn every_date_round_trips_through_iso_and_finnish(a in any_date()) {
            prop_assert_eq!(PlanDate::parse(&a.to_iso()).unwrap(), a);
            prop_assert_eq!(PlanDate::parse(&a.to_finnish()).unwrap(), a);
        }

        #[test]
        fn sorting_is_transitive(mut v in proptest::collection::vec(any_date(), 0..30)) {
            v.sort();
            for w in v.windows(2) {
                prop_assert!(w[0].first_day() <= w[1].first_day());
            }
        }
    }
}
