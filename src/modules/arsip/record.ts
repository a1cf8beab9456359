/**
 * Writing records inside a transaction: shared by the archive's own commands and by
 * `fileRecord`, which other modules call inside their own transaction.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../platform/db/client.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { parseOrThrow } from "../../platform/http/validation.ts";
import { blobs } from "../../platform/storage/schema.ts";
import type { Work } from "../../platform/work.ts";
import { classifications, getUnit } from "../organisation/index.ts";
import { EXTRACT_JOB } from "./extract.ts";
import { defaultClassFor, retentionFor } from "./retention.ts";
import { arsipRecords, arsipVersions, SECURITY_CLASSES, type SecurityClass } from "./schema.ts";
import { type Metadata, metadataSchema } from "./validation.ts";

export type RecordRow = typeof arsipRecords.$inferSelect;
export type VersionRow = typeof arsipVersions.$inferSelect;

export const rank = (c: SecurityClass) => SECURITY_CLASSES.indexOf(c);

/** A file already in the FileStore, as filed. */
export interface StoredFile {
  /** The FileStore key: the SHA-256 of the bytes. */
  fileKey: string;
  name: string;
  mime: string;
  size: number;
}

/** Text is extracted (by the background job) from these; other files have nothing to extract yet. */
export const EXTRACTABLE = new Set(["application/pdf"]);

/** The existing records that hold any of these files (for the duplicate message). */
export async function holdersOf(db: Executor, keys: string[]): Promise<{ fileKey: string; recordId: string; title: string }[]> {
  if (!keys.length) return [];
  return db
    .selectDistinct({ fileKey: arsipVersions.fileKey, recordId: arsipRecords.id, title: arsipRecords.title })
    .from(arsipVersions)
    .innerJoin(arsipRecords, eq(arsipRecords.id, arsipVersions.recordId))
    .where(inArray(arsipVersions.fileKey, keys));
}

/**
 * The description checked against the reference data: the OPD and the code exist, the class is
 * not below the code's default (an arsiparis may raise it, never lower it), public only for biasa.
 */
export async function resolveMetadata(db: Executor, m: Metadata) {
  const fields: Record<string, string> = {};
  const unit = await getUnit(db, m.unitId);
  if (!unit) fields.unitId = "Perangkat daerah tidak dikenal.";
  const [code] = await db
    .select({ code: classifications.code })
    .from(classifications)
    .where(eq(classifications.code, m.classificationCode));
  if (!code) fields.classificationCode = `Kode klasifikasi ${m.classificationCode} tidak ada dalam daftar kode klasifikasi arsip.`;
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const def = await defaultClassFor(db, m.classificationCode);
  const securityClass = m.securityClass ?? def.securityClass;
  if (rank(securityClass) < rank(def.securityClass)) {
    throw new ValidationError({
      securityClass: `Kelas keamanan tidak boleh lebih rendah dari bawaan kode ${def.fromCode}: ${def.securityClass.replace("_", " ")}.`,
    });
  }
  if (m.isPublic && securityClass !== "biasa") {
    throw new ValidationError({ isPublic: "Hanya arsip berkelas biasa yang dapat dibuka untuk umum." });
  }
  const retention = await retentionFor(db, m.classificationCode, m.recordDate);
  return {
    title: m.title,
    description: m.description ?? null,
    unitId: m.unitId,
    recordDate: m.recordDate,
    classificationCode: m.classificationCode,
    documentType: m.documentType,
    securityClass,
    isPublic: m.isPublic && securityClass === "biasa",
    vital: m.vital,
    keywords: m.keywords,
    physicalLocation: m.physicalLocation ?? null,
    ...retention,
  };
}

/** Adds the files as version `versionNo` of the record; returns whether any waits for text extraction. */
export async function insertVersion(
  w: Work,
  recordId: string,
  versionNo: number,
  files: StoredFile[],
  by: string | null,
): Promise<boolean> {
  for (const f of files) {
    await w.tx.insert(blobs).values({ sha256: f.fileKey, size: f.size, mime: f.mime }).onConflictDoNothing();
  }
  await w.tx.insert(arsipVersions).values(
    files.map((f, i) => ({
      recordId,
      versionNo,
      part: i + 1,
      fileKey: f.fileKey,
      name: f.name,
      mime: f.mime,
      size: f.size,
      extractionState: EXTRACTABLE.has(f.mime) ? ("pending" as const) : ("none" as const),
      createdBy: by,
    })),
  );
  const pending = files.some((f) => EXTRACTABLE.has(f.mime));
  if (pending) await w.send(EXTRACT_JOB, { recordId }, { singletonKey: `${recordId}:${versionNo}` });
  return pending;
}

/** Inserts a record with its first version and its audit event, in the caller's transaction. */
export async function insertRecord(
  w: Work,
  meta: Awaited<ReturnType<typeof resolveMetadata>>,
  files: StoredFile[],
  opts: { by: string | null; sourceModule?: string | null; sourceRef?: string | null },
): Promise<RecordRow> {
  const [rec] = await w.tx
    .insert(arsipRecords)
    .values({ ...meta, createdBy: opts.by, sourceModule: opts.sourceModule ?? null, sourceRef: opts.sourceRef ?? null })
    .returning();
  await insertVersion(w, rec.id, 1, files, opts.by);
  await w.audit({
    action: "arsip.record.filed",
    subjectType: "arsip_record",
    subjectId: rec.id,
    unitId: rec.unitId,
    after: {
      ...snapshot(rec),
      files: files.map((f) => ({ sha256: f.fileKey, name: f.name, mime: f.mime, size: f.size })),
      sourceModule: rec.sourceModule,
      sourceRef: rec.sourceRef,
    },
  });
  return rec;
}

/** The audited fields of a record. */
export function snapshot(r: RecordRow) {
  return {
    title: r.title,
    description: r.description,
    unitId: r.unitId,
    recordDate: r.recordDate,
    classificationCode: r.classificationCode,
    documentType: r.documentType,
    securityClass: r.securityClass,
    isPublic: r.isPublic,
    vital: r.vital,
    keywords: r.keywords,
    physicalLocation: r.physicalLocation,
    retentionStatus: r.retentionStatus,
    retentionCode: r.retentionCode,
    activeUntil: r.activeUntil,
    inactiveUntil: r.inactiveUntil,
    disposition: r.disposition,
  };
}

/** Locks the record row for a change; null when there is none. */
export async function lockRecord(w: Work, id: string): Promise<RecordRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [r] = await w.tx.select().from(arsipRecords).where(eq(arsipRecords.id, id)).for("update");
  return r ?? null;
}

const storedFileSchema = z.object({
  fileKey: z.string().regex(/^[0-9a-f]{64}$/, "fileKey must be a SHA-256 FileStore key"),
  name: z.string().trim().min(1).max(200),
  mime: z.string().min(3).max(200),
  size: z.number().int().nonnegative(),
});

const fileRecordSchema = metadataSchema.extend({
  sourceModule: z.string().trim().min(1).max(60),
  sourceRef: z.string().trim().min(1).max(200),
  files: z.array(storedFileSchema).min(1, "at least one file"),
  createdBy: z.uuid().nullish(),
});

/** What another module gives `fileRecord`. */
export interface FileRecordInput {
  title: string;
  description?: string;
  /** The creating OPD (units.id). */
  unitId: string;
  /** YYYY-MM-DD. */
  recordDate: string;
  classificationCode: string;
  documentType: string;
  /** Defaults to the code's default class; may raise it, never lower it. */
  securityClass?: SecurityClass;
  /** Open to citizens on the portal (biasa only). */
  isPublic?: boolean;
  vital?: boolean;
  keywords?: string | string[];
  physicalLocation?: string;
  /** The calling module (e.g. "ppid") and its own reference (e.g. the request number). */
  sourceModule: string;
  sourceRef: string;
  /** Files already in the FileStore. */
  files: StoredFile[];
  /** The person on whose behalf it is filed, when there is one. */
  createdBy?: string | null;
}

/**
 * Files a record from another module INSIDE the caller's transaction `w`: it commits or rolls back
 * with the caller's change. Retention comes from the code (or its nearest ancestor with a JRA row;
 * otherwise "belum ditetapkan"), the security class defaults from the code, the audit event is
 * written through `w.audit`, and text extraction is enqueued through `w.send`. The caller has
 * already authorised its own action; this adds no check of its own beyond the data's validity.
 * Throws a ValidationError (field messages in Bahasa Indonesia) on bad input.
 */
export async function fileRecord(w: Work, input: FileRecordInput): Promise<{ recordId: string }> {
  const parsed = parseOrThrow(fileRecordSchema, input);
  const meta = await resolveMetadata(w.tx, parsed);
  const rec = await insertRecord(w, meta, parsed.files, {
    by: parsed.createdBy ?? null,
    sourceModule: parsed.sourceModule,
    sourceRef: parsed.sourceRef,
  });
  return { recordId: rec.id };
}

/** Records filed from another module under its reference (newest first). */
export async function recordsFromSource(db: Executor, sourceModule: string, sourceRef: string) {
  return db
    .select({ id: arsipRecords.id, title: arsipRecords.title, createdAt: arsipRecords.createdAt })
    .from(arsipRecords)
    .where(and(eq(arsipRecords.sourceModule, sourceModule), eq(arsipRecords.sourceRef, sourceRef)))
    .orderBy(sql`${arsipRecords.createdAt} DESC`);
}
