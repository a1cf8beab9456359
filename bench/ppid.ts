/**
 * PPID benchmark (issue 3, "Bars"). On PGlite and on PostgreSQL:
 *   1. starts the app once on a fresh data directory / database (migrations,
 *      reference data, demo staff), stops it, and seeds BENCH_REQUESTS
 *      (default 100,000) requests over 2024-01-01 … yesterday across every
 *      OPD and state with bench/ppid-seed.ts (straight SQL, app stopped);
 *      staff sessions (PPID Utama, PPID Pelaksana Dinas Kesehatan, MFA passed)
 *      are created in the same step;
 *   2. starts the app and measures with wrk -t1 -c20 on loopback: the public
 *      register (a fixed URL, served by the page cache, and the same pages with
 *      a unique query string each request, so each one is rendered and
 *      queried), the staff queue (signed in: never cached), each p99 against
 *      100 ms (wrk --timeout 60s, so slow answers count in the latency instead
 *      of vanishing as "timeouts"), each with the median of ten requests sent
 *      one at a time (unique query string: rendered, not queued); then the
 *      annual report for last year (page, XLSX, PDF; four sequential requests
 *      each, the first one in the process shown apart, all against 3 s);
 *   3. fires POST /api/v1/requests from 20 concurrent keep-alive clients for
 *      BENCH_SUBMIT_SECONDS (default 10) and counts 201s per second (target
 *      ≥ 100/s); then prints the database's durability settings, runs the
 *      submissions again, SIGKILLs the server after 3 s, restarts it, and asks
 *      GET /api/v1/requests/{number} (with each tracking secret) for every
 *      number that was acknowledged with a 201: all must be there.
 *
 * The API allows 20 submissions per client address per 10 minutes
 * (src/modules/ppid/api/routes.ts API_LIMIT; no setting). The bench runs the
 * app with TRUST_PROXY=true and gives every submission its own
 * X-Forwarded-For address, as if the app sat behind a reverse proxy with
 * many citizens in front of it: the limit stays on and is not hit.
 *
 * PostgreSQL is started by this bench (not scripts/throwaway-pg.ts, which
 * turns fsync off for the test suite) with the server's durable defaults:
 * fsync on, synchronous_commit on, full_page_writes on.
 *
 * The bench, wrk, the app and PostgreSQL share the machine: the figures are
 * this machine's under its load at the time (printed with the CPU count and
 * load average at the end). A full run takes about 6 minutes.
 *
 *   npm run bench:ppid                    (needs wrk: apt-get install wrk; PostgreSQL 15+ for the PG column)
 *   BENCH_SECONDS=8                       wrk duration per page
 *   BENCH_REQUESTS=100000                 requests seeded
 *   BENCH_SUBMIT_SECONDS=10               submission run
 *   BENCH_PORT=3310                       the app's port (PostgreSQL run: BENCH_PORT + 1)
 *   BENCH_ONLY=pglite|postgres            one database only
 *   BENCH_SETTLE_SECONDS=5                wait after the restart before measuring (start-up jobs)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { createSession } from "../src/modules/accounts/session.ts";
import { openDatabase } from "../src/platform/db/client.ts";
import { users } from "../src/schema.ts";
import { seedPpid } from "./ppid-seed.ts";
import {
  type App,
  appOutput,
  available,
  CONCURRENCY,
  fmtWrk,
  httpGet,
  log,
  pct,
  recount,
  sessionHeader,
  single,
  startApp,
  startDurablePg,
  stopApp,
  submit,
  UNIQUE_LUA,
  waitReady,
  wrk,
  wrkAvailable,
  yesterdayWib,
} from "./ppid-tools.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const SUBMIT_SECONDS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const ONLY = process.env.BENCH_ONLY;
/** The SIGKILL comes after 3 s, and not before 10 submissions were acknowledged (slow machines). */
const KILL_AFTER_MS = 3000;
const KILL_AFTER_ACKS = 10;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_SECONDS ?? 5) * 1000;

type Backend = "PGlite" | "PostgreSQL";
let luaFile = "";
/** metric → backend → figure */
const table = new Map<string, { target: string; values: Partial<Record<Backend, string>> }>();
function put(metric: string, target: string, backend: Backend, value: string) {
  log(`${backend} | ${metric}: ${value}`);
  const row = table.get(metric) ?? { target, values: {} };
  row.values[backend] = value;
  table.set(metric, row);
}
const notes: string[] = [];

/** The app of the measurements under way (to tell a failed request from a crashed server). */
let current: App | null = null;

/** Runs one measurement; a failure is recorded against its metric and the run goes on. */
async function guarded(b: Backend, metric: string, target: string, f: () => Promise<void>) {
  try {
    await f();
  } catch (e) {
    const died = current && (current.child.exitCode !== null || current.child.signalCode !== null);
    put(
      metric,
      target,
      b,
      `failed: ${(e as Error).message}${died ? ` — the app died (${current?.child.exitCode ?? current?.child.signalCode})` : ""} ✗`,
    );
    if (died) throw new Error(`the app died during "${metric}" (its output: ${appOutput.file})`);
  }
}

async function measurePage(b: Backend, metric: string, url: string, opts: { cookie?: string; unique?: boolean } = {}) {
  const target = "p99 < 100 ms @ 20 conn";
  return guarded(b, metric, target, () => measurePageNow(b, metric, url, target, opts));
}

async function measurePageNow(b: Backend, metric: string, url: string, target: string, opts: { cookie?: string; unique?: boolean }) {
  const missing = await available(url, opts.cookie);
  if (missing) {
    put(metric, target, b, `not available yet (${missing})`);
    return;
  }
  // Unique query strings (b=…, s=…) miss the page cache: each such request is rendered.
  const one = await single(url, opts.cookie);
  const r = wrk(url, SECONDS, { cookie: opts.cookie, uniqueLua: opts.unique ? luaFile : undefined });
  put(metric, target, b, `${fmtWrk(r)}; one request alone (rendered) ${one.toFixed(0)} ms ${r.p99 < 100 && r.errors === 0 ? "✓" : "✗"}`);
}

/** Four sequential requests: the first one in this process (cold: fonts, templates), then three more. */
async function timeDownload(b: Backend, metric: string, url: string, cookie: string) {
  const target = "< 3 s";
  return guarded(b, metric, target, () => timeDownloadNow(b, metric, url, cookie, target));
}

async function timeDownloadNow(b: Backend, metric: string, url: string, cookie: string, target: string) {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await httpGet(url, sessionHeader(cookie));
    const bytes = r.bytes;
    if (r.status !== 200) {
      put(metric, target, b, `not available yet (HTTP ${r.status})`);
      return;
    }
    times.push(r.ms);
    if (i === 0) log(`${metric}: ${bytes} bytes`);
  }
  const max = Math.max(...times);
  const warm = Math.max(...times.slice(1));
  const verdict = max < 3000 ? "✓" : warm < 3000 ? "✗ cold, ✓ warm" : "✗";
  const s = (t: number) => (t / 1000).toFixed(2);
  put(metric, target, b, `max ${s(max)} s (first in the process ${s(times[0])} s, then ${times.slice(1).map(s).join(", ")} s) ${verdict}`);
}

// ---------------------------------------------------------------- one backend

interface Target {
  env: Record<string, string>;
  open: () => ReturnType<typeof openDatabase>;
}

async function durabilitySettings(b: Backend, t: Target): Promise<string> {
  const db = await t.open();
  try {
    const show = async (name: string) => String((await db.raw.query(`SHOW ${name}`)).rows[0]?.[name] ?? "?");
    const names = ["fsync", "synchronous_commit", "full_page_writes", "wal_sync_method"];
    const values = [];
    for (const n of names) values.push(`${n}=${await show(n)}`);
    if (b === "PGlite")
      values.push(
        "(PGlite runs its postgres with these values; src/platform/db/client.ts passes no durability option (PGlite.create(dir, { extensions }), no relaxedDurability). Its WASM file system writes each page to DATA_DIR/pg with write() before the commit returns, and has no fsync: a commit survives a killed process, not a power cut or kernel crash)",
      );
    return values.join(", ");
  } finally {
    await db.close();
  }
}

async function runBackend(b: Backend, port: number, t: Target) {
  log(`${b}: first start (migrations, reference data, demo accounts)`);
  let app = startApp(port, t.env);
  const first = await waitReady(app);
  await stopApp(app);
  put("first start on an empty database", "(information)", b, `${(first / 1000).toFixed(1)} s`);

  log(`${b}: seeding ${REQUESTS} requests`);
  const db = await t.open();
  let cookies: { utama: string; dinkes: string };
  let dinkesSlug = "dinas-kesehatan";
  try {
    const seeded = await seedPpid(db.raw, { count: REQUESTS, until: yesterdayWib(), log: (s) => log(`  seed: ${s}`) });
    put(
      `seed ${REQUESTS} requests (SQL, app stopped)`,
      "(aim < 2 min)",
      b,
      `${(seeded.ms / 1000).toFixed(0)} s: ${seeded.events} events, ${seeded.responses} responses`,
    );
    log(`  states: ${JSON.stringify(seeded.byState)}; counters: ${JSON.stringify(seeded.counters)}`);
    const session = async (email: string) => {
      const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!u) throw new Error(`demo account ${email} not found (DEMO_DATA)`);
      return (await createSession(db.db, u.id, { ip: "127.0.0.1", userAgent: "bench", requestId: null }, true)).token;
    };
    cookies = { utama: await session("ppid.utama@lebongkab.go.id"), dinkes: await session("ppid.dinkes@lebongkab.go.id") };
    const slug = (await db.raw.query("SELECT slug FROM units WHERE code = 'DINKES'")).rows[0]?.slug;
    if (slug) dinkesSlug = String(slug);
  } finally {
    await db.close();
  }

  app = startApp(port, t.env);
  current = app;
  const restart = await waitReady(app);
  put(`restart with ${REQUESTS} requests → ready`, "(information)", b, `${(restart / 1000).toFixed(1)} s`);
  // Start-up jobs (reminders, staleness checks) run once after a start: measure the steady state after them.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const base = app.base;
  const year = Number(yesterdayWib().slice(0, 4)) - 1;

  try {
    log(`${b}: pages (wrk -t1 -c${CONCURRENCY} -d${SECONDS}s)`);
    await measurePage(b, "public register /ppid/register (page cache)", `${base}/ppid/register`);
    await measurePage(b, "public register, every request rendered (?b=n)", `${base}/ppid/register`, { unique: true });
    await measurePage(b, `register ?tahun=${year}&opd=dinkes, rendered`, `${base}/ppid/register?tahun=${year}&opd=${dinkesSlug}`, {
      unique: true,
    });
    await measurePage(b, "register search ?q=anggaran, rendered", `${base}/ppid/register?q=anggaran`, { unique: true });
    await measurePage(b, "staff queue /ppid/kelola (PPID Utama, all OPD)", `${base}/ppid/kelola`, { cookie: cookies.utama });
    await measurePage(b, "staff queue ?tenggat=overdue (PPID Utama)", `${base}/ppid/kelola?tenggat=overdue`, { cookie: cookies.utama });
    await measurePage(b, "staff queue (PPID Pelaksana Dinkes)", `${base}/ppid/kelola`, { cookie: cookies.dinkes });

    log(`${b}: annual report ${year}`);
    await timeDownload(
      b,
      `annual report page /ppid/kelola/laporan?tahun=${year}`,
      `${base}/ppid/kelola/laporan?tahun=${year}`,
      cookies.utama,
    );
    await timeDownload(b, `annual report XLSX ${year}`, `${base}/ppid/kelola/laporan/laporan-${year}-tahunan.xlsx`, cookies.utama);
    await timeDownload(b, `annual report PDF ${year}`, `${base}/ppid/kelola/laporan/laporan-${year}-tahunan.pdf`, cookies.utama);

    log(`${b}: submissions, ${SUBMIT_SECONDS} s at ${CONCURRENCY} concurrent`);
    const missing = await available(`${base}/api/openapi.json`);
    if (missing) {
      put("POST /api/v1/requests", "≥ 100 / s", b, `not available yet (${missing})`);
      return;
    }
    const run = await submit(base, SUBMIT_SECONDS);
    const rate = run.acked.length / run.seconds;
    put(
      "POST /api/v1/requests (201 per second)",
      "≥ 100 / s @ 20 clients",
      b,
      `${rate.toFixed(0)} / s (${run.acked.length} in ${run.seconds.toFixed(1)} s; p50 ${pct(run.latencies, 50).toFixed(0)} ms, p99 ${pct(run.latencies, 99).toFixed(0)} ms; ${JSON.stringify(run.statuses)}) ${rate >= 100 ? "✓" : "✗"}`,
    );
  } finally {
    await stopApp(app);
  }

  if (b === "PostgreSQL") {
    // Production on PostgreSQL splits the roles: the receipt PDFs render in a worker process, not in the web process.
    const worker = startApp(port + 10, t.env, "worker,scheduler");
    const web = startApp(port, t.env, "web");
    try {
      await waitReady(web);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const run = await submit(web.base, SUBMIT_SECONDS);
      const rate = run.acked.length / run.seconds;
      put(
        "POST /api/v1/requests, roles split (web | worker,scheduler)",
        "≥ 100 / s @ 20 clients",
        b,
        `${rate.toFixed(0)} / s (${run.acked.length} in ${run.seconds.toFixed(1)} s; p50 ${pct(run.latencies, 50).toFixed(0)} ms, p99 ${pct(run.latencies, 99).toFixed(0)} ms; ${JSON.stringify(run.statuses)}) ${rate >= 100 ? "✓" : "✗"}`,
      );
    } finally {
      await stopApp(web);
      await stopApp(worker);
    }
  }

  // Durability: settings, then submissions with a SIGKILL after 3 s, restart, recount.
  const settings = await durabilitySettings(b, t);
  put("durability settings", "(printed)", b, settings);
  app = startApp(port, t.env);
  await waitReady(app);
  log(`${b}: submissions with SIGKILL after ${KILL_AFTER_MS} ms`);
  const victim = app;
  const run = await submit(app.base, 120, { ms: KILL_AFTER_MS, acks: KILL_AFTER_ACKS, kill: () => victim.child.kill("SIGKILL") });
  await new Promise((r) => (victim.child.exitCode !== null || victim.child.signalCode !== null ? r(null) : victim.child.once("exit", r)));
  app = startApp(port, t.env);
  const back = await waitReady(app);
  try {
    const { found, missing } = await recount(app.base, run.acked);
    const ok = missing.length === 0 && run.acked.length > 0;
    put(
      "SIGKILL mid-run: acknowledged (201) requests found after restart",
      "all",
      b,
      `${found} of ${run.acked.length} (restart ${(back / 1000).toFixed(1)} s; client errors at the kill: ${JSON.stringify(run.statuses)}) ${ok ? "✓" : "✗"}`,
    );
    if (missing.length) notes.push(`${b}: missing after SIGKILL: ${missing.slice(0, 20).join(", ")}`);
  } finally {
    await stopApp(app);
  }
  // Gap-free numbering survived: per year, the counter equals the number of numbered requests.
  const check = await t.open();
  try {
    const rows = (
      await check.raw.query(
        `SELECT c.year, c.last, count(q.seq)::int AS n, max(q.seq) AS max FROM ppid_counters c
         LEFT JOIN ppid_requests q ON q.year = c.year GROUP BY c.year, c.last ORDER BY c.year`,
      )
    ).rows;
    const bad = rows.filter((r) => Number(r.last) !== Number(r.n) || Number(r.max) !== Number(r.n));
    put(
      "numbers gap-free after the kill (counter = count = max per year)",
      "yes",
      b,
      bad.length ? `NO: ${JSON.stringify(bad)} ✗` : `yes (${rows.map((r) => `${r.year}: ${r.last}`).join(", ")}) ✓`,
    );
  } finally {
    await check.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  if (!wrkAvailable()) {
    console.error("wrk is not installed: apt-get install wrk");
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), "sp-bench-ppid-"));
  luaFile = join(work, "unique.lua");
  appOutput.file = join(work, "app.log");
  writeFileSync(luaFile, UNIQUE_LUA);
  const started = Date.now();
  let failed = false;
  const startLoad = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  try {
    if (ONLY !== "postgres") {
      const dataDir = join(work, "pglite");
      await runBackend("PGlite", PORT, { env: { DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) });
    }
    if (ONLY !== "pglite") {
      let pg: Awaited<ReturnType<typeof startDurablePg>> | null = null;
      try {
        pg = await startDurablePg();
      } catch (e) {
        notes.push(`PostgreSQL not measured: ${(e as Error).message}`);
      }
      if (pg) {
        const url = pg.url;
        try {
          await runBackend("PostgreSQL", PORT + 1, {
            env: { DATA_DIR: join(work, "pg-files"), DATABASE_URL: url },
            open: () => openDatabase({ url }),
          });
        } finally {
          pg.stop();
        }
      }
    }
  } catch (e) {
    console.error(e);
    failed = true;
  } finally {
    if (failed && appOutput.file && existsSync(appOutput.file)) {
      console.log(`\nlast lines of the app's output:\n${readFileSync(appOutput.file, "utf8").split("\n").slice(-40).join("\n")}`);
    }
    rmSync(work, { recursive: true, force: true });
  }

  const load = `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} on ${cpus().length} CPUs at the end (at the start: ${startLoad})`;
  const backends: Backend[] = ["PGlite", "PostgreSQL"];
  console.log(
    `\nSatu Pintu PPID benchmark — ${REQUESTS} seeded requests, wrk -t1 -c${CONCURRENCY} -d${SECONDS}s, submissions ${SUBMIT_SECONDS} s at ${CONCURRENCY} clients, ${new Date().toISOString()} (${((Date.now() - started) / 60000).toFixed(1)} min)\n${load}\n`,
  );
  for (const [metric, row] of table) {
    console.log(`${metric}  [target: ${row.target}]`);
    for (const b of backends) if (row.values[b]) console.log(`    ${b.padEnd(11)} ${row.values[b]}`);
  }
  for (const n of notes) console.log(`\nnote: ${n}`);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
