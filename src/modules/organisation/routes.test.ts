import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe("OPD directory", () => {
  it("lists the 39 seeded units grouped by kind", async () => {
    const { res, html } = await t.agent().page("/opd");
    expect(res.status).toBe(200);
    expect(html).toContain("Dinas Komunikasi, Informatika, Statistik dan Persandian");
    expect(html).toContain("Kecamatan Pinang Belapis");
    expect(html.match(/href="\/opd\/[a-z0-9-]+"/g)?.length).toBe(39);
  });

  it("finds a unit by part of its name and tolerates a typo", async () => {
    const a = t.agent();
    expect((await a.page("/opd?q=kesehatan")).html).toContain("Dinas Kesehatan");
    expect((await a.page("/opd?q=BPBD")).html).toContain("Badan Penanggulangan Bencana Daerah");
    expect((await a.page("/opd?q=kesehtan")).html).toContain("Dinas Kesehatan");
  });

  it("refuses an over-long search with a message, not an error", async () => {
    const { res, html } = await t.agent().page(`/opd?q=${"a".repeat(101)}`);
    expect(res.status).toBe(200);
    expect(html).toContain("Kata kunci terlalu panjang");
  });

  it("shows a unit page with demo values marked as examples, and the villages of a kecamatan", async () => {
    const { html } = await t.agent().page("/opd/diskominfo-sp");
    expect(html).toContain("Contoh data demo");
    const kec = await t.agent().page("/opd/kec-09");
    expect(kec.html).toContain("Kecamatan Tubei");
    expect(kec.html).toContain("Pelabai");
  });

  it("serves English under /en and answers 404 in Bahasa Indonesia for unknown units", async () => {
    expect((await t.agent().page("/en/opd")).html).toContain('lang="en"');
    const res = await t.agent().page("/opd/tidak-ada");
    expect(res.res.status).toBe(404);
    expect(res.html).toContain("Halaman tidak ditemukan");
  });

  it("sets no cookie on anonymous pages and allows caching", async () => {
    const { res } = await t.agent().page("/opd");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("public");
  });
});
