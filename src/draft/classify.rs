//! What each row is: a heading that opens a section (vision, values,
//! themes under the town's own word, success factors, actions, plans,
//! preparation, evaluation), or an item of the section it stands in.
//! The rows go to the [`Builder`] in order; what fits nowhere is returned
//! as not understood.

use super::build::Builder;
use super::lines::{Mark, Row};
use super::words::{norm, period_in, sentence_case, years};
use super::{Became, Entity};
use crate::model::{PlanDate, ThemeLabel};

/// The part of the document a row stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Intro,
    Vision,
    Mission,
    Slogan,
    Values,
    Themes,
    ChangeShows,
    StartingPoints,
    Foundation,
    Documents,
    Preparation,
    Evaluation,
    Other,
}

/// The part of a theme a row stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    None,
    Goals,
    Factors,
    Actions,
}

/// The town's words for its themes: (word, singular, plural).
const THEME_WORDS: &[(&str, &str, &str)] = &[
    ("aalto", "aalto", "aallot"),
    ("aallot", "aalto", "aallot"),
    ("aaltoa", "aalto", "aallot"),
    ("helmi", "helmi", "helmet"),
    ("helmet", "helmi", "helmet"),
    ("kärki", "kärki", "kärjet"),
    ("kärjet", "kärki", "kärjet"),
    ("kärkeä", "kärki", "kärjet"),
    ("teema", "teema", "teemat"),
    ("teemat", "teema", "teemat"),
    ("painopiste", "painopiste", "painopisteet"),
    ("painopisteet", "painopiste", "painopisteet"),
    ("päämäärä", "strateginen päämäärä", "strategiset päämäärät"),
    ("päämäärät", "strateginen päämäärä", "strategiset päämäärät"),
];

/// The section (and theme part) a heading opens, by its words; `strict`
/// when the row does not look like a heading, so that only its last word
/// counts ("Kaarinan visio", but not "Palvelustrategia ja -suunnitelma").
fn section_of(text: &str, strict: bool) -> Option<(Section, Sub)> {
    let n = norm(text);
    let words: Vec<&str> = n.split(' ').collect();
    let last = *words.last()?;
    let any = |f: &dyn Fn(&str) -> bool| {
        if strict {
            f(last)
        } else {
            words.iter().any(|w| f(w))
        }
    };
    if n.contains("muutos näky") {
        return Some((Section::ChangeShows, Sub::None));
    }
    if any(&|w| w.contains("visio") && !w.contains("visa") || w == "tahtotila") {
        return Some((Section::Vision, Sub::None));
    }
    if any(&|w| w.contains("missio") || w == "tarkoitus" || w == "perustehtävä") {
        return Some((Section::Mission, Sub::None));
    }
    if any(&|w| w.contains("slogan") || w == "tunnuslause") {
        return Some((Section::Slogan, Sub::None));
    }
    if any(&|w| w.starts_with("lähtökoh")) {
        return Some((Section::StartingPoints, Sub::None));
    }
    if any(&|w| w == "kivijalka" || w == "perusta") {
        return Some((Section::Foundation, Sub::None));
    }
    if any(&|w| w.starts_with("tavoit")) {
        return Some((Section::Themes, Sub::Goals));
    }
    if any(&|w| w.starts_with("toimenpi") || w == "toimet" || w == "teot") {
        return Some((Section::Themes, Sub::Actions));
    }
    if n.contains("näitä edistämme") || any(&|w| THEME_WORDS.iter().any(|(t, _, _)| *t == w)) {
        return Some((Section::Themes, Sub::None));
    }
    if any(&|w| {
        (w.starts_with("arvo") && !w.starts_with("arvostam")) || w.starts_with("periaattee")
    }) {
        return Some((Section::Values, Sub::None));
    }
    if any(&|w| {
        ["suunnitelmat", "ohjelmat", "raportit", "kertomukset"]
            .iter()
            .any(|e| w.ends_with(e))
            || w.starts_with("juurrut")
            || w.starts_with("jalkaut")
    }) {
        return Some((Section::Documents, Sub::None));
    }
    if any(&|w| w.starts_with("valmistel")) {
        return Some((Section::Preparation, Sub::None));
    }
    if any(&|w| w == "seuranta" || w == "arviointi" || w.starts_with("toteutumi")) {
        return Some((Section::Evaluation, Sub::None));
    }
    None
}

/// The label a themes heading gives: "STRATEGIAN KOLME AALTOA" → aalto/aallot.
fn theme_label(text: &str) -> Option<ThemeLabel> {
    let n = norm(text);
    if n.contains("näitä edistämme") {
        return Some(ThemeLabel {
            singular: "painopiste".into(),
            plural: "painopisteet".into(),
        });
    }
    n.split(' ').find_map(|w| {
        THEME_WORDS
            .iter()
            .find(|(t, _, _)| *t == w)
            .map(|(_, s, p)| ThemeLabel {
                singular: (*s).into(),
                plural: (*p).into(),
            })
    })
}

/// "AALTO 1. Talous ja arkijärki" → ("AALTO 1", "Talous ja arkijärki").
fn theme_code(text: &str) -> Option<(String, String)> {
    let mut it = text.splitn(3, ' ');
    let word = it.next()?;
    let num = it.next()?;
    let rest = it.next().unwrap_or("").trim();
    let lw = word.to_lowercase();
    let digits = num.trim_end_matches(['.', ':']);
    if !THEME_WORDS.iter().any(|(t, _, _)| *t == lw)
        || digits.is_empty()
        || digits.len() > 2
        || !digits.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some((format!("{word} {digits}"), rest.to_owned()))
}

/// Where the rows go, and what the last rows opened.
pub(crate) struct Classifier {
    pub b: Builder,
    section: Section,
    sub: Sub,
    /// Bullets right after a themes heading list the themes.
    listing_themes: bool,
    /// A theme known only by its code waits for its name on the next row.
    pending_name: bool,
    /// The last row made a theme (its tagline may follow).
    just_theme: bool,
    /// Themes came with their word and number ("AALTO 1"): a heading
    /// without one is not a theme.
    coded_themes: bool,
    /// The items of the current theme part were bullets.
    sub_bullets: bool,
    /// The items of the current theme part were numbered.
    sub_numbered: bool,
    /// The last row made an action (a description may follow).
    just_action: bool,
    /// A list under a heading not understood: its bullets are not either.
    skip_list: bool,
    /// The indent of the first bullet of the current list.
    base_indent: Option<usize>,
    /// The town's name without its genitive: "Kokkola".
    town_base: String,
}

impl Classifier {
    pub fn new(rows: &[Row]) -> Self {
        let mut b = Builder::new();
        // The town: "Nokian kaupunki", "Paimion kaupungin", from a short row.
        let town = rows.iter().filter(|r| r.words() <= 8).find_map(|r| {
            let words: Vec<&str> = r.text.split_whitespace().collect();
            words.windows(2).find_map(|w| {
                let next = w[1].to_lowercase();
                let first = w[0].trim_matches(|c: char| !c.is_alphanumeric());
                (first.ends_with(['n', 'N'])
                    && first.chars().count() > 2
                    && (next.starts_with("kaupun")
                        || next.starts_with("kunta")
                        || next.starts_with("kunnan")))
                .then(|| {
                    let kind = if next.starts_with("kaupun") {
                        "kaupunki"
                    } else {
                        "kunta"
                    };
                    format!("{} {kind}", sentence_case(&first.to_lowercase()))
                })
            })
        });
        let town_base = town
            .as_deref()
            .and_then(|t| t.split(' ').next())
            .map(|w| w.trim_end_matches('n').to_owned())
            .unwrap_or_default();
        if let Some(t) = town {
            b.s.town = t;
        }
        Classifier {
            b,
            section: Section::Intro,
            sub: Sub::None,
            listing_themes: false,
            pending_name: false,
            just_theme: false,
            coded_themes: false,
            sub_bullets: false,
            sub_numbered: false,
            just_action: false,
            skip_list: false,
            base_indent: None,
            town_base,
        }
    }

    /// Where one row went; `None` when it was not understood.
    pub fn row(&mut self, r: &Row) -> Option<Became> {
        let was_theme = std::mem::take(&mut self.just_theme);
        let was_action = std::mem::take(&mut self.just_action);
        if r.mark == Mark::None || r.mark == Mark::Arrow {
            self.base_indent = None;
        }
        if !matches!(r.mark, Mark::Bullet | Mark::Number { .. }) {
            self.skip_list = false;
        }
        let t = r.text.trim();
        if t.is_empty() {
            return Some(Became::Heading);
        }
        let sid = self.b.s.id.clone();
        let strategy_field = |field| Became::Field {
            entity: Entity::Strategy,
            id: sid.clone(),
            field,
        };
        // Years alone ("2018", "2025"): the strategy's period.
        let ys = years(t);
        if !ys.is_empty()
            && t.split_whitespace()
                .all(|w| w.len() == 4 && w.parse::<i32>().is_ok())
        {
            return self.lone_years(&ys).then(|| strategy_field("period"));
        }
        if let Some(field) = self.b.repeats_known(t) {
            return Some(strategy_field(field));
        }
        if !self.b.s.town.is_empty() && norm(t) == norm(&self.b.s.town) {
            return Some(strategy_field("town"));
        }
        if !self.b.s.name.is_empty() && norm(t) == norm(&self.b.s.name) {
            return Some(strategy_field("name"));
        }
        let lower = t.to_lowercase();
        if [
            "missä meidän pitää onnistua",
            "menestystekij",
            "onnistumisen edellytyk",
        ]
        .iter()
        .any(|p| lower.contains(p))
            && r.words() <= 14
        {
            if let Some(inline) = t
                .split_once(':')
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
            {
                self.sub = Sub::Factors;
                let mut first = None;
                for part in inline.split(", ") {
                    first = first.or(self.b.success_factor(part));
                }
                return first;
            }
            self.section = Section::Themes;
            self.sub = Sub::Factors;
            self.sub_bullets = false;
            return Some(Became::Heading);
        }
        if t.ends_with('?') && r.words() <= 14 {
            return Some(Became::Heading);
        }
        if lower.starts_with("vastuu:") || lower.starts_with("vastuussa:") {
            return self.b.action_owners(t);
        }
        if let Some((code, rest)) = theme_code(t) {
            self.section = Section::Themes;
            self.sub = Sub::None;
            self.coded_themes = true;
            self.listing_themes = false;
            let label_word = code.split(' ').next().unwrap_or_default();
            if let Some(l) = theme_label(label_word) {
                self.b.s.theme_label = l;
            }
            self.pending_name = rest.is_empty();
            self.just_theme = true;
            return Some(self.b.theme(&code, &rest));
        }
        if let Some(b) = self.inline(r, t) {
            return b;
        }
        let heading_like = r.looks_like_heading()
            || (r.mark == Mark::Arrow && r.is_caps())
            || (t.ends_with(':') && r.words() <= 10);
        let short = r.words() <= 10 && !t.ends_with('.') && r.mark == Mark::None;
        let looks = r.md_heading.is_some() || r.is_caps() || r.bold;
        if (heading_like || short)
            && let Some((section, sub)) = section_of(t, !looks)
        {
            return Some(self.open(section, sub, r, t));
        }
        if self.section == Section::Intro && self.title(r, t) {
            return Some(strategy_field("name"));
        }
        if heading_like && t.ends_with(':') && r.mark == Mark::None {
            // A heading of a list we do not know: "osa-alueet ovat:".
            self.skip_list = true;
            return None;
        }
        if self.skip_list && matches!(r.mark, Mark::Bullet | Mark::Number { .. }) {
            return None;
        }
        match self.section {
            Section::Intro | Section::Foundation | Section::Other
                if r.words() >= 8 && r.mark == Mark::None && r.text.ends_with('.') =>
            {
                if self.b.s.vision.is_empty()
                    && !self.town_base.is_empty()
                    && t.starts_with(&format!("{} on ", self.town_base))
                {
                    return Some(self.b.strategy_field("vision", t));
                }
                self.section = Section::Other;
                Some(self.b.strategy_field("description", t))
            }
            Section::Intro | Section::Other => None,
            Section::Vision | Section::Mission | Section::Slogan => {
                let field = match self.section {
                    Section::Vision => "vision",
                    Section::Mission => "mission",
                    _ => "slogan",
                };
                let own = match field {
                    "vision" => &self.b.s.vision,
                    "mission" => &self.b.s.mission,
                    _ => &self.b.s.slogan,
                };
                if !own.is_empty() && r.blank_before && r.mark == Mark::None {
                    self.section = Section::Other;
                    return self.row_again(r);
                }
                Some(self.b.strategy_field(field, t))
            }
            Section::StartingPoints => Some(self.b.item(Entity::StartingPoint, t)),
            Section::Foundation => Some(self.b.item(Entity::Foundation, t)),
            Section::Values => self.value_row(r, t, heading_like, short),
            Section::Themes => self.theme_row(r, t, heading_like, short, was_theme, was_action),
            Section::ChangeShows => {
                if heading_like && let Some(_) = self.b.find_theme(t) {
                    return Some(self.b.theme("", t));
                }
                self.b
                    .has_theme()
                    .then(|| self.b.theme_text("changeShows", t))
                    .flatten()
            }
            Section::Documents => {
                let child = self.is_child(r);
                let doc_word = [
                    "ohjelm",
                    "suunnitelm",
                    "raport",
                    "kertomu",
                    "strategia",
                    "tiekart",
                    "linjau",
                    "ohje",
                    "talousarvi",
                    "kaava",
                    "politiikka",
                ]
                .iter()
                .any(|w| lower.contains(w));
                let listed = matches!(r.mark, Mark::Bullet | Mark::Number { .. } | Mark::Arrow);
                ((listed || doc_word) && r.words() <= 14 && !r.is_sentence() && !t.ends_with('!'))
                    .then(|| self.b.document(t, child))
            }
            Section::Preparation => {
                if self.is_child(r) {
                    return self.b.topic(t);
                }
                let dated = super::words::trailing_dates(&t.replace("/ ", "/"))
                    .1
                    .is_some();
                (matches!(r.mark, Mark::Bullet | Mark::Number { .. }) || dated)
                    .then(|| self.b.event(t))
            }
            Section::Evaluation => {
                let ys = years(t);
                if !ys.is_empty() && (lower.contains("arvio") || lower.contains("seura")) {
                    return self.b.evaluations(t, &ys);
                }
                Some(self.b.strategy_field("governance", t))
            }
        }
    }

    /// The same row once more, in the section just changed to.
    fn row_again(&mut self, r: &Row) -> Option<Became> {
        self.row(r)
    }

    /// A bullet deeper than the first of its list: a sub-bullet.
    fn is_child(&mut self, r: &Row) -> bool {
        let listed = matches!(r.mark, Mark::Bullet | Mark::Number { .. });
        if !listed {
            self.base_indent = None;
            return false;
        }
        if matches!(r.mark, Mark::Number { nested: true, .. }) {
            return true;
        }
        match self.base_indent {
            Some(base) => r.indent > base,
            None => {
                self.base_indent = Some(r.indent);
                false
            }
        }
    }

    /// Lone years: the period of the strategy, if it has none.
    fn lone_years(&mut self, ys: &[i32]) -> bool {
        let s = &mut self.b.s;
        if let Some(p) = s.period {
            return ys
                .iter()
                .all(|y| (p.start.year_number()..=p.end.year_number()).contains(y));
        }
        if ys.len() >= 2 {
            s.period = crate::model::Period::new(PlanDate::Year(ys[0]), PlanDate::Year(ys[1])).ok();
            return s.period.is_some();
        }
        // One year now, the end of the period on the next row.
        if let Some(prev) = s.change_by.take()
            && let Ok(p) = crate::model::Period::new(prev, PlanDate::Year(ys[0]))
        {
            s.period = Some(p);
            return true;
        }
        s.change_by = PlanDate::year(ys[0]).ok();
        true
    }

    /// The strategy's name (and period) from a title row.
    fn title(&mut self, r: &Row, t: &str) -> bool {
        let lower = t.to_lowercase();
        if r.mark != Mark::None
            || !(lower.contains("strategia") || lower.contains("tiekartta"))
            || r.words() > 16
        {
            return false;
        }
        let mut name = t.replace("- strategia", "-strategia");
        if let Some((first, rest)) = name.split_once(". ")
            && rest.to_lowercase().contains("strategia")
        {
            self.b.strategy_field("slogan", &format!("{first}."));
            name = rest.to_owned();
        }
        if let Some(p) = period_in(&name) {
            self.b.s.period.get_or_insert(p);
        }
        let dated = |n: &str| n.chars().any(|c| c.is_ascii_digit());
        if self.b.s.name.is_empty() || (!dated(&self.b.s.name) && dated(&name)) {
            self.b.s.name = sentence_case(&name.replace(" – ", "–").replace(" - ", "–"));
            if let Some(p) = period_in(&name) {
                let y = format!("{}", p.start.year_number());
                if let Some(at) = self.b.s.name.find(&y) {
                    self.b.s.name = format!("{}{}", &self.b.s.name[..at], p.to_finnish());
                }
            }
        }
        true
    }

    /// "Visio: X", "Tavoite: X", "Menestystekijät: a, b", "Arvot: a, b".
    fn inline(&mut self, r: &Row, t: &str) -> Option<Option<Became>> {
        let (label, value) = t.split_once(':')?;
        let value = value.trim();
        if value.is_empty() || label.split_whitespace().count() > 4 || r.mark != Mark::None {
            return None;
        }
        let (section, sub) = section_of(label, false)?;
        let became = match (section, sub) {
            (Section::Vision, _) => {
                if let Some(y) = years(label).first() {
                    self.b.s.change_by = PlanDate::year(*y).ok();
                }
                self.section = Section::Vision;
                self.b.strategy_field("vision", &sentence_case(value))
            }
            (Section::Mission, _) => self.b.strategy_field("mission", value),
            (Section::Slogan, _) => self.b.strategy_field("slogan", value),
            (Section::Themes, Sub::Goals) => {
                self.sub = Sub::Goals;
                return Some(self.b.goal(value));
            }
            (Section::Themes, Sub::Actions) => {
                self.sub = Sub::Actions;
                return Some(self.b.action(value));
            }
            (Section::Values, _) => {
                self.section = Section::Values;
                let mut first = None;
                for v in value
                    .split([',', ';'])
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                {
                    first = first.or(Some(self.b.value(v)));
                }
                self.b.close_value();
                return Some(first);
            }
            _ => return None,
        };
        Some(Some(became))
    }

    /// A heading that opens a section.
    fn open(&mut self, section: Section, sub: Sub, r: &Row, t: &str) -> Became {
        if section == Section::Themes && sub == Sub::None {
            if let Some(l) = theme_label(t) {
                self.b.s.theme_label = l;
            }
            self.b.close_theme();
            self.listing_themes = true;
            self.coded_themes = false;
        }
        if section == Section::Values {
            self.b.close_value();
            let n = norm(t);
            if !n.contains("arvo") && self.b.s.values_label.is_empty() {
                self.b.s.values_label = sentence_case(t.trim_end_matches(':'));
            }
        }
        if matches!(section, Section::Vision | Section::ChangeShows)
            && let Some(y) = years(t).first()
        {
            self.b.s.change_by = PlanDate::year(*y).ok();
        }
        if section == Section::Themes && sub != Sub::None && self.section != Section::Themes {
            // "Toimenpiteet" with no theme read yet still opens the themes.
            self.listing_themes = false;
        }
        self.section = section;
        self.sub = sub;
        self.sub_bullets = false;
        self.sub_numbered = false;
        self.base_indent = None;
        self.b.close_action();
        let _ = r;
        Became::Heading
    }

    fn value_row(&mut self, r: &Row, t: &str, heading_like: bool, short: bool) -> Option<Became> {
        // "Yhdessä Kaarinassa" under the value "yhdessä": its tagline.
        if r.mark == Mark::None && r.words() >= 2 && r.words() <= 4 {
            let first = t.split_whitespace().next().unwrap_or_default();
            if let Some(k) = self.b.find_value(first)
                && crate::draft::words::norm(&self.b.s.values[k].name) == norm(first)
            {
                return Some(self.b.value_tagline(k, t));
            }
        }
        let listed = matches!(r.mark, Mark::Bullet | Mark::Number { .. });
        if (heading_like || short) && !listed && r.mark != Mark::Arrow {
            return Some(self.b.value(t));
        }
        if r.mark == Mark::Arrow && r.is_caps() {
            return Some(self.b.value(t));
        }
        if listed {
            if self.b.has_value() {
                let child = self.is_child(r);
                return self.b.value_point(t, child);
            }
            // A list of values, or "Rohkeus – uskallamme kokeilla".
            if let Some((name, meaning)) = t.split_once(" – ")
                && name.split_whitespace().count() <= 4
            {
                let b = self.b.value(name);
                self.b.value_meaning(meaning);
                self.b.close_value();
                return Some(b);
            }
            let b = self.b.value(t);
            self.b.close_value();
            return Some(b);
        }
        self.b.value_meaning(t)
    }

    #[allow(clippy::too_many_arguments)]
    fn theme_row(
        &mut self,
        r: &Row,
        t: &str,
        heading_like: bool,
        short: bool,
        was_theme: bool,
        was_action: bool,
    ) -> Option<Became> {
        let listed = matches!(r.mark, Mark::Bullet | Mark::Number { .. });
        if std::mem::take(&mut self.pending_name) {
            let (name, code) = self
                .b
                .theme_name()
                .map(|(n, c)| (n.to_owned(), c.to_owned()))?;
            if name == code {
                return self.b.name_theme(t);
            }
            if norm(&name) == norm(t) {
                return self.b.name_theme(t);
            }
            return self.b.theme_text("tagline", t);
        }
        // "Yhteisöön kuulumisen tunne → Luodaan paikkoja.": a goal and its action.
        if let Some((goal, action)) = t.split_once('→')
            && self.b.has_theme()
        {
            let action = action.trim().trim_matches('*').trim();
            let g = self.b.goal(goal.trim());
            if !action.is_empty() {
                self.b.action(action);
            }
            return g;
        }
        // "2. Elinvoima": a theme, unless the items of this part are numbered.
        if let Mark::Number { nested: false, top } = r.mark
            && (self.sub == Sub::None || !self.sub_numbered)
        {
            self.just_theme = true;
            self.listing_themes = false;
            self.sub = Sub::None;
            return Some(self.b.theme(&top.to_string(), t));
        }
        if matches!(r.mark, Mark::Number { .. }) {
            self.sub_numbered = true;
        }
        let caps_bullet = r.mark == Mark::Bullet && r.is_caps();
        if (heading_like || caps_bullet || r.mark == Mark::Arrow && r.is_caps()) && !listed
            || caps_bullet
        {
            if self.coded_themes && self.b.find_theme(t).is_none() {
                self.section = Section::Other;
                return None;
            }
            self.listing_themes = false;
            self.just_theme = true;
            return Some(self.b.theme("", t));
        }
        if short && !listed && (!self.b.has_theme() || self.listing_themes) {
            self.listing_themes = false;
            self.just_theme = true;
            return Some(self.b.theme("", t));
        }
        if listed && (self.listing_themes || !self.b.has_theme()) && self.sub == Sub::None {
            self.listing_themes = true;
            let b = self.b.theme("", t);
            return Some(b);
        }
        self.listing_themes = false;
        if was_theme && r.mark == Mark::None && r.words() <= 25 && !heading_like {
            return self.b.theme_text("tagline", t);
        }
        if short
            && !listed
            && self.sub != Sub::None
            && (self.sub_bullets || !self.b.has_theme())
            && self.sub != Sub::Actions
        {
            self.just_theme = true;
            self.sub_bullets = false;
            return Some(self.b.theme("", t));
        }
        if listed {
            self.sub_bullets = true;
        }
        if r.mark == Mark::Arrow {
            self.just_action = true;
            return self.b.action(t);
        }
        match self.sub {
            Sub::Factors => self.b.success_factor(t),
            Sub::Goals => self.b.goal(t),
            Sub::Actions | Sub::None if r.mark == Mark::Arrow || self.sub == Sub::Actions => {
                if was_action
                    && !r.blank_before
                    && t.ends_with('.')
                    && !listed
                    && r.mark == Mark::None
                {
                    self.just_action = true;
                    return self.b.action_description(t);
                }
                self.just_action = true;
                self.b.action(t)
            }
            _ if listed => self.b.goal(t),
            _ if r.words() >= 8 => self.b.theme_text("description", t),
            _ => None,
        }
    }
}
