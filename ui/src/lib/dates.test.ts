import { describe, expect, it } from "vitest";
import { atPrecision, dayOf, finnish, firstDay, isoWeek, isPast, lastDay, parseDate, precisionOf, shiftByDays } from "./dates";

describe("dates keep their precision", () => {
  it("a month covers its whole month, a year its whole year", () => {
    expect(atPrecision(firstDay("2028-02"), "day")).toBe("2028-02-01");
    expect(atPrecision(lastDay("2028-02"), "day")).toBe("2028-02-29");
    expect(atPrecision(lastDay("2027"), "day")).toBe("2027-12-31");
    expect(precisionOf("2027-05-16")).toBe("day");
  });

  it("dragging a month-precision date snaps to whole months", () => {
    expect(shiftByDays("2027-09", 10)).toBe("2027-09");
    expect(shiftByDays("2027-09", 20)).toBe("2027-10");
    expect(shiftByDays("2027-11", 70)).toBe("2028-01");
    expect(shiftByDays("2027-01", -20)).toBe("2026-12");
  });

  it("dragging a year-precision date snaps to whole years", () => {
    expect(shiftByDays("2028", 100)).toBe("2028");
    expect(shiftByDays("2028", 200)).toBe("2029");
    expect(shiftByDays("2028", -400)).toBe("2027");
  });

  it("dragging a day-precision date moves it by days across month ends", () => {
    expect(shiftByDays("2027-01-30", 3)).toBe("2027-02-02");
    expect(shiftByDays("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("dates read and print the way Finns write them", () => {
    expect(finnish("2026-11-22")).toBe("22.11.2026");
    expect(finnish("2018-09")).toBe("9/2018");
    expect(finnish("2030")).toBe("2030");
    expect(parseDate("22.11.2026")).toBe("2026-11-22");
    expect(parseDate("9/2018")).toBe("2018-09");
    expect(parseDate(" 2030 ")).toBe("2030");
    expect(parseDate("31.2.2027")).toBeNull();
    expect(parseDate("13/2027")).toBeNull();
    expect(parseDate("huomenna")).toBeNull();
  });

  it("ISO weeks start on Monday and week 1 holds the first Thursday", () => {
    expect(isoWeek(dayOf(2026, 11, 22))).toEqual({ year: 2026, week: 47 });
    expect(isoWeek(dayOf(2026, 11, 23))).toEqual({ year: 2026, week: 48 });
    expect(isoWeek(dayOf(2027, 1, 1))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(dayOf(2029, 12, 31))).toEqual({ year: 2030, week: 1 });
  });

  it("a date is past only when its whole span is over", () => {
    expect(isPast("2026-10", "2026-11-22")).toBe(true);
    expect(isPast("2026-11", "2026-11-22")).toBe(false);
    expect(isPast("2026", "2026-11-22")).toBe(false);
    expect(isPast(null, "2026-11-22")).toBe(false);
  });
});

describe("rounding like the core", () => {
  it("halves round away from zero in both directions", async () => {
    const { roundHalfAway } = await import("./dates");
    expect(roundHalfAway(1.5)).toBe(2);
    expect(roundHalfAway(-1.5)).toBe(-2);
    expect(shiftByDays("2027-06", -15.22)).toBe("2027-05");
  });
});
