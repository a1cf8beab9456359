import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword, tokenFromOutbox } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { authTokens, sessions, users } from "./schema.ts";
import { hashToken } from "./session.ts";

let t: TestPlatform;
beforeAll(async () => {
  // Many sign-ups from one address in this file: limits are exercised in security.test.ts.
  t = await createTestPlatform({ RATE_LIMIT_LOGIN_PER_MINUTE: "100" });
});
afterAll(() => t.close());

const PASSWORD = "kopi-lebong-pagi";

async function register(email: string, name = "Siti Aminah") {
  return t.agent().request("/daftar", { form: { nama: name, email, kata_sandi: PASSWORD, konfirmasi: PASSWORD, persetujuan: "ya" } });
}

async function registerAndVerify(email: string) {
  expect((await register(email)).status).toBe(303);
  const token = await tokenFromOutbox(t, email, "/akun/verifikasi-surel");
  expect((await t.agent().request("/akun/verifikasi-surel", { form: { token } })).status).toBe(303);
}

describe("citizen registration and sign-in", () => {
  it("registers, verifies from the outbox, signs in and out", async () => {
    const a = t.agent();
    const res = await a.request("/daftar", {
      form: { nama: "Budi Santoso", email: " Budi@Contoh.ID ", kata_sandi: PASSWORD, konfirmasi: PASSWORD, persetujuan: "ya" },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/daftar/periksa-surel");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await a.page("/daftar/periksa-surel")).html).toContain("Periksa surel Anda");

    const [u] = await t.p.db.select().from(users).where(eq(users.email, "budi@contoh.id"));
    expect(u.kind).toBe("citizen");
    expect(u.emailVerifiedAt).toBeNull();
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await tokenFromOutbox(t, "budi@contoh.id", "/akun/verifikasi-surel");
    const [row] = await t.p.db
      .select()
      .from(authTokens)
      .where(eq(authTokens.id, hashToken(token)));
    expect(row.purpose).toBe("verify_email");
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);

    const page = await a.page(`/akun/verifikasi-surel?token=${token}`);
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("Verifikasi alamat surel");
    const v = await a.request("/akun/verifikasi-surel", { form: { token } });
    expect(v.headers.get("location")).toBe("/masuk?selesai=terverifikasi");
    expect((await a.page("/masuk?selesai=terverifikasi")).html).toContain("sudah terverifikasi");
    // Single use.
    expect((await a.request("/akun/verifikasi-surel", { form: { token } })).status).toBe(400);

    const s = await signInWithPassword(a, "budi@contoh.id", PASSWORD);
    expect(s.status).toBe(303);
    expect(s.headers.get("location")).toBe("/akun");
    expect(s.headers.get("set-cookie")).toMatch(/sp_sid=.+HttpOnly/i);
    const acc = await a.page("/akun");
    expect(acc.res.status).toBe(200);
    expect(acc.html).toContain("Budi Santoso");
    expect(acc.html).toContain("Hapus akun");

    const stolen = a.cookies.get("sp_sid");
    const out = await a.request("/keluar", { form: {} });
    expect(out.status).toBe(303);
    expect(a.cookies.has("sp_sid")).toBe(false);
    expect((await a.request("/akun")).status).toBe(303);
    // The old cookie replayed at once (the session was just read, so it was in the process's session cache): signed out.
    expect((await t.agent().request("/akun", { headers: { cookie: `sp_sid=${stolen}` } })).status).toBe(303);
    const [gone] = await t.p.db.select().from(sessions).where(eq(sessions.userId, u.id));
    expect(gone).toBeUndefined();
    const actions = (await t.p.db.select().from(auditEvents).where(eq(auditEvents.subjectId, u.id))).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["account.registered", "account.email_verified", "account.signed_in", "account.signed_out"]),
    );
    for (const e of await t.p.db.select().from(auditEvents).where(eq(auditEvents.subjectId, u.id))) {
      expect(JSON.stringify([e.before, e.after, e.actorName])).not.toMatch(/argon2|Budi|budi@/);
    }
  });

  it("shows field errors in Bahasa Indonesia and keeps what was typed, but never the password", async () => {
    const res = await t
      .agent()
      .request("/daftar", { form: { nama: "Rina <b>", email: "bukan-surel", kata_sandi: "qwzx7", konfirmasi: "lain", persetujuan: "" } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("Masukkan alamat surel yang benar");
    expect(html).toContain("Kata sandi minimal 10 karakter");
    expect(html).toContain("Centang persetujuan");
    expect(html).toContain('value="bukan-surel"');
    expect(html).toContain("Rina &lt;b&gt;");
    expect(html).not.toContain("qwzx7");
    const en = await t.agent().request("/en/daftar", { form: { nama: "", email: "x@y.id", kata_sandi: "a", konfirmasi: "a" } });
    expect(await en.text()).toContain("The password must be at least 10 characters");
  });

  it("answers the same for a known email and mails the owner instead", async () => {
    await registerAndVerify("sama@contoh.id");
    const before = await t.p.db.select().from(outbox).where(eq(outbox.to, "sama@contoh.id"));
    const res = await register("sama@contoh.id", "Penyusup");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/daftar/periksa-surel");
    const after = await t.p.db.select().from(outbox).where(eq(outbox.to, "sama@contoh.id"));
    expect(after.length).toBe(before.length + 1);
    const [u] = await t.p.db.select().from(users).where(eq(users.email, "sama@contoh.id"));
    expect(u.name).toBe("Siti Aminah");
  });

  it("refuses a wrong password with a neutral message", async () => {
    await registerAndVerify("salah@contoh.id");
    const a = t.agent();
    const wrong = await signInWithPassword(a, "salah@contoh.id", "bukan-kata-sandinya");
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(html).toContain("Email atau kata sandi salah");
    expect(html).toContain('value="salah@contoh.id"');
    expect(html).not.toContain("bukan-kata-sandinya");
    const unknown = await signInWithPassword(t.agent(), "tidak-ada@contoh.id", "bukan-kata-sandinya");
    expect(await unknown.text()).toContain("Email atau kata sandi salah");
    expect(a.cookies.size).toBe(0);
  });

  it("keeps an unverified account out, with a way to resend the link", async () => {
    expect((await register("belum@contoh.id")).status).toBe(303);
    const a = t.agent();
    const res = await signInWithPassword(a, "belum@contoh.id", PASSWORD);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("belum diverifikasi");
    expect(html).toContain('action="/akun/kirim-ulang-verifikasi"');
    expect(a.cookies.size).toBe(0);
    const first = await tokenFromOutbox(t, "belum@contoh.id", "/akun/verifikasi-surel");
    expect((await a.request("/akun/kirim-ulang-verifikasi", { form: { email: "belum@contoh.id" } })).status).toBe(303);
    const second = await tokenFromOutbox(t, "belum@contoh.id", "/akun/verifikasi-surel");
    expect(second).not.toBe(first);
    // The earlier link stopped working when the new one was sent.
    expect((await a.request("/akun/verifikasi-surel", { form: { token: first } })).status).toBe(400);
    expect((await a.request("/akun/verifikasi-surel", { form: { token: second } })).status).toBe(303);
    expect((await signInWithPassword(a, "belum@contoh.id", PASSWORD)).status).toBe(303);
  });

  it("resets a password with a one-hour single-use link; expired and used links fail", async () => {
    await registerAndVerify("lupa@contoh.id");
    const signedIn = t.agent();
    expect((await signInWithPassword(signedIn, "lupa@contoh.id", PASSWORD)).status).toBe(303);

    const a = t.agent();
    const req = await a.request("/lupa-sandi", { form: { email: "lupa@contoh.id" } });
    expect(req.headers.get("location")).toBe("/lupa-sandi/terkirim");
    const unknown = await a.request("/lupa-sandi", { form: { email: "siapa@contoh.id" } });
    expect(unknown.headers.get("location")).toBe("/lupa-sandi/terkirim");
    expect(await t.p.db.select().from(outbox).where(eq(outbox.to, "siapa@contoh.id"))).toHaveLength(0);

    const token = await tokenFromOutbox(t, "lupa@contoh.id", "/akun/atur-ulang-sandi");
    const [row] = await t.p.db
      .select()
      .from(authTokens)
      .where(eq(authTokens.id, hashToken(token)));
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);
    expect((await a.page(`/akun/atur-ulang-sandi?token=${token}`)).html).toContain("Buat kata sandi baru");
    const short = await a.request("/akun/atur-ulang-sandi", { form: { token, kata_sandi: "pendek", konfirmasi: "pendek" } });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Kata sandi minimal 10 karakter");
    const ok = await a.request("/akun/atur-ulang-sandi", {
      form: { token, kata_sandi: "sandi-baru-lebong", konfirmasi: "sandi-baru-lebong" },
    });
    expect(ok.headers.get("location")).toBe("/masuk?selesai=sandi_diubah");
    // Used: refused; the old session ended; the new password works, the old does not.
    const again = await a.request("/akun/atur-ulang-sandi", {
      form: { token, kata_sandi: "sandi-lain-lagi", konfirmasi: "sandi-lain-lagi" },
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Tautan tidak berlaku");
    expect((await signedIn.request("/akun")).status).toBe(303);
    expect((await signInWithPassword(t.agent(), "lupa@contoh.id", PASSWORD)).status).toBe(400);
    expect((await signInWithPassword(t.agent(), "lupa@contoh.id", "sandi-baru-lebong")).status).toBe(303);

    await a.request("/lupa-sandi", { form: { email: "lupa@contoh.id" } });
    const late = await tokenFromOutbox(t, "lupa@contoh.id", "/akun/atur-ulang-sandi");
    await t.p.db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.id, hashToken(late)));
    const expired = await a.page(`/akun/atur-ulang-sandi?token=${late}`);
    expect(expired.res.status).toBe(400);
    expect(expired.html).toContain("Tautan tidak berlaku");
    const post = await a.request("/akun/atur-ulang-sandi", {
      form: { token: late, kata_sandi: "sandi-lain-lagi", konfirmasi: "sandi-lain-lagi" },
    });
    expect(post.status).toBe(400);
  });

  it("deletes its own account: personal data replaced, sessions gone, the audit event kept", async () => {
    await registerAndVerify("hapus@contoh.id");
    const [u] = await t.p.db.select().from(users).where(eq(users.email, "hapus@contoh.id"));
    const a = t.agent();
    await signInWithPassword(a, "hapus@contoh.id", PASSWORD);
    const other = t.agent();
    await signInWithPassword(other, "hapus@contoh.id", PASSWORD);
    await a.page("/akun");
    const wrong = await a.request("/akun/hapus", { form: { kata_sandi: "bukan-sandinya" } });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Kata sandi salah");
    const noToken = await a.request("/akun/hapus", { form: { kata_sandi: PASSWORD }, noCsrf: true });
    expect(noToken.status).toBe(403);

    const res = await a.request("/akun/hapus", { form: { kata_sandi: PASSWORD } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/akun/terhapus");
    const [after] = await t.p.db.select().from(users).where(eq(users.id, u.id));
    expect(after.status).toBe("deleted");
    expect(after.name).toBe("Pengguna terhapus");
    expect(after.email).not.toContain("hapus@contoh.id");
    expect(after.passwordHash).toBeNull();
    expect(await t.p.db.select().from(sessions).where(eq(sessions.userId, u.id))).toHaveLength(0);
    expect(await t.p.db.select().from(authTokens).where(eq(authTokens.userId, u.id))).toHaveLength(0);
    // The verification mail to the address went with the account.
    expect(await t.p.db.select().from(outbox).where(eq(outbox.to, "hapus@contoh.id"))).toHaveLength(0);
    expect((await other.request("/akun")).status).toBe(303);
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, u.id), eq(auditEvents.action, "account.deleted")));
    expect(ev.actorId).toBe(u.id);
    expect(JSON.stringify(ev)).not.toContain("hapus@contoh.id");
    // The address can be used for a new account.
    expect((await register("hapus@contoh.id")).status).toBe(303);
    expect((await signInWithPassword(t.agent(), "hapus@contoh.id", PASSWORD)).status).toBe(400);
  });
});
