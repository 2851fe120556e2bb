//! Messages in Finnish, Swedish and English from one catalogue.
//!
//! Every sentence a person reads (errors, validation problems, CLI help,
//! handout labels) lives in the Fluent files under `i18n/` at the root of the
//! repository (`fi.ftl`, `sv.ftl`, `en.ftl`); the UI loads the same files.
//! Code never holds the text itself: it builds a [`Message`] (an id and named
//! arguments) and a [`Lang`] turns it into a sentence.

mod numbers;

pub use numbers::{NBSP, number, quantity};

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

const FI: &str = include_str!("../../i18n/fi.ftl");
const SV: &str = include_str!("../../i18n/sv.ftl");
const EN: &str = include_str!("../../i18n/en.ftl");

/// A language the user interface and the handouts speak.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Lang {
    /// Suomi, the default.
    #[default]
    Fi,
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, Finnish first.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The two-letter code: `fi`, `sv`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Reads `fi`, `sv`, `en` (or a locale such as `sv_FI.UTF-8`).
    pub fn parse(text: &str) -> Option<Lang> {
        let t = text.trim().to_ascii_lowercase();
        let head: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        match head.as_str() {
            "fi" | "fin" | "suomi" => Some(Lang::Fi),
            "sv" | "swe" | "svenska" => Some(Lang::Sv),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language asked for by the environment (`TIEKARTTA_LANG`,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`), else Finnish.
    pub fn from_env() -> Lang {
        ["TIEKARTTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C."))
            .find_map(|v| Lang::parse(&v))
            .unwrap_or_default()
    }

    /// Says `message` in this language.
    pub fn tr(self, message: &Message) -> String {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(message.id).and_then(|m| m.value()) else {
            // A missing translation falls back to Finnish, then to the id.
            if self != Lang::Fi {
                return Lang::Fi.tr(message);
            }
            return message.id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (k, v) in &message.args {
            match v {
                Arg::Text(s) => args.set(*k, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*k, FluentValue::from(*n)),
                Arg::Figure(n) => args.set(*k, FluentValue::from(number(*n, self))),
                Arg::Message(m) => args.set(*k, FluentValue::from(self.tr(m))),
                Arg::Lines(ms) => {
                    let lines: Vec<String> = ms.iter().map(|m| self.tr(m)).collect();
                    args.set(*k, FluentValue::from(lines.join("\n")))
                }
            }
        }
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// Says the message with this id and no arguments.
    pub fn text(self, id: &'static str) -> String {
        self.tr(&Message::new(id))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// The name of a model field (`slogan`, `due`, `successFactors`) in this
    /// language, for history lines and conflicts; an unknown field stays as is.
    pub fn field(self, field: &str) -> String {
        let id = format!("field-{field}");
        let bundle = bundle(self);
        match bundle.get_message(&id).and_then(|m| m.value()) {
            Some(pattern) => {
                let mut errors = vec![];
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned()
            }
            None => field.to_owned(),
        }
    }
}

/// A sentence still to be said: a catalogue id and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The id in the Fluent catalogue; also the code the UI switches on.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number, for Fluent to choose a plural by.
    Number(f64),
    /// A figure, written as the language writes numbers (18 420; 1,5).
    Figure(f64),
    /// Another message, said in the same language (the name of a kind).
    Message(Box<Message>),
    /// Messages said in the same language, a line each.
    Lines(Vec<Message>),
}

impl Message {
    /// A message with no arguments yet.
    pub fn new(id: &'static str) -> Self {
        Message { id, args: vec![] }
    }

    /// Adds a text argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds another message as an argument, said in the same language.
    pub fn arg_msg(mut self, name: &'static str, value: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// Adds messages said in the same language, a line each.
    pub fn arg_lines(mut self, name: &'static str, lines: Vec<Message>) -> Self {
        self.args.push((name, Arg::Lines(lines)));
        self
    }

    /// Adds a figure, written as the language writes numbers.
    pub fn figure(mut self, name: &'static str, value: f64) -> Self {
        self.args.push((name, Arg::Figure(value)));
        self
    }

    /// Adds a number argument.
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (slot, source) = match lang {
        Lang::Fi => (&BUNDLES[0], FI),
        Lang::Sv => (&BUNDLES[1], SV),
        Lang::En => (&BUNDLES[2], EN),
    };
    slot.get_or_init(|| {
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks around arguments: they would end up in
        // terminals and PDFs as invisible characters.
        b.set_use_isolating(false);
        // The catalogue is compiled in and checked by a test; a broken entry
        // is skipped rather than taking the program down.
        let res = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
        b
    })
}

/// Every message id in a catalogue source (for tests and the UI check).
pub fn ids_in(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| !l.starts_with(['#', ' ', '\t', '.']) && l.contains('='))
        .filter_map(|l| l.split('=').next())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod plurals;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses_without_errors() {
        for (name, src) in [("fi", FI), ("sv", SV), ("en", EN)] {
            assert!(
                FluentResource::try_new(src.to_owned()).is_ok(),
                "{name}.ftl has syntax errors"
            );
        }
    }

    #[test]
    fn swedish_and_english_have_every_finnish_message() {
        let fi = ids_in(FI);
        for (name, src) in [("sv", SV), ("en", EN)] {
            let other = ids_in(src);
            let missing: Vec<_> = fi.iter().filter(|id| !other.contains(id)).collect();
            assert!(missing.is_empty(), "{name}.ftl lacks {missing:?}");
        }
    }

    #[test]
    fn arguments_are_filled_in_each_language() {
        let m = Message::new("model-end-before-start")
            .arg("start", "2025")
            .arg("end", "2022");
        for lang in Lang::ALL {
            let s = lang.tr(&m);
            assert!(s.contains("2025") && s.contains("2022"), "{lang}: {s}");
        }
        assert_ne!(Lang::Fi.tr(&m), Lang::Sv.tr(&m));
    }

    #[test]
    fn field_names_are_translated_and_unknown_ones_stay_as_they_are() {
        assert_eq!(Lang::Fi.field("slogan"), "iskulause");
        assert_eq!(Lang::Sv.field("due"), "tidsfrist");
        assert_eq!(Lang::En.field("successFactors"), "success factors");
        assert_eq!(Lang::Fi.field("noSuchField"), "noSuchField");
    }

    #[test]
    fn every_model_field_has_a_name_in_the_catalogue() {
        let schema = crate::interchange::json_schema();
        let value: serde_json::Value = serde_json::from_str(&schema).unwrap();
        let mut missing = vec![];
        for def in value["$defs"]
            .as_object()
            .unwrap()
            .values()
            .chain([&value["properties"]["strategy"]])
        {
            if let Some(props) = def["properties"].as_object() {
                for key in props.keys() {
                    if Lang::Fi.field(key) == *key && !missing.contains(key) {
                        missing.push(key.clone());
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "fi.ftl lacks field names for {missing:?}"
        );
    }

    #[test]
    fn locales_from_the_environment_are_understood() {
        assert_eq!(Lang::parse("sv_FI.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::parse("en_US"), Some(Lang::En));
        assert_eq!(Lang::parse("de_DE"), None);
    }
}
