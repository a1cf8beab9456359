import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, signInWithPassword } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { hashPassword } from "./passwords.ts";
import { users } from "./schema.ts";
import { DEMO_TOTP_SECRET } from "./totp.ts";

let t: TestPlatform;
const PASSWORD = "sandi-warga-lebong";
beforeAll(async () => {
  t = await createTestPlatform({ RATE_LIMIT_LOGIN_PER_MINUTE: "3" });
  const passwordHash = await hashPassword(PASSWORD);
  await t.p.db.insert(users).values([
    { kind: "citizen", email: "warga@contoh.id", name: "Warga", passwordHash, emailVerifiedAt: new Date() },
    { kind: "citizen", email: "kembali@contoh.id", name: "Warga Dua", passwordHash, emailVerifiedAt: new Date() },
    {
      kind: "staff",
      email: "staf@lebongkab.go.id",
      name: "Staf",
      passwordHash,
      emailVerifiedAt: new Date(),
      totpSecret: DEMO_TOTP_SECRET,
      totpEnabledAt: new Date(),
    },
  ]);
});
afterAll(() => t.close());

function expect429(res: Response, html: string) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(html).toContain("Terlalu banyak percobaan");
}

describe("rate limits", () => {
  it("sign-in: after 3 attempts a minute for one account, 429 with Retry-After in Bahasa Indonesia", async () => {
    for (let i = 0; i < 3; i++) expect((await signInWithPassword(t.agent(), "warga@contoh.id", "salah-salah-salah")).status).toBe(400);
    const res = await signInWithPassword(t.agent(), "warga@contoh.id", PASSWORD);
    expect429(res, await res.text());
    // Another account from the same address is still allowed (the per-IP limit is higher).
    expect((await signInWithPassword(t.agent(), "kembali@contoh.id", PASSWORD)).status).toBe(303);
  });

  it("registration and password reset are limited too", async () => {
    const reg = (i: number) =>
      t.agent().request("/daftar", {
        form: {
          nama: "Warga",
          email: "baru@contoh.id",
          kata_sandi: `sandi-panjang-${i}`,
          konfirmasi: `sandi-panjang-${i}`,
          persetujuan: "ya",
        },
      });
    for (let i = 0; i < 3; i++) expect((await reg(i)).status).toBe(303);
    const r = await reg(4);
    expect429(r, await r.text());
    const reset = () => t.agent().request("/lupa-sandi", { form: { email: "warga@contoh.id" } });
    for (let i = 0; i < 3; i++) expect((await reset()).status).toBe(303);
    const x = await reset();
    expect429(x, await x.text());
  });

  it("TOTP attempts are limited per account", async () => {
    const a = t.agent();
    expect((await a.request("/masuk", { form: { email: "staf@lebongkab.go.id", kata_sandi: PASSWORD } })).status).toBe(303);
    await a.page("/masuk/verifikasi-2fa");
    for (let i = 0; i < 3; i++) expect((await a.request("/masuk/verifikasi-2fa", { form: { kode: "12345" } })).status).toBe(400);
    const res = await a.request("/masuk/verifikasi-2fa", { form: { kode: "123456" } });
    expect429(res, await res.text());
  });
});

describe("CSRF, cookies and headers", () => {
  it("a cookie-authenticated POST without the token, or from another site, is refused", async () => {
    const { agent } = await signInAs(t, { kind: "citizen" });
    const json = { accept: "application/json" };
    const noToken = await agent.request("/keluar", { form: {}, noCsrf: true, headers: json });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: string }).error).toBe("csrf_token");
    const foreign = await agent.request("/keluar", { form: {}, headers: { ...json, origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toBe("csrf_origin");
    const page = await agent.request("/keluar", { form: {}, noCsrf: true });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Akses ditolak");
    // Still signed in; with the token it works.
    expect((await agent.page("/akun")).res.status).toBe(200);
    expect((await agent.request("/keluar", { form: {} })).status).toBe(303);
  });

  it("an anonymous sign-in from another site is refused by the Origin check", async () => {
    const res = await t.agent().request("/masuk", {
      form: { email: "kembali@contoh.id", kata_sandi: PASSWORD },
      headers: { origin: "https://evil.example", accept: "application/json" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("anonymous pages set no cookie; signed-in pages are private; strict CSP", async () => {
    for (const path of ["/masuk", "/daftar", "/lupa-sandi", "/en/masuk"]) {
      const { res, html } = await t.agent().page(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("set-cookie"), path).toBeNull();
      expect(html).not.toContain('name="_csrf"');
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
    const { agent } = await signInAs(t, { kind: "citizen" });
    const { res, html } = await agent.page("/akun");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toMatch(/name="_csrf" value="[^"]+"/);
  });

  it("only a local return path is followed after sign-in", async () => {
    const evil = await t
      .agent()
      .request("/masuk", { form: { email: "kembali@contoh.id", kata_sandi: PASSWORD, kembali: "//evil.example/x" } });
    expect(evil.headers.get("location")).toBe("/akun");
    const ok = await t.agent().request("/masuk", { form: { email: "kembali@contoh.id", kata_sandi: PASSWORD, kembali: "/opd?q=dinas" } });
    expect(ok.headers.get("location")).toBe("/opd?q=dinas");
    const en = await t.agent().request("/en/masuk", { form: { email: "kembali@contoh.id", kata_sandi: PASSWORD } });
    expect(en.headers.get("location")).toBe("/en/akun");
    const [u] = await t.p.db.select().from(users).where(eq(users.email, "kembali@contoh.id"));
    expect(u.status).toBe("active");
  });
});
