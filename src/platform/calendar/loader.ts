import { asc } from "drizzle-orm";
import type { Executor } from "../db/client.ts";
import { buildCalendar, type Calendar } from "./engine.ts";
import { holidays } from "./schema.ts";

/** Holidays change a few times a year; other processes (worker, web) pick up edits within this time. */
const TTL_MS = 5 * 60_000;

const cache = new WeakMap<object, { at: number; generation: number; calendar: Promise<Calendar> }>();
let generation = 0;

/** Reads the holidays table into the pure calendar structure (cached per database handle). */
export function loadCalendar(db: Executor, now: number = Date.now()): Promise<Calendar> {
  const hit = cache.get(db);
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.calendar;
  const calendar = readCalendar(db);
  cache.set(db, { at: now, generation, calendar });
  calendar.catch(() => cache.delete(db));
  return calendar;
}

/** Reads the table without the cache (e.g. inside a transaction that just edited it). */
export async function readCalendar(db: Executor): Promise<Calendar> {
  const rows = await db.select().from(holidays).orderBy(asc(holidays.date));
  return buildCalendar(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name, basis: r.basis })));
}

/** Call after editing the holidays table so this process reads it again. */
export function invalidateCalendar(): void {
  generation++;
}
