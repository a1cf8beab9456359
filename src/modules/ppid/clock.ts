/**
 * The response clock of a request, rebuilt from its clock events on the
 * platform calendar: receipt rule, N working days, a clarification pause
 * (restart in full or resume with the days left — law data), one extension.
 * Pure: the same events, calendar and law give the same answer (recomputed
 * whenever the calendar or the law data changes).
 */
import {
  addDays,
  addWorkingDays,
  type Calendar,
  type CivilDate,
  deadlineFromReceipt,
  isWorkingDay,
  jakartaDate,
  receiptDate,
  type SkippedDay,
  workingDaysBetween,
} from "../../platform/calendar/index.ts";
import { calendarOptions, type Law } from "./law.ts";

export type ClockEvent =
  | { kind: "received"; at: Date }
  | { kind: "clarification_requested"; at: Date }
  | { kind: "clarification_received"; at: Date }
  | { kind: "extended"; at: Date; days?: number }
  | { kind: "decided"; at: Date };

/** One line of the explanation: what happened, the day it counts from, and the days skipped on the way. */
export interface ClockStep {
  kind: "start" | "pause" | "restart" | "resume" | "extension" | "decided";
  /** The instant of the event. */
  at: Date;
  /** The civil day the step counts from (receipt day after the receipt rule). */
  day: CivilDate;
  /** The due date after this step (null while paused). */
  due: CivilDate | null;
  /** Working days added by this step (10, 7, the days left…). */
  days: number;
  skipped: SkippedDay[];
  /** Receipt shift: after office hours or on a non-working day. */
  shifted: null | "after_hours" | "non_working_day";
}

export interface Clock {
  status: "running" | "paused" | "stopped";
  /** The due date in force (null while paused). */
  due: CivilDate | null;
  /** The due date before the extension, when extended. */
  dueBeforeExtension: CivilDate | null;
  extended: boolean;
  /** Working days left when paused (resume mode) or remaining to the due date. */
  daysLeftAtPause: number | null;
  steps: ClockStep[];
  warnings: string[];
}

export class ClockError extends Error {}

/** Rebuilds the clock from its events, in order. Throws ClockError on an impossible sequence. */
export function computeClock(cal: Calendar, law: Law, events: readonly ClockEvent[]): Clock {
  const opts = calendarOptions(law);
  const steps: ClockStep[] = [];
  const warnings = new Set<string>();
  let due: CivilDate | null = null;
  let dueBeforeExtension: CivilDate | null = null;
  let extended = false;
  let status: Clock["status"] = "running";
  let daysLeft: number | null = null;
  const warn = (w: string[]) => {
    for (const x of w) warnings.add(x);
  };

  for (const e of events) {
    switch (e.kind) {
      case "received": {
        if (steps.length) throw new ClockError("received twice");
        const d = deadlineFromReceipt(cal, e.at, law.responseDays, opts);
        due = d.due;
        warn(d.warnings);
        steps.push({
          kind: "start",
          at: e.at,
          day: d.receipt.counted,
          due,
          days: law.responseDays,
          skipped: d.skipped,
          shifted: d.receipt.shifted,
        });
        break;
      }
      case "clarification_requested": {
        if (status !== "running" || due === null) throw new ClockError("clarification while not running");
        const day = jakartaDate(e.at);
        // Working days still left after the day of the request for clarification.
        daysLeft = Math.max(0, workingDaysBetween(cal, day, due, opts));
        status = "paused";
        steps.push({ kind: "pause", at: e.at, day, due: null, days: daysLeft, skipped: [], shifted: null });
        due = null;
        break;
      }
      case "clarification_received": {
        if (status !== "paused") throw new ClockError("clarification answer without a pause");
        const r = receiptDate(cal, e.at, opts);
        const days = law.clarification === "restart" ? law.responseDays : Math.max(1, daysLeft ?? law.responseDays);
        const w = addWorkingDays(cal, r.counted, days, opts);
        due = w.due;
        warn(w.warnings);
        warn(r.warnings);
        status = "running";
        // An extension granted before the pause is spent; in resume mode its days are part of daysLeft.
        steps.push({
          kind: law.clarification === "restart" ? "restart" : "resume",
          at: e.at,
          day: r.counted,
          due,
          days,
          skipped: [...r.skipped, ...w.skipped],
          shifted: r.shifted,
        });
        daysLeft = null;
        break;
      }
      case "extended": {
        if (status !== "running" || due === null) throw new ClockError("extension while the clock is not running");
        if (extended) throw new ClockError("only one extension");
        if (jakartaDate(e.at) > due) throw new ClockError("extension after the due date");
        const days = e.days ?? law.extensionDays;
        const w = addWorkingDays(cal, due, days, opts);
        dueBeforeExtension = due;
        due = w.due;
        extended = true;
        warn(w.warnings);
        steps.push({ kind: "extension", at: e.at, day: dueBeforeExtension, due, days, skipped: w.skipped, shifted: null });
        break;
      }
      case "decided": {
        status = "stopped";
        steps.push({ kind: "decided", at: e.at, day: jakartaDate(e.at), due, days: 0, skipped: [], shifted: null });
        break;
      }
    }
  }
  return {
    status,
    due,
    dueBeforeExtension,
    extended,
    daysLeftAtPause: status === "paused" ? daysLeft : null,
    steps,
    warnings: [...warnings],
  };
}

export type Urgency = "normal" | "due_soon" | "due_today" | "overdue" | "long_overdue" | "paused" | "stopped";

/** The day `n` working days back from `today`, counting `today` itself when it is a working day (n ≥ 1). */
export function workingDayBack(cal: Calendar, law: Law, today: CivilDate, n: number): CivilDate {
  const opts = calendarOptions(law);
  let d = today;
  let seen = 0;
  for (let guard = 0; guard < 4000; guard++, d = addDays(d, -1)) {
    if (isWorkingDay(cal, d, opts) && ++seen === n) return d;
  }
  throw new Error("no working day in ten years");
}

/**
 * The due-date bounds of each flag on `today`: due soon when today < due <
 * soonBefore (at most dueSoonDays working days left); due today; overdue when
 * longFrom ≤ due < today; long overdue when due < longFrom (more than
 * longOverdueDays working days late). The staff queue filters and counts with
 * the same bounds in SQL.
 */
export function urgencyBounds(cal: Calendar, law: Law, today: CivilDate) {
  const soonBefore = addWorkingDays(cal, today, law.dueSoonDays + 1, calendarOptions(law)).due;
  const longFrom = workingDayBack(cal, law, today, law.longOverdueDays + 1);
  return { today, soonBefore, longFrom };
}

export type UrgencyBounds = ReturnType<typeof urgencyBounds>;

/** Where a clock stands against bounds computed once for `today` (a queue page computes them once for all its rows). */
export function urgencyOn(b: UrgencyBounds, clock: Pick<Clock, "status" | "due">): Urgency {
  if (clock.status === "paused") return "paused";
  if (clock.status === "stopped" || clock.due === null) return "stopped";
  if (clock.due === b.today) return "due_today";
  if (clock.due > b.today) return clock.due < b.soonBefore ? "due_soon" : "normal";
  return clock.due < b.longFrom ? "long_overdue" : "overdue";
}

/** Where a running clock stands on `today` (WIB civil date): due soon, overdue, long overdue. */
export function urgency(cal: Calendar, law: Law, clock: Pick<Clock, "status" | "due">, today: CivilDate): Urgency {
  return urgencyOn(urgencyBounds(cal, law, today), clock);
}
