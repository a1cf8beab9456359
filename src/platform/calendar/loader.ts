import { asc } from "drizzle-orm";
import type { Executor } from "../db/client.ts";
import { buildCalendar, type Calendar } from "./engine.ts";
import { holidays } from "./schema.ts";

/** Holidays change a few times a year; other processes (worker, web) pick up edits within this time. */
const TTL_MS = 5 * 60_000;

const cache = new WeakMap<object, { at: number; generation: number; calendar: Promise<Calendar> }>();
let generation = 0;

/**
 * The cache key of a handle: its database, shared by the handle and every
 * transaction opened on it. Drizzle gives each database instance its own
 * dialect object and hands that same object to each of its transactions, so
 * commands inside a transaction hit the cache too, while two databases (two
 * platforms in a test run) never share an entry.
 */
function keyOf(db: Executor): object {
  return (db as unknown as { dialect?: object }).dialect ?? db;
}

const isTransaction = (db: Executor) => "rollback" in db && typeof (db as { rollback?: unknown }).rollback === "function";

/**
 * Reads the holidays table into the pure calendar structure, cached per
 * database (a transaction shares its database's entry). A read made inside a
 * transaction is kept only once it succeeded, so a failing transaction never
 * hands its error to other callers. A transaction that itself edits the
 * holidays table reads with readCalendar instead.
 */
export function loadCalendar(db: Executor, now: number = Date.now()): Promise<Calendar> {
  const key = keyOf(db);
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.calendar;
  const gen = generation;
  const calendar = readCalendar(db);
  if (isTransaction(db)) {
    calendar.then(
      () => {
        if (gen === generation) cache.set(key, { at: now, generation: gen, calendar });
      },
      () => {},
    );
    return calendar;
  }
  cache.set(key, { at: now, generation: gen, calendar });
  calendar.catch(() => {
    if (cache.get(key)?.calendar === calendar) cache.delete(key);
  });
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
