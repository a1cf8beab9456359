import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { readScope, scopeAllows } from "../access.ts";
import { checkFiles, type Upload } from "../files.ts";
import { holdersOf, insertRecord, resolveMetadata } from "../record.ts";
import { metadataSchema } from "../validation.ts";

/** Refuses files the archive already holds, naming the record that holds each. */
export function duplicateError(field: string, holders: { title: string; recordId: string }[], names: string[]): ValidationError {
  const h = holders[0];
  return new ValidationError({
    [field]: `Berkas "${names[0]}" sudah ada di arsip, pada arsip "${h.title}" (nomor ${h.recordId}). Buka arsip itu atau tambahkan versi baru di sana.`,
  });
}

/**
 * An arsiparis captures a record: its description and one or more files (PDF, scans, office
 * documents), checked by content. Files are stored content-addressed before the transaction
 * (a rollback leaves only unreferenced blobs, never a half record); the record, its first version,
 * the audit event and the extraction job commit together.
 */
export async function captureRecord(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  input: { values: Record<string, unknown>; files: Upload[] },
): Promise<{ recordId: string }> {
  authorize(actor, "arsip.manage");
  const m = parseOrThrow(metadataSchema, input.values);
  authorize(actor, "arsip.manage", { unitId: m.unitId });
  const files = await checkFiles("files", input.files);
  const resolved = await resolveMetadata(p.db, m);
  if (!scopeAllows(readScope(actor), resolved)) {
    throw new ValidationError({ securityClass: "Anda tidak berhak membaca arsip berkelas ini, sehingga tidak dapat membuatnya." });
  }
  const before = await holdersOf(
    p.db,
    files.map((f) => f.sha256),
  );
  if (before.length)
    throw duplicateError(
      "files",
      before,
      files.filter((f) => f.sha256 === before[0].fileKey).map((f) => f.name),
    );
  for (const f of files) await p.files.put(f.bytes);
  const rec = await inTransaction(p, auditActor(actor, meta, "arsiparis"), async (w) => {
    // Again inside the transaction: another capture may have committed the same file meanwhile.
    const dup = await holdersOf(
      w.tx,
      files.map((f) => f.sha256),
    );
    if (dup.length)
      throw duplicateError(
        "files",
        dup,
        files.filter((f) => f.sha256 === dup[0].fileKey).map((f) => f.name),
      );
    return insertRecord(
      w,
      resolved,
      files.map((f) => ({ fileKey: f.sha256, name: f.name, mime: f.mime, size: f.bytes.byteLength })),
      { by: actor.userId },
    );
  });
  return { recordId: rec.id };
}
