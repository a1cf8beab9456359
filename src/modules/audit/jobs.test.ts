import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { exportDir } from "../../platform/audit/checkpoint.ts";
import { verifyWithEvidence } from "../../platform/audit/export.ts";
import { AUDIT_CHECKPOINT_JOB } from "./index.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe("the daily audit checkpoint job", () => {
  it("is scheduled at 00:05 WIB and, when a worker runs it, signs the head and exports the file", async () => {
    await t.p.jobs.startSchedules();
    const schedules = await t.p.jobs.boss.getSchedules();
    expect(schedules.find((s) => s.name === AUDIT_CHECKPOINT_JOB)).toMatchObject({ cron: "5 0 * * *", timezone: "Asia/Jakarta" });
    await t.p.jobs.boss.send(AUDIT_CHECKPOINT_JOB, {});
    await t.p.jobs.work();
    const dir = exportDir(t.p.config.dataDir);
    const end = Date.now() + 15_000;
    let files: string[] = [];
    while (Date.now() < end) {
      try {
        files = readdirSync(dir).filter((f) => f.endsWith(".json"));
      } catch {
        files = [];
      }
      if (files.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(files).toHaveLength(1);
    expect(await verifyWithEvidence(t.p.db, { dataDir: t.p.config.dataDir, key: t.p.key })).toMatchObject({
      ok: true,
      checkpointsChecked: 1,
      exportsChecked: 1,
    });
  });
});
