/**
 * The running app's local control socket (`${dataDir}/control.sock`, mode 0600):
 * a tiny HTTP API so that `npm run backup` and `npm run audit:verify` can work
 * while the app holds the embedded database — the app does the work, no second
 * process ever opens the data directory. Only local users who can already read
 * the data directory can reach it.
 */
import { chmodSync, existsSync, unlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import type { AuditActor } from "../audit/chain.ts";
import { verifyWithEvidence } from "../audit/export.ts";
import type { Platform } from "../context.ts";
import { backupInApp } from "../db/backup.ts";

export function controlSocketPath(dataDir: string): string {
  return join(dataDir, "control.sock");
}

/** Whether something answers on the socket. */
function listening(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once("connect", () => {
      s.end();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** The audit actor of a command that came through the socket. */
function operator(header: string | string[] | undefined): AuditActor {
  const who = (Array.isArray(header) ? header[0] : header)?.slice(0, 100) || "operator";
  return { id: null, name: `cli (${who})`, role: "system", userAgent: "satu-pintu-cli" };
}

export async function startControlServer(p: Platform): Promise<{ path: string; close(): Promise<void> } | null> {
  const path = controlSocketPath(p.config.dataDir);
  if (path.length > 100) {
    p.log.warn({ path }, "control socket path too long for a unix socket: CLI backup/verify must use the admin page while the app runs");
    return null;
  }
  if (existsSync(path)) {
    if (await listening(path)) throw new Error(`another process already listens on ${path}`);
    unlinkSync(path); // left by a process that died
  }
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.method === "POST" && req.url === "/backup") return reply(200, await backupInApp(p, operator(req.headers["x-operator"])));
      if (req.method === "POST" && req.url === "/audit-verify") {
        return reply(200, await verifyWithEvidence(p.db, { dataDir: p.config.dataDir, key: p.key }));
      }
      return reply(404, { error: "not_found" });
    } catch (e) {
      p.log.error({ err: (e as Error).message, url: req.url }, "control command failed");
      return reply(500, { error: (e as Error).message });
    }
  });
  server.requestTimeout = 0; // a backup of a large database takes a while
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  p.log.info({ path }, "control socket listening");
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        try {
          unlinkSync(path);
        } catch {
          /* gone */
        }
      }),
  };
}
