//! An action the list names that the strategy has already (same theme,
//! same name): what its row says differently — start, due, owners, status —
//! becomes part of the list's one edit, a status as a dated status change,
//! and the preview shows each value old » new before anything is written.
//! An empty cell changes nothing: a list that leaves a column blank never
//! erases what the strategy holds there; nor does a real date cell on the
//! first or last day of the month or year the action has (as Tiekartta's
//! own plan workbook and Excel write them): its precision is kept.

use serde::Serialize;

use super::{Build, RowValues};
use crate::edit::{Change, Fields, Step};
use crate::i18n::{Lang, Message};
use crate::model::part::ListKey;
use crate::model::{Id, PlanDate};
use crate::round::Problem;

/// One existing action the list changes.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListUpdate {
    /// The row as the spreadsheet shows it (1 = first).
    pub row: u32,
    /// The action's name.
    pub action: String,
    /// Each value that changes.
    pub changes: Vec<ListValueChange>,
}

/// One value of an existing action, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ListValueChange {
    /// The field (its JSON name): `start`, `due`, `owners` or `status`.
    pub field: String,
    /// The value before as shown ("1/2026", owners' names), a status by
    /// its catalogue id; empty when there was none.
    pub old: String,
    /// The value after, as `old`.
    pub new: String,
}

/// An update in the user's language: "Rivi 5: ”Palveluverkon
/// katselmus”: määräaika 12/2026 » 6/2027, tila Ei aloitettu » Etenee".
pub fn update_text(u: &ListUpdate, lang: Lang) -> String {
    let shown = |field: &str, v: &str| {
        if v.is_empty() {
            "–".to_owned()
        } else if let Some(st) = (field == "status")
            .then(|| {
                crate::model::Status::ALL
                    .iter()
                    .find(|s| s.message_id() == v)
            })
            .flatten()
        {
            lang.text(st.message_id())
        } else {
            v.to_owned()
        }
    };
    let changes: Vec<String> = u
        .changes
        .iter()
        .map(|c| {
            lang.tr(&Message::new("list-update-value")
                .arg("field", lang.field(&c.field))
                .arg("old", shown(&c.field, &c.old))
                .arg("new", shown(&c.field, &c.new)))
        })
        .collect();
    lang.tr(&Message::new("list-update")
        .arg("row", u.row)
        .arg("name", &u.action)
        .arg("changes", changes.join(", ")))
}

/// Whether the list's date `d` is the date `had`: the same, or a day cell
/// on the day a workbook writes `had` as (`end`: its first day for a start,
/// its last for a due), so that 12/2026 read back as 31.12.2026 keeps its
/// month.
fn same_date(d: PlanDate, had: Option<PlanDate>, end: fn(&PlanDate) -> chrono::NaiveDate) -> bool {
    match (d, had) {
        (_, None) => false,
        (PlanDate::Day(day), Some(h)) => d == h || day == end(&h),
        (_, Some(h)) => d == h,
    }
}

fn date(d: Option<PlanDate>) -> String {
    d.map(|d| d.to_finnish()).unwrap_or_default()
}

fn value(field: &str, old: String, new: String) -> ListValueChange {
    ListValueChange {
        field: field.to_owned(),
        old,
        new,
    }
}

fn json(v: impl Serialize) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

impl Build<'_> {
    /// The owners' names, those the list adds included.
    fn owner_names(&self, ids: &[Id]) -> String {
        ids.iter()
            .filter_map(|id| {
                self.into
                    .owners
                    .iter()
                    .chain(&self.new_owners)
                    .find(|o| &o.id == id)
                    .map(|o| o.name.as_str())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Row `r` names the strategy's action at `index`: what it says
    /// differently becomes an update.
    pub(super) fn update(
        &mut self,
        problems: &mut Vec<Problem>,
        r: u32,
        index: usize,
        v: RowValues,
    ) {
        let into = self.into;
        let Some(a) = into.actions.get(index) else {
            return;
        };
        let mut fields = Fields::new();
        let mut said = vec![];
        let start = v
            .start
            .filter(|d| !same_date(*d, a.start, PlanDate::first_day));
        let due = v.due.filter(|d| !same_date(*d, a.due, PlanDate::last_day));
        match (start.or(a.start), due.or(a.due)) {
            (Some(s), Some(d)) if d.last_day() < s.first_day() => {
                self.due_before_start(problems, r);
            }
            _ => {
                if let Some(d) = start {
                    fields.insert("start".into(), json(d));
                    said.push(value("start", date(a.start), date(Some(d))));
                }
                if let Some(d) = due {
                    fields.insert("due".into(), json(d));
                    said.push(value("due", date(a.due), date(Some(d))));
                }
            }
        }
        if let Some(owners) = v.owners {
            let same =
                owners.len() == a.owners.len() && owners.iter().all(|o| a.owners.contains(o));
            if !same {
                said.push(value(
                    "owners",
                    self.owner_names(&a.owners),
                    self.owner_names(&owners),
                ));
                fields.insert("owners".into(), json(&owners));
            }
        }
        if !fields.is_empty() {
            self.updates.1.push(Change::Item {
                path: vec![Step {
                    list: ListKey::Actions,
                    id: a.id.clone(),
                }],
                fields,
            });
        }
        if let Some(status) = v.status.filter(|s| *s != a.status) {
            said.push(value(
                "status",
                a.status.message_id().to_owned(),
                status.message_id().to_owned(),
            ));
            self.updates.1.push(Change::Status {
                action: a.id.clone(),
                status,
                date: PlanDate::Day(self.today),
                note: String::new(),
                // Made of what it says: two copies that take the same list in
                // on the same day record it once when they meet.
                id: Some(Id(format!(
                    "ls-{}",
                    super::super::apply::digest(&[
                        a.id.as_str(),
                        status.message_id(),
                        &self.today.to_string()
                    ])
                ))),
            });
        }
        if !said.is_empty() {
            self.updates.0.push(ListUpdate {
                row: r + 1,
                action: a.name.clone(),
                changes: said,
            });
        }
    }
}
