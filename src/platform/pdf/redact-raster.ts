/**
 * The raster side of redaction: a binary PPM (P6) from `pdftoppm`, black boxes
 * painted into its pixels, so the withheld words are gone from the image itself
 * and not merely hidden under a vector rectangle that could be lifted off.
 */
import type { Box } from "./redact-text.ts";

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row from the top. */
  rgb: Uint8Array;
}

/** Parses a binary PPM (P6, maxval ≤ 255) as written by pdftoppm. */
export function parsePpm(bytes: Uint8Array): Raster {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos] ?? 0))) pos++;
      if (bytes[pos] !== 0x23) break; // "#" comment to end of line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos] ?? 0))) pos++;
    return Buffer.from(bytes.subarray(start, pos)).toString("latin1");
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  pos++; // the single whitespace before the pixels
  if (magic !== "P6" || !(width > 0) || !(height > 0) || maxval !== 255) {
    throw new Error(`Gambar halaman dari pdftoppm tidak dikenali (${magic} ${width}x${height} maxval ${maxval}).`);
  }
  const rgb = bytes.subarray(pos, pos + width * height * 3);
  if (rgb.length !== width * height * 3) throw new Error("Gambar halaman dari pdftoppm terpotong.");
  return { width, height, rgb };
}

/**
 * Paints opaque black over each box. Boxes are in page points (top-left origin)
 * of a page `pageWidth` × `pageHeight` points, padded by `pad` points so
 * anti-aliased edges and overhanging glyphs are covered too. Returns the boxes in pixels.
 */
export function paintBoxes(raster: Raster, pageWidth: number, pageHeight: number, boxes: Box[], pad = 1.5): Box[] {
  const sx = raster.width / pageWidth;
  const sy = raster.height / pageHeight;
  const painted: Box[] = [];
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor((b.x0 - pad) * sx));
    const y0 = Math.max(0, Math.floor((b.y0 - pad) * sy));
    const x1 = Math.min(raster.width, Math.ceil((b.x1 + pad) * sx));
    const y1 = Math.min(raster.height, Math.ceil((b.y1 + pad) * sy));
    for (let y = y0; y < y1; y++) raster.rgb.fill(0, (y * raster.width + x0) * 3, (y * raster.width + x1) * 3);
    painted.push({ x0, y0, x1, y1 });
  }
  return painted;
}
