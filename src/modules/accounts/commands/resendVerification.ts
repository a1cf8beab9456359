import { z } from "zod";
import type { Platform } from "../../../platform/context.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import type { Ctx } from "../context.ts";
import { link, sendMail } from "../mail.ts";
import { findUserByEmail } from "../queries.ts";
import { emailSchema } from "../schemas.ts";
import { issueToken, TOKEN_TTL_MS } from "../tokens.ts";

const schema = z.object({ email: emailSchema });

/** Sends a new verification link to an unverified citizen; silent for any other address. */
export async function resendVerification(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<void> {
  const { email } = parseOrThrow(schema, input);
  await inTransaction(p, { id: null, name: "anonim", role: "anonim", ...ctx.meta }, async (w) => {
    const u = await findUserByEmail(w.tx, email);
    if (u?.status !== "active" || u.kind !== "citizen" || u.emailVerifiedAt) return;
    const token = await issueToken(w.tx, u.id, "verify_email", TOKEN_TTL_MS.verify_email);
    await sendMail(w, ctx.lang, u.email, "verify", { link: link(p, ctx.lang, "/akun/verifikasi-surel", token) });
    await w.audit({ action: "account.verification_resent", subjectType: "user", subjectId: u.id });
  });
}
