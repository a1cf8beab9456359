/**
 * What the job-status admin page shows, read with SQL from pg-boss's own
 * tables (schema "pgboss", pg-boss 10): jobs per queue and state, schedules,
 * and the latest failures with their error.
 */
import type { RawClient } from "../db/client.ts";

export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface QueueStatus {
  name: string;
  counts: Record<JobState, number>;
  /** Completed or failed jobs moved to pgboss.archive. */
  archived: number;
  schedule: { cron: string; timezone: string | null } | null;
}

export interface FailedJob {
  id: string;
  name: string;
  state: "failed" | "retry";
  retryCount: number;
  retryLimit: number;
  error: string;
  at: Date;
  archived: boolean;
}

const zero = (): Record<JobState, number> => Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;

/** Every queue (internal pg-boss ones, named "__pgboss__…", excluded) with its counts by state. */
export async function queueStatus(raw: RawClient): Promise<QueueStatus[]> {
  const queues = await raw.query(
    `SELECT q.name, s.cron, s.timezone FROM pgboss.queue q LEFT JOIN pgboss.schedule s ON s.name = q.name
     WHERE q.name NOT LIKE '\\_\\_pgboss%' ORDER BY q.name`,
  );
  const counts = await raw.query("SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job GROUP BY name, state");
  const archived = await raw.query("SELECT name, count(*)::int AS n FROM pgboss.archive GROUP BY name");
  const out = new Map<string, QueueStatus>();
  for (const q of queues.rows) {
    const name = String(q.name);
    out.set(name, {
      name,
      counts: zero(),
      archived: 0,
      schedule: q.cron ? { cron: String(q.cron), timezone: (q.timezone as string) ?? null } : null,
    });
  }
  for (const c of counts.rows) {
    const q = out.get(String(c.name));
    if (q && (JOB_STATES as readonly string[]).includes(String(c.state))) q.counts[c.state as JobState] = Number(c.n);
  }
  for (const a of archived.rows) {
    const q = out.get(String(a.name));
    if (q) q.archived = Number(a.n);
  }
  return [...out.values()];
}

function errorText(output: unknown): string {
  if (output && typeof output === "object") {
    const o = output as { message?: unknown; value?: unknown };
    if (typeof o.message === "string") return o.message;
    if (o.value !== undefined) return typeof o.value === "string" ? o.value : JSON.stringify(o.value);
    return JSON.stringify(output);
  }
  return output === null || output === undefined ? "" : String(output);
}

/** The latest failures, newest first: failed for good, or failed once and waiting to retry. */
export async function recentFailures(raw: RawClient, limit = 20): Promise<FailedJob[]> {
  const r = await raw.query(
    `SELECT * FROM (
       SELECT id::text, name, state::text AS state, retry_count, retry_limit, output, COALESCE(completed_on, started_on, created_on) AS at, false AS archived
         FROM pgboss.job WHERE state = 'failed' OR (state = 'retry' AND output IS NOT NULL)
       UNION ALL
       SELECT id::text, name, state::text, retry_count, retry_limit, output, COALESCE(completed_on, archived_on) AS at, true
         FROM pgboss.archive WHERE state = 'failed'
     ) f WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY at DESC LIMIT $1`,
    [limit],
  );
  return r.rows.map((x) => ({
    id: String(x.id),
    name: String(x.name),
    state: x.state === "retry" ? "retry" : "failed",
    retryCount: Number(x.retry_count),
    retryLimit: Number(x.retry_limit),
    error: errorText(typeof x.output === "string" ? safeParse(x.output) : x.output).slice(0, 2000),
    at: x.at instanceof Date ? x.at : new Date(String(x.at)),
    archived: Boolean(x.archived),
  }));
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
