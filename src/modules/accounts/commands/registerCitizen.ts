import { z } from "zod";
import { appendAudit } from "../../../platform/audit/chain.ts";
import type { Platform } from "../../../platform/context.ts";
import { sqlState } from "../../../platform/db/tx.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { href } from "../../../platform/i18n/index.ts";
import { inTransaction } from "../../../platform/work.ts";
import { type Ctx, citizenAuditActor } from "../context.ts";
import { link, sendMail } from "../mail.ts";
import { hashPassword } from "../passwords.ts";
import { findUserByEmail } from "../queries.ts";
import { users } from "../schema.ts";
import { confirmedPassword, emailSchema, nameSchema } from "../schemas.ts";
import { issueToken, TOKEN_TTL_MS } from "../tokens.ts";

const schema = z
  .object({
    nama: nameSchema,
    email: emailSchema,
    persetujuan: z.preprocess((v) => v === "ya" || v === "on" || v === "true", z.literal(true, { error: "acc.err.consent_required" })),
  })
  .and(confirmedPassword);

/**
 * A citizen registers. The answer is the same whether or not the email is
 * already known: a known address gets a mail saying so instead of a new account.
 */
export async function registerCitizen(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<void> {
  try {
    await register(p, ctx, input);
  } catch (e) {
    // Two sign-ups with one address at the same moment: the loser gets the same neutral answer.
    if (sqlState(e) === "23505") return;
    throw e;
  }
}

async function register(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<void> {
  const data = parseOrThrow(schema, input);
  // Hash before the transaction (and for known emails too, so timing tells nothing).
  const passwordHash = await hashPassword(data.kata_sandi);
  await inTransaction(p, { id: null, name: "anonim", role: "anonim", ...ctx.meta }, async (w) => {
    const existing = await findUserByEmail(w.tx, data.email);
    if (existing) {
      if (existing.status !== "active") return;
      if (existing.kind === "citizen" && !existing.emailVerifiedAt) {
        const token = await issueToken(w.tx, existing.id, "verify_email", TOKEN_TTL_MS.verify_email);
        await sendMail(w, ctx.lang, existing.email, "verify", { link: link(p, ctx.lang, "/akun/verifikasi-surel", token) });
        await w.audit({ action: "account.verification_resent", subjectType: "user", subjectId: existing.id });
      } else {
        const base = p.config.baseUrl;
        await sendMail(w, ctx.lang, existing.email, "exists", {
          signin: `${base}${href(ctx.lang, "/masuk")}`,
          reset: `${base}${href(ctx.lang, "/lupa-sandi")}`,
        });
        await w.audit({ action: "account.registration_repeated", subjectType: "user", subjectId: existing.id });
      }
      return;
    }
    const [u] = await w.tx
      .insert(users)
      .values({ kind: "citizen", email: data.email, name: data.nama, passwordHash })
      .returning({ id: users.id });
    const token = await issueToken(w.tx, u.id, "verify_email", TOKEN_TTL_MS.verify_email);
    await sendMail(w, ctx.lang, data.email, "verify", { link: link(p, ctx.lang, "/akun/verifikasi-surel", token) });
    // Register as the new account itself; no name or email in the permanent chain.
    await appendAudit(w.tx, citizenAuditActor(u.id, ctx.meta), {
      action: "account.registered",
      subjectType: "user",
      subjectId: u.id,
      after: { kind: "citizen", emailVerified: false },
    });
  });
}
