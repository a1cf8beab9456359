import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../../schema.ts";
import { ROOT } from "../paths.ts";
import { acquireDataDirLock } from "./lock.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

/** The minimal raw client pg-boss and a few raw statements need. */
export interface RawClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>;
  exec(text: string): Promise<unknown>;
}

export interface Database {
  kind: "pglite" | "postgres";
  db: Db;
  /** A raw client outside any transaction (pool or the PGlite handle). */
  raw: RawClient;
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = join(ROOT, "db", "migrations");

/** application_name of the app's PostgreSQL connections. */
export const APP_CONNECTION_NAME = "satu-pintu";

export interface OpenOptions {
  /** postgres:// URL; when absent, the embedded database. */
  url?: string;
  /** Data directory of the embedded database; absent means in memory. */
  dataDir?: string;
  /** Skip the PID lock file (tests with an in-memory database). */
  noLock?: boolean;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    // The application name lets a restore see whether the app is connected.
    const pool = new pg.Pool({ connectionString: opts.url, max: 10, application_name: APP_CONNECTION_NAME });
    pool.on("error", () => {}); // idle client errors are reported on the next query
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: "postgres",
      db,
      pool,
      raw: {
        query: (text, values) => pool.query(text, values as unknown[]),
        exec: (text) => pool.query(text),
      },
      close: () => pool.end(),
    };
  }
  let release = () => {};
  let dir: string | undefined;
  if (opts.dataDir) {
    if (!opts.noLock) release = acquireDataDirLock(opts.dataDir);
    dir = join(opts.dataDir, "pg");
  }
  try {
    const pglite = await PGlite.create(dir ?? "memory://", { extensions: { pg_trgm, unaccent } });
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      pglite,
      raw: {
        query: (text, values) => pglite.query(text, values as unknown[]) as never,
        exec: (text) => pglite.exec(text),
      },
      close: async () => {
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    // One migrator at a time across processes.
    const client = await database.pool!.connect();
    try {
      await client.query("SELECT pg_advisory_lock(727001)");
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query("SELECT pg_advisory_unlock(727001)").catch(() => {});
      client.release();
    }
  }
}

/** The driver client underneath a Drizzle transaction (PGlite Transaction or pg PoolClient). */
export function rawOf(tx: Tx): RawClient {
  const client = (tx as unknown as { session: { client: Partial<RawClient> & Pick<RawClient, "query"> } }).session.client;
  return {
    query: (text, values) => client.query(text, values),
    exec: (text) => (client.exec ? client.exec(text) : client.query(text)),
  };
}

/** Runs raw SQL and returns its rows, on either driver. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}
