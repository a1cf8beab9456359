import { invalidateCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import type { Work } from "../../platform/work.ts";

/**
 * Sent in the same transaction as every change of the holidays table, so that whoever keeps
 * deadlines (PPID) can recompute the open ones. Data: {@link CalendarChanged}.
 */
export const CALENDAR_CHANGED_JOB = "calendar.changed";

export interface CalendarChanged {
  action: "added" | "changed" | "removed" | "imported";
  /** Every civil date (YYYY-MM-DD) whose status changed, sorted, without repeats. */
  dates: string[];
  reason: string;
}

/**
 * Declares the job unless a module already handles it (a later `p.jobs.define(CALENDAR_CHANGED_JOB, …)`
 * replaces this handler). Until then the job only drops the worker's cached calendar.
 */
export function registerCalendarJobs(p: Platform): void {
  if (p.jobs.definitions().includes(CALENDAR_CHANGED_JOB)) return;
  p.jobs.define<CalendarChanged>(CALENDAR_CHANGED_JOB, async (data) => {
    invalidateCalendar();
    p.log.debug({ job: CALENDAR_CHANGED_JOB, dates: data.dates.length }, "calendar changed; no deadline handler registered");
  });
}

const ready = new WeakSet<object>();

/**
 * Makes sure the job is declared and its pg-boss queue exists before a command sends it:
 * the queue is created outside any transaction (on PGlite a query beside an open transaction
 * would deadlock), once per process.
 */
export async function ensureCalendarJob(p: Platform): Promise<void> {
  if (ready.has(p.jobs)) return;
  registerCalendarJobs(p);
  await p.jobs.start();
  ready.add(p.jobs);
}

/** Enqueues the signal inside the command's transaction. */
export async function sendCalendarChanged(w: Work, action: CalendarChanged["action"], dates: string[], reason: string): Promise<void> {
  const data: CalendarChanged = { action, dates: [...new Set(dates)].sort(), reason };
  await w.send(CALENDAR_CHANGED_JOB, data);
}
