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
import { deleteUserSessions } from "../session.ts";

const schema = z.object({ status: z.enum(["active", "disabled"], { error: "acc.err.status_invalid" }) });

/** Disables an account (its sessions end at once) or enables it again. Deleted accounts stay deleted. */
export async function setUserStatus(p: Platform, ctx: Ctx, userId: string, input: Record<string, unknown>): Promise<void> {
  const actor = ctx.actor;
  authorize(actor, "admin.users.change", { userId });
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  await inTransaction(p, auditActor(actor, ctx.meta, "admin"), async (w) => {
    const [u] = await w.tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!u || u.status === "deleted") throw notFound();
    if (u.status === r.data.status) return;
    await w.tx.update(users).set({ status: r.data.status }).where(eq(users.id, userId));
    if (r.data.status === "disabled") await deleteUserSessions(w.tx, userId);
    await w.audit({
      action: r.data.status === "disabled" ? "account.disabled" : "account.enabled",
      subjectType: "user",
      subjectId: userId,
      before: { status: u.status },
      after: { status: r.data.status },
    });
  });
}
