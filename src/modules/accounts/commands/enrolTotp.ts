import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { conflict } from "../../../platform/http/errors.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { users } from "../schema.ts";
import { newTotpSecret, totpUri } from "../totp.ts";

/**
 * Starts (or resumes) setting up the authenticator app: a pending secret is
 * kept until a code confirms it. Refused once TOTP is on (the secret is never shown again).
 */
export async function enrolTotp(p: Platform, ctx: Ctx): Promise<{ secret: string; uri: string }> {
  const actor = ctx.actor;
  authorize(actor, "account.totp.enrol");
  return inTransaction(p, auditActor(actor, ctx.meta), async (w) => {
    const [u] = await w.tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (u.totpEnabledAt) throw conflict("Autentikasi dua langkah sudah aktif.");
    let secret = u.totpSecret;
    if (!secret) {
      secret = newTotpSecret();
      await w.tx.update(users).set({ totpSecret: secret, totpLastStep: null }).where(eq(users.id, u.id));
      // The secret itself never goes into the audit chain.
      await w.audit({ action: "account.totp_enrolment_started", subjectType: "user", subjectId: u.id, after: { totp: "pending" } });
    }
    return { secret, uri: totpUri(secret, u.email) };
  });
}
