import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { fieldErrors } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { users } from "../schema.ts";
import { clearanceSchema } from "../schemas.ts";

const schema = z.object({ klasifikasi: clearanceSchema });

/** Sets the highest classification a staff member may read (never one's own). */
export async function setClearance(p: Platform, ctx: Ctx, userId: string, input: Record<string, unknown>): Promise<void> {
  const actor = ctx.actor;
  authorize(actor, "admin.users.change", { userId });
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  await inTransaction(p, auditActor(actor, ctx.meta, "admin"), async (w) => {
    const [u] = await w.tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!u || u.status === "deleted") throw notFound();
    if (u.kind !== "staff") throw new ValidationError({ klasifikasi: "acc.err.citizen_no_clearance" });
    if (u.clearance === r.data.klasifikasi) return;
    await w.tx.update(users).set({ clearance: r.data.klasifikasi }).where(eq(users.id, userId));
    await w.audit({
      action: "account.clearance_set",
      subjectType: "user",
      subjectId: userId,
      before: { clearance: u.clearance },
      after: { clearance: r.data.klasifikasi },
    });
  });
}
