/**
 * Backups of both databases into `${dataDir}/backups`:
 * - PGlite: its own dump of the data directory (`dumpDataDir('gzip')`), taken by
 *   the one process that has it open — the running app (admin page, control
 *   socket) or, when the app is stopped, the CLI holding the lock file;
 * - PostgreSQL: `pg_dump --format=custom`.
 * The file store goes alongside as `<name>.files.tar.gz`. Every backup writes a
 * "backup.created" audit event with the file's SHA-256.
 */
import { createHash } from "node:crypto";
import { chmodSync, createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../config.ts";
import { type AuditActor, appendAudit } from "../audit/chain.ts";
import type { Platform } from "../context.ts";
import { writeFileAtomic } from "../storage/atomic.ts";
import { inTransaction } from "../work.ts";
import { type Database, openDatabase } from "./client.ts";
import { lockHolder } from "./lock.ts";
import { connectionFor, findPgTool, run, tarFiles } from "./pgtools.ts";
import { transaction } from "./tx.ts";

export type BackupKind = "pglite" | "postgres";
export const BACKUP_NAME = /^satu-pintu-\d{8}-\d{6}(-\d{1,3})?\.(dump|pglite\.tar\.gz|files\.tar\.gz)$/;
const EXT: Record<BackupKind, string> = { pglite: ".pglite.tar.gz", postgres: ".dump" };

export interface BackupResult {
  kind: BackupKind;
  name: string;
  file: string;
  size: number;
  sha256: string;
  /** The file store archive beside it, when there were files. */
  filesArchive: string | null;
}

export class AppRunningError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The app (PID ${pid}) has the embedded database in ${dataDir} open.`);
  }
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, "backups");
}

/** YYYYMMDD-HHMMSS in WIB. */
export function stamp(d: Date): string {
  const s = new Date(d.getTime() + 7 * 3_600_000).toISOString();
  return `${s.slice(0, 10).replaceAll("-", "")}-${s.slice(11, 19).replaceAll(":", "")}`;
}

function freshBase(dir: string, kind: BackupKind, now: Date): string {
  const base = `satu-pintu-${stamp(now)}`;
  for (let i = 0; i < 1000; i++) {
    const b = i === 0 ? base : `${base}-${i}`;
    if (!existsSync(join(dir, b + EXT[kind])) && !existsSync(join(dir, `${b}.files.tar.gz`))) return b;
  }
  throw new Error("too many backups in the same second");
}

async function sha256File(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** The connection string behind a PostgreSQL Database. */
export function urlOf(database: Database): string {
  const url = (database.pool as unknown as { options?: { connectionString?: string } })?.options?.connectionString;
  if (!url) throw new Error("no connection string for this PostgreSQL database");
  return url;
}

/** Dumps the database (and tars the file store) without recording anything. */
export async function dumpDatabase(database: Database, dataDir: string, now = new Date()): Promise<BackupResult> {
  const dir = backupsDir(dataDir);
  // Backups hold password hashes, TOTP secrets and personal data: owner only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const kind: BackupKind = database.kind;
  const base = freshBase(dir, kind, now);
  const name = base + EXT[kind];
  const file = join(dir, name);
  if (kind === "pglite") {
    const pglite = database.pglite!;
    await pglite.exec("CHECKPOINT");
    // Runs under PGlite's own query lock: no statement runs while the files are read.
    const blob = await pglite.dumpDataDir("gzip");
    writeFileAtomic(file, new Uint8Array(await blob.arrayBuffer()));
  } else {
    const { url, env } = connectionFor(urlOf(database));
    const tmp = `${file}.tmp`;
    try {
      await run(findPgTool("pg_dump"), ["--format=custom", "--no-password", `--file=${tmp}`, `--dbname=${url}`], { env });
      chmodSync(tmp, 0o600);
      renameSync(tmp, file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
  const filesName = `${base}.files.tar.gz`;
  const tmpFiles = join(dir, `${filesName}.tmp`);
  let filesArchive: string | null = null;
  if (await tarFiles(dataDir, tmpFiles)) {
    chmodSync(tmpFiles, 0o600);
    renameSync(tmpFiles, join(dir, filesName));
    filesArchive = filesName;
  }
  return { kind, name, file, size: statSync(file).size, sha256: await sha256File(file), filesArchive };
}

const auditInput = (r: BackupResult) => ({
  action: "backup.created",
  subjectType: "backup",
  subjectId: r.name,
  after: { file: r.name, kind: r.kind, size: r.size, sha256: r.sha256, filesArchive: r.filesArchive },
});

/** A backup made by the running app (admin page, control socket). */
export async function backupInApp(p: Platform, actor: AuditActor): Promise<BackupResult> {
  const r = await dumpDatabase(p.database, p.config.dataDir);
  await inTransaction(p, actor, (w) => w.audit(auditInput(r)));
  p.log.info({ file: r.file, size: r.size }, "backup created");
  return r;
}

export function hasPgliteData(dataDir: string): boolean {
  return existsSync(join(dataDir, "pg", "PG_VERSION"));
}

/**
 * A backup from the command line. PostgreSQL: any time. PGlite: only when no
 * live process holds the data directory (AppRunningError otherwise: ask the
 * app instead); the CLI then takes the lock itself.
 */
export async function backupOffline(config: Config, actor: AuditActor): Promise<BackupResult> {
  if (!config.DATABASE_URL) {
    const pid = lockHolder(config.dataDir);
    if (pid) throw new AppRunningError(config.dataDir, pid);
    if (!hasPgliteData(config.dataDir)) throw new Error(`There is no database in ${config.dataDir} (DATA_DIR): nothing to back up.`);
  }
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir });
  try {
    const r = await dumpDatabase(database, config.dataDir);
    await transaction(database.db, (tx) => appendAudit(tx, actor, auditInput(r)));
    return r;
  } finally {
    await database.close();
  }
}

export interface BackupInfo {
  name: string;
  size: number;
  modifiedAt: Date;
  kind: BackupKind | "files";
}

/** The backups on disk, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupsDir(dataDir)).filter((n) => BACKUP_NAME.test(n));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const st = statSync(join(backupsDir(dataDir), name));
      const kind: BackupInfo["kind"] = name.endsWith(".dump") ? "postgres" : name.endsWith(".files.tar.gz") ? "files" : "pglite";
      return { name, size: st.size, modifiedAt: st.mtime, kind };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** The path of a backup by its name; null for anything that is not one (no path tricks). */
export function backupFile(dataDir: string, name: string): string | null {
  if (!BACKUP_NAME.test(name)) return null;
  const file = join(backupsDir(dataDir), name);
  return existsSync(file) ? file : null;
}
