/**
 * CSV for spreadsheets: RFC 4180 (comma, CRLF, quoted when needed, quotes
 * doubled) with a UTF-8 BOM so Excel reads Indonesian text right. A cell a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a
 * leading apostrophe. The same rules as the audit module's export, whose
 * helper is not exported through its index.
 */
export const BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export function csvDocument(header: string[], rows: unknown[][]): string {
  return BOM + csvRow(header) + rows.map(csvRow).join("");
}
