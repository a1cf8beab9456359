import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { addWorkingDays, deadlineFromReceipt } from "./engine.ts";
import { invalidateCalendar, loadCalendar } from "./loader.ts";
import { holidays } from "./schema.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe("loadCalendar", () => {
  it("reads the seeded holiday table: the 13 March 2026 example holds", async () => {
    const cal = await loadCalendar(t.p.db);
    expect(cal.knownYears).toEqual(new Set([2024, 2025, 2026]));
    expect(deadlineFromReceipt(cal, "2026-03-13T16:30:00+07:00", 10).due).toBe("2026-04-07");
    expect(await loadCalendar(t.p.db)).toBe(cal);
  });

  it("sees an added ad-hoc holiday after invalidation", async () => {
    await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
      await w.tx.insert(holidays).values({ date: "2026-04-06", kind: "ad_hoc", name: "Contoh libur khusus", basis: "uji" });
      await w.audit({ action: "holiday.added", subjectType: "holiday", after: { date: "2026-04-06" } });
    });
    expect(addWorkingDays(await loadCalendar(t.p.db), "2026-03-16", 10).due).toBe("2026-04-07");
    invalidateCalendar();
    const r = addWorkingDays(await loadCalendar(t.p.db), "2026-03-16", 10);
    expect(r.due).toBe("2026-04-08");
    expect(r.skipped.find((s) => s.date === "2026-04-06")?.reason).toBe("Hari libur khusus: Contoh libur khusus");
  });

  it("shares the database's entry with its transactions, never with another database", async () => {
    invalidateCalendar();
    const cal = await loadCalendar(t.p.db);
    const inTx = await t.p.db.transaction(async (tx) => loadCalendar(tx));
    expect(inTx).toBe(cal);

    const other = await createTestPlatform();
    try {
      await other.p.db.insert(holidays).values({ date: "2026-04-09", kind: "ad_hoc", name: "Libur basis data lain", basis: "uji" });
      const theirs = await other.p.db.transaction(async (tx) => loadCalendar(tx));
      expect(theirs).not.toBe(cal);
      expect(theirs.holidays.has("2026-04-09")).toBe(true);
      expect(cal.holidays.has("2026-04-09")).toBe(false);
      // The read made inside their transaction is now their database's entry, and ours is untouched.
      expect(await loadCalendar(other.p.db)).toBe(theirs);
      expect(await loadCalendar(t.p.db)).toBe(cal);
    } finally {
      await other.close();
    }
  });

  it("keeps nothing from a transaction whose read failed", async () => {
    invalidateCalendar();
    await expect(
      t.p.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1/0`).catch(() => {});
        return loadCalendar(tx);
      }),
    ).rejects.toThrow();
    expect((await loadCalendar(t.p.db)).knownYears.size).toBeGreaterThan(0);
  });
});
