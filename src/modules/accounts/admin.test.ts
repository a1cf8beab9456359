import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { clearanceAllows, hasRole } from "../access/index.ts";
import { listUnits } from "../organisation/index.ts";
import { roleAssignments, users } from "./schema.ts";
import { actorForToken, SESSION_COOKIE } from "./session.ts";

let t: TestPlatform;
let admin: TestAgent;
let adminId: string;
let staff: TestAgent;
let staffId: string;
let dinkes: string;
let bpbd: string;
let grantId: string;

beforeAll(async () => {
  t = await createTestPlatform();
  ({ agent: admin, userId: adminId } = await signInAs(t, { roles: [{ role: "admin" }], name: "Admin Uji" }));
  ({ agent: staff, userId: staffId } = await signInAs(t, { roles: [{ role: "ppid_utama" }], name: "Petugas Target" }));
  const units = await listUnits(t.p.db);
  dinkes = units.find((u) => u.code === "DINKES")!.id;
  bpbd = units.find((u) => u.code === "BPBD")!.id;
  [{ id: grantId }] = await t.p.db.select({ id: roleAssignments.id }).from(roleAssignments).where(eq(roleAssignments.userId, staffId));
});
afterAll(() => t.close());

const actorOf = async (agent: TestAgent) => (await actorForToken(t.p.db, agent.cookies.get(SESSION_COOKIE)!))!;

describe("admin user pages: who may use them", () => {
  const routes = (): { method: string; path: string; form?: Record<string, string> }[] => [
    { method: "GET", path: "/admin/pengguna" },
    { method: "GET", path: "/admin/pengguna/baru" },
    {
      method: "POST",
      path: "/admin/pengguna/baru",
      form: { nama: "X", email: "x@contoh.go.id", klasifikasi: "biasa", peran: "kontributor", unit: dinkes },
    },
    { method: "GET", path: `/admin/pengguna/${staffId}` },
    { method: "POST", path: `/admin/pengguna/${staffId}/peran`, form: { peran: "kontributor", unit: dinkes } },
    { method: "POST", path: `/admin/pengguna/${staffId}/peran/${grantId}/cabut`, form: {} },
    { method: "POST", path: `/admin/pengguna/${staffId}/klasifikasi`, form: { klasifikasi: "rahasia" } },
    { method: "POST", path: `/admin/pengguna/${staffId}/status`, form: { status: "disabled" } },
  ];

  it("anonymous: GET pages redirect to sign-in, POSTs answer 401", async () => {
    for (const r of routes()) {
      const res = await t.agent().request(r.path, { method: r.method, form: r.form });
      if (r.method === "GET") {
        expect(res.status, r.path).toBe(303);
        expect(res.headers.get("location")).toBe(`/masuk?kembali=${encodeURIComponent(r.path)}`);
      } else expect(res.status, r.path).toBe(401);
    }
  });

  it("403 for a citizen, for staff without admin, for an OPD-only admin and for an admin who has not passed TOTP", async () => {
    const agents = [
      (await signInAs(t, { kind: "citizen" })).agent,
      (await signInAs(t, { roles: [{ role: "ppid_utama" }, { role: "auditor" }], clearance: "sangat_rahasia" })).agent,
      (await signInAs(t, { roles: [{ role: "admin", unitId: dinkes }] })).agent,
      (await signInAs(t, { roles: [{ role: "admin" }], mfaPassed: false })).agent,
    ];
    for (const a of agents) {
      for (const r of routes()) {
        const res = await a.request(r.path, { method: r.method, form: r.form });
        expect(res.status, `${r.method} ${r.path}`).toBe(403);
      }
    }
    const [u] = await t.p.db.select().from(users).where(eq(users.id, staffId));
    expect(u.status).toBe("active");
    expect(u.clearance).toBe("biasa");
  });
});

describe("admin user pages: what they do", () => {
  it("lists and filters accounts, paginated", async () => {
    await t.p.db
      .insert(users)
      .values(Array.from({ length: 30 }, (_, i) => ({ kind: "citizen" as const, email: `warga${i}@contoh.id`, name: `Warga Nomor ${i}` })));
    const all = await admin.page("/admin/pengguna?jenis=citizen&q=Warga+Nomor");
    expect(all.res.status).toBe(200);
    expect(all.html).toContain("30 pengguna");
    expect(all.html).toContain('href="/admin/pengguna?q=Warga+Nomor&amp;jenis=citizen&amp;hal=2"');
    const p2 = await admin.page("/admin/pengguna?q=Warga+Nomor&jenis=citizen&hal=2");
    expect(p2.html.match(/href="\/admin\/pengguna\/[0-9a-f-]{36}"/g)).toHaveLength(5);
    const q = await admin.page("/admin/pengguna?q=Nomor%2017");
    expect(q.html).toContain("Warga Nomor 17");
    expect(q.html).toContain("1 pengguna");
    const byRole = await admin.page("/admin/pengguna?peran=ppid_utama");
    expect(byRole.html).toContain("Petugas Target");
    expect(byRole.html).not.toContain("Warga Nomor");
    // Bad filter values are ignored, not an error.
    expect((await admin.page("/admin/pengguna?hal=abc&peran=raja&unit=x")).res.status).toBe(200);
  });

  it("400 with field errors for a bad new staff account, and the typed values shown back", async () => {
    await admin.page("/admin/pengguna/baru");
    const res = await admin.request("/admin/pengguna/baru", {
      form: { nama: "Dewi Lestari", email: "dewi@", nip: "12ab", klasifikasi: "super", peran: "", unit: "" },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("Masukkan alamat surel yang benar");
    expect(html).toContain("NIP terdiri dari 18 angka");
    expect(html).toContain("Pilih tingkat akses klasifikasi");
    expect(html).toContain("Pilih peran");
    expect(html).toContain("Pilih perangkat daerah atau seluruh kabupaten");
    expect(html).toContain('value="Dewi Lestari"');
    expect(html).toContain('value="dewi@"');
    expect(html).toContain('value="12ab"');

    const regency = await admin.request("/admin/pengguna/baru", {
      form: { nama: "Dewi Lestari", email: "dewi@lebongkab.go.id", klasifikasi: "biasa", peran: "ppid_utama", unit: dinkes },
    });
    expect(regency.status).toBe(400);
    expect(await regency.text()).toContain("Peran ini berlaku untuk seluruh kabupaten");
    const taken = await admin.request("/admin/pengguna/baru", {
      form: { nama: "Dewi", email: (await actorOf(staff)).email, klasifikasi: "biasa", peran: "kontributor", unit: dinkes },
    });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("sudah dipakai akun lain");
  });

  it("an admin account gets no clearance from being admin", async () => {
    const a = await actorOf(admin);
    expect(a.clearance).toBe("biasa");
    expect(clearanceAllows(a, "biasa")).toBe(true);
    expect(clearanceAllows(a, "terbatas")).toBe(false);
    const res = await admin.request("/admin/pengguna/baru", {
      form: { nama: "Admin Kedua", email: "admin2@lebongkab.go.id", klasifikasi: "biasa", peran: "admin", unit: "kabupaten" },
    });
    expect(res.status).toBe(303);
    const [u] = await t.p.db.select().from(users).where(eq(users.email, "admin2@lebongkab.go.id"));
    expect(u.clearance).toBe("biasa");
  });

  it("grants a role for one OPD or regency-wide, and the actor's roles follow", async () => {
    await admin.page(`/admin/pengguna/${staffId}`);
    expect(
      (await admin.request(`/admin/pengguna/${staffId}/peran`, { form: { peran: "kontributor", unit: dinkes } })).headers.get("location"),
    ).toBe(`/admin/pengguna/${staffId}?selesai=peran_diberikan`);
    expect((await admin.request(`/admin/pengguna/${staffId}/peran`, { form: { peran: "walidata", unit: "kabupaten" } })).status).toBe(303);
    const dup = await admin.request(`/admin/pengguna/${staffId}/peran`, { form: { peran: "kontributor", unit: dinkes } });
    expect(dup.status).toBe(400);
    expect(await dup.text()).toContain("sudah memegang peran tersebut");
    const bad = await admin.request(`/admin/pengguna/${staffId}/peran`, { form: { peran: "redaktur", unit: dinkes } });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Peran ini berlaku untuk seluruh kabupaten");
    expect(badHtml).toMatch(/<option value="redaktur" selected/);

    const a = await actorOf(staff);
    expect(a.roles).toEqual(
      expect.arrayContaining([
        { role: "kontributor", unitId: dinkes },
        { role: "walidata", unitId: null },
      ]),
    );
    expect(hasRole(a, "kontributor", { unitId: dinkes })).toBe(true);
    expect(hasRole(a, "kontributor", { unitId: bpbd })).toBe(false);
    expect(hasRole(a, "walidata", { unitId: bpbd })).toBe(true);
    const page = await staff.page("/akun");
    expect(page.html).toContain("Kontributor — Dinas Kesehatan");
    expect(page.html).toContain("Walidata — Seluruh kabupaten");

    const [g] = await t.p.db.select().from(roleAssignments).where(eq(roleAssignments.role, "kontributor"));
    await admin.page(`/admin/pengguna/${staffId}`);
    expect((await admin.request(`/admin/pengguna/${staffId}/peran/${g.id}/cabut`, { form: {} })).status).toBe(303);
    expect((await actorOf(staff)).roles.some((r) => r.role === "kontributor")).toBe(false);
    expect((await admin.request(`/admin/pengguna/${staffId}/peran/${g.id}/cabut`, { form: {} })).status).toBe(404);
    const ev = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "account.role_granted"));
    expect(ev.length).toBeGreaterThanOrEqual(2);
    expect(ev[0].actorId).toBe(adminId);
  });

  it("sets clearance with before/after in the audit, refuses bad input and self-changes", async () => {
    const bad = await admin.request(`/admin/pengguna/${staffId}/klasifikasi`, { form: { klasifikasi: "kosmik" } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Pilih tingkat akses klasifikasi");
    expect((await admin.request(`/admin/pengguna/${staffId}/klasifikasi`, { form: { klasifikasi: "rahasia" } })).status).toBe(303);
    expect((await actorOf(staff)).clearance).toBe("rahasia");
    const [ev] = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "account.clearance_set"));
    expect(ev.before).toEqual({ clearance: "biasa" });
    expect(ev.after).toEqual({ clearance: "rahasia" });

    expect((await admin.request(`/admin/pengguna/${adminId}/klasifikasi`, { form: { klasifikasi: "sangat_rahasia" } })).status).toBe(403);
    expect((await admin.request(`/admin/pengguna/${adminId}/status`, { form: { status: "disabled" } })).status).toBe(403);
    expect((await admin.request(`/admin/pengguna/${adminId}/peran`, { form: { peran: "auditor", unit: "kabupaten" } })).status).toBe(403);
    expect((await admin.page(`/admin/pengguna/${adminId}`)).html).toContain("Ini akun Anda sendiri");
    expect((await admin.request("/admin/pengguna/bukan-uuid")).status).toBe(404);
  });

  it("disabling ends the person's sessions; enabling lets them sign in again", async () => {
    expect((await staff.page("/akun")).res.status).toBe(200);
    const bad = await admin.request(`/admin/pengguna/${staffId}/status`, { form: { status: "hapus" } });
    expect(bad.status).toBe(400);
    expect((await admin.request(`/admin/pengguna/${staffId}/status`, { form: { status: "disabled" } })).status).toBe(303);
    expect((await staff.request("/akun")).status).toBe(303);
    expect((await admin.page(`/admin/pengguna/${staffId}`)).html).toContain("Aktifkan kembali");
    expect((await admin.request(`/admin/pengguna/${staffId}/status`, { form: { status: "active" } })).status).toBe(303);
    const [u] = await t.p.db.select().from(users).where(eq(users.id, staffId));
    expect(u.status).toBe("active");
  });
});
