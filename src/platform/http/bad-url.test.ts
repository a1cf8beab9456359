/** Addresses an attacker or a broken link might send: never a 500. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const WITH_NUL = [
  "/ppid/register?q=%00",
  "/ppid/register?q=a%00b&opd=%00&tahun=%00",
  "/ppid/lacak/PPID-2026-000001/%00",
  "/arsip?q=%00",
  "/ppid/dip?q=%00",
  "/api/v1/register?q=%00",
  "/api/v1/public-information?q=%00",
  "/opd/%00",
  "/ppid/keberatan/baru?nomor=%00&kode=%00",
];

const ODD = [
  "/ppid/register?q=%FF",
  "/ppid/register?q=%ED%A0%80",
  "/opd/%FF",
  "/arsip?q=%FF%FE",
  "/ppid/lacak/%FF/%FF",
  "/api/v1/requests/%FF",
  `/ppid/register?q=${"a".repeat(5000)}`,
  `/arsip?q=${encodeURIComponent('""" OR -( ) :* & | ! <-> ')}`,
  `/ppid/register?q=${encodeURIComponent("'; DROP TABLE x; --")}`,
  "/ppid/register?page=-1",
  "/ppid/register?page=999999999999",
  "/ppid/register?tahun=abc",
  "/arsip?page=1e9",
  "/api/v1/register?page=-5&limit=99999",
];

describe("odd addresses", () => {
  it("refuses a NUL character (%00) anywhere in the address with a 400 page, in HTML and under /api as JSON", async () => {
    for (const url of WITH_NUL) expect((await t.agent().request(url)).status, url).toBe(400);
    const page = await t.agent().request("/ppid/register?q=%00");
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("tidak sah");
    const api = await t.agent().request("/api/v1/register?q=%00");
    expect(api.headers.get("content-type")).toContain("application/json");
  });

  it("answers broken encodings, operators, huge and negative values without a server error", async () => {
    for (const url of ODD) expect((await t.agent().request(url)).status, url).toBeLessThan(500);
  });
});
