import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, notFound } from "../../../platform/http/errors.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { readScope, scopeAllows } from "../access.ts";
import { lockRecord } from "../record.ts";
import { arsipRecords } from "../schema.ts";

/** Declares a record final: from then on no version is added and no metadata changes. Irreversible. */
export async function declareFinal(p: Platform, actor: Actor | null, meta: RequestMeta, recordId: string): Promise<void> {
  authorize(actor, "arsip.manage");
  await inTransaction(p, auditActor(actor, meta, "arsiparis"), async (w) => {
    const rec = await lockRecord(w, recordId);
    if (!rec || !scopeAllows(readScope(actor), rec)) throw notFound("Arsip tidak ditemukan.");
    authorize(actor, "arsip.manage", { unitId: rec.unitId });
    if (rec.final) throw conflict("Arsip ini sudah dinyatakan final.");
    const now = new Date();
    await w.tx
      .update(arsipRecords)
      .set({ final: true, finalAt: now, finalBy: actor.userId, updatedAt: now })
      .where(eq(arsipRecords.id, rec.id));
    await w.audit({
      action: "arsip.record.declared_final",
      subjectType: "arsip_record",
      subjectId: rec.id,
      unitId: rec.unitId,
      before: { final: false },
      after: { final: true, version: rec.currentVersion },
    });
  });
}
