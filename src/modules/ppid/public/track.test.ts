import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, tinyPng, validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { loadCalendar, receiptDate, workingDaysBetween } from "../../../platform/calendar/index.ts";
import { outbox } from "../../../platform/mail/schema.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../../platform/work.ts";
import { addEvent, refreshClock } from "../case.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests } from "../schema.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

async function file(over: Record<string, unknown> = {}) {
  const r = await submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
  return { ...r, number: r.number!, path: `/ppid/lacak/${r.number}/${r.secret}` };
}

const row = async (id: string) => (await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, id)))[0];

/** The staff step, simulated in the database: the request waits for the requester's clarification. */
async function askClarification(id: string, question: string, at: Date) {
  await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
    const [req] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, id));
    await w.tx.update(ppidRequests).set({ state: "PERLU_KELENGKAPAN", pausedFrom: req.state }).where(eq(ppidRequests.id, id));
    await addEvent(w, id, { ...SYSTEM_ACTOR, name: "Petugas" }, { kind: "clarification_requested", note: question, at });
    await refreshClock(w, req);
  });
}

describe("tracking a request", () => {
  it("shows the requester every step and the due date with how it was computed (no-store, noindex)", async () => {
    const r = await file();
    const res = await t.agent().request(r.path);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("x-robots-tag")).toContain("noindex");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(html).toContain(r.number);
    expect(html).toContain("Terregistrasi");
    expect(html).toContain("Cara batas waktu dihitung");
    expect(html).toContain("Batas waktu adalah hari kerja ke-10 sesudahnya");
    expect(html).toContain("Permohonan diterima");
    expect(html).toContain("Permohonan diregistrasi");
    // The tanda bukti is made on demand when the job has not run yet, and offered for download.
    const req = await row(r.id);
    expect(req.receiptDocId).toBeTruthy();
    expect(html).toContain(`/verifikasi/${req.receiptDocId}/berkas`);
    expect(html).toContain(`action="${r.path}/tarik"`);
    expect(html).toContain(`href="/ppid/keberatan/baru?nomor=${r.number}&amp;kode=${r.secret}"`);
  });

  it("the lookup form redirects to the case page; a bad number is explained", async () => {
    const r = await file();
    const res = await t.agent().request(`/ppid/lacak?nomor=${r.number.toLowerCase()}&kode=${r.secret}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(r.path);
    const bad = await t.agent().request("/ppid/lacak?nomor=123&kode=");
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("PPID-TAHUN-NOMOR");
    expect(html).toContain("Isi kode rahasia");
    const start = await t.agent().request("/ppid/lacak");
    expect(start.status).toBe(200);
    expect(start.headers.get("set-cookie")).toBeNull();
  });

  it("a wrong code and an unknown number get the same 404, and nobody sees another requester's data", async () => {
    const a = await file({ name: "Andi Saputra", email: "andi@contoh.id" });
    const b = await file({ name: "Butet Manurung", email: "butet@contoh.id" });
    const wrong = await t.agent().request(`/ppid/lacak/${a.number}/${b.secret}`);
    const unknown = await t.agent().request(`/ppid/lacak/PPID-2026-999999/${a.secret}`);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const [w, u] = [await wrong.text(), await unknown.text()];
    expect(w).toContain("Permohonan tidak ditemukan");
    // Identical but for the language switch, which links to the same path in English.
    const strip = (html: string) => html.replace(/href="\/en\/ppid\/lacak\/[^"]*"/, "");
    expect(strip(w)).toBe(strip(u));
    expect(w).not.toContain("Andi");
    expect(w).not.toContain("Butet");
    // B's page never shows A's name, and A's files are not reachable through B's link.
    const bPage = await (await t.agent().request(b.path)).text();
    expect(bPage).toContain("Butet Manurung");
    expect(bPage).not.toContain("Andi Saputra");
    const [aIdentity] = await t.p.db.select().from(ppidRequestFiles).where(eq(ppidRequestFiles.requestId, a.id));
    expect((await t.agent().request(`${b.path}/berkas/${aIdentity.id}`)).status).toBe(404);
    // Even the requester cannot download the identity document through the tracking link (staff only).
    expect((await t.agent().request(`${a.path}/berkas/${aIdentity.id}`)).status).toBe(404);
    // Actions with a wrong code change nothing.
    const tarik = await t.agent().request(`/ppid/lacak/${a.number}/${b.secret}/tarik`, { form: { reason: "x" } });
    expect(tarik.status).toBe(404);
    expect((await row(a.id)).state).toBe("TERREGISTRASI");
  });

  it("the requester withdraws the request: DITARIK, clock stopped, event, audit, mail; a second time is refused", async () => {
    const r = await file({ email: "tarik@contoh.id" });
    const res = await t.agent().request(`${r.path}/tarik`, { form: { reason: "Informasi sudah saya dapat dari sumber lain." } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${r.path}?selesai=ditarik`);
    const req = await row(r.id);
    expect(req.state).toBe("DITARIK");
    expect(req.clockStatus).toBe("stopped");
    expect(req.withdrawnAt).toBeInstanceOf(Date);
    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.at(-1)).toMatchObject({
      kind: "withdrawn",
      note: "Informasi sudah saya dapat dari sumber lain.",
      visibility: "requester",
    });
    const audit = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.request.withdrawn"), eq(auditEvents.subjectId, r.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorName).toBe("pemohon");
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "tarik@contoh.id"));
    expect(mails.some((m) => m.subject.includes("ditarik"))).toBe(true);

    const page = await (await t.agent().request(`${r.path}?selesai=ditarik`)).text();
    expect(page).toContain("Permohonan Anda telah ditarik.");
    expect(page).toContain("Ditarik pemohon");
    expect(page).toContain("Anda menarik permohonan");
    expect(page).not.toContain(`action="${r.path}/tarik"`);
    const again = await t.agent().request(`${r.path}/tarik`, { form: {} });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("langkah ini tidak dapat dilakukan sekarang");
  });

  it("answering a clarification restarts the clock in full from the day the answer is received, with the file for the requester", async () => {
    const r = await file({ email: "lengkap@contoh.id" });
    // Received Monday 2 March 2026 09:00 WIB; the PPID asked for clarification on Thursday 5 March 2026.
    const received = new Date("2026-03-02T02:00:00Z");
    await t.p.db.update(ppidRequests).set({ receivedAt: received }).where(eq(ppidRequests.id, r.id));
    await t.p.db
      .update(ppidRequestEvents)
      .set({ at: received })
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "received")));
    await askClarification(r.id, "Sebutkan tahun anggaran dan nama kegiatan yang Anda maksud.", new Date("2026-03-05T02:00:00Z"));
    expect((await row(r.id)).clockStatus).toBe("paused");

    const page = await (await t.agent().request(r.path)).text();
    expect(page).toContain("PPID meminta kelengkapan permohonan");
    expect(page).toContain("Sebutkan tahun anggaran dan nama kegiatan yang Anda maksud.");
    expect(page).toContain("Berhenti sementara");
    expect(page).toContain(`action="${r.path}/kelengkapan"`);

    const empty = new FormData();
    empty.append("answer", "");
    const refused = await t.agent().request(`${r.path}/kelengkapan`, { body: empty });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Tulis jawaban atau kelengkapan yang diminta");
    expect((await row(r.id)).state).toBe("PERLU_KELENGKAPAN");

    const fd = new FormData();
    fd.append("answer", "Tahun anggaran 2026, kegiatan Pelayanan Kesehatan Desa.");
    fd.append("file", new Blob([new Uint8Array(tinyPng())], { type: "image/png" }), "rincian.png");
    const before = Date.now();
    const res = await t.agent().request(`${r.path}/kelengkapan`, { body: fd });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${r.path}?selesai=kelengkapan`);
    const req = await row(r.id);
    expect(req.state).toBe("TERREGISTRASI");
    expect(req.pausedFrom).toBeNull();
    expect(req.clockStatus).toBe("running");
    // Restart (the default law data): 10 full working days from the day the answer counts as received.
    const cal = await loadCalendar(t.p.db);
    const day = receiptDate(cal, new Date(before), { officeHoursEnd: "16:00" }).counted;
    expect(workingDaysBetween(cal, day, req.dueOn!)).toBe(10);
    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.at(-1)).toMatchObject({
      kind: "clarification_received",
      note: "Tahun anggaran 2026, kegiatan Pelayanan Kesehatan Desa.",
    });
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "lengkap@contoh.id"));
    expect(mails.some((m) => m.text.includes("Batas waktu pemberitahuan tertulis yang baru"))).toBe(true);

    const after = await (await t.agent().request(`${r.path}?selesai=kelengkapan`)).text();
    expect(after).toContain("Kelengkapan Anda telah diterima.");
    expect(after).toContain("Waktu pelayanan dihitung kembali dari awal, 10 hari kerja");
    expect(after).toContain("Senin, 2 Maret 2026");
    const [lampiran] = await t.p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.requestId, r.id), eq(ppidRequestFiles.purpose, "lampiran")));
    expect(lampiran.forRequester).toBe(true);
    expect(after).toContain(`${r.path}/berkas/${lampiran.id}`);
    const dl = await t.agent().request(`${r.path}/berkas/${lampiran.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("image/png");
    expect(dl.headers.get("content-disposition")).toContain("attachment");
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(new Uint8Array(tinyPng()));
  });
});
