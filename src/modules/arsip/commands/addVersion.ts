import { and, eq, ne } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, notFound } from "../../../platform/http/errors.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { readScope, scopeAllows } from "../access.ts";
import { refreshContentText } from "../extract.ts";
import { checkFiles, type Upload } from "../files.ts";
import { holdersOf, insertVersion, lockRecord } from "../record.ts";
import { arsipRecords, arsipVersions } from "../schema.ts";
import { duplicateError } from "./captureRecord.ts";

export const FINAL_REFUSAL = "Arsip ini sudah dinyatakan final dan tidak dapat diubah.";

/**
 * Adds a new version (one or more files) to a record. Earlier versions stay as they were;
 * a final record is refused. A file already held by another record is refused with its name.
 */
export async function addVersion(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  recordId: string,
  input: { files: Upload[]; note?: string },
): Promise<{ versionNo: number }> {
  authorize(actor, "arsip.manage");
  const files = await checkFiles("files", input.files);
  for (const f of files) await p.files.put(f.bytes);
  return inTransaction(p, auditActor(actor, meta, "arsiparis"), async (w) => {
    const rec = await lockRecord(w, recordId);
    if (!rec || !scopeAllows(readScope(actor), rec)) throw notFound("Arsip tidak ditemukan.");
    authorize(actor, "arsip.manage", { unitId: rec.unitId });
    if (rec.final) throw conflict(FINAL_REFUSAL);
    const keys = files.map((f) => f.sha256);
    const elsewhere = (await holdersOf(w.tx, keys)).filter((h) => h.recordId !== rec.id);
    if (elsewhere.length)
      throw duplicateError(
        "files",
        elsewhere,
        files.filter((f) => f.sha256 === elsewhere[0].fileKey).map((f) => f.name),
      );
    const versionNo = rec.currentVersion + 1;
    await insertVersion(
      w,
      rec.id,
      versionNo,
      files.map((f) => ({ fileKey: f.sha256, name: f.name, mime: f.mime, size: f.bytes.byteLength })),
      actor.userId,
    );
    await w.tx.update(arsipRecords).set({ currentVersion: versionNo, updatedAt: new Date() }).where(eq(arsipRecords.id, rec.id));
    await refreshContentText(w.tx, rec.id);
    const previous = await w.tx
      .select({ fileKey: arsipVersions.fileKey })
      .from(arsipVersions)
      .where(and(eq(arsipVersions.recordId, rec.id), ne(arsipVersions.versionNo, versionNo)));
    await w.audit({
      action: "arsip.version.added",
      subjectType: "arsip_record",
      subjectId: rec.id,
      unitId: rec.unitId,
      before: { version: rec.currentVersion, files: previous.length },
      after: { version: versionNo, files: files.map((f) => ({ sha256: f.sha256, name: f.name, mime: f.mime })), note: input.note ?? null },
    });
    return { versionNo };
  });
}
