/**
 * The request clock against the real SKB calendar (db/seed/hari-libur-2024-2026.csv).
 * Every expected date was counted by hand on a paper calendar, never by the code;
 * instants are written in UTC (WIB = UTC+7) so the tests mean the same under any TZ.
 */
import { describe, expect, it } from "vitest";
import { buildCalendar, type HolidayKind } from "../../platform/calendar/index.ts";
import { readSeedCsv } from "../../platform/seed/csv.ts";
import { ClockError, type ClockEvent, computeClock, urgency } from "./clock.ts";
import { DEFAULT_LAW, type Law } from "./law.ts";

const rows = readSeedCsv<{ tanggal: string; jenis: string; keterangan: string; dasar: string }>("hari-libur-2024-2026.csv");
const cal = buildCalendar(rows.map((r) => ({ date: r.tanggal, kind: r.jenis as HolidayKind, name: r.keterangan, basis: r.dasar })));
const CUTI_WORKS: Law = { ...DEFAULT_LAW, cutiBersamaIsWorkingDay: true };
const RESUME: Law = { ...DEFAULT_LAW, clarification: "resume" };
/** An instant given as WIB wall-clock time. */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const received = (date: string, time: string): ClockEvent => ({ kind: "received", at: wib(date, time) });

describe("the response clock (10 working days, receipt rule)", () => {
  it("Fri 13 Mar 2026 16:30 WIB, after office hours and before Nyepi and Idul Fitri → Tue 7 Apr 2026", () => {
    const c = computeClock(cal, DEFAULT_LAW, [received("2026-03-13", "16:30")]);
    expect(c.steps[0].day).toBe("2026-03-16");
    expect(c.steps[0].shifted).toBe("after_hours");
    expect(c.due).toBe("2026-04-07");
    const reasons = c.steps[0].skipped.map((s) => s.date);
    expect(reasons).toEqual(expect.arrayContaining(["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24", "2026-04-03"]));
    expect(c.steps[0].skipped.find((s) => s.date === "2026-03-19")?.reason).toMatch(/Nyepi/);
  });

  it("the same request with cuti bersama counted as working days → Tue 31 Mar 2026", () => {
    expect(computeClock(cal, CUTI_WORKS, [received("2026-03-13", "16:30")]).due).toBe("2026-03-31");
  });

  it("Idul Fitri 2025: received Thu 27 Mar 2025 17:00 WIB counts from Tue 8 Apr → Wed 23 Apr 2025 (Good Friday skipped)", () => {
    const c = computeClock(cal, DEFAULT_LAW, [received("2025-03-27", "17:00")]);
    expect(c.steps[0].day).toBe("2025-04-08");
    expect(c.due).toBe("2025-04-23");
  });

  it("Idul Fitri 2025 during office hours: Thu 27 Mar 2025 09:00 → Tue 22 Apr 2025", () => {
    expect(computeClock(cal, DEFAULT_LAW, [received("2025-03-27", "09:00")]).due).toBe("2025-04-22");
  });

  it("received on a Saturday before Christmas 2025 → counted Mon 22 Dec, due Thu 8 Jan 2026", () => {
    const c = computeClock(cal, DEFAULT_LAW, [received("2025-12-20", "10:00")]);
    expect(c.steps[0]).toMatchObject({ day: "2025-12-22", shifted: "non_working_day" });
    expect(c.due).toBe("2026-01-08");
    expect(computeClock(cal, CUTI_WORKS, [received("2025-12-20", "10:00")]).due).toBe("2026-01-07");
  });

  it("Christmas 2026 runs into 2027, a year with no calendar: weekends only, with a warning", () => {
    const c = computeClock(cal, DEFAULT_LAW, [received("2026-12-23", "09:00")]);
    expect(c.due).toBe("2027-01-08");
    expect(c.warnings.join(" ")).toMatch(/2027/);
  });
});

describe("extension (one, +7, before the due date)", () => {
  const base = [received("2026-03-13", "16:30")];
  it("extended on Wed 1 Apr 2026 → from Tue 7 Apr to Thu 16 Apr 2026", () => {
    const c = computeClock(cal, DEFAULT_LAW, [...base, { kind: "extended", at: wib("2026-04-01", "10:00") }]);
    expect(c).toMatchObject({ due: "2026-04-16", dueBeforeExtension: "2026-04-07", extended: true });
  });
  it("may be given on the due date itself", () => {
    expect(computeClock(cal, DEFAULT_LAW, [...base, { kind: "extended", at: wib("2026-04-07", "15:00") }]).due).toBe("2026-04-16");
  });
  it("is refused after the due date", () => {
    expect(() => computeClock(cal, DEFAULT_LAW, [...base, { kind: "extended", at: wib("2026-04-08", "08:00") }])).toThrow(ClockError);
  });
  it("is refused a second time", () => {
    const ext: ClockEvent = { kind: "extended", at: wib("2026-04-01", "10:00") };
    expect(() => computeClock(cal, DEFAULT_LAW, [...base, ext, ext])).toThrow(/only one/);
  });
});

describe("clarification (perlu kelengkapan) stops the clock", () => {
  // Received Mon 5 Jan 2026 09:00 → due Tue 20 Jan 2026 (Fri 16 Jan, Isra Mikraj, skipped).
  const base: ClockEvent[] = [received("2026-01-05", "09:00"), { kind: "clarification_requested", at: wib("2026-01-07", "10:00") }];
  it("before the answer there is no due date", () => {
    expect(computeClock(cal, DEFAULT_LAW, [received("2026-01-05", "09:00")]).due).toBe("2026-01-20");
    const c = computeClock(cal, RESUME, base);
    expect(c).toMatchObject({ status: "paused", due: null, daysLeftAtPause: 8 });
  });
  it("restart (default): the answer on Mon 12 Jan 15:00 starts 10 days again in full → Tue 27 Jan 2026", () => {
    const c = computeClock(cal, DEFAULT_LAW, [...base, { kind: "clarification_received", at: wib("2026-01-12", "15:00") }]);
    expect(c).toMatchObject({ status: "running", due: "2026-01-27" });
  });
  it("restart with an answer after office hours (16:05) counts from Tue 13 Jan → Wed 28 Jan 2026", () => {
    const c = computeClock(cal, DEFAULT_LAW, [...base, { kind: "clarification_received", at: wib("2026-01-12", "16:05") }]);
    expect(c.due).toBe("2026-01-28");
  });
  it("resume (setting): the 8 days left run from Mon 12 Jan → Fri 23 Jan 2026", () => {
    const c = computeClock(cal, RESUME, [...base, { kind: "clarification_received", at: wib("2026-01-12", "15:00") }]);
    expect(c.due).toBe("2026-01-23");
  });
  it("an extension is refused while paused, and accepted after the answer", () => {
    expect(() => computeClock(cal, DEFAULT_LAW, [...base, { kind: "extended", at: wib("2026-01-08", "10:00") }])).toThrow(ClockError);
    const c = computeClock(cal, DEFAULT_LAW, [
      ...base,
      { kind: "clarification_received", at: wib("2026-01-12", "15:00") },
      { kind: "extended", at: wib("2026-01-26", "10:00") },
    ]);
    // Tue 27 Jan + 7: 28, 29, 30 Jan, 2, 3, 4, 5 Feb → Thu 5 Feb 2026.
    expect(c.due).toBe("2026-02-05");
  });
});

describe("urgency flags (due soon 3, long overdue 10 working days)", () => {
  const clock = { status: "running" as const, due: "2026-04-07" };
  it.each([
    ["2026-03-31", "normal"], // 4 working days before (1, 2, 6, 7 Apr)
    ["2026-04-01", "due_soon"], // 3 working days before (2, 6, 7 Apr)
    ["2026-04-07", "due_today"],
    ["2026-04-08", "overdue"],
    ["2026-04-21", "overdue"], // 10 working days after (8–10, 13–17, 20, 21 Apr)
    ["2026-04-22", "long_overdue"],
  ])("on %s the clock is %s", (today, want) => {
    expect(urgency(cal, DEFAULT_LAW, clock, today)).toBe(want);
  });
});
