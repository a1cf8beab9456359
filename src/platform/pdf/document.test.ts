import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderPdfDocument } from "./document.ts";
import { parsePpm } from "./redact-raster.ts";

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

  it("draws a verification QR code that a phone camera reads back as the verify URL", async () => {
    const url = "https://ppid.lebongkab.go.id/verifikasi/Q7K2M9XR4TPLWN3B";
    const bytes = await renderPdfDocument({ title: "Tanda Bukti", blocks: [{ type: "paragraph", text: "Isi." }], verifyUrl: url });
    const dir = mkdtempSync(join(tmpdir(), "sp-qr-"));
    try {
      writeFileSync(join(dir, "d.pdf"), bytes);
      // Page 1 as a binary PPM at 150 dpi, as a scan or a phone photo would see it.
      execFileSync("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", "-singlefile", join(dir, "d.pdf"), join(dir, "p")]);
      const { width: w, height: h, rgb } = parsePpm(readFileSync(join(dir, "p.ppm")));
      const rgba = new Uint8ClampedArray(w * h * 4);
      for (let i = 0; i < w * h; i++) {
        rgba.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
        rgba[i * 4 + 3] = 255;
      }
      expect(jsQR(rgba, w, h)?.data).toBe(url);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
