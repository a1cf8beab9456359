/**
 * Finding the words to withhold. Poppler's `pdftotext -bbox-layout -cropbox` gives
 * every word with its box in the same displayed page space (crop box, rotation
 * applied, top-left origin, points) that `pdftoppm -cropbox` rasterises, so a box
 * found here lands on the right pixels.
 */

export interface RedactionRule {
  /** A literal phrase, matched case-insensitively; spaces in it or in the document are optional. */
  text: string;
  /** The legal reason shown on the box and in the notice, e.g. "Pasal 17 huruf h (DIK-2026-003)". */
  reason: string;
}

/** A rectangle in displayed page space: points, origin at the top-left corner. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Word extends Box {
  text: string;
  line: number;
}

export interface TextPage {
  words: Word[];
}

export interface PageMatch {
  ruleIndex: number;
  /** The words covered, as printed in the document (whole words, so possibly more than the phrase). */
  text: string;
  /** One box per line the match runs over. */
  boxes: Box[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Parses the XHTML of `pdftotext -bbox-layout`: pages of lines of words. */
export function parseBboxLayout(html: string): TextPage[] {
  const pages: TextPage[] = [];
  for (const pageChunk of html.split(/<page\b/).slice(1)) {
    const words: Word[] = [];
    let line = 0;
    for (const lineChunk of pageChunk.split(/<line\b/).slice(1)) {
      const re = /<word xMin="([\d.+-]+)" yMin="([\d.+-]+)" xMax="([\d.+-]+)" yMax="([\d.+-]+)">([^<]*)<\/word>/g;
      for (const m of lineChunk.matchAll(re)) {
        words.push({
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
          text: decodeEntities(m[5] ?? ""),
          line,
        });
      }
      line++;
    }
    pages.push({ words });
  }
  return pages;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/**
 * A rule as a regular expression over folded text whose words are separated by
 * single spaces: every character of the phrase (spaces removed) with an optional
 * space between, not inside a longer word (no letter or digit just before or after).
 * "1707012345678901" matches "NIK:1707012345678901" and "1707 0123 4567 8901";
 * "Ani" does not match "Daniel".
 */
export function ruleRegExp(text: string): RegExp {
  const chars = [...fold(text).replace(/\s+/g, "")];
  if (chars.length === 0) throw new Error("Teks redaksi tidak boleh kosong.");
  const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join(" ?");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "gu");
}

/** Folds free text (e.g. a whole extracted page) to the form ruleRegExp expects. */
export function foldText(text: string): string {
  return fold(text).replace(/\s+/g, " ").trim();
}

/** Finds every rule on one page: the words each match covers and a box per line. */
export function matchPage(page: TextPage, rules: RedactionRule[]): PageMatch[] {
  // The page as folded words joined by single spaces; starts[i] is where word i begins.
  const starts: number[] = [];
  let joined = "";
  for (const w of page.words) {
    if (joined) joined += " ";
    starts.push(joined.length);
    joined += fold(w.text).replace(/\s+/g, "");
  }
  const out: PageMatch[] = [];
  rules.forEach((rule, ruleIndex) => {
    for (const m of joined.matchAll(ruleRegExp(rule.text))) {
      const from = m.index;
      const to = from + m[0].length;
      const covered = page.words.filter((w, i) => {
        const s = starts[i] ?? 0;
        return s < to && s + fold(w.text).replace(/\s+/g, "").length > from;
      });
      const boxes = new Map<number, Box>();
      for (const w of covered) {
        const b = boxes.get(w.line);
        boxes.set(
          w.line,
          b
            ? { x0: Math.min(b.x0, w.x0), y0: Math.min(b.y0, w.y0), x1: Math.max(b.x1, w.x1), y1: Math.max(b.y1, w.y1) }
            : { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 },
        );
      }
      out.push({ ruleIndex, text: covered.map((w) => w.text).join(" "), boxes: [...boxes.values()] });
    }
  });
  return out;
}
