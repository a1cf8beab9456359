/**
 * Text extraction, a background job with retries: the record is usable at once and shows each
 * file's state (pending → done | failed; none for files with nothing to extract yet, such as
 * scans, until OCR exists). PDFs are read with poppler's pdftotext when present, else unpdf.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import type { Platform } from "../../platform/context.ts";
import type { Executor } from "../../platform/db/client.ts";
import { arsipVersions } from "./schema.ts";

export const EXTRACT_JOB = "arsip.extract-text";
/** pg-boss runs a job at most 6 times (5 retries); the last attempt marks the file failed. */
export const MAX_ATTEMPTS = 6;
const MAX_TEXT = 2_000_000;

/** A failure that another attempt cannot mend (a broken or password-protected PDF). */
export class PermanentExtractionError extends Error {}

let popplerChecked: boolean | null = null;
function hasPdftotext(): boolean {
  if (popplerChecked === null) popplerChecked = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;
  return popplerChecked;
}

async function withPdftotext(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sp-arsip-"));
  try {
    const file = join(dir, "in.pdf");
    await writeFile(file, bytes);
    return await new Promise<string>((resolve, reject) => {
      execFile("pdftotext", ["-q", "-enc", "UTF-8", file, "-"], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
        if (!err) return resolve(stdout);
        const code = (err as { code?: unknown }).code;
        // 1: error opening the PDF (broken), 3: permissions (encrypted).
        if (code === 1 || code === 3)
          return reject(new PermanentExtractionError("PDF rusak atau dilindungi sandi: teksnya tidak dapat dibaca."));
        reject(err);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function withUnpdf(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch (e) {
    const name = (e as Error).name ?? "";
    if (/Password|InvalidPDF|FormatError/i.test(name))
      throw new PermanentExtractionError("PDF rusak atau dilindungi sandi: teksnya tidak dapat dibaca.");
    throw e;
  }
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

/** The text of a PDF (pdftotext when installed, unpdf otherwise), without NUL characters. */
export async function extractPdfText(bytes: Uint8Array, opts: { engine?: "pdftotext" | "unpdf" } = {}): Promise<string> {
  const engine = opts.engine ?? (hasPdftotext() ? "pdftotext" : "unpdf");
  const text = engine === "pdftotext" ? await withPdftotext(bytes) : await withUnpdf(bytes);
  return text
    .replaceAll("\u0000", "")
    .replace(/[ \t]+\n/g, "\n")
    .trim()
    .slice(0, MAX_TEXT);
}

/** Recomputes the record's searchable text from the extracted text of its current version. */
export async function refreshContentText(db: Executor, recordId: string): Promise<void> {
  await db.execute(sql`
    UPDATE arsip_records r SET content_text = coalesce((
      SELECT string_agg(v.extracted_text, E'\n\n' ORDER BY v.part)
      FROM arsip_versions v
      WHERE v.record_id = r.id AND v.version_no = r.current_version AND v.extracted_text IS NOT NULL
    ), '')
    WHERE r.id = ${recordId}`);
}

/**
 * Extracts the text of every pending file of the record. A file that fails for good is marked
 * failed; a passing failure is noted and thrown (pg-boss retries) until the last attempt.
 */
export async function extractRecordText(p: Platform, recordId: string): Promise<{ done: number; failed: number; retry: number }> {
  const pending = await p.db
    .select()
    .from(arsipVersions)
    .where(and(eq(arsipVersions.recordId, recordId), eq(arsipVersions.extractionState, "pending")));
  const result = { done: 0, failed: 0, retry: 0 };
  let lastError: Error | null = null;
  for (const v of pending) {
    const attempts = v.extractionAttempts + 1;
    let update: Partial<typeof arsipVersions.$inferInsert>;
    try {
      const bytes = await p.files.get(v.fileKey);
      if (!bytes) throw new Error(`berkas ${v.fileKey} tidak ada di penyimpanan`);
      const text = await extractPdfText(bytes);
      update = { extractionState: "done", extractedText: text, extractionError: null, extractedAt: new Date() };
      result.done++;
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      const final = e instanceof PermanentExtractionError || attempts >= MAX_ATTEMPTS;
      update = { extractionState: final ? "failed" : "pending", extractionError: err.message.slice(0, 500) };
      if (final) result.failed++;
      else {
        result.retry++;
        lastError = err;
      }
    }
    await p.db.transaction(async (tx) => {
      await tx
        .update(arsipVersions)
        .set({ ...update, extractionAttempts: attempts })
        .where(and(eq(arsipVersions.id, v.id), eq(arsipVersions.extractionState, "pending")));
      await refreshContentText(tx, recordId);
    });
  }
  if (pending.length) p.events.emit("committed");
  if (lastError) throw lastError;
  return result;
}

export function registerArsipJobs(p: Platform): void {
  p.jobs.define<{ recordId: string }>(EXTRACT_JOB, async (data) => {
    await extractRecordText(p, data.recordId);
  });
}
