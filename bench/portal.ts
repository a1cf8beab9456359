/**
 * Portal benchmark (issue: platform). Seeds the demo by starting the app on a
 * fresh data directory, then measures on loopback with wrk -t1 -c50:
 *   - the home page and an OPD page, interleaved with a bare node:http server
 *     returning the same bytes (the ceiling on this machine, in the same run);
 *   - first start on an empty data directory and restart on an existing one
 *     (time to the first served page);
 *   - idle resident memory on PGlite and on PostgreSQL.
 * Targets: home ≥ 50% of the bare rate, p99 < 50 ms; restart < 3 s, first
 * start < 15 s; idle RSS < 450 MB (PGlite), < 250 MB (PostgreSQL).
 *
 *   npm run bench            (needs wrk: apt-get install wrk; PostgreSQL for the PG figure)
 *   BENCH_SECONDS=10 npm run bench
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startThrowawayPg } from "../scripts/throwaway-pg.ts";

/** A bare node:http server answering with the app's own bytes: the ceiling on this machine. */
const BARE_SERVER = `
const { createServer } = require("node:http");
const { readFileSync } = require("node:fs");
const [port, homeFile, opdFile] = process.argv.slice(1);
const home = readFileSync(homeFile), opd = readFileSync(opdFile);
createServer((req, res) => {
  const body = req.url === "/opd" ? opd : home;
  res.writeHead(200, { "content-type": "text/html; charset=UTF-8", "content-length": body.length });
  res.end(body);
}).listen(Number(port), "127.0.0.1");
`;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

function wrkAvailable(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (e) {
    return (e as { status?: number }).status === 1; // wrk --version exits 1 after printing
  }
}

interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function toMs(s: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(s);
  if (!m) return Number.NaN;
  const v = Number(m[1]);
  return m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v;
}

function wrk(url: string): WrkResult {
  const out = execFileSync("wrk", ["-t1", "-c50", `-d${SECONDS}s`, "--latency", url], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const errs = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return { rps, p50, p99, errors: (errs ? Number(errs[1]) : 0) + (sock ? sock.slice(1).reduce((n, x) => n + Number(x), 0) : 0) };
}

async function waitFor(url: string, deadlineMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    try {
      const r = await fetch(url);
      if (r.ok) {
        await r.arrayBuffer();
        return Date.now() - started;
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer within ${deadlineMs} ms`);
}

function startApp(port: number, env: Record<string, string>): { child: ChildProcess; started: number } {
  const started = Date.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", DEMO_DATA: "true", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { child, started };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await done;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/** RSS of the process tree (the app and any child processes). */
function treeRssMb(pid: number): number {
  let total = rssMb(pid);
  try {
    const kids = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
    for (const k of kids) total += treeRssMb(Number(k));
  } catch {
    /* no children */
  }
  return total;
}

async function idleRss(pid: number): Promise<number> {
  await new Promise((r) => setTimeout(r, 3000));
  return treeRssMb(pid);
}

async function main() {
  if (!wrkAvailable()) {
    console.error("wrk is not installed: apt-get install wrk");
    process.exit(1);
  }
  const port = 3400 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "sp-bench-"));
  const figures: Record<string, string> = {};

  // First start on an empty data directory (initdb, migrations, seed, demo data).
  let app = startApp(port, { DATA_DIR: dataDir });
  const firstStart = await waitFor(`${base}/`, 60_000);
  figures["first start, empty data directory → first page"] = `${(firstStart / 1000).toFixed(2)} s (target < 15 s)`;
  await stop(app.child);

  // Restart on the existing data directory.
  app = startApp(port, { DATA_DIR: dataDir });
  const restart = await waitFor(`${base}/`, 60_000);
  figures["restart, existing data directory → first page"] = `${(restart / 1000).toFixed(2)} s (target < 3 s)`;

  const home = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer());
  const opdUrl = `${base}/opd/diskominfo-sp`;
  const opd = Buffer.from(await (await fetch(opdUrl)).arrayBuffer());
  // Idle: started, the pages served once, nothing else happening.
  figures["idle RSS on PGlite (after restart, pages served once)"] = `${(await idleRss(app.child.pid!)).toFixed(0)} MB (target < 450 MB)`;
  // The bare server runs in its own process: wrk runs synchronously here and would block it.
  writeFileSync(join(dataDir, "home.html"), home);
  writeFileSync(join(dataDir, "opd.html"), opd);
  const bare = spawn(process.execPath, ["-e", BARE_SERVER, String(port + 1), join(dataDir, "home.html"), join(dataDir, "opd.html")], {
    stdio: "inherit",
  });
  const bareBase = `http://127.0.0.1:${port + 1}`;
  await waitFor(`${bareBase}/`, 10_000);

  const runs: Record<string, WrkResult[]> = { home: [], bareHome: [], opd: [], bareOpd: [] };
  for (let i = 0; i < ROUNDS; i++) {
    runs.home.push(wrk(`${base}/`));
    runs.bareHome.push(wrk(`${bareBase}/`));
    runs.opd.push(wrk(opdUrl));
    runs.bareOpd.push(wrk(`${bareBase}/opd`));
  }
  await stop(bare);
  const best = (rs: WrkResult[]) => rs.reduce((a, b) => (b.rps > a.rps ? b : a));
  const fmt = (r: WrkResult) =>
    `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${r.errors ? `, ${r.errors} errors` : ""}`;
  const h = best(runs.home);
  const bh = best(runs.bareHome);
  const o = best(runs.opd);
  const bo = best(runs.bareOpd);
  figures["home page (app)"] = fmt(h);
  figures["home page (bare node:http, same bytes)"] = fmt(bh);
  figures["home page ratio app/bare"] = `${((h.rps / bh.rps) * 100).toFixed(0)}% (target ≥ 50%, p99 < 50 ms)`;
  figures["OPD page (app)"] = fmt(o);
  figures["OPD page (bare node:http, same bytes)"] = fmt(bo);
  figures["OPD page ratio app/bare"] = `${((o.rps / bo.rps) * 100).toFixed(0)}%`;
  figures["RSS on PGlite after the load runs"] = `${(await idleRss(app.child.pid!)).toFixed(0)} MB (for information)`;
  await stop(app.child);
  rmSync(dataDir, { recursive: true, force: true });

  // Idle memory on PostgreSQL.
  try {
    const pg = await startThrowawayPg();
    const pgDir = mkdtempSync(join(tmpdir(), "sp-bench-pg-"));
    const pgApp = startApp(port, { DATA_DIR: pgDir, DATABASE_URL: pg.url });
    const pgStart = await waitFor(`${base}/`, 60_000);
    figures["first start on PostgreSQL → first page"] = `${(pgStart / 1000).toFixed(2)} s`;
    await fetch(opdUrl);
    figures["idle RSS on PostgreSQL"] = `${(await idleRss(pgApp.child.pid!)).toFixed(0)} MB (target < 250 MB)`;
    await stop(pgApp.child);
    pg.stop();
    rmSync(pgDir, { recursive: true, force: true });
  } catch (e) {
    figures["PostgreSQL figures"] = `not measured: ${(e as Error).message}`;
  }

  console.log(
    `\nSatu Pintu portal benchmark — wrk -t1 -c50 -d${SECONDS}s, best of ${ROUNDS} interleaved rounds, ${new Date().toISOString()}`,
  );
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(50)} ${v}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
