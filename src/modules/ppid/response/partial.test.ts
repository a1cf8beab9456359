import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { draftResponse } from "../commands/draftResponse.ts";
import { approveResponse } from "../commands/reviewResponse.ts";
import { getRequest, isRequester, requestFiles } from "../queries.ts";
import { ppidRequestEvents, ppidResponses } from "../schema.ts";
import type { ResponseContent } from "./content.ts";
import { activeDik, grant, META, pdftotext, requestInProcess, staff, textPdf, units } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof units>>;
beforeAll(async () => {
  t = await createTestPlatform();
  u = await units(t);
});
afterAll(() => t.close());

const NIK = "1707012345678901";
const PATIENT = "Budi Santoso";

describe("a partial grant with true redaction", () => {
  it("withholds the words from the requester's copy, lists only reasons in the notice, and never hands over the original", async () => {
    const pelaksana = await staff(t, "Pelaksana Dinkes", [{ role: "ppid_pelaksana", unitId: u.dinkes.id }]);
    const utama = await staff(t, "Utama Penyetuju", [{ role: "ppid_utama" }]);
    const dik = await activeDik(t, u.dinkes.id, utama.userId);
    const r = await requestInProcess(t, u.dinkes.id);
    const original = await textPdf([
      ["Rekap bantuan kesehatan Desa Tes 2026", `Penerima: ${PATIENT}, NIK ${NIK}`, "Jumlah bantuan: Rp1.200.000"],
      ["Halaman kedua: rekap per desa tanpa data pribadi."],
    ]);
    const form = grant({
      decision: "dikabulkan_sebagian",
      "redaksi-1-teks": PATIENT,
      "redaksi-1-dik": dik.id,
      "redaksi-2-teks": NIK,
      "redaksi-2-dik": dik.id,
      "redaksi-3-teks": "Kata Yang Tidak Ada",
      "redaksi-3-dik": dik.id,
    });

    // A rule without a reason, and no document: refused, nothing saved.
    const bad = await draftResponse(t.p, pelaksana.actor, META, r.id, { ...form, "redaksi-1-dik": "" }).catch((e) => e);
    expect(bad.fields["redaksi-1-dik"]).toMatch(/pilih alasan/);
    const noFile = await draftResponse(t.p, pelaksana.actor, META, r.id, form).catch((e) => e);
    expect(noFile.fields.berkas).toMatch(/Unggah dokumen PDF/);
    const notPdf = await draftResponse(t.p, pelaksana.actor, META, r.id, form, {
      upload: { name: "x.pdf", bytes: new TextEncoder().encode("bukan pdf sama sekali") },
    }).catch((e) => e);
    expect(notPdf.fields.berkas).toMatch(/PDF, JPG, atau PNG/);
    const big = await draftResponse(t.p, pelaksana.actor, META, r.id, form, {
      upload: { name: "besar.pdf", bytes: await textPdf(Array.from({ length: 21 }, (_, i) => [`Halaman ${i + 1}`])) },
    }).catch((e) => e);
    expect(big.fields.berkas).toMatch(/21 halaman: redaksi di sini paling banyak 20 halaman/);
    expect(await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id))).toEqual([]);
    expect(await requestFiles(t.p.db, r.id, false)).toHaveLength(1); // only the KTP

    const d = await draftResponse(t.p, pelaksana.actor, META, r.id, form, { upload: { name: "rekap-bantuan.pdf", bytes: original } });
    expect(d.unmatched).toEqual([{ text: "Kata Yang Tidak Ada", dikId: dik.id }]);
    expect(d.pagesRasterized).toEqual([1]);
    // Before approval the requester sees neither copy.
    expect((await requestFiles(t.p.db, r.id, true)).map((f) => f.purpose)).toEqual([]);

    await draftResponse(t.p, pelaksana.actor, META, r.id, form, { submit: true }); // the stored original is redacted again
    const [resp] = await t.p.db.select().from(ppidResponses).where(eq(ppidResponses.requestId, r.id));
    const content = resp.content as unknown as ResponseContent;
    expect(content.redaction?.reasons).toEqual([{ reason: `Pasal 17 huruf h UU 14/2008 (DIK ${dik.nomor})`, pages: [1], count: 2 }]);
    const { noticeDocId } = await approveResponse(t.p, utama.actor, META, r.id, resp.id);

    // The requester (tracking secret) may download the redacted copy and the notice, never the original.
    const req = await getRequest(t.p.db, r.id);
    expect(req && isRequester(req, null, r.secret)).toBe(true);
    const visible = await requestFiles(t.p.db, r.id, true);
    expect(visible.map((f) => f.purpose).sort()).toEqual(["informasi_redaksi", "pemberitahuan"]);
    const all = await requestFiles(t.p.db, r.id, false);
    const originals = all.filter((f) => f.purpose === "lampiran");
    expect(originals).toHaveLength(1);
    expect(originals[0].forRequester).toBe(false);
    expect(visible.some((f) => f.fileKey === originals[0].fileKey)).toBe(false);

    const redacted = visible.find((f) => f.purpose === "informasi_redaksi");
    const redactedText = await pdftotext(new Uint8Array((await t.p.files.get(redacted?.fileKey ?? "")) ?? []));
    expect(redactedText).not.toContain(NIK);
    expect(redactedText).not.toMatch(/budi|santoso/i);
    expect(redactedText).toContain("rekap per desa tanpa data pribadi");

    const notice = visible.find((f) => f.purpose === "pemberitahuan");
    const noticeText = (await pdftotext(new Uint8Array((await t.p.files.get(notice?.fileKey ?? "")) ?? []))).replace(/\s+/g, " ");
    expect(noticeText).toContain("Dikabulkan sebagian");
    expect(noticeText).toContain(`Pasal 17 huruf h UU 14/2008 (DIK ${dik.nomor}): 2 bagian pada halaman 1.`);
    expect(noticeText).toContain("Dikecualikan: rahasia pribadi pasien lebih besar kepentingannya");
    expect(noticeText).not.toContain(NIK);
    expect(noticeText).not.toMatch(/budi|santoso|Kata Yang Tidak Ada/i);
    const fromRegistry = await t.agent().request(`/verifikasi/${noticeDocId}/berkas`);
    expect(fromRegistry.status).toBe(200);

    // The withheld words are in no audit event or requester-visible event either.
    const audit = JSON.stringify(await t.p.db.select().from(auditEvents));
    expect(audit).not.toContain(NIK);
    expect(audit).not.toContain(PATIENT);
    const events = JSON.stringify(await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id)));
    expect(events).not.toContain(NIK);
  });
});
