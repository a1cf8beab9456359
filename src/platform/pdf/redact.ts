/**
 * True redaction of a PDF for a partial grant (dikabulkan sebagian): the withheld
 * text is removed, not covered. Pages with nothing to withhold are copied as they
 * are (text stays selectable); each page with a match is rasterised by poppler's
 * `pdftoppm`, black boxes are painted into the pixels, and the page is rebuilt as
 * that image alone (no text layer) with the reason printed on each box. Afterwards
 * the result is read back with `pdftotext` and unpdf (pdf.js); if any phrase is
 * still readable the call fails instead of returning a leaking document.
 *
 * Needs Debian poppler-utils (pdftotext, pdftoppm). Annotations are dropped
 * (copied pages lose them; rasterised pages are drawn without them), because
 * their text is not searched, and so are XObjects a copied page holds but never
 * draws (redact-prune.ts). Document metadata, outlines and attachments are not
 * carried over: the result is a new document.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import { dropUnreachable, pruneUnusedXObjects } from "./redact-prune.ts";
import { paintBoxes, parsePpm } from "./redact-raster.ts";
import { type Box, foldText, matchPage, parseBboxLayout, type RedactionRule, ruleRegExp } from "./redact-text.ts";

export type { RedactionRule } from "./redact-text.ts";

export interface Redaction {
  /** 1-based page number. */
  page: number;
  /** The withheld words as printed in the document. Secret: for the officer, never for the notice. */
  text: string;
  reason: string;
}

export interface RedactPdfResult {
  pdf: Uint8Array;
  /** One entry per occurrence, in page order. */
  redactions: Redaction[];
  /** 1-based numbers of the pages rebuilt as images. */
  pagesRasterized: number[];
  /** Rules that matched nothing (the officer should be warned: wrong spelling, or text only in a scan). */
  unmatched: RedactionRule[];
}

export interface RedactPdfOptions {
  /** Resolution of rasterised pages (default 150). */
  dpi?: number;
  /** Directory holding pdftoppm and pdftotext (default: found on PATH). */
  binDir?: string;
  /** Limit for each poppler call (default 120 s). */
  timeoutMs?: number;
}

const require = createRequire(import.meta.url);
let labelFontBytes: Uint8Array | null = null;
/** Padding around each word box, in points (anti-aliasing, overhanging glyphs). */
const PAD = 1.5;

function run(bin: string, args: string[], opts: RedactPdfOptions): Promise<string> {
  const file = opts.binDir ? join(opts.binDir, bin) : bin;
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      if ((err as NodeJS.ErrnoException).code === "ENOENT") {
        return reject(new Error(`Redaksi PDF memerlukan poppler-utils (${bin}); pasang paket poppler-utils di server.`));
      }
      reject(
        new Error(
          `${bin} gagal membaca PDF: ${String(stderr || err.message)
            .trim()
            .slice(0, 300)}`,
        ),
      );
    });
  });
}

/** Rules must name a phrase and a reason; a blank one would silently withhold nothing. */
function checkRules(rules: RedactionRule[]) {
  for (const r of rules) {
    if (!r.text.trim()) throw new Error("Teks yang diredaksi tidak boleh kosong.");
    if (!r.reason.trim()) throw new Error("Setiap redaksi harus mencantumkan alasan (Pasal 17 / DIK).");
    ruleRegExp(r.text);
  }
}

export async function redactPdf(input: Uint8Array, rules: RedactionRule[], options: RedactPdfOptions = {}): Promise<RedactPdfResult> {
  checkRules(rules);
  const dpi = options.dpi ?? 150;
  // Fail on a missing pdftoppm before any work, with the message the officer's admin can act on.
  await run("pdftoppm", ["-v"], options);
  const lib = await import("pdf-lib");
  const { PDFDocument } = lib;
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(input, { updateMetadata: false });
  } catch (e) {
    throw new Error(`PDF tidak dapat diredaksi (rusak atau terenkripsi): ${(e as Error).message}`);
  }
  const dir = await mkdtemp(join(tmpdir(), "satu-pintu-redact-"));
  try {
    const inPath = join(dir, "in.pdf");
    await writeFile(inPath, input);
    await run("pdftotext", ["-q", "-cropbox", "-bbox-layout", inPath, join(dir, "words.html")], options);
    const pages = parseBboxLayout(await readFile(join(dir, "words.html"), "utf8"));
    if (pages.length !== source.getPageCount()) {
      throw new Error(`PDF tidak dapat diredaksi: pdftotext membaca ${pages.length} halaman, pdf-lib ${source.getPageCount()}.`);
    }

    const redactions: Redaction[] = [];
    const boxesByPage = new Map<number, { box: Box; reason: string }[]>();
    const matched = new Set<number>();
    pages.forEach((page, i) => {
      for (const m of matchPage(page, rules)) {
        const reason = rules[m.ruleIndex]?.reason ?? "";
        matched.add(m.ruleIndex);
        redactions.push({ page: i + 1, text: m.text, reason });
        const list = boxesByPage.get(i) ?? [];
        for (const box of m.boxes) list.push({ box, reason });
        boxesByPage.set(i, list);
      }
    });

    const out = await PDFDocument.create();
    const keep = source.getPageIndices().filter((i) => !boxesByPage.has(i));
    const copied = new Map((await out.copyPages(source, keep)).map((p, k) => [keep[k] ?? -1, p]));
    const font = boxesByPage.size ? await labelFont(out) : null;
    for (let i = 0; i < source.getPageCount(); i++) {
      const copy = copied.get(i);
      if (copy) {
        copy.node.delete(lib.PDFName.Annots);
        pruneUnusedXObjects(lib, copy);
        out.addPage(copy);
        continue;
      }
      const prefix = join(dir, `p${i + 1}`);
      const n = String(i + 1);
      await run(
        "pdftoppm",
        ["-q", "-r", String(dpi), "-cropbox", "-hide-annotations", "-f", n, "-l", n, "-singlefile", inPath, prefix],
        options,
      );
      const raster = parsePpm(await readFile(`${prefix}.ppm`));
      await rm(`${prefix}.ppm`, { force: true });
      const [w, h] = displaySize(source.getPage(i), raster.width, raster.height, dpi);
      const items = boxesByPage.get(i) ?? [];
      paintBoxes(
        raster,
        w,
        h,
        items.map((it) => it.box),
        PAD,
      );
      await addImagePage(out, raster, w, h);
      const page = out.getPage(out.getPageCount() - 1);
      for (const it of items) if (font) await drawLabel(page, font, it.box, it.reason, h);
    }
    dropUnreachable(lib, out);
    const pdf = await out.save();
    await assertNothingReadable(pdf, rules, dir, options);
    return {
      pdf,
      redactions,
      pagesRasterized: [...boxesByPage.keys()].sort((a, b) => a - b).map((i) => i + 1),
      unmatched: rules.filter((_, k) => !matched.has(k)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page as displayed (crop box, rotation applied), in points; pdf-lib's numbers unless poppler disagrees. */
function displaySize(page: PDFPage, pxW: number, pxH: number, dpi: number): [number, number] {
  const crop = page.getCropBox();
  const turned = (((page.getRotation().angle % 360) + 360) % 360) % 180 === 90;
  const [w, h] = turned ? [crop.height, crop.width] : [crop.width, crop.height];
  const fromPx: [number, number] = [(pxW * 72) / dpi, (pxH * 72) / dpi];
  return Math.abs(w - fromPx[0]) * (dpi / 72) <= 1.5 && Math.abs(h - fromPx[1]) * (dpi / 72) <= 1.5 ? [w, h] : fromPx;
}

/** Adds a page that is the raster alone: an RGB image XObject, deflated by node:zlib. */
async function addImagePage(out: PDFDocument, raster: { width: number; height: number; rgb: Uint8Array }, w: number, h: number) {
  const { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } = await import("pdf-lib");
  const image = out.context.stream(deflateSync(raster.rgb), {
    Type: "XObject",
    Subtype: "Image",
    Width: raster.width,
    Height: raster.height,
    ColorSpace: "DeviceRGB",
    BitsPerComponent: 8,
    Filter: "FlateDecode",
  });
  const page = out.addPage([w, h]);
  const name = page.node.newXObject("Redacted", out.context.register(image));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, 0), drawObject(name), popGraphicsState());
}

async function labelFont(out: PDFDocument): Promise<PDFFont> {
  const fontkit = (await import("@pdf-lib/fontkit")).default;
  out.registerFontkit(fontkit);
  labelFontBytes ??= readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"));
  return out.embedFont(labelFontBytes, { subset: true });
}

/** The reason in white on the black box, shrunk (and at worst shortened) to fit; along the box if it stands upright. */
async function drawLabel(page: PDFPage, font: PDFFont, box: Box, reason: string, pageHeight: number) {
  const { degrees, rgb } = await import("pdf-lib");
  const x = box.x0 - PAD;
  const width = box.x1 - box.x0 + 2 * PAD;
  const height = box.y1 - box.y0 + 2 * PAD;
  const y = pageHeight - (box.y1 + PAD);
  const upright = height > width * 1.5;
  const [long, thick] = upright ? [height, width] : [width, height];
  let text = reason.trim();
  let size = Math.min(thick * 0.7, 9);
  const fits = () => font.widthOfTextAtSize(text, size) <= long - 2;
  if (!fits()) size = Math.max(3.5, (size * (long - 2)) / font.widthOfTextAtSize(text, size));
  while (!fits() && text.length > 1) text = `${text.slice(0, -2)}…`;
  if (!fits()) return;
  const along = (long - font.widthOfTextAtSize(text, size)) / 2;
  const across = (thick - size * 0.72) / 2;
  const color = rgb(1, 1, 1);
  if (upright) page.drawText(text, { x: x + across, y: y + height - along, size, font, color, rotate: degrees(-90) });
  else page.drawText(text, { x: x + along, y: y + across, size, font, color });
}

/** Reads the result back with both engines; any rule still found means the redaction failed. */
async function assertNothingReadable(pdf: Uint8Array, rules: RedactionRule[], dir: string, options: RedactPdfOptions) {
  const outPath = join(dir, "out.pdf");
  await writeFile(outPath, pdf);
  const texts = [await run("pdftotext", ["-q", outPath, "-"], options)];
  const { extractText, getDocumentProxy } = await import("unpdf");
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  try {
    texts.push(...(await extractText(doc, { mergePages: false })).text);
  } finally {
    await doc.destroy();
  }
  const folded = texts.map(foldText);
  for (const rule of rules) {
    const re = ruleRegExp(rule.text);
    if (folded.some((t) => t.search(re) >= 0)) {
      throw new Error(
        `Redaksi gagal: teks dengan alasan "${rule.reason}" masih terbaca pada hasil (mungkin tersimpan di luar teks halaman yang dapat dicari). Dokumen tidak dibuat.`,
      );
    }
  }
}

/** The notice side: each reason once, with the pages it applies to and how many passages. No withheld text. */
export function redactionReasons(redactions: Redaction[]): { reason: string; pages: number[]; count: number }[] {
  const byReason = new Map<string, { reason: string; pages: number[]; count: number }>();
  for (const r of redactions) {
    const entry = byReason.get(r.reason) ?? { reason: r.reason, pages: [], count: 0 };
    if (!entry.pages.includes(r.page)) entry.pages.push(r.page);
    entry.count++;
    byReason.set(r.reason, entry);
  }
  return [...byReason.values()];
}
