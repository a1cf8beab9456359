/**
 * ETag and compression for the responses the app builds from strings (pages,
 * JSON, feeds, plain text), in one pass over the body: a weak ETag from a
 * synchronous SHA-1 (a 304 when the client has it), then brotli or gzip run in
 * libuv's thread pool, off the event loop. Hono's etag and compress middleware
 * did the same through web streams and WebCrypto, which cost two thirds of a
 * busy staff page's time.
 *
 * Other responses (CSV exports streamed row by row, files, assets) go to Hono's
 * streaming compress, which skips anything this one already encoded. Pages kept
 * by the page cache arrive here already encoded and pass untouched.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Built from strings in this app, so safe to read whole. */
const BUFFERED = /^(text\/html|text\/plain|text\/xml|application\/(json|xml|rss\+xml|atom\+xml|problem\+json))\b/i;
const MIN_COMPRESS = 1024;
/** The headers a 304 keeps (RFC 9110 §15.4.5). */
const KEEP_ON_304 = ["cache-control", "content-location", "date", "etag", "expires", "vary"];

const stripWeak = (tag: string) => tag.replace(/^W\//, "");

/**
 * Weak: the same validator is given to the identity, gzip and brotli forms of a
 * body (RFC 9110 §8.8.1 reserves strong ones for byte-identical representations).
 */
export const weakEtag = (body: Uint8Array) => `W/"${createHash("sha1").update(body).digest("base64url")}"`;

export function etagMatches(etag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const expected = stripWeak(etag);
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((t) => stripWeak(t) === expected);
}

export function encodeBodies(): MiddlewareHandler {
  const streaming = compress();
  return (c, next) =>
    streaming(c, async () => {
      await next();
      const res = c.res;
      if (!res.body || res.headers.has("content-encoding")) return;
      if (!BUFFERED.test(res.headers.get("content-type") ?? "")) return;
      const body = Buffer.from(await res.arrayBuffer());
      const headers = new Headers(res.headers);
      const method = c.req.method;
      if (res.status === 200 && (method === "GET" || method === "HEAD") && !headers.has("etag")) {
        headers.set("etag", weakEtag(body));
      }
      const etag = headers.get("etag");
      if (res.status === 200 && etag && etagMatches(etag, c.req.header("if-none-match"))) {
        const kept = new Headers();
        for (const k of KEEP_ON_304) {
          const v = headers.get(k);
          if (v !== null) kept.set(k, v);
        }
        c.res = undefined as unknown as Response;
        c.res = new Response(null, { status: 304, headers: kept });
        return;
      }
      let out: Buffer = body;
      const accept = c.req.header("accept-encoding") ?? "";
      const cacheControl = headers.get("cache-control") ?? "";
      if (body.byteLength >= MIN_COMPRESS && !cacheControl.includes("no-transform")) {
        if (/\bbr\b/.test(accept)) {
          out = await brotli(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
          });
          headers.set("content-encoding", "br");
        } else if (/\bgzip\b/.test(accept)) {
          out = await gz(body, { level: 6 });
          headers.set("content-encoding", "gzip");
        }
        const vary = headers.get("vary");
        if (!vary?.toLowerCase().includes("accept-encoding")) headers.set("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      }
      headers.set("content-length", String(out.byteLength));
      // Replace the response whole: Hono would otherwise copy the old headers (length) onto it.
      c.res = undefined as unknown as Response;
      c.res = new Response(method === "HEAD" ? null : (out as unknown as BodyInit), {
        status: res.status,
        statusText: res.statusText,
        headers,
      });
    });
}
