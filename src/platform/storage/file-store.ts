import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Content-addressed file storage: the key of a blob is its SHA-256. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ key: string; size: number; created: boolean }>;
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{64}$/;

/** Local implementation: files under root/ab/cd/<sha256>, written to a temp name then renamed. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a content key: ${key}`);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Uint8Array) {
    const key = createHash("sha256").update(bytes).digest("hex");
    const target = this.path(key);
    if (await this.has(key)) return { key, size: bytes.byteLength, created: false };
    await mkdir(join(this.root, key.slice(0, 2), key.slice(2, 4)), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(tmp, bytes, { flush: true });
    await rename(tmp, target);
    return { key, size: bytes.byteLength, created: true };
  }

  async get(key: string) {
    try {
      return await readFile(this.path(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async has(key: string) {
    try {
      await stat(this.path(key));
      return true;
    } catch {
      return false;
    }
  }

  async delete(key: string) {
    await unlink(this.path(key)).catch((e) => {
      if (e.code !== "ENOENT") throw e;
    });
  }
}

/** In-memory implementation for tests. */
export class MemoryFileStore implements FileStore {
  private readonly blobs = new Map<string, Buffer>();
  async put(bytes: Uint8Array) {
    const key = createHash("sha256").update(bytes).digest("hex");
    const created = !this.blobs.has(key);
    this.blobs.set(key, Buffer.from(bytes));
    return { key, size: bytes.byteLength, created };
  }
  async get(key: string) {
    return this.blobs.get(key) ?? null;
  }
  async has(key: string) {
    return this.blobs.has(key);
  }
  async delete(key: string) {
    this.blobs.delete(key);
  }
}
