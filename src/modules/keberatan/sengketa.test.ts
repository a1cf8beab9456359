/**
 * The dispute at the Komisi Informasi: real dates (three boxes on the case
 * page), none in the future, in the order things happen, the filing date in
 * the window of law.disputeWindowDays working days from the Atasan PPID's
 * decision; bad input saves nothing. Expected dates counted by hand on the
 * 2026 calendar (no holiday between 8 and 28 July 2026).
 */
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import type { TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { settings } from "../../platform/db/settings-schema.ts";
import type { Actor } from "../../platform/http/actor.ts";
import { LAW_SETTING_KEY } from "../ppid/index.ts";
import {
  decideObjection,
  fileDeskObjection,
  forwardObjection,
  getObjection,
  keberatan,
  keberatanEvents,
  recordResponse,
  saveSengketa,
  sengketa,
} from "./index.ts";
import { keberatanSuite, META, staffActor, unansweredRequest } from "./test-helpers.ts";

const suite = keberatanSuite();
let t: TestPlatform;
beforeAll(() => {
  t = suite.t;
});

/** An objection received Mon 25 May 2026, decided Wed 8 Jul 2026, the requester not satisfied (SENGKETA). */
async function disputedObjection() {
  const desk = await staffActor(t, "petugas_layanan");
  const r = await unansweredRequest(t);
  const k = await fileDeskObjection(t.p, desk, META, {
    nomor: r.number,
    reasons: ["c"],
    kasusPosisi: "Sampai hari ini tidak ada pemberitahuan tertulis.",
    purpose: "Kajian.",
    receivedDate: "2026-05-25",
    receivedTime: "10:00",
  });
  await forwardObjection(t.p, desk, META, k.id);
  await decideObjection(t.p, await staffActor(t, "atasan_ppid"), META, k.id, {
    decision: "ditolak",
    decisionText: "Informasi yang diminta dikecualikan berdasarkan uji konsekuensi.",
    position: "Sekretaris Daerah",
  });
  await t.p.db
    .update(keberatan)
    .set({ decidedAt: new Date("2026-07-08T10:00:00+07:00") })
    .where(eq(keberatan.id, k.id));
  await recordResponse(t.p, desk, META, k.id, { response: "tidak_puas" });
  return { desk, k };
}

const errorsOf = (desk: Actor, id: string, raw: Record<string, string>) =>
  saveSengketa(t.p, desk, META, id, raw).then(
    () => ({}) as Record<string, string>,
    (e) => e.fields as Record<string, string>,
  );

async function nothingSaved(id: string) {
  expect(await t.p.db.select().from(sengketa).where(eq(sengketa.keberatanId, id))).toEqual([]);
  const stageEvents = await t.p.db
    .select()
    .from(keberatanEvents)
    .where(and(eq(keberatanEvents.keberatanId, id), eq(keberatanEvents.kind, "sengketa_stage")));
  expect(stageEvents).toEqual([]);
  const audits = await t.p.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, id), like(auditEvents.action, "keberatan.sengketa.%")));
  expect(audits).toEqual([]);
}

describe("the dispute's dates", () => {
  it("refuses impossible, future and out-of-order dates and a filing outside the window, saving nothing", async () => {
    const { desk, k } = await disputedObjection();
    const tomorrow = new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
    expect(await errorsOf(desk, k.id, { filedOn: "2026-02-31", stage: "mediasi" })).toEqual({
      filedOn: "Tanggal pengajuan ke Komisi Informasi harus tanggal yang benar: isi tanggal, bulan, dan tahun, misalnya 20 7 2026.",
    });
    expect((await errorsOf(desk, k.id, { filedOn: tomorrow, stage: "mediasi" })).filedOn).toMatch(/^Tanggal tidak boleh sesudah hari ini/);
    expect(
      await errorsOf(desk, k.id, {
        filedOn: "2026-07-20",
        stage: "putusan",
        mediasiOn: "2026-07-15",
        ajudikasiOn: "2026-08-10",
        putusanOn: "2026-08-03",
        courtFiledOn: "2026-08-01",
        courtDecidedOn: "2026-07-30",
        courtType: "ptun",
      }),
    ).toEqual({
      mediasiOn: "Tanggal mediasi tidak boleh sebelum tanggal pengajuan ke Komisi Informasi.",
      putusanOn: "Tanggal putusan Komisi Informasi tidak boleh sebelum tanggal sidang ajudikasi.",
      courtFiledOn: "Tanggal gugatan didaftarkan di pengadilan tidak boleh sebelum tanggal putusan Komisi Informasi.",
      courtDecidedOn: "Tanggal putusan pengadilan tidak boleh sebelum tanggal gugatan didaftarkan di pengadilan.",
    });
    expect((await errorsOf(desk, k.id, { filedOn: "2026-07-20", stage: "mediasi", courtDecidedOn: "2026-08-01" })).courtDecidedOn).toBe(
      "Isi tanggal gugatan didaftarkan sebelum tanggal putusannya.",
    );
    expect((await errorsOf(desk, k.id, { filedOn: "2026-07-07", stage: "mediasi" })).filedOn).toBe(
      "Tanggal pengajuan ke Komisi Informasi tidak boleh sebelum tanggapan Atasan PPID (Rabu, 8 Juli 2026).",
    );
    expect((await errorsOf(desk, k.id, { filedOn: "2026-07-29", stage: "mediasi" })).filedOn).toBe(
      "Sengketa harus diajukan ke Komisi Informasi paling lambat Selasa, 28 Juli 2026 (14 hari kerja sejak tanggapan Atasan PPID, UU 14/2008 Pasal 37 ayat (2)); tanggal pengajuan Rabu, 29 Juli 2026 sudah melewati batas itu.",
    );
    await nothingSaved(k.id);
    expect((await getObjection(t.p.db, k.id))?.state).toBe("SENGKETA");

    // The window is law data: 5 working days end Wed 15 Jul 2026.
    await t.p.db.insert(settings).values({ key: LAW_SETTING_KEY, value: { disputeWindowDays: 5 } });
    expect((await errorsOf(desk, k.id, { filedOn: "2026-07-20", stage: "mediasi" })).filedOn).toMatch(
      /^Sengketa harus diajukan ke Komisi Informasi paling lambat Rabu, 15 Juli 2026 \(5 hari kerja sejak/,
    );
    await nothingSaved(k.id);
    await t.p.db.delete(settings).where(eq(settings.key, LAW_SETTING_KEY));

    expect(await errorsOf(desk, k.id, { filedOn: "2026-07-28", stage: "mediasi", mediasiOn: "2026-08-11" })).toEqual({});
    const [s] = await t.p.db.select().from(sengketa).where(eq(sengketa.keberatanId, k.id));
    expect(s).toMatchObject({ filedOn: "2026-07-28", mediasiOn: "2026-08-11", stage: "mediasi" });
  });

  it("the case page takes each date as day, month and year, and keeps what was typed on errors", async () => {
    const { k } = await disputedObjection();
    const { agent } = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    const path = `/ppid/kelola/keberatan/${k.id}`;
    const page = await agent.page(path);
    expect(page.html).toContain('name="filedOn-day"');
    expect(page.html).toContain('name="courtDecidedOn-year"');
    expect(page.html).toContain("Sengketa diajukan paling lambat Selasa, 28 Juli 2026 (14 hari kerja sejak tanggapan Atasan PPID)");

    const bad = await agent.request(`${path}/sengketa`, {
      form: { "filedOn-day": "31", "filedOn-month": "2", "filedOn-year": "2026", stage: "mediasi", registerNumber: "009/KI/2026" },
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("Tanggal pengajuan ke Komisi Informasi harus tanggal yang benar");
    expect(html).toContain('href="#filedOn-day"');
    expect(html).toMatch(/name="filedOn-day"[^>]*value="31"|value="31"[^>]*name="filedOn-day"/);
    expect(html).toContain('value="009/KI/2026"');
    const partial = await agent.request(`${path}/sengketa`, {
      form: { "filedOn-day": "20", "filedOn-month": "", "filedOn-year": "2026", stage: "mediasi" },
    });
    expect(partial.status).toBe(400);
    expect(await partial.text()).toContain("isi tanggal, bulan, dan tahun");
    await nothingSaved(k.id);

    const ok = await agent.request(`${path}/sengketa`, {
      form: {
        "filedOn-day": "20",
        "filedOn-month": "7",
        "filedOn-year": "2026",
        stage: "mediasi",
        "mediasiOn-day": "3",
        "mediasiOn-month": "8",
        "mediasiOn-year": "2026",
      },
    });
    expect(ok.status).toBe(303);
    const [s] = await t.p.db.select().from(sengketa).where(eq(sengketa.keberatanId, k.id));
    expect(s).toMatchObject({ filedOn: "2026-07-20", mediasiOn: "2026-08-03" });
    const after = await agent.page(path);
    expect(after.html).toMatch(/name="mediasiOn-month"[^>]*value="8"|value="8"[^>]*name="mediasiOn-month"/);
  });
});
