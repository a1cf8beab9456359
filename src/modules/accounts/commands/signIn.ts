import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import type { Ctx } from "../context.ts";
import { checkPassword } from "../passwords.ts";
import { findUserByEmail, rolesOf } from "../queries.ts";
import { emailSchema, givenPasswordSchema } from "../schemas.ts";
import { createSession, deleteSession } from "../session.ts";

const schema = z.object({ email: emailSchema, kata_sandi: givenPasswordSchema });

export type SignInResult =
  | { ok: false; reason: "invalid" | "unverified"; email: string }
  | {
      ok: true;
      token: string;
      userId: string;
      kind: "staff" | "citizen";
      /** What the person must still do: nothing, enter a TOTP code, or set up TOTP first. */
      next: "done" | "second_factor" | "enrol";
    };

/**
 * Checks email and password and opens a session. Unknown email, wrong password
 * and inactive accounts all get the same answer. A staff session starts with
 * mfaPassed=false: staff policies refuse it until the second factor passes.
 */
export async function signIn(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<SignInResult> {
  const data = parseOrThrow(schema, input);
  const user = await findUserByEmail(p.db, data.email);
  const good = await checkPassword(user?.status === "active" ? user.passwordHash : null, data.kata_sandi);
  if (!user || !good) {
    if (user && user.status === "active") {
      const actor = { id: null, name: "anonim", role: "anonim", ...ctx.meta };
      await inTransaction(p, actor, (w) =>
        w.audit({ action: "account.sign_in_failed", subjectType: "user", subjectId: user.id, after: { reason: "password" } }),
      );
    }
    return { ok: false, reason: "invalid", email: data.email };
  }
  if (user.kind === "citizen" && !user.emailVerifiedAt) return { ok: false, reason: "unverified", email: data.email };
  const staff = user.kind === "staff";
  const roles = staff ? await rolesOf(p.db, user.id) : [];
  const actor = auditActor(
    {
      userId: user.id,
      kind: user.kind,
      name: staff ? user.name : "warga",
      email: "",
      roles: roles.map((r) => ({ role: r.role, unitId: r.unitId })),
      clearance: user.clearance,
      sessionId: "",
      csrfToken: "",
      mfaPassed: false,
    },
    ctx.meta,
  );
  return inTransaction(p, actor, async (w) => {
    if (ctx.actor) await deleteSession(w.tx, ctx.actor.sessionId);
    const { token } = await createSession(w.tx, user.id, ctx.meta, !staff);
    await w.audit({
      action: "account.signed_in",
      subjectType: "user",
      subjectId: user.id,
      after: { secondFactor: staff ? "pending" : "not_required" },
    });
    const next = !staff ? "done" : user.totpEnabledAt ? "second_factor" : "enrol";
    return { ok: true as const, token, userId: user.id, kind: user.kind, next };
  });
}
