import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe("portal shell", () => {
  it("serves the home page with the Pemkab identity, navigation, footer links and a language switch", async () => {
    const { res, html } = await t.agent().page("/");
    expect(res.status).toBe(200);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="id"');
    expect(html).toContain("Pemerintah Kabupaten Lebong");
    expect(html).toContain('href="#konten"');
    expect(html).toContain('href="/ppid/maklumat"');
    expect(html).toContain('href="/en"');
    const en = await t.agent().page("/en");
    expect(en.html).toContain('<html lang="en"');
    expect(en.html).toContain("Lebong Regency Government");
  });

  it("says plainly that a coming service is being prepared, with the PPID contact, instead of a 404", async () => {
    for (const path of ["/berita", "/data"]) {
      const { res, html } = await t.agent().page(path);
      expect(res.status, path).toBe(200);
      expect(html).toContain("sedang disiapkan");
      expect(html).toContain("ppid@lebongkab.go.id");
    }
    expect((await t.agent().page("/en/berita")).html).toContain("being prepared");
  });

  it("answers an unknown page with a 404 page in Bahasa Indonesia", async () => {
    const { res, html } = await t.agent().page("/tidak/ada");
    expect(res.status).toBe(404);
    expect(html).toContain("<title>Halaman tidak ditemukan");
  });
});
