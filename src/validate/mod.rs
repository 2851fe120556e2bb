//! Validation: what is wrong with a strategy, said so a person can fix it.
//!
//! [`validate`] walks a [`Strategy`] and returns every [`Problem`] it finds:
//! empty names, texts over the limits, an end before a start, dangling
//! references, duplicate or malformed ids, and (as warnings) dates outside the
//! strategy period. It never stops at the first problem and never panics, so
//! the CLI's `check` and the app's forms can show them all at once.

mod error;

use std::collections::{HashMap, HashSet};

pub use error::{ProblemKind, Severity};

use crate::i18n::{Lang, Message};
use crate::model::{Bullet, Id, Item, Period, PlanDate, Strategy};

/// The longest name (of any entity) Tiekartta keeps, in characters.
pub const MAX_NAME: usize = 300;
/// The longest long text (vision, meaning, description), in characters.
pub const MAX_TEXT: usize = 20_000;
/// The most entities of one kind.
pub const MAX_ENTITIES: usize = 100_000;

/// What kind of entity a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// The strategy itself.
    Strategy,
    /// A starting point.
    StartingPoint,
    /// A value.
    Value,
    /// A bullet of a value's meaning.
    Bullet,
    /// A theme.
    Theme,
    /// A goal.
    Goal,
    /// A success factor.
    SuccessFactor,
    /// A part of the foundation.
    Foundation,
    /// An action.
    Action,
    /// A status change of an action.
    StatusChange,
    /// An owner.
    Owner,
    /// A plan, report or programme.
    Document,
    /// A rollout phase.
    Phase,
    /// A milestone.
    Milestone,
    /// An indicator.
    Indicator,
    /// An event.
    Event,
    /// A topic of an event.
    Topic,
}

impl Entity {
    /// The message id of this kind's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Entity::Strategy => "entity-strategy",
            Entity::StartingPoint => "entity-starting-point",
            Entity::Value => "entity-value",
            Entity::Bullet => "entity-bullet",
            Entity::Theme => "entity-theme",
            Entity::Goal => "entity-goal",
            Entity::SuccessFactor => "entity-success-factor",
            Entity::Foundation => "entity-foundation",
            Entity::Action => "entity-action",
            Entity::StatusChange => "entity-status-change",
            Entity::Owner => "entity-owner",
            Entity::Document => "entity-document",
            Entity::Phase => "entity-phase",
            Entity::Milestone => "entity-milestone",
            Entity::Indicator => "entity-indicator",
            Entity::Event => "entity-event",
            Entity::Topic => "entity-topic",
        }
    }
}

/// One problem found in a strategy: what it is about and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The kind of entity.
    pub entity: Entity,
    /// The entity's id.
    pub id: String,
    /// The entity's name, shortened for display.
    pub name: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// One readable line in `lang`: `Toimenpide «Palveluverkon katselmus»: …`.
    pub fn to_line(&self, lang: Lang) -> String {
        let subject = lang.tr(&Message::new("problem-subject")
            .arg("entity", lang.text(self.entity.message_id()))
            .arg("name", &self.name)
            .arg("id", &self.id));
        let level = match self.severity {
            Severity::Error => lang.text("severity-error"),
            Severity::Warning => lang.text("severity-warning"),
        };
        format!("{level}: {subject}: {}", lang.tr(&self.kind.message()))
    }
}

/// Every problem found in `strategy`, errors and warnings, in document order.
pub fn validate(strategy: &Strategy) -> Vec<Problem> {
    validate_on(strategy, chrono::Local::now().date_naive())
}

/// What is wrong with `strategy` as seen on `today` (an actual dated after
/// it is a warning).
pub fn validate_on(strategy: &Strategy, today: chrono::NaiveDate) -> Vec<Problem> {
    let mut v = Validator::new(strategy, today);
    v.run();
    v.problems
}

/// Whether the strategy has no errors (warnings allowed).
pub fn is_valid(strategy: &Strategy) -> bool {
    validate(strategy)
        .iter()
        .all(|p| p.severity == Severity::Warning)
}

struct Validator<'a> {
    s: &'a Strategy,
    problems: Vec<Problem>,
    seen: HashSet<&'a str>,
    themes: HashSet<&'a str>,
    goals: HashMap<&'a str, &'a str>,
    owners: HashSet<&'a str>,
    phases: HashSet<&'a str>,
    documents: HashSet<&'a str>,
    today: chrono::NaiveDate,
}

fn short(name: &str) -> String {
    let mut out: String = name.chars().take(60).collect();
    if name.chars().count() > 60 {
        out.push('…');
    }
    out
}

impl<'a> Validator<'a> {
    fn new(s: &'a Strategy, today: chrono::NaiveDate) -> Self {
        let themes = s.themes.iter().map(|t| t.id.as_str()).collect();
        let goals = s
            .themes
            .iter()
            .flat_map(|t| t.goals.iter().map(move |g| (g.id.as_str(), t.id.as_str())))
            .collect();
        Validator {
            s,
            problems: vec![],
            seen: HashSet::new(),
            themes,
            goals,
            owners: s.owners.iter().map(|o| o.id.as_str()).collect(),
            phases: s.phases.iter().map(|p| p.id.as_str()).collect(),
            documents: s.documents.iter().map(|d| d.id.as_str()).collect(),
            today,
        }
    }

    fn push(&mut self, severity: Severity, entity: Entity, id: &Id, name: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            severity,
            entity,
            id: short(id.as_str()),
            name: short(name),
            kind,
        });
    }

    fn error(&mut self, entity: Entity, id: &Id, name: &str, kind: ProblemKind) {
        self.push(Severity::Error, entity, id, name, kind);
    }

    /// Checks the id, the name and its length.
    fn entity(&mut self, entity: Entity, id: &'a Id, name: &str) {
        if !id.is_well_formed() {
            self.error(
                entity,
                id,
                name,
                ProblemKind::MalformedId {
                    id: short(id.as_str()),
                },
            );
        } else if !self.seen.insert(id.as_str()) {
            self.error(
                entity,
                id,
                name,
                ProblemKind::DuplicateId { id: id.0.clone() },
            );
        }
        if name.trim().is_empty() {
            self.error(entity, id, name, ProblemKind::EmptyName);
        }
        self.text(entity, id, name, "name", name, MAX_NAME);
    }

    fn text(
        &mut self,
        entity: Entity,
        id: &Id,
        name: &str,
        field: &'static str,
        text: &str,
        max: usize,
    ) {
        // Counting characters of a huge text is itself slow: bytes bound them.
        if text.len() > max {
            let len = text.chars().count();
            if len > max {
                self.error(
                    entity,
                    id,
                    name,
                    ProblemKind::TextTooLong { field, len, max },
                );
            }
        }
    }

    fn count(&mut self, entity: Entity, n: usize) {
        if n > MAX_ENTITIES {
            let id = self.s.id.clone();
            self.error(
                entity,
                &id,
                &self.s.name.clone(),
                ProblemKind::TooMany {
                    count: n,
                    max: MAX_ENTITIES,
                },
            );
        }
    }

    fn span(
        &mut self,
        entity: Entity,
        id: &Id,
        name: &str,
        start: Option<&PlanDate>,
        end: Option<&PlanDate>,
    ) {
        if let (Some(a), Some(b)) = (start, end)
            && b.last_day() < a.first_day()
        {
            self.error(
                entity,
                id,
                name,
                ProblemKind::EndBeforeStart {
                    start: a.to_finnish(),
                    end: b.to_finnish(),
                },
            );
        }
    }

    fn in_period(&mut self, entity: Entity, id: &Id, name: &str, date: Option<&PlanDate>) {
        let Some(period) = self.s.period else { return };
        if let Some(d) = date
            && !overlaps(&period, d)
        {
            self.push(
                Severity::Warning,
                entity,
                id,
                name,
                ProblemKind::OutsidePeriod {
                    date: d.to_finnish(),
                    period: period.to_finnish(),
                },
            );
        }
    }

    fn reference(
        &mut self,
        entity: Entity,
        id: &Id,
        name: &str,
        field: &'static str,
        target: &Id,
        known: bool,
    ) {
        if !known {
            self.error(
                entity,
                id,
                name,
                ProblemKind::DanglingReference {
                    field,
                    target: short(target.as_str()),
                },
            );
        }
    }

    fn items(&mut self, entity: Entity, items: &'a [Item]) {
        self.count(entity, items.len());
        for it in items {
            self.entity(entity, &it.id, &it.name);
            self.text(
                entity,
                &it.id,
                &it.name,
                "description",
                &it.description,
                MAX_TEXT,
            );
        }
    }

    fn bullets(&mut self, bullets: &'a [Bullet], depth: usize) {
        for b in bullets {
            self.entity(Entity::Bullet, &b.id, &b.text);
            if depth >= 2 && !b.children.is_empty() {
                self.error(Entity::Bullet, &b.id, &b.text, ProblemKind::BulletTooDeep);
            }
            self.bullets(&b.children, depth + 1);
        }
    }

    fn run(&mut self) {
        let s = self.s;
        self.entity(Entity::Strategy, &s.id, &s.name);
        if s.town.trim().is_empty() {
            self.error(Entity::Strategy, &s.id, &s.name, ProblemKind::EmptyName);
        }
        self.text(Entity::Strategy, &s.id, &s.name, "town", &s.town, MAX_NAME);
        for (field, text) in [
            ("vision", &s.vision),
            ("mission", &s.mission),
            ("slogan", &s.slogan),
            ("description", &s.description),
            ("governance", &s.governance),
        ] {
            self.text(Entity::Strategy, &s.id, &s.name, field, text, MAX_TEXT);
        }
        if let Some(p) = &s.period {
            self.span(
                Entity::Strategy,
                &s.id,
                &s.name,
                Some(&p.start),
                Some(&p.end),
            );
        }
        self.items(Entity::StartingPoint, &s.starting_points);
        self.items(Entity::Foundation, &s.foundation);
        for v in &s.values {
            self.entity(Entity::Value, &v.id, &v.name);
            self.text(
                Entity::Value,
                &v.id,
                &v.name,
                "meaning",
                &v.meaning,
                MAX_TEXT,
            );
            self.bullets(&v.points, 1);
        }
        self.count(Entity::Theme, s.themes.len());
        for t in &s.themes {
            self.entity(Entity::Theme, &t.id, &t.name);
            for (field, text) in [
                ("tagline", &t.tagline),
                ("description", &t.description),
                ("changeShows", &t.change_shows),
            ] {
                self.text(Entity::Theme, &t.id, &t.name, field, text, MAX_TEXT);
            }
            if !t.color.is_empty() && !is_color(&t.color) {
                self.error(
                    Entity::Theme,
                    &t.id,
                    &t.name,
                    ProblemKind::InvalidColor {
                        color: short(&t.color),
                    },
                );
            }
            for g in &t.goals {
                self.entity(Entity::Goal, &g.id, &g.name);
                self.text(
                    Entity::Goal,
                    &g.id,
                    &g.name,
                    "description",
                    &g.description,
                    MAX_TEXT,
                );
            }
            self.items(Entity::SuccessFactor, &t.success_factors);
        }
        self.count(Entity::Owner, s.owners.len());
        for o in &s.owners {
            self.entity(Entity::Owner, &o.id, &o.name);
            self.text(Entity::Owner, &o.id, &o.name, "role", &o.role, MAX_NAME);
            if let Some(org) = &o.organisation {
                let known = self.owners.contains(org.as_str());
                self.reference(Entity::Owner, &o.id, &o.name, "organisation", org, known);
            }
        }
        self.count(Entity::Action, s.actions.len());
        for a in &s.actions {
            let e = Entity::Action;
            self.entity(e, &a.id, &a.name);
            self.text(e, &a.id, &a.name, "description", &a.description, MAX_TEXT);
            let known = self.themes.contains(a.theme.as_str());
            self.reference(e, &a.id, &a.name, "theme", &a.theme, known);
            // A goal is looked for in the action's theme; when the theme
            // itself is unknown, that is the one error to mend.
            if let Some(g) = a.goal.as_ref().filter(|_| known) {
                let known = self
                    .goals
                    .get(g.as_str())
                    .is_some_and(|t| *t == a.theme.as_str());
                self.reference(e, &a.id, &a.name, "goal", g, known);
            }
            for o in &a.owners {
                let known = self.owners.contains(o.as_str());
                self.reference(e, &a.id, &a.name, "owners", o, known);
            }
            for p in &a.phases {
                let known = self.phases.contains(p.as_str());
                self.reference(e, &a.id, &a.name, "phases", p, known);
            }
            self.span(e, &a.id, &a.name, a.start.as_ref(), a.due.as_ref());
            self.in_period(e, &a.id, &a.name, a.due.as_ref());
            for c in &a.status_history {
                if !c.id.is_well_formed() {
                    self.error(
                        Entity::StatusChange,
                        &c.id,
                        &a.name,
                        ProblemKind::MalformedId {
                            id: short(c.id.as_str()),
                        },
                    );
                } else if !self.seen.insert(c.id.as_str()) {
                    self.error(
                        Entity::StatusChange,
                        &c.id,
                        &a.name,
                        ProblemKind::DuplicateId { id: c.id.0.clone() },
                    );
                }
                self.text(
                    Entity::StatusChange,
                    &c.id,
                    &a.name,
                    "note",
                    &c.note,
                    MAX_TEXT,
                );
            }
        }
        self.count(Entity::Document, s.documents.len());
        for d in &s.documents {
            let e = Entity::Document;
            self.entity(e, &d.id, &d.name);
            self.text(e, &d.id, &d.name, "description", &d.description, MAX_TEXT);
            for o in &d.owners {
                let known = self.owners.contains(o.as_str());
                self.reference(e, &d.id, &d.name, "owners", o, known);
            }
            for t in &d.themes {
                let known = self.themes.contains(t.as_str());
                self.reference(e, &d.id, &d.name, "themes", t, known);
            }
            if let Some(p) = &d.parent {
                let known = self.documents.contains(p.as_str()) && p != &d.id;
                self.reference(e, &d.id, &d.name, "parent", p, known);
            }
            if let Some(p) = &d.period {
                self.span(e, &d.id, &d.name, Some(&p.start), Some(&p.end));
            }
            self.in_period(e, &d.id, &d.name, d.due.as_ref());
        }
        for p in &s.phases {
            let e = Entity::Phase;
            self.entity(e, &p.id, &p.name);
            self.text(e, &p.id, &p.name, "description", &p.description, MAX_TEXT);
            self.span(e, &p.id, &p.name, p.start.as_ref(), p.end.as_ref());
            for t in &p.surfaced {
                let known = self.themes.contains(t.as_str());
                self.reference(e, &p.id, &p.name, "surfaced", t, known);
            }
        }
        for m in &s.milestones {
            let e = Entity::Milestone;
            self.entity(e, &m.id, &m.name);
            self.text(e, &m.id, &m.name, "description", &m.description, MAX_TEXT);
            if let Some(p) = &m.phase {
                let known = self.phases.contains(p.as_str());
                self.reference(e, &m.id, &m.name, "phase", p, known);
            }
            for o in &m.owners {
                let known = self.owners.contains(o.as_str());
                self.reference(e, &m.id, &m.name, "owners", o, known);
            }
        }
        self.count(Entity::Indicator, s.indicators.len());
        for i in &s.indicators {
            let e = Entity::Indicator;
            self.entity(e, &i.id, &i.name);
            self.text(e, &i.id, &i.name, "unit", &i.unit, MAX_NAME);
            self.text(e, &i.id, &i.name, "source", &i.source, MAX_TEXT);
            let theme_known = match &i.theme {
                Some(t) => {
                    let known = self.themes.contains(t.as_str());
                    self.reference(e, &i.id, &i.name, "theme", t, known);
                    known
                }
                None => true,
            };
            // A goal is looked for in the indicator's theme (in any theme
            // when it names none); an unknown theme is the one error to mend.
            if let Some(g) = i.goal.as_ref().filter(|_| theme_known) {
                let known = self
                    .goals
                    .get(g.as_str())
                    .is_some_and(|t| i.theme.as_ref().is_none_or(|it| it.as_str() == *t));
                self.reference(e, &i.id, &i.name, "goal", g, known);
            }
            for o in &i.owners {
                let known = self.owners.contains(o.as_str());
                self.reference(e, &i.id, &i.name, "owners", o, known);
            }
            let mut dates = HashSet::new();
            for m in &i.actuals {
                if m.date.first_day() > self.today {
                    self.push(
                        Severity::Warning,
                        e,
                        &i.id,
                        &i.name,
                        ProblemKind::FutureActual {
                            date: m.date.to_finnish(),
                        },
                    );
                }
                if !dates.insert(m.date) {
                    self.error(
                        e,
                        &i.id,
                        &i.name,
                        ProblemKind::DuplicateActual {
                            date: m.date.to_finnish(),
                        },
                    );
                }
            }
            if let (Some(b), Some(t)) = (&i.baseline, &i.target) {
                self.span(e, &i.id, &i.name, Some(&b.date), Some(&t.date));
            }
        }
        for ev in &s.events {
            let e = Entity::Event;
            self.entity(e, &ev.id, &ev.name);
            self.text(
                e,
                &ev.id,
                &ev.name,
                "description",
                &ev.description,
                MAX_TEXT,
            );
            self.text(e, &ev.id, &ev.name, "place", &ev.place, MAX_NAME);
            self.span(e, &ev.id, &ev.name, ev.date.as_ref(), ev.end.as_ref());
            self.items(Entity::Topic, &ev.topics);
            for p in &ev.participants {
                let known = self.owners.contains(p.as_str());
                self.reference(e, &ev.id, &ev.name, "participants", p, known);
            }
        }
    }
}

fn overlaps(period: &Period, d: &PlanDate) -> bool {
    d.last_day() >= period.first_day() && d.first_day() <= period.last_day()
}

fn is_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Theme};

    fn small() -> Strategy {
        Strategy {
            id: "s".into(),
            town: "Paimio".into(),
            name: "Strategia".into(),
            period: Some(Period::parse("2027–2030").unwrap()),
            themes: vec![Theme {
                id: "t1".into(),
                name: "Talous".into(),
                ..Default::default()
            }],
            actions: vec![Action {
                id: "a1".into(),
                theme: "t1".into(),
                name: "Palveluverkon katselmus".into(),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    fn kinds(s: &Strategy) -> Vec<ProblemKind> {
        validate(s).into_iter().map(|p| p.kind).collect()
    }

    #[test]
    fn a_small_complete_strategy_has_no_problems() {
        assert_eq!(validate(&small()), vec![]);
    }

    #[test]
    fn an_actual_dated_after_today_is_a_warning_and_one_up_to_today_is_not() {
        let mut s = small();
        s.indicators.push(crate::model::Indicator {
            id: "i-future".into(),
            name: "Asukasluku".into(),
            actuals: vec![crate::model::Measurement {
                date: PlanDate::parse("1.12.2026").unwrap(),
                value: 18420.0,
                ..Default::default()
            }],
            ..Default::default()
        });
        let on = |d: &str| {
            let today = PlanDate::parse(d).unwrap().first_day();
            validate_on(&s, today)
        };
        assert_eq!(on("1.12.2026"), vec![]);
        let p = on("30.11.2026");
        assert_eq!(
            p.iter().map(|p| (&p.kind, p.severity)).collect::<Vec<_>>(),
            vec![(
                &ProblemKind::FutureActual {
                    date: "1.12.2026".into()
                },
                Severity::Warning
            )]
        );
        assert!(
            p[0].to_line(crate::i18n::Lang::Fi)
                .contains("tulevaisuuteen")
        );
    }

    #[test]
    fn an_empty_name_is_an_error() {
        let mut s = small();
        s.actions[0].name = "   ".into();
        assert_eq!(kinds(&s), vec![ProblemKind::EmptyName]);
        assert!(!is_valid(&s));
    }

    #[test]
    fn an_end_before_the_start_is_an_error() {
        let mut s = small();
        s.actions[0].start = Some(PlanDate::parse("2029").unwrap());
        s.actions[0].due = Some(PlanDate::parse("6/2028").unwrap());
        assert!(matches!(
            kinds(&s)[..],
            [ProblemKind::EndBeforeStart { .. }]
        ));
    }

    #[test]
    fn a_due_date_outside_the_period_is_only_a_warning() {
        let mut s = small();
        s.actions[0].due = Some(PlanDate::parse("2035").unwrap());
        let p = validate(&s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].severity, Severity::Warning);
        assert!(is_valid(&s));
    }

    #[test]
    fn dangling_references_and_duplicate_ids_are_errors() {
        let mut s = small();
        s.actions[0].theme = "nowhere".into();
        s.actions[0].owners = vec!["nobody".into()];
        s.themes.push(Theme {
            id: "t1".into(),
            name: "Toinen".into(),
            ..Default::default()
        });
        let k = kinds(&s);
        assert!(k.contains(&ProblemKind::DuplicateId { id: "t1".into() }));
        assert!(
            k.iter()
                .filter(|k| matches!(k, ProblemKind::DanglingReference { .. }))
                .count()
                == 2
        );
    }

    #[test]
    fn a_huge_name_is_refused_with_its_length() {
        let mut s = small();
        s.name = "x".repeat(10 * 1024 * 1024);
        assert!(matches!(
            kinds(&s)[..],
            [ProblemKind::TextTooLong { field: "name", .. }]
        ));
    }

    #[test]
    fn problems_read_as_one_line_in_each_language() {
        let mut s = small();
        s.actions[0].name = String::new();
        let p = &validate(&s)[0];
        let fi = p.to_line(Lang::Fi);
        assert!(fi.contains("oimenpide"), "{fi}");
        assert!(!fi.contains('\n'));
        assert_ne!(fi, p.to_line(Lang::Sv));
        assert_ne!(fi, p.to_line(Lang::En));
    }
}
