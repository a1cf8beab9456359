import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../db/client.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { type AuditActor, eventHash } from "./chain.ts";
import { signCheckpoint, trustedKeys } from "./checkpoint.ts";
import { recomputeChain } from "./forger.ts";
import { auditEvents } from "./schema.ts";
import { verifyChain } from "./verify.ts";

const actor: AuditActor = { id: null, name: "Petugas Uji", role: "admin", ip: "10.0.0.7", userAgent: "vitest", requestId: "req-1" };

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.close());

async function appendMany(n: number) {
  for (let i = 0; i < n; i++) {
    await inTransaction(t.p, actor, async (w) => {
      await w.audit({
        action: i % 2 ? "unit.updated" : "unit.created",
        subjectType: "unit",
        subjectId: `u-${i}`,
        before: i % 2 ? { z: 1, a: { y: [1, 2, { c: "ç" }], b: null }, n: 0.1 + 0.2 } : undefined,
        after: { nama: `Dinas ${i}`, when: new Date(Date.UTC(2026, 2, 13)), emoji: "✓ “kutip”", nul: "a\u0000b" },
      });
    });
  }
}

const verify = async () => verifyChain(t.p.db, { keys: await trustedKeys(t.p.db, t.p.key) });
const exec = (q: ReturnType<typeof sql>) => t.p.db.execute(q);
const headSeq = async () => Number((await queryRows<{ seq: string }>(t.p.db, sql`SELECT seq FROM audit_head WHERE id = 1`))[0].seq);

describe("audit chain", () => {
  it("appends events inside a transaction and verifies them, with jsonb key order and odd values", async () => {
    const start = await headSeq();
    await appendMany(12);
    const r = await verify();
    expect(r).toMatchObject({ ok: true, headSeq: start + 12, checked: start + 12 });
    const rows = await t.p.db.select().from(auditEvents).orderBy(auditEvents.seq);
    expect(rows.map((e) => e.seq)).toEqual(Array.from({ length: start + 12 }, (_, i) => i + 1));
    expect(rows.at(-1)).toMatchObject({ actorName: "Petugas Uji", actorRole: "admin", ip: "10.0.0.7", userAgent: "vitest" });
    expect((rows.at(-1)!.after as { nul: string }).nul).toBe("ab");
  });

  it("a rolled-back command leaves no event and no gap", async () => {
    const start = await headSeq();
    await expect(
      inTransaction(t.p, actor, async (w) => {
        await w.audit({ action: "unit.created", subjectType: "unit" });
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await headSeq()).toBe(start);
    await appendMany(1);
    expect((await verify()).ok).toBe(true);
  });

  it("catches an edited row (after, and actor) at its seq", async () => {
    await appendMany(8);
    const target = (await headSeq()) - 4;
    await exec(sql`UPDATE audit_events SET after = '{"nama":"Dinas Palsu"}'::jsonb WHERE seq = ${target}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: target, code: "altered" });
    await exec(sql`UPDATE audit_events SET after = NULL, actor_name = 'orang lain' WHERE seq = ${target}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: target, code: "altered" });
  });

  it("catches a deleted middle row", async () => {
    await appendMany(8);
    const target = (await headSeq()) - 3;
    await exec(sql`DELETE FROM audit_events WHERE seq = ${target}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: target, code: "missing_event" });
  });

  it("catches deleted tail rows by the head, and with the head rewound by the signed checkpoint", async () => {
    await appendMany(8);
    await t.p.db.transaction((tx) => signCheckpoint(tx, t.p.key));
    const top = await headSeq();
    await exec(sql`DELETE FROM audit_events WHERE seq > ${top - 3}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: top - 2, code: "missing_event" });
    const [prev] = await queryRows<{ hash: string }>(t.p.db, sql`SELECT hash FROM audit_events WHERE seq = ${top - 3}`);
    await exec(sql`UPDATE audit_head SET seq = ${top - 3}, hash = ${prev.hash} WHERE id = 1`);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: top - 2, code: "checkpoint_mismatch" });
  });

  it("catches events inserted after the head outside the app", async () => {
    await appendMany(3);
    const top = await headSeq();
    const [last] = await queryRows<{ hash: string }>(t.p.db, sql`SELECT hash FROM audit_events WHERE seq = ${top}`);
    const row = {
      seq: top + 1,
      occurredAt: new Date(),
      actorId: null,
      actorName: "x",
      actorRole: null,
      unitId: null,
      action: "a",
      subjectType: "s",
      subjectId: null,
      before: null,
      after: null,
      ip: null,
      userAgent: null,
      requestId: null,
      prevHash: last.hash,
    };
    await t.p.db.insert(auditEvents).values({ ...row, hash: eventHash(row) });
    expect(await verify()).toMatchObject({ ok: false, brokenAt: top + 1, code: "extra_events" });
  });

  it("catches a chain recomputed with the app's own hash function by the checkpoint's hash, and a rewritten checkpoint by its signature", async () => {
    await appendMany(6);
    await t.p.db.transaction((tx) => signCheckpoint(tx, t.p.key));
    await appendMany(2);
    const target = 3;
    await exec(sql`UPDATE audit_events SET actor_name = 'Pemalsu' WHERE seq = ${target}`);
    await recomputeChain(t.p.db);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.code).toBe("checkpoint_mismatch");
    // The forger also rewrites the checkpoint's hash: without the private key the signature breaks.
    await exec(sql`UPDATE audit_checkpoints SET hash = (SELECT hash FROM audit_events e WHERE e.seq = audit_checkpoints.seq)`);
    expect(await verify()).toMatchObject({ ok: false, code: "checkpoint_signature" });
  });

  it("runs appendAudit inside transactions when writers overlap (serialised on PGlite, locked on PostgreSQL)", async () => {
    const start = await headSeq();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inTransaction(t.p, { ...SYSTEM_ACTOR, name: `penulis ${i}` }, async (w) => {
          await w.audit({ action: "test.write", subjectType: "test", subjectId: String(i) });
          await w.audit({ action: "test.write", subjectType: "test", subjectId: `${i}b` });
        }),
      ),
    );
    expect(await verify()).toMatchObject({ ok: true, headSeq: start + 20 });
  });
});
