/**
 * The outside programs backups need: pg_dump / pg_restore (PostgreSQL) and tar
 * (the file store). The password never appears on a command line: it goes in
 * PGPASSWORD.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";

export class ToolError extends Error {}

/** A PostgreSQL client program: $PG_BIN, then PATH, then the newest /usr/lib/postgresql/N/bin. */
export function findPgTool(name: "pg_dump" | "pg_restore" | "psql"): string {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  dirs.push(...(process.env.PATH ?? "").split(delimiter).filter(Boolean));
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    /* not Debian's layout */
  }
  for (const d of dirs) {
    const f = join(d, name);
    try {
      accessSync(f, constants.X_OK);
      return f;
    } catch {
      /* next */
    }
  }
  throw new ToolError(`${name} was not found. Install the PostgreSQL client (Debian: apt-get install postgresql-client-15) or set PG_BIN.`);
}

/** The URL without its password, and the environment that carries the password instead. */
export function connectionFor(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = "";
  }
  return { url: u.toString(), env };
}

/** Runs a program; resolves with its stdout, rejects with its stderr. */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => reject(new ToolError(`${cmd}: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else
        reject(
          new ToolError(`${cmd.split("/").pop()} failed (exit ${code}): ${Buffer.concat(err).toString("utf8").trim().slice(0, 2000)}`),
        );
    });
  });
}

/** tar of `files/` under the data directory, when there is one with anything in it. */
export async function tarFiles(dataDir: string, target: string): Promise<boolean> {
  const dir = join(dataDir, "files");
  if (!existsSync(dir) || readdirSync(dir).length === 0) return false;
  await run("tar", ["-czf", target, "--exclude=*.tmp", "-C", dataDir, "files"]);
  return true;
}

/** Restores the file store: the archive is merged into `files/` (content-addressed, so nothing is overwritten with other content). */
export async function untarFiles(archive: string, dataDir: string): Promise<void> {
  const list = await run("tar", ["-tzf", archive]);
  const safe = (l: string) => (l === "files/" || l === "files" || l.startsWith("files/")) && !l.split("/").includes("..");
  if (list.split("\n").some((l) => l && !safe(l))) {
    throw new ToolError(`${archive} holds something other than the file store`);
  }
  await run("tar", ["-xzf", archive, "-C", dataDir, "--no-same-owner"]);
}
