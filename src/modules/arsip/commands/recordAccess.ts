import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { inTransaction } from "../../../platform/work.ts";

/** Every view or download of a record that is not public is an audit event (issue #4, access). */
export async function recordAccess(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  rec: { id: string; unitId: string; securityClass: string; isPublic: boolean },
  what: { action: "viewed" | "downloaded"; fileId?: string; versionNo?: number },
): Promise<void> {
  if (rec.securityClass === "biasa" && rec.isPublic) return;
  await inTransaction(p, auditActor(actor, meta), async (w) => {
    await w.audit({
      action: `arsip.record.${what.action}`,
      subjectType: "arsip_record",
      subjectId: rec.id,
      unitId: rec.unitId,
      after: { securityClass: rec.securityClass, fileId: what.fileId ?? null, versionNo: what.versionNo ?? null },
    });
  });
}
