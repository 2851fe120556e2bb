import { describe, expect, it } from "vitest";
import { atPrecision, dayOf, finnish, firstDay, isoWeek, lastDay, precisionOf } from "./dates";

describe("dates keep their precision", () => {
  it("a month covers its whole month, a year its whole year", () => {
    expect(atPrecision(firstDay("2028-02"), "day")).toBe("2028-02-01");
    expect(atPrecision(lastDay("2028-02"), "day")).toBe("2028-02-29");
    expect(atPrecision(lastDay("2027"), "day")).toBe("2027-12-31");
    expect(precisionOf("2027-05-16")).toBe("day");
  });

  it("dates read and print the way Finns write them", () => {
    expect(finnish("2026-11-22")).toBe("22.11.2026");
    expect(finnish("2018-09")).toBe("9/2018");
    expect(finnish("2030")).toBe("2030");
  });

  it("ISO weeks start on Monday and week 1 holds the first Thursday", () => {
    expect(isoWeek(dayOf(2026, 11, 22))).toEqual({ year: 2026, week: 47 });
    expect(isoWeek(dayOf(2026, 11, 23))).toEqual({ year: 2026, week: 48 });
    expect(isoWeek(dayOf(2027, 1, 1))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(dayOf(2029, 12, 31))).toEqual({ year: 2030, week: 1 });
  });
});

describe("rounding like the core", () => {
  it("halves round away from zero in both directions", async () => {
    const { roundHalfAway } = await import("./dates");
    expect(roundHalfAway(1.5)).toBe(2);
    expect(roundHalfAway(-1.5)).toBe(-2);
  });
});
