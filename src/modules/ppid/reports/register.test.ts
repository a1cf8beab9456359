import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { HIDDEN_TEXT, SEEDED_EMAILS, SEEDED_NAMES, SEEDED_NIKS, type Seeded, seedReportRequests } from "./test-seed.ts";

let t: TestPlatform;
let s: Seeded;
beforeAll(async () => {
  t = await createTestPlatform();
  s = await seedReportRequests(t.p);
  t.p.events.emit("committed");
});
afterAll(() => t.close());

const page = (path: string) => t.agent().page(path);
const api = async (q = "") => {
  const res = await t.agent().request(`/api/v1/register${q}`);
  return { res, status: res.status, body: await res.json() };
};

/** Nothing that identifies a requester may appear. */
function expectNoIdentity(text: string) {
  for (const x of [...SEEDED_NAMES, ...SEEDED_NIKS, ...SEEDED_EMAILS, "Jl. Merdeka", "081270000", "AHU-0012345"])
    expect(text).not.toContain(x);
}

describe("public register page", () => {
  it("lists registered requests newest first with outcome and working days, without identity, cacheable and cookie-free", async () => {
    const { res, html } = await page("/ppid/register");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(res.headers.get("cache-control")).toContain("public");
    // R1–R9 and R11 are registered; R10 (DIAJUKAN) is not listed.
    expect(html).toContain("10 permohonan");
    expect(html).not.toContain("PPID-2025-000010");
    expect(html.indexOf("PPID-2025-000009")).toBeLessThan(html.indexOf("PPID-2025-000001"));
    expectNoIdentity(html);
    // The hidden text is replaced.
    expect(html).not.toContain(HIDDEN_TEXT);
    expect(html).toContain("Disembunyikan atas permintaan pemohon");
    for (const col of [
      "Nomor pendaftaran",
      "Diterima",
      "Perangkat daerah",
      "Informasi yang diminta",
      "Status",
      "Batas waktu",
      "Pemberitahuan tertulis",
      "Hari kerja",
    ])
      expect(html).toContain(col);
  });

  it("filters by year, OPD, status, decision and searches the visible text only", async () => {
    expect((await page("/ppid/register?tahun=2024")).html).toContain("1 permohonan");
    expect((await page("/ppid/register?tahun=2025&opd=diskominfo-sp")).html).toContain("3 permohonan");
    expect((await page("/ppid/register?status=DITARIK")).html).toContain("1 permohonan");
    const refused = await page("/ppid/register?keputusan=ditolak");
    expect(refused.html).toContain("1 permohonan");
    expect(refused.html).toContain("PPID-2025-000003");
    // "Rimbo Pengadang" is only in the hidden text: not found.
    const hidden = await page("/ppid/register?q=Rimbo+Pengadang");
    expect(hidden.html).toContain("Tidak ada permohonan yang cocok");
    const found = await page("/ppid/register?q=nomor+4%3A");
    expect(found.html).toContain("PPID-2025-000004");
    expect(found.html).not.toContain("PPID-2025-000005");
    expect((await page("/ppid/register?q=ppid-2025-000006")).html).toContain("PPID-2025-000006");
    // A hand-edited bad value is dropped.
    const bad = await page("/ppid/register?status=RAHASIA&tahun=2024");
    expect(bad.res.status).toBe(200);
    expect(bad.html).toContain("1 permohonan");
  });
});

describe("GET /api/v1/register", () => {
  it("answers items with dates, decision and working days computed by hand, never identity", async () => {
    const { res, status, body } = await api("?tahun=2025");
    expect(status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 9, hasMore: false });
    const raw = JSON.stringify(body);
    expectNoIdentity(raw);
    expect(raw).not.toContain(HIDDEN_TEXT);
    expect(raw).not.toContain(s.ids.r1); // no internal ids either
    const byNumber = Object.fromEntries(body.items.map((i: { number: string }) => [i.number, i]));
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        "decidedDate",
        "decision",
        "decisionLabel",
        "dueDate",
        "number",
        "receivedDate",
        "request",
        "status",
        "statusLabel",
        "textHidden",
        "unit",
        "workingDays",
      ].sort(),
    );
    // R1: 9 working days; R2 (after hours): 1; R3 (Saturday): 10; R4: 14; R5 (clarification pause of 3): 12; R6: 14; R7: 5.
    expect(
      ["000001", "000002", "000003", "000004", "000005", "000006", "000007"].map((n) => byNumber[`PPID-2025-${n}`].workingDays),
    ).toEqual([9, 1, 10, 14, 12, 14, 5]);
    expect(byNumber["PPID-2025-000001"]).toMatchObject({
      receivedDate: "2025-02-03",
      decidedDate: "2025-02-14",
      dueDate: "2025-02-17",
      status: "SELESAI",
      decision: "dikabulkan_seluruhnya",
      unit: { name: "Dinas Kesehatan", slug: "dinkes" },
    });
    expect(byNumber["PPID-2025-000007"]).toMatchObject({ request: "Disembunyikan atas permintaan pemohon", textHidden: true });
    expect(byNumber["PPID-2025-000009"]).toMatchObject({ status: "DIPROSES", decision: null, workingDays: null });
  });

  it("answers a text search with hasMore and no total, and refuses bad parameters in Bahasa Indonesia", async () => {
    const q = await api("?q=kesehatan");
    expect(q.body.total).toBeNull();
    expect(q.body.hasMore).toBe(false);
    expect(q.body.items).toHaveLength(9); // every visible text but the hidden R7 mentions it
    const bad = await api("?keputusan=rahasia&page=0&opd=tidak-ada");
    expect(bad.status).toBe(400);
    expect(bad.body.fields.keputusan).toContain("dikabulkan_seluruhnya");
    expect(bad.body.fields.page).toContain("Halaman");
    const unknown = await api("?opd=tidak-ada");
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.opd).toBe("Perangkat daerah tidak dikenal.");
  });
});

describe("statistics page", () => {
  it("shows the year's figures per OPD and publishes the metric definitions, cacheable", async () => {
    const { res, html } = await page("/ppid/statistik?tahun=2025");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(html).toContain("Ringkasan Tahun 2025");
    expect(html).toContain("Dinas Kesehatan");
    expect(html).toContain("Definisi angka");
    expect(html).toContain("Waktu respons");
    expect(html).toContain("Jeda menunggu kelengkapan");
    expect(html).toContain("pukul 16.00 WIB");
    // Median 10 working days; mean 9,3 (see stats.test.ts).
    expect(html).toContain("10 hari kerja");
    expect(html).toContain("9,3 hari kerja");
    expect(html).toContain("mengungkap rahasia pribadi"); // Pasal 17 huruf h
    expectNoIdentity(html);
  });
});
