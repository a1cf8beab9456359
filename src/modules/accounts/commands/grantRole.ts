import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { fieldErrors } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { getUser } from "../queries.ts";
import { roleAssignments } from "../schema.ts";
import { roleSchema, unitChoiceSchema } from "../schemas.ts";
import { checkScope } from "./roleRules.ts";

const schema = z.object({ peran: roleSchema, unit: unitChoiceSchema });

/** Gives a staff member a role for one OPD or regency-wide. */
export async function grantRole(p: Platform, ctx: Ctx, userId: string, input: Record<string, unknown>): Promise<void> {
  const actor = ctx.actor;
  authorize(actor, "admin.users.change", { userId });
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  const target = await getUser(p.db, userId);
  if (!target || target.status === "deleted") throw notFound();
  if (target.kind !== "staff") throw new ValidationError({ peran: "acc.err.citizen_no_roles" });
  const scope = await checkScope(p.db, r.data.peran, r.data.unit);
  if ("errors" in scope) throw new ValidationError(scope.errors);
  await inTransaction(p, auditActor(actor, ctx.meta, "admin"), async (w) => {
    const unitCond = scope.unitId === null ? isNull(roleAssignments.unitId) : eq(roleAssignments.unitId, scope.unitId);
    const dup = await w.tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.role, r.data.peran), unitCond, isNull(roleAssignments.revokedAt)));
    if (dup.length) throw new ValidationError({ peran: "acc.err.role_held" });
    const [g] = await w.tx
      .insert(roleAssignments)
      .values({ userId, role: r.data.peran, unitId: scope.unitId, grantedBy: actor.userId })
      .returning({ id: roleAssignments.id });
    await w.audit({
      action: "account.role_granted",
      subjectType: "user",
      subjectId: userId,
      unitId: scope.unitId,
      after: { grantId: g.id, role: r.data.peran, unitId: scope.unitId },
    });
  });
}
