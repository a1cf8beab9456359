import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import * as keb from "../../keberatan/index.ts";
import { loadObjectionSummary, provideObjections } from "./objections.ts";
import { yearPeriod } from "./period.ts";
import { type Seeded, seedReportRequests, wib } from "./test-seed.ts";

let t: TestPlatform;
let s: Seeded;
beforeAll(async () => {
  t = await createTestPlatform();
  s = await seedReportRequests(t.p);
  provideObjections(keb);
  // One objection against the refused R3, received 3 Mar 2025, reasons a and g, decided ditolak.
  await t.p.db.insert(keb.keberatan).values({
    number: "KEB-2025-000001",
    year: 2025,
    seq: 1,
    requestId: s.ids.r3,
    reasons: ["a", "g"],
    kasusPosisi: "Informasi ditolak.",
    purpose: "Kajian kebijakan publik",
    filerName: "Budi Santoso",
    channel: "online",
    trackingHash: "0".repeat(64),
    state: "DIPUTUS",
    filedAt: wib("2025-03-03T09:00"),
    receivedAt: wib("2025-03-03T09:00"),
    dueOn: "2025-04-25",
    decision: "ditolak",
    decidedAt: wib("2025-03-20T09:00"),
    decidedByName: "Sekretaris Daerah",
    decidedByPosition: "Atasan PPID",
  });
});
afterAll(() => {
  provideObjections(null);
  return t.close();
});

describe("objections in the reports (keberatan module handed over)", () => {
  it("summarises objections by reason and decision for the period", async () => {
    const sum = await loadObjectionSummary(t.p, yearPeriod(2025));
    const rows = Object.fromEntries(sum?.rows ?? []);
    expect(rows["Keberatan diterima"]).toBe("1");
    expect(rows["Keberatan diputus Atasan PPID"]).toBe("1");
    expect(Object.entries(rows).find(([k]) => k.startsWith("— alasan a."))?.[1]).toBe("1");
    expect(Object.entries(rows).find(([k]) => k.startsWith("— alasan g."))?.[1]).toBe("1");
    expect((await loadObjectionSummary(t.p, yearPeriod(2024)))?.rows[0]).toEqual(["Keberatan diterima", "0"]);
  });

  it("downloads the objection register in the keberatan module's §1.8 columns, audited", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const page = await agent.page("/ppid/kelola/register?tahun=2025");
    expect(page.html).toContain("/ppid/kelola/register/keberatan.csv?tahun=2025");
    const res = await agent.request("/ppid/kelola/register/keberatan.csv?tahun=2025");
    expect(res.status).toBe(200);
    const lines = new TextDecoder().decode(await res.arrayBuffer()).split("\r\n");
    expect(lines[0]).toBe(keb.OBJECTION_REGISTER_COLUMNS.map((c) => (c.includes(",") ? `"${c}"` : c)).join(","));
    expect(lines[1]).toContain("KEB-2025-000001");
    expect(lines[1]).toContain("PPID-2025-000003");
    const xlsx = await agent.request("/ppid/kelola/register/keberatan.xlsx?tahun=2025");
    expect(xlsx.status).toBe(200);
    const report = await agent.page("/ppid/kelola/laporan?tahun=2025");
    expect(report.html).toContain("Keberatan diterima");
  });
});
