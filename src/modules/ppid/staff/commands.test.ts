import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { tinyPng, validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { addDays, jakartaDate, loadCalendar, workingDaysBetween } from "../../../platform/calendar/index.ts";
import { outbox } from "../../../platform/mail/schema.ts";
import { assignRequest } from "../commands/assignRequest.ts";
import { closeRequest } from "../commands/closeRequest.ts";
import { createDeskRequest, registerRequest } from "../commands/deskRequests.ts";
import { extendDeadline } from "../commands/extendDeadline.ts";
import { handOver } from "../commands/handOver.ts";
import { recordClarification } from "../commands/recordClarification.ts";
import { requestClarification } from "../commands/requestClarification.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests } from "../schema.ts";
import { addNote } from "./addNote.ts";
import { META, newRequest, row, staff, unitIds } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof unitIds>>;
let desk: Awaited<ReturnType<typeof staff>>;
let dinkes: Awaited<ReturnType<typeof staff>>;
let kominfo: Awaited<ReturnType<typeof staff>>;
let utama: Awaited<ReturnType<typeof staff>>;
let atasan: Awaited<ReturnType<typeof staff>>;

beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitIds(t);
  desk = await staff(t, [{ role: "petugas_layanan" }], "Petugas Meja");
  dinkes = await staff(t, [{ role: "ppid_pelaksana", unitId: u.dinkes }], "PPID Dinkes");
  kominfo = await staff(t, [{ role: "ppid_pelaksana", unitId: u.kominfo }], "PPID Kominfo");
  utama = await staff(t, [{ role: "ppid_utama" }], "PPID Utama");
  atasan = await staff(t, [{ role: "atasan_ppid" }], "Atasan");
});
afterAll(async () => t.close());

const events = async (id: string) =>
  (await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, id)).orderBy(ppidRequestEvents.id)).map(
    (e) => e.kind,
  );
const audits = async (id: string, action: string) =>
  t.p.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, action)));
const mailsTo = async (to: string) => t.p.db.select().from(outbox).where(eq(outbox.to, to));

async function assigned() {
  const r = await newRequest(t);
  await assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes });
  return r;
}

/** The decision is another part's command; here the row is put in that state directly. */
async function decide(id: string, decision: "dikabulkan_seluruhnya" | "ditolak") {
  await t.p.db
    .update(ppidRequests)
    .set({ state: "DIPUTUS", decision, decidedAt: new Date(), clockStatus: "stopped" })
    .where(eq(ppidRequests.id, id));
}

describe("assigning to an OPD", () => {
  it("moves a registered request to the OPD, mails its PPID Pelaksana and the requester, with event and audit", async () => {
    const r = await newRequest(t);
    const res = await assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes });
    expect(res.notified).toBe(1);
    const after = await row(t, r.id);
    expect(after.state).toBe("DIPROSES");
    expect(after.unitId).toBe(u.dinkes);
    expect(await events(r.id)).toContain("assigned");
    expect(await audits(r.id, "ppid.request.assigned")).toHaveLength(1);
    expect((await mailsTo(dinkes.actor.email)).some((m) => m.text.includes(`/ppid/kelola/permohonan/${r.id}`))).toBe(true);
    expect((await mailsTo("siti@contoh.id")).some((m) => m.subject.includes("diteruskan"))).toBe(true);
  });

  it("is refused to a PPID Pelaksana and to the Atasan PPID, and from a wrong state", async () => {
    const r = await newRequest(t);
    await expect(assignRequest(t.p, dinkes.actor, META, r.id, { unitId: u.dinkes })).rejects.toMatchObject({ status: 403 });
    await expect(assignRequest(t.p, atasan.actor, META, r.id, { unitId: u.dinkes })).rejects.toMatchObject({ status: 403 });
    await expect(assignRequest(t.p, null, META, r.id, { unitId: u.dinkes })).rejects.toMatchObject({ status: 401 });
    await expect(assignRequest(t.p, desk.actor, META, r.id, { unitId: "" })).rejects.toMatchObject({
      fields: { unitId: expect.stringMatching(/Pilih OPD/) },
    });
    await decide(r.id, "ditolak");
    await expect(assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes })).rejects.toMatchObject({
      fields: { state: expect.stringMatching(/Diputus/) },
    });
  });

  it("reassigns only with a written reason, and nothing is half-saved without one", async () => {
    const r = await assigned();
    const before = await events(r.id);
    await expect(assignRequest(t.p, desk.actor, META, r.id, { unitId: u.kominfo })).rejects.toMatchObject({
      fields: { reason: expect.stringMatching(/alasan/i) },
    });
    expect((await row(t, r.id)).unitId).toBe(u.dinkes);
    expect(await events(r.id)).toEqual(before);
    await expect(
      assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes, reason: "Salah OPD sejak awal, pindahkan." }),
    ).rejects.toMatchObject({
      fields: { unitId: expect.stringMatching(/sudah berada/) },
    });
    await assignRequest(t.p, utama.actor, META, r.id, { unitId: u.kominfo, reason: "Data dikuasai Diskominfo-SP, bukan Dinkes." });
    const after = await row(t, r.id);
    expect(after.unitId).toBe(u.kominfo);
    const [ev] = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "reassigned")));
    expect(ev.note).toMatch(/Diskominfo/);
    expect(await audits(r.id, "ppid.request.reassigned")).toHaveLength(1);
  });
});

describe("clarification", () => {
  it("pauses the clock (no due date), then the answer returns the request to where it was and restarts the clock in full", async () => {
    const r = await assigned();
    await expect(requestClarification(t.p, kominfo.actor, META, r.id, { message: "Mohon perjelas tahun anggaran." })).rejects.toMatchObject(
      {
        status: 403,
      },
    );
    await expect(requestClarification(t.p, dinkes.actor, META, r.id, { message: "pendek" })).rejects.toMatchObject({
      fields: { message: expect.any(String) },
    });
    await requestClarification(t.p, dinkes.actor, META, r.id, { message: "Mohon sebutkan tahun anggaran DPA yang dimaksud." });
    const paused = await row(t, r.id);
    expect(paused).toMatchObject({ state: "PERLU_KELENGKAPAN", pausedFrom: "DIPROSES", dueOn: null, clockStatus: "paused" });
    expect((await mailsTo("siti@contoh.id")).some((m) => m.text.includes("tahun anggaran DPA"))).toBe(true);
    // No extension, no second pause while paused.
    await expect(extendDeadline(t.p, dinkes.actor, META, r.id, { reason: "Butuh waktu untuk mengumpulkan berkas." })).rejects.toMatchObject(
      {
        status: 400,
      },
    );
    await expect(requestClarification(t.p, dinkes.actor, META, r.id, { message: "Pertanyaan kedua yang panjang." })).rejects.toMatchObject({
      fields: { state: expect.any(String) },
    });

    const now = new Date(Date.now() + 1000);
    const date = jakartaDate(now);
    const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit", hour12: false }).format(
      now,
    );
    await expect(
      recordClarification(t.p, desk.actor, META, r.id, {
        answer: "Tahun anggaran 2026.",
        receivedDate: "2020-01-01",
        receivedTime: "09:00",
      }),
    ).rejects.toMatchObject({ fields: { receivedDate: expect.stringMatching(/sebelum permintaan/) } });
    const res = await recordClarification(
      t.p,
      desk.actor,
      META,
      r.id,
      { answer: "Tahun anggaran 2026.", receivedDate: date, receivedTime: time },
      { name: "jawaban.png", bytes: tinyPng() },
    );
    const back = await row(t, r.id);
    expect(back).toMatchObject({ state: "DIPROSES", pausedFrom: null, clockStatus: "running" });
    expect(back.dueOn).toBe(res.due);
    // Restarted in full: 10 working days after the day the answer counts as received (today, or the next working day).
    const cal = await loadCalendar(t.p.db);
    const counted = workingDaysBetween(cal, date, back.dueOn as string);
    expect([10, 11]).toContain(counted);
    expect(await events(r.id)).toEqual(expect.arrayContaining(["clarification_requested", "clarification_received"]));
    expect(await audits(r.id, "ppid.request.clarification_requested")).toHaveLength(1);
    expect(await audits(r.id, "ppid.request.clarification_received")).toHaveLength(1);
    await expect(
      recordClarification(t.p, desk.actor, META, r.id, { answer: "Lagi.", receivedDate: date, receivedTime: time }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe("extension", () => {
  it("adds the extension days once, with the reason mailed; a second time is refused", async () => {
    const r = await assigned();
    const before = (await row(t, r.id)).dueOn as string;
    await expect(extendDeadline(t.p, atasan.actor, META, r.id, { reason: "Dokumen tersebar di beberapa bidang." })).rejects.toMatchObject({
      status: 403,
    });
    await expect(extendDeadline(t.p, kominfo.actor, META, r.id, { reason: "Dokumen tersebar di beberapa bidang." })).rejects.toMatchObject({
      status: 403,
    });
    await expect(extendDeadline(t.p, dinkes.actor, META, r.id, { reason: "" })).rejects.toMatchObject({
      fields: { reason: expect.any(String) },
    });
    const res = await extendDeadline(t.p, dinkes.actor, META, r.id, { reason: "Dokumen tersebar di beberapa bidang." });
    const cal = await loadCalendar(t.p.db);
    expect(workingDaysBetween(cal, before, res.due as string)).toBe(7);
    expect((await row(t, r.id)).extended).toBe(true);
    expect((await mailsTo("siti@contoh.id")).some((m) => m.text.includes("Dokumen tersebar di beberapa bidang."))).toBe(true);
    expect(await audits(r.id, "ppid.request.extended")).toHaveLength(1);
    await expect(extendDeadline(t.p, dinkes.actor, META, r.id, { reason: "Masih perlu waktu tambahan lagi." })).rejects.toMatchObject({
      fields: { reason: expect.stringMatching(/satu kali/) },
    });
    expect(await audits(r.id, "ppid.request.extended")).toHaveLength(1);
  });

  it("is refused after the due date", async () => {
    const received = addDays(jakartaDate(new Date()), -40);
    const r = await createDeskRequest(t.p, desk.actor, META, {
      ...validRequest(),
      channel: "walk_in",
      receivedDate: received,
      receivedTime: "09:00",
      identityChecked: "on",
    });
    await assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes });
    const err = await extendDeadline(t.p, dinkes.actor, META, r.id, { reason: "Terlambat tetapi tetap meminta perpanjangan." }).catch(
      (e) => e,
    );
    expect(err.fields.reason).toMatch(/sudah lewat/);
    expect((await row(t, r.id)).extended).toBe(false);
    expect(await events(r.id)).not.toContain("extended");
  });
});

describe("hand-over and closing", () => {
  it("hands over files and references with a fee, then closes", async () => {
    const r = await assigned();
    await expect(handOver(t.p, dinkes.actor, META, r.id, { note: "Diserahkan langsung." })).rejects.toMatchObject({
      fields: { state: expect.any(String) },
    });
    await decide(r.id, "dikabulkan_seluruhnya");
    await expect(closeRequest(t.p, dinkes.actor, META, r.id)).rejects.toMatchObject({
      fields: { state: expect.stringMatching(/serahkan/) },
    });
    const file = { name: "dpa-2026.png", bytes: tinyPng() };
    await expect(handOver(t.p, dinkes.actor, META, r.id, { fee: "15.000" }, [file])).rejects.toMatchObject({
      fields: { paymentNote: expect.any(String) },
    });
    await expect(handOver(t.p, dinkes.actor, META, r.id, {}, [])).rejects.toMatchObject({ fields: { berkas: expect.any(String) } });
    await expect(
      handOver(t.p, dinkes.actor, META, r.id, {}, [{ name: "palsu.pdf", bytes: new TextEncoder().encode("bukan pdf") }]),
    ).rejects.toMatchObject({ fields: { berkas: expect.stringMatching(/PDF, JPG, atau PNG/) } });
    await expect(handOver(t.p, dinkes.actor, META, r.id, { references: "tanpa alamat" }, [])).rejects.toMatchObject({
      fields: { references: expect.any(String) },
    });
    expect((await row(t, r.id)).state).toBe("DIPUTUS");
    await expect(handOver(t.p, kominfo.actor, META, r.id, { note: "x" }, [file])).rejects.toMatchObject({ status: 403 });

    const res = await handOver(
      t.p,
      dinkes.actor,
      META,
      r.id,
      {
        references: "DPA Dinkes 2026 | https://lebongkab.go.id/dokumen/dpa-dinkes-2026.pdf",
        fee: "15.000",
        paymentNote: "Bayar di loket PPID.",
      },
      [file],
    );
    expect(res.fee).toBe(15000);
    const after = await row(t, r.id);
    expect(after).toMatchObject({ state: "INFORMASI_DISERAHKAN", fee: 15000 });
    expect(after.handedOverAt).toBeInstanceOf(Date);
    const files = await t.p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.requestId, r.id), eq(ppidRequestFiles.purpose, "informasi")));
    expect(files).toMatchObject([{ name: "dpa-2026.png", forRequester: true }]);
    expect((await mailsTo("siti@contoh.id")).some((m) => m.text.includes("Rp15.000") && m.text.includes("dpa-dinkes-2026.pdf"))).toBe(true);
    expect(await audits(r.id, "ppid.request.handed_over")).toHaveLength(1);

    await closeRequest(t.p, dinkes.actor, META, r.id, { note: "Biaya telah dibayar." });
    expect((await row(t, r.id)).state).toBe("SELESAI");
    expect(await events(r.id)).toEqual(expect.arrayContaining(["handed_over", "closed"]));
    expect(await audits(r.id, "ppid.request.closed")).toHaveLength(1);
    await expect(closeRequest(t.p, dinkes.actor, META, r.id)).rejects.toMatchObject({ status: 400 });
  });

  it("closes a refusal straight after the decision; hand-over is refused for it", async () => {
    const r = await assigned();
    await expect(closeRequest(t.p, dinkes.actor, META, r.id)).rejects.toMatchObject({ fields: { state: expect.any(String) } });
    await decide(r.id, "ditolak");
    await expect(handOver(t.p, dinkes.actor, META, r.id, { note: "Tidak ada." })).rejects.toMatchObject({
      fields: { state: expect.stringMatching(/tidak memerlukan/) },
    });
    await expect(closeRequest(t.p, desk.actor, META, r.id)).rejects.toMatchObject({ status: 403 });
    await closeRequest(t.p, utama.actor, META, r.id);
    expect((await row(t, r.id)).state).toBe("SELESAI");
  });
});

describe("registration and notes", () => {
  it("the desk registers a request waiting for registration; others may not; a second time is refused", async () => {
    const r = await newRequest(t);
    await t.p.db.update(ppidRequests).set({ state: "DIAJUKAN", number: null, year: null, seq: null }).where(eq(ppidRequests.id, r.id));
    await expect(registerRequest(t.p, dinkes.actor, META, r.id)).rejects.toMatchObject({ status: 403 });
    await registerRequest(t.p, desk.actor, META, r.id);
    expect((await row(t, r.id)).state).toBe("TERREGISTRASI");
    await expect(registerRequest(t.p, desk.actor, META, r.id)).rejects.toMatchObject({ status: 400 });
  });

  it("an internal note is a staff-only event, audited; readers of other OPDs may not add one", async () => {
    const r = await assigned();
    await expect(addNote(t.p, kominfo.actor, META, r.id, { note: "Catatan dari OPD lain." })).rejects.toMatchObject({ status: 403 });
    await expect(addNote(t.p, dinkes.actor, META, r.id, { note: "" })).rejects.toMatchObject({ status: 400 });
    await addNote(t.p, atasan.actor, META, r.id, { note: "Pantau, permohonan ini menarik perhatian media." });
    const [ev] = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "note")));
    expect(ev.visibility).toBe("staff");
    expect(await audits(r.id, "ppid.request.note_added")).toHaveLength(1);
  });
});
