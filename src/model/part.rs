//! The parts an edit touches: the strategy's own fields (its head) or one
//! entity of one of its top-level lists, with everything nested in it (a
//! theme with its goals, an action with its status history). An edit that
//! knows what it changed names its parts; undo keeps their images, the
//! project writes just them to the history. Each costs what the part holds,
//! not what the strategy holds.

use super::{Action, Document, Event, Id, Indicator, Item, Milestone, Owner, Phase, Strategy};
use super::{Theme, Value};

/// What an edit touched.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The strategy's own fields: every field that is not a list of entities.
    Head,
    /// One entity of a top-level list, by id.
    Entity(List, Id),
    /// The order of a top-level list: touched before an edit adds, removes
    /// or moves one of its entities, so that undo puts each back exactly
    /// where it was, however many moved in one edit.
    Order(List),
}

macro_rules! lists {
    ($($variant:ident $field:ident $ty:ident $key:literal,)*) => {
        /// A top-level list of entities of the strategy.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum List {
            $(
                #[doc = concat!("`", $key, "`")]
                $variant,
            )*
        }

        /// One entity of a top-level list, as it was or is.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Entity {
            $(
                #[doc = concat!("An entity of `", $key, "`.")]
                $variant($ty),
            )*
        }

        impl List {
            /// Every top-level list.
            pub const ALL: &[List] = &[$(List::$variant),*];

            /// The list's key in the strategy's JSON.
            pub fn key(self) -> &'static str {
                match self { $(List::$variant => $key),* }
            }

            /// The list named `key` in the strategy's JSON.
            pub fn from_key(key: &str) -> Option<List> {
                match key { $($key => Some(List::$variant),)* _ => None }
            }

            /// The ids of the list's entities, in order.
            pub fn ids(self, s: &Strategy) -> Vec<&Id> {
                match self { $(List::$variant => s.$field.iter().map(|e| &e.id).collect()),* }
            }

            /// Where the entity `id` is in the list.
            pub fn index(self, s: &Strategy, id: &Id) -> Option<usize> {
                match self { $(List::$variant => s.$field.iter().position(|e| e.id == *id)),* }
            }

            /// The id of the entity at `index`, if there is one.
            pub fn ids_at(self, s: &Strategy, index: usize) -> Option<&Id> {
                match self { $(List::$variant => s.$field.get(index).map(|e| &e.id)),* }
            }

            /// How many entities the list holds.
            pub fn len(self, s: &Strategy) -> usize {
                match self { $(List::$variant => s.$field.len()),* }
            }

            /// Whether the list is empty.
            pub fn is_empty(self, s: &Strategy) -> bool {
                self.len(s) == 0
            }

            /// The entity at `index`.
            pub fn get(self, s: &Strategy, index: usize) -> Option<Entity> {
                match self { $(List::$variant => s.$field.get(index).cloned().map(Entity::$variant)),* }
            }

            /// The entity at `index` as JSON.
            pub fn json(self, s: &Strategy, index: usize) -> Option<serde_json::Value> {
                match self {
                    $(List::$variant => s.$field.get(index).and_then(|e| serde_json::to_value(e).ok())),*
                }
            }

            /// Takes the entity at `index` out of the list.
            pub fn remove(self, s: &mut Strategy, index: usize) {
                match self { $(List::$variant => { s.$field.remove(index); }),* }
            }

            /// Sorts the list by `order` (ids not in it go last).
            fn reorder(self, s: &mut Strategy, order: &[Id]) {
                let at: std::collections::HashMap<&Id, usize> =
                    order.iter().enumerate().map(|(i, id)| (id, i)).collect();
                match self {
                    $(List::$variant => s.$field.sort_by_key(|e| at.get(&e.id).copied().unwrap_or(usize::MAX))),*
                }
            }

            /// Swaps the entities at `i` and `j`.
            pub fn swap(self, s: &mut Strategy, i: usize, j: usize) {
                match self { $(List::$variant => s.$field.swap(i, j)),* }
            }
        }

        impl Entity {
            /// The entity's id.
            pub fn id(&self) -> &Id {
                match self { $(Entity::$variant(e) => &e.id),* }
            }

            /// The list it belongs to.
            pub fn list(&self) -> List {
                match self { $(Entity::$variant(_) => List::$variant),* }
            }

            /// The entity as JSON.
            pub fn to_json(&self) -> serde_json::Value {
                match self {
                    $(Entity::$variant(e) => serde_json::to_value(e).unwrap_or_default()),*
                }
            }

            /// An entity of `list` read from JSON.
            pub fn from_json(list: List, v: serde_json::Value) -> serde_json::Result<Entity> {
                Ok(match list {
                    $(List::$variant => Entity::$variant(serde_json::from_value(v)?)),*
                })
            }

            /// Puts the entity at `index` of its list (at the end when past
            /// it), or replaces the one there.
            pub fn put(self, s: &mut Strategy, index: usize, replace: bool) {
                match self {
                    $(Entity::$variant(e) => {
                        let v = &mut s.$field;
                        if replace { v[index] = e } else { v.insert(index.min(v.len()), e) }
                    }),*
                }
            }
        }
    };
}

lists! {
    StartingPoints starting_points Item "startingPoints",
    Values values Value "values",
    Themes themes Theme "themes",
    Foundation foundation Item "foundation",
    Actions actions Action "actions",
    Owners owners Owner "owners",
    Documents documents Document "documents",
    Phases phases Phase "phases",
    Milestones milestones Milestone "milestones",
    Indicators indicators Indicator "indicators",
    Events events Event "events",
}

/// A list of entities anywhere in the strategy, by its JSON key: the
/// top-level lists and those nested in an entity (a theme's goals, an
/// action's status history, a value's points and their sub-points).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum ListKey {
    /// The strategy's starting points.
    StartingPoints,
    /// The values.
    Values,
    /// The themes.
    Themes,
    /// The foundation.
    Foundation,
    /// The actions.
    Actions,
    /// The owners.
    Owners,
    /// Plans, reports and programmes.
    Documents,
    /// The rollout phases.
    Phases,
    /// The milestones.
    Milestones,
    /// The indicators.
    Indicators,
    /// The events.
    Events,
    /// A theme's goals.
    Goals,
    /// A theme's success factors.
    SuccessFactors,
    /// A value's points.
    Points,
    /// A point's sub-points.
    Children,
    /// An action's recorded status changes.
    StatusHistory,
    /// An event's topics.
    Topics,
}

impl ListKey {
    /// The key in the strategy's JSON.
    pub fn key(self) -> &'static str {
        match self {
            ListKey::StartingPoints => "startingPoints",
            ListKey::Values => "values",
            ListKey::Themes => "themes",
            ListKey::Foundation => "foundation",
            ListKey::Actions => "actions",
            ListKey::Owners => "owners",
            ListKey::Documents => "documents",
            ListKey::Phases => "phases",
            ListKey::Milestones => "milestones",
            ListKey::Indicators => "indicators",
            ListKey::Events => "events",
            ListKey::Goals => "goals",
            ListKey::SuccessFactors => "successFactors",
            ListKey::Points => "points",
            ListKey::Children => "children",
            ListKey::StatusHistory => "statusHistory",
            ListKey::Topics => "topics",
        }
    }

    /// The kind of its entities, as the catalogues name it (`entity-…`).
    pub fn kind(self) -> &'static str {
        match self {
            ListKey::StartingPoints => "starting-point",
            ListKey::Values => "value",
            ListKey::Themes => "theme",
            ListKey::Foundation => "foundation",
            ListKey::Actions => "action",
            ListKey::Owners => "owner",
            ListKey::Documents => "document",
            ListKey::Phases => "phase",
            ListKey::Milestones => "milestone",
            ListKey::Indicators => "indicator",
            ListKey::Events => "event",
            ListKey::Goals => "goal",
            ListKey::SuccessFactors => "success-factor",
            ListKey::Points | ListKey::Children => "bullet",
            ListKey::StatusHistory => "status-change",
            ListKey::Topics => "topic",
        }
    }

    /// The catalogue id of the name of its entities' kind (`entity-action`).
    pub fn name_id(self) -> &'static str {
        match self {
            ListKey::StartingPoints => "entity-starting-point",
            ListKey::Values => "entity-value",
            ListKey::Themes => "entity-theme",
            ListKey::Foundation => "entity-foundation",
            ListKey::Actions => "entity-action",
            ListKey::Owners => "entity-owner",
            ListKey::Documents => "entity-document",
            ListKey::Phases => "entity-phase",
            ListKey::Milestones => "entity-milestone",
            ListKey::Indicators => "entity-indicator",
            ListKey::Events => "entity-event",
            ListKey::Goals => "entity-goal",
            ListKey::SuccessFactors => "entity-success-factor",
            ListKey::Points | ListKey::Children => "entity-bullet",
            ListKey::StatusHistory => "entity-status-change",
            ListKey::Topics => "entity-topic",
        }
    }

    /// The list named `key` in the strategy's JSON.
    pub fn from_key(key: &str) -> Option<ListKey> {
        ListKey::ALL.iter().copied().find(|l| l.key() == key)
    }

    /// Every list key.
    pub const ALL: &[ListKey] = &[
        ListKey::StartingPoints,
        ListKey::Values,
        ListKey::Themes,
        ListKey::Foundation,
        ListKey::Actions,
        ListKey::Owners,
        ListKey::Documents,
        ListKey::Phases,
        ListKey::Milestones,
        ListKey::Indicators,
        ListKey::Events,
        ListKey::Goals,
        ListKey::SuccessFactors,
        ListKey::Points,
        ListKey::Children,
        ListKey::StatusHistory,
        ListKey::Topics,
    ];

    /// A new entity of the list with nothing given: every field at its
    /// default (an owner is a unit, a document a plan), as JSON.
    pub fn blank(self) -> serde_json::Value {
        use super::{Bullet, Goal, StatusChange};
        fn of<T: Default + serde::Serialize>() -> serde_json::Value {
            serde_json::to_value(T::default()).unwrap_or_default()
        }
        match self {
            ListKey::StartingPoints
            | ListKey::Foundation
            | ListKey::SuccessFactors
            | ListKey::Topics => of::<Item>(),
            ListKey::Values => of::<Value>(),
            ListKey::Themes => of::<Theme>(),
            ListKey::Actions => of::<Action>(),
            ListKey::Owners => of::<Owner>(),
            ListKey::Documents => of::<Document>(),
            ListKey::Phases => of::<Phase>(),
            ListKey::Milestones => of::<Milestone>(),
            ListKey::Indicators => of::<Indicator>(),
            ListKey::Events => of::<Event>(),
            ListKey::Goals => of::<Goal>(),
            ListKey::Points | ListKey::Children => of::<Bullet>(),
            ListKey::StatusHistory => of::<StatusChange>(),
        }
    }

    /// The top-level list it is, if it is one.
    pub fn top(self) -> Option<List> {
        List::from_key(self.key())
    }
}

/// What a part held at one moment: the head's fields, or the entity with
/// its place in its list (none when it did not exist).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // nearly every image is an entity's
pub enum Image {
    /// The strategy's own fields (its lists empty).
    Head(Box<Strategy>),
    /// The entity and where it stood.
    Entity(Option<(usize, Entity)>),
    /// The ids of a list, in order.
    Order(Vec<Id>),
}

/// The strategy's own fields, with every list of entities empty.
pub fn head(s: &Strategy) -> Strategy {
    let Strategy {
        id,
        town,
        name,
        period,
        vision,
        vision_year,
        mission,
        slogan,
        description,
        theme_label,
        starting_points: _,
        values_label,
        values: _,
        themes: _,
        foundation: _,
        change_by,
        governance,
        actions: _,
        owners: _,
        documents: _,
        phases: _,
        milestones: _,
        indicators: _,
        events: _,
    } = s;
    Strategy {
        id: id.clone(),
        town: town.clone(),
        name: name.clone(),
        period: *period,
        vision: vision.clone(),
        vision_year: *vision_year,
        mission: mission.clone(),
        slogan: slogan.clone(),
        description: description.clone(),
        theme_label: theme_label.clone(),
        values_label: values_label.clone(),
        change_by: *change_by,
        governance: governance.clone(),
        ..Strategy::default()
    }
}

/// Sets the strategy's own fields to those of `h`, keeping its lists.
pub fn set_head(s: &mut Strategy, h: &Strategy) {
    let lists = (
        std::mem::take(&mut s.starting_points),
        std::mem::take(&mut s.values),
        std::mem::take(&mut s.themes),
        std::mem::take(&mut s.foundation),
        std::mem::take(&mut s.actions),
        std::mem::take(&mut s.owners),
        std::mem::take(&mut s.documents),
        std::mem::take(&mut s.phases),
        std::mem::take(&mut s.milestones),
        std::mem::take(&mut s.indicators),
        std::mem::take(&mut s.events),
    );
    *s = head(h);
    (
        s.starting_points,
        s.values,
        s.themes,
        s.foundation,
        s.actions,
        s.owners,
        s.documents,
        s.phases,
        s.milestones,
        s.indicators,
        s.events,
    ) = lists;
}

/// What `part` holds in `s` now.
pub fn image(s: &Strategy, part: &Part) -> Image {
    match part {
        Part::Head => Image::Head(Box::new(head(s))),
        Part::Entity(list, id) => Image::Entity(
            list.index(s, id)
                .and_then(|i| list.get(s, i).map(|e| (i, e))),
        ),
        Part::Order(list) => Image::Order(list.ids(s).into_iter().cloned().collect()),
    }
}

/// Makes the parts of `s` what the images say: the head's fields set, each
/// entity put back at its place (or taken out where it did not exist), and
/// a list whose order is among them put in that order. Restoring the images
/// of every part an edit touched undoes it exactly.
pub fn restore(s: &mut Strategy, images: &[(Part, Image)]) {
    // The common case, entities edited where they stand, is done in place;
    // anything else takes the touched entities out and puts them back at
    // their places, lowest first.
    let in_place = images.iter().all(|(part, img)| match (part, img) {
        (Part::Entity(list, id), Image::Entity(Some((j, _)))) => list.index(s, id) == Some(*j),
        (Part::Entity(list, id), Image::Entity(None)) => list.index(s, id).is_none(),
        _ => true,
    });
    let mut placed: Vec<(usize, Entity)> = Vec::new();
    for (part, img) in images {
        match (part, img) {
            (Part::Head, Image::Head(h)) => set_head(s, h),
            (Part::Entity(_, _), Image::Entity(Some((i, e)))) if in_place => {
                e.clone().put(s, *i, true)
            }
            (Part::Entity(list, id), Image::Entity(e)) => {
                if let Some(i) = list.index(s, id) {
                    list.remove(s, i);
                }
                if let Some(e) = e {
                    placed.push(e.clone());
                }
            }
            _ => {}
        }
    }
    placed.sort_by_key(|(i, _)| *i);
    for (i, e) in placed {
        e.put(s, i, false);
    }
    for (part, img) in images {
        if let (Part::Order(list), Image::Order(ids)) = (part, img) {
            list.reorder(s, ids);
        }
    }
}

/// The images of `parts` in `s`.
pub fn images(s: &Strategy, parts: &[Part]) -> Vec<(Part, Image)> {
    parts.iter().map(|p| (p.clone(), image(s, p))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(id: &str, name: &str) -> Action {
        Action {
            id: Id(id.into()),
            name: name.into(),
            ..Action::default()
        }
    }

    fn names(s: &Strategy) -> Vec<&str> {
        s.actions.iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn restoring_the_images_of_the_touched_parts_undoes_an_edit_move_add_and_removal() {
        let mut s = Strategy {
            vision: "Vanha".into(),
            actions: vec![action("a", "A"), action("b", "B"), action("c", "C")],
            ..Strategy::default()
        };
        let before = s.clone();
        let parts = vec![
            Part::Head,
            Part::Entity(List::Actions, Id("a".into())),
            Part::Entity(List::Actions, Id("c".into())),
            Part::Entity(List::Actions, Id("d".into())),
            Part::Order(List::Actions),
        ];
        let images_before = images(&s, &parts);
        s.vision = "Uusi".into();
        s.actions.remove(0); // a removed
        s.actions.insert(0, s.actions[1].clone()); // c moved first
        s.actions.truncate(2);
        s.actions.push(action("d", "D")); // d added
        assert_eq!(names(&s), ["C", "B", "D"]);
        let images_after = images(&s, &parts);

        restore(&mut s, &images_before);
        assert_eq!(s, before);
        restore(&mut s, &images_after);
        assert_eq!(names(&s), ["C", "B", "D"]);
        assert_eq!(s.vision, "Uusi");
    }

    #[test]
    fn the_head_holds_every_field_but_the_lists() {
        let s = Strategy {
            name: "Strategia".into(),
            actions: vec![action("a", "A")],
            ..Strategy::default()
        };
        let h = head(&s);
        assert_eq!(h.name, "Strategia");
        assert!(h.actions.is_empty());
        let mut t = Strategy::default();
        t.actions.push(action("b", "B"));
        set_head(&mut t, &s);
        assert_eq!((t.name.as_str(), names(&t)), ("Strategia", vec!["B"]));
    }

    #[test]
    fn every_list_key_names_its_list() {
        for l in List::ALL {
            assert_eq!(List::from_key(l.key()), Some(*l));
        }
    }
}
