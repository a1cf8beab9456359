import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { unitHistory, units } from "./schema.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const admin = () => signInAs(t, { roles: [{ role: "admin" }] });
const unitByCode = async (code: string) => (await t.p.db.select().from(units).where(eq(units.code, code)))[0];

describe("OPD administration: who may", () => {
  const routes: [string, string][] = [
    ["GET", "/admin/opd"],
    ["GET", "/admin/opd/baru"],
    ["POST", "/admin/opd/baru"],
  ];
  it.each(routes)("%s %s: anonymous is sent to sign in (401)", async (method, path) => {
    const res = await t.agent().request(path, method === "POST" ? { form: { code: "X", name: "X" } } : {});
    if (method === "GET") {
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/masuk\?kembali=/);
    } else expect(res.status).toBe(401);
  });

  it.each(routes)("%s %s: a citizen, a PPID Pelaksana, an admin without TOTP are refused (403)", async (method, path) => {
    const dinkes = await unitByCode("DINKES");
    for (const who of [
      await signInAs(t, { kind: "citizen" }),
      await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: dinkes.id }] }),
      await signInAs(t, { roles: [{ role: "admin" }], mfaPassed: false }),
      await signInAs(t, { roles: [{ role: "admin", unitId: dinkes.id }] }),
    ]) {
      const res = await who.agent.request(path, method === "POST" ? { form: { code: "XYZ", kind: "dinas", name: "Dinas Uji" } } : {});
      expect(res.status).toBe(403);
    }
    expect(await unitByCode("XYZ")).toBeUndefined();
  });
});

describe("OPD administration: what happens", () => {
  it("refuses bad input with messages beside the fields and keeps what was typed", async () => {
    const { agent } = await admin();
    const res = await agent.request("/admin/opd/baru", {
      form: { code: "dinas baru!", kind: "", name: "Di", email: "bukan-surel", phone: "abc" },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("Singkatan hanya boleh berisi huruf");
    expect(html).toContain("Pilih jenis perangkat daerah.");
    expect(html).toContain("Alamat surel tidak valid");
    expect(html).toContain('value="bukan-surel"');
    expect(html).toContain("<title>Kesalahan:");
  });

  it("refuses a duplicate abbreviation", async () => {
    const { agent } = await admin();
    const res = await agent.request("/admin/opd/baru", { form: { code: "DINKES", kind: "dinas", name: "Dinas Kesehatan Kedua" } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Singkatan DINKES sudah dipakai");
  });

  it("adds, renames and retires an OPD, keeping its history, with audit events", async () => {
    const { agent } = await admin();
    let res = await agent.request("/admin/opd/baru", {
      form: {
        code: "dispusip",
        kind: "dinas",
        name: "Dinas Perpustakaan dan Kearsipan",
        email: "DISPUSIP@lebongkab.go.id",
        reason: "Perda 1/2026",
      },
    });
    expect(res.status).toBe(303);
    const created = await unitByCode("DISPUSIP");
    expect(created.email).toBe("dispusip@lebongkab.go.id");
    expect((await t.agent().page("/opd/dispusip")).res.status).toBe(200);

    res = await agent.request(`/admin/opd/${created.id}`, {
      form: { name: "Dinas Kearsipan dan Perpustakaan", email: "dispusip@lebongkab.go.id", reason: "Perbup 2/2026" },
    });
    expect(res.status).toBe(303);
    res = await agent.request(`/admin/opd/${created.id}/status`, {
      form: { status: "retired", statusReason: "Digabung ke Sekretariat Daerah" },
    });
    expect(res.status).toBe(303);

    const renamed = await unitByCode("DISPUSIP");
    expect(renamed.name).toBe("Dinas Kearsipan dan Perpustakaan");
    expect(renamed.status).toBe("retired");
    const history = await t.p.db.select().from(unitHistory).where(eq(unitHistory.unitId, created.id));
    expect(history.map((h) => h.change).sort()).toEqual(["created", "renamed", "retired"]);
    expect(history.find((h) => h.change === "renamed")?.before).toEqual({ name: "Dinas Perpustakaan dan Kearsipan" });

    const page = (await t.agent().page("/opd/dispusip")).html;
    expect(page).toContain("Tidak aktif");
    expect(page).toContain("Digabung ke Sekretariat Daerah");
    expect((await t.agent().page("/opd")).html).not.toContain("Dinas Kearsipan dan Perpustakaan");

    const events = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "unit"), eq(auditEvents.subjectId, created.id)));
    expect(events.map((e) => e.action).sort()).toEqual(["unit.created", "unit.renamed", "unit.retired"]);
    expect(events.every((e) => e.actorRole === "admin" && e.actorId)).toBe(true);
  });

  it("a retire without a reason is refused and changes nothing", async () => {
    const { agent } = await admin();
    const dlh = await unitByCode("DLH");
    const res = await agent.request(`/admin/opd/${dlh.id}/status`, { form: { status: "retired", statusReason: "" } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Tuliskan alasan");
    expect((await unitByCode("DLH")).status).toBe("active");
  });

  it("filling a demo field clears its example mark", async () => {
    const { agent } = await admin();
    const u = await unitByCode("DISKOMINFO-SP");
    expect(u.exampleFields).toContain("headName");
    const res = await agent.request(`/admin/opd/${u.id}`, {
      form: {
        name: u.name,
        headName: "Nama Kepala Dinas",
        address: u.address ?? "",
        phone: u.phone ?? "",
        email: u.email ?? "",
        tasks: u.tasks ?? "",
        ppidContact: u.ppidContact ?? "",
      },
    });
    expect(res.status).toBe(303);
    const after = await unitByCode("DISKOMINFO-SP");
    expect(after.headName).toBe("Nama Kepala Dinas");
    expect(after.exampleFields).not.toContain("headName");
    expect(after.exampleFields).toContain("address");
  });

  it("unknown or malformed ids are 404", async () => {
    const { agent } = await admin();
    expect((await agent.request("/admin/opd/not-a-uuid")).status).toBe(404);
    expect((await agent.request("/admin/opd/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
