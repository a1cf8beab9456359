/**
 * Fixity: every blob the database knows is read back from the file store and
 * hashed again. A file that is missing, or whose bytes no longer hash to its
 * key, raises an alert (an audit event and an open row in fixity_alerts, shown
 * to admins on /admin); a file found sound again closes its alert. The check
 * runs every night as a job, and on demand (`runFixityCheck`).
 */
import { createHash } from "node:crypto";
import { and, asc, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Platform } from "../context.ts";
import { settings } from "../db/settings-schema.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { blobs, fixityAlerts } from "./schema.ts";

export const FIXITY_JOB = "storage.fixity";
export const FIXITY_LAST_RUN = "storage.fixity.last";
const BATCH = 200;

export interface FixityResult {
  checked: number;
  missing: string[];
  mismatched: string[];
  /** Alerts closed because the file is sound again. */
  resolved: number;
  at: string;
}

type Problem = { sha256: string; problem: "missing" | "mismatch"; found: string | null };

/** Reads every stored blob back and records what is wrong (and what is sound again). */
export async function runFixityCheck(p: Platform): Promise<FixityResult> {
  const problems: Problem[] = [];
  const sound: string[] = [];
  let after = "";
  let checked = 0;
  for (;;) {
    const rows = await p.db
      .select({ sha256: blobs.sha256 })
      .from(blobs)
      .where(gt(blobs.sha256, after))
      .orderBy(asc(blobs.sha256))
      .limit(BATCH);
    if (!rows.length) break;
    for (const { sha256 } of rows) {
      checked++;
      let bytes: Buffer | null;
      try {
        bytes = await p.files.get(sha256);
      } catch (e) {
        p.log.warn({ sha256, err: (e as Error).message }, "fixity: the file could not be read");
        bytes = null;
      }
      if (!bytes) problems.push({ sha256, problem: "missing", found: null });
      else {
        const found = createHash("sha256").update(bytes).digest("hex");
        if (found === sha256) sound.push(sha256);
        else problems.push({ sha256, problem: "mismatch", found });
      }
    }
    after = rows[rows.length - 1].sha256;
  }
  const at = new Date();
  const resolved = await inTransaction(p, SYSTEM_ACTOR, async (w) => {
    for (const pr of problems) {
      const [raised] = await w.tx
        .insert(fixityAlerts)
        .values({ sha256: pr.sha256, problem: pr.problem, foundSha256: pr.found, detectedAt: at })
        .onConflictDoNothing({ target: fixityAlerts.sha256, where: sql`resolved_at IS NULL` })
        .returning({ id: fixityAlerts.id });
      if (raised) {
        p.log.error({ sha256: pr.sha256, problem: pr.problem }, "fixity: a stored file is damaged or missing");
        await w.audit({
          action: "storage.fixity.alert",
          subjectType: "blob",
          subjectId: pr.sha256,
          after: { problem: pr.problem, foundSha256: pr.found },
        });
      }
    }
    let closed = 0;
    for (let i = 0; i < sound.length; i += 500) {
      const back = await w.tx
        .update(fixityAlerts)
        .set({ resolvedAt: at })
        .where(and(isNull(fixityAlerts.resolvedAt), inArray(fixityAlerts.sha256, sound.slice(i, i + 500))))
        .returning({ sha256: fixityAlerts.sha256 });
      for (const b of back) {
        await w.audit({ action: "storage.fixity.resolved", subjectType: "blob", subjectId: b.sha256 });
      }
      closed += back.length;
    }
    const value = { at: at.toISOString(), checked, problems: problems.length };
    await w.tx
      .insert(settings)
      .values({ key: FIXITY_LAST_RUN, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
    return closed;
  });
  return {
    checked,
    missing: problems.filter((x) => x.problem === "missing").map((x) => x.sha256),
    mismatched: problems.filter((x) => x.problem === "mismatch").map((x) => x.sha256),
    resolved,
    at: at.toISOString(),
  };
}

/** The open alerts and the last run, for the admin dashboard. */
export async function fixityStatus(p: Pick<Platform, "db">) {
  const open = await p.db
    .select()
    .from(fixityAlerts)
    .where(isNull(fixityAlerts.resolvedAt))
    .orderBy(asc(fixityAlerts.detectedAt))
    .limit(50);
  const [{ n }] = await p.db.select({ n: count() }).from(fixityAlerts).where(isNull(fixityAlerts.resolvedAt));
  const [last] = await p.db.select({ value: settings.value }).from(settings).where(eq(settings.key, FIXITY_LAST_RUN));
  return { open, openCount: n, last: (last?.value ?? null) as { at: string; checked: number; problems: number } | null };
}

/** The nightly job (03:15 WIB). */
export function registerFixityJob(p: Platform): void {
  p.jobs.define(FIXITY_JOB, async () => {
    await runFixityCheck(p);
  });
  p.jobs.schedule(FIXITY_JOB, "15 3 * * *");
}
