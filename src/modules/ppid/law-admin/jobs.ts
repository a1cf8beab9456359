/** The job a law data change enqueues: every open request's clock is rebuilt with the new values. */
import type { Platform } from "../../../platform/context.ts";
import { recomputeOpenClocks } from "../jobs.ts";

export const LAW_CHANGED_JOB = "ppid.law.changed";

export interface LawChanged {
  /** The keys whose value changed. */
  changed: string[];
  reason: string;
}

/** Declares the job (call from registerPpidJobs so the worker role runs it). */
export function registerLawJobs(p: Platform): void {
  p.jobs.define<LawChanged>(LAW_CHANGED_JOB, async (data) => {
    const r = await recomputeOpenClocks(p, `Data hukum PPID diubah (${data.changed.join(", ")}): ${data.reason}`);
    p.log.info({ ...r }, "open PPID clocks recomputed after a law data change");
  });
}

const ready = new WeakSet<object>();

/** Makes sure the job is declared and its queue exists (outside any transaction), once per process. */
export async function ensureLawJob(p: Platform): Promise<void> {
  if (ready.has(p.jobs)) return;
  if (!p.jobs.definitions().includes(LAW_CHANGED_JOB)) registerLawJobs(p);
  await p.jobs.start();
  ready.add(p.jobs);
}
