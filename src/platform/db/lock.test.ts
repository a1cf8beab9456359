import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { acquireDataDirLock, DataDirLockedError, lockHolder } from "./lock.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "sp-lock-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A PID that is certainly dead: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => child.once("exit", r));
  return child.pid!;
}

describe("the data directory lock", () => {
  it("writes this process's PID and removes the file on release", () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, "satu-pintu.lock"), "utf8").trim()).toBe(String(process.pid));
    expect(lockHolder(dir)).toBe(process.pid);
    release();
    expect(lockHolder(dir)).toBeNull();
  });

  it("refuses a second opener while a live process holds it, naming that process", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      writeFileSync(join(dir, "satu-pintu.lock"), `${holder.pid}\n`);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`PID ${holder.pid}`));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/Only one process may open it/);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a dead process", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "satu-pintu.lock"), `${await deadPid()}\n`);
    const release = acquireDataDirLock(dir);
    expect(lockHolder(dir)).toBe(process.pid);
    release();
  });

  it("takes over a lock file with garbage in it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "satu-pintu.lock"), "not a pid\n");
    const release = acquireDataDirLock(dir);
    expect(lockHolder(dir)).toBe(process.pid);
    release();
  });
});
