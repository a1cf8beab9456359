import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Platform } from "../../../platform/context.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { deleteMailTo } from "../../../platform/mail/mailer.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { type Ctx, citizenAuditActor } from "../context.ts";
import { checkPassword } from "../passwords.ts";
import { authTokens, recoveryCodes, users } from "../schema.ts";
import { givenPasswordSchema } from "../schemas.ts";
import { deleteUserSessions } from "../session.ts";

const schema = z.object({ kata_sandi: givenPasswordSchema });

export const ANONYMOUS_NAME = "Pengguna terhapus";

/**
 * A citizen deletes their own account after confirming the password. The row
 * stays (public records keep pointing at it) but every personal datum goes:
 * name and email are replaced, password, phone and tokens removed, sessions ended.
 */
export async function deleteOwnAccount(p: Platform, ctx: Ctx, input: Record<string, unknown>): Promise<void> {
  const actor = ctx.actor;
  authorize(actor, "account.delete");
  const { kata_sandi } = parseOrThrow(schema, input);
  const [u] = await p.db.select().from(users).where(eq(users.id, actor.userId));
  if (!(await checkPassword(u?.passwordHash, kata_sandi))) throw new ValidationError({ kata_sandi: "acc.err.password_wrong" });
  await inTransaction(p, citizenAuditActor(actor.userId, ctx.meta), async (w) => {
    await w.tx
      .update(users)
      .set({
        name: ANONYMOUS_NAME,
        email: `terhapus-${actor.userId}@anonim.invalid`,
        phone: null,
        nip: null,
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        emailVerifiedAt: null,
        status: "deleted",
        deletedAt: new Date(),
      })
      .where(eq(users.id, actor.userId));
    await w.tx.delete(authTokens).where(eq(authTokens.userId, actor.userId));
    await w.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await deleteUserSessions(w.tx, actor.userId);
    const mailsRemoved = u.email ? await deleteMailTo(w.tx, u.email) : 0;
    await w.audit({
      action: "account.deleted",
      subjectType: "user",
      subjectId: actor.userId,
      before: { kind: "citizen", status: u.status },
      after: { status: "deleted", personalDataRemoved: true, mailsRemoved },
    });
  });
}
