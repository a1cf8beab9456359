import "./messages.ts";
import { exportAuditHead } from "../../platform/audit/export.ts";
import type { Platform } from "../../platform/context.ts";
import { SYSTEM_ACTOR } from "../../platform/work.ts";

export { auditRoutes } from "./routes.tsx";

export const AUDIT_CHECKPOINT_JOB = "audit.checkpoint";

/** The daily signed export of the chain head (00:05 WIB), for the auditors. */
export function registerAuditJobs(p: Platform): void {
  p.jobs.define(AUDIT_CHECKPOINT_JOB, async () => {
    const { file, head } = await exportAuditHead(p, SYSTEM_ACTOR);
    p.log.info({ file, seq: head.seq }, "audit head signed and exported");
  });
  p.jobs.schedule(AUDIT_CHECKPOINT_JOB, "5 0 * * *");
}
