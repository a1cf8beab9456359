/**
 * Lighthouse (mobile, the default profile) on the home page with Debian's
 * Chromium: starts the app on a fresh data directory, runs Lighthouse RUNS
 * times and prints each run and the median of each category.
 * Target (platform issue): 95 or more in every category.
 *
 *   npm run bench:lighthouse            (CHROME_PATH defaults to /usr/bin/chromium)
 *   RUNS=5 PAGE=/opd npm run bench:lighthouse
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.RUNS ?? 3);
const PAGE = process.env.PAGE ?? "/";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  const port = 3600 + Math.floor(Math.random() * 200);
  const dataDir = mkdtempSync(join(tmpdir(), "sp-lh-"));
  const app: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}${PAGE}`;
  try {
    await waitFor(url);
    const scores: Record<string, number[]> = {};
    for (let i = 0; i < RUNS; i++) {
      const out = join(dataDir, `lh-${i}.json`);
      // Not a project dependency: one of its dependencies asks for a dist-tag ("latest"), which breaks npm ci.
      execFileSync(
        "npx",
        ["--yes", "lighthouse@12.8.2", url, `--chrome-flags=${FLAGS}`, "--output=json", `--output-path=${out}`, "--quiet"],
        {
          env: { ...process.env, CHROME_PATH: CHROME },
          stdio: ["ignore", "ignore", "inherit"],
        },
      );
      const r = JSON.parse(readFileSync(out, "utf8"));
      const line = Object.values(r.categories as Record<string, { id: string; score: number }>).map((c) => {
        scores[c.id] ??= [];
        scores[c.id].push(Math.round(c.score * 100));
        return `${c.id} ${Math.round(c.score * 100)}`;
      });
      console.log(
        `run ${i + 1}: ${line.join(", ")} (TBT ${Math.round(r.audits["total-blocking-time"].numericValue)} ms, benchmark index ${Math.round(r.environment.benchmarkIndex)})`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`\nLighthouse mobile on ${PAGE}, median of ${RUNS} (target ≥ 95 each):`);
    for (const [k, v] of Object.entries(scores)) console.log(`  ${k.padEnd(16)} ${median(v)}`);
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
