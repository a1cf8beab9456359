import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "./env.ts";
import { PageCache } from "./page-cache.ts";

function app(cache: PageCache) {
  let renders = 0;
  const a = new Hono<AppEnv>();
  a.use(async (c, next) => {
    c.set("lang", "id");
    await next();
  });
  a.use(cache.middleware());
  a.get("/public", (c) => {
    renders++;
    c.header("Cache-Control", "public, max-age=60");
    return c.html(`<p>halaman ${renders}</p>`);
  });
  a.get("/private", (c) => {
    renders++;
    return c.html(`<p>pribadi ${renders}</p>`);
  });
  // As in app.tsx: the fast path first, then the app (whose middleware stores).
  const request = async (path: string, init?: RequestInit) => {
    const req = new Request(`http://localhost${path}`, init);
    return cache.lookup(req, "id") ?? a.fetch(req);
  };
  return { a: { request }, renders: () => renders };
}

describe("page cache", () => {
  it("keeps a public page from its second request, serves it compressed on request, with a validator", async () => {
    const cache = new PageCache();
    const { a, renders } = app(cache);
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 1</p>");
    expect(cache.size).toBe(0);
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 2</p>");
    expect(cache.size).toBe(1);
    const third = await a.request("/public", { headers: { "accept-encoding": "gzip" } });
    expect(third.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await third.arrayBuffer())).toString()).toBe("<p>halaman 2</p>");
    expect(renders()).toBe(2);
    const etag = third.headers.get("etag")!;
    expect((await a.request("/public", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("does not keep one-off URLs, so a flood of random query strings neither fills it nor pushes out a kept page", async () => {
    const cache = new PageCache(10_000, 5);
    const { a, renders } = app(cache);
    await a.request("/public");
    await a.request("/public");
    for (let i = 0; i < 100; i++) await a.request(`/public?acak=${i}`);
    expect(cache.size).toBe(1);
    expect(renders()).toBe(102);
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 2</p>");
  });

  it("is cleared by a committed change and never serves a signed-in visitor", async () => {
    const cache = new PageCache();
    const { a, renders } = app(cache);
    await a.request("/public");
    await a.request("/public");
    cache.invalidate();
    expect(cache.size).toBe(0);
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 3</p>");
    expect(await (await a.request("/public", { headers: { cookie: "sp_sid=abc" } })).text()).toBe("<p>halaman 4</p>");
    await a.request("/private");
    await a.request("/private");
    await a.request("/private");
    expect(renders()).toBe(7);
    expect(cache.size).toBe(0);
  });

  it("renders an expired entry again once, serving the stale copy to the others meanwhile", async () => {
    const cache = new PageCache(50);
    const { a, renders } = app(cache);
    await a.request("/public");
    await a.request("/public");
    await new Promise((r) => setTimeout(r, 60));
    // The first request after expiry re-renders; a request while that is under way gets the stale page.
    const stale = cache.lookup(new Request("http://localhost/public"), "id");
    expect(stale).toBeNull();
    expect(await cache.lookup(new Request("http://localhost/public"), "id")?.text()).toBe("<p>halaman 2</p>");
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 2</p>");
    await new Promise((r) => setTimeout(r, 60));
    expect(await (await a.request("/public")).text()).toBe("<p>halaman 3</p>");
    expect(renders()).toBe(3);
  });
});
