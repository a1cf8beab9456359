/**
 * `npm test`: the whole suite. Installs missing system packages (as root on
 * Debian/Ubuntu), starts a throwaway PostgreSQL, runs vitest on PGlite and on
 * PostgreSQL, then the Playwright journeys in Debian chromium, stops the
 * database, and ends with one line summing every suite: `N passed, N failed`.
 *
 *   npm test                 everything
 *   npm test -- --only=unit  vitest on PGlite only (also: pg, e2e; comma-separated)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath, ensureSystemDeps, postgresBinDir } from "./system-deps.ts";
import { startThrowawayPg, type ThrowawayPg } from "./throwaway-pg.ts";

type Suite = "unit" | "pg" | "e2e";
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",") as Suite[] | undefined;
const want = (s: Suite) => !only || only.includes(s);

interface Counts {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}

const out = mkdtempSync(join(tmpdir(), "sp-test-results-"));
const results: Counts[] = [];

function runVitest(name: string, env: Record<string, string>): Counts {
  const file = join(out, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const r = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], {
    stdio: "inherit",
    env: { ...process.env, ...env, TZ: "UTC" },
  });
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0, ok: false };
  const j = JSON.parse(readFileSync(file, "utf8"));
  // A file that fails to load counts as a failure even when no test inside it ran.
  const brokenFiles = (j.testResults ?? []).filter(
    (f: { status: string; assertionResults: unknown[] }) => f.status === "failed" && f.assertionResults.length === 0,
  ).length;
  return {
    name,
    passed: j.numPassedTests,
    failed: j.numFailedTests + brokenFiles,
    skipped: j.numPendingTests + j.numTodoTests,
    ok: r.status === 0,
  };
}

function runPlaywright(env: Record<string, string>): Counts {
  const file = join(out, "e2e.json");
  console.log("\n=== e2e (Playwright, Debian chromium) ===");
  const r = spawnSync("npx", ["playwright", "test", "--reporter=list,json"], {
    stdio: "inherit",
    env: { ...process.env, ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  if (!existsSync(file)) return { name: "e2e", passed: 0, failed: 1, skipped: 0, ok: false };
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return {
    name: "e2e",
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + (s.flaky ?? 0),
    skipped: s.skipped ?? 0,
    ok: r.status === 0,
  };
}

let pg: ThrowawayPg | null = null;
const cleanup = () => {
  pg?.stop();
  rmSync(out, { recursive: true, force: true });
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

try {
  ensureSystemDeps();
  console.log(`PostgreSQL: ${postgresBinDir()}  Chromium: ${chromiumPath()}`);
  if (want("unit")) results.push(runVitest("vitest on PGlite", {}));
  if (want("pg")) {
    pg = await startThrowawayPg();
    console.log(`Throwaway PostgreSQL at ${pg.url}`);
    results.push(runVitest("vitest on PostgreSQL", { TEST_DATABASE_URL: pg.url }));
    pg.stop();
    pg = null;
  }
  if (want("e2e")) results.push(runPlaywright({ CHROME_PATH: chromiumPath() ?? "" }));
} catch (e) {
  console.error((e as Error).message);
  results.push({ name: "setup", passed: 0, failed: 1, skipped: 0, ok: false });
} finally {
  cleanup();
}

console.log("\n=== summary ===");
for (const r of results)
  console.log(
    `${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}${r.ok ? "" : " (suite failed)"}`,
  );
const passed = results.reduce((n, r) => n + r.passed, 0);
let failed = results.reduce((n, r) => n + r.failed, 0);
if (failed === 0 && results.some((r) => !r.ok)) failed = 1;
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
