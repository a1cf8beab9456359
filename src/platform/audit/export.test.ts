import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../db/client.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { checkpointPayload, exportDir, parseExport, wibDate } from "./checkpoint.ts";
import { exportAuditHead, verifyWithEvidence } from "./export.ts";
import { recomputeChain } from "./forger.ts";

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.close());

async function append(n: number) {
  for (let i = 0; i < n; i++) {
    await inTransaction(t.p, { ...SYSTEM_ACTOR, name: "uji" }, (w) =>
      w.audit({ action: "test.event", subjectType: "test", subjectId: String(i), after: { i } }),
    );
  }
}
const verify = () => verifyWithEvidence(t.p.db, { dataDir: t.p.config.dataDir, key: t.p.key });
const exec = (q: ReturnType<typeof sql>) => t.p.db.execute(q);

describe("daily export of the signed head", () => {
  it("signs the head (covering its own event) and writes the file atomically", async () => {
    await append(3);
    const { file, head } = await exportAuditHead(t.p, SYSTEM_ACTOR);
    expect(file).toBe(join(exportDir(t.p.config.dataDir), `audit-head-${wibDate(new Date())}.json`));
    expect(readdirSync(exportDir(t.p.config.dataDir))).toEqual([`audit-head-${wibDate(new Date())}.json`]);
    const onDisk = parseExport(readFileSync(file, "utf8"))!;
    expect(onDisk).toEqual(head);
    expect(Object.keys(onDisk).sort()).toEqual(["format", "hash", "keyId", "publicKeyPem", "seq", "signature", "signedAt"]);
    const [last] = await queryRows<{ seq: string; action: string; hash: string }>(
      t.p.db,
      sql`SELECT seq, action, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
    );
    expect(last.action).toBe("audit.checkpoint.signed");
    expect(Number(last.seq)).toBe(head.seq);
    expect(last.hash).toBe(head.hash);
    expect(t.p.key.verify(checkpointPayload(head.seq, head.hash, new Date(head.signedAt)), head.signature)).toBe(true);
    const [cp] = await queryRows<{ exported_file: string }>(t.p.db, sql`SELECT exported_file FROM audit_checkpoints`);
    expect(cp.exported_file).toBe(`audit-head-${wibDate(new Date())}.json`);
    expect(await verify()).toMatchObject({ ok: true, checkpointsChecked: 1, exportsChecked: 1 });
  });

  it("catches a truncated tail with the head rewound and the checkpoint rows deleted, by the exported file", async () => {
    await append(4);
    const { head } = await exportAuditHead(t.p, SYSTEM_ACTOR);
    await exec(sql`DELETE FROM audit_events WHERE seq > ${head.seq - 3}`);
    const [prev] = await queryRows<{ hash: string }>(t.p.db, sql`SELECT hash FROM audit_events WHERE seq = ${head.seq - 3}`);
    await exec(sql`UPDATE audit_head SET seq = ${head.seq - 3}, hash = ${prev.hash} WHERE id = 1`);
    await exec(sql`DELETE FROM audit_checkpoints`);
    expect(await verify()).toMatchObject({ ok: false, code: "export_mismatch", brokenAt: head.seq - 2 });
  });

  it("catches a chain recomputed together with re-signed checkpoint rows (the forger has the key), by the file the auditors hold", async () => {
    await append(4);
    await exportAuditHead(t.p, SYSTEM_ACTOR);
    await exec(sql`UPDATE audit_events SET after = '{"i":99}'::jsonb WHERE seq = 2`);
    await recomputeChain(t.p.db);
    // Re-sign every checkpoint row over the forged hashes.
    const rows = await queryRows<{ id: string; seq: string; hash: string; signed_at: Date | string }>(
      t.p.db,
      sql`SELECT c.id, c.seq, e.hash, c.signed_at FROM audit_checkpoints c JOIN audit_events e ON e.seq = c.seq`,
    );
    for (const r of rows) {
      const sig = t.p.key.sign(checkpointPayload(Number(r.seq), r.hash, new Date(r.signed_at)));
      await exec(sql`UPDATE audit_checkpoints SET hash = ${r.hash}, signature = ${sig} WHERE id = ${r.id}`);
    }
    const r = await verify();
    expect(r).toMatchObject({ ok: false, code: "export_mismatch" });
    expect(r.evidence).toContain("audit-head-");
  });

  it("catches an altered export file and refuses a file that is not one", async () => {
    await append(1);
    const { file, head } = await exportAuditHead(t.p, SYSTEM_ACTOR);
    writeFileSync(file, JSON.stringify({ ...head, seq: head.seq - 1 }));
    expect(await verify()).toMatchObject({ ok: false, code: "export_signature" });
    writeFileSync(file, "bukan json");
    expect(await verify()).toMatchObject({ ok: false, code: "export_invalid" });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
