/**
 * For tests only: what a forger with write access to the database does to hide
 * an edit — recompute every hash from the first event on with the app's own
 * hash function, and move the head. Verification must still catch it.
 */
import { asc, sql } from "drizzle-orm";
import type { Executor } from "../db/client.ts";
import { eventHash, GENESIS_HASH } from "./chain.ts";
import { auditEvents } from "./schema.ts";

export async function recomputeChain(db: Executor): Promise<void> {
  const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const { hash: _old, ...rest } = r;
    const hash = eventHash({ ...rest, prevHash: prev });
    await db.execute(sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`);
    prev = hash;
  }
  const last = rows.at(-1);
  await db.execute(sql`UPDATE audit_head SET seq = ${last?.seq ?? 0}, hash = ${prev} WHERE id = 1`);
}
