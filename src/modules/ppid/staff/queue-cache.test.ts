import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../../platform/work.ts";
import { ppidRequests, submitRequest } from "../index.ts";
import { loadQueue } from "./queue.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

describe("the queue's cache", () => {
  it("serves counts and rows for a few seconds and drops them at the next commit of this process", async () => {
    const r = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
    });
    const all = { all: true as const, units: [] };
    const filter = { page: 1 } as Parameters<typeof loadQueue>[2];
    const first = await loadQueue(t.p.db, all, filter, new Date(), { cache: t.p });
    expect(first.rows.some((x) => x.id === r.id && x.state === "TERREGISTRASI")).toBe(true);
    // A change outside any command (no commit event): the cached page stays as it was.
    await t.p.db.update(ppidRequests).set({ state: "DIAJUKAN" }).where(eq(ppidRequests.id, r.id));
    const second = await loadQueue(t.p.db, all, filter, new Date(), { cache: t.p });
    expect(second.counts).toEqual(first.counts);
    expect(second.rows.find((x) => x.id === r.id)?.state).toBe("TERREGISTRASI");
    // Uncached reads see the change at once.
    const fresh = await loadQueue(t.p.db, all, filter, new Date());
    expect(fresh.counts.registrasi).toBe(first.counts.registrasi + 1);
    expect(fresh.rows.find((x) => x.id === r.id)?.state).toBe("DIAJUKAN");
    // Any command's commit drops the cache: the next cached read is fresh.
    await inTransaction(t.p, SYSTEM_ACTOR, (w) => w.audit({ action: "test.committed", subjectType: "test", subjectId: "x" }));
    const third = await loadQueue(t.p.db, all, filter, new Date(), { cache: t.p });
    expect(third.counts).toEqual(fresh.counts);
    expect(third.rows.find((x) => x.id === r.id)?.state).toBe("DIAJUKAN");
  });
});
