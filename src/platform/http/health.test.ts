import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe("operations endpoints and headers", () => {
  it("answers /healthz, /readyz with the database kind, and Prometheus /metrics", async () => {
    const a = t.agent();
    expect(await (await a.request("/healthz")).json()).toEqual({ status: "ok" });
    const ready = await (await a.request("/readyz")).json();
    expect(ready).toEqual({ status: "ready", database: t.p.database.kind });
    await a.request("/opd");
    const metrics = await (await a.request("/metrics")).text();
    expect(metrics).toContain("satupintu_http_request_duration_seconds_bucket");
    expect(metrics).toContain("satupintu_process_resident_memory_bytes");
  });

  it("sends a strict CSP and the other security headers, also on a page served from the cache", async () => {
    await t.agent().request("/opd");
    const res = await t.agent().request("/opd");
    expect(res.headers.get("etag")).toBeTruthy();
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect((await t.agent().request("/masuk")).headers.get("x-request-id")).toBeTruthy();
  });

  it("refuses a cross-site form post with a 403 page in Bahasa Indonesia", async () => {
    const res = await t
      .agent()
      .request("/masuk", { form: { email: "a@b.id", password: "x" }, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain("<!DOCTYPE html>");
    expect(html).toContain("Akses ditolak");
  });

  it("gives API clients JSON errors", async () => {
    const res = await t.agent().request("/api/v1/tidak-ada");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found", message: "Tidak ditemukan." });
  });
});

describe("request bodies are bounded before anything reads them", () => {
  it("refuses a 1 MB form post with 413, signed out and signed in", async () => {
    const big = "x".repeat(1024 * 1024);
    const res = await t.agent().request("/masuk", { form: { email: "a@b.id", kata_sandi: big } });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Kiriman terlalu besar");
  });
});

describe("a cacheable page on its first, uncached request", () => {
  it("is compressed correctly and carries the same (weak) ETag as later hits", async () => {
    const { gunzipSync } = await import("node:zlib");
    const first = await t.agent().request("/opd/dlh", { headers: { "accept-encoding": "gzip" } });
    expect(first.headers.get("content-encoding")).toBe("gzip");
    const html = gunzipSync(Buffer.from(await first.arrayBuffer())).toString();
    expect(html).toContain("Dinas Lingkungan Hidup");
    const second = await t.agent().request("/opd/dlh", { headers: { "accept-encoding": "gzip" } });
    expect(first.headers.get("etag")).toBe(second.headers.get("etag"));
    expect(first.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    const third = await t.agent().request("/opd/dlh", { headers: { "accept-encoding": "br" } });
    expect(third.headers.get("content-encoding")).toBe("br");
    expect(third.headers.get("etag")).toBe(first.headers.get("etag"));
    expect((await t.agent().request("/opd/dlh", { headers: { "if-none-match": first.headers.get("etag")! } })).status).toBe(304);
  });
});

describe("the web role's load signal", () => {
  it("is busy while more than one request is being rendered, and quiet again after", async () => {
    const { createApp } = await import("../../app.tsx");
    const web = createApp(t.p);
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    web.app.get("/uji/lambat", async (c) => {
      await gate;
      return c.text("ok");
    });
    expect(web.busy()).toBe(false);
    const one = web.fetch(new Request("http://localhost/uji/lambat"));
    await new Promise((r) => setTimeout(r, 20));
    expect(web.busy()).toBe(false);
    const two = web.fetch(new Request("http://localhost/uji/lambat"));
    await new Promise((r) => setTimeout(r, 20));
    expect(web.busy()).toBe(true);
    release();
    await Promise.all([one, two]);
    expect(web.busy()).toBe(false);
  });
});
