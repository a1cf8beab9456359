/** Helpers for the archive's tests: real PDFs, the seeded OPDs, a record filed straight through fileRecord. */
import { sql } from "drizzle-orm";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { type FileRecordInput, fileRecord } from "./record.ts";

/** A one-page PDF whose text layer holds `text`. */
export async function textPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  text.split("\n").forEach((line, i) => {
    page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font });
  });
  return doc.save();
}

/** A tiny valid PNG (1×1). */
export const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);

export async function twoUnits(t: TestPlatform): Promise<[string, string]> {
  const rows = await queryRows<{ id: string }>(t.p.db, sql`SELECT id FROM units ORDER BY code LIMIT 2`);
  return [rows[0].id, rows[1].id];
}

/** Stores `bytes` and files a record from a pretend module, committed on its own. */
export async function fileTestRecord(
  t: TestPlatform,
  over: Partial<FileRecordInput> & { unitId: string; text?: string },
): Promise<{ recordId: string }> {
  const bytes = await textPdf(over.text ?? over.title ?? "Arsip uji");
  const { key } = await t.p.files.put(bytes);
  return inTransaction(t.p, SYSTEM_ACTOR, (w) =>
    fileRecord(w, {
      title: "Arsip uji",
      recordDate: "2026-03-02",
      classificationCode: "100.3.3.2",
      documentType: "keputusan",
      sourceModule: "uji",
      sourceRef: key.slice(0, 12),
      files: [{ fileKey: key, name: "arsip.pdf", mime: "application/pdf", size: bytes.byteLength }],
      ...over,
    }),
  );
}

export async function count(t: TestPlatform, table: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(t.p.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return r.n;
}
