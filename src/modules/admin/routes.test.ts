import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";

let t: TestPlatform;
let admin: TestAgent;
let auditor: TestAgent;
let editor: TestAgent;
let citizen: TestAgent;
let mailId: string;

beforeAll(async () => {
  t = await createTestPlatform();
  await t.p.mail.enqueue(t.p.db, { to: "lama@contoh.id", subject: "Surel lama", text: "lama" });
  await new Promise((r) => setTimeout(r, 5));
  mailId = await t.p.mail.enqueue(t.p.db, {
    to: "warga@contoh.id",
    subject: "Verifikasi alamat surel",
    text: "Kode verifikasi Anda: 123456\n<b>bukan html</b>",
  });
  admin = (await signInAs(t, { roles: [{ role: "admin" }] })).agent;
  auditor = (await signInAs(t, { roles: [{ role: "auditor" }] })).agent;
  editor = (await signInAs(t, { roles: [{ role: "redaktur" }] })).agent;
  citizen = (await signInAs(t, { kind: "citizen" })).agent;
});
afterAll(() => t.close());

const UUID = "00000000-0000-4000-8000-000000000000";
const GETS = [
  "/admin/kotak-keluar",
  `/admin/kotak-keluar/${UUID}`,
  "/admin/pekerjaan",
  "/admin/cadangan",
  "/admin/cadangan/satu-pintu-20260101-000000.dump",
];

describe("admin pages: who may use them", () => {
  it("sends anonymous visitors to sign in (401), and answers 401 to an anonymous POST", async () => {
    for (const path of ["/admin", ...GETS]) {
      const res = await t.agent().request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location")).toContain("/masuk?kembali=");
    }
    expect((await t.agent().request("/admin/cadangan", { form: { aksi: "buat" } })).status).toBe(401);
  });

  it("refuses citizens everything, and staff without the admin role the admin pages (403)", async () => {
    expect((await citizen.request("/admin")).status).toBe(403);
    for (const a of [citizen, editor, auditor]) {
      for (const path of GETS) expect((await a.request(path)).status, path).toBe(403);
      expect((await a.request("/admin/cadangan", { form: { aksi: "buat" } })).status).toBe(403);
    }
    const noMfa = (await signInAs(t, { roles: [{ role: "admin" }], mfaPassed: false })).agent;
    expect((await noMfa.request("/admin/kotak-keluar")).status).toBe(403);
  });

  it("shows each person the admin pages they may use", async () => {
    const all = (await admin.page("/admin")).html;
    for (const p of ["/admin/opd", "/admin/pengguna", "/admin/kotak-keluar", "/admin/pekerjaan", "/admin/cadangan", "/audit"])
      expect(all).toContain(`href="${p}"`);
    const aud = (await auditor.page("/admin")).html;
    expect(aud).toContain('href="/audit"');
    expect(aud).not.toContain('href="/admin/cadangan"');
    const ed = await editor.page("/admin");
    expect(ed.res.status).toBe(200);
    expect(ed.html).toContain("belum memberi akses");
    expect((await admin.page("/en/admin")).html).toContain("Administration");
  });
});

describe("outbox", () => {
  it("lists held mail newest first and shows one mail's text, escaped", async () => {
    const { res, html } = await admin.page("/admin/kotak-keluar");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain("SMTP belum dikonfigurasi");
    expect(html.indexOf("Verifikasi alamat surel")).toBeLessThan(html.indexOf("Surel lama"));
    expect(html).toContain("Disimpan (tanpa SMTP)");
    const one = await admin.page(`/admin/kotak-keluar/${mailId}`);
    expect(one.html).toContain("Kode verifikasi Anda: 123456");
    expect(one.html).toContain("&lt;b&gt;bukan html&lt;/b&gt;");
  });

  it("answers 400 for a bad page or id and 404 for an unknown mail", async () => {
    for (const q of ["abc", "0", "-2"]) expect((await admin.request(`/admin/kotak-keluar?hal=${q}`)).status, q).toBe(400);
    expect((await admin.request("/admin/kotak-keluar/bukan-uuid")).status).toBe(400);
    expect((await admin.request(`/admin/kotak-keluar/${UUID}`)).status).toBe(404);
    expect((await admin.request("/admin/kotak-keluar?hal=9")).status).toBe(404);
  });
});

describe("job status", () => {
  it("shows queues with counts by state, schedules and the latest failure with its error", async () => {
    const id = await t.p.jobs.boss.send("audit.checkpoint", {}, { retryLimit: 0 });
    await t.p.jobs.boss.fail("audit.checkpoint", id!, new Error("disk penuh <uji>"));
    const { res, html } = await admin.page("/admin/pekerjaan");
    expect(res.status).toBe(200);
    expect(html).toContain("audit.checkpoint");
    expect(html).toContain("mail.deliver");
    expect(html).toContain("disk penuh &lt;uji&gt;");
    expect(html).toContain("Kegagalan terbaru");
  });
});

describe("backups", () => {
  it("refuses a POST without the form token (403) or without the action (400)", async () => {
    expect((await admin.request("/admin/cadangan", { form: { aksi: "buat" }, noCsrf: true })).status).toBe(403);
    expect((await admin.request("/admin/cadangan", { form: { aksi: "lain" } })).status).toBe(400);
    expect((await admin.request("/admin/cadangan", { json: { aksi: "buat" }, headers: { "x-csrf-token": admin.csrfToken! } })).status).toBe(
      400,
    );
  });

  it("makes a backup inside the running app, records it, lists it and lets an admin download it", async () => {
    const page = await admin.page("/admin/cadangan");
    expect(page.html).toContain("Belum ada cadangan");
    const res = await admin.request("/admin/cadangan", { form: { aksi: "buat" } });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    const name = decodeURIComponent(location.split("dibuat=")[1]);
    expect(name).toMatch(t.p.database.kind === "pglite" ? /\.pglite\.tar\.gz$/ : /\.dump$/);
    const listed = await admin.page(location);
    expect(listed.html).toContain(`Cadangan ${name} telah dibuat`);
    expect(listed.html).toContain(`href="/admin/cadangan/${name}"`);
    const dl = await admin.request(`/admin/cadangan/${name}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-disposition")).toBe(`attachment; filename="${name}"`);
    const bytes = new Uint8Array(await dl.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1000);
    const acts = await queryRows<{ action: string; subject_id: string; actor_role: string }>(
      t.p.db,
      sql`SELECT action, subject_id, actor_role FROM audit_events WHERE action LIKE 'backup.%' ORDER BY seq`,
    );
    expect(acts).toEqual([
      { action: "backup.created", subject_id: name, actor_role: "admin" },
      { action: "backup.downloaded", subject_id: name, actor_role: "admin" },
    ]);
  });

  it("answers 400 for a name that is not a backup and 404 for one that does not exist", async () => {
    for (const n of ["satu-pintu.txt", "..%2Fkeys%2Fsigning-ed25519.pem", "satu-pintu-20260101-000000.dump.tmp"]) {
      expect((await admin.request(`/admin/cadangan/${n}`)).status, n).toBe(400);
    }
    expect((await admin.request("/admin/cadangan/satu-pintu-20000101-000000.dump")).status).toBe(404);
  });
});
