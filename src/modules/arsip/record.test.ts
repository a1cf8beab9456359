import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import type { Actor } from "../../platform/http/actor.ts";
import { HttpError, type ValidationError } from "../../platform/http/errors.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { addVersion } from "./commands/addVersion.ts";
import { captureRecord } from "./commands/captureRecord.ts";
import { declareFinal } from "./commands/declareFinal.ts";
import { updateMetadata } from "./commands/updateMetadata.ts";
import { EXTRACT_JOB, extractRecordText } from "./extract.ts";
import { fileRecord } from "./record.ts";
import { addYears, codeAndAncestors, computeRetention } from "./retention.ts";
import { arsipClassificationDefaults, arsipRecords, arsipRetentionRules, arsipVersions } from "./schema.ts";
import { count, fileTestRecord, PNG, textPdf, twoUnits } from "./test-helpers.ts";

const meta = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
let unitA: string;
let unitB: string;
let arsiparis: Actor;

const values = (over: Record<string, unknown> = {}) => ({
  title: "Keputusan Bupati tentang Tim Pengelola Arsip",
  unitId: unitA,
  recordDate: "2026-02-10",
  classificationCode: "100.3.3.2",
  documentType: "keputusan",
  keywords: "arsip, tim",
  ...over,
});

async function errorOf(p: Promise<unknown>): Promise<HttpError> {
  const e = await p.then(
    () => null,
    (x) => x,
  );
  expect(e).toBeInstanceOf(HttpError);
  return e as HttpError;
}

beforeAll(async () => {
  t = await createTestPlatform();
  [unitA, unitB] = await twoUnits(t);
  const { userId } = await signInAs(t, { roles: [{ role: "arsiparis", unitId: unitA }] });
  arsiparis = {
    userId,
    kind: "staff",
    name: "Arsiparis A",
    email: "a@contoh.go.id",
    roles: [{ role: "arsiparis", unitId: unitA }],
    clearance: "biasa",
    sessionId: "s",
    csrfToken: "c",
    mfaPassed: true,
  };
});
afterAll(() => t.close());

describe("reference data", () => {
  it("seeds the sample JRA with each row's source, once", async () => {
    const rows = await t.p.db.select().from(arsipRetentionRules);
    expect(rows.length).toBe(51);
    const kb = rows.find((r) => r.code === "100.3.3.2");
    expect(kb).toMatchObject({ activeYears: 2, inactiveYears: 3, disposition: "permanen", trigger: null });
    expect(kb?.source).toContain("jra-contoh.csv");
    expect(rows.find((r) => r.code === "000.5.4")?.trigger).toBe("Setelah Hak dan Kewajiban Selesai");
  });
});

describe("retention", () => {
  it("walks up the code and adds whole years to the civil date", () => {
    expect(codeAndAncestors("000.5.6.2")).toEqual(["000.5.6.2", "000.5.6", "000.5", "000"]);
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(
      computeRetention("2026-02-10", { code: "x", activeYears: 2, inactiveYears: 3, trigger: null, disposition: "musnah" }),
    ).toMatchObject({
      retentionStatus: "ditetapkan",
      activeUntil: "2028-02-10",
      inactiveUntil: "2031-02-10",
    });
  });

  it("takes the record's own JRA row, the nearest ancestor's, or none: belum ditetapkan", async () => {
    const own = await fileTestRecord(t, { unitId: unitA, classificationCode: "100.3.3.2", recordDate: "2026-02-10", title: "Keputusan" });
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, own.recordId)))[0]).toMatchObject({
      retentionStatus: "ditetapkan",
      retentionCode: "100.3.3.2",
      activeUntil: "2028-02-10",
      inactiveUntil: "2031-02-10",
      disposition: "permanen",
    });
    // An arsiparis adds a row for 000.1 (Ketatausahaan): 000.1.1 (Telekomunikasi) has none of its own and inherits it.
    await t.p.db.insert(arsipRetentionRules).values({
      code: "000.1",
      description: "Ketatausahaan (uji)",
      activeYears: 1,
      inactiveYears: 4,
      disposition: "musnah",
      source: "uji",
    });
    const inherited = await fileTestRecord(t, {
      unitId: unitA,
      classificationCode: "000.1.1",
      recordDate: "2026-01-31",
      title: "Telekomunikasi",
    });
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, inherited.recordId)))[0]).toMatchObject({
      retentionStatus: "ditetapkan",
      retentionCode: "000.1",
      activeUntil: "2027-01-31",
      inactiveUntil: "2031-01-31",
    });
    const none = await fileTestRecord(t, { unitId: unitA, classificationCode: "900", title: "Keuangan" });
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, none.recordId)))[0]).toMatchObject({
      retentionStatus: "belum_ditetapkan",
      retentionCode: null,
      activeUntil: null,
      inactiveUntil: null,
      disposition: null,
    });
    const event = await fileTestRecord(t, { unitId: unitA, classificationCode: "000.5.4", title: "Program arsip vital" });
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, event.recordId)))[0]).toMatchObject({
      retentionStatus: "menunggu_pemicu",
      activeUntil: null,
      disposition: "permanen",
    });
  });
});

describe("capture", () => {
  it("stores a record with its files, audits it and enqueues text extraction; the job fills the search text", async () => {
    const pdf = await textPdf("Pembentukan tim pengelola arsip dinamis\nKabupaten Lebong");
    const { recordId } = await captureRecord(t.p, arsiparis, meta, {
      values: values(),
      files: [
        { name: "sk.pdf", bytes: pdf },
        { name: "lampiran.png", bytes: PNG },
      ],
    });
    const vs = await t.p.db.select().from(arsipVersions).where(eq(arsipVersions.recordId, recordId));
    expect(vs.map((v) => [v.versionNo, v.part, v.mime, v.extractionState])).toEqual([
      [1, 1, "application/pdf", "pending"],
      [1, 2, "image/png", "none"],
    ]);
    const jobs = await queryRows<{ n: number }>(
      t.p.db,
      sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${EXTRACT_JOB} AND data->>'recordId' = ${recordId}`,
    );
    expect(jobs[0].n).toBe(1);
    const [audit] = await queryRows<{ action: string }>(t.p.db, sql`SELECT action FROM audit_events WHERE subject_id = ${recordId}`);
    expect(audit.action).toBe("arsip.record.filed");

    expect(await extractRecordText(t.p, recordId)).toEqual({ done: 1, failed: 0, retry: 0 });
    const [rec] = await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, recordId));
    expect(rec.contentText).toContain("Pembentukan tim pengelola arsip dinamis");
    const [v1] = await t.p.db.select().from(arsipVersions).where(eq(arsipVersions.fileKey, vs[0].fileKey));
    expect(v1.extractionState).toBe("done");
  });

  it("refuses a file the archive already holds and names the record that holds it", async () => {
    const pdf = await textPdf("Satu berkas yang sama");
    const first = await captureRecord(t.p, arsiparis, meta, {
      values: values({ title: "Yang pertama" }),
      files: [{ name: "a.pdf", bytes: pdf }],
    });
    const before = await count(t, "arsip_records");
    const e = await errorOf(
      captureRecord(t.p, arsiparis, meta, { values: values({ title: "Yang kedua" }), files: [{ name: "b.pdf", bytes: pdf }] }),
    );
    expect((e as ValidationError).fields.files).toContain('"Yang pertama"');
    expect((e as ValidationError).fields.files).toContain(first.recordId);
    expect(await count(t, "arsip_records")).toBe(before);
  });

  it("refuses empty, lying, unknown and too-big files with a reason, and leaves no record", async () => {
    const before = [await count(t, "arsip_records"), await count(t, "arsip_versions")];
    const cases: [string, Uint8Array, string][] = [
      ["kosong.pdf", new Uint8Array(0), "kosong"],
      ["gambar.pdf", PNG, "bernama .pdf (PDF) tetapi isinya PNG"],
      ["catatan.pdf", new TextEncoder().encode("bukan pdf, hanya teks"), "tidak dikenali"],
      ["besar.pdf", new Uint8Array(26 * 1024 * 1024).fill(32), "terlalu besar"],
    ];
    for (const [name, bytes, msg] of cases) {
      const good = { name: `baik-${name}`, bytes: await textPdf(`baik ${name}`) };
      const e = await errorOf(captureRecord(t.p, arsiparis, meta, { values: values(), files: [good, { name, bytes }] }));
      expect((e as ValidationError).fields.files, name).toContain(msg);
    }
    const none = await errorOf(captureRecord(t.p, arsiparis, meta, { values: values(), files: [] }));
    expect((none as ValidationError).fields.files).toContain("Pilih paling sedikit satu berkas");
    expect([await count(t, "arsip_records"), await count(t, "arsip_versions")]).toEqual(before);
  });

  it("refuses another OPD's capture, a class below the code's default, and public for a non-biasa class", async () => {
    const pdf = await textPdf("Berkas untuk OPD lain");
    expect(
      (await errorOf(captureRecord(t.p, arsiparis, meta, { values: values({ unitId: unitB }), files: [{ name: "x.pdf", bytes: pdf }] })))
        .status,
    ).toBe(403);
    await t.p.db.insert(arsipClassificationDefaults).values({ code: "800", securityClass: "terbatas", source: "uji" });
    const low = await errorOf(
      captureRecord(t.p, arsiparis, meta, {
        values: values({ classificationCode: "800.1.11.1", securityClass: "biasa" }),
        files: [{ name: "x.pdf", bytes: pdf }],
      }),
    );
    expect((low as ValidationError).fields.securityClass).toContain("tidak boleh lebih rendah dari bawaan kode 800");
    const pub = await errorOf(
      captureRecord(t.p, arsiparis, meta, {
        values: values({ classificationCode: "800.1.11.1", isPublic: "1" }),
        files: [{ name: "x.pdf", bytes: pdf }],
      }),
    );
    expect((pub as ValidationError).fields.isPublic).toContain("Hanya arsip berkelas biasa");
    const ok = await captureRecord(t.p, arsiparis, meta, {
      values: values({ classificationCode: "800.1.11.1" }),
      files: [{ name: "x.pdf", bytes: pdf }],
    });
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, ok.recordId)))[0].securityClass).toBe("terbatas");
  });
});

describe("fileRecord (other modules)", () => {
  it("files inside the caller's transaction: a rollback leaves no record, version, job or audit event", async () => {
    const pdf = await textPdf("Pemberitahuan tertulis PPID");
    const { key } = await t.p.files.put(pdf);
    const before = [await count(t, "arsip_records"), await count(t, "arsip_versions"), await count(t, "audit_events")];
    const jobsBefore = (
      await queryRows<{ n: number }>(t.p.db, sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${EXTRACT_JOB}`)
    )[0].n;
    await expect(
      inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
        const { recordId } = await fileRecord(w, {
          title: "Pemberitahuan tertulis PPID-2026-000001",
          unitId: unitA,
          recordDate: "2026-04-01",
          classificationCode: "500.12.18.1",
          documentType: "surat",
          sourceModule: "ppid",
          sourceRef: "PPID-2026-000001",
          files: [{ fileKey: key, name: "pemberitahuan.pdf", mime: "application/pdf", size: pdf.byteLength }],
        });
        expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
        throw new Error("the caller's change failed");
      }),
    ).rejects.toThrow("the caller's change failed");
    expect([await count(t, "arsip_records"), await count(t, "arsip_versions"), await count(t, "audit_events")]).toEqual(before);
    expect((await queryRows<{ n: number }>(t.p.db, sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${EXTRACT_JOB}`))[0].n).toBe(
      jobsBefore,
    );
  });

  it("commits with the caller, with source, default class and retention", async () => {
    const r = await fileTestRecord(t, {
      unitId: unitA,
      classificationCode: "500.12.18.1",
      sourceModule: "ppid",
      sourceRef: "PPID-2026-000002",
      title: "Pemberitahuan",
    });
    const [rec] = await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, r.recordId));
    expect(rec).toMatchObject({
      sourceModule: "ppid",
      sourceRef: "PPID-2026-000002",
      securityClass: "biasa",
      retentionCode: "500.12.18.1",
      disposition: "musnah",
    });
  });

  it("refuses an unknown code with a message in Bahasa Indonesia", async () => {
    const e = await errorOf(fileTestRecord(t, { unitId: unitA, classificationCode: "999.9" }));
    expect((e as ValidationError).fields.classificationCode).toContain("tidak ada dalam daftar kode klasifikasi");
  });
});

describe("versions and final records", () => {
  it("adds versions without touching the old ones; a final record refuses versions and metadata changes", async () => {
    const { recordId } = await captureRecord(t.p, arsiparis, meta, {
      values: values({ title: "Draf laporan" }),
      files: [{ name: "v1.pdf", bytes: await textPdf("versi pertama kata lama") }],
    });
    await extractRecordText(t.p, recordId);
    expect(
      await addVersion(t.p, arsiparis, meta, recordId, { files: [{ name: "v2.pdf", bytes: await textPdf("versi kedua kata baru") }] }),
    ).toEqual({ versionNo: 2 });
    await extractRecordText(t.p, recordId);
    const vs = await t.p.db.select().from(arsipVersions).where(eq(arsipVersions.recordId, recordId));
    expect(vs.map((v) => [v.versionNo, v.name, v.extractionState]).sort()).toEqual([
      [1, "v1.pdf", "done"],
      [2, "v2.pdf", "done"],
    ]);
    const [rec] = await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, recordId));
    expect(rec.currentVersion).toBe(2);
    expect(rec.contentText).toContain("versi kedua");
    expect(rec.contentText).not.toContain("versi pertama");

    await updateMetadata(t.p, arsiparis, meta, recordId, values({ title: "Laporan akhir" }));
    await declareFinal(t.p, arsiparis, meta, recordId);
    const v3 = await errorOf(
      addVersion(t.p, arsiparis, meta, recordId, { files: [{ name: "v3.pdf", bytes: await textPdf("versi ketiga") }] }),
    );
    expect(v3.status).toBe(409);
    expect(v3.message).toContain("final");
    const upd = await errorOf(updateMetadata(t.p, arsiparis, meta, recordId, values({ title: "Diam-diam diubah" })));
    expect(upd.status).toBe(409);
    const [after] = await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, recordId));
    expect(after).toMatchObject({ title: "Laporan akhir", final: true, currentVersion: 2 });
    const actions = await queryRows<{ action: string }>(
      t.p.db,
      sql`SELECT action FROM audit_events WHERE subject_id = ${recordId} ORDER BY seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "arsip.record.filed",
      "arsip.version.added",
      "arsip.record.updated",
      "arsip.record.declared_final",
    ]);
  });
});

describe("extraction job", () => {
  it("marks a broken PDF failed for good (no endless retries) and keeps the record usable", async () => {
    const broken = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nthis is not a real pdf body\n");
    const { key } = await t.p.files.put(broken);
    const r = await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      fileRecord(w, {
        title: "PDF rusak",
        unitId: unitA,
        recordDate: "2026-01-01",
        classificationCode: "100.3.3.2",
        documentType: "keputusan",
        sourceModule: "uji",
        sourceRef: "rusak",
        files: [{ fileKey: key, name: "rusak.pdf", mime: "application/pdf", size: broken.byteLength }],
      }),
    );
    const res = await extractRecordText(t.p, r.recordId);
    expect(res).toEqual({ done: 0, failed: 1, retry: 0 });
    const [v] = await t.p.db.select().from(arsipVersions).where(eq(arsipVersions.recordId, r.recordId));
    expect(v).toMatchObject({ extractionState: "failed", extractionAttempts: 1 });
    expect(v.extractionError).toContain("PDF rusak");
    expect((await t.p.db.select().from(arsipRecords).where(eq(arsipRecords.id, r.recordId)))[0].title).toBe("PDF rusak");
  });

  it("retries a passing failure (a file not yet in the store) and gives up after the last attempt", async () => {
    const r = await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      fileRecord(w, {
        title: "Berkas hilang",
        unitId: unitA,
        recordDate: "2026-01-01",
        classificationCode: "100.3.3.2",
        documentType: "keputusan",
        sourceModule: "uji",
        sourceRef: "hilang",
        files: [{ fileKey: "f".repeat(64), name: "hilang.pdf", mime: "application/pdf", size: 10 }],
      }),
    );
    for (let i = 1; i < 6; i++) await expect(extractRecordText(t.p, r.recordId)).rejects.toThrow("tidak ada di penyimpanan");
    expect(await extractRecordText(t.p, r.recordId)).toEqual({ done: 0, failed: 1, retry: 0 });
    const [v] = await t.p.db.select().from(arsipVersions).where(eq(arsipVersions.recordId, r.recordId));
    expect(v).toMatchObject({ extractionState: "failed", extractionAttempts: 6 });
  });
});
