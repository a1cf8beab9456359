import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderPdfDocument } from "./document.ts";

describe("renderPdfDocument", () => {
  it("renders an A4 PDF whose text (Indonesian letters included) and verify URL can be extracted", async () => {
    const url = "http://localhost:3000/verifikasi/abcdefghij234567";
    const bytes = await renderPdfDocument({
      letterhead: ["PEMERINTAH KABUPATEN LEBONG", "Dinas Komunikasi, Informatika, Statistik dan Persandian"],
      title: "Tanda Bukti Permohonan Informasi",
      blocks: [
        {
          type: "fields",
          rows: [
            ["Nomor pendaftaran", "001/PPID/III/2026"],
            ["Pemohon", "Ayu Rahmawati"],
          ],
        },
        { type: "heading", text: "Keterangan" },
        { type: "paragraph", text: "Permohonan Anda diterima pada Jumat, 13 Maret 2026 — “kutipan” dan tanda-tanda lain. ".repeat(40) },
      ],
      verifyUrl: url,
      documentId: "abcdefghij234567",
    });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    const page = await pdf.getPage(1);
    const [, , w, h] = page.view;
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain(url);
    expect(text).toContain("Verifikasi keaslian dokumen ini di");
    expect(text).toContain("Tanda Bukti Permohonan Informasi");
    expect(text).toContain("“kutipan”");
    expect(text).toContain("Halaman 2 dari");
  });
});
