import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalFileStore, MemoryFileStore } from "./file-store.ts";

const root = mkdtempSync(join(tmpdir(), "sp-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
  ["local", () => new LocalFileStore(root)],
  ["memory", () => new MemoryFileStore()],
])("%s file store", (_name, make) => {
  it("stores by SHA-256, once, and gives the bytes back", async () => {
    const store = make();
    const bytes = new TextEncoder().encode("Surat Keputusan Bupati Lebong");
    const key = createHash("sha256").update(bytes).digest("hex");
    const first = await store.put(bytes);
    expect(first).toEqual({ key, size: bytes.byteLength, created: true });
    expect((await store.put(bytes)).created).toBe(false);
    expect(await store.has(key)).toBe(true);
    expect(Buffer.from((await store.get(key))!).toString()).toBe("Surat Keputusan Bupati Lebong");
    await store.delete(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
  });
});

describe("local file store on disk", () => {
  it("shards files by key, leaves no temporary files, and refuses a key that is not a SHA-256", async () => {
    const store = new LocalFileStore(root);
    const { key } = await store.put(new Uint8Array([1, 2, 3]));
    expect(readdirSync(join(root, key.slice(0, 2), key.slice(2, 4)))).toEqual([key]);
    await expect(store.get("../../etc/passwd")).rejects.toThrow(/not a content key/);
    await expect(store.has("ABC")).resolves.toBe(false);
  });
});
