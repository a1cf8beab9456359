import { existsSync } from "node:fs";
import { request } from "node:http";
import { userInfo } from "node:os";
import { controlSocketPath } from "./server.ts";

export class ControlUnavailable extends Error {}

/** Asks the running app to do something; ControlUnavailable when no app listens on the data directory's socket. */
export function callControl<T>(dataDir: string, path: "/backup" | "/audit-verify", timeoutMs = 30 * 60_000): Promise<T> {
  const socketPath = controlSocketPath(dataDir);
  if (!existsSync(socketPath)) return Promise.reject(new ControlUnavailable(`no control socket at ${socketPath}`));
  let who = "operator";
  try {
    who = userInfo().username;
  } catch {
    /* no passwd entry */
  }
  return new Promise<T>((resolve, reject) => {
    const req = request({ socketPath, path, method: "POST", headers: { "x-operator": who }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          if (res.statusCode === 200) resolve(body as T);
          else reject(new Error(`the app answered ${res.statusCode}: ${body.error ?? "error"}`));
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on("timeout", () => req.destroy(new Error("the app did not answer in time")));
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "ECONNREFUSED" || e.code === "ENOENT") reject(new ControlUnavailable(`nobody listens on ${socketPath}`));
      else reject(e);
    });
    req.end();
  });
}
