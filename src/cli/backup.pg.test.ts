import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase, TEST_PG_URL } from "../../test/db.ts";
import { bootstrap } from "../bootstrap.ts";
import { type Config, loadConfig } from "../config.ts";
import { verifyWithEvidence } from "../platform/audit/export.ts";
import type { Platform } from "../platform/context.ts";
import { startControlServer } from "../platform/control/server.ts";
import { backupsDir, urlOf } from "../platform/db/backup.ts";
import { type Database, openDatabase, queryRows } from "../platform/db/client.ts";
import { createLogger } from "../platform/logging/logger.ts";
import { outbox } from "../platform/mail/schema.ts";
import { inTransaction, SYSTEM_ACTOR } from "../platform/work.ts";
import { auditVerifyCommand, backupCommand, type Io, restoreCommand } from "./commands.ts";

import { actions, boot, capture, change, configFor, seedData, tempDataDir } from "./backup-fixtures.ts";

describe("backup and restore on PostgreSQL (pg_dump / pg_restore)", () => {
  it("round-trips data and the audit chain", async () => {
    const database = await freshDatabase();
    const dataDir = tempDataDir();
    const config = configFor(dataDir, urlOf(database));
    const p = await boot(config, database);
    try {
      const mailId = await seedData(p);
      let io = capture();
      expect(await backupCommand(config, io)).toBe(0);
      const [dump] = readdirSync(backupsDir(dataDir)).filter((f) => f.endsWith(".dump"));
      expect(dump).toMatch(/^satu-pintu-\d{8}-\d{6}\.dump$/);
      expect(io.text()).toContain("pg_dump custom archive");
      await change(p, mailId);
      await p.jobs.stop();

      const bad = join(dataDir, "rusak.dump");
      writeFileSync(bad, "PGDMP rusak");
      io = capture();
      expect(await restoreCommand(config, bad, io)).toBe(1);
      expect(io.text()).toContain("Nothing was changed");
      expect(await actions(p.db)).toContain("test.after_backup");

      io = capture();
      expect(await restoreCommand(config, join(backupsDir(dataDir), dump), io), io.text()).toBe(0);
      const [mail] = await p.db.select().from(outbox).where(eq(outbox.id, mailId));
      expect(mail?.subject).toBe("Verifikasi surel");
      const acts = await actions(p.db);
      expect(acts).not.toContain("test.after_backup");
      expect(acts).toContain("test.before_backup");
      expect(acts.at(-1)).toBe("backup.restored");
      io = capture();
      expect(await auditVerifyCommand(config, [], io), io.text()).toBe(0);
    } finally {
      await database.close();
    }
  });
});
