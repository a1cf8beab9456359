import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../test/ppid.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { holidays, invalidateCalendar } from "../../platform/calendar/index.ts";
import { ppidRequestEvents, ppidRequests, recomputeOpenClocks, submitRequest } from "./index.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

describe("when the calendar changes, open clocks are recomputed and the change is recorded on each case", () => {
  it("an ad-hoc holiday inside the window moves the due date one working day, recorded once", async () => {
    const r = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
    });
    // Received Mon 2 Nov 2026 09:00 WIB: due Mon 16 Nov 2026 (3–6, 9–13, 16 Nov; no holidays in November).
    const receivedAt = new Date("2026-11-02T09:00:00+07:00");
    await t.p.db.update(ppidRequests).set({ receivedAt }).where(eq(ppidRequests.id, r.id));
    await t.p.db.update(ppidRequestEvents).set({ at: receivedAt }).where(eq(ppidRequestEvents.requestId, r.id));
    await recomputeOpenClocks(t.p, "setup");
    await t.p.db.delete(ppidRequestEvents).where(eq(ppidRequestEvents.kind, "clock_recomputed"));
    const [before] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
    expect(before.dueOn).toBe("2026-11-16");
    // An ad-hoc holiday on Tue 3 Nov 2026 (a Keppres day) moves it to Tue 17 Nov 2026.
    await t.p.db.insert(holidays).values({ date: "2026-11-03", kind: "ad_hoc", name: "Hari libur uji", basis: "Keppres uji" });
    invalidateCalendar();
    const result = await recomputeOpenClocks(t.p, "Kalender libur diubah: uji");
    expect(result.checked).toBeGreaterThanOrEqual(1);
    const [after] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
    expect(after.dueOn).toBe("2026-11-17");
    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    const recomputed = events.filter((e) => e.kind === "clock_recomputed");
    expect(recomputed).toHaveLength(1);
    expect(recomputed[0].data).toMatchObject({ before: "2026-11-16", after: "2026-11-17" });
    expect(recomputed[0].note).toMatch(/Kalender libur diubah/);
    const audits = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "ppid.clock.recomputed"));
    expect(audits.some((a) => a.subjectId === r.id)).toBe(true);
    // Running it again changes nothing and records nothing new.
    await recomputeOpenClocks(t.p, "again");
    const again = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(again.filter((e) => e.kind === "clock_recomputed")).toHaveLength(1);
  });
});
