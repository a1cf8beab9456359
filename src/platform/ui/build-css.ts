import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import { PUBLIC_DIR, resetAssetVersions } from "./assets.ts";

const STYLES = join(ROOT, "styles");
const OUT = join(PUBLIC_DIR, "build", "app.css");

function newestSource(dir: string): number {
  let newest = 0;
  for (const f of readdirSync(dir)) {
    const s = statSync(join(dir, f));
    newest = Math.max(newest, s.isDirectory() ? newestSource(join(dir, f)) : s.mtimeMs);
  }
  return newest;
}

/** Compiles styles/app.scss (govuk-frontend under our tokens) to public/build/app.css. */
export async function buildStylesheet(): Promise<string> {
  // Loaded only when a build is needed: the compiler is large and start-up should stay fast.
  const sass = await import("sass");
  const result = sass.compile(join(STYLES, "app.scss"), {
    style: "compressed",
    loadPaths: [join(ROOT, "node_modules")],
    quietDeps: true,
    silenceDeprecations: ["import", "global-builtin"] as never,
  });
  mkdirSync(join(PUBLIC_DIR, "build"), { recursive: true });
  writeFileSync(OUT, result.css);
  resetAssetVersions();
  return OUT;
}

/** Builds the stylesheet when it is missing or older than its sources. */
export async function ensureStylesheet(): Promise<void> {
  if (existsSync(OUT) && statSync(OUT).mtimeMs >= newestSource(STYLES)) return;
  await buildStylesheet();
}
