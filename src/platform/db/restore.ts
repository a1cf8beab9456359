/**
 * `npm run restore <file>`. The file is checked before anything changes; a bad
 * file changes nothing. PGlite: refused while the app holds the data directory;
 * the current `pg` folder is kept as `pg.before-restore-<time>`. PostgreSQL:
 * pg_restore --clean --if-exists --no-owner in one transaction (stop the app's
 * processes first). Afterwards a "backup.restored" audit event continues the
 * restored chain, and exported heads the restored chain no longer has are moved
 * aside (named in that event), since the events after the backup are gone.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { eq } from "drizzle-orm";
import pg from "pg";
import type { Config } from "../../config.ts";
import { type AuditActor, appendAudit } from "../audit/chain.ts";
import { exportDir, readExports } from "../audit/checkpoint.ts";
import { auditEvents, auditHead } from "../audit/schema.ts";
import { AppRunningError, stamp } from "./backup.ts";
import { APP_CONNECTION_NAME, type Database, type Executor, openDatabase } from "./client.ts";
import { acquireDataDirLock, lockHolder } from "./lock.ts";
import { connectionFor, findPgTool, run, untarFiles } from "./pgtools.ts";
import { transaction } from "./tx.ts";

export class RestoreError extends Error {}

export interface RestoreResult {
  kind: "pglite" | "postgres";
  file: string;
  headSeq: number;
  /** Where the previous PGlite data went. */
  keptAs: string | null;
  filesRestored: boolean;
  supersededExports: string[];
}

function head(file: string, n: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const b = Buffer.alloc(n);
    const read = readSync(fd, b, 0, n, 0);
    return b.subarray(0, read);
  } catch {
    throw new RestoreError(`Cannot read ${file}.`);
  } finally {
    closeSync(fd);
  }
}

export function backupKindOf(file: string): "pglite" | "postgres" | null {
  const b = head(file, 512);
  if (b.subarray(0, 5).toString("latin1") === "PGDMP") return "postgres";
  if (b[0] === 0x1f && b[1] === 0x8b) return "pglite"; // gzip (dumpDataDir('gzip'))
  if (b.length >= 262 && b.subarray(257, 262).toString("latin1") === "ustar") return "pglite"; // plain tar
  return null;
}

const EXTENSIONS = { pg_trgm, unaccent };

/** Opens the dump in memory to prove it is a Satu Pintu database; returns its chain head. */
async function checkPgliteDump(blob: Blob): Promise<number> {
  let pg: PGlite | undefined;
  try {
    pg = await PGlite.create({ loadDataDir: blob, extensions: EXTENSIONS });
    const r = await pg.query<{ seq: string | number }>("SELECT seq FROM audit_head WHERE id = 1");
    if (!r.rows[0]) throw new Error("no audit head");
    return Number(r.rows[0].seq);
  } catch (e) {
    throw new RestoreError(
      `The file is not a usable Satu Pintu PGlite backup (${(e as Error).message.slice(0, 200)}). Nothing was changed.`,
    );
  } finally {
    await pg?.close().catch(() => {});
  }
}

async function headSeq(db: Executor): Promise<number> {
  const [h] = await db.select({ seq: auditHead.seq }).from(auditHead).where(eq(auditHead.id, 1));
  return h?.seq ?? 0;
}

/** Moves exported heads that name events the restored chain does not have into a sub-folder. */
async function supersedeExports(db: Executor, dataDir: string, when: string): Promise<string[]> {
  const dir = exportDir(dataDir);
  const moved: string[] = [];
  for (const { file, head: h } of readExports(dir)) {
    if (!h) continue;
    const [e] = await db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, h.seq));
    const matches = h.seq === 0 || e?.hash === h.hash;
    if (matches) continue;
    const aside = join(dir, `before-restore-${when}`);
    mkdirSync(aside, { recursive: true });
    renameSync(file, join(aside, basename(file)));
    moved.push(basename(file));
  }
  return moved;
}

async function finish(
  database: Database,
  config: Config,
  actor: AuditActor,
  r: Omit<RestoreResult, "headSeq" | "supersededExports">,
  when: string,
) {
  const supersededExports = await supersedeExports(database.db, config.dataDir, when);
  await transaction(database.db, (tx) =>
    appendAudit(tx, actor, {
      action: "backup.restored",
      subjectType: "backup",
      subjectId: basename(r.file),
      after: {
        file: basename(r.file),
        kind: r.kind,
        keptAs: r.keptAs ? basename(r.keptAs) : null,
        filesRestored: r.filesRestored,
        supersededExports,
      },
    }),
  );
  return { ...r, headSeq: await headSeq(database.db), supersededExports };
}

/** The file store archive that belongs to a backup (same base name), if any. */
function filesArchiveOf(file: string): string | null {
  const base = basename(file).replace(/\.(dump|pglite\.tar\.gz|tar\.gz|tar)$/, "");
  const f = join(dirname(file), `${base}.files.tar.gz`);
  return existsSync(f) ? f : null;
}

/**
 * Replaces the whole database in ONE transaction: drop every schema of ours,
 * then the dump as SQL (pg_restore --no-owner to a script, run by psql
 * --single-transaction). pg_restore --clean cannot drop pg-boss's partitioned
 * tables (inherited constraints), and a failure half-way must change nothing.
 */
async function replacePostgres(url: string, env: NodeJS.ProcessEnv, pgRestore: string, file: string, dataDir: string) {
  const dir = join(dataDir, "backups");
  mkdirSync(dir, { recursive: true });
  const tag = randomBytes(6).toString("hex");
  const script = join(dir, `.restore-${tag}.sql`);
  const pre = join(dir, `.restore-${tag}-pre.sql`);
  try {
    await run(pgRestore, ["--no-owner", `--file=${script}`, file], { env });
    chmodSync(script, 0o600);
    const psql = findPgTool("psql");
    const schemas = (
      await run(
        psql,
        [
          "--no-psqlrc",
          "-At",
          "-d",
          url,
          "-c",
          "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
        ],
        { env },
      )
    )
      .split("\n")
      .filter(Boolean);
    const createsPublic = /^CREATE SCHEMA public;/m.test(readFileSync(script, "utf8"));
    writeFileSync(
      pre,
      `${schemas.map((s) => `DROP SCHEMA IF EXISTS "${s.replaceAll('"', '""')}" CASCADE;`).join("\n")}\n${createsPublic ? "" : "CREATE SCHEMA IF NOT EXISTS public;\n"}`,
      { mode: 0o600 },
    );
    await run(psql, ["--no-psqlrc", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", url, "-f", pre, "-f", script], { env });
  } catch (e) {
    throw new RestoreError(`The restore failed; it ran in one transaction, so nothing was changed. ${(e as Error).message}`);
  } finally {
    rmSync(script, { force: true });
    rmSync(pre, { force: true });
  }
}

export async function restoreBackup(config: Config, fileArg: string, actor: AuditActor): Promise<RestoreResult> {
  const file = resolve(fileArg);
  if (!config.DATABASE_URL) {
    const pid = lockHolder(config.dataDir);
    if (pid) throw new AppRunningError(config.dataDir, pid);
  }
  if (!existsSync(file)) throw new RestoreError(`${file} does not exist. Nothing was changed.`);
  const kind = backupKindOf(file);
  const want = config.DATABASE_URL ? "postgres" : "pglite";
  if (!kind)
    throw new RestoreError(
      `${file} is not a Satu Pintu backup (neither a pg_dump custom archive nor a PGlite data-directory dump). Nothing was changed.`,
    );
  if (kind !== want) {
    throw new RestoreError(
      kind === "postgres"
        ? `${file} is a PostgreSQL dump, but DATABASE_URL is not set (the embedded database is in use). Nothing was changed.`
        : `${file} is a PGlite dump, but DATABASE_URL points to PostgreSQL. Nothing was changed.`,
    );
  }
  if (config.DATABASE_URL) await refuseWhileAppConnected(config.DATABASE_URL);
  const when = stamp(new Date());
  const files = filesArchiveOf(file);
  if (kind === "postgres") {
    const { url, env } = connectionFor(config.DATABASE_URL!);
    const tool = findPgTool("pg_restore");
    try {
      await run(tool, ["--list", file], { env });
    } catch (e) {
      throw new RestoreError(`${file} cannot be read by pg_restore (${(e as Error).message}). Nothing was changed.`);
    }
    await replacePostgres(url, env, tool, file, config.dataDir);
    if (files) await untarFiles(files, config.dataDir);
    const database = await openDatabase({ url: config.DATABASE_URL });
    try {
      return await finish(database, config, actor, { kind, file, keptAs: null, filesRestored: Boolean(files) }, when);
    } finally {
      await database.close();
    }
  }

  const pid = lockHolder(config.dataDir);
  if (pid) throw new AppRunningError(config.dataDir, pid);
  const blob = new Blob([readFileSync(file)]);
  await checkPgliteDump(blob);
  const release = acquireDataDirLock(config.dataDir);
  try {
    const pgDir = join(config.dataDir, "pg");
    const keptAs = existsSync(pgDir) ? join(config.dataDir, `pg.before-restore-${when}`) : null;
    if (keptAs) renameSync(pgDir, keptAs);
    try {
      const pg = await PGlite.create(pgDir, { loadDataDir: blob, extensions: EXTENSIONS });
      await pg.close();
    } catch (e) {
      rmSync(pgDir, { recursive: true, force: true });
      if (keptAs) renameSync(keptAs, pgDir);
      throw new RestoreError(`Loading the backup failed; the previous database was put back. ${(e as Error).message}`);
    }
    if (files) await untarFiles(files, config.dataDir);
    // Still under this process's lock.
    const database = await openDatabase({ dataDir: config.dataDir, noLock: true });
    try {
      return await finish(database, config, actor, { kind, file, keptAs, filesRestored: Boolean(files) }, when);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** A PostgreSQL restore drops and recreates every schema: never under a running app. */
async function refuseWhileAppConnected(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()",
      [APP_CONNECTION_NAME],
    );
    if (rows[0].n > 0) {
      throw new RestoreError(
        `Satu Pintu is connected to this database (${rows[0].n} connections): stop every app process (web, worker, scheduler) before a restore. Nothing was changed.`,
      );
    }
  } finally {
    await client.end();
  }
}
