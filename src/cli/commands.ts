/**
 * The command-line tasks as importable functions (tests run them in-process);
 * src/cli/backup.ts, restore.ts and audit-verify.ts are thin wrappers.
 * Exit codes: 0 done / chain intact, 1 failed / chain broken, 2 refused or misused.
 */
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import type { AuditActor } from "../platform/audit/chain.ts";
import { verifyWithEvidence } from "../platform/audit/export.ts";
import type { VerifyResult } from "../platform/audit/verify.ts";
import { ControlUnavailable, callControl } from "../platform/control/client.ts";
import { loadSigningKey, type SigningKey } from "../platform/crypto/keys.ts";
import { AppRunningError, type BackupResult, backupOffline, hasPgliteData } from "../platform/db/backup.ts";
import { openDatabase } from "../platform/db/client.ts";
import { DataDirLockedError, lockHolder } from "../platform/db/lock.ts";
import { restoreBackup } from "../platform/db/restore.ts";

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The configuration, or null (after printing why) when the environment is invalid. */
export function cliConfig(io: Io = consoleIo): Config | null {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.err(e.message);
    return null;
  }
}

export const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

export function cliActor(): AuditActor {
  let who = "operator";
  try {
    who = userInfo().username;
  } catch {
    /* no passwd entry */
  }
  return { id: null, name: `cli (${who})`, role: "system", userAgent: "satu-pintu-cli" };
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

function printBackup(io: Io, r: BackupResult, where: string) {
  io.out(`Backup written (${where}): ${r.file}`);
  io.out(`  ${r.kind === "pglite" ? "PGlite data-directory dump" : "pg_dump custom archive"}, ${mb(r.size)}, SHA-256 ${r.sha256}`);
  if (r.filesArchive) io.out(`  File store: ${join(r.file, "..", r.filesArchive)}`);
  else io.out("  File store: no files yet (nothing to archive)");
  io.out(`  Restore with: npm run restore ${r.file}`);
}

function runningMessage(dataDir: string, pid: number, what: string): string {
  return [
    `The app (PID ${pid}) is running and has the embedded database in ${dataDir} open.`,
    "Only one process may open it, so this command will not open it a second time.",
    `${what}`,
  ].join("\n");
}

/** `npm run backup` */
export async function backupCommand(config: Config, io: Io = consoleIo): Promise<number> {
  try {
    printBackup(io, await backupOffline(config, cliActor()), config.DATABASE_URL ? "pg_dump" : "embedded database, app stopped");
    return 0;
  } catch (e) {
    const pid = e instanceof AppRunningError ? e.pid : e instanceof DataDirLockedError ? e.pid : null;
    if (pid === null) {
      io.err(`Backup failed: ${(e as Error).message}`);
      return 1;
    }
    try {
      printBackup(io, await callControl<BackupResult>(config.dataDir, "/backup"), `made by the running app, PID ${pid}`);
      return 0;
    } catch (c) {
      if (!(c instanceof ControlUnavailable)) {
        io.err(`The running app could not make the backup: ${(c as Error).message}`);
        return 1;
      }
      io.err(
        runningMessage(
          config.dataDir,
          pid,
          "Make the backup inside the app instead: sign in as an admin, open /admin/cadangan and press “Buat cadangan sekarang”. Or stop the app and run `npm run backup` again.",
        ),
      );
      return 2;
    }
  }
}

/** `npm run restore <file>` */
export async function restoreCommand(config: Config, file: string | undefined, io: Io = consoleIo): Promise<number> {
  if (!file) {
    io.err("Usage: npm run restore <backup file>   (files are in DATA_DIR/backups)");
    return 2;
  }
  try {
    const r = await restoreBackup(config, file, cliActor());
    io.out(
      `Restored ${r.file} into the ${r.kind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL database (DATABASE_URL)"}.`,
    );
    if (r.keptAs) io.out(`  The previous database is kept in ${r.keptAs} (delete it when you no longer need it).`);
    io.out(`  Audit chain head after restore: event ${r.headSeq} (a "backup.restored" event records the restore).`);
    if (r.filesRestored) io.out("  The file store archive beside the backup was merged into files/.");
    if (r.supersededExports.length) io.out(`  Exported heads newer than the backup were moved aside: ${r.supersededExports.join(", ")}`);
    return 0;
  } catch (e) {
    if (e instanceof AppRunningError || e instanceof DataDirLockedError) {
      io.err(runningMessage(config.dataDir, e.pid, "Stop the app first: a restore replaces the database under it. Nothing was changed."));
      return 2;
    }
    io.err(`Restore failed: ${(e as Error).message}`);
    return 1;
  }
}

/** The app's signing key, read only (never created here). */
function readKey(config: Config): SigningKey | undefined {
  if (config.SIGNING_KEY) return loadSigningKey({ envKey: config.SIGNING_KEY });
  const file = join(config.dataDir, "keys", "signing-ed25519.pem");
  return existsSync(file) ? loadSigningKey({ file }) : undefined;
}

function printVerify(io: Io, r: VerifyResult): number {
  if (r.ok) {
    io.out(
      `Audit chain intact: ${r.checked} events up to event ${r.headSeq}; ${r.checkpointsChecked} signed checkpoints and ${r.exportsChecked} exported heads match.`,
    );
    return 0;
  }
  io.err(`Audit chain BROKEN: first broken link at event ${r.brokenAt} — ${r.problem}`);
  if (r.evidence) io.err(`  caught by: ${r.evidence}`);
  return 1;
}

/** `npm run audit:verify [exported-head.json …]` */
export async function auditVerifyCommand(config: Config, exportFiles: string[] = [], io: Io = consoleIo): Promise<number> {
  const files = exportFiles.length ? exportFiles : undefined;
  try {
    if (!config.DATABASE_URL) {
      const pid = lockHolder(config.dataDir);
      if (pid) {
        if (files) {
          io.err(
            runningMessage(
              config.dataDir,
              pid,
              "Copy the files into DATA_DIR/audit-exports and run again (the app checks that folder), or use /audit/verifikasi.",
            ),
          );
          return 2;
        }
        try {
          return printVerify(io, await callControl<VerifyResult>(config.dataDir, "/audit-verify"));
        } catch (c) {
          if (!(c instanceof ControlUnavailable)) throw c;
          io.err(
            runningMessage(
              config.dataDir,
              pid,
              "Check the chain in the app instead: /audit/verifikasi (auditors and admins). Or stop the app and run again.",
            ),
          );
          return 2;
        }
      }
      if (!hasPgliteData(config.dataDir)) {
        io.err(`There is no database in ${config.dataDir} (DATA_DIR).`);
        return 2;
      }
    }
    const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir });
    try {
      return printVerify(io, await verifyWithEvidence(database.db, { dataDir: config.dataDir, key: readKey(config), exportFiles: files }));
    } finally {
      await database.close();
    }
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      io.err(runningMessage(config.dataDir, e.pid, "Use /audit/verifikasi in the app, or stop it and run again."));
      return 2;
    }
    io.err(`Verification could not run: ${(e as Error).message}`);
    return 1;
  }
}
