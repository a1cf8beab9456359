import { asc } from "drizzle-orm";
import { DbCache } from "../db/cache.ts";
import type { Executor } from "../db/client.ts";
import { buildCalendar, type Calendar } from "./engine.ts";
import { holidays } from "./schema.ts";

/** Holidays change a few times a year; other processes (worker, web) pick up edits within this time. */
const TTL_MS = 5 * 60_000;

const cache = new DbCache<Calendar>(TTL_MS);

/**
 * Reads the holidays table into the pure calendar structure, cached per
 * database (a transaction shares its database's entry; see DbCache). A
 * transaction that itself edits the holidays table reads with readCalendar.
 */
export function loadCalendar(db: Executor, now: number = Date.now()): Promise<Calendar> {
  return cache.get(db, "calendar", () => readCalendar(db), now);
}

/** Reads the table without the cache (e.g. inside a transaction that just edited it). */
export async function readCalendar(db: Executor): Promise<Calendar> {
  const rows = await db.select().from(holidays).orderBy(asc(holidays.date));
  return buildCalendar(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name, basis: r.basis })));
}

/** Call after editing the holidays table so this process reads it again. */
export function invalidateCalendar(): void {
  cache.invalidate();
}
