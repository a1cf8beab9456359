/**
 * The moving parts of bench/ppid.ts: starting the app and a durable
 * PostgreSQL, running wrk, and the concurrent API submissions with an
 * optional SIGKILL of the server.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgresBinDir } from "../scripts/system-deps.ts";
import { pngBase64, validRequest } from "../test/ppid.ts";

/** Concurrent connections of wrk and concurrent submitting clients. */
export const CONCURRENCY = 20;
export const log = (s: string) => console.log(`[bench:ppid] ${s}`);

// ---------------------------------------------------------------- processes

export function yesterdayWib(): string {
  return new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A private PostgreSQL with the server's durable defaults (fsync, synchronous_commit, full_page_writes on). */
export async function startDurablePg(): Promise<{ url: string; stop(): void }> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql)");
  const dir = mkdtempSync(join(tmpdir(), "sp-bench-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", `${bin}/${cmd}`, ...args], { stdio: "pipe" })
      : execFileSync(`${bin}/${cmd}`, args, { stdio: "pipe" });
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  else chownSync(dir, process.getuid!(), process.getgid!());
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-w", "start"]);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } catch {
        /* already down */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface App {
  child: ChildProcess;
  base: string;
}

/** The app's output (logs at LOG_LEVEL=error, crashes) goes to this file when set. */
export const appOutput: { file: string | null } = { file: null };

export function startApp(port: number, env: Record<string, string>, roles?: string): App {
  const out = appOutput.file ? openSync(appOutput.file, "a") : "ignore";
  const child = spawn(process.execPath, ["scripts/start.mjs", ...(roles ? [`--role=${roles}`] : [])], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
      DEMO_DATA: "true",
      TRUST_PROXY: "true",
      NODE_ENV: "development",
      ...env,
    },
    stdio: ["ignore", out, out],
  });
  if (typeof out === "number") closeSync(out);
  return { child, base: `http://127.0.0.1:${port}` };
}

export async function waitReady(app: App, deadlineMs = 240_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    if (app.child.exitCode !== null) throw new Error(`the app exited with code ${app.child.exitCode} before it answered`);
    try {
      const r = await fetch(`${app.base}/readyz`);
      await r.arrayBuffer();
      if (r.ok) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${app.base} did not answer within ${deadlineMs} ms`);
}

export async function stopApp(app: App, signal: NodeJS.Signals = "SIGTERM") {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const done = new Promise((r) => app.child.once("exit", r));
  app.child.kill(signal);
  await done;
}

// ---------------------------------------------------------------- wrk

export function wrkAvailable(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (e) {
    return (e as { status?: number }).status === 1; // wrk --version exits 1 after printing
  }
}

export interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export function toMs(s: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(s);
  if (!m) return Number.NaN;
  const v = Number(m[1]);
  return m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v;
}

/** Appends b=<n> to every request, so each one misses the page cache. */
export const UNIQUE_LUA = `
local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "b=" .. n)
end
`;

export function wrk(url: string, seconds: number, opts: { cookie?: string; uniqueLua?: string } = {}): WrkResult {
  // --timeout 60s: wrk's default (2 s) drops slower responses from the latency figures as "timeouts".
  const args = ["-t1", `-c${CONCURRENCY}`, `-d${seconds}s`, "--timeout", "60s", "--latency", "-H", "Accept-Encoding: gzip"];
  if (opts.cookie) args.push("-H", `Cookie: sp_sid=${opts.cookie}`);
  if (opts.uniqueLua) args.push("-s", opts.uniqueLua);
  const out = execFileSync("wrk", [...args, url], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const errs = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return { rps, p50, p99, errors: (errs ? Number(errs[1]) : 0) + (sock ? sock.slice(1).reduce((n, x) => n + Number(x), 0) : 0) };
}

export const fmtWrk = (r: WrkResult) =>
  `p99 ${r.p99.toFixed(1)} ms, p50 ${r.p50.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s${r.errors ? `, ${r.errors} errors` : ""}`;

/** 200 and HTML (not a sign-in redirect or a placeholder 404)? */
/**
 * One GET on a new connection (no keep-alive: an idle pooled socket may have
 * been closed by the server between two measurements). Gzip accepted, as a browser does.
 */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      let bytes = 0;
      res.on("data", (d: Buffer) => {
        bytes += d.length;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export const sessionHeader = (cookie?: string): Record<string, string> => (cookie ? { cookie: `sp_sid=${cookie}` } : {});

export async function available(url: string, cookie?: string): Promise<string | null> {
  try {
    const r = await httpGet(url, sessionHeader(cookie));
    return r.status === 200 ? null : `HTTP ${r.status}`;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The median of `n` sequential requests: the time one request takes without queueing. */
export async function single(url: string, cookie: string | undefined, n = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++)
    times.push((await httpGet(`${url}${url.includes("?") ? "&" : "?"}s=${Date.now()}${i}`, sessionHeader(cookie))).ms);
  return pct(times, 50);
}

// ---------------------------------------------------------------- submissions

export const PNG = pngBase64();

export function body(k: number): string {
  return JSON.stringify(
    validRequest({
      name: `Pemohon Bench ${k}`,
      email: `bench.${k}@contoh.id`,
      details: `Salinan laporan realisasi anggaran nomor ${k} Dinas Kesehatan Kabupaten Lebong tahun 2026.`,
      identityDocument: { filename: "ktp.png", contentBase64: PNG },
    }),
  );
}

export interface Acked {
  number: string;
  secret: string;
}

export interface SubmitRun {
  acked: Acked[];
  seconds: number;
  statuses: Record<string, number>;
  latencies: number[];
}

let addressSeq = 0;
/** A distinct client address per submission (behind TRUST_PROXY; see the header comment). */
export const nextAddress = () => {
  const k = ++addressSeq;
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
};

/** 20 workers posting until `seconds` pass (or, with killAt, until the server is gone). */
export async function submit(base: string, seconds: number, killAt?: { ms: number; acks: number; kill: () => void }): Promise<SubmitRun> {
  const acked: Acked[] = [];
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  let killedAt = 0;
  if (killAt)
    timer = setInterval(() => {
      if (killed || performance.now() - started < killAt.ms || acked.length < killAt.acks) return;
      killed = true;
      killedAt = performance.now() - started;
      log(`SIGKILL at ${(killedAt / 1000).toFixed(1)} s, ${acked.length} acknowledged so far`);
      killAt.kill();
    }, 20);
  let lastAck = started;
  const worker = async () => {
    while (performance.now() < deadline && !killed) {
      const k = ++addressSeq;
      const t0 = performance.now();
      try {
        const r = await fetch(`${base}/api/v1/requests`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": nextAddress() },
          body: body(k),
        });
        const text = await r.text();
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 201) {
          const j = JSON.parse(text) as { number: string; trackingSecret: string };
          acked.push({ number: j.number, secret: j.trackingSecret });
          latencies.push(performance.now() - t0);
          lastAck = performance.now();
        } else if (statuses[r.status] === 1) {
          log(`POST /api/v1/requests → ${r.status}: ${text.slice(0, 300)}`);
        }
      } catch (e) {
        const code = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
        statuses[code] = (statuses[code] ?? 0) + 1;
        if (killed) return;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (timer) clearInterval(timer);
  const seconds2 = ((killAt ? lastAck : performance.now()) - started) / 1000;
  return { acked, seconds: seconds2, statuses, latencies };
}

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Asks the restarted app for each acknowledged request with its secret. */
export async function recount(base: string, acked: Acked[]): Promise<{ found: number; missing: string[] }> {
  const missing: string[] = [];
  let found = 0;
  for (let i = 0; i < acked.length; i += CONCURRENCY) {
    await Promise.all(
      acked.slice(i, i + CONCURRENCY).map(async (a) => {
        const r = await httpGet(`${base}/api/v1/requests/${a.number}`, { "x-tracking-secret": a.secret });
        if (r.status === 200) found++;
        else missing.push(`${a.number} (HTTP ${r.status})`);
      }),
    );
  }
  return { found, missing };
}
