import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { dikItems, dipItems, seedDipDemo } from "./index.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  expect(await seedDipDemo(t.p)).toBe(8);
  expect(await seedDipDemo(t.p)).toBe(0); // once only
});
afterAll(() => t.close());

/** Direct database changes in a test: clear the page cache as a committed command does. */
const changed = () => t.p.events.emit("committed");
const page = (path: string) => t.agent().page(path);
const api = async (q = "") => {
  const res = await t.agent().request(`/api/v1/public-information${q}`);
  return { status: res.status, body: await res.json() };
};

describe("public DIP page", () => {
  it("lists every published item with the §1.10 columns, category and OPD, as a cacheable page without a cookie", async () => {
    const { res, html } = await page("/ppid/dip");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(res.headers.get("cache-control")).toContain("public");
    expect(html).toContain("8 informasi");
    for (const col of [
      "Ringkasan isi informasi",
      "Pejabat atau unit yang menguasai",
      "Penanggung jawab pembuatan",
      "Waktu dan tempat pembuatan",
      "Bentuk tersedia",
      "Jangka waktu penyimpanan",
      "Kategori",
      "Perangkat daerah",
    ]) {
      expect(html).toContain(col);
    }
    expect(html).toContain("Serta merta");
    expect(html).toContain("Dinas Kesehatan");
  });

  it("searches (with Indonesian stemming) and filters by OPD, category and year", async () => {
    const imun = await page("/ppid/dip?q=imunisasi");
    expect(imun.html).toContain("1 informasi");
    expect(imun.html).toContain("Cakupan imunisasi dasar lengkap");
    // "keuangan" and "perencanaan" are stemmed: "Subbagian Perencanaan dan Keuangan" holds three items.
    const stem = await page("/ppid/dip?q=perencanaan");
    expect(stem.html).toContain("Rencana Strategis");
    const dinkes = await page("/ppid/dip?unit=dinkes");
    expect(dinkes.html).toContain("4 informasi");
    expect(dinkes.html).not.toContain("Rencana Strategis");
    const sm = await page("/ppid/dip?kategori=serta_merta");
    expect(sm.html).toContain("1 informasi");
    expect(sm.html).toContain("demam berdarah");
    expect((await page("/ppid/dip?tahun=2024")).html).toContain("2 informasi");
    // A hand-edited bad filter is dropped, not refused.
    const bad = await page("/ppid/dip?kategori=rahasia&q=imunisasi");
    expect(bad.res.status).toBe(200);
    expect(bad.html).toContain("1 informasi");
    expect((await page("/ppid/dip?q=tidakadasamasekali")).html).toContain("Tidak ada informasi yang cocok");
  });

  it("leaves unpublished items out", async () => {
    await t.p.db.update(dipItems).set({ published: false }).where(eq(dipItems.ringkasan, "Cakupan imunisasi dasar lengkap per puskesmas"));
    changed();
    expect((await page("/ppid/dip?q=imunisasi")).html).toContain("0 informasi");
    expect((await api("?q=imunisasi")).body.total).toBe(0);
    await t.p.db.update(dipItems).set({ published: true }).where(eq(dipItems.ringkasan, "Cakupan imunisasi dasar lengkap per puskesmas"));
    changed();
  });
});

describe("GET /api/v1/public-information", () => {
  it("answers the published DIP as JSON without internal fields", async () => {
    const { status, body } = await api("?unit=dinkes&kategori=berkala");
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, pageSize: 20, pages: 1, total: 2 });
    const item = body.items[0];
    expect(Object.keys(item).sort()).toEqual(
      [
        "bentuk",
        "id",
        "kategori",
        "lastUpdatedAt",
        "link",
        "nomor",
        "pejabatPenguasa",
        "penanggungJawab",
        "retensi",
        "ringkasan",
        "tahun",
        "tempatPembuatan",
        "unit",
        "waktuPembuatan",
      ].sort(),
    );
    expect(item.unit).toMatchObject({ code: "DINKES", slug: "dinkes", name: "Dinas Kesehatan" });
    const byId = await api(`?unit=${item.unit.id}&q=imunisasi`);
    expect(byId.body.items.map((i: { ringkasan: string }) => i.ringkasan)).toEqual(["Cakupan imunisasi dasar lengkap per puskesmas"]);
  });

  it("refuses bad parameters with field messages in Bahasa Indonesia", async () => {
    const bad = await api("?kategori=rahasia&page=0");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("validation_error");
    expect(bad.body.fields.kategori).toContain("berkala");
    expect(bad.body.fields.page).toContain("Halaman");
    const unknown = await api("?unit=dinas-tidak-ada");
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.unit).toBe("Perangkat daerah tidak dikenal.");
  });
});

describe("public DIK, maklumat and standar layanan", () => {
  it("lists the exceptions in force with Pasal 17 ground, period and the uji konsekuensi conclusion", async () => {
    const { res, html } = await page("/ppid/dik");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(html).toContain("Pasal 17 huruf h UU 14/2008");
    expect(html).toContain("mengungkap rahasia pribadi");
    expect(html).toContain("Tanpa batas waktu (Pasal 20 UU 14/2008)");
    expect(html).toContain("Dikecualikan selama 5 tahun");
    // A proposal is not public.
    const [one] = await t.p.db.select().from(dikItems).where(eq(dikItems.pasal17, "c"));
    await t.p.db.update(dikItems).set({ status: "proposed" }).where(eq(dikItems.id, one.id));
    changed();
    expect((await page("/ppid/dik")).html).not.toContain(one.nomor);
    await t.p.db.update(dikItems).set({ status: "ditetapkan" }).where(eq(dikItems.id, one.id));
    changed();
  });

  it("shows the example maklumat with its six parts and the service standard with deadlines and fees", async () => {
    const m = await page("/ppid/maklumat");
    expect(m.res.status).toBe(200);
    expect(m.res.headers.getSetCookie()).toEqual([]);
    expect(m.html).toContain("Naskah contoh");
    for (const part of ["Dasar hukum", "Prosedur pelayanan", "Jangka waktu", "Biaya", "Jaminan pelayanan", "Evaluasi kinerja pelaksana"])
      expect(m.html).toContain(part);
    expect(m.html).toContain("<ol");
    const s = await page("/ppid/standar-layanan");
    expect(s.res.status).toBe(200);
    expect(s.res.headers.getSetCookie()).toEqual([]);
    for (const x of [
      "10 hari kerja",
      "+7 hari kerja",
      "30 hari kerja",
      "14 hari kerja",
      "Rp 500",
      "Tarif contoh",
      "Sesuai tarif jasa pengiriman",
    ])
      expect(s.html).toContain(x);
    // The footer of every page links the maklumat.
    expect(s.html).toContain('href="/ppid/maklumat"');
    expect((await page("/en/ppid/maklumat")).html).toContain("Public Information Service Charter");
  });
});
