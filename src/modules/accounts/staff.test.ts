import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, signInWithPassword, tokenFromOutbox } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { listUnits } from "../organisation/index.ts";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoAccounts, totpCode } from "./index.ts";
import { recoveryCodes, users } from "./schema.ts";

let t: TestPlatform;
let admin: TestAgent;
let dinkes: string;
beforeAll(async () => {
  t = await createTestPlatform({ RATE_LIMIT_LOGIN_PER_MINUTE: "100" });
  admin = (await signInAs(t, { roles: [{ role: "admin" }], name: "Admin Uji" })).agent;
  dinkes = (await listUnits(t.p.db)).find((u) => u.code === "DINKES")!.id;
});
afterAll(() => t.close());

const EMAIL = "petugas.dinkes@lebongkab.go.id";
const PASSWORD = "sandi-petugas-kuat";
let secret = "";
let codes: string[] = [];

/** The last TOTP step the account used (codes at or before it are refused). */
async function lastStep(): Promise<number> {
  const [u] = await t.p.db.select({ s: users.totpLastStep }).from(users).where(eq(users.email, EMAIL));
  return u.s!;
}
const codeAt = (s: string, step: number) => totpCode(s, step * 30_000 + 1000);

describe("staff sign-in with TOTP", () => {
  it("an admin creates a staff account; the invitation link sets the first password", async () => {
    await admin.page("/admin/pengguna/baru");
    const res = await admin.request("/admin/pengguna/baru", {
      form: {
        nama: "Rahmat Hidayat",
        email: EMAIL,
        nip: "198702152010011003",
        klasifikasi: "terbatas",
        peran: "ppid_pelaksana",
        unit: dinkes,
      },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/admin\/pengguna\/[0-9a-f-]{36}\?selesai=dibuat$/);
    const token = await tokenFromOutbox(t, EMAIL, "/akun/atur-ulang-sandi");
    const a = t.agent();
    expect((await a.page(`/akun/atur-ulang-sandi?token=${token}`)).res.status).toBe(200);
    const set = await a.request("/akun/atur-ulang-sandi", { form: { token, kata_sandi: PASSWORD, konfirmasi: PASSWORD } });
    expect(set.headers.get("location")).toBe("/masuk?selesai=sandi_diubah");
  });

  it("at first sign-in staff must enrol; nothing staff-only works before that", async () => {
    const a = t.agent();
    const res = await a.request("/masuk", { form: { email: EMAIL, kata_sandi: PASSWORD, kembali: "/akun" } });
    expect(res.headers.get("location")).toBe("/akun/2fa?kembali=%2Fakun");
    expect((await a.request("/akun")).headers.get("location")).toBe("/akun/2fa?kembali=%2Fakun");
    expect((await a.request("/admin/pengguna")).status).toBe(403);

    const page = await a.page("/akun/2fa");
    expect(page.res.status).toBe(200);
    expect(page.html).toContain('src="data:image/svg+xml;base64,');
    secret = /data-secret="([A-Z2-7]+)"/.exec(page.html)![1];
    expect(secret).toHaveLength(32);
    // The same pending secret on reload.
    expect((await a.page("/akun/2fa")).html).toContain(secret);

    const wrong = await a.request("/akun/2fa", { form: { kode: "000000" } });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Kode tidak cocok");
    const ok = await a.request("/akun/2fa", { form: { kode: totpCode(secret), kembali: "/akun" } });
    expect(ok.status).toBe(200);
    const html = await ok.text();
    codes = [...html.matchAll(/<code>([a-z0-9]{5}-[a-z0-9]{5})<\/code>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    const stored = await t.p.db.select().from(recoveryCodes);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);

    const acc = await a.page("/akun");
    expect(acc.res.status).toBe(200);
    expect(acc.html).toContain("PPID Pelaksana — Dinas Kesehatan");
    expect(acc.html).toContain("Terbatas");
    // Enrolled: the secret is never shown again.
    expect((await a.page("/akun/2fa")).html).not.toContain(secret);

    const [u] = await t.p.db.select().from(users).where(eq(users.email, EMAIL));
    for (const e of await t.p.db.select().from(auditEvents).where(eq(auditEvents.subjectId, u.id))) {
      expect(JSON.stringify(e)).not.toContain(secret);
      expect(JSON.stringify(e)).not.toContain("argon2");
    }
  });

  it("asks for the code at every sign-in and never accepts the same code twice", async () => {
    const a = t.agent();
    const first = await a.request("/masuk", { form: { email: EMAIL, kata_sandi: PASSWORD } });
    expect(first.headers.get("location")).toBe("/masuk/verifikasi-2fa");
    expect((await a.request("/akun")).headers.get("location")).toBe("/masuk/verifikasi-2fa?kembali=%2Fakun");
    expect((await a.page("/masuk/verifikasi-2fa")).html).toContain("Verifikasi dua langkah");
    // The step used at enrolment is spent.
    const used = await lastStep();
    const replay = await a.request("/masuk/verifikasi-2fa", { form: { kode: codeAt(secret, used) } });
    expect(replay.status).toBe(400);
    const ok = await a.request("/masuk/verifikasi-2fa", { form: { kode: codeAt(secret, used + 1) } });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/akun");
    expect((await a.page("/akun")).res.status).toBe(200);

    const b = t.agent();
    await b.request("/masuk", { form: { email: EMAIL, kata_sandi: PASSWORD } });
    await b.page("/masuk/verifikasi-2fa");
    expect(await lastStep()).toBe(used + 1);
    expect((await b.request("/masuk/verifikasi-2fa", { form: { kode: codeAt(secret, used + 1) } })).status).toBe(400);
  });

  it("a recovery code works once", async () => {
    const a = t.agent();
    expect((await signInWithPassword(a, EMAIL, PASSWORD, codes[0].toUpperCase())).headers.get("location")).toBe("/akun");
    const b = t.agent();
    const again = await signInWithPassword(b, EMAIL, PASSWORD, codes[0]);
    expect(again.status).toBe(400);
    expect((await b.request("/akun")).status).toBe(303);
    expect((await a.page("/akun/2fa")).html).toContain("Sisa kode pemulihan yang belum dipakai: 9");
  });
});

describe("demo accounts", () => {
  it("are never made in production, and made once otherwise, with the documented TOTP secret", async () => {
    await seedDemoAccounts({ ...t.p, config: { ...t.p.config, demoData: true, production: true } });
    expect(await t.p.db.select().from(users).where(eq(users.isDemo, true))).toHaveLength(0);
    await seedDemoAccounts({ ...t.p, config: { ...t.p.config, demoData: true } });
    await seedDemoAccounts({ ...t.p, config: { ...t.p.config, demoData: true } });
    const demo = await t.p.db.select().from(users).where(eq(users.isDemo, true));
    expect(demo.map((u) => u.email).sort()).toEqual(
      [
        "admin@lebongkab.go.id",
        "atasan.ppid@lebongkab.go.id",
        "auditor@lebongkab.go.id",
        "petugas.ppid@lebongkab.go.id",
        "ppid.dinkes@lebongkab.go.id",
        "ppid.utama@lebongkab.go.id",
        "warga@contoh.id",
      ].sort(),
    );
    const seeded = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "account.demo_seeded"));
    expect(seeded).toHaveLength(7);
    expect(JSON.stringify(seeded)).not.toContain(DEMO_TOTP_SECRET);

    const a = t.agent();
    const res = await signInWithPassword(a, "admin@lebongkab.go.id", t.p.config.adminPassword, totpCode(DEMO_TOTP_SECRET));
    expect(res.headers.get("location")).toBe("/akun");
    const list = await a.page("/admin/pengguna?jenis=staff");
    expect(list.res.status).toBe(200);
    expect(list.html).toContain("Contoh: PPID Pelaksana Dinas Kesehatan");
    expect(list.html).not.toContain("Contoh: Warga Lebong");
    const citizen = await signInWithPassword(t.agent(), "warga@contoh.id", DEMO_PASSWORD);
    expect(citizen.headers.get("location")).toBe("/akun");
  });
});
