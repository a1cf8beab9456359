import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodePDFRawStream, degrees, PDFDocument, PDFName, PDFRawStream, PDFString, StandardFonts } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdfDocument } from "./document.ts";
import { redactionReasons, redactPdf } from "./redact.ts";
import { parsePpm, type Raster } from "./redact-raster.ts";
import { type Box, matchPage, parseBboxLayout } from "./redact-text.ts";

const exec = promisify(execFile);
let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "redact-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(pdf: Uint8Array): Promise<string> {
  const path = join(dir, `f${++n}.pdf`);
  await writeFile(path, pdf);
  return path;
}

/** Debian pdftotext of the whole document, or of one page. */
async function pdftotext(pdf: Uint8Array, page?: number): Promise<string> {
  const pages = page ? ["-f", String(page), "-l", String(page)] : [];
  return (await exec("pdftotext", [...pages, await save(pdf), "-"])).stdout;
}

async function unpdfPages(pdf: Uint8Array): Promise<string[]> {
  return (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text;
}

async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p1 = doc.addPage([595, 842]);
  p1.drawText("Surat Keterangan Domisili", { x: 72, y: 760, size: 16, font });
  p1.drawText("NIK 1707012345678901 milik Budi Santoso", { x: 72, y: 700, size: 12, font });
  p1.drawText("Alamat kantor desa tetap terbuka untuk umum.", { x: 72, y: 660, size: 12, font });
  const p2 = doc.addPage([595, 842]);
  p2.drawText("Halaman kedua tanpa data pribadi.", { x: 72, y: 700, size: 12, font });
  return doc.save();
}

/** The share of pure-black pixels of an image inside a box given in page points. */
function blackShare(raster: Raster, box: Box, scale: number): number {
  let black = 0;
  let total = 0;
  for (let y = Math.ceil(box.y0 * scale); y < Math.floor(box.y1 * scale); y++) {
    for (let x = Math.ceil(box.x0 * scale); x < Math.floor(box.x1 * scale); x++) {
      const i = (y * raster.width + x) * 3;
      total++;
      if (raster.rgb[i] === 0 && raster.rgb[i + 1] === 0 && raster.rgb[i + 2] === 0) black++;
    }
  }
  return black / total;
}

/** The one image on a page of the result, pulled out with Debian pdfimages. */
async function pageImage(pdf: Uint8Array, page: number): Promise<Raster> {
  const imgDir = await mkdtemp(join(dir, "img-"));
  await exec("pdfimages", ["-f", String(page), "-l", String(page), await save(pdf), join(imgDir, "i")]);
  const files = await readdir(imgDir);
  expect(files).toHaveLength(1);
  return parsePpm(await readFile(join(imgDir, files[0] ?? "")));
}

const NIK = { text: "1707012345678901", reason: "Pasal 17 huruf h (DIK-2026-003)" };
const NAME = { text: "Budi Santoso", reason: "Pasal 17 huruf h (DIK-2026-004)" };

describe("redactPdf", () => {
  it("removes the withheld words from page 1 (pixels painted black, no text layer) and copies page 2 with its text", async () => {
    const input = await twoPages();
    const before = await pdftotext(input);
    expect(before).toContain("1707012345678901");
    expect(before).toContain("Budi Santoso");

    const result = await redactPdf(input, [NIK, NAME]);
    expect(result.redactions).toEqual([
      { page: 1, text: "1707012345678901", reason: NIK.reason },
      { page: 1, text: "Budi Santoso", reason: NAME.reason },
    ]);
    expect(result.pagesRasterized).toEqual([1]);
    expect(result.unmatched).toEqual([]);

    // Debian pdftotext: neither secret anywhere; page 2 is still real text; page 1 only carries the reasons.
    const after = await pdftotext(result.pdf);
    expect(after).not.toContain("1707012345678901");
    expect(after).not.toMatch(/budi|santoso/i);
    expect(await pdftotext(result.pdf, 2)).toContain("Halaman kedua tanpa data pribadi.");
    const page1 = await pdftotext(result.pdf, 1);
    expect(page1).toContain(NIK.reason);
    expect(page1).toContain(NAME.reason);
    expect(page1).not.toContain("milik");

    // pdf.js (unpdf) agrees.
    const pages = await unpdfPages(result.pdf);
    expect(pages).toHaveLength(2);
    expect(pages.join("\n")).not.toContain("1707012345678901");
    expect(pages.join("\n")).not.toMatch(/budi|santoso/i);
    expect(pages[1]).toContain("Halaman kedua tanpa data pribadi.");

    // The page keeps its size, and the image embedded in it (pulled out with pdfimages, as anyone could)
    // is pure black where the words were, while the rest of the line is still printed.
    const out = await PDFDocument.load(result.pdf);
    expect(out.getPage(0).getSize()).toEqual({ width: 595, height: 842 });
    const words = parseBboxLayout((await exec("pdftotext", ["-bbox-layout", await save(input), "-"])).stdout)[0]?.words ?? [];
    const word = (t: string) => words.find((w) => w.text === t) ?? expect.fail(`no word ${t}`);
    const raster = await pageImage(result.pdf, 1);
    const scale = raster.width / 595;
    const dark = (t: string) => blackShare(raster, word(t), scale);
    expect(dark("1707012345678901")).toBe(1);
    expect(dark("Budi")).toBe(1);
    expect(dark("Santoso")).toBe(1);
    expect(dark("milik")).toBeGreaterThan(0.05);
    expect(dark("milik")).toBeLessThan(0.6);

    expect(redactionReasons(result.redactions)).toEqual([
      { reason: NIK.reason, pages: [1], count: 1 },
      { reason: NAME.reason, pages: [1], count: 1 },
    ]);
  });

  it("matches across text items, across a line break, inside punctuation, ignoring case and spacing", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText("Pemohon:", { x: 72, y: 700, size: 12, font });
    page.drawText("Budi", { x: 130, y: 700, size: 12, font });
    page.drawText("Santoso", { x: 160, y: 700, size: 12, font });
    page.drawText("Dikirim kepada Budi", { x: 72, y: 680, size: 12, font });
    page.drawText("Santoso di Tubei. NIK:1707012345678901.", { x: 72, y: 666, size: 12, font });
    page.drawText("Saksi: Daniel.", { x: 72, y: 640, size: 12, font });
    const input = await doc.save();

    const result = await redactPdf(input, [
      { text: "budi   SANTOSO", reason: NAME.reason },
      { text: "1707012345678901", reason: NIK.reason },
      { text: "Ani", reason: "Pasal 17 huruf h" },
    ]);
    expect(result.redactions.map((r) => [r.text, r.reason])).toEqual([
      ["Budi Santoso", NAME.reason],
      ["Budi Santoso", NAME.reason],
      ["NIK:1707012345678901.", NIK.reason],
    ]);
    // "Ani" is not inside "Daniel": a whole-word phrase, so it is reported as unmatched.
    expect(result.unmatched).toEqual([{ text: "Ani", reason: "Pasal 17 huruf h" }]);
    const text = (await pdftotext(result.pdf)) + (await unpdfPages(result.pdf)).join("\n");
    expect(text).not.toMatch(/budi|santoso|1707012345678901/i);
  });

  it("paints the right pixels on a rotated page with a crop box", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.setRotation(degrees(90));
    page.setCropBox(20, 30, 500, 780);
    page.drawText("Kepada Budi Santoso di Tubei", { x: 72, y: 700, size: 12, font });
    const input = await doc.save();
    const result = await redactPdf(input, [NAME]);
    expect(result.pagesRasterized).toEqual([1]);
    const size = (await PDFDocument.load(result.pdf)).getPage(0).getSize();
    expect(size).toEqual({ width: 780, height: 500 });
    const words = parseBboxLayout((await exec("pdftotext", ["-cropbox", "-bbox-layout", await save(input), "-"])).stdout)[0]?.words ?? [];
    const raster = await pageImage(result.pdf, 1);
    const scale = raster.width / size.width;
    for (const t of ["Budi", "Santoso"]) {
      expect(blackShare(raster, words.find((w) => w.text === t) ?? expect.fail(t), scale)).toBe(1);
    }
    const kepada = words.find((w) => w.text === "Kepada") ?? expect.fail("Kepada");
    expect(blackShare(raster, kepada, scale)).toBeLessThan(0.6);
  });

  it("redacts a document from the house renderer (DejaVu, subset fonts), only on the pages that need it", async () => {
    const input = await renderPdfDocument({
      letterhead: ["PEMERINTAH KABUPATEN LEBONG"],
      title: "Salinan Dokumen",
      blocks: [
        { type: "fields", rows: [["Pemohon", "Ayu Rahmawati"]] },
        { type: "paragraph", text: "Isi umum yang boleh dibaca siapa saja. ".repeat(120) },
      ],
      verifyUrl: "http://localhost:3000/verifikasi/abcdefghij234567",
    });
    const result = await redactPdf(input, [{ text: "ayu rahmawati", reason: "Pasal 17 huruf h (DIK-2026-001)" }]);
    const total = (await PDFDocument.load(result.pdf)).getPageCount();
    expect(total).toBeGreaterThanOrEqual(2);
    expect(result.pagesRasterized).toEqual([1]);
    expect(await pdftotext(result.pdf)).not.toMatch(/rahmawati/i);
    expect(await pdftotext(result.pdf, 2)).toContain("Isi umum yang boleh dibaca");
  });

  it("reports a rule that matches nothing and then copies every page unchanged", async () => {
    const input = await twoPages();
    const rule = { text: "Siti Aminah", reason: "Pasal 17 huruf h" };
    const result = await redactPdf(input, [rule]);
    expect(result.unmatched).toEqual([rule]);
    expect(result.redactions).toEqual([]);
    expect(result.pagesRasterized).toEqual([]);
    expect(await pdftotext(result.pdf)).toContain("NIK 1707012345678901 milik Budi Santoso");
  });

  it("fails loudly without poppler-utils, on a blank rule, and when a phrase would still be readable", async () => {
    const input = await twoPages();
    await expect(redactPdf(input, [NIK], { binDir: join(dir, "no-poppler-here") })).rejects.toThrow(
      "Redaksi PDF memerlukan poppler-utils (pdftoppm)",
    );
    await expect(redactPdf(input, [{ text: "  ", reason: "x" }])).rejects.toThrow("tidak boleh kosong");
    await expect(redactPdf(input, [{ text: "Budi", reason: " " }])).rejects.toThrow("alasan");
    // The label printed on the box would itself spell the phrase: the check after redaction refuses the result.
    await expect(redactPdf(input, [{ text: "1707012345678901", reason: "1707012345678901" }])).rejects.toThrow("Redaksi gagal");
  });
});

/** Every object of the file as text: streams inflated, hex strings decoded — what a determined reader could dig out. */
async function everyObject(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf);
  const hex = (s: string) =>
    s.replace(/<([0-9A-Fa-f\s]+)>/g, (_, h: string) => Buffer.from(h.replace(/\s/g, ""), "hex").toString("latin1"));
  return doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => {
      if (!(obj instanceof PDFRawStream)) return hex(obj.toString());
      let body = "";
      try {
        body = Buffer.from(decodePDFRawStream(obj).decode()).toString("latin1");
      } catch {}
      return hex(`${obj.dict.toString()}\n${body}`);
    })
    .join("\n");
}

describe("redactPdf on a PDF that hides text outside the page text", () => {
  it("drops XObjects a copied page holds but never draws, and its annotations", async () => {
    const secret = await PDFDocument.create();
    const font = await secret.embedFont(StandardFonts.Helvetica);
    secret.addPage([300, 100]).drawText("NIK 1707012345678901 milik Budi Santoso", { x: 10, y: 50, size: 10, font });
    const doc = await PDFDocument.create();
    const helv = await doc.embedFont(StandardFonts.Helvetica);
    const [form] = await doc.embedPdf(await secret.save());
    if (!form) throw new Error("no form");
    const p1 = doc.addPage([595, 842]);
    p1.drawPage(form, { x: 72, y: 600 });
    const p2 = doc.addPage([595, 842]);
    p2.drawText("Halaman kedua tanpa data pribadi.", { x: 72, y: 700, size: 12, font: helv });
    // Page 2 holds page 1's form without drawing it, and a comment naming the person.
    p2.node.newXObject("Leak", form.ref);
    const note = doc.context.obj({ Type: "Annot", Subtype: "Text", Rect: [72, 600, 92, 620], Contents: PDFString.of("Budi Santoso") });
    p2.node.set(PDFName.Annots, doc.context.obj([doc.context.register(note)]));
    const input = await doc.save();
    expect(await everyObject(input)).toContain("1707012345678901");

    const result = await redactPdf(input, [NIK, NAME]);
    expect(result.pagesRasterized).toEqual([1]);
    expect(await pdftotext(result.pdf, 2)).toContain("Halaman kedua tanpa data pribadi.");
    const dug = await everyObject(result.pdf);
    expect(dug).toContain("Halaman kedua");
    expect(dug).not.toContain("1707012345678901");
    expect(dug).not.toMatch(/budi|santoso/i);
  });
});

describe("matchPage", () => {
  it("covers whole words, one box per line", () => {
    const page = {
      words: [
        { text: "kepada", x0: 0, y0: 0, x1: 30, y1: 10, line: 0 },
        { text: "Budi", x0: 35, y0: 0, x1: 55, y1: 10, line: 0 },
        { text: "Santoso,", x0: 0, y0: 14, x1: 40, y1: 24, line: 1 },
      ],
    };
    expect(matchPage(page, [{ text: "Budi Santoso", reason: "r" }])).toEqual([
      {
        ruleIndex: 0,
        text: "Budi Santoso,",
        boxes: [
          { x0: 35, y0: 0, x1: 55, y1: 10 },
          { x0: 0, y0: 14, x1: 40, y1: 24 },
        ],
      },
    ]);
  });
});
