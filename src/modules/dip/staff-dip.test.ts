import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { dipItems } from "./index.ts";
import { dipForm, unitsByCode } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof unitsByCode>>;
beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitsByCode(t);
});
afterAll(() => t.close());

const pelaksana = (unitId: string) => signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId }] });

describe("staff DIP pages: who may", () => {
  it("refuses the anonymous (sign-in), citizens, other roles and staff without the second factor", async () => {
    expect((await t.agent().request("/ppid/kelola/dip")).status).toBe(303);
    expect((await t.agent().request("/ppid/kelola/dip/baru", { form: dipForm(u.dinkes.id) })).status).toBe(401);
    for (const who of [
      await signInAs(t, { kind: "citizen" }),
      await signInAs(t, { roles: [{ role: "admin" }] }),
      await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.dinkes.id }], mfaPassed: false }),
    ]) {
      expect((await who.agent.request("/ppid/kelola/dip")).status).toBe(403);
      expect((await who.agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.dinkes.id) })).status).toBe(403);
    }
    expect(await t.p.db.select().from(dipItems)).toEqual([]);
  });

  it("keeps a PPID Pelaksana to the OPD: no adding or changing another OPD's items", async () => {
    const { agent } = await pelaksana(u.dinkes.id);
    expect((await agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.kominfo.id) })).status).toBe(403);
    const kominfo = await pelaksana(u.kominfo.id);
    expect(
      (await kominfo.agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.kominfo.id, { ringkasan: "Profil Diskominfo SP" }) })).status,
    ).toBe(303);
    const [item] = await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.kominfo.id));
    expect((await agent.request(`/ppid/kelola/dip/${item.id}`)).status).toBe(403);
    expect((await agent.request(`/ppid/kelola/dip/${item.id}`, { form: dipForm(u.dinkes.id) })).status).toBe(403);
    expect((await agent.request(`/ppid/kelola/dip/${item.id}/terbit`, { form: { published: "tidak" } })).status).toBe(403);
    // The OPD choice offers only the person's OPD.
    const { html } = await agent.page("/ppid/kelola/dip/baru");
    expect(html).toContain(`value="${u.dinkes.id}"`);
    expect(html).not.toContain(`value="${u.kominfo.id}"`);
    // The list shows only the person's OPD.
    expect((await agent.page("/ppid/kelola/dip")).html).not.toContain("Profil Diskominfo SP");
    const [after] = await t.p.db.select().from(dipItems).where(eq(dipItems.id, item.id));
    expect(after.published).toBe(true);
  });
});

describe("staff DIP pages: what happens", () => {
  it("adds an item with the next number of the OPD, audited, and shows it to the public", async () => {
    const { agent } = await pelaksana(u.dinkes.id);
    expect((await agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.dinkes.id) })).status).toBe(303);
    expect(
      (await agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.dinkes.id, { ringkasan: "Data stunting per desa 2025" }) })).status,
    ).toBe(303);
    const rows = await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.dinkes.id));
    expect(rows.map((r) => r.nomor).sort()).toEqual([1, 2]);
    const first = rows.find((r) => r.nomor === 1)!;
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dip.created"), eq(auditEvents.subjectId, first.id)));
    expect(ev.unitId).toBe(u.dinkes.id);
    expect(ev.after).toMatchObject({ ringkasan: "Laporan keuangan Dinas Kesehatan Tahun 2025", kategori: "berkala" });
    const pub = await t.agent().page("/ppid/dip?q=stunting");
    expect(pub.html).toContain("Data stunting per desa 2025");
  });

  it("refuses bad input beside the fields in Bahasa Indonesia, keeps what was typed, and saves nothing", async () => {
    const { agent } = await pelaksana(u.bkd.id);
    const res = await agent.request("/ppid/kelola/dip/baru", {
      form: dipForm(u.bkd.id, {
        ringkasan: "Anggaran BKD <b>2026</b>",
        pejabatPenguasa: "",
        bentuk: "",
        kategori: "rahasia",
        link: "ftp://x",
        tahun: "26",
      }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Tuliskan pejabat atau unit yang menguasai informasi.");
    expect(html).toContain("Pilih bentuk informasi yang tersedia.");
    expect(html).toContain("Pilih kategori informasi");
    expect(html).toContain("Tautan harus diawali http:// atau https://");
    expect(html).toContain("Tahun paling awal 2000.");
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("Anggaran BKD &lt;b&gt;2026&lt;/b&gt;");
    expect(html).toContain('value="ftp://x"');
    expect(await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.bkd.id))).toEqual([]);
  });

  it("flags a berkala item not updated in 6 months until its content is marked updated; unpublishing hides it", async () => {
    const { agent } = await pelaksana(u.bkd.id);
    expect(
      (await agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.bkd.id, { ringkasan: "Laporan realisasi APBD semester" }) })).status,
    ).toBe(303);
    const [item] = await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.bkd.id));
    expect((await agent.page("/ppid/kelola/dip")).html).not.toContain("Perlu diperbarui");
    await t.p.db
      .update(dipItems)
      .set({ lastUpdatedAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(eq(dipItems.id, item.id));
    const list = await agent.page("/ppid/kelola/dip");
    expect(list.html).toContain("Perlu diperbarui");
    expect(list.html).toContain("1 informasi berkala belum diperbarui lebih dari 6 bulan.");
    expect((await agent.page("/ppid/kelola/dip?basi=1")).html).toContain("Laporan realisasi APBD semester");
    // A correction without ticking "updated" keeps the flag; ticking it clears it.
    expect(
      (
        await agent.request(`/ppid/kelola/dip/${item.id}`, {
          form: dipForm(u.bkd.id, { ringkasan: "Laporan realisasi APBD per semester" }),
        })
      ).status,
    ).toBe(303);
    expect((await agent.page("/ppid/kelola/dip")).html).toContain("Perlu diperbarui");
    expect((await agent.request(`/ppid/kelola/dip/${item.id}`, { form: dipForm(u.bkd.id, { diperbarui: "ya" }) })).status).toBe(303);
    expect((await agent.page("/ppid/kelola/dip")).html).not.toContain("Perlu diperbarui");
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "dip.changed"))
      .orderBy(auditEvents.seq)
      .then((r) => r.slice(-1));
    expect(ev.after).toMatchObject({ contentUpdated: true });

    expect((await agent.request(`/ppid/kelola/dip/${item.id}/terbit`, { form: { published: "tidak" } })).status).toBe(303);
    expect((await t.agent().page("/ppid/dip?unit=bkd")).html).toContain("0 informasi");
    expect((await agent.page("/ppid/kelola/dip")).html).toContain("Tidak ditampilkan");
  });

  it("lets the PPID Utama keep every OPD's list", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const [item] = await t.p.db.select().from(dipItems).where(eq(dipItems.unitId, u.kominfo.id));
    const { html } = await agent.page("/ppid/kelola/dip");
    expect(html).toContain("Profil Diskominfo SP");
    expect(html).toContain("Data stunting per desa 2025");
    expect(
      (await agent.request(`/ppid/kelola/dip/${item.id}`, { form: dipForm(u.kominfo.id, { ringkasan: "Profil Diskominfo SP 2026" }) }))
        .status,
    ).toBe(303);
    const [after] = await t.p.db.select().from(dipItems).where(eq(dipItems.id, item.id));
    expect(after.ringkasan).toBe("Profil Diskominfo SP 2026");
  });
});
