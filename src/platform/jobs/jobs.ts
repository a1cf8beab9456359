import PgBoss from "pg-boss";
import type { Database, RawClient, Tx } from "../db/client.ts";
import { rawOf } from "../db/client.ts";
import type { Logger } from "../logging/logger.ts";

export type JobHandler<T = unknown> = (data: T, job: { id: string; name: string }) => Promise<void>;

interface Definition {
  handler: JobHandler<never>;
  batchSize?: number;
}

function execAdapter(client: RawClient) {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      if (values?.length) return client.query(text, values);
      const r = (await client.exec(text)) as unknown;
      if (Array.isArray(r)) return r.at(-1) ?? { rows: [] };
      return (r as { rows?: unknown[] }) ?? { rows: [] };
    },
  };
}

/**
 * Background jobs and schedules over pg-boss, on PGlite (in-process, the single
 * connection) and on PostgreSQL. `send(tx, …)` enqueues inside the caller's
 * transaction: a rolled-back change enqueues nothing.
 */
export class Jobs {
  readonly boss: PgBoss;
  private readonly defs = new Map<string, Definition>();
  private readonly schedules: { name: string; cron: string; data?: object }[] = [];
  private started = false;

  constructor(
    database: Database,
    private readonly log: Logger,
    opts: { maintenance?: boolean } = {},
  ) {
    // Maintenance (supervision, cron) runs only in the worker/scheduler roles.
    const maintenance = opts.maintenance ?? true;
    this.boss = new PgBoss({
      db: execAdapter(database.raw) as never,
      schema: "pgboss",
      supervise: maintenance,
      schedule: maintenance,
    });
    this.boss.on("error", (e: Error) => this.log.error({ err: e.message }, "job queue error"));
  }

  /** Declares a job; workers pick it up once `work()` runs. */
  define<T>(name: string, handler: JobHandler<T>, opts: { batchSize?: number } = {}): void {
    this.defs.set(name, { handler: handler as JobHandler<never>, batchSize: opts.batchSize });
  }

  /** Declares a recurring job (cron in Asia/Jakarta). Registered when the scheduler role starts. */
  schedule(name: string, cron: string, data?: object): void {
    this.schedules.push({ name, cron, data });
  }

  definitions(): string[] {
    return [...this.defs.keys()];
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    for (const name of this.defs.keys()) await this.boss.createQueue(name);
    this.started = true;
  }

  /** Enqueues a job; with `tx`, inside that transaction. */
  async send(tx: Tx | null, name: string, data: object = {}, opts: { startAfter?: number | Date; singletonKey?: string } = {}) {
    if (!this.defs.has(name)) throw new Error(`unknown job: ${name}`);
    const db = tx ? execAdapter(rawOf(tx)) : undefined;
    return this.boss.send(name, data, { ...opts, retryLimit: 5, retryBackoff: true, ...(db ? { db: db as never } : {}) });
  }

  async work(): Promise<void> {
    for (const [name, def] of this.defs) {
      await this.boss.work(name, { batchSize: def.batchSize ?? 5, pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          const started = Date.now();
          try {
            await def.handler(job.data as never, { id: job.id, name });
            this.log.debug({ job: name, id: job.id, ms: Date.now() - started }, "job done");
          } catch (e) {
            this.log.error({ job: name, id: job.id, err: (e as Error).message }, "job failed");
            throw e;
          }
        }
      });
    }
  }

  async startSchedules(): Promise<void> {
    for (const s of this.schedules) {
      await this.boss.schedule(s.name, s.cron, s.data ?? {}, { tz: "Asia/Jakarta" });
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}

export type { Database };
