import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { issuedDocuments } from "../../../platform/verification/index.ts";
import { ppidReportNarratives } from "./schema.ts";
import { seedReportRequests } from "./test-seed.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  await seedReportRequests(t.p);
});
afterAll(() => t.close());

const utama = () => signInAs(t, { roles: [{ role: "ppid_utama" }], name: "Kepala Diskominfo" });
const narrative = {
  tahun: "2025",
  periode: "tahunan",
  kebijakan: "Perbup Lebong 68/2017 tentang pedoman PPID.",
  sarana: "Meja layanan di Diskominfo SP; dua petugas; anggaran Rp 25.000.000.",
  kendala: "Jaringan internet di kecamatan terpencil belum stabil.",
  rekomendasi: "Pelatihan PPID Pelaksana di setiap OPD pada semester I.",
};

describe("annual report page and narrative", () => {
  it("shows the figures and lets the PPID Utama write the narrative (audited)", async () => {
    const { agent, userId } = await utama();
    const page = await agent.page("/ppid/kelola/laporan?tahun=2025&periode=tahunan");
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("Laporan Layanan Informasi Publik Tahun 2025");
    expect(page.html).toContain("9,3 hari kerja");
    expect(page.html).toContain('name="kebijakan"');
    const saved = await agent.request("/ppid/kelola/laporan", { form: narrative });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/ppid/kelola/laporan?tahun=2025&periode=tahunan&disimpan=1");
    const [row] = await t.p.db.select().from(ppidReportNarratives).where(eq(ppidReportNarratives.year, 2025));
    expect(row).toMatchObject({ period: "tahunan", updatedByName: "Kepala Diskominfo", parts: { kendala: narrative.kendala } });
    const after = await agent.page("/ppid/kelola/laporan?tahun=2025&disimpan=1");
    expect(after.html).toContain("Narasi laporan disimpan.");
    expect(after.html).toContain("Jaringan internet di kecamatan terpencil");
    const [audit] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.report.narrative_saved"), eq(auditEvents.actorId, userId)));
    expect(audit.subjectId).toBe("2025-tahunan");
  });

  it("refuses the narrative to anyone but the PPID Utama, and explains bad input keeping what was typed", async () => {
    const atasan = await signInAs(t, { roles: [{ role: "atasan_ppid" }] });
    const view = await atasan.agent.page("/ppid/kelola/laporan?tahun=2025");
    expect(view.res.status).toBe(200); // may read the report…
    expect(view.html).not.toContain('name="kebijakan"');
    expect((await atasan.agent.request("/ppid/kelola/laporan", { form: narrative })).status).toBe(403); // …not write it
    const petugas = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    expect((await petugas.agent.request("/ppid/kelola/laporan", { form: narrative })).status).toBe(403);
    const pelaksana = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: null }] });
    expect((await pelaksana.agent.request("/ppid/kelola/laporan?tahun=2025")).status).toBe(403);
    const { agent } = await utama();
    const bad = await agent.request("/ppid/kelola/laporan", { form: { ...narrative, kendala: "x".repeat(20_001) } });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("Paling banyak 20.000 karakter.");
    expect(html).toContain(narrative.rekomendasi);
  });
});

describe("annual report downloads", () => {
  it("renders the PDF once per content, registered with the verification service", async () => {
    const { agent } = await utama();
    const res = await agent.request("/ppid/kelola/laporan/laporan-2025-tahunan.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("laporan-2025-tahunan.pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true }); // pdf.js detaches the buffer it gets
    for (const x of [
      "LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2025",
      "Rincian layanan informasi publik",
      "Dinas Kesehatan",
      "9,3 hari kerja",
      "Perbup Lebong 68/2017",
      "Verifikasi keaslian dokumen",
      "Definisi angka",
    ])
      expect(text).toContain(x);
    const docs = await t.p.db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectType, "ppid_report"));
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe("Laporan Layanan Informasi Publik Tahun 2025");
    expect(text).toContain(docs[0].id);
    // The same figures and narrative: the same registered document.
    const again = new Uint8Array(await (await agent.request("/ppid/kelola/laporan/laporan-2025-tahunan.pdf")).arrayBuffer());
    expect([again.length, Buffer.from(again).equals(Buffer.from(bytes))]).toEqual([bytes.length, true]);
    expect(await t.p.db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectType, "ppid_report"))).toHaveLength(1);
    expect((await agent.request("/ppid/kelola/laporan/laporan-2025-bulanan.pdf")).status).toBe(404);
  });

  it("builds the XLSX with Ringkasan, Per OPD, Penolakan and Keberatan sheets holding the figures", async () => {
    const { agent } = await utama();
    const res = await agent.request("/ppid/kelola/laporan/laporan-2025-semester1.xlsx");
    expect(res.status).toBe(200);
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ringkasan", "Per OPD", "Penolakan", "Keberatan", "Definisi"]);
    const value = (sheet: string, label: string, col = 2) => {
      let v: unknown;
      wb.getWorksheet(sheet)?.eachRow((r) => {
        if (r.getCell(1).value === label) v = r.getCell(col).value;
      });
      return v;
    };
    // Semester I 2025: R1–R6; median (10+12)/2 = 11, mean 60/6 = 10.
    expect(value("Ringkasan", "Permohonan diterima")).toBe(6);
    expect(value("Ringkasan", "Waktu respons, median")).toBe(11);
    expect(value("Ringkasan", "Waktu respons, rata-rata")).toBe(10);
    expect(value("Ringkasan", "Diputus tepat waktu")).toBe(5);
    // Per OPD, semester I: DINKES R1 9, R2 1, R3 10, R6 14 → median 9.5, mean 8.5.
    expect(value("Per OPD", "Dinas Kesehatan", 2)).toBe(4);
    expect(value("Per OPD", "Dinas Kesehatan", 12)).toBe(9.5);
    expect(value("Per OPD", "Dinas Kesehatan", 13)).toBe(8.5);
    expect(value("Per OPD", "Jumlah", 2)).toBe(6);
    expect(value("Penolakan", "h", 3)).toBe(1);
    expect(value("Penolakan", "h", 4)).toBe(1);
    expect(value("Penolakan", "j", 3)).toBe(1);
  });
});
