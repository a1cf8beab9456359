import PgBoss from "pg-boss";
import type { Database, RawClient, Tx } from "../db/client.ts";
import { rawOf } from "../db/client.ts";
import { jobsFailed } from "../http/metrics.ts";
import type { Logger } from "../logging/logger.ts";

export type JobHandler<T = unknown> = (data: T, job: { id: string; name: string }) => Promise<void>;

/** Five retries, the first after 15–30 s, then doubling (pg-boss backoff needs a base delay). */
const RETRY = { retryLimit: 5, retryDelay: 15, retryBackoff: true } as const;

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
/** How often a worker looks for a job that runs on a schedule (see work()). */
export const SCHEDULED_POLL_SECONDS = 30;

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

  /** The declared schedules (registered in pg-boss by startSchedules()). */
  declaredSchedules(): readonly { name: string; cron: string }[] {
    return this.schedules;
  }

  /** Starts pg-boss once and creates the queue of every job defined so far (call again after late define()s). */
  async start(): Promise<void> {
    if (!this.started) await this.boss.start();
    for (const name of this.defs.keys()) await this.ensureQueue(name);
    this.started = true;
  }

  private readonly queues = new Set<string>();
  private readonly working = new Set<string>();

  /** Creates the queue once (idempotent in pg-boss), outside any transaction. */
  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.boss.createQueue(name, { name, ...RETRY });
    this.queues.add(name);
  }

  private sendable(name: string): void {
    if (!this.defs.has(name)) throw new Error(`unknown job: ${name}`);
    // Queues are created outside any transaction (on PGlite a query beside the open one deadlocks).
    if (!this.queues.has(name)) throw new Error(`job ${name} has no queue yet: call jobs.start() after defining it`);
  }

  /** Enqueues a job; with `tx`, inside that transaction. */
  async send(tx: Tx | null, name: string, data: object = {}, opts: { startAfter?: number | Date; singletonKey?: string } = {}) {
    this.sendable(name);
    const db = tx ? execAdapter(rawOf(tx)) : undefined;
    return this.boss.send(name, data, { ...RETRY, ...opts, ...(db ? { db: db as never } : {}) });
  }

  /** Enqueues one job per item with one insert, inside `tx`. */
  async sendEach(tx: Tx, name: string, items: readonly object[]): Promise<void> {
    this.sendable(name);
    if (!items.length) return;
    await this.boss.insert(
      items.map((data) => ({ name, data, ...RETRY })),
      { db: execAdapter(rawOf(tx)) as never },
    );
  }

  /**
   * Starts a worker per defined job. Each job of a fetched batch succeeds or
   * fails on its own: a failure is recorded (and retried) for that job only,
   * never for the ones already done beside it. `yieldWhenBusy` (the web role's
   * "serving requests now") makes a backlog wait the polling interval between
   * batches instead of draining at once.
   */
  async work(opts: { yieldWhenBusy?: () => boolean } = {}): Promise<void> {
    for (const [name, def] of this.defs) {
      if (this.working.has(name)) continue;
      this.working.add(name);
      // A job that runs on a schedule (daily digests, checkpoints, vacuum) is looked for every half minute;
      // jobs sent by commands (receipts, mail, recomputes) every second. Every poll is a query, and on
      // PGlite a query holds the process's only thread.
      const scheduled = this.schedules.some((s) => s.name === name);
      const pollingIntervalSeconds = scheduled ? SCHEDULED_POLL_SECONDS : 1;
      const batchSize = def.batchSize ?? 5;
      let workerId = "";
      workerId = await this.boss.work(name, { batchSize, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) {
          const started = Date.now();
          try {
            await def.handler(job.data as never, { id: job.id, name });
            this.log.debug({ job: name, id: job.id, ms: Date.now() - started }, "job done");
          } catch (e) {
            const err = e instanceof Error ? e : new Error(String(e));
            this.log.error({ job: name, id: job.id, err: err.message }, "job failed");
            jobsFailed.labels(name).inc();
            if (jobs.length === 1) throw err;
            // Fails this job (retry or failed); pg-boss then completes only those still active.
            await this.boss.fail(name, job.id, { name: err.name, message: err.message, stack: err.stack });
          }
        }
        // A full batch means more may be waiting: fetch again at once, not after the polling interval
        // (pg-boss waits the interval after every fetch, which would cap a queue at batchSize per second).
        // In a process that also serves the web, a backlog yields to visitors: while requests are being
        // served it is worked one batch per interval (on PGlite the jobs share the only thread).
        if (jobs.length >= batchSize && workerId && !opts.yieldWhenBusy?.()) this.boss.notifyWorker(workerId);
      });
    }
  }

  async startSchedules(): Promise<void> {
    for (const s of this.schedules) {
      await this.ensureQueue(s.name);
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
