/** Shared set-up of the backup tests (PGlite and PostgreSQL). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll } from "vitest";
import { bootstrap } from "../bootstrap.ts";
import { type Config, loadConfig } from "../config.ts";
import type { Platform } from "../platform/context.ts";
import { type Database, queryRows } from "../platform/db/client.ts";
import { createLogger } from "../platform/logging/logger.ts";
import { outbox } from "../platform/mail/schema.ts";
import { inTransaction, SYSTEM_ACTOR } from "../platform/work.ts";
import type { Io } from "./commands.ts";

export function capture(): Io & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join("\n") };
}

export const dirs: string[] = [];
export function tempDataDir(): string {
  const d = mkdtempSync(join(tmpdir(), "sp-backup-"));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function configFor(dataDir: string, url?: string): Config {
  return loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    DEMO_DATA: "false",
    ...(url ? { DATABASE_URL: url } : {}),
  });
}

export const boot = (config: Config, database?: Database) =>
  bootstrap(config, { log: createLogger("silent"), jobMaintenance: false, ...(database ? { database } : {}) });

export async function seedData(p: Platform): Promise<string> {
  await p.files.put(new TextEncoder().encode("isi berkas uji"));
  return inTransaction(p, SYSTEM_ACTOR, async (w) => {
    const [row] = await w.tx
      .insert(outbox)
      .values({ to: "warga@contoh.id", subject: "Verifikasi surel", text: "Kode: 123456", status: "held" })
      .returning();
    await w.audit({ action: "test.before_backup", subjectType: "outbox", subjectId: row.id });
    return row.id;
  });
}

export async function change(p: Platform, mailId: string) {
  await inTransaction(p, SYSTEM_ACTOR, async (w) => {
    await w.tx.delete(outbox).where(eq(outbox.id, mailId));
    await w.audit({ action: "test.after_backup", subjectType: "outbox", subjectId: mailId });
  });
}

export async function actions(db: Database["db"]) {
  return (await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_events ORDER BY seq`)).map((r) => r.action);
}
