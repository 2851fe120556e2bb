//! The roadmap's calendar: the range shown, its units (years, quarters,
//! months, ISO weeks) and when an action, a phase or a milestone happens.

use chrono::{Datelike, Duration, NaiveDate};

use super::Zoom;
use crate::model::{Action, PlanDate, Strategy};

/// One unit of the axis: `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The days a strategy's roadmap covers by default, inclusive: its period,
/// else the years of its dated things, else this year and the next three.
pub fn default_range(s: &Strategy, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    if let Some(p) = s.period {
        return (
            ymd(p.start.year_number(), 1, 1),
            ymd(p.end.year_number(), 12, 31),
        );
    }
    let mut dates: Vec<PlanDate> = vec![];
    for a in &s.actions {
        dates.extend(a.start.iter().chain(a.due.iter()).copied());
    }
    for p in &s.phases {
        dates.extend(p.start.iter().chain(p.end.iter()).copied());
    }
    dates.extend(s.milestones.iter().filter_map(|m| m.date));
    let first = dates.iter().map(|d| d.year_number()).min();
    let last = dates.iter().map(|d| d.year_number()).max();
    match (first, last) {
        (Some(a), Some(b)) => (ymd(a, 1, 1), ymd(b, 12, 31)),
        _ => {
            let end = s
                .change_by
                .map_or(today.year() + 3, |d| d.year_number().max(today.year()));
            (ymd(today.year(), 1, 1), ymd(end, 12, 31))
        }
    }
}

/// The zoom that suits a range of `days`.
pub fn default_zoom(days: i64) -> Zoom {
    if days <= 120 {
        Zoom::Week
    } else if days <= 550 {
        Zoom::Month
    } else if days <= 7 * 366 {
        Zoom::Quarter
    } else {
        Zoom::Year
    }
}

/// The smallest width a unit may have: on paper before the roadmap splits
/// across pages, on screen before the picture grows wider than the window.
pub fn min_unit_width(zoom: Zoom) -> f32 {
    match zoom {
        Zoom::Year => 90.0,
        Zoom::Quarter => 50.0,
        Zoom::Month => 28.0,
        Zoom::Week => 15.0,
    }
}

fn next_month(d: NaiveDate, months: u32) -> NaiveDate {
    let idx = d.year() * 12 + d.month0() as i32 + months as i32;
    ymd(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1)
}

/// The start of the unit containing `d`.
pub fn unit_start(d: NaiveDate, zoom: Zoom) -> NaiveDate {
    match zoom {
        Zoom::Year => ymd(d.year(), 1, 1),
        Zoom::Quarter => ymd(d.year(), d.month0() / 3 * 3 + 1, 1),
        Zoom::Month => ymd(d.year(), d.month(), 1),
        Zoom::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
    }
}

/// The start of the unit after the one starting at `d`.
pub fn unit_next(d: NaiveDate, zoom: Zoom) -> NaiveDate {
    match zoom {
        Zoom::Year => ymd(d.year() + 1, 1, 1),
        Zoom::Quarter => next_month(d, 3),
        Zoom::Month => next_month(d, 1),
        Zoom::Week => d + Duration::days(7),
    }
}

/// The units covering `start..=end`.
pub fn units(start: NaiveDate, end: NaiveDate, zoom: Zoom) -> Vec<Unit> {
    let mut out = vec![];
    let mut d = unit_start(start, zoom);
    while d <= end && out.len() < 100_000 {
        let n = unit_next(d, zoom);
        out.push(Unit { start: d, end: n });
        d = n;
    }
    out
}

/// The days an action takes: its start and due dates at their precision,
/// else the phases it belongs to, else `None` (the whole range).
pub fn action_span(s: &Strategy, a: &Action) -> Option<(NaiveDate, NaiveDate)> {
    match (a.start, a.due) {
        (Some(st), Some(du)) => {
            let (f, l) = (st.first_day(), du.last_day());
            Some(if l < f { (f, st.last_day()) } else { (f, l) })
        }
        (Some(d), None) | (None, Some(d)) => Some((d.first_day(), d.last_day())),
        (None, None) => {
            let (first, last) = s.phase_dates(a)?;
            Some((first.first_day(), last.last_day().max(first.first_day())))
        }
    }
}

/// The days a phase takes.
pub fn phase_span(
    start: Option<PlanDate>,
    end: Option<PlanDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    match (start, end) {
        (Some(a), Some(b)) => Some((a.first_day(), b.last_day().max(a.first_day()))),
        (Some(a), None) | (None, Some(a)) => Some((a.first_day(), a.last_day())),
        (None, None) => None,
    }
}

/// Where a milestone sits: the day itself, or the middle of its month or year.
pub fn milestone_day(d: PlanDate) -> NaiveDate {
    let (a, b) = (d.first_day(), d.last_day());
    a + Duration::days((b - a).num_days() / 2)
}

/// Message ids of the Finnish (etc.) month names, January first.
pub const MONTHS: [&str; 12] = [
    "handout-month-1",
    "handout-month-2",
    "handout-month-3",
    "handout-month-4",
    "handout-month-5",
    "handout-month-6",
    "handout-month-7",
    "handout-month-8",
    "handout-month-9",
    "handout-month-10",
    "handout-month-11",
    "handout-month-12",
];

/// Message ids of the short month names.
pub const MONTHS_SHORT: [&str; 12] = [
    "handout-month-short-1",
    "handout-month-short-2",
    "handout-month-short-3",
    "handout-month-short-4",
    "handout-month-short-5",
    "handout-month-short-6",
    "handout-month-short-7",
    "handout-month-short-8",
    "handout-month-short-9",
    "handout-month-short-10",
    "handout-month-short-11",
    "handout-month-short-12",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_cover_a_year_in_four_units() {
        let u = units(ymd(2027, 1, 1), ymd(2027, 12, 31), Zoom::Quarter);
        assert_eq!(u.len(), 4);
        assert_eq!(u[1].start, ymd(2027, 4, 1));
        assert_eq!(u[3].end, ymd(2028, 1, 1));
    }

    #[test]
    fn iso_weeks_start_on_monday() {
        let u = units(ymd(2027, 1, 1), ymd(2027, 1, 31), Zoom::Week);
        assert_eq!(u[0].start.weekday(), chrono::Weekday::Mon);
        assert_eq!(u[0].start, ymd(2026, 12, 28));
    }

    #[test]
    fn a_month_precision_action_spans_its_whole_month() {
        let s = Strategy::default();
        let a = Action {
            start: Some(PlanDate::Month {
                year: 2018,
                month: 9,
            }),
            due: Some(PlanDate::Month {
                year: 2019,
                month: 6,
            }),
            ..Action::default()
        };
        assert_eq!(
            action_span(&s, &a),
            Some((ymd(2018, 9, 1), ymd(2019, 6, 30)))
        );
        let y = Action {
            due: Some(PlanDate::Year(2021)),
            ..Action::default()
        };
        assert_eq!(
            action_span(&s, &y),
            Some((ymd(2021, 1, 1), ymd(2021, 12, 31)))
        );
    }
}
