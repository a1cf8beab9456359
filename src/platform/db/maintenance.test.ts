import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { DB_VACUUM_JOB, vacuumEmbedded } from "./maintenance.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

describe("embedded database maintenance", () => {
  it("vacuums PGlite (which has no autovacuum) and leaves PostgreSQL to its own", async () => {
    expect(t.p.jobs.definitions()).toContain(DB_VACUUM_JOB);
    expect(t.p.jobs.declaredSchedules().some((s) => s.name === DB_VACUUM_JOB)).toBe(true);
    const ran = await vacuumEmbedded(t.p);
    expect(ran).toBe(t.p.database.kind === "pglite");
    // The database still answers after the vacuum.
    const r = await t.p.database.raw.query("SELECT count(*)::int AS n FROM units");
    expect((r.rows[0] as { n: number }).n).toBeGreaterThan(30);
  });
});
