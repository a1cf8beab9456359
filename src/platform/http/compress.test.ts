import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { encodeBodies, etagMatches } from "./compress.ts";

const big = `<main>${"<p>Daftar permohonan informasi publik Kabupaten Lebong.</p>".repeat(60)}</main>`;

function app() {
  const a = new Hono();
  a.use(encodeBodies());
  a.get("/page", (c) => {
    c.header("Cache-Control", "private, no-cache");
    return c.html(big);
  });
  a.get("/small", (c) => c.json({ ok: true }));
  a.post("/page", (c) => c.html(big));
  a.get("/missing", (c) => c.html(big, 404));
  a.get("/export.csv", (c) => {
    let n = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (n++ >= 50) return ctl.close();
        ctl.enqueue(new TextEncoder().encode(`PPID-2026-${String(n).padStart(6, "0")},Dinas Kesehatan,Selesai\n`));
      },
    });
    return c.body(stream, 200, { "Content-Type": "text/csv; charset=utf-8" });
  });
  return a;
}

describe("encodeBodies", () => {
  it("gzips or brotlis a page once, with a weak ETag, Vary and the right length", async () => {
    const a = app();
    const gz = await a.request("/page", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("vary")).toContain("Accept-Encoding");
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(Number(gz.headers.get("content-length"))).toBe(gzBytes.byteLength);
    expect(gunzipSync(gzBytes).toString()).toBe(big);
    expect(gz.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);

    const br = await a.request("/page", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(big);
    // The validator is the content's, whatever the encoding.
    expect(br.headers.get("etag")).toBe(gz.headers.get("etag"));

    const plain = await a.request("/page");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(big);
  });

  it("answers 304 to a client that has the page, keeping the cache headers and no body", async () => {
    const a = app();
    const etag = (await a.request("/page")).headers.get("etag")!;
    const again = await a.request("/page", { headers: { "if-none-match": `"other", ${etag}`, "accept-encoding": "gzip" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(again.headers.get("content-type")).toBeNull();
    expect(await again.text()).toBe("");
  });

  it("leaves small bodies uncompressed, gives no ETag to a POST or an error, and still compresses them", async () => {
    const a = app();
    const small = await a.request("/small", { headers: { "accept-encoding": "gzip" } });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    expect(small.headers.get("etag")).not.toBeNull();
    const post = await a.request("/page", { method: "POST", headers: { "accept-encoding": "gzip" } });
    expect(post.headers.get("etag")).toBeNull();
    expect(post.headers.get("content-encoding")).toBe("gzip");
    const missing = await a.request("/missing", { headers: { "accept-encoding": "gzip" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect(gunzipSync(Buffer.from(await missing.arrayBuffer())).toString()).toBe(big);
  });

  it("leaves a streamed CSV export to the streaming compressor", async () => {
    const r = await app().request("/export.csv", { headers: { "accept-encoding": "gzip" } });
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect(r.headers.get("etag")).toBeNull();
    const text = gunzipSync(Buffer.from(await r.arrayBuffer())).toString();
    expect(text.split("\n")).toHaveLength(51);
  });

  it("matches If-None-Match lists, weak or strong, and *", () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', 'W/"x", W/"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', "*")).toBe(true);
    expect(etagMatches('W/"abc"', '"abd"')).toBe(false);
    expect(etagMatches('W/"abc"', undefined)).toBe(false);
  });
});
