/** The keberatan module's background jobs: the tanda terima PDF of a filed objection. */
import type { Platform } from "../../platform/context.ts";
import { OBJECTION_RECEIPT_JOB } from "./commands/fileObjection.ts";
import { issueObjectionReceipt } from "./letters.ts";

/** Call at bootstrap (next to registerPpidJobs). */
export function registerKeberatanJobs(p: Platform): void {
  p.jobs.define<{ id: string }>(OBJECTION_RECEIPT_JOB, async (data) => {
    await issueObjectionReceipt(p, data.id);
  });
}
