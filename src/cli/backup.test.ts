import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyWithEvidence } from "../platform/audit/export.ts";
import { startControlServer } from "../platform/control/server.ts";
import { backupsDir } from "../platform/db/backup.ts";
import { openDatabase } from "../platform/db/client.ts";
import { outbox } from "../platform/mail/schema.ts";
import { actions, boot, capture, change, configFor, seedData, tempDataDir } from "./backup-fixtures.ts";
import { auditVerifyCommand, backupCommand, restoreCommand } from "./commands.ts";

describe("backup and restore on PGlite (in-process CLI against a real data directory)", () => {
  it("backs up inside the running app, refuses a second opener, restores after the app stops", async () => {
    const dataDir = tempDataDir();
    const config = configFor(dataDir);
    const p = await boot(config);
    const mailId = await seedData(p);

    // The app holds the lock: without its control socket the CLI refuses and points to the admin page.
    let io = capture();
    expect(await backupCommand(config, io)).toBe(2);
    expect(io.text()).toContain("/admin/cadangan");
    expect(existsSync(backupsDir(dataDir))).toBe(false);
    io = capture();
    expect(await restoreCommand(config, "/tmp/tidak-ada.dump", io)).toBe(2);
    expect(io.text()).toContain("Stop the app first");
    io = capture();
    expect(await auditVerifyCommand(config, [], io)).toBe(2);

    // With the control socket the running app makes the backup itself.
    const control = (await startControlServer(p))!;
    io = capture();
    expect(await backupCommand(config, io)).toBe(0);
    expect(io.text()).toContain("made by the running app");
    io = capture();
    expect(await auditVerifyCommand(config, [], io)).toBe(0);
    expect(io.text()).toContain("Audit chain intact");
    const [dump] = readdirSync(backupsDir(dataDir)).filter((f) => f.endsWith(".pglite.tar.gz"));
    expect(dump).toMatch(/^satu-pintu-\d{8}-\d{6}\.pglite\.tar\.gz$/);
    expect(readdirSync(backupsDir(dataDir))).toContain(dump.replace(".pglite.tar.gz", ".files.tar.gz"));
    expect((await actions(p.db)).at(-1)).toBe("backup.created");
    io = capture();
    expect(await restoreCommand(config, join(backupsDir(dataDir), dump), io)).toBe(2);
    expect(io.text()).toContain("Stop the app first");

    await change(p, mailId);
    await control.close();
    await p.jobs.stop();
    await p.database.close();
    rmSync(join(dataDir, "files"), { recursive: true });

    // App stopped: the CLI takes the lock itself.
    io = capture();
    expect(await backupCommand(config, io)).toBe(0);
    expect(io.text()).toContain("app stopped");

    // A bad file changes nothing.
    const bad = join(dataDir, "rusak.pglite.tar.gz");
    writeFileSync(bad, Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    io = capture();
    expect(await restoreCommand(config, bad, io)).toBe(1);
    expect(io.text()).toContain("Nothing was changed");
    io = capture();
    expect(await restoreCommand(config, join(dataDir, "bukan-cadangan.txt"), io)).toBe(1);

    io = capture();
    expect(await restoreCommand(config, join(backupsDir(dataDir), dump), io)).toBe(0);
    expect(readdirSync(dataDir).some((f) => f.startsWith("pg.before-restore-"))).toBe(true);
    expect(existsSync(join(dataDir, "files"))).toBe(true);

    const d = await openDatabase({ dataDir });
    try {
      const [mail] = await d.db.select().from(outbox).where(eq(outbox.id, mailId));
      expect(mail?.subject).toBe("Verifikasi surel");
      const acts = await actions(d.db);
      expect(acts).toContain("test.before_backup");
      expect(acts).not.toContain("test.after_backup");
      expect(acts.at(-1)).toBe("backup.restored");
      expect(await verifyWithEvidence(d.db, { dataDir })).toMatchObject({ ok: true });
    } finally {
      await d.close();
    }
    io = capture();
    expect(await auditVerifyCommand(config, [], io)).toBe(0);
  });
});
