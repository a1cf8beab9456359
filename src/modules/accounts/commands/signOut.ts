import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { inTransaction } from "../../../platform/work.ts";
import { type Ctx, citizenAuditActor } from "../context.ts";
import { deleteSession } from "../session.ts";

/** Ends the current session. */
export async function signOut(p: Platform, ctx: Ctx): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  const who = actor.kind === "citizen" ? citizenAuditActor(actor.userId, ctx.meta) : auditActor(actor, ctx.meta);
  await inTransaction(p, who, async (w) => {
    await deleteSession(w.tx, actor.sessionId);
    await w.audit({ action: "account.signed_out", subjectType: "user", subjectId: actor.userId });
  });
}
