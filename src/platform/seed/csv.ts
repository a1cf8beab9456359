import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "../paths.ts";

export const SEED_DIR = join(ROOT, "db", "seed");

/** Reads a seed CSV from db/seed (UTF-8, header row, RFC 4180) as objects. */
export function readSeedCsv<T extends Record<string, string>>(file: string): T[] {
  return parse(readFileSync(resolve(SEED_DIR, file), "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

/** A short hash of seed files' contents: reference data is reloaded only when it changes. */
export function seedFingerprint(files: string[]): string {
  const h = createHash("sha256");
  for (const f of files)
    h.update(f)
      .update("\0")
      .update(readFileSync(resolve(SEED_DIR, f)));
  return h.digest("hex").slice(0, 16);
}
