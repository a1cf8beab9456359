/**
 * XLSX workbooks with exceljs: each sheet a bold, frozen header row, set
 * column widths, civil dates as real dates (dd/mm/yyyy) and numbers as numbers.
 * Text that a spreadsheet would read as a formula is written as a plain string
 * (exceljs writes strings as shared strings, never formulas).
 */
import type { CivilDate } from "../../../platform/calendar/index.ts";

export type CellKind = "text" | "date" | "number" | "decimal";

export interface SheetColumn {
  header: string;
  width: number;
  kind?: CellKind;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: unknown[][];
  /** Lines above the table (title, period); the header row follows them. */
  title?: string[];
}

/** A civil date as the Excel date of that day (midnight UTC, so no time zone moves it). */
export const excelDate = (d: CivilDate | null | undefined): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function buildXlsx(sheets: Sheet[], meta: { title: string; creator?: string }): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? "Satu Pintu — PPID Kabupaten Lebong";
  wb.title = meta.title;
  wb.created = new Date();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    const titleRows = s.title ?? [];
    for (const line of titleRows) {
      const r = ws.addRow([line]);
      r.font = { bold: true };
    }
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: "top", wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
      cell.border = { bottom: { style: "thin" } };
    });
    s.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.width;
      if (c.kind === "date") col.numFmt = "dd/mm/yyyy";
      if (c.kind === "number") col.numFmt = "#,##0";
      if (c.kind === "decimal") col.numFmt = "0.0";
    });
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: titleRows.length + 1 }];
    for (const row of s.rows) {
      const r = ws.addRow(
        row.map((v, i) => {
          if (v === null || v === undefined) return null;
          const kind = s.columns[i]?.kind ?? "text";
          if (kind === "date") return typeof v === "string" ? excelDate(v) : v;
          if (kind === "number" || kind === "decimal") return typeof v === "number" ? v : Number(v);
          return String(v);
        }),
      );
      r.alignment = { vertical: "top", wrapText: true };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
