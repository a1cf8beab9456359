import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import type { Platform } from "../../platform/context.ts";
import { DbCache } from "../../platform/db/cache.ts";
import type { Executor } from "../../platform/db/client.ts";
import { regions, unitHistory, units } from "./schema.ts";

export type Unit = typeof units.$inferSelect;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

const activeUnits = new DbCache<Unit[]>(30_000);

/**
 * The active units, as listUnits(db) gives them, kept per process for 30 s and
 * dropped at every commit of this process: the filters of busy pages (the
 * public register, the staff queue) list them on every request. Do not mutate
 * the array.
 */
export function listUnitsCached(p: Pick<Platform, "db" | "events">): Promise<Unit[]> {
  return activeUnits.followCommits(p.events).get(p.db, "active", () => listUnits(p.db));
}

/** Active units, optionally filtered by a name/code search (substring, then typo-tolerant). */
export async function listUnits(db: Executor, opts: { q?: string; includeRetired?: boolean } = {}): Promise<Unit[]> {
  const q = opts.q?.trim();
  const status = opts.includeRetired ? undefined : eq(units.status, "active");
  if (!q) return db.select().from(units).where(status).orderBy(asc(units.kind), asc(units.name));
  const like = `%${escapeLike(q)}%`;
  return db
    .select()
    .from(units)
    .where(and(status, or(ilike(units.name, like), ilike(units.code, like), sql`similarity(${units.name}, ${q}) > 0.3`)))
    .orderBy(desc(sql`similarity(${units.name}, ${q})`), asc(units.name))
    .limit(50);
}

export async function getUnitBySlug(db: Executor, slug: string): Promise<Unit | null> {
  const [u] = await db.select().from(units).where(eq(units.slug, slug));
  return u ?? null;
}

export async function getUnit(db: Executor, id: string): Promise<Unit | null> {
  const [u] = await db.select().from(units).where(eq(units.id, id));
  return u ?? null;
}

export async function unitHistoryOf(db: Executor, unitId: string) {
  return db.select().from(unitHistory).where(eq(unitHistory.unitId, unitId)).orderBy(desc(unitHistory.changedAt));
}

export async function regionName(db: Executor, code: string | null): Promise<string | null> {
  if (!code) return null;
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return r?.name ?? null;
}

export async function villagesOf(db: Executor, kecamatanCode: string) {
  return db.select().from(regions).where(eq(regions.parentCode, kecamatanCode)).orderBy(asc(regions.name));
}
