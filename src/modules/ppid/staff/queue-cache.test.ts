import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import { ppidRequests, submitRequest } from "../index.ts";
import { invalidateQueueCounts, loadQueue } from "./queue.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

describe("the queue's counts cache", () => {
  it("serves the counts for a few seconds, reads the rows fresh, and drops the counts on invalidation", async () => {
    const r = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
    });
    const all = { all: true as const, units: [] };
    const filter = { page: 1 } as Parameters<typeof loadQueue>[2];
    const first = await loadQueue(t.p.db, all, filter, new Date(), { cacheCounts: true });
    expect(first.rows.some((x) => x.id === r.id && x.state === "TERREGISTRASI")).toBe(true);
    // A change outside any command (no commit event): the counts stay, the rows move.
    await t.p.db.update(ppidRequests).set({ state: "DIAJUKAN" }).where(eq(ppidRequests.id, r.id));
    const second = await loadQueue(t.p.db, all, filter, new Date(), { cacheCounts: true });
    expect(second.counts).toEqual(first.counts);
    expect(second.rows.find((x) => x.id === r.id)?.state).toBe("DIAJUKAN");
    // Uncached reads and reads after invalidation see the change.
    const fresh = await loadQueue(t.p.db, all, filter, new Date());
    expect(fresh.counts.registrasi).toBe(first.counts.registrasi + 1);
    invalidateQueueCounts();
    const third = await loadQueue(t.p.db, all, filter, new Date(), { cacheCounts: true });
    expect(third.counts).toEqual(fresh.counts);
  });
});
