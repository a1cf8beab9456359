import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { addDays, type CivilDate, loadCalendar, workingDaysBetween } from "../../../platform/calendar/index.ts";
import { urgency } from "../clock.ts";
import { calendarOptions, DEFAULT_LAW } from "../law.ts";
import { ppidRequests } from "../schema.ts";
import { loadQueue, URGENCY_FILTERS, urgencyBounds, workingDayBack } from "./queue.ts";
import { newRequest } from "./test-helpers.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

/** The SQL ranges of queue.ts, written out in JS over the same bounds. */
function byBounds(b: ReturnType<typeof urgencyBounds>, due: string) {
  if (due === b.today) return "due_today";
  if (due > b.today) return due < b.soonBefore ? "due_soon" : "normal";
  return due < b.longFrom ? "long_overdue" : "overdue";
}

/** The flags by their definition: working days counted one by one between the due date and today. */
function byCounting(cal: Awaited<ReturnType<typeof loadCalendar>>, today: CivilDate, due: CivilDate) {
  const opts = calendarOptions(DEFAULT_LAW);
  if (today === due) return "due_today";
  if (today < due) return workingDaysBetween(cal, today, due, opts) <= DEFAULT_LAW.dueSoonDays ? "due_soon" : "normal";
  return workingDaysBetween(cal, due, today, opts) > DEFAULT_LAW.longOverdueDays ? "long_overdue" : "overdue";
}

describe("urgency bounds", () => {
  it("are the dates counted by hand around Idul Fitri 2026", async () => {
    const cal = await loadCalendar(t.p.db);
    // Monday 16 March 2026. Not working: 18 (cuti bersama Nyepi), 19 Nyepi, 20–24 Idul Fitri and cuti bersama, weekends.
    // Working days after it: Tue 17, Wed 25, Thu 26, Fri 27 → due soon until before Fri 27 (the 4th).
    const b = urgencyBounds(cal, DEFAULT_LAW, "2026-03-16");
    expect(b.soonBefore).toBe("2026-03-27");
    // Eleven working days back counting Monday 16 March: 16, 13, 12, 11, 10, 9, 6, 5, 4, 3, 2 → Monday 2 March.
    expect(workingDayBack(cal, DEFAULT_LAW, "2026-03-16", 11)).toBe("2026-03-02");
    expect(b.longFrom).toBe("2026-03-02");
  });

  it("agree with the working days counted one by one, and with urgency(), for every due date over two months, on working days and holidays alike", async () => {
    const cal = await loadCalendar(t.p.db);
    for (const today of ["2026-03-16", "2026-03-21", "2026-03-25", "2025-12-24", "2026-01-02"]) {
      const b = urgencyBounds(cal, DEFAULT_LAW, today);
      for (let k = -45; k <= 20; k++) {
        const due = addDays(today, k);
        const counted = byCounting(cal, today, due);
        expect([today, due, byBounds(b, due)]).toEqual([today, due, counted]);
        expect([today, due, urgency(cal, DEFAULT_LAW, { status: "running", due }, today)]).toEqual([today, due, counted]);
      }
    }
  });
});

describe("loadQueue", () => {
  it("counts each flag in SQL and pages 50 at a time, sorted by due date", async () => {
    const today = "2026-03-16";
    const now = new Date("2026-03-16T03:00:00Z");
    const dues = ["2026-03-16", "2026-03-17", "2026-03-26", "2026-03-27", "2026-03-13", "2026-03-02", "2026-02-27"];
    const ids: string[] = [];
    for (const due of dues) {
      const r = await newRequest(t);
      await t.p.db.update(ppidRequests).set({ dueOn: due, clockStatus: "running" }).where(eq(ppidRequests.id, r.id));
      ids.push(r.id);
    }
    const paused = await newRequest(t);
    await t.p.db
      .update(ppidRequests)
      .set({ state: "PERLU_KELENGKAPAN", dueOn: null, clockStatus: "paused" })
      .where(eq(ppidRequests.id, paused.id));
    const q = await loadQueue(t.p.db, { all: true }, { page: 1 }, now);
    expect(q.today).toBe(today);
    expect(q.counts).toMatchObject({ due_today: 1, due_soon: 2, overdue: 2, long_overdue: 1, paused: 1, teruskan: 7, proses: 1 });
    expect(q.rows.map((r) => r.dueOn)).toEqual([...[...dues].sort(), null]);
    expect(q.rows.find((r) => r.dueOn === "2026-03-02")?.urgency).toBe("overdue");
    expect(q.rows.find((r) => r.dueOn === "2026-02-27")?.urgency).toBe("long_overdue");
    for (const u of URGENCY_FILTERS) {
      const only = await loadQueue(t.p.db, { all: true }, { page: 1, urgency: u }, now);
      expect(only.total).toBe(q.counts[u]);
      expect(only.rows.every((r) => r.urgency === u)).toBe(true);
    }
    const none = await loadQueue(t.p.db, { all: false, units: [ids[0]] }, { page: 1 }, now);
    expect(none.total).toBe(0);

    for (let i = 0; i < 45; i++) await newRequest(t);
    const p1 = await loadQueue(t.p.db, { all: true }, { page: 1 }, now);
    const p2 = await loadQueue(t.p.db, { all: true }, { page: 2 }, now);
    expect(p1.rows).toHaveLength(50);
    expect(p1.pages).toBe(2);
    expect(p2.rows).toHaveLength(p1.total - 50);
  });
});
