import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { etagMatches, weakEtag } from "./compress.ts";
import type { AppEnv } from "./env.ts";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Levels where compressing costs little more than sending (a page rendered for one unique URL is compressed too). */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
const GZIP = { level: 6 };

interface Entry {
  body: Uint8Array;
  gzip?: Uint8Array;
  br?: Uint8Array;
  headers: [string, string][];
  hRaw?: Record<string, string>;
  hGzip?: Record<string, string>;
  hBr?: Record<string, string>;
  h304?: Record<string, string>;
  etag: string;
  storedAt: number;
  generation: number;
  /** When a request went to render an expired entry again. */
  refreshingSince?: number;
}

/**
 * An in-process cache of anonymous public pages (GET, no session cookie, 200,
 * marked `Cache-Control: public` by the route). Any committed change clears it in this
 * process (see Platform.events "committed"); other processes see changes
 * within `ttlMs`. Each entry keeps its compressed variants, so a cached page
 * costs neither rendering, a query nor compression.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 2000,
  ) {}

  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.seen.clear();
  }

  /** URLs requested once, with when: kept from the second request within the time to live. */
  private readonly seen = new Map<string, number>();

  private admit(key: string): boolean {
    const now = Date.now();
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return true;
    if (this.seen.size >= this.maxEntries * 5) this.seen.clear();
    this.seen.set(key, now);
    return false;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The fast path, before any middleware: a cached anonymous page is answered
   * without routing, rendering, querying or compressing. Returns null on a miss.
   */
  lookup(req: Request, lang: string): Response | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const headers = req.headers;
    if (headers.get("cookie")?.includes("sp_sid=")) return null;
    const hit = this.entries.get(`${lang} ${req.url}`);
    if (!hit) return null;
    const now = Date.now();
    if (now - hit.storedAt >= this.ttlMs) {
      // Expired: one request renders it again; the others get the stale copy meanwhile (no stampede).
      if (!hit.refreshingSince || now - hit.refreshingSince > this.ttlMs) {
        hit.refreshingSince = now;
        return null;
      }
    }
    this.hits++;
    return this.serve(hit, headers.get("accept-encoding") ?? "", headers.get("if-none-match") ?? undefined);
  }

  /** Cache hits served by lookup() since start (exported as a metric). */
  hits = 0;

  /**
   * Stores what the routes render. Placed outside the security headers, so a
   * cached entry carries them; a request with a session cookie is never stored.
   */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.req.header("cookie")?.includes("sp_sid=")) return next();
      const key = `${c.get("lang")} ${c.req.url}`;
      const generation = this.generation;
      await next();
      // Admission: a URL is kept from its second request within the time to live. A flood of
      // one-off URLs (random query strings) neither fills memory nor pushes out the popular pages.
      if (!this.entries.has(key) && !this.admit(key)) return;
      const res = c.res;
      const cc = res.headers.get("cache-control") ?? "";
      if (res.status !== 200 || !cc.includes("public") || res.headers.has("set-cookie") || res.headers.has("content-encoding")) return;
      if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) return;
      const body = new Uint8Array(await res.arrayBuffer());
      const headers: [string, string][] = [["vary", "Cookie, Accept-Encoding"]];
      res.headers.forEach((v, k) => {
        if (k !== "content-length" && k !== "etag" && k !== "x-request-id" && k !== "vary") headers.push([k, v]);
      });
      const entry: Entry = {
        body,
        headers,
        etag: weakEtag(body),
        storedAt: Date.now(),
        generation,
      };
      if (generation === this.generation) {
        if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, entry);
      }
      // Replace the response whole: Hono would otherwise copy the old headers (length, weak ETag) onto it.
      // The variant this client takes is compressed now, in the thread pool: a page rendered for one
      // request (a unique query string) must not hold the event loop for its compression.
      const accept = c.req.header("accept-encoding") ?? "";
      if (/\bbr\b/.test(accept)) entry.br ??= await brotliAsync(body, BROTLI);
      else if (/\bgzip\b/.test(accept)) entry.gzip ??= await gzipAsync(body, GZIP);
      c.res = undefined as unknown as Response;
      c.res = this.serve(entry, accept, c.req.header("if-none-match"));
    };
  }

  private serve(e: Entry, acceptEncoding: string, ifNoneMatch: string | undefined): Response {
    // Plain header records, built once per variant: no Headers object per hit.
    if (etagMatches(e.etag, ifNoneMatch)) {
      e.h304 ??= this.record(e, null, 0);
      return new Response(null, { status: 304, headers: e.h304 });
    }
    if (/\bbr\b/.test(acceptEncoding)) {
      e.br ??= brotliCompressSync(e.body, BROTLI);
      e.hBr ??= this.record(e, "br", e.br.byteLength);
      return new Response(e.br as BodyInit, { status: 200, headers: e.hBr });
    }
    if (/\bgzip\b/.test(acceptEncoding)) {
      e.gzip ??= gzipSync(e.body, GZIP);
      e.hGzip ??= this.record(e, "gzip", e.gzip.byteLength);
      return new Response(e.gzip as BodyInit, { status: 200, headers: e.hGzip });
    }
    e.hRaw ??= this.record(e, null, e.body.byteLength);
    return new Response(e.body as BodyInit, { status: 200, headers: e.hRaw });
  }

  private record(e: Entry, encoding: string | null, length: number): Record<string, string> {
    const out: Record<string, string> = Object.fromEntries(e.headers);
    out.etag = e.etag;
    if (encoding) out["content-encoding"] = encoding;
    if (length) out["content-length"] = String(length);
    return out;
  }
}
