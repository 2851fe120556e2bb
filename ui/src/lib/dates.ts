// Dates that keep their precision, as the core's PlanDate: "2030" (a year),
// "2018-09" (a month), "2017-05-16" (a day). Finnish display forms 2030,
// 9/2018, 16.5.2017; a day covers itself, a month its month, a year its year.

export type Precision = "year" | "month" | "day";

/** A calendar day as UTC midnight milliseconds (no time zones in plans). */
export type Day = number;

const DAY_MS = 86_400_000;

/** Rounds half away from zero, as Rust's `f64::round` does (JS's Math.round rounds -1.5 to -1). */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export function dayOf(y: number, m: number, d: number): Day {
  return Date.UTC(y, m - 1, d);
}

export function precisionOf(iso: string): Precision {
  const parts = iso.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

function ymd(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m ?? 1, d ?? 1];
}

/** The first day a date covers. */
export function firstDay(iso: string): Day {
  const [y, m, d] = ymd(iso);
  return dayOf(y, m, d);
}

/** The last day a date covers. */
export function lastDay(iso: string): Day {
  const [y, m, d] = ymd(iso);
  switch (precisionOf(iso)) {
    case "year":
      return dayOf(y, 12, 31);
    case "month":
      return dayOf(y, m + 1, 1) - DAY_MS;
    default:
      return dayOf(y, m, d);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The date of `day` written at `precision`. */
export function atPrecision(day: Day, precision: Precision): string {
  const dt = new Date(day);
  const y = dt.getUTCFullYear();
  if (precision === "year") return `${y}`;
  if (precision === "month") return `${y}-${pad(dt.getUTCMonth() + 1)}`;
  return `${y}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

/** Finnish form: 2030, 9/2018, 22.11.2026. */
export function finnish(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = ymd(iso);
  switch (precisionOf(iso)) {
    case "year":
      return `${y}`;
    case "month":
      return `${m}/${y}`;
    default:
      return `${d}.${m}.${y}`;
  }
}

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: Day): { year: number; week: number } {
  const dt = new Date(day);
  const weekday = (dt.getUTCDay() + 6) % 7; // Monday 0
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return { year, week };
}

/** Today as ISO day text. */
export function today(now = new Date()): string {
  return atPrecision(dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()), "day");
}

export const DAY = DAY_MS;
