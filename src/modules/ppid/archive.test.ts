import { eq, sql } from "drizzle-orm";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import { settings } from "../../platform/db/settings-schema.ts";
import { issuedDocuments } from "../../platform/verification/index.ts";
import { recordsFromSource } from "../arsip/index.ts";
import { assignRequest } from "./commands/assignRequest.ts";
import { closeRequest } from "./commands/closeRequest.ts";
import { withdrawRequest } from "./commands/withdrawRequest.ts";
import { issueReceipt } from "./jobs.ts";
import { DEFAULT_LAW, LAW_SETTING_KEY } from "./law.ts";
import { ppidRequests } from "./schema.ts";
import { META, newRequest, row, staff, unitIds } from "./staff/test-helpers.ts";

let t: TestPlatform;
let desk: Awaited<ReturnType<typeof staff>>;
let dinkes: Awaited<ReturnType<typeof staff>>;
let u: Awaited<ReturnType<typeof unitIds>>;

beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitIds(t);
  desk = await staff(t, [{ role: "petugas_layanan" }]);
  dinkes = await staff(t, [{ role: "ppid_pelaksana", unitId: u.dinkes }]);
});
afterAll(async () => t.close());

interface Filed {
  id: string;
  unit_id: string;
  classification_code: string;
  security_class: string;
  is_public: boolean;
  retention_status: string;
  retention_code: string | null;
  active_until: string | null;
  inactive_until: string | null;
  disposition: string | null;
  record_date: string;
  source_ref: string;
}

async function filed(ref: string): Promise<{ record: Filed; files: { name: string; mime: string; file_key: string }[] } | null> {
  const found = await recordsFromSource(t.p.db, "ppid", ref);
  if (!found.length) return null;
  expect(found).toHaveLength(1);
  const [record] = await queryRows<Filed>(t.p.db, sql`SELECT * FROM arsip_records WHERE id = ${found[0].id}`);
  const files = await queryRows<{ name: string; mime: string; file_key: string }>(
    t.p.db,
    sql`SELECT name, mime, file_key FROM arsip_versions WHERE record_id = ${found[0].id} ORDER BY part`,
  );
  return { record, files };
}

async function decided(decision: "ditolak" | "tidak_dikuasai") {
  const r = await newRequest(t, { details: "Salinan daftar hadir rapat koordinasi posyandu tahun 2025." });
  await assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes });
  // The decision is the response part's command (tested there); here the row is put in that state.
  await t.p.db
    .update(ppidRequests)
    .set({ state: "DIPUTUS", decision, decidedAt: new Date(), clockStatus: "stopped" })
    .where(eq(ppidRequests.id, r.id));
  return r;
}

describe("closed cases are filed into the archive", () => {
  it("files a closed case under the law data's code, as Terbatas, with its JRA retention, a summary and every file", async () => {
    const r = await decided("tidak_dikuasai");
    const receiptId = await issueReceipt(t.p, r.id);
    expect(await filed(r.number as string)).toBeNull();
    const res = await closeRequest(t.p, dinkes.actor, META, r.id, { note: "Informasi ada di BPS." });
    const f = await filed(r.number as string);
    expect(f).not.toBeNull();
    expect(res.archiveRecordId).toBe(f?.record.id);
    // 500.12.18.1 Pelayanan Informasi: JRA row 2 years active, 3 inactive, musnah (db/seed/jra-contoh.csv).
    expect(f?.record).toMatchObject({
      classification_code: "500.12.18.1",
      security_class: "terbatas",
      is_public: false,
      unit_id: u.dinkes,
      retention_code: "500.12.18.1",
      disposition: "musnah",
      source_ref: r.number,
    });
    const year = Number(f?.record.record_date.slice(0, 4));
    expect(f?.record.active_until?.slice(0, 4)).toBe(String(year + 2));
    expect(f?.record.inactive_until?.slice(0, 4)).toBe(String(year + 5));
    // The summary first, then the case's own files (the KTP the requester uploaded among them).
    expect(f?.files[0]).toMatchObject({ name: `ringkasan-${r.number}.pdf`, mime: "application/pdf" });
    expect(f?.files.map((x) => x.name)).toContain("ktp.png");
    const [receipt] = await t.p.db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, receiptId as string));
    expect(f?.files.find((x) => x.name === `tanda-bukti-${r.number}.pdf`)?.file_key).toBe(receipt.fileKey);
    const pdf = await t.p.files.get(f?.files[0].file_key as string);
    const { text } = await extractText(new Uint8Array(pdf as Buffer), { mergePages: true });
    expect(text).toContain(r.number);
    expect(text).toContain("Riwayat permohonan");
    expect(text).toContain("Informasi ada di BPS.");
    expect(text).toContain("Informasi tidak dikuasai");
  });

  it("files a withdrawn case under the PPID Utama's office when it never reached an OPD", async () => {
    const r = await newRequest(t);
    await withdrawRequest(t.p, null, META, { id: r.id, secret: r.secret, raw: { reason: "Sudah saya dapatkan." } });
    const f = await filed(r.number as string);
    expect(f?.record).toMatchObject({ unit_id: u.kominfo, classification_code: "500.12.18.1", security_class: "terbatas" });
    const pdf = await t.p.files.get(f?.files[0].file_key as string);
    const { text } = await extractText(new Uint8Array(pdf as Buffer), { mergePages: true });
    expect(text).toContain("Sudah saya dapatkan.");
  });

  it("refuses to close, and files nothing, when the archive does not know the code set in the law data", async () => {
    await t.p.db
      .insert(settings)
      .values({ key: LAW_SETTING_KEY, value: { ...DEFAULT_LAW, caseFileClassification: "999.99" } })
      .onConflictDoUpdate({ target: settings.key, set: { value: { ...DEFAULT_LAW, caseFileClassification: "999.99" } } });
    try {
      const r = await decided("ditolak");
      await expect(closeRequest(t.p, dinkes.actor, META, r.id)).rejects.toMatchObject({
        status: 400,
        fields: { state: expect.stringMatching(/999\.99.*\/ppid\/kelola\/hukum/) },
      });
      expect((await row(t, r.id)).state).toBe("DIPUTUS");
      expect(await filed(r.number as string)).toBeNull();
    } finally {
      await t.p.db.delete(settings).where(eq(settings.key, LAW_SETTING_KEY));
    }
  });
});
