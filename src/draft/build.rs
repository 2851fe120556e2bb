//! Building the strategy: each understood line becomes an entity (with a
//! fresh id) or a field of one, and the references between them are filled
//! in so that the draft passes validation.

use super::words::{norm, owner_kind, owners, sentence_case, trailing_dates};
use super::{Became, Entity};
use crate::model::{
    Action, Bullet, Cadence, Document, DocumentKind, Event, EventKind, Goal, Id, Item, Milestone,
    MilestoneKind, Owner, PlanDate, Status, Strategy, Theme, Value,
};
use crate::validate::{MAX_NAME, MAX_TEXT};

/// The strategy as it is being built, and where the last items went.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    /// The strategy so far.
    pub s: Strategy,
    value: Option<usize>,
    theme: Option<usize>,
    goal: Option<Id>,
    action: Option<usize>,
    document: Option<usize>,
    event: Option<usize>,
}

/// A name Tiekartta keeps: at most [`MAX_NAME`] characters, cut at a word.
fn name_of(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= MAX_NAME {
        return t.to_owned();
    }
    let cut: String = t.chars().take(MAX_NAME - 1).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}

/// Appends a paragraph to a long text, within [`MAX_TEXT`].
fn append(field: &mut String, text: &str) {
    if field.chars().count() + text.chars().count() + 2 > MAX_TEXT {
        return;
    }
    if !field.is_empty() {
        field.push(' ');
    }
    field.push_str(text.trim());
}

/// Whether two names are the same item mentioned twice: equal, or one the
/// start of the other ("Pikkuisen Parempi" and "Pikkuisen Parempi Paimio").
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || b.starts_with(&format!("{a} ")) || a.starts_with(&format!("{b} ")))
}

/// "Kuntalaisten hyvinvointi (ennakoiva työ, liikkuminen)": the name and
/// the words in brackets, when they are long enough to be a description.
fn split_brackets(text: &str) -> (String, String) {
    if let Some(open) = text.find(" (")
        && text.ends_with(')')
        && text.len() - open > 25
    {
        let inner = text[open + 2..text.len() - 1].trim().to_owned();
        return (text[..open].trim().to_owned(), inner);
    }
    (text.to_owned(), String::new())
}

impl Builder {
    pub fn new() -> Self {
        let mut b = Builder::default();
        b.s.id = Id::fresh("strategy");
        b
    }

    fn field(&self, entity: Entity, id: &Id, field: &'static str) -> Became {
        Became::Field {
            entity,
            id: id.clone(),
            field,
        }
    }

    /// A field of the strategy itself.
    pub fn strategy_field(&mut self, field: &'static str, text: &str) -> Became {
        let s = &mut self.s;
        let target = match field {
            "vision" => &mut s.vision,
            "mission" => &mut s.mission,
            "slogan" => &mut s.slogan,
            "governance" => &mut s.governance,
            "name" => &mut s.name,
            "town" => &mut s.town,
            _ => &mut s.description,
        };
        if !norm(target).contains(&norm(text)) {
            if matches!(field, "name" | "town") {
                *target = name_of(text);
            } else {
                append(target, text);
            }
        }
        let id = self.s.id.clone();
        self.field(Entity::Strategy, &id, field)
    }

    /// Whether a text repeats the vision, mission or slogan already read.
    pub fn repeats_known(&self, text: &str) -> Option<&'static str> {
        let t = norm(text);
        if t.len() < 12 {
            return None;
        }
        [
            ("vision", &self.s.vision),
            ("mission", &self.s.mission),
            ("slogan", &self.s.slogan),
        ]
        .into_iter()
        .find(|(_, f)| norm(f).contains(&t))
        .map(|(k, _)| k)
    }

    // ---- values

    pub fn find_value(&self, name: &str) -> Option<usize> {
        self.s.values.iter().position(|v| same(&v.name, name))
    }

    /// A value, new or mentioned again; it becomes the current one.
    pub fn value(&mut self, name: &str) -> Became {
        let name = sentence_case(name.trim_end_matches(':'));
        let k = match self.find_value(&name) {
            Some(k) => k,
            None => {
                self.s.values.push(Value {
                    id: Id::fresh("value"),
                    name: name_of(&name),
                    ..Default::default()
                });
                self.s.values.len() - 1
            }
        };
        self.value = Some(k);
        Became::Entity {
            entity: Entity::Value,
            id: self.s.values[k].id.clone(),
        }
    }

    pub fn has_value(&self) -> bool {
        self.value.is_some()
    }

    pub fn value_meaning(&mut self, text: &str) -> Option<Became> {
        let v = &mut self.s.values[self.value?];
        append(&mut v.meaning, text);
        let id = v.id.clone();
        Some(self.field(Entity::Value, &id, "meaning"))
    }

    pub fn value_tagline(&mut self, k: usize, text: &str) -> Became {
        let v = &mut self.s.values[k];
        v.tagline = name_of(text);
        let id = v.id.clone();
        self.field(Entity::Value, &id, "tagline")
    }

    /// A bullet of the current value's meaning; `child` under its last bullet.
    pub fn value_point(&mut self, text: &str, child: bool) -> Option<Became> {
        let v = &mut self.s.values[self.value?];
        let b = Bullet {
            id: Id::fresh("bullet"),
            text: name_of(text),
            children: Vec::new(),
        };
        let id = b.id.clone();
        match v.points.last_mut() {
            Some(last) if child => last.children.push(b),
            _ => v.points.push(b),
        }
        Some(Became::Entity {
            entity: Entity::Bullet,
            id,
        })
    }

    pub fn close_value(&mut self) {
        self.value = None;
    }

    // ---- themes

    pub fn find_theme(&self, name: &str) -> Option<usize> {
        let n = norm(name);
        self.s
            .themes
            .iter()
            .position(|t| same(&t.name, name) || (!t.code.is_empty() && norm(&t.code) == n))
    }

    /// A theme, new or mentioned again (by name or code); it becomes current.
    pub fn theme(&mut self, code: &str, name: &str) -> Became {
        let name = sentence_case(name.trim_end_matches(':'));
        let found = if name.is_empty() {
            self.find_theme(code)
        } else {
            self.find_theme(&name)
        };
        let k = match found {
            Some(k) => {
                if self.s.themes[k].code.is_empty() {
                    self.s.themes[k].code = code.to_owned();
                }
                k
            }
            None => {
                self.s.themes.push(Theme {
                    id: Id::fresh("theme"),
                    name: name_of(if name.is_empty() { code } else { &name }),
                    code: code.to_owned(),
                    ..Default::default()
                });
                self.s.themes.len() - 1
            }
        };
        if self.theme != Some(k) {
            self.goal = None;
        }
        self.theme = Some(k);
        Became::Entity {
            entity: Entity::Theme,
            id: self.s.themes[k].id.clone(),
        }
    }

    pub fn has_theme(&self) -> bool {
        self.theme.is_some()
    }

    /// The current theme's name and code.
    pub fn theme_name(&self) -> Option<(&str, &str)> {
        let t = &self.s.themes[self.theme?];
        Some((&t.name, &t.code))
    }

    /// Renames a theme first known only by its code ("AALTO 1.").
    pub fn name_theme(&mut self, name: &str) -> Option<Became> {
        let t = &mut self.s.themes[self.theme?];
        if t.name == t.code {
            t.name = name_of(&sentence_case(name));
        }
        let id = t.id.clone();
        Some(Became::Entity {
            entity: Entity::Theme,
            id,
        })
    }

    pub fn close_theme(&mut self) {
        self.theme = None;
        self.goal = None;
    }

    pub fn theme_text(&mut self, field: &'static str, text: &str) -> Option<Became> {
        let t = &mut self.s.themes[self.theme?];
        match field {
            "tagline" => t.tagline = name_of(text),
            "changeShows" => append(&mut t.change_shows, text),
            _ => append(&mut t.description, text),
        }
        let id = t.id.clone();
        Some(self.field(Entity::Theme, &id, field))
    }

    pub fn goal(&mut self, text: &str) -> Option<Became> {
        let t = &mut self.s.themes[self.theme?];
        let name = sentence_case(text.trim_end_matches('.'));
        if let Some(g) = t.goals.iter().find(|g| same(&g.name, &name)) {
            self.goal = Some(g.id.clone());
        } else {
            let id = Id::fresh("goal");
            t.goals.push(Goal {
                id: id.clone(),
                name: name_of(&name),
                description: String::new(),
            });
            self.goal = Some(id);
        }
        Some(Became::Entity {
            entity: Entity::Goal,
            id: self.goal.clone()?,
        })
    }

    pub fn success_factor(&mut self, text: &str) -> Option<Became> {
        let t = &mut self.s.themes[self.theme?];
        let id = Id::fresh("factor");
        t.success_factors.push(Item {
            id: id.clone(),
            name: name_of(&sentence_case(text)),
            description: String::new(),
        });
        Some(Became::Entity {
            entity: Entity::SuccessFactor,
            id,
        })
    }

    // ---- actions and owners

    /// The owner of this name, made if new.
    pub fn owner(&mut self, name: &str) -> Id {
        if let Some(o) = self.s.owners.iter().find(|o| norm(&o.name) == norm(name)) {
            return o.id.clone();
        }
        let id = Id::fresh("owner");
        self.s.owners.push(Owner {
            id: id.clone(),
            name: name_of(name),
            kind: owner_kind(name),
            ..Default::default()
        });
        id
    }

    /// An action of the current theme (and goal): its owners after
    /// "vastuu:" and its dates taken off the name.
    pub fn action(&mut self, text: &str) -> Option<Became> {
        let theme = self.s.themes[self.theme?].id.clone();
        let (rest, names, mut dates) = owners(text);
        let (rest, d) = trailing_dates(rest.trim_end_matches('.'));
        dates = dates.or(d);
        let (name, description) = split_brackets(rest.trim().trim_end_matches([',', ';']));
        let owners = names.iter().map(|n| self.owner(n)).collect();
        let id = Id::fresh("action");
        self.s.actions.push(Action {
            id: id.clone(),
            theme,
            goal: self.goal.clone(),
            name: name_of(&sentence_case(&name)),
            description,
            owners,
            start: dates.filter(|(s, e)| s != e).map(|(s, _)| s),
            due: dates.map(|(_, e)| e),
            status: Status::NotStarted,
            ..Default::default()
        });
        self.action = Some(self.s.actions.len() - 1);
        Some(Became::Entity {
            entity: Entity::Action,
            id,
        })
    }

    pub fn close_action(&mut self) {
        self.action = None;
    }

    pub fn action_description(&mut self, text: &str) -> Option<Became> {
        let a = &mut self.s.actions[self.action?];
        append(&mut a.description, text);
        let id = a.id.clone();
        Some(self.field(Entity::Action, &id, "description"))
    }

    /// "Vastuu: X" on its own line: the owners of the last action.
    pub fn action_owners(&mut self, text: &str) -> Option<Became> {
        let k = self.action?;
        let (_, names, dates) = owners(text);
        if names.is_empty() && dates.is_none() {
            return None;
        }
        for n in names {
            let id = self.owner(&n);
            if !self.s.actions[k].owners.contains(&id) {
                self.s.actions[k].owners.push(id);
            }
        }
        let a = &mut self.s.actions[k];
        if let Some((s, e)) = dates {
            a.start = (s != e).then_some(s);
            a.due = Some(e);
        }
        let id = a.id.clone();
        Some(self.field(Entity::Action, &id, "owners"))
    }

    // ---- documents, events, milestones, lists

    /// A plan, report or programme; `child` makes it part of the last one.
    pub fn document(&mut self, text: &str, child: bool) -> Became {
        let (rest, d) = trailing_dates(text);
        let (rest, done) = match rest
            .strip_suffix(" Valmis")
            .or(rest.strip_suffix(" valmis"))
        {
            Some(r) => (r.to_owned(), true),
            None => (rest, false),
        };
        let (name, description) = split_brackets(&rest);
        let l = name.to_lowercase();
        let kind = if l.contains("raportti") || l.contains("kertomus") {
            DocumentKind::Report
        } else if l.contains("ohjelma") {
            DocumentKind::Programme
        } else {
            DocumentKind::Plan
        };
        let cadence = l.contains("vuosittai").then_some(Cadence::Yearly);
        let (period, due) = match d {
            Some((s, e)) if s != e => (crate::model::Period::new(s, e).ok(), None),
            Some((_, e)) => (None, Some(e)),
            None => (None, None),
        };
        let parent = if child {
            self.document.map(|k| self.s.documents[k].id.clone())
        } else {
            None
        };
        let id = Id::fresh("document");
        self.s.documents.push(Document {
            id: id.clone(),
            kind,
            name: name_of(&sentence_case(&name)),
            description,
            due,
            period,
            cadence,
            status: done.then_some(Status::Done),
            parent: parent.clone(),
            ..Default::default()
        });
        if parent.is_none() {
            self.document = Some(self.s.documents.len() - 1);
        }
        Became::Entity {
            entity: Entity::Document,
            id,
        }
    }

    /// An event of the preparation, with its dates taken off the name.
    pub fn event(&mut self, text: &str) -> Became {
        let (name, d) = trailing_dates(text);
        let l = name.to_lowercase();
        let kind = if l.contains("työpaja") {
            EventKind::Workshop
        } else if l.contains("seminaar") {
            EventKind::Seminar
        } else if l.contains("kysely") || l.contains("visa") {
            EventKind::Survey
        } else if l.starts_with("kaupunginhallitus") || l.starts_with("kaupunginvaltuusto") {
            EventKind::Decision
        } else {
            EventKind::Meeting
        };
        let id = Id::fresh("event");
        self.s.events.push(Event {
            id: id.clone(),
            name: name_of(&sentence_case(&name)),
            kind,
            date: d.map(|(s, _)| s),
            end: d.filter(|(s, e)| s != e).map(|(_, e)| e),
            preparation: true,
            ..Default::default()
        });
        self.event = Some(self.s.events.len() - 1);
        Became::Entity {
            entity: Entity::Event,
            id,
        }
    }

    /// A topic of the last event.
    pub fn topic(&mut self, text: &str) -> Option<Became> {
        let e = &mut self.s.events[self.event?];
        let id = Id::fresh("topic");
        e.topics.push(Item {
            id: id.clone(),
            name: name_of(text),
            description: String::new(),
        });
        Some(Became::Entity {
            entity: Entity::Topic,
            id,
        })
    }

    /// One evaluation milestone a year named in the text.
    pub fn evaluations(&mut self, text: &str, years: &[i32]) -> Option<Became> {
        let mut first = None;
        for y in years {
            let id = Id::fresh("milestone");
            first.get_or_insert_with(|| id.clone());
            self.s.milestones.push(Milestone {
                id,
                name: format!("{} {y}", sentence_case("arviointi")),
                kinds: vec![MilestoneKind::Evaluation],
                date: PlanDate::year(*y).ok(),
                description: name_of(text),
                ..Default::default()
            });
        }
        Some(Became::Entity {
            entity: Entity::Milestone,
            id: first?,
        })
    }

    /// A starting point or a part of the foundation.
    pub fn item(&mut self, entity: Entity, text: &str) -> Became {
        let id = Id::fresh(match entity {
            Entity::Foundation => "foundation",
            _ => "start",
        });
        let item = Item {
            id: id.clone(),
            name: name_of(&sentence_case(text)),
            description: String::new(),
        };
        match entity {
            Entity::Foundation => self.s.foundation.push(item),
            _ => self.s.starting_points.push(item),
        }
        Became::Entity { entity, id }
    }

    /// The strategy, finished: a name and a town if none was read.
    pub fn finish(mut self) -> Strategy {
        if self.s.name.trim().is_empty() {
            self.s.name = match self.s.town.as_str() {
                "" => "Strategia".to_owned(),
                town => format!("{town}: strategia"),
            };
        }
        if self.s.town.trim().is_empty() {
            self.s.town = self.s.name.clone();
        }
        self.s
    }
}
