import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project root (the folder with package.json), whether running from src/ or from the start bundle. */
function findRoot(start: string): string {
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, "package.json"))) return d;
    if (dirname(d) === d) throw new Error(`package.json not found above ${start}`);
  }
}

export const ROOT = findRoot(import.meta.dirname);
