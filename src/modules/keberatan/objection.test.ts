/**
 * An objection from filing to the Komisi Informasi, on PGlite with the real
 * calendar: windows at the desk's receipt date, numbering, the Atasan PPID's
 * decision and its registered letter, the requester's answer, the dispute,
 * the register and the report figures. Expected dates counted by hand.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestPlatform } from "../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../test/ppid.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { issuedDocuments } from "../../platform/verification/index.ts";
import { ppidRequestEvents, submitRequest } from "../ppid/index.ts";
import {
  decideObjection,
  fileDeskObjection,
  fileObjection,
  forwardObjection,
  getObjection,
  issueObjectionReceipt,
  keberatan,
  OBJECTION_REGISTER_COLUMNS,
  objectionRegister,
  objectionStats,
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

const staff = (role: Parameters<typeof staffActor>[1], name?: string) => staffActor(t, role, name);

const form = (number: string | null, over: Record<string, unknown> = {}) => ({
  nomor: number,
  reasons: ["c"],
  kasusPosisi: "Sampai hari ini tidak ada pemberitahuan tertulis atas permohonan saya.",
  purpose: "Bahan kajian kelompok masyarakat.",
  ...over,
});

describe("filing", () => {
  it("offers (c) only after the missed due date and refuses it after its last day, Mon 25 May 2026", async () => {
    const desk = await staff("petugas_layanan");
    const r = await unansweredRequest(t);
    const early = await fileDeskObjection(t.p, desk, META, { ...form(r.number), receivedDate: "2026-04-07", receivedTime: "10:00" }).catch(
      (e) => e,
    );
    expect(early.fields.reasons).toMatch(/Alasan \(c\) belum dapat diajukan/);
    const late = await fileDeskObjection(t.p, desk, META, { ...form(r.number), receivedDate: "2026-05-26", receivedTime: "09:00" }).catch(
      (e) => e,
    );
    expect(late.fields.reasons).toMatch(/^Batas pengajuan keberatan untuk alasan \(c\) adalah Senin, 25 Mei 2026/);
    const before = await fileDeskObjection(t.p, desk, META, { ...form(r.number), receivedDate: "2026-03-01" }).catch((e) => e);
    expect(before.fields.receivedDate).toMatch(/sebelum permohonannya/);
  });

  it("online: the request's tracking code is required, and an unanswered fresh request offers no (c)", async () => {
    const r = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
    });
    const wrong = await fileObjection(t.p, null, META, { ...form(r.number), kode: "bukan-kode" }).catch((e) => e);
    expect(wrong.fields.nomor).toMatch(/tidak cocok/);
    const notYet = await fileObjection(t.p, null, META, { ...form(r.number), kode: r.secret }).catch((e) => e);
    expect(notYet.fields.reasons).toMatch(/Alasan \(c\) belum dapat diajukan/);
    const empty = await fileObjection(t.p, null, META, { nomor: "x", reasons: [] }).catch((e) => e);
    expect(empty.fields).toMatchObject({
      nomor: expect.stringMatching(/PPID-2026-000123/),
      reasons: expect.stringMatching(/paling sedikit satu/),
    });
  });
});

describe("an objection decided by the Atasan PPID, then disputed", () => {
  it("goes from the desk to the decision letter, TIDAK PUAS, and the Komisi Informasi", async () => {
    const desk = await staff("petugas_layanan");
    const r = await unansweredRequest(t);
    // Received Mon 25 May 2026 (the last day for (c)); the Atasan's 30 working days end Fri 10 Jul 2026
    // (Idul Adha 27–28 May, Pancasila 1 Jun, 1 Muharam 16 Jun skipped).
    const k = await fileDeskObjection(t.p, desk, META, {
      ...form(r.number, { proxyName: "Budi Santoso", email: "siti@contoh.id" }),
      receivedDate: "2026-05-25",
      receivedTime: "10:00",
    });
    expect(k.number).toMatch(/^KEB-2026-\d{6}$/);
    expect(k.due).toBe("2026-07-10");
    const again = await fileDeskObjection(t.p, desk, META, { ...form(r.number), receivedDate: "2026-05-25" }).catch((e) => e);
    expect(again.fields.nomor).toMatch(new RegExp(`${k.number} atas permohonan ini masih diproses`));

    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.find((e) => e.kind === "objection_filed")).toMatchObject({ visibility: "requester", data: { number: k.number } });
    const mail = (await t.p.db.select().from(outbox).where(eq(outbox.to, "siti@contoh.id"))).find((m) => m.subject.includes(k.number));
    expect(mail?.text).toContain(`/ppid/keberatan/${k.number}/${k.secret}`);

    // Rendered outside its transaction: two workers at once still register one tanda terima.
    const [receipt, twin] = await Promise.all([issueObjectionReceipt(t.p, k.id), issueObjectionReceipt(t.p, k.id)]);
    expect(twin).toBe(receipt);
    expect(await issueObjectionReceipt(t.p, k.id)).toBe(receipt);
    const docs = await t.p.db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectId, k.id));
    expect(docs.map((d) => d.id)).toEqual([receipt]);
    expect(await (await t.agent().request(`/verifikasi/${receipt}`)).text()).toContain(k.number);

    const decision = {
      decision: "dikabulkan_sebagian",
      decisionText: "PPID wajib memberikan informasi yang diminta kecuali lampiran data pribadi.",
      position: "Sekretaris Daerah",
    };
    const premature = await decideObjection(t.p, await staff("atasan_ppid"), META, k.id, decision).catch((e) => e);
    expect(premature.fields.state).toMatch(/Terregistrasi/);
    await forwardObjection(t.p, desk, META, k.id, { note: "Mohon diputus." });
    await expect(decideObjection(t.p, await staff("ppid_utama"), META, k.id, decision)).rejects.toMatchObject({ status: 403 });
    await expect(decideObjection(t.p, desk, META, k.id, decision)).rejects.toMatchObject({ status: 403 });
    const atasan = await staff("atasan_ppid", "Drs. Contoh Sekda");
    const bad = await decideObjection(t.p, atasan, META, k.id, { decision: "x", decisionText: "", position: "" }).catch((e) => e);
    expect(bad.fields).toMatchObject({ decision: expect.any(String), decisionText: expect.any(String), position: expect.any(String) });
    const { documentId } = await decideObjection(t.p, atasan, META, k.id, decision);
    // Decided on Wed 8 Jul 2026 (two days before its due date): the dispute window runs to Tue 28 Jul 2026.
    await t.p.db
      .update(keberatan)
      .set({ decidedAt: new Date("2026-07-08T10:00:00+07:00") })
      .where(eq(keberatan.id, k.id));
    const letter = await t.agent().request(`/verifikasi/${documentId}`);
    expect(letter.status).toBe(200);
    expect(await letter.text()).toContain(k.number);
    const decided = await getObjection(t.p.db, k.id);
    expect(decided).toMatchObject({
      state: "DIPUTUS",
      decisionDocId: documentId,
      decidedByName: "Drs. Contoh Sekda",
      decidedByPosition: "Sekretaris Daerah",
    });

    await expect(recordResponse(t.p, null, META, k.id, { response: "tidak_puas" }, { secret: "salah" })).rejects.toMatchObject({
      status: 403,
    });
    const resp = await recordResponse(t.p, null, META, k.id, { response: "tidak_puas" }, { secret: k.secret });
    expect(resp.state).toBe("SENGKETA");
    const twice = await recordResponse(t.p, null, META, k.id, { response: "puas" }, { secret: k.secret }).catch((e) => e);
    expect(twice.fields.state).toMatch(/Sengketa/);

    const noDate = await saveSengketa(t.p, desk, META, k.id, { stage: "putusan" }).catch((e) => e);
    expect(noDate.fields).toMatchObject({
      filedOn: expect.stringMatching(/Isi tanggal/),
      putusanOn: expect.stringMatching(/tanggal putusan/),
    });
    await saveSengketa(t.p, desk, META, k.id, {
      filedOn: "2026-07-20",
      registerNumber: "012/VII/KI-BKL-PS/2026",
      stage: "mediasi",
      mediasiOn: "2026-08-03",
    });
    await saveSengketa(t.p, desk, META, k.id, {
      filedOn: "2026-07-20",
      registerNumber: "012/VII/KI-BKL-PS/2026",
      stage: "selesai",
      mediasiOn: "2026-08-03",
      ajudikasiOn: "2026-08-24",
      putusanOn: "2026-10-05",
      selesaiOn: "2026-10-05",
      result: "dikabulkan_sebagian",
      outcome: "Majelis memerintahkan PPID memberikan salinan DPA tanpa lampiran data pribadi.",
      courtType: "ptun",
      courtFiledOn: "2026-10-19",
    });
    const [s] = await t.p.db.select().from(sengketa).where(eq(sengketa.keberatanId, k.id));
    expect(s).toMatchObject({ stage: "selesai", result: "dikabulkan_sebagian", courtType: "ptun", ajudikasiOn: "2026-08-24" });

    const period = { from: new Date("2026-01-01T00:00:00+07:00"), to: new Date("2027-01-01T00:00:00+07:00") };
    const rows = await objectionRegister(t.p, period);
    const row = rows.find((x) => x[0] === k.number);
    expect(row).toHaveLength(OBJECTION_REGISTER_COLUMNS.length);
    expect(OBJECTION_REGISTER_COLUMNS[0]).toMatch(/Nomor registrasi/);
    expect(OBJECTION_REGISTER_COLUMNS[10]).toMatch(/Tanggapan pemohon/);
    expect(row).toEqual([
      k.number,
      "Senin, 25 Mei 2026",
      "Siti Rahmawati, Jl. Raya Tubei No. 12, Kabupaten Lebong; kuasa: Budi Santoso",
      r.number,
      validRequest().details,
      "Bahan kajian kelompok masyarakat.",
      "c. Permohonan informasi tidak ditanggapi",
      "Keberatan dikabulkan sebagian",
      expect.stringMatching(/^\w+, \d{1,2} \w+ \d{4}$/),
      "Drs. Contoh Sekda, Sekretaris Daerah",
      "Tidak puas (sengketa)",
    ]);
    const stats = await objectionStats(t.p, period);
    expect(stats).toMatchObject({
      filed: 1,
      decided: 1,
      byDecision: { dikabulkan_sebagian: 1, dikabulkan: 0, ditolak: 0 },
      byReason: { c: 1, a: 0 },
      sengketa: { filed: 1, byStage: { selesai: 1, mediasi: 0 }, byOutcome: { dikabulkan_sebagian: 1 } },
      courtCases: 1,
    });
    expect((await objectionStats(t.p, { from: new Date("2025-01-01T00:00:00+07:00"), to: period.from })).filed).toBe(0);
  });

  it("PUAS closes the objection (recorded at the desk)", async () => {
    const desk = await staff("petugas_layanan");
    const r = await unansweredRequest(t);
    const k = await fileDeskObjection(t.p, desk, META, { ...form(r.number), receivedDate: "2026-04-20", receivedTime: "11:00" });
    await forwardObjection(t.p, desk, META, k.id);
    await decideObjection(t.p, await staff("atasan_ppid"), META, k.id, {
      decision: "dikabulkan",
      decisionText: "PPID Pelaksana wajib memberikan informasi dalam 5 hari kerja.",
      position: "Sekretaris Daerah",
    });
    const citizen = { ...desk, kind: "citizen" as const, roles: [] };
    await expect(recordResponse(t.p, citizen, META, k.id, { response: "puas" })).rejects.toMatchObject({ status: 403 });
    expect((await recordResponse(t.p, desk, META, k.id, { response: "puas" })).state).toBe("SELESAI");
    expect(await getObjection(t.p.db, k.id)).toMatchObject({ requesterResponse: "puas", state: "SELESAI" });
  });
});
