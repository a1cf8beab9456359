import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freshDatabase, TEST_PG_URL } from "../../test/db.ts";
import { backupsDir, urlOf } from "../platform/db/backup.ts";
import { outbox } from "../platform/mail/schema.ts";
import { actions, boot, capture, change, configFor, seedData, tempDataDir } from "./backup-fixtures.ts";
import { auditVerifyCommand, backupCommand, restoreCommand } from "./commands.ts";

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

      // While the app is connected, a restore is refused.
      io = capture();
      expect(await restoreCommand(config, join(backupsDir(dataDir), dump), io)).toBe(1);
      expect(io.text()).toContain("stop every app process");
      // The app stops; this test reads through a connection of its own name.
      await database.pool!.end();
      const reader = new pg.Pool({ connectionString: urlOf(database), application_name: "test-reader" });
      const db = drizzle(reader) as unknown as Parameters<typeof actions>[0];
      try {
        const bad = join(dataDir, "rusak.dump");
        writeFileSync(bad, "PGDMP rusak");
        io = capture();
        expect(await restoreCommand(config, bad, io)).toBe(1);
        expect(io.text()).toContain("Nothing was changed");
        expect(await actions(db)).toContain("test.after_backup");

        io = capture();
        expect(await restoreCommand(config, join(backupsDir(dataDir), dump), io), io.text()).toBe(0);
        const [mail] = await db.select().from(outbox).where(eq(outbox.id, mailId));
        expect(mail?.subject).toBe("Verifikasi surel");
        const acts = await actions(db);
        expect(acts).not.toContain("test.after_backup");
        expect(acts).toContain("test.before_backup");
        expect(acts.at(-1)).toBe("backup.restored");
      } finally {
        await reader.end();
      }
      io = capture();
      expect(await auditVerifyCommand(config, [], io), io.text()).toBe(0);
    } finally {
      // The app's pool is already ended: drop the test database directly.
      const admin = new pg.Client({ connectionString: TEST_PG_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(urlOf(database)).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
