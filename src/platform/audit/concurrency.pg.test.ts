import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../db/client.ts";
import { inTransaction } from "../work.ts";
import { trustedKeys } from "./checkpoint.ts";
import { verifyChain } from "./verify.ts";

const WRITERS = 40;
const EVENTS_EACH = 3;

describe("audit chain under concurrent writers on PostgreSQL", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t?.close());

  it(`${WRITERS} concurrent transactions appending ${EVENTS_EACH} events each never fork the chain`, async () => {
    const [{ seq: start }] = await queryRows<{ seq: string }>(t.p.db, sql`SELECT seq FROM audit_head WHERE id = 1`);
    const sleep = () => new Promise((r) => setTimeout(r, Math.random() * 15));
    const results = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, i) =>
        inTransaction(t.p, { id: null, name: `penulis-${i}`, role: "system" }, async (w) => {
          await sleep();
          for (let k = 0; k < EVENTS_EACH; k++) {
            await w.audit({ action: "test.concurrent", subjectType: "writer", subjectId: `${i}:${k}` });
            await sleep();
          }
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const total = Number(start) + WRITERS * EVENTS_EACH;
    const rows = await queryRows<{ seq: string; prev_hash: string; subject_id: string | null }>(
      t.p.db,
      sql`SELECT seq, prev_hash, subject_id FROM audit_events ORDER BY seq`,
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(total);
    // Each writer's events stay in its own order (its transaction held the head throughout).
    for (let i = 0; i < WRITERS; i++) {
      const mine = rows.filter((r) => r.subject_id?.startsWith(`${i}:`)).map((r) => Number(r.seq));
      expect(mine).toEqual([mine[0], mine[0] + 1, mine[0] + 2]);
    }
    const r = await verifyChain(t.p.db, { keys: await trustedKeys(t.p.db, t.p.key) });
    expect(r).toMatchObject({ ok: true, headSeq: total, checked: total });
  });

  it("verifies while writers keep appending", async () => {
    const writers = Array.from({ length: 20 }, (_, i) =>
      inTransaction(t.p, { id: null, name: `lagi-${i}`, role: "system" }, (w) =>
        w.audit({ action: "test.concurrent", subjectType: "writer" }),
      ),
    );
    const checks = Array.from({ length: 5 }, () => verifyChain(t.p.db, { batchSize: 7 }));
    const all = await Promise.all([...writers, ...checks]);
    for (const r of all.slice(20)) expect(r).toMatchObject({ ok: true });
  });
});
