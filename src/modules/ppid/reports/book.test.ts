import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { ppidRequests } from "../schema.ts";
import { type Seeded, seedReportRequests } from "./test-seed.ts";

let t: TestPlatform;
let s: Seeded;
beforeAll(async () => {
  t = await createTestPlatform();
  s = await seedReportRequests(t.p);
});
afterAll(() => t.close());

const HEADER = [
  "No",
  "Tanggal permohonan",
  "Nama",
  "Alamat",
  "Nomor kontak",
  "Pekerjaan",
  "Informasi yang diminta",
  "Tujuan penggunaan",
  "Status informasi",
  "Bentuk (softcopy/hardcopy)",
  "Jenis permohonan (melihat/salinan)",
  "Keputusan",
  "Alasan penolakan",
  "Tanggal pemberitahuan tertulis",
  "Tanggal penyerahan",
  "Biaya & cara bayar",
];

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

const utama = () => signInAs(t, { roles: [{ role: "ppid_utama" }], name: "Kepala Diskominfo" });

describe("register book of requests (§1.7)", () => {
  it("downloads the CSV with the BOM, exactly the statutory columns in order, and the seeded values; audited", async () => {
    const { agent, userId } = await utama();
    const res = await agent.request("/ppid/kelola/register/permohonan.csv?tahun=2025&periode=semester1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("register-permohonan-2025-semester1.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const rows = parseCsv(new TextDecoder().decode(bytes)); // the decoder drops the BOM
    expect(rows[0]).toEqual(HEADER);
    // Semester I 2025: R1–R6, oldest first.
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 6, 5, 4].map((n) => `PPID-2025-00000${n}`));
    const r1 = rows[1];
    expect(r1).toEqual([
      "PPID-2025-000001",
      "2025-02-03",
      "Rahmat Hidayat",
      "Jl. Merdeka No. 1, Tubei, Lebong",
      "081270000001 / rahmat@contoh.id",
      "Wiraswasta",
      "Data permohonan nomor 1: anggaran program kesehatan desa",
      "Kajian kebijakan publik",
      "Dikuasai",
      "Hardcopy",
      "Salinan",
      "Dikabulkan seluruhnya",
      "",
      "2025-02-14",
      "2025-02-17",
      "Rp 5.000",
    ]);
    const r2 = rows[2];
    // R2: the notice gives softcopy; parts withheld under the DIK entry of huruf h (the unmatched phrase cites nothing).
    expect(r2.slice(9, 12)).toEqual(["Softcopy", "Melihat", "Dikabulkan sebagian"]);
    expect(r2[12]).toMatch(/^Pasal 17 huruf h UU 14\/2008 \(DIK-\d{4}-001\)$/);
    const r3 = rows[3];
    expect(r3[11]).toBe("Ditolak (informasi dikecualikan)");
    expect(r3[12]).toMatch(
      /^Pasal 17 huruf h UU 14\/2008 \(DIK-\d{4}-001\); Pasal 17 huruf j UU 14\/2008 \(DIK-UJI-J\); Alasan: Memuat data kesehatan pribadi pasien\.$/,
    );
    expect(r3[15]).toBe("Tanpa biaya");
    const r5 = rows.find((r) => r[0] === "PPID-2025-000005") as string[];
    expect(r5[8]).toBe("Tidak dikuasai");
    expect(r5[11]).toBe("Informasi tidak dikuasai");
    const events = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.register.exported"), eq(auditEvents.actorId, userId)));
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ register: "permohonan", format: "csv", from: "2025-01-01", to: "2025-06-30", rows: 6 });
  });

  it("guards against formula injection and quotes commas, quotes and line breaks", async () => {
    await t.p.db
      .update(ppidRequests)
      .set({ details: '=HYPERLINK("http://jahat")', purpose: 'Kajian, "uji"\nbaris dua' })
      .where(eq(ppidRequests.id, s.ids.r6));
    const { agent } = await utama();
    const text = new TextDecoder().decode(
      await (await agent.request("/ppid/kelola/register/permohonan.csv?dari=2025-02-10&sampai=2025-02-10")).arrayBuffer(),
    );
    expect(text).toContain(`"'=HYPERLINK(""http://jahat"")"`);
    expect(text).toContain('"Kajian, ""uji""\nbaris dua"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1][6]).toBe(`'=HYPERLINK("http://jahat")`);
  });

  it("builds the XLSX with the same columns, a bold frozen header, widths and real dates", async () => {
    const { agent } = await utama();
    const res = await agent.request("/ppid/kelola/register/permohonan.xlsx?tahun=2025");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toContain("Register permohonan informasi publik");
    const header = ws.getRow(2);
    expect((header.values as unknown[]).slice(1)).toEqual(HEADER);
    expect(header.font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.getColumn(7).width).toBe(48);
    // 2025: R1–R9 registered (R10 not), oldest first: R1 on row 3.
    expect(ws.rowCount).toBe(2 + 9);
    const r1 = ws.getRow(3);
    expect(r1.getCell(1).value).toBe("PPID-2025-000001");
    expect(r1.getCell(2).value).toEqual(new Date("2025-02-03T00:00:00Z"));
    expect(r1.getCell(2).numFmt).toBe("dd/mm/yyyy");
    expect(r1.getCell(14).value).toEqual(new Date("2025-02-14T00:00:00Z"));
    const withdrawn = ws.getRow(2 + 8);
    expect(withdrawn.getCell(1).value).toBe("PPID-2025-000008");
    expect(withdrawn.getCell(12).value).toBe("Ditarik pemohon");
  });

  it("is for register readers only; bad periods are explained", async () => {
    const pelaksana = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: s.dinkes }] });
    expect((await pelaksana.agent.request("/ppid/kelola/register/permohonan.csv?tahun=2025")).status).toBe(403);
    expect((await pelaksana.agent.request("/ppid/kelola/register")).status).toBe(403);
    // Nobody signed in: sent to the sign-in page.
    expect((await t.agent().request("/ppid/kelola/register/permohonan.csv")).status).toBe(303);
    const { agent } = await utama();
    const page = await agent.page("/ppid/kelola/register?tahun=2025");
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("9 permohonan teregistrasi");
    expect(page.html).toContain("/ppid/kelola/register/permohonan.xlsx?tahun=2025");
    const bad = await agent.page("/ppid/kelola/register?dari=2025-02-30&sampai=2025-01-01");
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain("Tanggal tidak ada di kalender.");
    const badCsv = await agent.request("/ppid/kelola/register/permohonan.csv?tahun=20x5");
    expect(badCsv.status).toBe(400);
  });
});
