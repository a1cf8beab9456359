/** Reporting periods: a year, a semester, or any from/to range of receipt dates (WIB civil dates). */
import { z } from "zod";
import { addDays, type CivilDate, jakartaInstant } from "../../../platform/calendar/index.ts";
import { REPORT_PERIODS, type ReportPeriod } from "./schema.ts";

export interface Period {
  /** First day (inclusive). */
  from: CivilDate;
  /** Last day (inclusive). */
  to: CivilDate;
  /** How it is named on pages and files, e.g. "Tahun 2026", "Semester I 2026", "1 Januari 2026 – 31 Maret 2026". */
  label: string;
  /** For file names: "2026-tahunan", "2026-semester1", "2026-01-01_2026-03-31". */
  slug: string;
}

export const PERIOD_LABEL: Record<ReportPeriod, string> = {
  tahunan: "Tahunan",
  semester1: "Semester I (Januari–Juni)",
  semester2: "Semester II (Juli–Desember)",
};

export function yearPeriod(year: number, period: ReportPeriod = "tahunan"): Period {
  const from = period === "semester2" ? `${year}-07-01` : `${year}-01-01`;
  const to = period === "semester1" ? `${year}-06-30` : `${year}-12-31`;
  const label = period === "tahunan" ? `Tahun ${year}` : `${period === "semester1" ? "Semester I" : "Semester II"} Tahun ${year}`;
  return { from, to, label, slug: `${year}-${period}` };
}

/** The instants [start, end) of a period in WIB, for comparisons with timestamptz columns. */
export function periodInstants(p: Pick<Period, "from" | "to">): { start: Date; end: Date } {
  return { start: jakartaInstant(p.from), end: jakartaInstant(addDays(p.to, 1)) };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const civil = z
  .string()
  .trim()
  .regex(DATE_RE, "Tanggal ditulis TTTT-BB-HH, misalnya 2026-01-31.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "Tanggal tidak ada di kalender.",
  });

export const yearSchema = z.coerce
  .number({ error: "Tahun ditulis 4 angka." })
  .int("Tahun ditulis 4 angka.")
  .min(2000, "Tahun paling awal 2000.")
  .max(2100, "Tahun paling akhir 2100.");

/** ?tahun=2026&periode=semester1, or ?dari=2026-01-01&sampai=2026-03-31 (both inclusive). */
export const periodQuery = z
  .object({
    tahun: yearSchema.optional(),
    periode: z.enum(REPORT_PERIODS, { error: "Periode: tahunan, semester1, atau semester2." }).optional(),
    dari: civil.optional(),
    sampai: civil.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.dari && !v.sampai) || (!v.dari && v.sampai)) {
      ctx.addIssue({ code: "custom", path: [v.dari ? "sampai" : "dari"], message: "Isi tanggal awal dan tanggal akhir." });
    }
    if (v.dari && v.sampai && v.dari > v.sampai) {
      ctx.addIssue({ code: "custom", path: ["sampai"], message: "Tanggal akhir tidak boleh sebelum tanggal awal." });
    }
  });

export type PeriodQuery = z.infer<typeof periodQuery>;

/** The period a parsed query asks for (default: the whole of `defaultYear`). */
export function periodOf(q: PeriodQuery, defaultYear: number): Period {
  if (q.dari && q.sampai) {
    const fmt = (d: string) => d.split("-").reverse().join("-");
    return { from: q.dari, to: q.sampai, label: `${fmt(q.dari)} s.d. ${fmt(q.sampai)}`, slug: `${q.dari}_${q.sampai}` };
  }
  return yearPeriod(q.tahun ?? defaultYear, q.periode ?? "tahunan");
}
