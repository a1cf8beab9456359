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

/** Mails a reset link (valid one hour, single use) when the address belongs to an active account; silent otherwise. */
export async function requestPasswordReset(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<void> {
  const { email } = parseOrThrow(schema, input);
  await inTransaction(p, { id: null, name: "anonim", role: "anonim", ...ctx.meta }, async (w) => {
    const u = await findUserByEmail(w.tx, email);
    if (u?.status !== "active") return;
    const token = await issueToken(w.tx, u.id, "reset_password", TOKEN_TTL_MS.reset_password);
    await sendMail(w, ctx.lang, u.email, "reset", { link: link(p, ctx.lang, "/akun/atur-ulang-sandi", token) });
    await w.audit({ action: "account.password_reset_requested", subjectType: "user", subjectId: u.id });
  });
}
