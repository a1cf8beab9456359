import { and, eq, isNull } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { roleAssignments } from "../schema.ts";

/** Ends one role grant (kept in the table with who ended it and when). */
export async function revokeRole(p: Platform, ctx: Ctx, userId: string, grantId: string): Promise<void> {
  const actor = ctx.actor;
  authorize(actor, "admin.users.change", { userId });
  await inTransaction(p, auditActor(actor, ctx.meta, "admin"), async (w) => {
    const [g] = await w.tx
      .update(roleAssignments)
      .set({ revokedAt: new Date(), revokedBy: actor.userId })
      .where(and(eq(roleAssignments.id, grantId), eq(roleAssignments.userId, userId), isNull(roleAssignments.revokedAt)))
      .returning();
    if (!g) throw notFound();
    await w.audit({
      action: "account.role_revoked",
      subjectType: "user",
      subjectId: userId,
      unitId: g.unitId,
      before: { grantId: g.id, role: g.role, unitId: g.unitId },
    });
  });
}
