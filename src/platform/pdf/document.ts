/**
 * A small A4 document renderer over pdf-lib + fontkit with DejaVu Sans (full
 * Indonesian and Latin coverage, subset-embedded). Generic: a letterhead, a
 * title, blocks of text and label/value rows, and on every page a footer with the
 * verification QR code and URL. Later modules build receipts and notices on it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
// pdf-lib, fontkit and qrcode are loaded when the first document is rendered, not at start-up.
import type { PDFDocument, PDFFont, PDFPage, RGB } from "pdf-lib";

const require = createRequire(import.meta.url);
let fonts: { regular: Uint8Array; bold: Uint8Array } | null = null;

function fontBytes() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

export type PdfBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  /** Label/value rows, e.g. "Nomor pendaftaran: …". */
  | { type: "fields"; rows: [label: string, value: string][] }
  | { type: "spacer"; height?: number };

export interface PdfDocumentInput {
  /** Lines of the letterhead (kop), first in bold, e.g. ["PEMERINTAH KABUPATEN LEBONG", "Dinas …"]. */
  letterhead?: string[];
  title: string;
  subtitle?: string;
  blocks: PdfBlock[];
  /** The public verification page; drawn as a QR code and text in the footer of every page. */
  verifyUrl?: string;
  /** The registry id, printed in the footer beside the URL. */
  documentId?: string;
  /** PDF metadata. */
  author?: string;
  subject?: string;
  /** The moment written into the PDF metadata (default now). */
  createdAt?: Date;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOTER_H = 96;
const QR_SIZE = 72;
// Same shape as pdf-lib's rgb() (ColorTypes.RGB), without loading pdf-lib here.
const INK = { type: "RGB", red: 0.07, green: 0.07, blue: 0.07 } as RGB;
const MUTED = { type: "RGB", red: 0.3, green: 0.3, blue: 0.3 } as RGB;

/**
 * Widths at size 1, kept per font and word: pdf-lib measures a custom font by
 * shaping the text with fontkit, which is most of a document's rendering time
 * when every candidate line is measured whole. A line's width is the sum of
 * its words and spaces (no kerning applies across a space).
 */
type QrPath = ReturnType<typeof qrPath>;

const widthCache = new WeakMap<PDFFont, Map<string, number>>();

function unitWidth(font: PDFFont, text: string): number {
  let m = widthCache.get(font);
  if (!m) {
    m = new Map();
    widthCache.set(font, m);
  }
  let w = m.get(text);
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, 1);
    if (m.size > 5000) m.clear();
    m.set(text, w);
  }
  return w;
}

/** The width of a line of words separated by single spaces, from cached word widths. */
export function lineWidth(font: PDFFont, line: string, size: number): number {
  let w = 0;
  const words = line.split(" ");
  for (const word of words) if (word) w += unitWidth(font, word);
  return (w + (words.length - 1) * unitWidth(font, " ")) * size;
}

/** Splits text into lines no wider than `width`, keeping explicit line breaks and breaking over-long words. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  const space = unitWidth(font, " ") * size;
  for (const para of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    let lineW = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const wordW = unitWidth(font, word) * size;
      const candidateW = line ? lineW + space + wordW : wordW;
      if (candidateW <= width) {
        line = line ? `${line} ${word}` : word;
        lineW = candidateW;
        continue;
      }
      if (line) out.push(line);
      line = "";
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineW = font.widthOfTextAtSize(rest, size);
    }
    out.push(line);
  }
  return out;
}

class Writer {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }
  get width() {
    return A4[0] - 2 * MARGIN;
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number) {
    if (this.y - height < MARGIN + FOOTER_H) this.newPage();
  }
  text(text: string, opts: { size?: number; bold?: boolean; indent?: number; gap?: number; center?: boolean; color?: typeof INK } = {}) {
    const size = opts.size ?? 11;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    const lh = size * 1.4;
    for (const line of wrapText(text, font, size, this.width - indent)) {
      this.ensure(lh);
      this.y -= lh;
      const x = opts.center ? MARGIN + (this.width - lineWidth(font, line, size)) / 2 : MARGIN + indent;
      this.page.drawText(line, { x, y: this.y + size * 0.3, size, font, color: opts.color ?? INK });
    }
    this.y -= opts.gap ?? size * 0.6;
  }
  rule() {
    this.ensure(8);
    this.y -= 4;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 1, color: INK });
    this.y -= 10;
  }
}

/**
 * The QR code as one vector path (a rectangle per run of dark modules, with a
 * quiet zone of one module): sharp at any zoom and in print, and far cheaper
 * than encoding and embedding a PNG for every document.
 */
export function qrPath(modules: { size: number; get(row: number, col: number): unknown }): { path: string; modules: number } {
  const parts: string[] = [];
  for (let r = 0; r < modules.size; r++) {
    let c = 0;
    while (c < modules.size) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < modules.size && modules.get(r, c)) c++;
      parts.push(`M${start + 1} ${r + 1}h${c - start}v1h${start - c}Z`);
    }
  }
  return { path: parts.join(""), modules: modules.size + 2 };
}

function drawFooter(w: Writer, page: PDFPage, index: number, total: number, qr: QrPath | null, input: PdfDocumentInput) {
  const top = MARGIN + FOOTER_H - 12;
  page.drawLine({ start: { x: MARGIN, y: top }, end: { x: A4[0] - MARGIN, y: top }, thickness: 0.5, color: MUTED });
  const textX = qr ? MARGIN + QR_SIZE + 12 : MARGIN;
  const textW = A4[0] - MARGIN - textX;
  let y = top - 16;
  if (qr) page.drawSvgPath(qr.path, { x: MARGIN, y: top - 8, scale: QR_SIZE / qr.modules, color: INK, borderWidth: 0 });
  const lines: { text: string; bold?: boolean }[] = [];
  if (input.verifyUrl) {
    lines.push({ text: "Verifikasi keaslian dokumen ini di", bold: true });
    lines.push({ text: input.verifyUrl });
    if (input.documentId) lines.push({ text: `ID dokumen: ${input.documentId}` });
  }
  lines.push({ text: `Halaman ${index + 1} dari ${total}` });
  for (const l of lines) {
    const font = l.bold ? w.bold : w.regular;
    for (const part of wrapText(l.text, font, 8.5, textW)) {
      page.drawText(part, { x: textX, y, size: 8.5, font, color: MUTED });
      y -= 11.5;
    }
  }
}

/**
 * fontkit, but each font file is parsed once per process: pdf-lib parses the
 * font again for every document, which was most of a receipt's rendering time.
 * Documents share the parsed font read-only; each makes its own subset.
 */
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type Font = ReturnType<Fontkit["create"]>;
const parsedFonts = new WeakMap<Uint8Array, Font>();
function parsedOnce(fontkit: Fontkit): Fontkit {
  return {
    create(data, postscriptName) {
      if (postscriptName) return fontkit.create(data, postscriptName);
      let font = parsedFonts.get(data);
      if (!font) {
        font = fontkit.create(data);
        parsedFonts.set(data, font);
      }
      return font;
    },
  };
}

/** Renders the document to PDF bytes. */
export async function renderPdfDocument(input: PdfDocumentInput): Promise<Uint8Array> {
  const [{ PDFDocument }, { default: fontkit }, { default: QRCode }] = await Promise.all([
    import("pdf-lib"),
    import("@pdf-lib/fontkit"),
    import("qrcode"),
  ]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(parsedOnce(fontkit));
  const { regular: r, bold: b } = fontBytes();
  const regular = await doc.embedFont(r, { subset: true });
  const bold = await doc.embedFont(b, { subset: true });
  const created = input.createdAt ?? new Date();
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setLanguage("id-ID");
  doc.setProducer("Satu Pintu (pdf-lib)");
  doc.setCreator("Satu Pintu — Pemerintah Kabupaten Lebong");
  if (input.author) doc.setAuthor(input.author);
  if (input.subject) doc.setSubject(input.subject);
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  const w = new Writer(doc, regular, bold);
  if (input.letterhead?.length) {
    for (const [i, line] of input.letterhead.entries()) w.text(line, { size: i === 0 ? 13 : 11, bold: i === 0, center: true, gap: 1 });
    w.rule();
  }
  w.text(input.title, { size: 15, bold: true, center: true, gap: 4 });
  if (input.subtitle) w.text(input.subtitle, { size: 10.5, center: true, color: MUTED });
  w.y -= 10;
  for (const block of input.blocks) {
    if (block.type === "heading") {
      w.ensure(40);
      w.y -= 4;
      w.text(block.text, { size: 12, bold: true, gap: 4 });
    } else if (block.type === "paragraph") {
      w.text(block.text);
    } else if (block.type === "spacer") {
      w.y -= block.height ?? 12;
    } else {
      const labelW = Math.min(170, w.width * 0.35);
      for (const [label, value] of block.rows) {
        const lines = wrapText(value || "—", regular, 11, w.width - labelW);
        const labelLines = wrapText(label, bold, 10.5, labelW - 10);
        const lh = 11 * 1.4;
        w.ensure(lh * Math.max(lines.length, labelLines.length));
        const top = w.y;
        for (const [i, l] of labelLines.entries()) {
          w.page.drawText(l, { x: MARGIN, y: top - lh * (i + 1) + 3.3, size: 10.5, font: bold, color: INK });
        }
        for (const [i, l] of lines.entries()) {
          w.page.drawText(l, { x: MARGIN + labelW, y: top - lh * (i + 1) + 3.3, size: 11, font: regular, color: INK });
        }
        w.y = top - lh * Math.max(lines.length, labelLines.length) - 3;
      }
      w.y -= 6;
    }
  }

  const qr = input.verifyUrl ? qrPath(QRCode.create(input.verifyUrl, { errorCorrectionLevel: "M" }).modules) : null;
  for (const [i, page] of w.pages.entries()) drawFooter(w, page, i, w.pages.length, qr, input);
  return doc.save();
}
