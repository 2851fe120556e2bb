//! The words an action list is read by: the headers towns give each column
//! and the statuses they write, in Finnish, Swedish and English. These are
//! recognised, never shown, so they live here and not in the catalogues.

use serde::Serialize;

use crate::model::Status;

/// What a column of an action list holds.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum ListField {
    /// The theme (painopiste, tema).
    Theme,
    /// The goal of the theme (tavoite, mål).
    Goal,
    /// The action itself (toimenpide, åtgärd).
    Action,
    /// Who is responsible (vastuutaho, ansvarig).
    Owner,
    /// When it starts (aloitus, start).
    Start,
    /// When it is due (valmistuu, klar senast); a range "2026–2027" gives both.
    Due,
    /// How far it has got (tila, status).
    Status,
    /// Theme and goal in one cell, `Elinvoima › Työpaikat` (as Tiekartta's
    /// own action plan workbook writes them).
    Path,
}

impl ListField {
    /// Every field, in the order a preview lists them.
    pub const ALL: [ListField; 8] = [
        ListField::Theme,
        ListField::Goal,
        ListField::Action,
        ListField::Owner,
        ListField::Start,
        ListField::Due,
        ListField::Status,
        ListField::Path,
    ];

    /// The catalogue id of the field's name.
    pub fn message_id(self) -> &'static str {
        match self {
            ListField::Theme => "list-field-theme",
            ListField::Goal => "list-field-goal",
            ListField::Action => "list-field-action",
            ListField::Owner => "list-field-owner",
            ListField::Start => "list-field-start",
            ListField::Due => "list-field-due",
            ListField::Status => "list-field-status",
            ListField::Path => "list-field-path",
        }
    }

    /// The headers that name this field, normalised (lower case, single spaces).
    fn headers(self) -> &'static [&'static str] {
        match self {
            ListField::Theme => &[
                "teema",
                "teemat",
                "painopiste",
                "painopisteet",
                "painopistealue",
                "strateginen painopiste",
                "strateginen päämäärä",
                "päämäärä",
                "kärki",
                "strategian kärki",
                "aalto",
                "helmi",
                "tema",
                "teman",
                "fokusområde",
                "fokusområden",
                "prioritering",
                "insatsområde",
                "strategiskt område",
                "theme",
                "themes",
                "focus area",
                "priority",
                "strategic priority",
            ],
            ListField::Goal => &[
                "tavoite",
                "tavoitteet",
                "strateginen tavoite",
                "mål",
                "målet",
                "målsättning",
                "strategiskt mål",
                "goal",
                "goals",
                "objective",
                "objectives",
            ],
            ListField::Action => &[
                "toimenpide",
                "toimenpiteet",
                "toimenpiteen nimi",
                "toimenpide tai hanke",
                "hanke",
                "keino",
                "keinot",
                "åtgärd",
                "åtgärder",
                "åtgärdens namn",
                "insats",
                "insatser",
                "action",
                "actions",
                "measure",
                "measures",
                "task",
            ],
            ListField::Owner => &[
                "vastuutaho",
                "vastuutahot",
                "vastuuhenkilö",
                "vastuuhenkilöt",
                "vastuullinen",
                "vastuu",
                "vastaa",
                "vastuussa",
                "omistaja",
                "ansvarig",
                "ansvariga",
                "ansvar",
                "ansvarsperson",
                "ägare",
                "owner",
                "owners",
                "responsible",
                "responsibility",
            ],
            ListField::Start => &[
                "aloitus",
                "alkaa",
                "alku",
                "alkupvm",
                "alkupäivä",
                "aloituspäivä",
                "aloitusaika",
                "start",
                "startdatum",
                "börjar",
                "början",
                "inleds",
                "start date",
                "begins",
                "from",
            ],
            ListField::Due => &[
                "valmistuu",
                "määräaika",
                "takaraja",
                "päättyy",
                "loppu",
                "loppupvm",
                "päättymispäivä",
                "aikataulu",
                "toteutusaika",
                "klar",
                "klart",
                "klar senast",
                "deadline",
                "slutdatum",
                "tidsfrist",
                "senast",
                "tidtabell",
                "tidsplan",
                "due",
                "due date",
                "end",
                "end date",
                "schedule",
            ],
            ListField::Status => &[
                "tila",
                "tilanne",
                "status",
                "eteneminen",
                "toteutuminen",
                "läge",
                "lägesbedömning",
                "state",
                "progress",
            ],
            ListField::Path => &[],
        }
    }

    /// The header Tiekartta's own workbooks give this field (the action
    /// plan, the round), in the catalogues.
    fn own_header(self) -> &'static str {
        match self {
            ListField::Theme => "list-field-theme",
            ListField::Goal => "list-field-goal",
            ListField::Action => "round-col-action",
            ListField::Owner => "round-col-owners",
            ListField::Start => "round-col-start",
            ListField::Due => "round-col-due",
            ListField::Status => "round-col-status-now",
            ListField::Path => "round-col-path",
        }
    }
}

/// A header as compared: lower case, spaces collapsed, the marks towns put
/// after a header (`:`, `*`, `.`) left off.
pub(super) fn normalise(text: &str) -> String {
    let t: Vec<&str> = text.split_whitespace().collect();
    t.join(" ")
        .to_lowercase()
        .trim_end_matches([':', '*', '.', ' '])
        .to_owned()
}

/// The field a header names: the whole header, else its first words before
/// a `/`, `(`, `,` or `-` ("Vastuuhenkilö / yksikkö", "Aikataulu (vuosi)").
pub(super) fn field_of(header: &str) -> Option<ListField> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    let exact = |t: &str| {
        ListField::ALL.into_iter().find(|f| {
            f.headers().contains(&t)
                || crate::i18n::Lang::ALL
                    .iter()
                    .any(|l| normalise(&l.text(f.own_header())) == t)
        })
    };
    exact(&h).or_else(|| {
        let head = h
            .split(['/', '(', ',', '-', '–'])
            .next()
            .unwrap_or("")
            .trim();
        exact(head)
    })
}

/// A status as towns write it: the app's own names in any language, the
/// usual other words, and the traffic lights.
pub(super) fn status_of(text: &str) -> Option<Status> {
    if let Some(s) = super::status_by_name(text) {
        return Some(s);
    }
    let t = normalise(text);
    let words: &[(&str, Status)] = &[
        ("aloittamatta", Status::NotStarted),
        ("ei alkanut", Status::NotStarted),
        ("suunnitteilla", Status::NotStarted),
        ("ej påbörjad", Status::NotStarted),
        ("ej påbörjat", Status::NotStarted),
        ("inte påbörjad", Status::NotStarted),
        ("planeras", Status::NotStarted),
        ("not started", Status::NotStarted),
        ("planned", Status::NotStarted),
        ("käynnissä", Status::OnTrack),
        ("kesken", Status::OnTrack),
        ("etenee suunnitellusti", Status::OnTrack),
        ("aikataulussa", Status::OnTrack),
        ("vihreä", Status::OnTrack),
        ("pågår", Status::OnTrack),
        ("pågående", Status::OnTrack),
        ("enligt plan", Status::OnTrack),
        ("grön", Status::OnTrack),
        ("in progress", Status::OnTrack),
        ("ongoing", Status::OnTrack),
        ("on track", Status::OnTrack),
        ("green", Status::OnTrack),
        ("keltainen", Status::AtRisk),
        ("vaarassa", Status::AtRisk),
        ("gul", Status::AtRisk),
        ("i riskzonen", Status::AtRisk),
        ("yellow", Status::AtRisk),
        ("amber", Status::AtRisk),
        ("at risk", Status::AtRisk),
        ("viivästynyt", Status::Late),
        ("viivästyy", Status::Late),
        ("punainen", Status::Late),
        ("försenad", Status::Late),
        ("försenat", Status::Late),
        ("röd", Status::Late),
        ("delayed", Status::Late),
        ("late", Status::Late),
        ("red", Status::Late),
        ("toteutunut", Status::Done),
        ("toteutettu", Status::Done),
        ("tehty", Status::Done),
        ("valmistunut", Status::Done),
        ("genomförd", Status::Done),
        ("genomfört", Status::Done),
        ("klart", Status::Done),
        ("avslutad", Status::Done),
        ("done", Status::Done),
        ("completed", Status::Done),
        ("complete", Status::Done),
        ("finished", Status::Done),
    ];
    words.iter().find(|(w, _)| *w == t).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_three_languages_name_their_fields() {
        assert_eq!(field_of("Toimenpide"), Some(ListField::Action));
        assert_eq!(field_of(" Åtgärd: "), Some(ListField::Action));
        assert_eq!(field_of("Vastuuhenkilö / yksikkö"), Some(ListField::Owner));
        assert_eq!(field_of("Tidsplan (år)"), Some(ListField::Due));
        assert_eq!(field_of("Due date"), Some(ListField::Due));
        assert_eq!(field_of("Mål"), Some(ListField::Goal));
        assert_eq!(field_of("Huomautuksia"), None);
        assert_eq!(field_of("Tema › mål"), Some(ListField::Path));
        assert_eq!(field_of("Valmis viimeistään"), Some(ListField::Due));
        assert_eq!(field_of(""), None);
    }

    #[test]
    fn statuses_are_read_as_towns_write_them() {
        assert_eq!(status_of("Käynnissä"), Some(Status::OnTrack));
        assert_eq!(status_of("pågår"), Some(Status::OnTrack));
        assert_eq!(status_of("Punainen"), Some(Status::Late));
        assert_eq!(status_of("Completed"), Some(Status::Done));
        assert_eq!(status_of("ehkä"), None);
    }
}
