import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { holidays } from "../../platform/calendar/index.ts";
import { CALENDAR_CHANGED_JOB } from "./index.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const admin = () => signInAs(t, { roles: [{ role: "admin" }] });
const due = async (q: string) => (await (await t.agent().request(`/api/v1/calendar/deadline?${q}`)).json()).due;
const form = (date: string, extra: Record<string, string> = {}) => {
  const [y, m, d] = date.split("-");
  return {
    "tanggal-day": d,
    "tanggal-month": m,
    "tanggal-year": y,
    kind: "libur_daerah",
    name: "Hari Jadi Kabupaten Lebong",
    basis: "Perbup Lebong No. 1/2026 (uji)",
    reason: "Ditetapkan Bupati",
    ...extra,
  };
};

describe("holiday calendar administration: who may", () => {
  it.each([
    ["GET", "/admin/kalender"],
    ["GET", "/admin/kalender/baru"],
    ["POST", "/admin/kalender/baru"],
  ])("%s %s: 401 anonymous, 403 for a citizen, a PPID Utama, an admin without TOTP", async (method, path) => {
    const body = method === "POST" ? { form: form("2026-06-10") } : {};
    const anon = await t.agent().request(path, body);
    expect(anon.status).toBe(method === "GET" ? 303 : 401);
    for (const who of [
      await signInAs(t, { kind: "citizen" }),
      await signInAs(t, { roles: [{ role: "ppid_utama" }] }),
      await signInAs(t, { roles: [{ role: "admin" }], mfaPassed: false }),
    ]) {
      expect((await who.agent.request(path, body)).status).toBe(403);
    }
    expect(await t.p.db.select().from(holidays).where(eq(holidays.date, "2026-06-10"))).toEqual([]);
  });
});

describe("holiday calendar administration: what happens", () => {
  it("lists a year's holidays and warns about a year with no calendar", async () => {
    const { agent } = await admin();
    const { res, html } = await agent.page("/admin/kalender?tahun=2026");
    expect(res.status).toBe(200);
    expect(html).toContain("Idul Fitri 1447 Hijriah");
    expect(html).toContain("25 hari libur tercatat");
    expect(html).toContain(`Kalender libur ${new Date().getUTCFullYear() + 1} belum diisi`);
    // The admin dashboard says so too.
    expect((await agent.page("/admin")).html).toContain(`Kalender libur ${new Date().getUTCFullYear() + 1} belum diisi`);
    const auditor = await signInAs(t, { roles: [{ role: "auditor" }] });
    expect((await auditor.agent.page("/admin")).html).not.toContain("belum diisi");
  });

  it("adding a regional holiday moves deadlines that run over it, with the reason in the audit trail", async () => {
    // Monday 8 June 2026 + 3 working days = Thursday 11 June; with Wednesday 10 June a holiday, Friday 12 June.
    expect(await due("from=2026-06-08&workingDays=3")).toBe("2026-06-11");
    const { agent } = await admin();
    const res = await agent.request("/admin/kalender/baru", { form: form("2026-06-10") });
    expect(res.status).toBe(303);
    expect(await due("from=2026-06-08&workingDays=3")).toBe("2026-06-12");
    const [h] = await t.p.db.select().from(holidays).where(eq(holidays.date, "2026-06-10"));
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "holiday.added"), eq(auditEvents.subjectId, h.id)));
    expect(ev.after).toMatchObject({ date: "2026-06-10", kind: "libur_daerah", reason: "Ditetapkan Bupati" });

    // Changed to the Thursday, then removed: each with its reason, and the deadline follows.
    expect((await agent.request(`/admin/kalender/${h.id}`, { form: form("2026-06-11", { reason: "Salah tanggal" }) })).status).toBe(303);
    expect(await due("from=2026-06-08&workingDays=3")).toBe("2026-06-12");
    expect((await agent.request(`/admin/kalender/${h.id}/hapus`, { form: { removeReason: "Batal ditetapkan" } })).status).toBe(303);
    expect(await due("from=2026-06-08&workingDays=3")).toBe("2026-06-11");
    const actions = (await t.p.db.select().from(auditEvents).where(eq(auditEvents.subjectId, h.id))).map((e) => e.action);
    expect(actions).toEqual(["holiday.added", "holiday.changed", "holiday.removed"]);
    // Each change enqueued calendar.changed in its transaction, with the dates it touched.
    const jobs = await t.p.database.raw.query("SELECT data FROM pgboss.job WHERE name = $1", [CALENDAR_CHANGED_JOB]);
    expect((jobs.rows as { data: unknown }[]).map((j) => j.data)).toEqual(
      expect.arrayContaining([
        { action: "added", dates: ["2026-06-10"], reason: "Ditetapkan Bupati" },
        { action: "changed", dates: ["2026-06-10", "2026-06-11"], reason: "Salah tanggal" },
        { action: "removed", dates: ["2026-06-11"], reason: "Batal ditetapkan" },
      ]),
    );
    expect(jobs.rows).toHaveLength(3);
  });

  it("refuses bad input beside the fields, keeps it, and saves nothing", async () => {
    const { agent } = await admin();
    const res = await agent.request("/admin/kalender/baru", { form: form("2026-02-30", { kind: "", name: "x", reason: "" }) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Isi tanggal yang benar");
    expect(html).toContain("Pilih jenis hari libur.");
    expect(html).toContain("Tuliskan alasan");
    expect(html).toContain('value="30"');
    const dup = await agent.request("/admin/kalender/baru", { form: form("2026-03-19", { kind: "libur_nasional" }) });
    expect(dup.status).toBe(400);
    expect(await dup.text()).toContain("sudah tercatat");
    const noReason = await agent.request("/admin/kalender/00000000-0000-4000-8000-000000000000/hapus", { form: { removeReason: "" } });
    expect(noReason.status).toBe(404);
  });
});
