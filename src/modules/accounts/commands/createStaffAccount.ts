import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { fieldErrors } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { link, sendMail } from "../mail.ts";
import { findUserByEmail } from "../queries.ts";
import { roleAssignments, users } from "../schema.ts";
import { clearanceSchema, emailSchema, nameSchema, nipSchema, roleSchema, unitChoiceSchema } from "../schemas.ts";
import { issueToken, TOKEN_TTL_MS } from "../tokens.ts";
import { checkScope } from "./roleRules.ts";

const schema = z.object({
  nama: nameSchema,
  email: emailSchema,
  nip: nipSchema,
  klasifikasi: clearanceSchema,
  peran: roleSchema,
  unit: unitChoiceSchema,
});

/**
 * An admin creates a staff account with its first role. The new member gets a
 * mail with a link to set their password (a reset token valid 72 hours) and
 * sets up TOTP at first sign-in.
 */
export async function createStaffAccount(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<string> {
  const actor = ctx.actor;
  authorize(actor, "admin.users.manage");
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  const data = r.data;
  const scope = await checkScope(p.db, data.peran, data.unit);
  if ("errors" in scope) throw new ValidationError(scope.errors);
  return inTransaction(p, auditActor(actor, ctx.meta, "admin"), async (w) => {
    if (await findUserByEmail(w.tx, data.email)) throw new ValidationError({ email: "acc.err.email_taken" });
    const [u] = await w.tx
      .insert(users)
      .values({ kind: "staff", email: data.email, name: data.nama, nip: data.nip || null, clearance: data.klasifikasi })
      .returning({ id: users.id });
    await w.tx.insert(roleAssignments).values({ userId: u.id, role: data.peran, unitId: scope.unitId, grantedBy: actor.userId });
    const token = await issueToken(w.tx, u.id, "reset_password", TOKEN_TTL_MS.invite);
    await sendMail(w, ctx.lang, data.email, "invite", { name: data.nama, link: link(p, ctx.lang, "/akun/atur-ulang-sandi", token) });
    await w.audit({
      action: "account.staff_created",
      subjectType: "user",
      subjectId: u.id,
      unitId: scope.unitId,
      after: {
        kind: "staff",
        name: data.nama,
        email: data.email,
        nip: data.nip || null,
        clearance: data.klasifikasi,
        roles: [{ role: data.peran, unitId: scope.unitId }],
      },
    });
    return u.id;
  });
}
