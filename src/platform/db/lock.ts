import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Another Satu Pintu process (PID ${pid}) is using the embedded database in ${dir}. ` +
        "Only one process may open it: stop that process first (or run this command inside the app), " +
        "or point DATA_DIR somewhere else.",
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Reads the PID holding the data directory, or null when nobody live holds it. */
export function lockHolder(dir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dir, "satu-pintu.lock"), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock file holding this process's PID. A lock left by a dead process
 * is taken over; a live one is refused with a clear message.
 */
export function acquireDataDirLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true, mode: 0o700 }); // keys, backups and the database live here: owner only
  const file = join(dir, "satu-pintu.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirLockedError(dir, pid);
      }
      unlinkSync(file); // stale: its process is dead
    }
  }
  throw new Error(`Could not take the lock file in ${dir}`);
}
