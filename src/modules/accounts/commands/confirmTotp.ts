import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { conflict, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { users } from "../schema.ts";
import { codeSchema } from "../schemas.ts";
import { createSession, deleteSession } from "../session.ts";
import { checkTotp } from "../totp.ts";
import { replaceRecoveryCodes } from "./recovery.ts";

const schema = z.object({ kode: codeSchema });

/**
 * Confirms the pending secret with a code from the app: TOTP is on, ten
 * recovery codes are made, and the session is replaced by one that passed the second factor.
 */
export async function confirmTotp(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<{ codes: string[]; token: string }> {
  const actor = ctx.actor;
  authorize(actor, "account.totp.enrol");
  const { kode } = parseOrThrow(schema, input);
  return inTransaction(p, auditActor(actor, ctx.meta), async (w) => {
    const [u] = await w.tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (u.totpEnabledAt) throw conflict("Autentikasi dua langkah sudah aktif.");
    if (!u.totpSecret) throw new ValidationError({ kode: "acc.err.totp_not_started" });
    const step = checkTotp(u.totpSecret, kode, null);
    if (step === null) throw new ValidationError({ kode: "acc.err.code_wrong" });
    await w.tx.update(users).set({ totpEnabledAt: new Date(), totpLastStep: step }).where(eq(users.id, u.id));
    const codes = await replaceRecoveryCodes(w.tx, u.id);
    await deleteSession(w.tx, actor.sessionId);
    const { token } = await createSession(w.tx, u.id, ctx.meta, true);
    await w.audit({
      action: "account.totp_enabled",
      subjectType: "user",
      subjectId: u.id,
      before: { totp: "pending" },
      after: { totp: "enabled", recoveryCodes: codes.length },
    });
    return { codes, token };
  });
}
