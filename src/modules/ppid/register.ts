/** Every background job of the PPID module, declared at start (before the queue starts). */
import type { Platform } from "../../platform/context.ts";
import { registerCoreJobs } from "./jobs.ts";
import { registerLawJobs } from "./law-admin/jobs.ts";
import { registerReminderJobs } from "./reminders.ts";

export function registerPpidJobs(p: Platform): void {
  registerCoreJobs(p);
  registerLawJobs(p);
  registerReminderJobs(p);
}
