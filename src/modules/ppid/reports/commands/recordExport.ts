import { auditActor } from "../../../../platform/audit/actor.ts";
import type { Platform } from "../../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../../platform/http/actor.ts";
import { inTransaction } from "../../../../platform/work.ts";
import { authorize } from "../../../access/index.ts";

export interface ExportInput {
  /** "permohonan" or "keberatan". */
  register: string;
  format: "csv" | "xlsx";
  from: string;
  to: string;
  rows: number;
}

/**
 * A register leaves the system with the requesters' identities in it: each
 * download is an audit event (who, which register, which period, how many rows).
 */
export async function recordRegisterExport(p: Platform, actor: Actor | null, meta: RequestMeta, input: ExportInput): Promise<void> {
  authorize(actor, "ppid.registers.read");
  await inTransaction(p, auditActor(actor, meta), async (w) => {
    await w.audit({
      action: "ppid.register.exported",
      subjectType: "ppid_register",
      subjectId: input.register,
      after: input,
    });
  });
}
