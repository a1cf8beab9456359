import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { outbox } from "../../../platform/mail/schema.ts";
import { draftResponse } from "../commands/draftResponse.ts";
import { approveResponse, returnResponse, submitResponse } from "../commands/reviewResponse.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests, ppidResponses } from "../schema.ts";
import { responseState } from "./state.ts";
import { activeDik, grant, META, pdftotext, requestInProcess, staff, units } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof units>>;
let pelaksana: Awaited<ReturnType<typeof staff>>;
let utama: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  t = await createTestPlatform();
  u = await units(t);
  pelaksana = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
  utama = await staff(t, "Utama Penyetuju", [{ role: "ppid_utama" }]);
});
afterAll(() => t.close());

const requestRow = async (id: string) => (await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, id)))[0];
const noticeBytes = async (docId: string) => {
  const res = await t.agent().request(`/verifikasi/${docId}/berkas`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};

describe("a full grant: draft → submit → approve by another person", () => {
  it("decides the request, stops the clock, registers the notice and gives it to the requester", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, grant({ biaya: "Rp 15.000", caraPembayaran: "Tunai di loket PPID" }));
    expect(d.status).toBe("draft");
    expect((await requestRow(r.id)).state).toBe("DIPROSES");
    await submitResponse(t.p, pelaksana.actor, META, r.id, d.responseId);
    const toUtama = await t.p.db.select().from(outbox).where(eq(outbox.to, utama.email));
    expect(toUtama.some((m) => m.text.includes(`/tanggapan/${d.responseId}/tinjau`))).toBe(true);

    const result = await approveResponse(t.p, utama.actor, META, r.id, d.responseId);
    expect(result.state).toBe("DIPUTUS");
    const req = await requestRow(r.id);
    expect(req).toMatchObject({
      state: "DIPUTUS",
      decision: "dikabulkan_seluruhnya",
      informationStatus: "dikuasai",
      fee: 15000,
      clockStatus: "stopped",
      noticeDocId: result.noticeDocId,
    });
    expect(req.decidedAt).toBeInstanceOf(Date);

    // Registered for verification, with the request's number.
    const page = await t.agent().request(`/verifikasi/${result.noticeDocId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(r.number ?? "");
    const text = (await pdftotext(await noticeBytes(result.noticeDocId))).replace(/\s+/g, " ");
    expect(text).toContain("PEMBERITAHUAN TERTULIS");
    for (const s of [r.number ?? "", "Siti Rahmawati", "Wiraswasta", "081234567890", "siti@contoh.id", "Rp15.000", "Tunai di loket PPID"]) {
      expect(text).toContain(s);
    }
    expect(text).toContain("Dikabulkan seluruhnya");
    expect(text).toContain("Utama Penyetuju");
    expect(text).toMatch(/keberatan kepada Atasan PPID .* paling lambat 30 hari kerja/);

    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.find((e) => e.kind === "decided")).toBeTruthy();
    expect(events.find((e) => e.kind === "notice_sent")?.visibility).toBe("requester");
    const files = await t.p.db.select().from(ppidRequestFiles).where(eq(ppidRequestFiles.requestId, r.id));
    expect(files.find((f) => f.purpose === "pemberitahuan")?.forRequester).toBe(true);
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "siti@contoh.id"));
    expect(mails.some((m) => m.subject.includes("Pemberitahuan tertulis") && m.text.includes("Dikabulkan seluruhnya"))).toBe(true);
    const audit = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "ppid.response.approved"));
    expect(audit.some((a) => a.subjectId === r.id)).toBe(true);

    const state = await responseState(t.p, r.id, utama.actor);
    expect(state?.approved?.id).toBe(d.responseId);
    expect(state?.can).toEqual({ draft: false, review: false, approve: false });
    // Decided once: a second approval is refused.
    await expect(approveResponse(t.p, utama.actor, META, r.id, d.responseId)).rejects.toMatchObject({ status: 400 });
  });
});

describe("two approvals at once", () => {
  it("decide once, with one notice (rendered before the transaction); the other is told it was already reviewed", async () => {
    const other = await staff(t, "Utama Kedua", [{ role: "ppid_utama" }]);
    const r = await requestInProcess(t, u.dinkes.id);
    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, grant());
    await submitResponse(t.p, pelaksana.actor, META, r.id, d.responseId);
    const results = await Promise.allSettled([
      approveResponse(t.p, utama.actor, META, r.id, d.responseId),
      approveResponse(t.p, other.actor, META, r.id, d.responseId),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect([400, 409]).toContain(refused.reason.status);
    const notices = await t.p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.requestId, r.id), eq(ppidRequestFiles.purpose, "pemberitahuan")));
    expect(notices).toHaveLength(1);
    const decided = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "decided")));
    expect(decided).toHaveLength(1);
  });
});

describe("separation of duties", () => {
  it("refuses approval by the PPID Utama who drafted it, and by one who submitted it", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const drafter = await staff(t, "Utama Penyusun", [{ role: "ppid_utama" }]);
    const d = await draftResponse(t.p, drafter.actor, META, r.id, grant(), { submit: true });
    expect(d.status).toBe("submitted");
    const refused = await approveResponse(t.p, drafter.actor, META, r.id, d.responseId).catch((e) => e);
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/tidak boleh menyetujuinya sendiri/);
    expect((await requestRow(r.id)).state).toBe("DIPROSES");
    expect((await responseState(t.p, r.id, drafter.actor))?.can).toMatchObject({ review: true, approve: false });

    // A pelaksana drafts, another PPID Utama submits it: that one may not approve either.
    const r2 = await requestInProcess(t, u.dinkes.id);
    const d2 = await draftResponse(t.p, pelaksana.actor, META, r2.id, grant());
    await submitResponse(t.p, drafter.actor, META, r2.id, d2.responseId);
    await expect(approveResponse(t.p, drafter.actor, META, r2.id, d2.responseId)).rejects.toMatchObject({ status: 403 });
    await approveResponse(t.p, utama.actor, META, r2.id, d2.responseId);
    expect((await requestRow(r2.id)).state).toBe("DIPUTUS");
  });

  it("a pelaksana cannot approve, and one of another OPD cannot draft", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, grant(), { submit: true });
    const other = await staff(t, "Pelaksana Kominfo", [{ role: "ppid_pelaksana", unitId: u.kominfo.id }]);
    await expect(approveResponse(t.p, other.actor, META, r.id, d.responseId)).rejects.toMatchObject({ status: 403 });
    await expect(draftResponse(t.p, other.actor, META, r.id, grant())).rejects.toMatchObject({ status: 403 });
    await expect(draftResponse(t.p, null, META, r.id, grant())).rejects.toMatchObject({ status: 401 });
  });
});

describe("return and revise", () => {
  it("returns with a note mailed to the drafter, who revises and resubmits", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, grant(), { submit: true });
    // While submitted, the draft cannot be changed.
    const locked = await draftResponse(t.p, pelaksana.actor, META, r.id, grant()).catch((e) => e);
    expect(locked.fields.decision).toMatch(/menunggu persetujuan/);
    const empty = await returnResponse(t.p, utama.actor, META, r.id, d.responseId, { note: "" }).catch((e) => e);
    expect(empty.fields.note).toMatch(/catatan/);
    await returnResponse(t.p, utama.actor, META, r.id, d.responseId, { note: "Biaya salinan cetak belum disebut." });
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, pelaksana.email));
    expect(mails.some((m) => m.text.includes("Biaya salinan cetak belum disebut."))).toBe(true);
    const revised = await draftResponse(
      t.p,
      pelaksana.actor,
      META,
      r.id,
      grant({ bentuk: ["softcopy", "hardcopy"], biaya: "5000", caraPembayaran: "Transfer" }),
      {
        submit: true,
      },
    );
    expect(revised.responseId).toBe(d.responseId);
    const [row] = await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.id, d.responseId));
    expect(row.status).toBe("submitted");
    await approveResponse(t.p, utama.actor, META, r.id, d.responseId);
    expect((await requestRow(r.id)).fee).toBe(5000);
  });
});

describe("refusals", () => {
  it("refuses a refusal without a DIK entry, in Bahasa Indonesia, and saves nothing", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const err = await draftResponse(t.p, pelaksana.actor, META, r.id, {
      decision: "ditolak",
      informationStatus: "dikuasai",
      alasan: "",
    }).catch((e) => e);
    expect(err.fields.dik).toMatch(/Daftar Informasi yang Dikecualikan/);
    expect(err.fields.alasan).toMatch(/alasan penolakan/);
    const wrong = await draftResponse(t.p, pelaksana.actor, META, r.id, {
      decision: "tidak_dikuasai",
      informationStatus: "dikuasai",
    }).catch((e) => e);
    expect(wrong.fields.informationStatus).toMatch(/tidak dikuasai/);
    expect(wrong.fields.pemegang).toBeTruthy();
    expect(await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id))).toEqual([]);
  });

  it("a refusal citing a DIK entry: the decree's notice names the Pasal 17 ground, the uji konsekuensi and the period", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    const dik = await activeDik(t, u.dinkes.id, utama.userId);
    const expired = await activeDik(t, u.dinkes.id, utama.userId, { nomor: "DIK-2020-001", expiresOn: "2021-01-01" });
    const stale = await draftResponse(t.p, pelaksana.actor, META, r.id, {
      decision: "ditolak",
      informationStatus: "dikuasai",
      dik: [expired.id],
      alasan: "Dokumen memuat data pribadi pasien.",
    }).catch((e) => e);
    expect(stale.fields.dik).toMatch(/tidak berlaku lagi/);
    const d = await draftResponse(
      t.p,
      pelaksana.actor,
      META,
      r.id,
      { decision: "ditolak", informationStatus: "dikuasai", dik: dik.id, alasan: "Dokumen yang diminta memuat data pribadi pasien." },
      { submit: true },
    );
    const { noticeDocId } = await approveResponse(t.p, utama.actor, META, r.id, d.responseId);
    const text = (await pdftotext(await noticeBytes(noticeDocId))).replace(/\s+/g, " ");
    expect(text).toContain("SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI");
    expect(text).toContain("Pasal 17 huruf h UU 14/2008");
    expect(text).toContain("mengungkap rahasia pribadi");
    expect(text).toContain("Dikecualikan: rahasia pribadi pasien lebih besar kepentingannya");
    expect(text).toContain("5 tahun (sampai");
    expect(text).toContain(dik.nomor);
    expect(text).toContain("Dokumen yang diminta memuat data pribadi pasien.");
    expect(await requestRow(r.id)).toMatchObject({ state: "DIPUTUS", decision: "ditolak", fee: null });
  });
});

describe("state", () => {
  it("refuses a response to a request that is not being processed", async () => {
    const r = await requestInProcess(t, u.dinkes.id);
    await t.p.db.update(ppidRequests).set({ state: "TERREGISTRASI" }).where(eq(ppidRequests.id, r.id));
    const err = await draftResponse(t.p, pelaksana.actor, META, r.id, grant()).catch((e) => e);
    expect(err.fields.state).toMatch(/tidak dapat dilakukan sekarang/);
    await t.p.db.update(ppidRequests).set({ state: "DIPROSES" }).where(eq(ppidRequests.id, r.id));
    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, grant(), { submit: true });
    await t.p.db.update(ppidRequests).set({ state: "PERLU_KELENGKAPAN" }).where(eq(ppidRequests.id, r.id));
    const late = await approveResponse(t.p, utama.actor, META, r.id, d.responseId).catch((e) => e);
    expect(late.fields.state).toMatch(/Perlu kelengkapan/);
    const files = await t.p.db
      .select()
      .from(ppidRequestFiles)
      .where(and(eq(ppidRequestFiles.requestId, r.id), eq(ppidRequestFiles.purpose, "pemberitahuan")));
    expect(files).toEqual([]);
  });
});
