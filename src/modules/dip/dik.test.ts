import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { addDays, jakartaDate } from "../../platform/calendar/index.ts";
import { dikItems, expireExemptions, getExemption, listActiveExemptions, ujiKonsekuensi } from "./index.ts";
import { dikForm, unitsByCode } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof unitsByCode>>;
const year = jakartaDate(Date.now()).slice(0, 4);
beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitsByCode(t);
});
afterAll(() => t.close());

const approval = {
  nomorSk: "488/021/PPID/2026",
  "penetapan-day": "5",
  "penetapan-month": "1",
  "penetapan-year": "2026",
  tempatPenetapan: "Tubei",
  pejabat: "Kepala Diskominfo SP, PPID Utama",
};
const latest = async () => (await t.p.db.select().from(dikItems).orderBy(dikItems.createdAt)).at(-1)!;

describe("DIK: proposal with uji konsekuensi", () => {
  it("refuses an incomplete proposal in Bahasa Indonesia: an end date is required except for huruf g/h", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.dinkes.id }] });
    const res = await agent.request("/ppid/kelola/dik/baru", {
      form: dikForm(u.dinkes.id, { pasal17: "c", kesimpulan: "", "uji-day": "31", "uji-month": "2", "uji-year": "2026" }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("pengecualian tidak permanen, kecuali Pasal 17 huruf g dan h");
    expect(html).toContain("Tuliskan kesimpulan uji konsekuensi");
    expect(html).toContain("Isi tanggal yang benar");
    expect(html).toContain("Data pribadi peserta program bantuan iuran");
    const j = await agent.request("/ppid/kelola/dik/baru", {
      form: dikForm(u.dinkes.id, {
        pasal17: "j",
        dasarHukumSektoral: "",
        "expires-day": "1",
        "expires-month": "1",
        "expires-year": "2020",
      }),
    });
    const jHtml = await j.text();
    expect(jHtml).toContain("Untuk huruf j, sebutkan undang-undang");
    expect(jHtml).toContain("Tanggal berakhir harus sesudah hari ini.");
    expect(await t.p.db.select().from(dikItems)).toEqual([]);
    // Another OPD's exception: refused.
    expect((await agent.request("/ppid/kelola/dik/baru", { form: dikForm(u.kominfo.id) })).status).toBe(403);
  });

  it("records a proposal with its number and uji konsekuensi; it is not public until set", async () => {
    const { agent, userId } = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.dinkes.id }] });
    const res = await agent.request("/ppid/kelola/dik/baru", { form: dikForm(u.dinkes.id) });
    expect(res.status).toBe(303);
    const d = await latest();
    expect(d).toMatchObject({ nomor: `DIK-${year}-001`, status: "proposed", pasal17: "h", expiresOn: null, proposedBy: userId });
    const [uji] = await t.p.db.select().from(ujiKonsekuensi).where(eq(ujiKonsekuensi.dikId, d.id));
    expect(uji).toMatchObject({
      dilakukan: "sebelum_permohonan",
      tanggal: "2026-01-02",
      analisisKerugian: d.konsekuensi,
      yangDikecualikan: "NIK, nama, alamat peserta",
    });
    expect((await t.agent().page("/ppid/dik")).html).not.toContain(d.nomor);
    expect(await listActiveExemptions(t.p)).toEqual([]);
    // The pelaksana cannot decide.
    expect((await agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: approval })).status).toBe(403);
  });
});

describe("DIK: decision by the PPID Utama, never the proposer", () => {
  it("refuses the proposer who is also PPID Utama, then a different PPID Utama sets it", async () => {
    const self = await signInAs(t, { name: "Utama Pengusul", roles: [{ role: "ppid_utama" }] });
    const form = dikForm(u.kominfo.id, {
      informasi: "Kunci kriptografi dan kata sandi server",
      pasal17: "c",
      dasarHukumSektoral: "",
      "expires-day": "31",
      "expires-month": "12",
      "expires-year": String(Number(year) + 4),
    });
    expect((await self.agent.request("/ppid/kelola/dik/baru", { form })).status).toBe(303);
    const d = await latest();
    const own = await self.agent.page(`/ppid/kelola/dik/${d.id}`);
    expect(own.html).toContain("penetapannya dilakukan oleh PPID Utama yang lain");
    expect(own.html).not.toContain("Tetapkan pengecualian");
    const refused = await self.agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: approval });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("pemisahan tugas");
    expect((await self.agent.request(`/ppid/kelola/dik/${d.id}/kembalikan`, { form: { note: "uji sendiri" } })).status).toBe(403);
    expect((await latest()).status).toBe("proposed");

    const other = await signInAs(t, { name: "Utama Penetap", roles: [{ role: "ppid_utama" }] });
    const bad = await other.agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: { ...approval, nomorSk: "", "penetapan-day": "" } });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Tuliskan nomor SK penetapan.");
    expect(badHtml).toContain("Kepala Diskominfo SP, PPID Utama");
    expect((await other.agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: approval })).status).toBe(303);
    const set = await latest();
    expect(set).toMatchObject({
      status: "ditetapkan",
      nomorSk: "488/021/PPID/2026",
      tanggalPenetapan: "2026-01-05",
      approvedBy: other.userId,
    });
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dik.ditetapkan"), eq(auditEvents.subjectId, d.id)));
    expect(ev.actorId).toBe(other.userId);
    // Public now, and citable by the request module.
    expect((await t.agent().page("/ppid/dik")).html).toContain("Kunci kriptografi dan kata sandi server");
    const active = await listActiveExemptions(t.p, u.kominfo.id);
    expect(active).toEqual([
      expect.objectContaining({
        nomor: d.nomor,
        pasal17: "c",
        expiresOn: `${Number(year) + 4}-12-31`,
        ujiKonsekuensiSummary: "Dikecualikan: rahasia pribadi; rekap per desa dibuka.",
      }),
    ]);
    expect(await listActiveExemptions(t.p, u.dinkes.id)).toEqual([]);
    expect(await getExemption(t.p, d.id)).toMatchObject({ active: true, status: "ditetapkan" });
    // Decided once only.
    expect((await other.agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: approval })).status).toBe(409);
  });

  it("returns a proposal with a note; the OPD corrects it and proposes again", async () => {
    const proposer = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.dinkes.id }] });
    const utama = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const [d] = await t.p.db.select().from(dikItems).where(eq(dikItems.status, "proposed"));
    expect((await utama.agent.request(`/ppid/kelola/dik/${d.id}/kembalikan`, { form: { note: "" } })).status).toBe(400);
    expect(
      (await utama.agent.request(`/ppid/kelola/dik/${d.id}/kembalikan`, { form: { note: "Sebutkan pasal UU PDP yang tepat." } })).status,
    ).toBe(303);
    const page = await proposer.agent.page(`/ppid/kelola/dik/${d.id}/ubah`);
    expect(page.html).toContain("Sebutkan pasal UU PDP yang tepat.");
    expect(page.html).toContain("NIK, nama, alamat peserta");
    const again = await proposer.agent.request(`/ppid/kelola/dik/${d.id}/ubah`, {
      form: dikForm(u.dinkes.id, { dasarHukumSektoral: "UU 27/2022 Pasal 4 ayat (2)" }),
    });
    expect(again.status).toBe(303);
    const [after] = await t.p.db.select().from(dikItems).where(eq(dikItems.id, d.id));
    expect(after).toMatchObject({ status: "proposed", returnNote: null, dasarHukumSektoral: "UU 27/2022 Pasal 4 ayat (2)" });
    expect(await t.p.db.select().from(ujiKonsekuensi).where(eq(ujiKonsekuensi.dikId, d.id))).toHaveLength(1);
    const actions = (await t.p.db.select().from(auditEvents).where(eq(auditEvents.subjectId, d.id)).orderBy(auditEvents.seq)).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["dik.proposed", "dik.dikembalikan", "dik.resubmitted"]);
  });

  it("revokes an exception in force with a reason: the information is open again", async () => {
    const utama = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const [d] = await t.p.db.select().from(dikItems).where(eq(dikItems.status, "ditetapkan"));
    expect((await utama.agent.request(`/ppid/kelola/dik/${d.id}/cabut`, { form: { reason: "" } })).status).toBe(400);
    expect(
      (await utama.agent.request(`/ppid/kelola/dik/${d.id}/cabut`, { form: { reason: "Putusan Komisi Informasi Provinsi Bengkulu" } }))
        .status,
    ).toBe(303);
    const [after] = await t.p.db.select().from(dikItems).where(eq(dikItems.id, d.id));
    expect(after).toMatchObject({
      status: "dicabut",
      revokedReason: "Putusan Komisi Informasi Provinsi Bengkulu",
      revokedBy: utama.userId,
    });
    expect(await listActiveExemptions(t.p)).toEqual([]);
    expect(await getExemption(t.p, d.id)).toMatchObject({ active: false, status: "dicabut" });
    expect((await t.agent().page("/ppid/dik")).html).not.toContain(d.nomor);
    expect((await utama.agent.page("/ppid/kelola/dik")).html).toContain("Tidak berlaku lagi");
  });
});

describe("DIK: expiry", () => {
  it("the daily job marks exceptions past their end date kedaluwarsa, each audited, and leaves the rest", async () => {
    const proposer = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.kominfo.id }] });
    const utama = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const future = addDays(jakartaDate(Date.now()), 30).split("-");
    const ids: string[] = [];
    for (const informasi of ["Dokumen lelang sebelum pengumuman pemenang", "Hasil evaluasi penawaran"]) {
      const form = dikForm(u.kominfo.id, {
        informasi,
        pasal17: "b",
        dasarHukumSektoral: "",
        "expires-day": future[2],
        "expires-month": future[1],
        "expires-year": future[0],
      });
      expect((await proposer.agent.request("/ppid/kelola/dik/baru", { form })).status).toBe(303);
      const d = await latest();
      expect((await utama.agent.request(`/ppid/kelola/dik/${d.id}/tetapkan`, { form: approval })).status).toBe(303);
      ids.push(d.id);
    }
    // The first ended yesterday (Asia/Jakarta); the second ends today, so it still holds.
    const today = jakartaDate(Date.now());
    await t.p.db
      .update(dikItems)
      .set({ expiresOn: addDays(today, -1) })
      .where(eq(dikItems.id, ids[0]));
    await t.p.db.update(dikItems).set({ expiresOn: today }).where(eq(dikItems.id, ids[1]));
    expect(await expireExemptions(t.p)).toBe(1);
    expect(await expireExemptions(t.p)).toBe(0);
    const [a] = await t.p.db.select().from(dikItems).where(eq(dikItems.id, ids[0]));
    const [b] = await t.p.db.select().from(dikItems).where(eq(dikItems.id, ids[1]));
    expect(a.status).toBe("kedaluwarsa");
    expect(b.status).toBe("ditetapkan");
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dik.kedaluwarsa"), eq(auditEvents.subjectId, ids[0])));
    expect(ev.actorName).toBe("sistem");
    expect((await listActiveExemptions(t.p)).map((x) => x.id)).toEqual([ids[1]]);
    // The permanent ones (huruf g/h) never expire: the database refuses an open-ended huruf b.
    await expect(t.p.db.update(dikItems).set({ expiresOn: null }).where(eq(dikItems.id, ids[1]))).rejects.toThrow();
  });
});
