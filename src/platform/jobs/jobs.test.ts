import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { queueStatus, recentFailures } from "./status.ts";

let t: TestPlatform;
const recorded: number[] = [];
const many: number[] = [];

beforeAll(async () => {
  t = await createTestPlatform();
  t.p.jobs.define<{ n: number }>("test.record", async (data) => {
    recorded.push(data.n);
  });
  t.p.jobs.define<{ n: number }>("test.many", async (data) => {
    many.push(data.n);
  });
  t.p.jobs.define<{ n: number }>("test.fail", async (data) => {
    if (data.n > 0) throw new Error(`gagal nomor ${data.n}`);
  });
  await t.p.jobs.start(); // creates the queues of the jobs defined late
});
afterAll(() => t.close());

async function jobsNamed(name: string) {
  const r = await t.p.database.raw.query("SELECT id, state::text AS state, data FROM pgboss.job WHERE name = $1", [name]);
  return r.rows as { id: string; state: string; data: { n: number } }[];
}

/** Polls until the condition holds, at most `ms`. */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`jobs on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("a job sent inside a committed transaction exists and a worker runs it; one sent in a rolled-back transaction is lost", async () => {
    await inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
      await w.send("test.record", { n: 1 });
      await w.audit({ action: "test.sent", subjectType: "test" });
    });
    await expect(
      inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
        await w.send("test.record", { n: 2 });
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    const jobs = await jobsNamed("test.record");
    expect(jobs.map((j) => j.data.n)).toEqual([1]);

    await t.p.jobs.work();
    const done = await until(
      () => jobsNamed("test.record"),
      (js) => js.every((j) => j.state === "completed"),
    );
    expect(done.map((j) => j.state)).toEqual(["completed"]);
    expect(recorded).toEqual([1]);
  });

  it("refuses a job without a definition, and reports failures with their error on the status page data", async () => {
    await expect(inTransaction(t.p, SYSTEM_ACTOR, (w) => w.send("tidak.ada"))).rejects.toThrow("unknown job");
    await t.p.jobs.boss.send("test.fail", { n: 7 }, { retryLimit: 0 });
    await t.p.jobs.boss.send("test.fail", { n: 0 }, { retryLimit: 0 });
    await until(
      () => jobsNamed("test.fail"),
      (js) => js.length === 2 && js.every((j) => j.state === "failed" || j.state === "completed"),
    );
    const failures = await recentFailures(t.p.database.raw);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ name: "test.fail", state: "failed", error: "gagal nomor 7" });
    const status = await queueStatus(t.p.database.raw);
    const fail = status.find((q) => q.name === "test.fail")!;
    expect(fail.counts.failed).toBe(1);
    expect(fail.counts.completed).toBe(1);
    expect(status.find((q) => q.name === "test.record")!.counts.completed).toBe(1);
    expect(status.some((q) => q.name.startsWith("__pgboss"))).toBe(false);
  });

  it("sendEach enqueues many jobs with one insert, and a worker takes full batches one after another, not one batch a second", async () => {
    const n = 23;
    await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      w.sendEach(
        "test.many",
        Array.from({ length: n }, (_, i) => ({ n: i })),
      ),
    );
    const started = Date.now();
    const done = await until(
      () => jobsNamed("test.many"),
      (js) => js.length === n && js.every((j) => j.state === "completed"),
    );
    const took = Date.now() - started;
    expect(done.map((j) => j.data.n).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect([...many].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    // Five batches of five at most: with a wait of the 1 s polling interval after each, at least 4 s.
    expect(took).toBeLessThan(3500);
  });

  it("in a process busy serving the web, a backlog waits the polling interval between batches, and drains once it is quiet", async () => {
    let busy = true;
    const done: number[] = [];
    t.p.jobs.define<{ n: number }>("test.yield", async (data) => {
      done.push(data.n);
    });
    await t.p.jobs.start();
    await t.p.jobs.work({ yieldWhenBusy: () => busy });
    await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      w.sendEach(
        "test.yield",
        Array.from({ length: 30 }, (_, i) => ({ n: i })),
      ),
    );
    // The first batch is taken; while busy, the next waits the polling interval (a second), so the
    // backlog is far from drained half a second later (drained, the 30 take a fraction of that).
    await until(
      async () => done.length,
      (n) => n >= 5,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(done.length).toBeLessThanOrEqual(10);
    busy = false;
    await until(
      async () => done.length,
      (n) => n === 30,
    );
    expect(done.length).toBe(30);
  });

  it("registers the declared schedules in pg-boss, in Asia/Jakarta time", async () => {
    t.p.jobs.schedule("test.record", "30 1 * * *", { n: 9 });
    await t.p.jobs.startSchedules();
    const schedules = await t.p.jobs.boss.getSchedules();
    expect(schedules.find((s) => s.name === "test.record")).toMatchObject({ cron: "30 1 * * *", timezone: "Asia/Jakarta", data: { n: 9 } });
    expect(schedules.find((s) => s.name === "audit.checkpoint")).toMatchObject({ cron: "5 0 * * *", timezone: "Asia/Jakarta" });
    const status = await queueStatus(t.p.database.raw);
    expect(status.find((q) => q.name === "test.record")!.schedule).toEqual({ cron: "30 1 * * *", timezone: "Asia/Jakarta" });
  });
});
