import { eq } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../../platform/audit/chain.ts";
import type { Platform } from "../../../platform/context.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { type Ctx, citizenAuditActor } from "../context.ts";
import { hashPassword } from "../passwords.ts";
import { users } from "../schema.ts";
import { confirmedPassword } from "../schemas.ts";
import { deleteUserSessions } from "../session.ts";
import { consumeToken } from "../tokens.ts";

const schema = z.object({ token: z.string().max(200) }).and(confirmedPassword);

/**
 * Sets a new password with an emailed token (reset, or a new staff member's
 * first password). Every session of the person ends. Returns false when the
 * token is unknown, used or expired.
 */
export async function resetPassword(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<boolean> {
  const data = parseOrThrow(schema, input);
  const passwordHash = await hashPassword(data.kata_sandi);
  return inTransaction(p, { id: null, name: "anonim", role: "anonim", ...ctx.meta }, async (w) => {
    const userId = await consumeToken(w.tx, data.token, "reset_password");
    if (!userId) return false;
    const [u] = await w.tx.select().from(users).where(eq(users.id, userId));
    if (u?.status !== "active") return false;
    // The link reached the mailbox, so the address is proven too.
    await w.tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: u.emailVerifiedAt ?? new Date() })
      .where(eq(users.id, userId));
    await deleteUserSessions(w.tx, userId);
    const actor = u.kind === "citizen" ? citizenAuditActor(userId, ctx.meta) : { id: userId, name: u.name, role: "staff", ...ctx.meta };
    await appendAudit(w.tx, actor, {
      action: "account.password_set",
      subjectType: "user",
      subjectId: userId,
      before: { hadPassword: u.passwordHash !== null },
      after: { hadPassword: true, sessionsEnded: true },
    });
    return true;
  });
}
