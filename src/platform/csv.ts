/**
 * CSV for spreadsheets (RFC 4180: comma, CRLF, fields quoted when needed, quotes
 * doubled), with a UTF-8 BOM so Excel reads Indonesian text right. A cell that a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a
 * leading apostrophe, so exported data can never execute.
 */
export const BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  let s =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A streamed CSV body: the BOM and header, then every page `next` yields until it yields none. */
export function csvStream(header: string[], next: () => Promise<unknown[][]>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(enc.encode(BOM + csvRow(header)));
          return;
        }
        const rows = await next();
        if (rows.length === 0) {
          controller.close();
          return;
        }
        controller.enqueue(enc.encode(rows.map(csvRow).join("")));
      } catch (e) {
        controller.error(e);
      }
    },
  });
}

/** A whole CSV document: the BOM, the header, the rows. */
export function csvDocument(header: string[], rows: unknown[][]): string {
  return BOM + csvRow(header) + rows.map(csvRow).join("");
}
