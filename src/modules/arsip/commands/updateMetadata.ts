import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { readScope, scopeAllows } from "../access.ts";
import { lockRecord, resolveMetadata, snapshot } from "../record.ts";
import { arsipRecords } from "../schema.ts";
import { metadataSchema } from "../validation.ts";
import { FINAL_REFUSAL } from "./addVersion.ts";

/**
 * Changes a record's description (audited with before and after); retention is recomputed from
 * the new code and date. Refused for a final record. Moving a record to another OPD needs the
 * right to manage records of both.
 */
export async function updateMetadata(p: Platform, actor: Actor | null, meta: RequestMeta, recordId: string, raw: unknown): Promise<void> {
  authorize(actor, "arsip.manage");
  const m = parseOrThrow(metadataSchema, raw);
  authorize(actor, "arsip.manage", { unitId: m.unitId });
  await inTransaction(p, auditActor(actor, meta, "arsiparis"), async (w) => {
    const rec = await lockRecord(w, recordId);
    const scope = readScope(actor);
    if (!rec || !scopeAllows(scope, rec)) throw notFound("Arsip tidak ditemukan.");
    authorize(actor, "arsip.manage", { unitId: rec.unitId });
    if (rec.final) throw conflict(FINAL_REFUSAL);
    const resolved = await resolveMetadata(w.tx, m);
    if (!scopeAllows(scope, resolved)) {
      throw new ValidationError({ securityClass: "Anda tidak berhak membaca arsip berkelas ini, sehingga tidak dapat menetapkannya." });
    }
    const [after] = await w.tx
      .update(arsipRecords)
      .set({ ...resolved, updatedAt: new Date() })
      .where(eq(arsipRecords.id, rec.id))
      .returning();
    await w.audit({
      action: "arsip.record.updated",
      subjectType: "arsip_record",
      subjectId: rec.id,
      unitId: after.unitId,
      before: snapshot(rec),
      after: snapshot(after),
    });
  });
}
