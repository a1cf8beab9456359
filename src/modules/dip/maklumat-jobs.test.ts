import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { DIK_EXPIRY_JOB, DIP_STALE_JOB, dipItems, getMaklumat, notifyStaleDip, registerDipJobs } from "./index.ts";
import { dipForm, sqlStaffLookup, unitsByCode } from "./test-helpers.ts";

let t: TestPlatform;
let u: Awaited<ReturnType<typeof unitsByCode>>;
beforeAll(async () => {
  t = await createTestPlatform();
  u = await unitsByCode(t);
});
afterAll(() => t.close());

const maklumat = {
  dasarHukum: "UU 14/2008 tentang Keterbukaan Informasi Publik; Perki 1/2021.",
  prosedur: "1. Isi formulir permohonan.\n2. Terima nomor pendaftaran.\n3. Terima jawaban tertulis.",
  jangkaWaktu: "Jawaban tertulis paling lambat 10 hari kerja.",
  biaya: "Gratis; salinan dan ongkos kirim sesuai standar biaya.",
  jaminan: "Kami siap menerima sanksi bila tidak menepati janji ini.",
  evaluasi: "Survei kepuasan pemohon setiap semester.",
};

describe("maklumat pelayanan and fee table", () => {
  it("only the PPID Utama may edit (others 403, anonymous to sign-in)", async () => {
    expect((await t.agent().request("/ppid/kelola/maklumat")).status).toBe(303);
    expect((await t.agent().request("/ppid/kelola/maklumat", { form: maklumat })).status).toBe(401);
    for (const who of [
      await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: u.kominfo.id }] }),
      await signInAs(t, { roles: [{ role: "admin" }] }),
      await signInAs(t, { kind: "citizen" }),
      await signInAs(t, { roles: [{ role: "ppid_utama" }], mfaPassed: false }),
    ]) {
      expect((await who.agent.request("/ppid/kelola/maklumat")).status).toBe(403);
      expect((await who.agent.request("/ppid/kelola/maklumat", { form: maklumat })).status).toBe(403);
      expect(
        (await who.agent.request("/ppid/kelola/maklumat/biaya", { form: { item_0: "Fotokopi", satuan_0: "lembar", tarif_0: "1" } })).status,
      ).toBe(403);
    }
    expect((await getMaklumat(t.p.db)).example).toBe(true);
  });

  it("the PPID Utama publishes the maklumat; the public page shows it, history in the audit trail", async () => {
    const { agent } = await signInAs(t, { name: "Kadis Kominfo", roles: [{ role: "ppid_utama" }] });
    const bad = await agent.request("/ppid/kelola/maklumat", { form: { ...maklumat, jaminan: "" } });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Isi bagian jaminan pelayanan (minimal 10 karakter).");
    expect(badHtml).toContain("Survei kepuasan pemohon setiap semester.");
    expect((await agent.request("/ppid/kelola/maklumat", { form: maklumat })).status).toBe(303);
    const pub = await t.agent().page("/ppid/maklumat");
    expect(pub.res.headers.getSetCookie()).toEqual([]);
    expect(pub.html).not.toContain("Naskah contoh");
    expect(pub.html).toContain("<li>Terima nomor pendaftaran.</li>");
    expect(pub.html).toContain("Ditetapkan oleh Kadis Kominfo");
    const [ev] = await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "maklumat.changed"));
    expect(ev.after).toMatchObject({ ...maklumat, updatedBy: "Kadis Kominfo" });
    expect((await agent.page("/ppid/kelola/maklumat")).html).toContain("Riwayat perubahan");
  });

  it("the PPID Utama sets the fee table, checked row by row; the standar layanan page shows it", async () => {
    const { agent } = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const bad = await agent.request("/ppid/kelola/maklumat/biaya", {
      form: { item_0: "Fotokopi A4", satuan_0: "lembar", tarif_0: "lima ratus" },
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Baris 1: tarif ditulis dengan angka rupiah");
    const ok = await agent.request("/ppid/kelola/maklumat/biaya", {
      form: { item_0: "Fotokopi A4", satuan_0: "lembar", tarif_0: "300", item_1: "Kirim pos", satuan_1: "kiriman", tarif_1: "" },
    });
    expect(ok.status).toBe(303);
    const { html } = await t.agent().page("/ppid/standar-layanan");
    expect(html).toContain("Rp 300");
    expect(html).toContain("Sesuai tarif jasa pengiriman");
    expect(html).not.toContain("Tarif contoh");
    expect(html).not.toContain("Cetak berwarna");
  });
});

describe("berkala staleness reminder", () => {
  it("mails the OPD's PPID Pelaksana and the PPID Utama the overdue items once, again only after 30 days", async () => {
    await signInAs(t, { email: "pelaksana.dinkes@lebongkab.go.id", roles: [{ role: "ppid_pelaksana", unitId: u.dinkes.id }] });
    await signInAs(t, { email: "pelaksana.bkd@lebongkab.go.id", roles: [{ role: "ppid_pelaksana", unitId: u.bkd.id }] });
    const utama = await signInAs(t, { email: "ppid.utama@lebongkab.go.id", roles: [{ role: "ppid_utama" }] });
    for (const [ringkasan, kategori] of [
      ["Realisasi anggaran Dinkes semester I", "berkala"],
      ["SOP puskesmas", "setiap_saat"],
    ]) {
      expect((await utama.agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.dinkes.id, { ringkasan, kategori }) })).status).toBe(
        303,
      );
    }
    expect(
      (await utama.agent.request("/ppid/kelola/dip/baru", { form: dipForm(u.bkd.id, { ringkasan: "Realisasi APBD terkini" }) })).status,
    ).toBe(303);
    const old = new Date(Date.now() - 190 * 86_400_000);
    await t.p.db.update(dipItems).set({ lastUpdatedAt: old }).where(eq(dipItems.unitId, u.dinkes.id));

    const lookup = sqlStaffLookup(t);
    const sent = await notifyStaleDip(t.p, lookup);
    // Every PPID Utama (earlier tests signed in several) and the Dinkes PPID Pelaksana; not the BKD one.
    expect(sent).toEqual([
      { unitId: u.dinkes.id, to: expect.arrayContaining(["pelaksana.dinkes@lebongkab.go.id", "ppid.utama@lebongkab.go.id"]), items: 1 },
    ]);
    expect(sent[0].to).not.toContain("pelaksana.bkd@lebongkab.go.id");
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "pelaksana.dinkes@lebongkab.go.id"));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Informasi berkala perlu diperbarui: Dinas Kesehatan (1)");
    expect(mails[0].text).toContain("Realisasi anggaran Dinkes semester I");
    expect(mails[0].text).not.toContain("SOP puskesmas");
    expect(await t.p.db.select().from(outbox).where(eq(outbox.to, "pelaksana.bkd@lebongkab.go.id"))).toEqual([]);
    const [ev] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dip.stale_reminder_sent"), eq(auditEvents.subjectId, u.dinkes.id)));
    expect(ev.after).toMatchObject({ recipients: sent[0].to.length });

    // The next day: nothing new. After 30 days: reminded again.
    expect(await notifyStaleDip(t.p, lookup, new Date(Date.now() + 86_400_000))).toEqual([]);
    expect(await notifyStaleDip(t.p, lookup, new Date(Date.now() + 31 * 86_400_000))).toHaveLength(1);
  });

  it("declares both daily jobs", () => {
    registerDipJobs(t.p, sqlStaffLookup(t));
    expect(t.p.jobs.definitions()).toEqual(expect.arrayContaining([DIK_EXPIRY_JOB, DIP_STALE_JOB]));
    expect(t.p.jobs.declaredSchedules()).toEqual(
      expect.arrayContaining([
        { name: DIK_EXPIRY_JOB, cron: "15 0 * * *", data: undefined },
        { name: DIP_STALE_JOB, cron: "30 7 * * *", data: undefined },
      ]),
    );
  });
});
