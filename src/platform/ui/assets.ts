import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";

/** Static files served under /assets (the compiled stylesheet lands in public/build). */
export const PUBLIC_DIR = join(ROOT, "public");

const versions = new Map<string, string>();

/**
 * The URL of a static asset with a content fingerprint (`?v=`), so browsers may
 * keep it for a year: a changed file gets a new URL. Computed once per process.
 */
export function assetUrl(path: string): string {
  let v = versions.get(path);
  if (v === undefined) {
    try {
      v = createHash("sha256")
        .update(readFileSync(join(PUBLIC_DIR, path)))
        .digest("hex")
        .slice(0, 12);
    } catch {
      v = "";
    }
    versions.set(path, v);
  }
  return v ? `/assets/${path}?v=${v}` : `/assets/${path}`;
}

/** Forgets fingerprints (after the stylesheet is rebuilt). */
export function resetAssetVersions(): void {
  versions.clear();
}
