//! A blank strategy for a council term, for the CLI's `new` and the app's
//! start view alike: the town, the years, what its themes are called.

use crate::i18n::{Lang, Message};
use crate::model::{Id, Period, Strategy, ThemeLabel};

/// The plural Finns use for a theme word: "helmi" → "helmet", "aalto" →
/// "aallot"; other words take "-t".
fn plural(word: &str) -> String {
    match word {
        "helmi" => "helmet".into(),
        "aalto" => "aallot".into(),
        "kärki" => "kärjet".into(),
        "strateginen päämäärä" => "strategiset päämäärät".into(),
        w if w.ends_with('i') => format!("{}et", &w[..w.len() - 1]),
        w => format!("{w}t"),
    }
}

/// A blank strategy for a council term: a town, a name, a period.
pub fn blank(town: &str, years: Period, theme_word: Option<&str>, lang: Lang) -> Strategy {
    let mut s = Strategy {
        id: Id::fresh("strategy"),
        town: town.trim().to_owned(),
        period: Some(years),
        ..Default::default()
    };
    s.name = lang.tr(&Message::new("cli-new-name")
        .arg("town", town.trim())
        .arg("years", years.to_finnish()));
    if let Some(w) = theme_word.map(str::trim).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        s.theme_label = ThemeLabel {
            plural: plural(&w),
            singular: w,
        };
    }
    s
}
