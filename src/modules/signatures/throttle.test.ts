import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ TRUST_PROXY: "true" });
});
afterAll(() => t.close());

function upload(path: string, ip: string) {
  const form = new FormData();
  form.set("berkas", new File(["bukan pdf"], "x.pdf", { type: "application/pdf" }));
  return t.agent().request(path, { method: "POST", body: form, headers: { "x-forwarded-for": ip } });
}

describe("anonymous upload check is rate limited per address", () => {
  it("answers 429 with Retry-After after 30 uploads in 10 minutes, for the page and the API, and not for another address", async () => {
    for (let i = 0; i < 30; i++)
      expect((await upload(i % 2 ? "/verifikasi" : "/api/v1/verification/check", "203.0.113.7")).status).toBe(400);
    const page = await upload("/verifikasi", "203.0.113.7");
    expect(page.status).toBe(429);
    expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await page.text()).toContain("Terlalu banyak permintaan");
    const api = await upload("/api/v1/verification/check", "203.0.113.7");
    expect(api.status).toBe(429);
    expect((await api.json()).error).toBe("rate_limited");
    expect((await upload("/verifikasi", "198.51.100.2")).status).toBe(400);
  });
});
