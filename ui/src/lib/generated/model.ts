// Generated from the Rust types by `UPDATE_GENERATED=1 cargo test --test generated`.
// Do not edit: change the Rust types in src/model/ instead.

/** An entity id. */
export type Id = string;

/** A date at the precision the user gave: "2030", "2018-09" or "2017-05-16". */
export type PlanDate = string;

export type Strategy = { 
/**
 * Stable id of the strategy.
 */
id: Id, 
/**
 * The town (or organisation) whose strategy this is: "Paimion kaupunki".
 */
town: string, 
/**
 * The strategy's name: "Paimion kaupungin strategia 2027–2030".
 */
name: string, 
/**
 * The years the strategy covers.
 */
period?: Period | null, 
/**
 * The vision: where the town is going.
 */
vision?: string, 
/**
 * The year the vision looks to ("Visio 2030"); not [`Strategy::change_by`],
 * which says when each theme's change should show.
 */
visionYear?: PlanDate | null, 
/**
 * The mission or purpose of the work.
 */
mission?: string, 
/**
 * The slogan that guides the work.
 */
slogan?: string, 
/**
 * Free text that introduces the strategy.
 */
description?: string, 
/**
 * What the theme kind is called in this town: aalto, helmi, strateginen päämäärä…
 */
themeLabel: ThemeLabel, 
/**
 * The starting points the strategy builds on (Nokia's "lähtökohtana").
 */
startingPoints?: Array<Item>, 
/**
 * What this town calls its values, if not "arvot": "ohjaavat periaatteet".
 */
valuesLabel?: string, 
/**
 * The values, each with what it means.
 */
values?: Array<Value>, 
/**
 * The strategic themes.
 */
themes?: Array<Theme>, 
/**
 * The foundation every theme stands on ("toiminnan kivijalka").
 */
foundation?: Array<Item>, 
/**
 * When the change described in each theme's `changeShows` should be seen.
 */
changeBy?: PlanDate | null, 
/**
 * How the strategy is led and followed up, as free text.
 */
governance?: string, 
/**
 * The actions (toimenpiteet), each belonging to a theme.
 */
actions?: Array<Action>, 
/**
 * People, units, boards and organisations that own things.
 */
owners?: Array<Owner>, 
/**
 * Plans, reports and programmes that implement the strategy.
 */
documents?: Array<Document>, 
/**
 * The rollout phases.
 */
phases?: Array<Phase>, 
/**
 * Milestones: kick-off, council meetings, evaluations.
 */
milestones?: Array<Milestone>, 
/**
 * Indicators with baseline, target and actuals.
 */
indicators?: Array<Indicator>, 
/**
 * Events: preparation workshops, network meetings.
 */
events?: Array<Event>, };

export type ThemeLabel = { 
/**
 * One theme: "aalto".
 */
singular: string, 
/**
 * Many themes: "aallot".
 */
plural: string, };

export type Item = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The item's text.
 */
name: string, 
/**
 * More about it.
 */
description?: string, };

export type Bullet = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The bullet's text.
 */
text: string, 
/**
 * Sub-bullets (one level only below a top bullet).
 */
children?: Array<Bullet>, };

export type Value = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The value: "Palveleva Paimio".
 */
name: string, 
/**
 * A heading or tagline of the value: "Yhdessä Kaarinassa".
 */
tagline?: string, 
/**
 * What it means, as prose.
 */
meaning?: string, 
/**
 * What it means, as bullet points two levels deep (Kaarina).
 */
points?: Array<Bullet>, };

export type Theme = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The theme's name: "Talous ja arkijärki".
 */
name: string, 
/**
 * A short number or code shown before the name: "1", "AALTO 1".
 */
code?: string, 
/**
 * A one-line tagline.
 */
tagline?: string, 
/**
 * Longer description.
 */
description?: string, 
/**
 * The colour of its swimlane, `#rrggbb`.
 */
color?: string, 
/**
 * The goals of the theme.
 */
goals?: Array<Goal>, 
/**
 * Where we must succeed ("missä meidän pitää onnistua", "menestystekijät").
 */
successFactors?: Array<Item>, 
/**
 * How the change shows when the theme has succeeded.
 */
changeShows?: string, };

export type Goal = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The goal: "Talouden tasapaino".
 */
name: string, 
/**
 * More about the goal.
 */
description?: string, };

export type Status = "notStarted" | "onTrack" | "atRisk" | "late" | "done";

export type StatusChange = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * When the status changed.
 */
date: PlanDate, 
/**
 * The new status.
 */
status: Status, 
/**
 * Why, or what was seen.
 */
note?: string, 
/**
 * The occurrence of a recurring action or document this change is
 * about (its due date, as [`crate::schedule::occurrences`] gives it);
 * `None` for a change of the whole item.
 */
occurrence?: PlanDate | null, };

export type Action = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The theme the action belongs to.
 */
theme: Id, 
/**
 * The goal (of that theme) the action serves, if any.
 */
goal?: Id | null, 
/**
 * The action: "Palveluverkon katselmus".
 */
name: string, 
/**
 * What is done and why.
 */
description?: string, 
/**
 * Who owns it.
 */
owners?: Array<Id>, 
/**
 * When it starts.
 */
start?: PlanDate | null, 
/**
 * When it is due.
 */
due?: PlanDate | null, 
/**
 * How far it has got.
 */
status: Status, 
/**
 * Earlier statuses, oldest first.
 */
statusHistory?: Array<StatusChange>, 
/**
 * The rollout phases it belongs to.
 */
phases?: Array<Id>, 
/**
 * How often it recurs (a quarterly breakfast), if it does: from its
 * start (else its due) within its own dates or the strategy's years.
 */
cadence?: Cadence | null, };

export type OwnerKind = "person" | "unit" | "board" | "organisation" | "group" | "role";

export type Owner = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The name: "Kaupunginhallitus", "Jaana Utti".
 */
name: string, 
/**
 * What kind of owner.
 */
kind: OwnerKind, 
/**
 * Role or title: "kehittämisverkoston vetäjä".
 */
role?: string, 
/**
 * The organisation a person belongs to.
 */
organisation?: Id | null, };

export type DocumentKind = "plan" | "report" | "programme";

export type Cadence = "once" | "yearly" | "councilTerm" | "quarterly" | "monthly";

export type Document = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * Plan, report or programme.
 */
kind: DocumentKind, 
/**
 * The name: "Henkilöstöohjelma".
 */
name: string, 
/**
 * What it is.
 */
description?: string, 
/**
 * Who owns it.
 */
owners?: Array<Id>, 
/**
 * When it is due.
 */
due?: PlanDate | null, 
/**
 * The period it covers.
 */
period?: Period | null, 
/**
 * How often it is made, if known.
 */
cadence?: Cadence | null, 
/**
 * How far it has got, if known.
 */
status?: Status | null, 
/**
 * Recorded statuses, oldest first; for a recurring document each keyed
 * by the occurrence it is about ("henkilöstöraportti 2027: valmis").
 */
statusHistory?: Array<StatusChange>, 
/**
 * The themes it serves.
 */
themes?: Array<Id>, 
/**
 * The document it is part of.
 */
parent?: Id | null, };

export type Phase = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The phase: "Aalto 1 pinnalla: talous".
 */
name: string, 
/**
 * What happens in it.
 */
description?: string, 
/**
 * When it starts.
 */
start?: PlanDate | null, 
/**
 * When it ends.
 */
end?: PlanDate | null, 
/**
 * The themes brought to the surface in it (the others stay active).
 */
surfaced?: Array<Id>, };

export type MilestoneKind = "kickOff" | "council" | "board" | "evaluation" | "other";

export type Milestone = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The milestone: "Kick-off".
 */
name: string, 
/**
 * What kinds it is, the first the main one (drawn by its symbol): a
 * council meeting that is also an evaluation is `[council, evaluation]`.
 * Version-1 files wrote one `kind`; [`crate::interchange`] reads it as
 * `kinds: [kind]`.
 */
kinds?: Array<MilestoneKind>, 
/**
 * When.
 */
date?: PlanDate | null, 
/**
 * More about it.
 */
description?: string, 
/**
 * The phase it belongs to.
 */
phase?: Id | null, 
/**
 * Who decides or meets.
 */
owners?: Array<Id>, 
/**
 * How often it recurs (a yearly council review), if it does.
 */
cadence?: Cadence | null, 
/**
 * How far it has got, when it is followed up as something to deliver
 * (an evaluation); a milestone with no status is an event that passes
 * on its date (see [`crate::schedule`]).
 */
status?: Status | null, 
/**
 * Recorded statuses, oldest first; for a recurring milestone each keyed
 * by the occurrence it is about ("arviointi 2028: valmis").
 */
statusHistory?: Array<StatusChange>, };

export type Direction = "increase" | "decrease" | "maintain";

export type Measurement = { 
/**
 * When it was (or is to be) measured.
 */
date: PlanDate, 
/**
 * The value.
 */
value: number, 
/**
 * A note on it.
 */
note?: string, };

export type TargetRule = { "kind": "ratePerYear", 
/**
 * Per cent a year: 1.0 is "1 % a year".
 */
percent: number, } | { "kind": "atLeastFrom", 
/**
 * The threshold.
 */
value: number, 
/**
 * From when it holds.
 */
from: PlanDate, } | { "kind": "atMostFrom", 
/**
 * The threshold.
 */
value: number, 
/**
 * From when it holds.
 */
from: PlanDate, };

export type Indicator = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The indicator: "Vuosikate, €/asukas".
 */
name: string, 
/**
 * The theme it measures.
 */
theme?: Id | null, 
/**
 * The goal (of that theme) it measures, if any.
 */
goal?: Id | null, 
/**
 * The unit: "%", "€/as.", "kpl".
 */
unit?: string, 
/**
 * Which way is better.
 */
direction: Direction, 
/**
 * Where it started.
 */
baseline?: Measurement | null, 
/**
 * Where it should get to: a value by a date.
 */
target?: Measurement | null, 
/**
 * A target that is not one value by one date: a rate per year, or a
 * threshold from a date on. `None` (and every version-1 file) means the
 * target is [`Indicator::target`] as it stands.
 */
targetRule?: TargetRule | null, 
/**
 * What was measured, oldest first; one per date.
 */
actuals?: Array<Measurement>, 
/**
 * Who owns it.
 */
owners?: Array<Id>, 
/**
 * Where the figures come from.
 */
source?: string, };

export type EventKind = "meeting" | "workshop" | "seminar" | "survey" | "decision";

export type Event = { 
/**
 * Stable id.
 */
id: Id, 
/**
 * The event: "Puheenjohtajiston työpaja I".
 */
name: string, 
/**
 * What kind.
 */
kind: EventKind, 
/**
 * When (a day, a month, or a period such as 2–3/2018).
 */
date?: PlanDate | null, 
/**
 * When it ends, if it spans time.
 */
end?: PlanDate | null, 
/**
 * Where.
 */
place?: string, 
/**
 * More about it.
 */
description?: string, 
/**
 * The questions or topics it dealt with.
 */
topics?: Array<Item>, 
/**
 * Who took part.
 */
participants?: Array<Id>, 
/**
 * Whether it belongs to the preparation of the strategy.
 */
preparation?: boolean, };

export type Period = { 
/**
 * The first date of the period.
 */
start: PlanDate, 
/**
 * The last date of the period (inclusive).
 */
end: PlanDate, };

export type Lang = "fi" | "sv" | "en";

export type Severity = "warning" | "error";

export type UserError = { 
/**
 * Stable code, such as `store-newer-format`.
 */
code: string, 
/**
 * The sentence in the user's language.
 */
message: string, };
