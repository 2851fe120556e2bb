//! Small strategies for tests that edit, save, merge and sync by hand: one
//! of Paimio with a theme and an action, the same without the action, and
//! the origin of the merge tests (three themes, two actions, a value).

use tiekartta::model::{Action, Bullet, Strategy, Theme, Value};

fn theme(id: &str, name: &str) -> Theme {
    Theme {
        id: id.into(),
        name: name.into(),
        ..Theme::default()
    }
}

fn action(id: &str, theme: &str, name: &str) -> Action {
    Action {
        id: id.into(),
        theme: theme.into(),
        name: name.into(),
        ..Action::default()
    }
}

/// Paimio's "Strategia": a vision, the theme `t1` (Talous) and the action
/// `a1` (Katselmus) in it.
pub fn small() -> Strategy {
    Strategy {
        id: "s".into(),
        town: "Paimio".into(),
        name: "Strategia".into(),
        vision: "Paimio on hyvä paikka elää.".into(),
        themes: vec![theme("t1", "Talous")],
        actions: vec![action("a1", "t1", "Katselmus")],
        ..Strategy::default()
    }
}

/// [`small`] without its action, for tests that count the actions they add.
pub fn small_without_actions() -> Strategy {
    Strategy {
        actions: vec![],
        ..small()
    }
}

/// The origin the merge tests copy: [`small`] with the themes `t2`
/// (Hyvinvointi) and `t3` (Elinvoima), the action `a2` (Liikuntapaikat) in
/// `t2`, and the value `v1` whose meaning is two paragraphs and which has
/// one point.
pub fn origin() -> Strategy {
    let mut s = small();
    s.themes
        .extend([theme("t2", "Hyvinvointi"), theme("t3", "Elinvoima")]);
    s.actions.push(action("a2", "t2", "Liikuntapaikat"));
    s.values = vec![Value {
        id: "v1".into(),
        name: "Palveleva Paimio".into(),
        meaning: "Ensimmäinen kappale kertoo palvelusta.\n\nToinen kappale kertoo yhteistyöstä."
            .into(),
        points: vec![Bullet {
            id: "b1".into(),
            text: "Asukas ensin".into(),
            children: vec![],
        }],
        ..Value::default()
    }];
    s
}
