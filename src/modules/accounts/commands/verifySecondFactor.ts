import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { forbidden, unauthorized, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import type { Ctx } from "../context.ts";
import { recoveryCodes, users } from "../schema.ts";
import { codeSchema } from "../schemas.ts";
import { createSession, deleteSession } from "../session.ts";
import { checkTotp, hashRecoveryCode } from "../totp.ts";

const schema = z.object({ kode: codeSchema });

/**
 * The second step of a staff sign-in: a 6-digit code from the app (never the
 * same one twice) or one unused recovery code. On success the session is
 * replaced by one with mfaPassed=true; a wrong code throws a field error.
 */
export async function verifySecondFactor(
  p: Platform,
  ctx: Ctx,
  input: Record<string, unknown>,
): Promise<{ token: string; method: "totp" | "recovery_code"; recoveryCodesLeft: number | null }> {
  const actor = ctx.actor;
  if (!actor) throw unauthorized();
  if (actor.kind !== "staff") throw forbidden();
  const { kode } = parseOrThrow(schema, input);
  return inTransaction(p, auditActor(actor, ctx.meta), async (w) => {
    const [u] = await w.tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!u.totpEnabledAt || !u.totpSecret) throw forbidden("Autentikasi dua langkah belum disiapkan.");
    let method: "totp" | "recovery_code";
    let left: number | null = null;
    if (/^\d{3}\s?\d{3}$/.test(kode)) {
      const step = checkTotp(u.totpSecret, kode, u.totpLastStep);
      if (step === null) throw new ValidationError({ kode: "acc.err.code_wrong" });
      await w.tx.update(users).set({ totpLastStep: step }).where(eq(users.id, u.id));
      method = "totp";
    } else {
      const [used] = await w.tx
        .update(recoveryCodes)
        .set({ usedAt: new Date() })
        .where(and(eq(recoveryCodes.userId, u.id), eq(recoveryCodes.codeHash, hashRecoveryCode(kode)), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (!used) throw new ValidationError({ kode: "acc.err.code_wrong" });
      method = "recovery_code";
      const rest = await w.tx
        .select({ id: recoveryCodes.id })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, u.id), isNull(recoveryCodes.usedAt)));
      left = rest.length;
    }
    await deleteSession(w.tx, actor.sessionId);
    const { token } = await createSession(w.tx, u.id, ctx.meta, true);
    await w.audit({
      action: "account.second_factor_passed",
      subjectType: "user",
      subjectId: u.id,
      after: { method, recoveryCodesLeft: left },
    });
    return { token, method, recoveryCodesLeft: left };
  });
}
