/**
 * Table maintenance for the embedded database. PostgreSQL vacuums and analyses
 * by itself (autovacuum); PGlite has no autovacuum, so without this job its
 * visibility map never fills and index-only scans (queue and register counts)
 * go back to the table for every row.
 */
import type { Platform } from "../context.ts";

export const DB_VACUUM_JOB = "db.vacuum";

export async function vacuumEmbedded(p: Pick<Platform, "database" | "log">): Promise<boolean> {
  if (p.database.kind !== "pglite") return false;
  const started = Date.now();
  await p.database.raw.query("VACUUM (ANALYZE)");
  p.log.info({ ms: Date.now() - started }, "embedded database vacuumed");
  return true;
}

/** Nightly at 02:30 WIB. */
export function registerDbMaintenance(p: Platform): void {
  p.jobs.define(DB_VACUUM_JOB, async () => {
    await vacuumEmbedded(p);
  });
  p.jobs.schedule(DB_VACUUM_JOB, "30 2 * * *");
}
