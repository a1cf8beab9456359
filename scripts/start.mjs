/**
 * `npm start`: bundles src/ with esbuild (about 0.1 s; dependencies stay in
 * node_modules) and runs it. Starting from the bundle spares the TypeScript
 * loader's work on every import, which takes most of a restart.
 * `npm run dev` runs the sources directly with tsx and restarts on change.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
const dir = join(root, ".cache");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `main-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, "src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: "inline",
  logLevel: "warning",
});
process.setSourceMapsEnabled(true);
try {
  await import(pathToFileURL(outfile).href);
} finally {
  // Loaded: the file is no longer needed (a crash during loading leaves it for inspection).
  rmSync(outfile, { force: true });
}
