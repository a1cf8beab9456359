import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { loadCalendar } from "../../../platform/calendar/index.ts";
import { loadLaw } from "../law.ts";
import { yearPeriod } from "./period.ts";
import { computeStats, groundsInContent } from "./stats.ts";
import { type Seeded, seedReportRequests } from "./test-seed.ts";

let t: TestPlatform;
let s: Seeded;
beforeAll(async () => {
  t = await createTestPlatform();
  s = await seedReportRequests(t.p);
});
afterAll(() => t.close());

const stats = async (period = yearPeriod(2025), unitId?: string) =>
  computeStats(t.p.db, await loadCalendar(t.p.db), await loadLaw(t.p.db), period, { today: "2025-12-31", unitId });

describe("report figures", () => {
  it("counts the 2025 requests by outcome, with the working days computed by hand", async () => {
    const r = await stats();
    // R1–R10 were received in 2025; R11 in 2024. R10 is not registered; R8 was withdrawn; R9 and R10 are open.
    expect(r.total).toMatchObject({ received: 10, registered: 9, withdrawn: 1, open: 2, overdue: 1, decided: 7 });
    expect(r.total.byDecision).toEqual({
      dikabulkan_seluruhnya: 3,
      dikabulkan_sebagian: 1,
      ditolak: 1,
      tidak_dikuasai: 1,
      belum_didokumentasikan: 1,
    });
    // Days (see test-seed.ts): R1 9, R2 1, R3 10, R4 14, R5 12, R6 14, R7 5 → sorted 1,5,9,10,12,14,14:
    // median 10; mean 65/7 = 9.29 → 9.3; R6 was late.
    expect(r.total).toMatchObject({ medianDays: 10, meanDays: 9.3, maxDays: 14, onTime: 6, extended: 1, clarified: 1, handedOver: 2 });
  });

  it("splits by OPD and by semester", async () => {
    const r = await stats();
    const dinkes = r.units.find((u) => u.unitId === s.dinkes);
    const kominfo = r.units.find((u) => u.unitId === s.kominfo);
    // DINKES: R1 9, R2 1, R3 10, R6 14, R7 5 → 1,5,9,10,14: median 9, mean 39/5 = 7.8.
    expect(dinkes).toMatchObject({
      unitName: "Dinas Kesehatan",
      received: 6,
      decided: 5,
      medianDays: 9,
      meanDays: 7.8,
      withdrawn: 1,
      onTime: 4,
    });
    // DISKOMINFO: R4 14, R5 12 → median 13, mean 13; R9 open and overdue.
    expect(kominfo).toMatchObject({ received: 3, decided: 2, medianDays: 13, meanDays: 13, open: 1, overdue: 1 });
    expect(r.units.at(-1)).toMatchObject({ unitId: null, unitName: "Belum diteruskan ke OPD", received: 1 });
    // Semester I: R1–R6 → 1,9,10,12,14,14: median (10+12)/2 = 11, mean 60/6 = 10.
    const s1 = await stats(yearPeriod(2025, "semester1"));
    expect(s1.total).toMatchObject({ received: 6, decided: 6, medianDays: 11, meanDays: 10 });
    const s2 = await stats(yearPeriod(2025, "semester2"));
    expect(s2.total).toMatchObject({ received: 4, decided: 1, medianDays: 5 });
    // One OPD only.
    expect((await stats(yearPeriod(2025), s.kominfo)).total).toMatchObject({ received: 3, medianDays: 13 });
    // 2024: R11 received Fri 20 Dec 2024, notice Fri 3 Jan 2025: 23, 24 Dec, (25 Christmas, 26 cuti bersama), 27, 30, 31 Dec, (1 Jan), 2, 3 Jan = 7.
    expect((await stats(yearPeriod(2024))).total).toMatchObject({ received: 1, decided: 1, medianDays: 7 });
  });

  it("counts refusal grounds from approved notices only (DIK entries by their Pasal 17 letter)", async () => {
    const r = await stats();
    // R3 (refused) cites the DIK entry of huruf h and huruf j; R2 (partial) withheld under h; the returned draft's "a" is ignored.
    expect(r.grounds).toEqual([
      { letter: "h", refused: 1, partial: 1 },
      { letter: "j", refused: 1, partial: 0 },
    ]);
    expect(r.refusedWithoutGround).toBe(0);
  });

  it("finds grounds in nested notice content", () => {
    expect(groundsInContent({ a: [{ pasal17: "c" }, { dik_id: "x" }], b: { dikIds: ["y", 3] }, pasal17: "zz" })).toEqual({
      letters: ["c"],
      dikIds: ["x", "y"],
      cited: [],
    });
    // The draft-response shape: cited entries carry their number; unmatched redaction phrases cite nothing.
    const real = groundsInContent({
      exemptions: [{ id: "i1", nomor: "DIK-2025-001", pasal17: "h" }],
      redaction: { rules: [{ text: "NIK", dikId: "i1" }], unmatched: [{ text: "alamat", dikId: "i2" }] },
    });
    expect(real).toEqual({ letters: ["h"], dikIds: ["i1"], cited: [{ letter: "h", nomor: "DIK-2025-001" }] });
  });
});
