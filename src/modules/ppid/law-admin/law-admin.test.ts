import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { settings } from "../../../platform/db/settings-schema.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { DEFAULT_LAW, LAW_SETTING_KEY, loadLaw } from "../law.ts";
import { ppidRequestEvents, ppidRequests } from "../schema.ts";
import { formOfLaw } from "./fields.ts";
import { LAW_CHANGED_JOB, registerLawJobs } from "./jobs.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  registerLawJobs(t.p);
  await t.p.jobs.start();
});
afterAll(() => t.close());

const form = (over: Record<string, string> = {}) => ({
  ...formOfLaw(DEFAULT_LAW),
  reason: "Keputusan PPID Utama Nomor 1 Tahun 2026",
  ...over,
});
const utama = () => signInAs(t, { roles: [{ role: "ppid_utama" }] });

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("law data page: who may", () => {
  it("401/redirects anonymous users and refuses the desk, a PPID Pelaksana and a citizen with 403; nothing is saved", async () => {
    expect((await t.agent().request("/ppid/kelola/hukum")).status).toBe(303);
    expect((await t.agent().request("/ppid/kelola/hukum", { form: form({ responseDays: "12" }) })).status).toBe(401);
    for (const who of [
      await signInAs(t, { roles: [{ role: "petugas_layanan" }] }),
      await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: null }] }),
      await signInAs(t, { kind: "citizen" }),
    ]) {
      expect((await who.agent.request("/ppid/kelola/hukum")).status).toBe(403);
      expect((await who.agent.request("/ppid/kelola/hukum", { form: form({ cutiBersamaIsWorkingDay: "ya" }) })).status).toBe(403);
    }
    expect(await t.p.db.select().from(settings).where(eq(settings.key, LAW_SETTING_KEY))).toEqual([]);
  });
});

describe("law data page: what happens", () => {
  it("shows every value with its default and legal basis", async () => {
    const { agent } = await utama();
    const { res, html } = await agent.page("/ppid/kelola/hukum");
    expect(res.status).toBe(200);
    for (const s of ["Pasal 22 ayat (7)", "Pasal 22 ayat (8)", "Pasal 36 ayat (1)", "Pasal 37 ayat (2)", "Perki 1/2021", "Sesuai bawaan"]) {
      expect(html).toContain(s);
    }
    expect(html).not.toContain("Menyimpang dari UU KIP");
    expect(html).toContain('name="responseDays" type="text" value="10"');
  });

  it("counting cuti bersama as working days moves an open request's due date and records it on the case", async () => {
    // Received Friday 13 March 2026 at 16:30 WIB (after office hours): due Tuesday 7 April 2026 with the cuti bersama
    // of Idul Fitri (20, 23, 24 March) off; Tuesday 31 March 2026 when they count as working days.
    const r = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
    });
    await t.p.db
      .update(ppidRequestEvents)
      .set({ at: new Date("2026-03-13T09:30:00Z") })
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "received")));
    await t.p.db
      .update(ppidRequests)
      .set({ dueOn: "2026-04-07", receivedAt: new Date("2026-03-13T09:30:00Z") })
      .where(eq(ppidRequests.id, r.id));

    const { agent } = await utama();
    await agent.page("/ppid/kelola/hukum");
    const res = await agent.request("/ppid/kelola/hukum", {
      form: form({ cutiBersamaIsWorkingDay: "ya", reason: "Surat Edaran Bupati tentang cuti bersama" }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ppid/kelola/hukum?disimpan=1&hitung=1");
    expect((await loadLaw(t.p.db)).cutiBersamaIsWorkingDay).toBe(true);
    const [audit] = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "ppid.law.changed"));
    expect(audit.before).toMatchObject({ cutiBersamaIsWorkingDay: false, responseDays: 10 });
    expect(audit.after).toMatchObject({
      cutiBersamaIsWorkingDay: true,
      reason: "Surat Edaran Bupati tentang cuti bersama",
      changed: ["cutiBersamaIsWorkingDay"],
    });
    const queued = await t.p.database.raw.query("SELECT data FROM pgboss.job WHERE name = $1", [LAW_CHANGED_JOB]);
    expect(queued.rows).toHaveLength(1);

    await t.p.jobs.work();
    const events = await until(
      () =>
        t.p.db
          .select()
          .from(ppidRequestEvents)
          .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "clock_recomputed"))),
      (e) => e.length > 0,
    );
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ before: "2026-04-07", after: "2026-03-31" });
    expect(events[0].note).toContain("Surat Edaran Bupati tentang cuti bersama");
    const [req] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
    expect(req.dueOn).toBe("2026-03-31");
    expect((await agent.page("/ppid/kelola/hukum")).html).toContain("Berbeda dari bawaan");
  });

  it("a statutory value that departs from UU KIP needs a confirmation, and the page warns about it afterwards", async () => {
    const { agent } = await utama();
    await agent.page("/ppid/kelola/hukum");
    const refused = await agent.request("/ppid/kelola/hukum", { form: form({ cutiBersamaIsWorkingDay: "ya", responseDays: "14" }) });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("menyimpang dari UU 14/2008");
    expect(html).toContain('name="responseDays" type="text" value="14"');
    expect((await loadLaw(t.p.db)).responseDays).toBe(10);

    const ok = await agent.request("/ppid/kelola/hukum", {
      form: form({ cutiBersamaIsWorkingDay: "ya", responseDays: "14", confirmDeparture: "ya" }),
    });
    expect(ok.status).toBe(303);
    expect((await loadLaw(t.p.db)).responseDays).toBe(14);
    const page = (await agent.page("/ppid/kelola/hukum")).html;
    expect(page).toContain("Nilai berikut menyimpang dari ketentuan UU 14/2008");
    expect(page).toContain("Menyimpang dari UU KIP");

    // Back to the statute: no confirmation needed.
    expect((await agent.request("/ppid/kelola/hukum", { form: form({ cutiBersamaIsWorkingDay: "ya" }) })).status).toBe(303);
    expect((await loadLaw(t.p.db)).responseDays).toBe(10);
  });

  it("explains bad input in Bahasa Indonesia, keeps what was typed, and saves nothing", async () => {
    const { agent } = await utama();
    await agent.page("/ppid/kelola/hukum");
    const before = await loadLaw(t.p.db);
    const res = await agent.request("/ppid/kelola/hukum", {
      form: form({ responseDays: "sepuluh", extensionDays: "99", officeHoursEnd: "25:00", clarification: "", reason: "" }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("harus berupa bilangan bulat");
    expect(html).toContain("Perpanjangan (hari kerja) paling banyak 30");
    expect(html).toContain("Jam layanan berakhir dalam bentuk JJ:MM");
    expect(html).toContain("Pilih cara menghitung waktu");
    expect(html).toContain("Isi alasan perubahan");
    expect(html).toContain('value="sepuluh"');
    const same = await agent.request("/ppid/kelola/hukum", { form: { ...formOfLaw(before), reason: "Tidak ada yang berubah" } });
    expect(same.status).toBe(400);
    expect(await same.text()).toContain("Tidak ada nilai yang diubah");
    expect(await loadLaw(t.p.db)).toEqual(before);
  });

  it("files closed cases under a code the archive knows: a badly written or unknown code is refused", async () => {
    const { agent } = await utama();
    await agent.page("/ppid/kelola/hukum");
    const before = await loadLaw(t.p.db);
    expect(before.caseFileClassification).toBe("500.12.18.1");
    const bad = await agent.request("/ppid/kelola/hukum", { form: form({ caseFileClassification: "PPID/01", reason: "Kode baru" }) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Kode klasifikasi ditulis seperti 500.12.18.1");
    const unknown = await agent.request("/ppid/kelola/hukum", { form: form({ caseFileClassification: "999.9", reason: "Kode baru" }) });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Kode klasifikasi 999.9 tidak ada dalam daftar");
    expect(await loadLaw(t.p.db)).toEqual(before);
    const ok = await agent.request("/ppid/kelola/hukum", {
      form: form({ caseFileClassification: "500.12.18", reason: "Berkas PPID di kode induk" }),
    });
    expect(ok.status).toBeLessThan(400);
    expect((await loadLaw(t.p.db)).caseFileClassification).toBe("500.12.18");
    const { html: page } = await agent.page("/ppid/kelola/hukum");
    expect(page).toContain("Kode klasifikasi arsip berkas permohonan");
    expect(page).toContain('value="500.12.18"');
  });
});
