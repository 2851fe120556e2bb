// The catalogue ids of the names of the model's kinds, for lists and menus.
import type { MilestoneKind } from "./generated/model";

/** The message id of a milestone kind's name ("council" → "handout-legend-council"; "other" is a plain milestone). */
export function milestoneKindMessage(k: MilestoneKind): string {
  return k === "other" ? "handout-legend-milestone" : "handout-legend-" + k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}
