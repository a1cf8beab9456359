import { eq } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/chain.ts";
import type { Platform } from "../../../platform/context.ts";
import { inTransaction } from "../../../platform/work.ts";
import { type Ctx, citizenAuditActor } from "../context.ts";
import { users } from "../schema.ts";
import { consumeToken } from "../tokens.ts";

/** Uses a verification token (single use, 24 hours). Returns false when it is unknown, used or expired. */
export async function verifyEmail(p: Platform, ctx: Ctx, token: string): Promise<boolean> {
  return inTransaction(p, { id: null, name: "anonim", role: "anonim", ...ctx.meta }, async (w) => {
    const userId = await consumeToken(w.tx, token, "verify_email");
    if (!userId) return false;
    const [u] = await w.tx.select({ at: users.emailVerifiedAt, status: users.status }).from(users).where(eq(users.id, userId));
    if (u?.status !== "active") return false;
    if (!u.at) await w.tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(w.tx, citizenAuditActor(userId, ctx.meta), {
      action: "account.email_verified",
      subjectType: "user",
      subjectId: userId,
      before: { emailVerified: Boolean(u.at) },
      after: { emailVerified: true },
    });
    return true;
  });
}
