import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle } from "drizzle-orm/pglite";
import pg from "pg";
import { type Database, MIGRATIONS_DIR, migrateDatabase, openDatabase } from "../src/platform/db/client.ts";
import * as schema from "../src/schema.ts";

/** Which database the suite runs on: TEST_DATABASE_URL (PostgreSQL) or the embedded PGlite. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL;
export const DB_KIND = TEST_PG_URL ? "postgres" : "pglite";

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) if (f.endsWith(".sql")) h.update(readFileSync(join(MIGRATIONS_DIR, f)));
  return h.digest("hex").slice(0, 16);
}

export function templatePath(): string {
  return join(tmpdir(), `satu-pintu-pglite-template-${migrationsHash()}.tar`);
}

/** Makes (once per migration set) a migrated PGlite data directory dump: loading it is 3x faster than initdb. */
export async function ensurePgliteTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const d = await openDatabase({});
  await migrateDatabase(d);
  const blob = await d.pglite!.dumpDataDir("none");
  const tmp = `${path}.${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, path);
  await d.close();
  return path;
}

/** A fresh, empty, migrated database for one test file. */
export async function freshDatabase(): Promise<Database> {
  if (TEST_PG_URL) {
    const name = `sp_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    const d = await openDatabase({ url: url.toString() });
    const close = d.close;
    d.close = async () => {
      await close();
      const a = new pg.Client({ connectionString: TEST_PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await a.end();
    };
    return d;
  }
  const tpl = await ensurePgliteTemplate();
  const pglite = await PGlite.create({
    loadDataDir: new Blob([readFileSync(tpl)]),
    extensions: { pg_trgm, unaccent },
  });
  const db = drizzle(pglite, { schema }) as unknown as Database["db"];
  return {
    kind: "pglite",
    db,
    pglite,
    raw: {
      query: (text, values) => pglite.query(text, values as unknown[]) as never,
      exec: (text) => pglite.exec(text),
    },
    close: () => pglite.close(),
  };
}
