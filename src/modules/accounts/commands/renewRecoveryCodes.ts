import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import type { Ctx } from "../context.ts";
import { replaceRecoveryCodes } from "./recovery.ts";

/** Replaces the recovery codes (the old ones stop working); returns the new ones, shown once. */
export async function renewRecoveryCodes(p: Platform, ctx: Ctx): Promise<string[]> {
  const actor = ctx.actor;
  authorize(actor, "account.recovery.renew");
  return inTransaction(p, auditActor(actor, ctx.meta), async (w) => {
    const codes = await replaceRecoveryCodes(w.tx, actor.userId);
    await w.audit({
      action: "account.recovery_codes_renewed",
      subjectType: "user",
      subjectId: actor.userId,
      after: { recoveryCodes: codes.length },
    });
    return codes;
  });
}
