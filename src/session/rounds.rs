//! The follow-up round in the app: a round goes out from the open project
//! (one workbook per owner into a folder the user picked, the round
//! recorded in the project file and saved), returned workbooks come in
//! (each answer one undoable step, by its owner in the history), and where
//! every round stands, with a reminder to copy into an e-mail for each
//! owner who has not answered. The rules are `crate::round`'s; this is the
//! session's face of them and the types the UI receives.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Merged, Session, SessionError, file_name, now_ms, open};
use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate, Round, Strategy};
use crate::round::{self, RoundSpec};
use crate::store::Author;

/// A round to send, as the user filled it in.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundRequest {
    /// The round's name: "Syksyn 2026 seuranta".
    pub name: String,
    /// The owners asked (ids); empty asks everyone who owns an action, an
    /// indicator or a recurring report.
    pub owners: Vec<String>,
    /// The periods whose actuals are asked ("2026"); empty asks this year.
    pub periods: Vec<String>,
    /// When the answers are due, as typed (16.10.2026, 10/2026), if said.
    pub deadline: Option<String>,
    /// Whom the answers go back to; empty is the author in the settings.
    pub reply_to: String,
    /// The workbooks' language.
    pub lang: Lang,
}

/// An owner the lead can ask, with what they own.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Askable {
    /// The owner's id.
    pub id: String,
    /// The owner's name.
    pub name: String,
    /// How many actions they own.
    pub actions: u32,
    /// How many indicators they own.
    pub indicators: u32,
    /// How many recurring plans, reports and programmes they own.
    pub reports: u32,
}

/// Where one owner of a round stands.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundOwner {
    /// The owner's id.
    pub id: String,
    /// The owner's name.
    pub name: String,
    /// The workbook sent.
    pub file: String,
    /// How many actions and indicators it asked about.
    pub actions: u32,
    /// How many indicators it asked about.
    pub indicators: u32,
    /// How many recurring reports' next occurrences it asked about.
    pub reports: u32,
    /// When the latest answer came in (22.11.2026), if one has.
    pub answered: Option<String>,
    /// How many values the owner's answers changed.
    pub changed: u32,
    /// How many of the owner's values wait for a choice (in the merge view).
    pub waiting: u32,
    /// For an owner who has not answered: a reminder to paste in an e-mail.
    pub reminder: String,
}

/// A round as the app shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundLine {
    /// The round's id.
    pub id: String,
    /// The round's name.
    pub name: String,
    /// When it went out, as Finns write dates.
    pub sent: String,
    /// When the answers are due, if said.
    pub deadline: Option<String>,
    /// Whom the answers go back to.
    pub reply_to: String,
    /// The periods asked, as written.
    pub periods: Vec<String>,
    /// Every owner it went to, in the order it went.
    pub owners: Vec<RoundOwner>,
    /// How many of them have answered.
    pub answered: u32,
}

/// Every round of the open project, and who can be asked in a new one.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rounds {
    /// The rounds, newest first.
    pub rounds: Vec<RoundLine>,
    /// The owners who own an action or an indicator.
    pub askable: Vec<Askable>,
    /// Whether the document is a saved project file, where rounds are kept.
    pub can_send: bool,
}

/// A round sent.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundSent {
    /// The folder the workbooks went into.
    pub folder: String,
    /// The workbooks written, by file name.
    pub files: Vec<String>,
    /// The rounds now.
    pub rounds: Rounds,
    /// The saved project (the round is recorded in it); what another
    /// program had saved to it came in first.
    pub saved: Merged,
}

/// One answer taken in.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TakenAnswer {
    /// The file it came in.
    pub file: String,
    /// The owner who answered.
    pub owner: String,
    /// What it changed, a line each.
    pub lines: Vec<String>,
}

/// Returned workbooks taken in.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswersTaken {
    /// The answers that changed something.
    pub taken: Vec<TakenAnswer>,
    /// Files, sheets, rows and cells that could not be taken, a line each
    /// naming the place ("Sivistysjohtaja.xlsx, Mittarit, rivi 3, sarake G: …").
    pub problems: Vec<String>,
    /// How many values both the owner and the project changed: chosen in the merge view.
    pub waiting: u32,
    /// The strategy after the answers (each one undoable step).
    pub merged: Merged,
    /// The rounds now.
    pub rounds: Rounds,
}

/// Whether `path` looks like a returned workbook (by its extension).
pub fn is_answer(path: &Path) -> bool {
    round::is_spreadsheet(path)
}

fn line(s: &Strategy, r: &Round, lang: Lang) -> RoundLine {
    let owners: Vec<RoundOwner> = round::status(s, r)
        .iter()
        .map(|o| RoundOwner {
            id: o.owner.to_string(),
            name: o.name.clone(),
            file: r
                .asked
                .iter()
                .find(|a| a.id == o.owner)
                .map(|a| a.file.clone())
                .unwrap_or_default(),
            actions: o.asked.0 as u32,
            indicators: o.asked.1 as u32,
            reports: o.reports as u32,
            answered: o.answered.map(|d| d.to_finnish()),
            changed: o.changed,
            waiting: o.waiting as u32,
            reminder: if o.answered.is_none() {
                round::reminder(s, r, o, lang)
            } else {
                String::new()
            },
        })
        .collect();
    RoundLine {
        id: r.id.to_string(),
        name: r.name.clone(),
        sent: r.sent.to_finnish(),
        deadline: r.deadline.map(|d| d.to_finnish()),
        reply_to: r.reply_to.clone(),
        periods: r.periods.iter().map(|p| p.to_finnish()).collect(),
        answered: owners.iter().filter(|o| o.answered.is_some()).count() as u32,
        owners,
    }
}

fn askable(s: &Strategy) -> Vec<Askable> {
    s.owners
        .iter()
        .filter_map(|o| {
            let (actions, indicators, reports) = round::owned(s, &o.id);
            (actions + indicators + reports > 0).then(|| Askable {
                id: o.id.to_string(),
                name: o.name.clone(),
                actions: actions as u32,
                indicators: indicators as u32,
                reports: reports as u32,
            })
        })
        .collect()
}

impl Session {
    /// Every round of the open project, newest first, and who can be asked.
    pub fn rounds(&self) -> crate::Result<Rounds> {
        let lang = self.lang();
        self.with_doc(|doc, _| {
            let s = doc.strategy();
            let mut rounds: Vec<RoundLine> =
                doc.rounds()?.iter().map(|r| line(s, r, lang)).collect();
            rounds.reverse();
            Ok(Rounds {
                rounds,
                askable: askable(s),
                can_send: doc.path().is_some_and(open::is_project) && doc.has_project_file(),
            })
        })
    }

    /// Sends a round: one workbook per owner into `folder`, the round
    /// recorded in the project and the project saved. Nothing is written
    /// when an owner is unknown or a date does not read.
    pub fn send_round(&self, request: &RoundRequest, folder: &Path) -> crate::Result<RoundSent> {
        let today = super::today();
        let mut periods = vec![];
        for p in request.periods.iter().filter(|p| !p.trim().is_empty()) {
            periods.push(PlanDate::parse(p.trim())?);
        }
        if periods.is_empty() {
            use chrono::Datelike;
            periods.push(PlanDate::year(today.year())?);
        }
        let deadline = match request.deadline.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => Some(PlanDate::parse(d)?.last_day()),
            _ => None,
        };
        let files = self.with_doc(|doc, settings| {
            if !(doc.has_project_file() && doc.path().is_some_and(open::is_project)) {
                return Err(SessionError::RoundNeedsProject.into());
            }
            let spec = RoundSpec {
                id: Id::fresh("round").0,
                name: request.name.trim().to_owned(),
                owners: request.owners.iter().map(|o| Id(o.clone())).collect(),
                periods,
                sent: today,
                deadline,
                reply_to: if request.reply_to.trim().is_empty() {
                    settings.author.clone()
                } else {
                    request.reply_to.trim().to_owned()
                },
                lang: request.lang,
            };
            if let Some(o) = spec
                .owners
                .iter()
                .find(|o| doc.strategy().owner(o).is_none())
            {
                return Err(crate::edit::EditError::NotFound {
                    list: crate::model::part::ListKey::Owners,
                    id: o.to_string(),
                }
                .into());
            }
            let sent = round::send(doc.strategy(), &spec)?;
            std::fs::create_dir_all(folder).map_err(|e| crate::Error::io(folder, e))?;
            for s in &sent {
                open::write_atomically(&folder.join(&s.file_name), &s.bytes)?;
            }
            let author = Author::new(settings.author.clone());
            let label = settings.lang.text("app-edit-came-in");
            doc.record_round(round::record(&spec, &sent), &author, &label, now_ms())?;
            Ok(sent.into_iter().map(|s| s.file_name).collect::<Vec<_>>())
        })?;
        self.autosave.clear();
        let lang = self.lang();
        let saved = self.with_doc(|doc, _| Ok(self.merged(doc, lang, vec![])))?;
        Ok(RoundSent {
            folder: folder.display().to_string(),
            files,
            rounds: self.rounds()?,
            saved,
        })
    }

    /// Takes the returned workbooks at `paths` in, each answer one undoable
    /// step; a file that cannot be read is one problem line and the others
    /// are still taken.
    pub fn take_answers(&self, paths: &[PathBuf]) -> crate::Result<AnswersTaken> {
        let lang = self.lang();
        let mut problems = vec![];
        let mut answers = vec![];
        for p in paths {
            match round::read_answer_file(p, &file_name(p)) {
                Ok(a) => answers.push(a),
                Err(e) => problems.push(e.to_text(lang)),
            }
        }
        let today = super::today();
        let (report, merged) = self.with_doc(|doc, settings| {
            let author = Author::new(settings.author.clone());
            let label = lang.text("app-edit-round-answer");
            let report = doc.take_answers(&answers, today, &author, &label, now_ms())?;
            Ok((report, self.merged(doc, lang, vec![])))
        })?;
        problems.extend(report.problems.iter().map(|p| p.to_text(lang)));
        let waiting = merged
            .conflicts
            .iter()
            .filter(|c| round::is_round_conflict(&c.id))
            .count() as u32;
        problems.extend(report.conflicts.iter().filter(|_| waiting == 0).map(|c| {
            lang.tr(&Message::new("app-round-conflict-kept")
                .arg("owner", &c.owner)
                .arg("name", &c.name))
        }));
        Ok(AnswersTaken {
            taken: report
                .taken
                .iter()
                .map(|t| TakenAnswer {
                    file: t.file.clone(),
                    owner: t.owner.clone(),
                    // Each value the owner changed, old » new.
                    lines: t.said.iter().map(|m| lang.tr(m)).collect(),
                })
                .collect(),
            problems,
            waiting,
            merged,
            rounds: self.rounds()?,
        })
    }
}
