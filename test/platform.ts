import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.tsx";
import { bootstrap } from "../src/bootstrap.ts";
import { loadConfig } from "../src/config.ts";
import type { Platform } from "../src/platform/context.ts";
import { createLogger } from "../src/platform/logging/logger.ts";
import { type FileStore, MemoryFileStore } from "../src/platform/storage/file-store.ts";
import { freshDatabase } from "./db.ts";

export interface TestPlatform {
  p: Platform;
  /** The app's fetch (with the /en language prefix handling). */
  fetch: (req: Request) => Response | Promise<Response>;
  agent(): TestAgent;
  close(): Promise<void>;
}

/** A full platform on a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function createTestPlatform(env: Record<string, string> = {}, opts: { files?: FileStore } = {}): Promise<TestPlatform> {
  const dir = mkdtempSync(join(tmpdir(), "sp-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    DEMO_DATA: "false",
    BASE_URL: "http://localhost:3000",
    ...env,
  });
  const database = await freshDatabase();
  const p = await bootstrap(config, {
    database,
    files: opts.files ?? new MemoryFileStore(),
    log: createLogger("silent"),
    ephemeralKey: true,
    jobMaintenance: false,
  });
  const { fetch } = createApp(p);
  return {
    p,
    fetch,
    agent: () => new TestAgent(fetch),
    close: async () => {
      await p.jobs.stop().catch(() => {});
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RequestOptions {
  method?: string;
  /** Sent as application/x-www-form-urlencoded; `_csrf` is added from the last page when signed in. */
  form?: Record<string, string | string[]>;
  json?: unknown;
  body?: RequestInit["body"];
  headers?: Record<string, string>;
  /** Skip adding the CSRF token automatically. */
  noCsrf?: boolean;
}

/** A browser-like client: keeps cookies, sends a same-origin Origin header, adds the CSRF token. */
export class TestAgent {
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly fetchFn: (req: Request) => Response | Promise<Response>) {}

  async request(path: string, opts: RequestOptions = {}): Promise<Response> {
    const method = opts.method ?? (opts.form || opts.json !== undefined || opts.body ? "POST" : "GET");
    const headers = new Headers(opts.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (method !== "GET" && method !== "HEAD" && !headers.has("origin")) headers.set("origin", "http://localhost:3000");
    let body: RequestInit["body"] = opts.body;
    if (opts.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(opts.form)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
      if (!opts.noCsrf && this.csrfToken && !params.has("_csrf")) params.set("_csrf", this.csrfToken);
      body = params;
      headers.set("content-type", "application/x-www-form-urlencoded");
    } else if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers.set("content-type", "application/json");
    }
    const res = await this.fetchFn(new Request(`http://localhost:3000${path}`, { method, headers, body, redirect: "manual" }));
    for (const sc of res.headers.getSetCookie()) {
      const [pair, ...attrs] = sc.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GETs a page and remembers its CSRF token (from a `_csrf` hidden field). */
  async page(path: string): Promise<{ res: Response; html: string }> {
    const res = await this.request(path);
    const html = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (m) this.csrfToken = m[1];
    return { res, html };
  }
}
