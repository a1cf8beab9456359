import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../audit/schema.ts";
import { LocalFileStore } from "./file-store.ts";
import { FIXITY_JOB, runFixityCheck } from "./fixity.ts";
import { blobs, fixityAlerts } from "./schema.ts";

let t: TestPlatform;
const root = mkdtempSync(join(tmpdir(), "sp-fixity-"));
const pathOf = (key: string) => join(root, key.slice(0, 2), key.slice(2, 4), key);

beforeAll(async () => {
  t = await createTestPlatform({}, { files: new LocalFileStore(root) });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

async function store(text: string): Promise<string> {
  const { key, size } = await t.p.files.put(new TextEncoder().encode(text));
  await t.p.db.insert(blobs).values({ sha256: key, size, mime: "text/plain" }).onConflictDoNothing();
  return key;
}

describe("fixity", () => {
  it("is a nightly job; finds a flipped byte and a deleted file, alerts once, shows both to admins, and closes an alert when the file is restored", async () => {
    expect(t.p.jobs.declaredSchedules().find((s) => s.name === FIXITY_JOB)?.cron).toBe("15 3 * * *");
    const [flipped, deleted, sound] = [
      await store("Surat keputusan bupati nomor 1"),
      await store("Berita acara serah terima"),
      await store("Daftar arsip inaktif"),
    ];
    const clean = await runFixityCheck(t.p);
    expect(clean.checked).toBeGreaterThanOrEqual(3);
    expect(clean.missing).toEqual([]);
    expect(clean.mismatched).toEqual([]);

    const original = readFileSync(pathOf(flipped));
    const damaged = Buffer.from(original);
    damaged[3] ^= 0x01;
    writeFileSync(pathOf(flipped), damaged);
    unlinkSync(pathOf(deleted));

    const found = await runFixityCheck(t.p);
    expect(found.mismatched).toEqual([flipped]);
    expect(found.missing).toEqual([deleted]);
    const open = await t.p.db.select().from(fixityAlerts).where(isNull(fixityAlerts.resolvedAt));
    expect(open.map((a) => [a.sha256, a.problem]).sort()).toEqual(
      [
        [flipped, "mismatch"],
        [deleted, "missing"],
      ].sort(),
    );
    expect(open.find((a) => a.sha256 === flipped)?.foundSha256).not.toBe(flipped);
    // A second run raises no second alert and no second audit event.
    await runFixityCheck(t.p);
    expect(await t.p.db.select().from(fixityAlerts).where(isNull(fixityAlerts.resolvedAt))).toHaveLength(2);
    const alerts = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "storage.fixity.alert"));
    expect(alerts.map((a) => a.subjectId).sort()).toEqual([flipped, deleted].sort());

    const { agent: admin } = await signInAs(t, { roles: [{ role: "admin" }] });
    const page = await admin.page("/admin");
    expect(page.html).toContain("2 berkas tersimpan rusak atau hilang");
    expect(page.html).toContain(flipped);
    expect(page.html).toContain(deleted);
    expect(page.html).toContain("isinya berubah (hash tidak cocok)");
    expect(page.html).toContain("hilang dari penyimpanan");
    expect(page.html).not.toContain(sound);
    // Someone without the operations rule does not see it.
    const { agent: clerk } = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    expect((await clerk.page("/admin")).html).not.toContain("rusak atau hilang");

    writeFileSync(pathOf(flipped), original);
    const back = await runFixityCheck(t.p);
    expect(back.resolved).toBe(1);
    expect(back.missing).toEqual([deleted]);
    expect((await admin.page("/admin")).html).toContain("1 berkas tersimpan rusak atau hilang");
  });
});
