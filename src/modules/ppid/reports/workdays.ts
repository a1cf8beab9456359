/**
 * Working days for the registers and reports, one definition used in two places:
 * in JavaScript for the rows of a page (`responseWorkingDays`) and in SQL for the
 * aggregates of a whole year (`dayIndex` + `cumSql`), where each day of the
 * calendar becomes a running count of working days passed to the query as one
 * integer array. Then "working days between a and b" is cum(b) − cum(a): no
 * loop per request, and the same answer on PGlite and PostgreSQL.
 *
 * Response time (waktu respons) of a decided request: the working days after the
 * day of receipt (after the office-hours rule) up to and including the day of
 * the written notice, less the working days the clock stood still waiting for a
 * clarification (after the day it was asked, up to and including the day the
 * complete answer counts as received). Never below 0.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  addDays,
  type Calendar,
  type CalendarOptions,
  type CivilDate,
  isWorkingDay,
  jakartaDate,
  type ReceiptOptions,
  receiptDate,
  workingDaysBetween,
} from "../../../platform/calendar/index.ts";

export interface Pause {
  /** When the clarification was asked (the clock stops after this day). */
  from: Date;
  /** When the complete answer was received (null: still waiting). */
  to: Date | null;
}

/** Working days a decided request took to its written notice (see the module comment). */
export function responseWorkingDays(
  cal: Calendar,
  opts: ReceiptOptions,
  r: { receivedAt: Date; decidedAt: Date; pauses?: readonly Pause[] },
): number {
  const start = receiptDate(cal, r.receivedAt, opts).counted;
  let days = workingDaysBetween(cal, start, jakartaDate(r.decidedAt), opts);
  for (const p of r.pauses ?? []) {
    if (!p.to) continue;
    days -= Math.max(0, workingDaysBetween(cal, jakartaDate(p.from), receiptDate(cal, p.to, opts).counted, opts));
  }
  return Math.max(0, days);
}

/** A running count of working days: cum[i] = working days in (base, base + i]. */
export interface DayIndex {
  base: CivilDate;
  cum: number[];
}

export function dayIndex(cal: Calendar, opts: CalendarOptions, from: CivilDate, to: CivilDate): DayIndex {
  const cum: number[] = [0];
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (isWorkingDay(cal, d, opts)) n++;
    cum.push(n);
  }
  return { base: from, cum };
}

/** The civil date in WIB (UTC+7 all year) of a timestamptz column, in SQL. */
export const wibDate = (col: SQL | unknown): SQL => sql`((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;

/** Whether the WIB wall-clock time of a timestamptz is at or after office hours end, in SQL. */
export const wibAfterHours = (col: SQL | unknown, officeHoursEnd: string): SQL =>
  sql`(((${col} AT TIME ZONE 'UTC') + interval '7 hours')::time >= ${officeHoursEnd}::time)`;

/**
 * SQL pieces over a day index bound once in a CTE named `wd` (columns cum int[], base date):
 * `cum(dateExpr)` and `receiptCum(tsExpr)` — the running count at the day a receipt counts as received
 * (its day when that is a working day before office hours end, else the next working day: cum + 1).
 */
export function cumSql(idx: DayIndex, officeHoursEnd: string) {
  const literal = `{${idx.cum.join(",")}}`;
  const cte = sql`wd AS (SELECT ${literal}::int[] AS cum, ${idx.base}::date AS base)`;
  const cum = (date: SQL): SQL => sql`wd.cum[(${date} - wd.base) + 1]`;
  const working = (date: SQL): SQL => sql`(wd.cum[(${date} - wd.base) + 1] - wd.cum[(${date} - wd.base)] = 1)`;
  const receiptCum = (ts: SQL | unknown): SQL => {
    const d = wibDate(ts);
    return sql`(${cum(d)} + CASE WHEN ${working(d)} AND NOT ${wibAfterHours(ts, officeHoursEnd)} THEN 0 ELSE 1 END)`;
  };
  return { cte, cum, receiptCum };
}
